// A roadmap's history read from a real repository: the commits that changed the file, what
// each changed, a mission's own history through a rename and a merge, who last changed each
// field, and signatures as git verifies them.

#include "core/review/reviewfixtures.h"
#include "support/gitrepository.h"
#include "support/testsupport.h"

#include <orrery/io/writer.h>

#include <catch2/catch.hpp>
#include <git/roadmaphistory.h>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace orrery;
using namespace orrery::test;

namespace {

Roadmap renamed(Roadmap roadmap, const std::string& from, const std::string& to) {
    const auto index = roadmap.missions.indexOf(from);
    REQUIRE(index);
    Mission mission = roadmap.missions[*index];
    mission.id = to;
    roadmap.missions.replace(*index, std::move(mission));
    return roadmap;
}

std::vector<std::string> subjectsOf(const std::vector<git::MissionEvent>& events) {
    std::vector<std::string> subjects;
    for (const git::MissionEvent& event : events) {
        subjects.push_back(event.commit.subject);
    }
    return subjects;
}

} // namespace

TEST_CASE("A mission's history follows it through a rename and past a merge", "[git][history]") {
    GitRepository repository;
    repository.startWithGer2013();
    Roadmap roadmap = repository.load();
    roadmap = withMission(roadmap, "msr", [](Mission& m) { m.start = date("2028"); });
    repository.save(roadmap);
    repository.commit("MSR slips to 2028", {"--author=NASA Planner <planner@nasa.example>"});
    roadmap = renamed(roadmap, "msr", "mars-sample-return");
    repository.save(roadmap);
    repository.commit("Spell out Mars Sample Return's id");

    repository.gitOk({"checkout", "-q", "-b", "esa"});
    Roadmap esa = repository.load();
    esa = withMission(esa, "exomars16", [](Mission& m) { m.notes = "Launched March 2016."; });
    // The same mission as main changes below, another field: the merge takes both sides.
    esa = withMission(esa, "mars-sample-return",
                      [](Mission& m) { m.notes = "ESA provides the Earth return orbiter."; });
    repository.save(esa);
    repository.commit("ExoMars 2016 launched");
    repository.gitOk({"checkout", "-q", "main"});
    roadmap = withMission(roadmap, "mars-sample-return", [](Mission& m) { m.end = date("2033"); });
    repository.save(roadmap);
    repository.commit("Samples back in 2033");
    repository.gitOk({"merge", "-q", "--no-edit", "esa"});

    auto found = git::Repository::containing(repository.file());
    REQUIRE(found);
    CHECK(found->relativePath(repository.file()) == "plan.roadmap.json");
    git::RoadmapHistory history(*found, "plan.roadmap.json");
    auto commits = history.commits();
    REQUIRE(commits);
    REQUIRE(commits->size() == 6);
    const git::Commit& merge = commits->front();
    CHECK(merge.isMerge());
    CHECK(merge.parentBlobs.size() == 2);
    CHECK(commits->back().subject == "GER 2013 as published");
    CHECK(commits->back().parentBlobs == std::vector<std::string>{""});
    const auto slip = std::find_if(commits->begin(), commits->end(), [](const git::Commit& c) {
        return c.subject == "MSR slips to 2028";
    });
    REQUIRE(slip != commits->end());
    CHECK(slip->author == "NASA Planner");
    CHECK(slip->email == "planner@nasa.example");
    CHECK(slip->date.size() == 25); // 2026-11-30T21:46:59+00:00

    SECTION("what each commit changed; a clean merge changed nothing of its own") {
        auto changes = history.changesOf(*slip);
        REQUIRE(changes);
        REQUIRE(changes->size() == 1);
        CHECK(changes->front().subject() == "mission/msr/start");
        CHECK(changes->front().field->shiftMonths == 24);
        auto merged = history.changesOf(merge);
        REQUIRE(merged);
        CHECK(merged->empty());
        auto version = history.version(slip->blob);
        REQUIRE(version);
        CHECK(version->missions.find("msr")->start == date("2028"));
    }
    SECTION("the mission's own history, newest first, and who last changed each field") {
        auto events = history.missionHistory("mars-sample-return");
        REQUIRE(events);
        // The merge took the end from main and the notes from ESA's branch: it changed
        // nothing of its own, and each side's commit answers for its field.
        std::vector<std::string> subjects = subjectsOf(*events);
        REQUIRE(subjects.size() == 5);
        std::sort(subjects.begin(), subjects.begin() + 2);
        CHECK(subjects == std::vector<std::string>{"ExoMars 2016 launched", "Samples back in 2033",
                                                   "Spell out Mars Sample Return's id",
                                                   "MSR slips to 2028", "GER 2013 as published"});
        const auto blame = git::blameFields(*events);
        REQUIRE(blame.lastChanged.contains("start"));
        CHECK(blame.lastChanged.at("start")->commit.subject == "MSR slips to 2028");
        CHECK(blame.lastChanged.at("end")->commit.subject == "Samples back in 2033");
        CHECK(blame.lastChanged.at("id")->commit.subject == "Spell out Mars Sample Return's id");
        REQUIRE(blame.added);
        CHECK(blame.added->commit.subject == "GER 2013 as published");
        CHECK_FALSE(blame.lastChanged.contains("name"));
        CHECK(blame.lastChanged.at("notes")->commit.subject == "ExoMars 2016 launched");

        auto other = history.missionHistory("exomars16");
        REQUIRE(other);
        CHECK(subjectsOf(*other) ==
              std::vector<std::string>{"ExoMars 2016 launched", "GER 2013 as published"});
    }
    SECTION("a version laid out by another program is read all the same") {
        Roadmap now = repository.load();
        now = withMission(now, "exomars16", [](Mission& m) { m.start = date("2016-03"); });
        writeFile(repository.file(), nlohmann::json::parse(toCanonicalJson(now)).dump());
        repository.commit("Written by a script, on one line");
        git::RoadmapHistory again(*found, "plan.roadmap.json");
        auto events = again.missionHistory("exomars16");
        REQUIRE(events);
        REQUIRE(events->size() == 3);
        CHECK(events->front().commit.subject == "Written by a script, on one line");
        REQUIRE(events->front().changes.size() == 1);
        CHECK(events->front().changes.front().subject() == "mission/exomars16/start");
    }
}

