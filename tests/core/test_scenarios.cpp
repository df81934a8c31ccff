// Scenarios and editions: resolving a scenario into a plain roadmap, recording an edit back
// into one, the checks of what a scenario says of the plan, the comparison of scenarios, the
// slips since an earlier edition and how editions are found, and scenarios through the file
// format, renames, diff and merge.

#include "review/reviewfixtures.h"
#include "support/roadmapbuilder.h"
#include "support/testsupport.h"

#include <orrery/analysis/analysis.h>
#include <orrery/analysis/scenarios.h>
#include <orrery/analysis/structure.h>
#include <orrery/diff.h>
#include <orrery/editing.h>
#include <orrery/io/editions.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>
#include <orrery/merge.h>
#include <orrery/resolution.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace orrery;
using namespace orrery::test;

namespace {

std::vector<std::string> idsOf(const IdList<Mission>& missions) {
    std::vector<std::string> ids;
    for (const Mission& mission : missions) {
        ids.push_back(mission.id);
    }
    return ids;
}

MissionOverride changeOf(std::string mission, std::vector<std::string> fields,
                         const std::function<void(Mission&)>& set) {
    MissionOverride change;
    change.mission = std::move(mission);
    change.fields = std::move(fields);
    change.values.id = change.mission;
    set(change.values);
    return change;
}

/// A lunar path: a precursor, a lander after it, a habitat after the lander, and Mars after
/// the habitat. "asteroid-next" moves the lander later, drops the habitat and adds an asteroid
/// visit the Mars mission requires; "lean" drops the precursor, which the lander requires.
Roadmap pathways() {
    Roadmap roadmap = TestRoadmap()
                          .mission("precursor", "2025", "2026")
                          .mission("lander", "2028", "2029")
                          .mission("habitat", "2030", "2032")
                          .mission("mars", "2035", {}, MissionStatus::Conceptual, "mars")
                          .dependsOn("lander", "precursor")
                          .dependsOn("habitat", "lander")
                          .dependsOn("mars", "habitat")
                          .goal("explore")
                          .objective("land", "explore")
                          .objective("live", "explore")
                          .pursues("lander", "land")
                          .pursues("habitat", "live")
                          .gap("dust")
                          .closes("lander", "dust")
                          .roadmap();

    Scenario asteroid;
    asteroid.id = "asteroid-next";
    asteroid.name = "Asteroid Next";
    asteroid.owner = "ISECG";
    asteroid.changes.push_back(changeOf("lander", {"start", "end"}, [](Mission& values) {
        values.start = date("2031");
        values.end = date("2032");
    }));
    Mission visit;
    visit.id = "nea";
    visit.name = "Crew to an asteroid";
    visit.lead = "NASA";
    visit.destination = "leo";
    visit.crew = Crew::Human;
    visit.start = date("2026");
    visit.end = date("2033");
    asteroid.adds.append(visit);
    asteroid.changes.push_back(changeOf("mars", {"requires"}, [](Mission& values) {
        Prerequisite onVisit;
        onVisit.mission = "nea";
        values.prerequisites = {onVisit};
    }));
    asteroid.drops = {"habitat"};
    roadmap.scenarios.append(asteroid);

    Scenario lean;
    lean.id = "lean";
    lean.name = "Lean";
    lean.owner = "ESA";
    lean.drops = {"precursor"};
    roadmap.scenarios.append(lean);
    return roadmap;
}

bool hasFinding(const std::vector<Finding>& findings, std::string_view code,
                std::string_view text) {
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& finding) {
        return finding.code == code && finding.message.find(text) != std::string::npos;
    });
}

} // namespace

