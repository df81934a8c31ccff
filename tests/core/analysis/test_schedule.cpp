// The critical path method on a 12-mission network worked out by hand.
//
// Durations are planned end minus planned start in months; FS = finish-to-start,
// SS = start-to-start. Earliest starts (ES), forward:
//
//   A 2030-01..2030-07 (6)  no prerequisite              ES 2030-01 (its plan)
//   B 2030-03..2030-05 (2)  no prerequisite              ES 2030-03
//   C 2030-09..2031-01 (4)  A FS                          ES = A+6        = 2030-07
//   D 2030-08..2030-10 (2)  B FS lag 2                    ES = B+2+2      = 2030-07
//   E 2031-02..2031-05 (3)  C FS, D FS                    ES = max(C+4 = 2030-11, D+2 = 2030-09)
//                                                            = 2030-11, binding C
//   F 2030-05..2030-06 (1)  A SS lag 3                    ES = A+3        = 2030-04
//   G 2030-07..2031-07 (12) F FS                          ES = F+1        = 2030-05
//   H 2031-08..2031-10 (2)  E FS lag 1, G FS              ES = max(E+3+1 = 2031-03, G+12 = 2031-05)
//                                                            = 2031-05, binding G
//   I 2031-12 milestone (0) H FS                          ES = H+2        = 2031-07
//   J 2029-01..2029-03 (2)  no prerequisite              ES 2029-01
//   K 2029-06..2030-06 (12) J FS                          ES = J+2        = 2029-03
//   L 2029-05..2029-08 (3)  K SS lag -2                   ES = K-2        = 2029-01
//
// The default target is the latest-ending mission, I (2031-12). Latest starts towards I,
// backward: LS(v) = ES(I) - longest path weight from v to I.
//
//   I 0 -> LS 2031-07, slack 0        H: 2 -> LS 2031-05, slack 0
//   G: 12+2 = 14 -> 2030-05, slack 0  E: (3+1)+2 = 6 -> 2031-01, slack 2
//   F: 1+14 = 15 -> 2030-04, slack 0  C: 4+6 = 10 -> 2030-09, slack 2
//   D: 2+6 = 8 -> 2030-11, slack 4    B: (2+2)+8 = 12 -> 2030-07, slack 4
//   A: max(6+10, 3+15) = 18 -> 2030-01, slack 0
//   J, K, L do not lead to I: no slack, not critical.
//
// Critical path, following binding prerequisites back from I: A -> F -> G -> H -> I.

#include "support/roadmapbuilder.h"

#include <orrery/analysis/analysis.h>

#include <catch2/catch.hpp>

using namespace orrery;
using namespace orrery::test;

namespace {

constexpr auto FS = DependencyType::FinishToStart;
constexpr auto SS = DependencyType::StartToStart;

TestRoadmap network() {
    TestRoadmap roadmap;
    roadmap.mission("A", "2030-01", "2030-07")
        .mission("B", "2030-03", "2030-05")
        .mission("C", "2030-09", "2031-01")
        .mission("D", "2030-08", "2030-10")
        .mission("E", "2031-02", "2031-05")
        .mission("F", "2030-05", "2030-06")
        .mission("G", "2030-07", "2031-07")
        .mission("H", "2031-08", "2031-10")
        .mission("I", "2031-12")
        .mission("J", "2029-01", "2029-03")
        .mission("K", "2029-06", "2030-06")
        .mission("L", "2029-05", "2029-08")
        .dependsOn("C", "A")
        .dependsOn("D", "B", FS, 2)
        .dependsOn("E", "C")
        .dependsOn("E", "D")
        .dependsOn("F", "A", SS, 3)
        .dependsOn("G", "F")
        .dependsOn("H", "E", FS, 1)
        .dependsOn("H", "G")
        .dependsOn("I", "H")
        .dependsOn("K", "J")
        .dependsOn("L", "K", SS, -2);
    return roadmap;
}

MonthIndex month(std::string_view text) {
    return date(text).firstMonth();
}

struct Row {
    const char* id;
    const char* earliest;
    std::optional<int> slack;
    const char* binding;
};

std::vector<std::string> ids(const Roadmap& roadmap, const std::vector<std::size_t>& indices) {
    std::vector<std::string> result;
    for (const std::size_t index : indices) {
        result.push_back(roadmap.missions[index].id);
    }
    return result;
}

} // namespace

TEST_CASE("Earliest starts, slack and the critical path match the hand calculation", "[schedule]") {
    const TestRoadmap roadmap = network();
    const Schedule schedule = computeSchedule(roadmap);
    REQUIRE(schedule.target);
    CHECK(roadmap.roadmap().missions[*schedule.target].id == "I");

    const Row expected[] = {
        {"A", "2030-01", 0, nullptr},
        {"B", "2030-03", 4, nullptr},
        {"C", "2030-07", 2, "A"},
        {"D", "2030-07", 4, "B"},
        {"E", "2030-11", 2, "C"},
        {"F", "2030-04", 0, "A"},
        {"G", "2030-05", 0, "F"},
        {"H", "2031-05", 0, "G"},
        {"I", "2031-07", 0, "H"},
        {"J", "2029-01", std::nullopt, nullptr},
        {"K", "2029-03", std::nullopt, "J"},
        {"L", "2029-01", std::nullopt, "K"},
    };
    const auto& missions = roadmap.roadmap().missions;
    for (const Row& row : expected) {
        INFO(row.id);
        const MissionSchedule& entry = schedule.missions[*missions.indexOf(row.id)];
        CHECK(entry.plannedStart == missions.find(row.id)->start.firstMonth());
        REQUIRE(entry.earliestStart);
        CHECK(*entry.earliestStart == month(row.earliest));
        CHECK(entry.slackMonths == row.slack);
        CHECK(entry.critical == (row.slack == 0));
        if (row.binding) {
            REQUIRE(entry.bindingPrerequisite);
            CHECK(missions[*entry.bindingPrerequisite].id == row.binding);
        } else {
            CHECK_FALSE(entry.bindingPrerequisite);
        }
        CHECK_FALSE(entry.excluded);
        // This plan is feasible: nobody's earliest start is after the planned one.
        CHECK_FALSE(entry.isLate());
    }
    CHECK(ids(roadmap, schedule.criticalPath) == std::vector<std::string>{"A", "F", "G", "H", "I"});
    CHECK(schedule.excluded.empty());
}

