#include "reviewfixtures.h"
#include "support/roadmapbuilder.h"
#include "support/testsupport.h"

#include <orrery/diff.h>
#include <orrery/editing.h>
#include <orrery/io/writer.h>

#include <catch2/catch.hpp>

using namespace orrery;
using namespace orrery::test;

namespace {

std::vector<std::string> subjects(const RoadmapDiff& diff) {
    std::vector<std::string> result;
    for (const Change& change : diff.changes) {
        result.push_back(change.subject());
    }
    return result;
}

} // namespace

TEST_CASE("A roadmap does not differ from itself", "[review][diff]") {
    const Roadmap roadmap = threeMissions();
    CHECK(diffRoadmaps(roadmap, roadmap).empty());
    const Roadmap ger = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    CHECK(diffRoadmaps(ger, ger).empty());

    // A broken draft that names a mission twice is still itself: the n-th with the n-th.
    Roadmap twice = ger;
    Mission second = ger.missions[0];
    second.name = "The same id, another mission";
    twice.missions.append(second);
    REQUIRE(twice.missions.hasDuplicateIds());
    CHECK(diffRoadmaps(twice, twice).empty());
    const RoadmapDiff removed = diffRoadmaps(twice, ger);
    REQUIRE(removed.changes.size() == 1);
    CHECK(removed.changes.front().kind == ChangeKind::Removed);
    CHECK(removed.changes.front().id == ger.missions[0].id);
    const RoadmapDiff added = diffRoadmaps(ger, twice);
    REQUIRE(added.changes.size() == 1);
    CHECK(added.changes.front().kind == ChangeKind::Added);
}

TEST_CASE("A changed field is reported with its old and new value", "[review][diff]") {
    const Roadmap before = threeMissions();
    const Roadmap after = withMission(before, "b", [](Mission& mission) {
        mission.start = test::date("2031-07");
        mission.name = "Mission b, renamed";
        mission.partners = {"ESA"};
    });
    const RoadmapDiff diff = diffRoadmaps(before, after);
    REQUIRE(diff.changes.size() == 3);
    CHECK(subjects(diff) ==
          std::vector<std::string>{"mission/b/name", "mission/b/partners", "mission/b/start"});
    const Change& start = diff.changes[2];
    CHECK(start.entity == EntityKind::Mission);
    CHECK(start.kind == ChangeKind::Changed);
    CHECK(start.id == "b");
    CHECK(start.mission() == "b");
    CHECK(start.owner == "NASA");
    REQUIRE(start.field);
    CHECK(start.field->before == "2031-01");
    CHECK(start.field->after == "2031-07");
    CHECK(start.field->shiftMonths == 6);
    CHECK(diff.changes[1].field->before.empty());
    CHECK(diff.changes[1].field->after == "ESA");
    CHECK_FALSE(diff.changes[0].field->shiftMonths);

    // A date told more precisely has not moved.
    const Roadmap precise = withMission(
        before, "c", [](Mission& mission) { mission.start = test::date("2032-03-14"); });
    const RoadmapDiff refined = diffRoadmaps(before, precise);
    REQUIRE(refined.changes.size() == 1);
    CHECK(refined.changes[0].field->shiftMonths == 0);

    // An end removed makes a milestone: the end's new value is empty, and no shift.
    const Roadmap milestone =
        withMission(before, "a", [](Mission& mission) { mission.end.reset(); });
    const RoadmapDiff ended = diffRoadmaps(before, milestone);
    REQUIRE(ended.changes.size() == 1);
    CHECK(ended.changes[0].subject() == "mission/a/end");
    CHECK(ended.changes[0].field->after.empty());
    CHECK_FALSE(ended.changes[0].field->shiftMonths);
}

TEST_CASE("Added and removed entities of every kind", "[review][diff]") {
    const Roadmap before = threeMissions();
    Roadmap after = before;
    after.missions.take(*after.missions.indexOf("c"));
    Mission d = *before.missions.find("a");
    d.id = "d";
    d.name = "Mission d";
    after.missions.append(d);
    after.agencies.append({"JAXA", "Japan Aerospace Exploration Agency", "Japan", "#8E24AA", {}});
    after.destinations.take(*after.destinations.indexOf("leo"));
    after.capabilities.append({"isru", "In-situ resource use", false, {}});

    const RoadmapDiff diff = diffRoadmaps(before, after);
    CHECK(subjects(diff) == std::vector<std::string>{"agency/JAXA", "destination/leo",
                                                     "capability/isru", "mission/d", "mission/c"});
    CHECK(diff.changes[0].kind == ChangeKind::Added);
    CHECK(diff.changes[0].owner == "JAXA"); // an agency owns its own entry
    CHECK(diff.changes[1].kind == ChangeKind::Removed);
    CHECK(diff.changes[1].owner.empty()); // lanes are shared
    CHECK(diff.changes[3].kind == ChangeKind::Added);
    CHECK(diff.changes[3].owner == "ESA");
    CHECK(diff.changes[4].kind == ChangeKind::Removed);
}

