#include "support/roadmapbuilder.h"

#include <orrery/analysis/impact.h>

#include <catch2/catch.hpp>

using namespace orrery;
using namespace orrery::test;

namespace {

std::vector<std::pair<std::string, int>> slips(const Roadmap& roadmap, const ImpactReport& report) {
    std::vector<std::pair<std::string, int>> result;
    for (const MissionSlip& slip : report.slipped) {
        result.emplace_back(roadmap.missions[slip.mission].id, slip.months);
    }
    return result;
}

} // namespace

TEST_CASE("A slip pushes back-to-back hard dependents by the same amount", "[impact]") {
    const Roadmap roadmap = TestRoadmap()
                                .mission("a", "2030-01", "2030-06")
                                .mission("b", "2030-06", "2030-09")
                                .mission("c", "2030-09", "2031-01")
                                .dependsOn("b", "a")
                                .dependsOn("c", "b");
    const auto report = assessImpact(roadmap, "a", 3);
    REQUIRE(report);
    CHECK(report->slipMonths == 3);
    CHECK(slips(roadmap, *report) == std::vector<std::pair<std::string, int>>{{"b", 3}, {"c", 3}});
    // Everything moved together: nothing new to report.
    CHECK(report->newFindings.empty());
    CHECK(report->resolvedFindings.empty());
}

TEST_CASE("Room in the plan absorbs part of a slip", "[impact]") {
    // b may start from 2030-06 but is planned for 2030-08: two months of room.
    const Roadmap roadmap = TestRoadmap()
                                .mission("a", "2030-01", "2030-06")
                                .mission("b", "2030-08", "2030-10")
                                .mission("c", "2031-06")
                                .dependsOn("b", "a")
                                .dependsOn("c", "b");
    const auto report = assessImpact(roadmap, "a", 3);
    REQUIRE(report);
    CHECK(slips(roadmap, *report) == std::vector<std::pair<std::string, int>>{{"b", 1}});
}

TEST_CASE("Soft dependencies do not push, and what they break is reported", "[impact]") {
    const Roadmap roadmap = TestRoadmap()
                                .mission("a", "2030-01", "2030-06")
                                .mission("b", "2030-06", "2030-09")
                                .softly("b", "a");
    const auto report = assessImpact(roadmap, "a", 4);
    REQUIRE(report);
    CHECK(report->slipped.empty());
    REQUIRE(report->newFindings.size() == 1);
    CHECK(report->newFindings[0].code == "starts-before-prerequisite");
    CHECK(report->newFindings[0].severity == Severity::Warning);
    CHECK(report->newFindings[0].missions == std::vector<std::string>{"b", "a"});
}

TEST_CASE("Moving a mission earlier can resolve findings", "[impact]") {
    const Roadmap roadmap = TestRoadmap()
                                .mission("a", "2030-01", "2030-10")
                                .mission("b", "2030-06", "2030-09")
                                .dependsOn("b", "a");
    const auto report = assessImpact(roadmap, "a", -6);
    REQUIRE(report);
    CHECK(report->slipped.empty());
    CHECK(report->newFindings.empty());
    REQUIRE(report->resolvedFindings.size() == 1);
    CHECK(report->resolvedFindings[0].code == "starts-before-prerequisite");
}

TEST_CASE("A slip can make a capability arrive too late", "[impact]") {
    const Roadmap roadmap = TestRoadmap()
                                .capability("landing")
                                .mission("demo", "2027", "2028")
                                .provides("demo", "landing")
                                .mission("m", "2030")
                                .needs("m", "landing");
    const auto report = assessImpact(roadmap, "demo", 36);
    REQUIRE(report);
    REQUIRE(report->newFindings.size() == 1);
    CHECK(report->newFindings[0].code == "capability-not-demonstrated");
}

TEST_CASE("Slipping a mission that does not exist is refused", "[impact]") {
    const auto report = assessImpact(TestRoadmap().mission("a", "2030"), "ghost", 3);
    REQUIRE_FALSE(report);
    CHECK_THAT(report.error(), Catch::Contains("\"ghost\""));
}

TEST_CASE("A slip that would leave the years dates can have is refused, with the mission",
          "[impact]") {
    const Roadmap roadmap = TestRoadmap()
                                .mission("a", "2030-01", "2030-06")
                                .mission("b", "9998-01", "9999-06")
                                .dependsOn("b", "a");
    // It used to overflow and say that nothing had to slip.
    for (const int slip : {2147483647, 2147000000, -2147483647 - 1, 96000}) {
        INFO(slip);
        const auto report = assessImpact(roadmap, "a", slip);
        REQUIRE_FALSE(report);
        CHECK_THAT(report.error(), Catch::Contains("\"a\" outside the years 1000 to 9999"));
    }
    // The slip itself fits, but it carries a dependent past 9999.
    const auto carried = assessImpact(roadmap, "a", 12 * 7969 + 2);
    REQUIRE_FALSE(carried);
    CHECK_THAT(carried.error(), Catch::Contains("\"b\""));
    CHECK(assessImpact(roadmap, "a", 12));
}