TEST_CASE("Signatures are read as git verifies them", "[git][history][verify]") {
    GitRepository repository;
    const auto esaKey = repository.makeKey("esa");
    repository.allowSigners({{"ESA", esaKey}});
    repository.startWithGer2013();
    Roadmap roadmap = repository.load();
    roadmap = withMission(roadmap, "exomars18", [](Mission& m) { m.start = date("2020-07"); });
    repository.save(roadmap);
    repository.commit("ExoMars rover to 2020", signedBy(esaKey));

    auto found = git::Repository::containing(repository.root());
    REQUIRE(found);
    git::RoadmapHistory history(*found, "plan.roadmap.json");
    auto commits = history.commits();
    REQUIRE(commits);
    REQUIRE(commits->size() == 2);
    auto signatures = history.signatures();
    REQUIRE(signatures);
    CHECK(signatures->at(commits->front().id).status == SignatureStatus::Good);
    CHECK(signatures->at(commits->front().id).signer == "ESA");
    CHECK(signatures->at(commits->back().id).status == SignatureStatus::Unsigned);
}

TEST_CASE("A file outside any repository, or never committed, has no history", "[git][history]") {
    TemporaryDirectory folder;
    writeFile(folder / "plan.roadmap.json", minimalRoadmapText());
    CHECK_FALSE(git::Repository::containing(folder / "plan.roadmap.json"));

    GitRepository repository;
    repository.save(loadRoadmap(testDataPath("minimal.roadmap.json")));
    auto found = git::Repository::containing(repository.file());
    REQUIRE(found);
    git::RoadmapHistory history(*found, "plan.roadmap.json");
    auto commits = history.commits();
    REQUIRE(commits);
    CHECK(commits->empty());
    repository.commit("First");
    git::RoadmapHistory committed(*found, "plan.roadmap.json");
    CHECK(committed.commits()->size() == 1);
    auto untracked = git::RoadmapHistory(*found, "other.roadmap.json").commits();
    REQUIRE(untracked);
    CHECK(untracked->empty());
}
