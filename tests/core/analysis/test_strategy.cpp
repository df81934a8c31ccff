// Goals, objectives and knowledge gaps: the checks (knowledge-gap-not-closed,
// knowledge-gap-closed-late, objective-unpursued, goal-without-objectives,
// knowledge-gap-unneeded, mission-without-objective), the standing of each gap and the
// traceability matrix, on hand-made roadmaps with precise and imprecise dates.

#include "support/roadmapbuilder.h"

#include <orrery/analysis/analysis.h>
#include <orrery/analysis/impact.h>
#include <orrery/analysis/strategy.h>

#include <catch2/catch.hpp>

using namespace orrery;
using namespace orrery::test;

namespace {

/// A crewed lander that needs the gap "ice" closed, and an orbiter that closes it.
TestRoadmap iceMission(std::string_view landerStart, std::string_view orbiterEnd,
                       std::string_view closedFrom = {}) {
    TestRoadmap roadmap;
    roadmap.gap("ice")
        .mission("orbiter", "2025", orbiterEnd)
        .closes("orbiter", "ice", closedFrom)
        .mission("lander", landerStart)
        .crewed("lander")
        .needsKnowledge("lander", "ice");
    return roadmap;
}

} // namespace

TEST_CASE("A gap nothing closes is an error for the mission that needs it", "[strategy]") {
    const auto found = findingsWithCode(TestRoadmap()
                                            .gap("ice")
                                            .mission("lander", "2030")
                                            .crewed("lander")
                                            .needsKnowledge("lander", "ice"),
                                        "knowledge-gap-not-closed");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
    CHECK(found[0].missions == std::vector<std::string>{"lander"});
    CHECK_THAT(found[0].message, Catch::Contains("Crewed mission \"lander\"") &&
                                     Catch::Contains("no mission of the roadmap closes it"));
}

TEST_CASE("A gap closed in time says nothing", "[strategy]") {
    CHECK(findingsWithCode(iceMission("2030", "2028"), "knowledge-gap-closed-late").empty());
    CHECK(findingsWithCode(iceMission("2030", "2028"), "knowledge-gap-not-closed").empty());
    // The closing date, when given, is what counts, not the closer's end.
    CHECK(findingsWithCode(iceMission("2030", "2040", "2027-06"), "knowledge-gap-closed-late")
              .empty());
}

TEST_CASE("A gap closed late for every reading is a warning naming the closer and its date",
          "[strategy]") {
    const auto found =
        findingsWithCode(iceMission("2030-01", "2031-06"), "knowledge-gap-closed-late");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].missions == std::vector<std::string>{"lander", "orbiter"});
    CHECK_THAT(found[0].message, Catch::Contains("\"orbiter\", does so only from 2031-06") &&
                                     Catch::Contains("up to 17 months late"));
}

TEST_CASE("Imprecise dates: late for some readings only is information", "[strategy]") {
    // The lander flies some time in 2030; the gap closes in June 2030: late for a January
    // start, in time for a December one.
    const auto found = findingsWithCode(iceMission("2030", "2030-06"), "knowledge-gap-closed-late");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Info);
    CHECK_THAT(found[0].message, Catch::Contains("may start (2030)") &&
                                     Catch::Contains("up to 5 months after it starts"));
    // Closed some time in 2031 and needed in 2030: late for every reading.
    const auto late = findingsWithCode(iceMission("2030", "2031"), "knowledge-gap-closed-late");
    REQUIRE(late.size() == 1);
    CHECK(late[0].severity == Severity::Warning);
    // Closed in the month the lander starts: in time, as for prerequisites.
    CHECK(findingsWithCode(iceMission("2030-06", "2030-06"), "knowledge-gap-closed-late").empty());
    // Both in the same year: neither certain nor excluded.
    const auto same = findingsWithCode(iceMission("2030", "2030"), "knowledge-gap-closed-late");
    REQUIRE(same.size() == 1);
    CHECK(same[0].severity == Severity::Info);
}