TEST_CASE("Dependencies are added, removed and changed on their dependent", "[review][diff]") {
    const Roadmap before = threeMissions();
    Roadmap after = withMission(before, "b", [](Mission& mission) {
        mission.prerequisites[0].lagMonths = 3;
        mission.prerequisites[0].strength = DependencyStrength::Soft;
    });
    after = withMission(
        after, "c", [](Mission& mission) { mission.prerequisites.push_back(prerequisiteOn("b")); });
    const RoadmapDiff diff = diffRoadmaps(before, after);
    CHECK(subjects(diff) == std::vector<std::string>{"mission/b/requires/a/lagMonths",
                                                     "mission/b/requires/a/strength",
                                                     "mission/c/requires/b"});
    CHECK(diff.changes[0].entity == EntityKind::Dependency);
    CHECK(diff.changes[0].owner == "NASA"); // the dependent's lead
    CHECK(diff.changes[0].field->before == "0");
    CHECK(diff.changes[0].field->after == "3");
    CHECK(diff.changes[1].field->after == "soft");
    CHECK(diff.changes[2].kind == ChangeKind::Added);
    CHECK(diff.changes[2].prerequisite == "b");
    CHECK(diff.changes[2].mission() == "c");

    const RoadmapDiff removed = diffRoadmaps(after, before);
    CHECK(removed.changes.back().subject() == "mission/c/requires/b");
    CHECK(removed.changes.back().kind == ChangeKind::Removed);
}

TEST_CASE("A new id with nothing else changed is a rename", "[review][diff]") {
    const Roadmap before = threeMissions();
    // Renaming a: the dependency of b follows it, and nothing else is reported.
    Roadmap after = withMission(before, "a", [](Mission& mission) { mission.id = "a-prime"; });
    after = withMission(after, "b",
                        [](Mission& mission) { mission.prerequisites[0].mission = "a-prime"; });
    const RoadmapDiff diff = diffRoadmaps(before, after);
    REQUIRE(diff.changes.size() == 1);
    const Change& rename = diff.changes[0];
    CHECK(rename.kind == ChangeKind::Renamed);
    CHECK(rename.previousId == "a");
    CHECK(rename.id == "a-prime");
    CHECK(rename.subject() == "mission/a/id");
    CHECK(rename.owner == "ESA");

    // A new id and a new date: no longer the same mission as far as can be told.
    const Roadmap moved = withMission(
        after, "a-prime", [](Mission& mission) { mission.start = test::date("2030-02"); });
    const RoadmapDiff replaced = diffRoadmaps(before, moved);
    CHECK(replaced.changes.front().subject() == "mission/a-prime");
    CHECK(replaced.changes.front().kind == ChangeKind::Added);
    CHECK(replaced.changes.back().subject() == "mission/a");
    CHECK(replaced.changes.back().kind == ChangeKind::Removed);

    // An agency renamed: its missions' leads follow, and are not changes of their own.
    Roadmap agencyRenamed = before;
    Agency esa = *agencyRenamed.agencies.find("ESA");
    esa.id = "EUR";
    agencyRenamed.agencies.replace(*agencyRenamed.agencies.indexOf("ESA"), esa);
    for (const char* id : {"a", "c"}) {
        agencyRenamed =
            withMission(agencyRenamed, id, [](Mission& mission) { mission.lead = "EUR"; });
    }
    CHECK(subjects(diffRoadmaps(before, agencyRenamed)) ==
          std::vector<std::string>{"agency/ESA/id"});
}

TEST_CASE("Two lookalikes are not taken for one rename", "[review][diff]") {
    // c removed, x and y added, both exactly like c: which one c became cannot be told.
    const Roadmap before = threeMissions();
    Roadmap after = before;
    Mission c = *after.missions.find("c");
    after.missions.take(*after.missions.indexOf("c"));
    c.id = "x";
    after.missions.append(c);
    c.id = "y";
    after.missions.append(c);
    CHECK(subjects(diffRoadmaps(before, after)) ==
          std::vector<std::string>{"mission/x", "mission/y", "mission/c"});
}