TEST_CASE("A scenario changes fields of the plan's missions, adds and drops missions",
          "[scenarios]") {
    const Roadmap plan = pathways();
    const auto resolved = resolveScenario(plan, "asteroid-next");
    REQUIRE(resolved);
    CHECK(idsOf(resolved->missions) ==
          std::vector<std::string>{"precursor", "lander", "mars", "nea"});
    CHECK(resolved->scenarios.empty());

    const Mission& lander = *resolved->missions.find("lander");
    CHECK(lander.start == date("2031"));
    CHECK(lander.end == date("2032"));
    // What the change does not set follows the plan, including a later edit of the plan.
    CHECK(lander.prerequisites == plan.missions.find("lander")->prerequisites);
    CHECK(lander.objectives == std::vector<std::string>{"land"});
    Roadmap renamed = plan;
    renamed.missions.replace(
        1, withMission(plan, "lander", [](Mission& m) { m.name = "Lunar lander"; }).missions[1]);
    CHECK(resolveScenario(renamed, "asteroid-next")->missions.find("lander")->name ==
          "Lunar lander");

    REQUIRE(resolved->missions.find("mars")->prerequisites.size() == 1);
    CHECK(resolved->missions.find("mars")->prerequisites[0].mission == "nea");
    CHECK(resolved->missions.find("nea")->crew == Crew::Human);

    // The plan itself is untouched.
    CHECK(plan.missions.size() == 4);
    CHECK(plan.missions.find("lander")->start == date("2028"));
}

TEST_CASE("A dropped mission others require is an unknown reference in that scenario only",
          "[scenarios]") {
    const Roadmap plan = pathways();
    const auto planFindings = checkStructure(plan);
    CHECK_FALSE(hasFinding(planFindings, "unknown-reference", "precursor"));

    const auto lean = resolveScenario(plan, "lean");
    REQUIRE(lean);
    CHECK_FALSE(lean->missions.contains("precursor"));
    const auto findings = checkStructure(*lean);
    CHECK(hasFinding(findings, "unknown-reference", "\"precursor\""));
    // Asteroid Next keeps the precursor: nothing is missing there.
    CHECK_FALSE(hasFinding(checkStructure(*resolveScenario(plan, "asteroid-next")),
                           "unknown-reference", "\"precursor\""));
}

TEST_CASE("An unknown scenario is refused, naming those there are", "[scenarios]") {
    const auto missing = resolveScenario(pathways(), "moon-next");
    REQUIRE_FALSE(missing);
    CHECK(missing.error() == "there is no scenario \"moon-next\"; the roadmap has "
                             "\"asteroid-next\", \"lean\"");
    CHECK(resolveScenario(TestRoadmap().mission("a", "2030"), "x").error() ==
          "there is no scenario \"x\": the roadmap has none");
}

TEST_CASE("A change can make a mission a milestone, and every field can be changed",
          "[scenarios]") {
    Roadmap plan = pathways();
    Scenario all;
    all.id = "all";
    all.name = "All fields";
    all.owner = "NASA";
    MissionOverride change;
    change.mission = "habitat";
    change.values.id = "habitat";
    change.fields.assign(kOverridableFields.begin(), kOverridableFields.end());
    change.values.name = "Other";
    change.values.lead = "NASA";
    change.values.partners = {"ESA"};
    change.values.destination = "mars";
    change.values.crew = Crew::Human;
    change.values.status = MissionStatus::Conceptual;
    change.values.start = date("2040-02");
    change.values.end = std::nullopt;
    change.values.notes = "n";
    change.values.references = {"r"};
    change.values.c3Limit = 31.5;
    change.values.needs = {"edl"};
    change.values.needsKnowledge = {"dust"};
    change.values.provides = {CapabilityGrant{"edl", date("2041"), {}}};
    all.changes.push_back(change);
    plan.scenarios.append(all);

    const Mission habitat = *resolveScenario(plan, "all")->missions.find("habitat");
    CHECK(habitat.isMilestone());
    CHECK(habitat.name == "Other");
    CHECK(habitat.prerequisites.empty());
    CHECK(habitat.objectives.empty());
    CHECK(habitat.start == date("2040-02"));
    CHECK(habitat.partners == std::vector<std::string>{"ESA"});

    // Each field reads and writes as itself: every key of the change is in the file.
    const std::string text = toCanonicalJson(plan);
    CHECK(text.find("\"end\": null") != std::string::npos);
    const Roadmap again = parseRoadmapText(text);
    CHECK(again == plan);
    CHECK(toCanonicalJson(again) == text);
    for (const std::string_view key : kOverridableFields) {
        Mission a = *plan.missions.find("lander");
        Mission b = a;
        CHECK(sameField(a, b, key));
        copyField(b, habitat, key);
        INFO(key);
        CHECK_FALSE(sameField(a, b, key));
    }
}