TEST_CASE("Day-precise dates are compared by day", "[strategy]") {
    const auto found =
        findingsWithCode(iceMission("2030-05-10", "2030-05-20"), "knowledge-gap-closed-late");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(findingsWithCode(iceMission("2030-05-21", "2030-05-20"), "knowledge-gap-closed-late")
              .empty());
}

TEST_CASE("The earliest of several closers counts, and a mission does not close its own need",
          "[strategy]") {
    TestRoadmap roadmap = iceMission("2030", "2034");
    roadmap.mission("early", "2024", "2026").closes("early", "ice");
    CHECK(findingsWithCode(roadmap, "knowledge-gap-closed-late").empty());

    const auto own = findingsWithCode(TestRoadmap()
                                          .gap("ice")
                                          .mission("lander", "2030", "2031")
                                          .needsKnowledge("lander", "ice")
                                          .closes("lander", "ice"),
                                      "knowledge-gap-not-closed");
    CHECK(own.size() == 1);
}

TEST_CASE("Objectives nobody pursues, goals without objectives, gaps nobody needs", "[strategy]") {
    const Roadmap roadmap = TestRoadmap()
                                .goal("life")
                                .goal("public")
                                .objective("samples", "life")
                                .objective("biosignatures", "life")
                                .gap("dust")
                                .gap("ice")
                                .mission("rover", "2030")
                                .pursues("rover", "samples")
                                .mission("lander", "2032")
                                .needsKnowledge("lander", "ice")
                                .mission("orbiter", "2028", "2029")
                                .closes("orbiter", "ice");
    const auto unpursued = findingsWithCode(roadmap, "objective-unpursued");
    REQUIRE(unpursued.size() == 1);
    CHECK(unpursued[0].severity == Severity::Warning);
    CHECK_THAT(unpursued[0].message, Catch::Contains("\"Objective biosignatures\"") &&
                                         Catch::Contains("of goal \"Goal life\""));
    const auto empty = findingsWithCode(roadmap, "goal-without-objectives");
    REQUIRE(empty.size() == 1);
    CHECK(empty[0].severity == Severity::Info);
    CHECK_THAT(empty[0].message, Catch::Contains("(public)"));
    const auto unneeded = findingsWithCode(roadmap, "knowledge-gap-unneeded");
    REQUIRE(unneeded.size() == 1);
    CHECK(unneeded[0].severity == Severity::Info);
    CHECK_THAT(unneeded[0].message, Catch::Contains("(dust)"));
    const auto aimless = findingsWithCode(roadmap, "mission-without-objective");
    REQUIRE(aimless.size() == 2);
    CHECK(aimless[0].severity == Severity::Info);
    CHECK(aimless[0].missions == std::vector<std::string>{"lander"});
    CHECK(aimless[1].missions == std::vector<std::string>{"orbiter"});
}

TEST_CASE("A roadmap without goals or gaps is not asked about them", "[strategy]") {
    const Roadmap roadmap = TestRoadmap().mission("a", "2030").mission("b", "2031");
    for (const Finding& finding : analyzeRoadmap(roadmap).findings) {
        CHECK(finding.code != "mission-without-objective");
    }
}

TEST_CASE("Undefined goals, objectives and gaps are unknown references", "[strategy]") {
    const Roadmap roadmap = TestRoadmap()
                                .objective("orphan", "nowhere")
                                .mission("m", "2030")
                                .pursues("m", "missing-objective")
                                .needsKnowledge("m", "missing-gap")
                                .closes("m", "other-gap");
    const auto found = findingsWithCode(roadmap, "unknown-reference");
    REQUIRE(found.size() == 4);
    CHECK_THAT(found[0].message, Catch::Contains("goal \"nowhere\""));
    CHECK_THAT(found[1].message, Catch::Contains("objective \"missing-objective\""));
    CHECK_THAT(found[2].message, Catch::Contains("knowledge gap \"missing-gap\""));
    CHECK_THAT(found[3].message, Catch::Contains("knowledge gap \"other-gap\""));
}

