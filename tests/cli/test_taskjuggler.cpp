// The TaskJuggler export, judged by tj3: the second scheduler must find the earliest starts
// Orrery finds, to the month.

#include "clirun.h"
#include "support/testsupport.h"

#include <orrery/analysis/analysis.h>
#include <orrery/generator.h>
#include <orrery/io/taskjuggler.h>
#include <orrery/io/writer.h>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <map>
#include <optional>
#include <sstream>

using namespace orrery;
using namespace orrery::test;

namespace {

/// tj3's start of each task ("2031-06"), by task id; nothing when tj3 is not installed.
std::optional<std::map<std::string, std::string>>
scheduleWithTj3(const std::string& project, const TemporaryDirectory& folder) {
    if (QStandardPaths::findExecutable(QStringLiteral("tj3")).isEmpty()) {
        WARN("tj3 is not installed (Debian's tj3): TaskJuggler cannot judge the schedule");
        return std::nullopt;
    }
    // A report of each task's start, in a form easy to read back.
    writeFile(folder / "roadmap.tjp", project + R"(
taskreport starts "starts" {
  formats csv
  columns id, start
  timeformat "%Y-%m"
}
)");
    QProcess tj3;
    tj3.setWorkingDirectory(QString::fromStdString(folder.path().string()));
    tj3.start(QStringLiteral("tj3"), {QStringLiteral("--no-color"), QStringLiteral("--silent"),
                                      QStringLiteral("roadmap.tjp")});
    REQUIRE(tj3.waitForFinished(300000));
    INFO(tj3.readAllStandardError().toStdString() << tj3.readAllStandardOutput().toStdString());
    REQUIRE(tj3.exitCode() == 0);
    std::map<std::string, std::string> starts;
    std::istringstream csv(readFile(folder / "starts.csv"));
    std::string line;
    std::getline(csv, line); // the header
    while (std::getline(csv, line)) {
        // "m_iss";"1998-11"
        const auto separator = line.find(';');
        REQUIRE(separator != std::string::npos);
        starts[line.substr(1, separator - 2)] = line.substr(separator + 2, 7);
    }
    return starts;
}

void checkAgainstTj3(const Roadmap& roadmap) {
    const auto project = toTaskJuggler(roadmap);
    INFO((project ? std::string() : project.error()));
    REQUIRE(project);
    const TemporaryDirectory folder;
    const auto starts = scheduleWithTj3(project->text, folder);
    if (!starts) {
        return;
    }
    const Schedule schedule = analyzeRoadmap(roadmap).schedule;
    int compared = 0;
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        INFO(roadmap.missions[i].id);
        const auto found = starts->find(project->taskIds[i]);
        REQUIRE(found != starts->end());
        REQUIRE(schedule.missions[i].earliestStart);
        const Date earliest = Date::fromMonthIndex(*schedule.missions[i].earliestStart);
        CHECK(found->second == fmt::format("{:04}-{:02}", earliest.year(), earliest.month()));
        ++compared;
    }
    CHECK(compared == static_cast<int>(roadmap.missions.size()));
}

} // namespace

TEST_CASE("tj3 schedules the TaskJuggler export as Orrery does, to the month",
          "[cli][export][taskjuggler]") {
    for (const char* name : {"ger-2011", "ger-2013", "ger-2018"}) {
        INFO(name);
        checkAgainstTj3(loadRoadmap(sourcePath(std::string("roadmaps/") + name + ".roadmap.json")));
    }
    // A generated roadmap, cut to the years tj3 schedules (to 2035): its missions that end by
    // 2030, with the prerequisites among them.
    GeneratorOptions generator;
    generator.missions = 400;
    const Roadmap generated = generateRoadmap(generator);
    Roadmap cut;
    cut.title = generated.title;
    cut.asOf = generated.asOf;
    for (const Mission& mission : generated.missions) {
        if (mission.finish().year() <= 2030) {
            cut.missions.append(mission);
        }
    }
    for (std::size_t i = 0; i < cut.missions.size(); ++i) {
        Mission mission = cut.missions[i];
        std::erase_if(mission.prerequisites, [&cut](const Prerequisite& prerequisite) {
            return !cut.missions.contains(prerequisite.mission);
        });
        cut.missions.replace(i, std::move(mission));
    }
    INFO(cut.missions.size() << " generated missions");
    REQUIRE(cut.missions.size() > 50);
    checkAgainstTj3(cut);
}

TEST_CASE("export writes a TaskJuggler project, and refuses years tj3 cannot schedule",
          "[cli][export][taskjuggler]") {
    const TemporaryDirectory folder;
    const auto out = folder / "ger.tjp";
    CliOutcome outcome = runCli(
        {"export", sourcePath("roadmaps/ger-2018.roadmap.json").string(), "-o", out.string()});
    INFO(outcome.err);
    REQUIRE(outcome.exitCode == 0);
    CHECK(readFile(out).find("task m_em1 ") != std::string::npos);

    // 400 generated missions run past 2035.
    GeneratorOptions generator;
    generator.missions = 400;
    const auto late = folder / "late.roadmap.json";
    REQUIRE(saveRoadmapFile(generateRoadmap(generator), late));
    const auto refused = folder / "late.tjp";
    outcome = runCli({"export", late.string(), "-o", refused.string()});
    CHECK(outcome.exitCode == 2);
    CHECK_THAT(outcome.err, Catch::Contains("tj3 schedules only from 1970 to 2035"));
    CHECK_FALSE(std::filesystem::exists(refused));
}