TEST_CASE("An edit of a resolved scenario is recorded in the scenario", "[scenarios]") {
    const Roadmap plan = pathways();
    Roadmap shown = *resolveScenario(plan, "asteroid-next");

    // Move the precursor (a plan mission), remove the added visit, add a new one, bring the
    // lander back to the plan's dates.
    shown = withMission(shown, "precursor", [](Mission& m) { m.start = date("2024"); });
    shown = withMission(shown, "lander", [&](Mission& m) {
        m.start = plan.missions.find("lander")->start;
        m.end = plan.missions.find("lander")->end;
    });
    IdList<Mission> edited;
    for (const Mission& mission : shown.missions) {
        if (mission.id != "nea") {
            edited.append(mission);
        }
    }
    Mission depot = *plan.missions.find("habitat");
    depot.id = "depot";
    edited.append(depot);

    const Roadmap recorded = recordInScenario(plan, "asteroid-next", edited);
    const Scenario& scenario = *recorded.scenarios.find("asteroid-next");
    CHECK(scenario.name == "Asteroid Next");
    // The lander is back to the plan: no change of it is left.
    REQUIRE(scenario.changes.size() == 2);
    CHECK(scenario.changes[0].mission == "precursor");
    CHECK(scenario.changes[0].fields == std::vector<std::string>{"start"});
    CHECK(scenario.changes[1].mission == "mars");
    CHECK(scenario.changes[1].fields == std::vector<std::string>{"requires"});
    CHECK(idsOf(scenario.adds) == std::vector<std::string>{"depot"});
    CHECK(scenario.drops == std::vector<std::string>{"habitat"});
    CHECK(recorded.missions == plan.missions);
    CHECK(*recorded.scenarios.find("lean") == *plan.scenarios.find("lean"));

    // Resolving what was recorded gives what was edited.
    const auto again = resolveScenario(recorded, "asteroid-next");
    REQUIRE(again);
    CHECK(again->missions.items() == edited.items());

    // A mission of the plan the edit removed is dropped; given back, it is not.
    IdList<Mission> withoutPrecursor;
    for (const Mission& mission : edited) {
        if (mission.id != "precursor") {
            withoutPrecursor.append(mission);
        }
    }
    const Scenario dropped =
        *recordInScenario(plan, "asteroid-next", withoutPrecursor).scenarios.find("asteroid-next");
    CHECK(dropped.drops == std::vector<std::string>{"precursor", "habitat"});
    CHECK(recordInScenario(plan, "none", edited) == plan);
}

TEST_CASE("What a scenario says of the plan is checked", "[scenarios]") {
    Roadmap plan = pathways();
    Scenario odd;
    odd.id = "odd";
    odd.name = "Odd";
    odd.owner = "CNSA";
    odd.changes.push_back(changeOf("ghost", {"start"}, [](Mission& m) { m.start = date("2030"); }));
    odd.changes.push_back(changeOf("lander", {"notes"}, [](Mission& m) { m.notes = "a"; }));
    odd.changes.push_back(changeOf("lander", {"notes"}, [](Mission& m) { m.notes = "b"; }));
    odd.drops = {"lander", "phantom"};
    Mission again = *plan.missions.find("mars");
    odd.adds.append(again);
    plan.scenarios.append(odd);

    const auto findings = checkStructure(plan);
    CHECK(hasFinding(findings, "unknown-reference", "Scenario \"odd\" belongs to agency \"CNSA\""));
    CHECK(hasFinding(findings, "unknown-reference",
                     "Scenario \"odd\" changes mission \"ghost\", which the plan does not have"));
    CHECK(hasFinding(findings, "scenario-conflict", "changes mission \"lander\" more than once"));
    CHECK(hasFinding(findings, "scenario-conflict", "both changes and drops mission \"lander\""));
    CHECK(hasFinding(findings, "unknown-reference", "drops mission \"phantom\""));
    CHECK(hasFinding(findings, "duplicate-id", "adds mission \"mars\", which the plan already"));
    // The bundled pathways have none of these.
    CHECK(checkStructure(pathways()).empty());
}