TEST_CASE("A gap's standing lists closers and needers earliest first, with margins", "[strategy]") {
    TestRoadmap roadmap = iceMission("2030-01", "2031-06");
    roadmap.mission("early", "2024", "2026-03")
        .closes("early", "ice")
        .mission("probe", "2027-01")
        .needsKnowledge("probe", "ice");
    const auto standings = knowledgeGapStandings(roadmap);
    REQUIRE(standings.size() == 1);
    const Roadmap& model = roadmap;
    const GapStanding& ice = standings[0];
    REQUIRE(ice.closings.size() == 2);
    CHECK(model.missions[ice.closings[0].mission].id == "early");
    CHECK(ice.closings[0].from.toString() == "2026-03");
    CHECK(model.missions[ice.closings[1].mission].id == "orbiter");
    REQUIRE(ice.needs.size() == 2);
    CHECK(model.missions[ice.needs[0].mission].id == "probe");
    CHECK(ice.needs[0].timing == GapTiming::InTime);
    CHECK(ice.needs[0].marginMonths == 10);
    CHECK(model.missions[ice.needs[0].closer->mission].id == "early");
    CHECK(model.missions[ice.needs[1].mission].id == "lander");
    CHECK(ice.needs[1].marginMonths == 46);
    const auto alone = knowledgeGapStandings(iceMission("2030-01", "2031-06"));
    CHECK(alone[0].needs[0].timing == GapTiming::Late);
    CHECK(alone[0].needs[0].marginMonths == -17);
    const auto unclosed = knowledgeGapStandings(
        TestRoadmap().gap("ice").mission("m", "2030").needsKnowledge("m", "ice"));
    CHECK(unclosed[0].needs[0].timing == GapTiming::NotClosed);
    CHECK_FALSE(unclosed[0].needs[0].marginMonths);
}

TEST_CASE("The traceability matrix: goals and objectives down, missions by lane across",
          "[strategy]") {
    const Roadmap roadmap = TestRoadmap()
                                .goal("life")
                                .goal("presence")
                                .objective("samples", "life")
                                .objective("habitat", "presence")
                                .objective("stray", "undefined-goal")
                                .mission("m-mars", "2030", {}, MissionStatus::Planned, "mars")
                                .mission("m-moon-late", "2035")
                                .mission("m-moon", "2028")
                                .mission("m-leo", "2025", {}, MissionStatus::Planned, "leo")
                                .pursues("m-mars", "samples")
                                .pursues("m-moon", "habitat")
                                .pursues("m-moon-late", "habitat")
                                .pursues("m-leo", "stray");
    const Traceability trace = traceObjectives(roadmap);
    std::vector<std::string> columns;
    for (const std::size_t mission : trace.missions) {
        columns.push_back(roadmap.missions[mission].id);
    }
    // Lanes in order: moon, leo, mars; by start within a lane.
    CHECK(columns == std::vector<std::string>{"m-moon", "m-moon-late", "m-leo", "m-mars"});
    REQUIRE(trace.goals.size() == 3);
    CHECK(trace.goals[0].goal == 0u);
    REQUIRE(trace.goals[0].objectives.size() == 1);
    CHECK(trace.goals[0].objectives[0].missions == std::vector<std::size_t>{0});
    REQUIRE(trace.goals[1].objectives.size() == 1);
    // In column order.
    CHECK(trace.goals[1].objectives[0].missions == std::vector<std::size_t>{2, 1});
    CHECK_FALSE(trace.goals[2].goal);
    REQUIRE(trace.goals[2].objectives.size() == 1);
    CHECK(roadmap.objectives[trace.goals[2].objectives[0].objective].id == "stray");
}

TEST_CASE("A slip's impact includes the gaps it makes late", "[strategy][impact]") {
    const Roadmap roadmap = iceMission("2030-06", "2029-12");
    CHECK(findingsWithCode(roadmap, "knowledge-gap-closed-late").empty());
    const auto impact = assessImpact(roadmap, "orbiter", 12);
    REQUIRE(impact);
    REQUIRE(impact->newFindings.size() == 1);
    CHECK(impact->newFindings[0].code == "knowledge-gap-closed-late");
    CHECK(impact->newFindings[0].missions == std::vector<std::string>{"lander", "orbiter"});
}