TEST_CASE("Lanes, titles and extensions are fields too", "[review][diff]") {
    const Roadmap before = threeMissions();
    Roadmap after = before;
    after.title = "Draft roadmap";
    after.destinations.move(0, 2);
    after.extensions["x-programme"] = "\"Artemis\"";
    after = withMission(after, "a", [](Mission& mission) { mission.extensions["x-cost"] = "12"; });
    const RoadmapDiff diff = diffRoadmaps(before, after);
    CHECK(subjects(diff) == std::vector<std::string>{"roadmap/title", "roadmap/lanes",
                                                     "roadmap/x-programme", "mission/a/x-cost"});
    CHECK(diff.changes[1].field->before == "moon, leo, mars");
    CHECK(diff.changes[1].field->after == "leo, mars, moon");
    CHECK(diff.changes[3].field->after == "12");
}

TEST_CASE("The content fingerprint ignores the review record", "[review][diff]") {
    const Roadmap roadmap = threeMissions();
    const std::string fingerprint = contentFingerprint(roadmap);
    CHECK(fingerprint.rfind("sha256:", 0) == 0);
    CHECK(fingerprint.size() == 7 + 64);
    CHECK(fingerprint.find_first_not_of("0123456789abcdef", 7) == std::string::npos);

    Roadmap reviewed = roadmap;
    reviewed.reviews.push_back(
        {"Coordinator", test::date("2026-11-26"), {"ESA", "", "", "", {}}, "", {}, {}});
    reviewed.contribution = Contribution{"ESA", {"t", "", fingerprint, {}}, "", std::nullopt, {}};
    CHECK(contentFingerprint(reviewed) == fingerprint);

    const Roadmap changed =
        withMission(roadmap, "c", [](Mission& mission) { mission.notes = "one more word"; });
    CHECK(contentFingerprint(changed) != fingerprint);
}

TEST_CASE("Goals, objectives, knowledge gaps and the missions' purpose are compared too",
          "[review][diff][strategy]") {
    const Roadmap before = TestRoadmap()
                               .goal("life")
                               .objective("samples", "life")
                               .gap("ice")
                               .mission("a", "2030", "2031")
                               .mission("b", "2032")
                               .pursues("a", "samples")
                               .closes("a", "ice")
                               .needsKnowledge("b", "ice");
    Roadmap after = before;
    Goal life = after.goals[0];
    life.description = "Whether life is or was present beyond Earth.";
    after.goals.replace(0, life);
    after.objectives.append({"habitat", "Live on the Moon", "life", {}, {}, {}});
    KnowledgeGap ice = after.knowledgeGaps[0];
    ice.measurement = "Neutron spectrometry from orbit";
    after.knowledgeGaps.replace(0, ice);
    after = withMission(after, "a", [](Mission& mission) {
        mission.objectives.push_back("habitat");
        mission.closes[0].from = test::date("2030-06");
    });
    after = withMission(after, "b", [](Mission& mission) { mission.needsKnowledge.clear(); });

    const RoadmapDiff diff = diffRoadmaps(before, after);
    CHECK(subjects(diff) == std::vector<std::string>{"goal/life/description", "objective/habitat",
                                                     "knowledge-gap/ice/measurement",
                                                     "mission/a/objectives", "mission/a/closes",
                                                     "mission/b/needsKnowledge"});
    // The common goals and objectives are the coordination group's; gaps are shared.
    CHECK(diff.changes[0].owner == "ISECG");
    CHECK(diff.changes[1].owner == "ISECG");
    CHECK(diff.changes[2].owner.empty());
    CHECK(diff.changes[3].owner == "ESA");
    CHECK(diff.changes[3].field->before == "samples");
    CHECK(diff.changes[3].field->after == "samples, habitat");
    CHECK(diff.changes[4].field->before == "ice");
    CHECK(diff.changes[4].field->after == "ice (from 2030-06)");

    // A renamed gap is a rename, not a removal and an addition, and the missions that name
    // it do not show up as changed.
    const Roadmap renamed = *renameId(before, EntityKind::KnowledgeGap, "ice", "polar-ice");
    CHECK(subjects(diffRoadmaps(before, renamed)) ==
          std::vector<std::string>{"knowledge-gap/ice/id"});
}