TEST_CASE("Scenarios are compared by target, critical path, findings and what is left open",
          "[scenarios]") {
    const ScenarioComparison comparison = compareScenarios(pathways());
    // The plan's latest-ending mission is Mars (a milestone in 2035): the target of all.
    CHECK(comparison.target == "mars");
    REQUIRE(comparison.rows.size() == 3);

    // The plan: precursor 2025-26 (12 months), lander 2028-29 (12), habitat 2030-32 (24), Mars
    // 2035. The precursor has no prerequisite: its earliest start is its planned one, January
    // 2025; each after it may start when the one before could end: lander January 2026,
    // habitat January 2027, Mars January 2029.
    const ScenarioFigures& plan = comparison.rows[0];
    CHECK(plan.scenario.empty());
    CHECK(plan.targetFlies);
    CHECK(plan.targetPlannedStart == date("2035").firstMonth());
    CHECK(plan.targetEarliestStart == date("2029-01").firstMonth());
    CHECK(plan.criticalPath == std::vector<std::string>{"precursor", "lander", "habitat", "mars"});
    CHECK(plan.findings.errors == 0);
    CHECK(plan.objectivesOpen.empty());
    CHECK(plan.gapsOpen.empty());

    // Asteroid Next: Mars now waits for the asteroid visit alone (January 2026, 84 months to
    // 2033), so it may start in January 2033, four years later than in the plan; the habitat is
    // gone, so "live" has no mission; the lander still closes the dust gap.
    const ScenarioFigures& asteroid = comparison.rows[1];
    CHECK(asteroid.scenario == "asteroid-next");
    CHECK(asteroid.name == "Asteroid Next");
    CHECK(asteroid.targetEarliestStart == date("2033-01").firstMonth());
    CHECK(asteroid.criticalPath == std::vector<std::string>{"nea", "mars"});
    CHECK(asteroid.objectivesOpen == std::vector<std::string>{"live"});
    CHECK(asteroid.gapsOpen.empty());
    CHECK(asteroid.added == std::vector<std::string>{"nea"});
    CHECK(asteroid.dropped == std::vector<std::string>{"habitat"});
    CHECK(asteroid.changed == std::vector<std::string>{"lander", "mars"});
    CHECK(asteroid.findings.errors == 0);

    // Lean: the lander requires the dropped precursor, an error there; the lander is then
    // anchored at its planned start (January 2028), the habitat may follow in January 2029 and
    // Mars in January 2031.
    const ScenarioFigures& lean = comparison.rows[2];
    CHECK(lean.findings.errors == 1);
    CHECK(lean.dropped == std::vector<std::string>{"precursor"});
    CHECK(lean.targetEarliestStart == date("2031-01").firstMonth());
    CHECK(lean.criticalPath == std::vector<std::string>{"lander", "habitat", "mars"});

    // A target one scenario does without.
    ComparisonOptions options;
    options.target = "habitat";
    options.scenarios = {"asteroid-next"};
    const auto towardsHabitat = compareScenarios(pathways(), options);
    REQUIRE(towardsHabitat.rows.size() == 2);
    CHECK(towardsHabitat.rows[0].targetFlies);
    CHECK_FALSE(towardsHabitat.rows[1].targetFlies);
    CHECK_FALSE(towardsHabitat.rows[1].targetEarliestStart);
}