TEST_CASE("Slack and the critical path follow the chosen target", "[schedule]") {
    const TestRoadmap roadmap = network();
    const Schedule schedule = computeSchedule(roadmap, "E");
    const auto& missions = roadmap.roadmap().missions;
    const auto slackOf = [&](const char* id) {
        return schedule.missions[*missions.indexOf(id)].slackMonths;
    };
    // Towards E (ES 2030-11): C 4 months before it, A 6 before C, D 2 before, B 4 before D.
    CHECK(slackOf("E") == 0);
    CHECK(slackOf("C") == 0);
    CHECK(slackOf("A") == 0);
    CHECK(slackOf("D") == 2);
    CHECK(slackOf("B") == 2);
    CHECK_FALSE(slackOf("H"));
    CHECK_FALSE(slackOf("F"));
    CHECK(ids(roadmap, schedule.criticalPath) == std::vector<std::string>{"A", "C", "E"});
}

TEST_CASE("A mission planned before its prerequisites allow is late", "[schedule]") {
    TestRoadmap roadmap = network();
    // G planned for 2030-04, but F (ES 2030-04, 1 month) lets it start in 2030-05 at best.
    Roadmap changed = roadmap.roadmap();
    const std::size_t g = *changed.missions.indexOf("G");
    Mission mission = changed.missions[g];
    mission.start = date("2030-04");
    changed.missions.replace(g, mission);
    const Schedule schedule = computeSchedule(changed);
    CHECK(schedule.missions[g].isLate());
    CHECK(*schedule.missions[g].earliestStart == month("2030-05"));
}

TEST_CASE("Missions in a cycle are left out of the schedule, and say so", "[schedule]") {
    const Roadmap roadmap = TestRoadmap()
                                .mission("x", "2030", "2031")
                                .mission("y", "2032", "2033")
                                .mission("after", "2035", "2036")
                                .dependsOn("y", "x")
                                .dependsOn("x", "y")
                                .dependsOn("after", "y");
    const Schedule schedule = computeSchedule(roadmap);
    CHECK(ids(roadmap, schedule.excluded) == std::vector<std::string>{"x", "y"});
    CHECK(schedule.missions[0].excluded);
    CHECK_FALSE(schedule.missions[0].earliestStart);
    // The dependent of a cycle is anchored at its own planned start.
    const MissionSchedule& after = schedule.missions[2];
    CHECK_FALSE(after.excluded);
    CHECK(after.earliestStart == date("2035").firstMonth());
    CHECK(roadmap.missions[*schedule.target].id == "after");
}

TEST_CASE("An unknown target gives a schedule without slack", "[schedule]") {
    const Schedule schedule = computeSchedule(network(), "nonexistent");
    CHECK_FALSE(schedule.target);
    CHECK(schedule.criticalPath.empty());
    CHECK(schedule.missions[0].earliestStart);
    CHECK_FALSE(schedule.missions[0].slackMonths);
}

TEST_CASE("Durations are planned end minus planned start", "[schedule]") {
    const Roadmap roadmap = TestRoadmap()
                                .mission("milestone", "2030-05")
                                .mission("year", "2030", "2032")
                                .mission("inverted", "2030-07", "2030");
    CHECK(durationMonths(roadmap.missions[0]) == 0);
    CHECK(durationMonths(roadmap.missions[1]) == 24);
    CHECK(durationMonths(roadmap.missions[2]) == 0);
}

TEST_CASE("A full analysis gives the same findings and schedule as the parts", "[schedule]") {
    const TestRoadmap roadmap = network();
    const Analysis analysis = analyzeRoadmap(roadmap, {std::string("E")});
    CHECK(analysis.findings == checkFeasibility(roadmap));
    const Schedule separate = computeSchedule(roadmap, "E");
    CHECK(analysis.schedule.criticalPath == separate.criticalPath);
    CHECK(analysis.schedule.target == separate.target);
}

TEST_CASE("Earliest starts stay within the years dates can have", "[schedule]") {
    // A chain of start-to-start links with a lag of -1195 months reached year 4 and then
    // negative years ("-095--4").
    TestRoadmap roadmap;
    roadmap.mission("m0", "1100-01", "1100-02");
    for (int i = 1; i < 8; ++i) {
        roadmap.mission("m" + std::to_string(i), "1100-01", "1100-02")
            .dependsOn("m" + std::to_string(i), "m" + std::to_string(i - 1),
                       DependencyType::StartToStart, -1195);
    }
    const Schedule schedule = computeSchedule(roadmap);
    for (const MissionSchedule& entry : schedule.missions) {
        REQUIRE(entry.earliestStart);
        CHECK(*entry.earliestStart >= Date::kMinYear * 12);
        CHECK(monthIndexToString(*entry.earliestStart) >= "1000-01");
    }
    CHECK(monthIndexToString(*schedule.missions.back().earliestStart) == "1000-01");
}
