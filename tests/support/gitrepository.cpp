#include "support/gitrepository.h"

#include <orrery/io/writer.h>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace orrery::test {

ProgramRun runProgram(const std::filesystem::path& folder, const std::string& name,
                      const Arguments& arguments) {
    QProcess process;
    process.setWorkingDirectory(QString::fromStdString(folder.string()));
    QStringList list;
    for (const std::string& argument : arguments) {
        list << QString::fromStdString(argument);
    }
    process.start(QString::fromStdString(name), list);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput().toStdString(),
            process.readAllStandardError().toStdString()};
}

GitRepository::GitRepository() {
    writeFile(m_folder / "gitconfig", "[user]\n\tname = Test Planner\n\temail = "
                                      "planner@example.org\n[init]\n\tdefaultBranch = main\n"
                                      "[commit]\n\tgpgSign = false\n");
    qputenv("GIT_CONFIG_GLOBAL", QByteArray::fromStdString((m_folder / "gitconfig").string()));
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    std::filesystem::create_directories(root());
    gitOk({"init", "-q"});
}

ProgramRun GitRepository::git(const Arguments& arguments) const {
    return runProgram(root(), "git", arguments);
}

std::string GitRepository::gitOk(const Arguments& arguments) const {
    const ProgramRun run = git(arguments);
    INFO("git " << fmt::format("{}", fmt::join(arguments, " ")) << "\n" << run.out << run.err);
    REQUIRE(run.exitCode == 0);
    return run.out;
}

Roadmap GitRepository::load() const {
    return loadRoadmap(file());
}

void GitRepository::save(const Roadmap& roadmap) const {
    REQUIRE(saveRoadmapFile(roadmap, file()));
}

void GitRepository::commit(const std::string& message, const Arguments& extra) const {
    gitOk({"add", "-A"});
    Arguments arguments = {"commit", "-q", "-m", message};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    gitOk(arguments);
}

void GitRepository::setUpDrivers() const {
    const ProgramRun setup =
        runProgram(root(), ORRERY_CLI_PROGRAM, {"git-setup", ".", "--program", ORRERY_CLI_PROGRAM});
    INFO(setup.out << setup.err);
    REQUIRE(setup.exitCode == 0);
}

void GitRepository::startWithGer2013() const {
    setUpDrivers();
    save(loadRoadmap(sourcePath("roadmaps/ger-2013.roadmap.json")));
    commit("GER 2013 as published");
}

std::filesystem::path GitRepository::makeKey(const std::string& name) const {
    const std::filesystem::path key = folder() / name;
    const ProgramRun made = runProgram(
        folder(), "ssh-keygen", {"-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key.string()});
    REQUIRE(made.exitCode == 0);
    return key;
}

void GitRepository::allowSigners(
    const std::vector<std::pair<std::string, std::filesystem::path>>& keys) const {
    std::string text;
    for (const auto& [agency, key] : keys) {
        text += fmt::format("{} namespaces=\"git\" {}", agency, readFile(key.string() + ".pub"));
    }
    std::filesystem::create_directories(root() / ".orrery");
    writeFile(root() / ".orrery" / "allowed-signers", text);
    gitOk({"config", "gpg.format", "ssh"});
}

Arguments signedBy(const std::filesystem::path& key) {
    return {"--gpg-sign=" + key.string()};
}

} // namespace orrery::test