TEST_CASE("Slips since an edition come biggest first, then what was added and removed",
          "[editions]") {
    const Roadmap earlier = TestRoadmap()
                                .mission("em1", "2017", "2017")
                                .mission("msr", "2026")
                                .mission("hmars", "2031")
                                .mission("arm", "2020")
                                .mission("iss", "1998-11", "2020")
                                .roadmap();
    const Roadmap plan = TestRoadmap()
                             .mission("em1", "2020-06", "2020")
                             .mission("msr", "2028")
                             .mission("hmars", "2033")
                             .mission("iss", "1998-11", "2024")
                             .mission("gateway", "2022")
                             .roadmap();
    const auto slips = slipsSince(earlier, plan);
    REQUIRE(slips.size() == 6);
    // em1: start 2017 -> 2020-06 is +41 months, end 2017 -> 2020 +36: 41 counts.
    CHECK(slips[0].mission == "iss"); // end +48 months
    CHECK(slips[0].startMonths == 0);
    CHECK(slips[0].endMonths == 48);
    CHECK(slips[1].mission == "em1");
    CHECK(slips[1].startMonths == 41);
    CHECK(slips[1].endMonths == 36);
    CHECK(slips[2].mission == "hmars"); // +24, ties with msr, by id
    CHECK(slips[3].mission == "msr");
    CHECK(slips[3].startBefore == date("2026"));
    CHECK(slips[3].startAfter == date("2028"));
    CHECK(slips[4].mission == "gateway");
    CHECK(slips[4].kind == Slip::Kind::Added);
    CHECK(slips[5].mission == "arm");
    CHECK(slips[5].kind == Slip::Kind::Removed);

    const auto trend = missionTrend({&earlier, &plan}, "msr");
    REQUIRE(trend.size() == 2);
    CHECK(trend[0].start == date("2026"));
    CHECK(trend[1].start == date("2028"));
    CHECK_FALSE(missionTrend({&earlier, &plan}, "gateway")[0].start);
}

TEST_CASE("Editions are found by path and fingerprint, and another file is refused", "[editions]") {
    const auto folder = std::filesystem::temp_directory_path() / "orrery-editions-test";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder / "older");
    const Roadmap earlier = TestRoadmap().mission("a", "2030").roadmap();
    REQUIRE(saveRoadmapFile(earlier, folder / "older" / "first.roadmap.json"));

    Roadmap plan = TestRoadmap().mission("a", "2031").roadmap();
    plan.editions.append(referenceTo(earlier, "first", "older/first.roadmap.json"));
    CHECK(plan.editions[0].fingerprint == contentFingerprint(earlier));
    CHECK(plan.editions[0].title == "Test roadmap");
    const auto roadmapFile = folder / "plan.roadmap.json";
    REQUIRE(saveRoadmapFile(plan, roadmapFile));
    CHECK(loadRoadmap(roadmapFile) == plan);

    const auto loaded = loadEdition(plan.editions[0], roadmapFile);
    REQUIRE(loaded);
    CHECK(*loaded == earlier);

    // Changed since it was named: refused, saying so.
    REQUIRE(saveRoadmapFile(TestRoadmap().mission("a", "2029").roadmap(),
                            folder / "older" / "first.roadmap.json"));
    const auto changed = loadEdition(plan.editions[0], roadmapFile);
    REQUIRE_FALSE(changed);
    CHECK_THAT(changed.error(),
               Catch::StartsWith("edition \"first\": older/first.roadmap.json holds other content "
                                 "than the edition named (its fingerprint is sha256:") &&
                   Catch::Contains("the roadmap names " + plan.editions[0].fingerprint));

    std::filesystem::remove(folder / "older" / "first.roadmap.json");
    const auto missing = loadEdition(plan.editions[0], roadmapFile);
    REQUIRE_FALSE(missing);
    CHECK_THAT(missing.error(), Catch::StartsWith("edition \"first\": ") &&
                                    Catch::Contains("first.roadmap.json") &&
                                    Catch::Contains("no such file"));
    std::filesystem::remove_all(folder);
}

