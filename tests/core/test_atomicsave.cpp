#include "support/testsupport.h"

#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <functional>

using namespace orrery;
using namespace orrery::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> entries(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

mode_t modeOf(const fs::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

/// Runs `attempt` in a child process without root's power to ignore permissions, so that
/// the test means the same for any user; returns the child's exit code.
int runUnprivileged(const std::function<int()>& attempt) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) {
            ::_exit(90);
        }
        ::_exit(attempt());
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    return WEXITSTATUS(status);
}

} // namespace

TEST_CASE("Saving writes the canonical text", "[save]") {
    TemporaryDirectory folder;
    const Roadmap roadmap = loadRoadmap(sourcePath("roadmaps/ger-2013.roadmap.json"));
    const auto target = folder / "ger.roadmap.json";
    REQUIRE(saveRoadmapFile(roadmap, target));
    CHECK(readFile(target) == toCanonicalJson(roadmap));
    CHECK(loadRoadmap(target) == roadmap);
    CHECK(entries(folder.path()) == std::vector<std::string>{"ger.roadmap.json"});
}

TEST_CASE("Saving replaces a file and keeps its permissions", "[save]") {
    TemporaryDirectory folder;
    const auto target = folder / "draft.roadmap.json";
    writeFile(target, "old content");
    REQUIRE(::chmod(target.c_str(), 0640) == 0);
    REQUIRE(writeFileAtomically(target, "new content"));
    CHECK(readFile(target) == "new content");
    CHECK(modeOf(target) == 0640);
    CHECK(entries(folder.path()).size() == 1);
}

TEST_CASE("A save into a read-only folder fails cleanly and keeps the old file", "[save]") {
    TemporaryDirectory base;
    REQUIRE(::chmod(base.path().c_str(), 0755) == 0);
    const fs::path folder = base / "read-only";
    fs::create_directory(folder);
    const fs::path target = folder / "draft.roadmap.json";
    writeFile(target, "the old roadmap");
    REQUIRE(::chmod(target.c_str(), 0644) == 0);
    REQUIRE(::chmod(folder.c_str(), 0555) == 0);

    enum Outcome { SaveFailedWithMessage = 0, SaveSucceeded = 1, NoMessage = 2 };
    const int outcome = runUnprivileged([&] {
        const auto result = writeFileAtomically(target, "the new roadmap");
        if (result) {
            return static_cast<int>(SaveSucceeded);
        }
        const bool explained =
            result.error().message.find("Permission denied") != std::string::npos &&
            result.error().file == target.string();
        return static_cast<int>(explained ? SaveFailedWithMessage : NoMessage);
    });
    CHECK(outcome == SaveFailedWithMessage);
    CHECK(readFile(target) == "the old roadmap");
    CHECK(entries(folder) == std::vector<std::string>{"draft.roadmap.json"});
}

TEST_CASE("A save that cannot replace the target leaves no temporary file", "[save]") {
    TemporaryDirectory folder;
    const fs::path blocked = folder / "blocked.roadmap.json";
    fs::create_directory(blocked);
    writeFile(blocked / "inside", "x");
    const auto result = writeFileAtomically(blocked, "content");
    REQUIRE_FALSE(result);
    CHECK_THAT(result.error().message, Catch::Contains("folder"));
    CHECK(entries(folder.path()) == std::vector<std::string>{"blocked.roadmap.json"});
    CHECK(readFile(blocked / "inside") == "x");
}

TEST_CASE("Saving into a folder that does not exist fails with the reason", "[save]") {
    TemporaryDirectory folder;
    const auto result = writeFileAtomically(folder / "missing" / "a.roadmap.json", "content");
    REQUIRE_FALSE(result);
    CHECK_THAT(result.error().message, Catch::Contains("No such file or directory"));
}

TEST_CASE("Saving through a symbolic link updates the linked file", "[save]") {
    TemporaryDirectory folder;
    const auto real = folder / "real.roadmap.json";
    const auto link = folder / "link.roadmap.json";
    writeFile(real, "old");
    fs::create_symlink(real, link);
    REQUIRE(writeFileAtomically(link, "new"));
    CHECK(fs::is_symlink(link));
    CHECK(readFile(real) == "new");
}

TEST_CASE("Killing a save at any moment leaves the old or the new file, never a broken one",
          "[save][slow]") {
    TemporaryDirectory folder;
    const fs::path target = folder / "ger.roadmap.json";
    const Roadmap roadmap = loadRoadmap(sourcePath("roadmaps/ger-2013.roadmap.json"));
    const std::string first = toCanonicalJson(roadmap);
    Roadmap changed = roadmap;
    changed.title = "A much longer title, so that the two versions differ in length too";
    const std::string second = toCanonicalJson(changed);
    REQUIRE(writeFileAtomically(target, first));

    unsigned seed = 12345;
    int kills = 0;
    for (; kills < 200; ++kills) {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // Save the two versions in turn until killed.
            for (bool which = false;; which = !which) {
                (void)writeFileAtomically(target, which ? second : first);
            }
        }
        seed = seed * 1103515245U + 12345U;
        ::usleep(1000 + (seed >> 16) % 9000);
        REQUIRE(::kill(child, SIGKILL) == 0);
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        const std::string content = readFile(target);
        const bool whole = content == first || content == second;
        REQUIRE(whole);
    }
    CHECK(kills == 200);
    // Only the temporary files of killed saves may be left beside it, never in its place.
    for (const auto& entry : fs::directory_iterator(folder.path())) {
        const std::string name = entry.path().filename().string();
        CHECK((name == "ger.roadmap.json" || name.rfind(".ger.roadmap.json.saving-", 0) == 0));
    }
}