TEST_CASE("A renamed mission, agency or capability is renamed inside scenarios too",
          "[scenarios]") {
    const Roadmap plan = pathways();
    const auto renamed = renameId(plan, EntityKind::Mission, "habitat", "hab");
    REQUIRE(renamed);
    CHECK(renamed->scenarios.find("asteroid-next")->drops == std::vector<std::string>{"hab"});
    const auto lander = renameId(plan, EntityKind::Mission, "lander", "lunar-lander");
    REQUIRE(lander);
    CHECK(lander->scenarios.find("asteroid-next")->changes[0].mission == "lunar-lander");
    // As the file would have it: the change's values carry the mission's id too.
    CHECK(lander->scenarios.find("asteroid-next")->changes[0].values.id == "lunar-lander");
    CHECK(parseRoadmapText(toCanonicalJson(*lander)) == *lander);
    const auto agency = renameId(plan, EntityKind::Agency, "NASA", "US");
    REQUIRE(agency);
    CHECK(agency->scenarios.find("asteroid-next")->adds.find("nea")->lead == "US");
    const auto owner = renameId(plan, EntityKind::Agency, "ESA", "EU");
    REQUIRE(owner);
    CHECK(owner->scenarios.find("lean")->owner == "EU");
}

TEST_CASE("Scenarios diff field by field, owned by their owner, and merge", "[scenarios]") {
    const Roadmap base = pathways();
    Roadmap theirs = base;
    Scenario lean = *theirs.scenarios.find("lean");
    lean.description = "Without the precursor";
    lean.changes.push_back(changeOf("mars", {"start"}, [](Mission& m) { m.start = date("2037"); }));
    theirs.scenarios.replace(1, lean);

    const RoadmapDiff diff = diffRoadmaps(base, theirs);
    REQUIRE(diff.changes.size() == 2);
    CHECK(diff.changes[0].entity == EntityKind::Scenario);
    CHECK(diff.changes[0].subject() == "scenario/lean/description");
    CHECK(diff.changes[0].owner == "ESA");
    CHECK(diff.changes[1].subject() == "scenario/lean/changes.mars");
    CHECK(diff.changes[1].field->before.empty());
    CHECK(diff.changes[1].field->after == "start 2037");

    // ESA's contribution changes ESA's scenario: it applies without a decision.
    theirs.contribution = Contribution{};
    theirs.contribution->agency = "ESA";
    const MergeResult merged = mergeRoadmaps(base, base, theirs);
    CHECK(merged.complete());
    CHECK(*merged.merged.scenarios.find("lean") == lean);

    // Changing the coordination group's scenario waits for a decision.
    Roadmap other = base;
    Scenario asteroid = *other.scenarios.find("asteroid-next");
    asteroid.drops.clear();
    other.scenarios.replace(0, asteroid);
    other.contribution = theirs.contribution;
    const MergeResult crossing = mergeRoadmaps(base, base, other);
    CHECK(crossing.pendingCount() == 1);
    CHECK(crossing.merged.scenarios.find("asteroid-next")->drops ==
          std::vector<std::string>{"habitat"});

    // Editions are the coordination group's.
    Roadmap named = base;
    named.editions.append(referenceTo(base, "first", "first.roadmap.json"));
    const RoadmapDiff editions = diffRoadmaps(base, named);
    REQUIRE(editions.changes.size() == 1);
    CHECK(editions.changes[0].subject() == "edition/first");
    CHECK(editions.changes[0].kind == ChangeKind::Added);
    CHECK(editions.changes[0].owner == "ISECG");
}

TEST_CASE("A roadmap with scenarios or editions is fingerprinted as version 2", "[scenarios]") {
    Roadmap plain = TestRoadmap().mission("a", "2030").roadmap();
    const std::string before = contentFingerprint(plain);
    Roadmap withEdition = plain;
    withEdition.editions.append(referenceTo(plain, "first", "first.roadmap.json"));
    CHECK(contentFingerprint(withEdition) != before);
    CHECK(toCanonicalJson(plain).find("scenarios") == std::string::npos);
    CHECK(toCanonicalJson(withEdition).find("\"editions\"") != std::string::npos);
}
