#include "support/roadmapbuilder.h"
#include "support/testsupport.h"

#include <orrery/analysis/feasibility.h>
#include <orrery/analysis/impact.h>
#include <orrery/generator.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <tuple>

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

namespace {

using FindingKey = std::pair<std::string, std::vector<std::string>>;

/// What a finding is about: its code and missions. Its wording quotes dates, which a slip
/// changes, so a finding that stays but reads differently is neither new nor gone.
std::vector<FindingKey> keysOf(const std::vector<Finding>& findings) {
    std::vector<FindingKey> keys;
    for (const Finding& finding : findings) {
        keys.emplace_back(finding.code, finding.missions);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

/// The keys of `findings` that `others` lacks, as multisets.
std::vector<FindingKey> keysMissingFrom(const std::vector<Finding>& findings,
                                        const std::vector<Finding>& others) {
    const auto mine = keysOf(findings);
    const auto theirs = keysOf(others);
    std::vector<FindingKey> result;
    std::set_difference(mine.begin(), mine.end(), theirs.begin(), theirs.end(),
                        std::back_inserter(result));
    return result;
}

bool contains(const std::vector<Finding>& findings, const Finding& finding) {
    return std::find(findings.begin(), findings.end(), finding) != findings.end();
}

/// What the impact must report, worked out the long way: move the missions, check the
/// whole roadmap again, compare.
void requireSameAsFullCheck(const Roadmap& roadmap, const std::string& id, int slip) {
    const auto report = assessImpact(roadmap, id, slip);
    if (!report) {
        return; // refused: a slip past the years dates can have
    }
    Roadmap moved = roadmap;
    moved.missions.replace(report->mission,
                           shiftedMission(roadmap.missions[report->mission], slip));
    for (const MissionSlip& slipped : report->slipped) {
        moved.missions.replace(slipped.mission,
                               shiftedMission(roadmap.missions[slipped.mission], slipped.months));
    }
    const auto before = checkFeasibility(roadmap);
    const auto after = checkFeasibility(moved);
    INFO(id << " slips " << slip);
    REQUIRE(keysOf(report->newFindings) == keysMissingFrom(after, before));
    REQUIRE(keysOf(report->resolvedFindings) == keysMissingFrom(before, after));
    for (const Finding& finding : report->newFindings) {
        REQUIRE(contains(after, finding));
    }
    for (const Finding& finding : report->resolvedFindings) {
        REQUIRE(contains(before, finding));
    }
}

} // namespace

TEST_CASE("The impact reports what a full check of the moved roadmap finds new and gone",
          "[impact]") {
    SECTION("every mission of the bundled roadmaps, slipped and moved earlier") {
        for (const char* file :
             {"roadmaps/ger-2013.roadmap.json", "roadmaps/ger-2018.roadmap.json"}) {
            const Roadmap roadmap = loadRoadmap(sourcePath(file));
            for (const Mission& mission : roadmap.missions) {
                for (const int slip : {-60, -13, -1, 1, 6, 25, 120}) {
                    requireSameAsFullCheck(roadmap, mission.id, slip);
                }
            }
        }
    }
    SECTION("generated roadmaps with cycles, capabilities and Mars launches") {
        for (const std::uint64_t seed : {3U, 11U}) {
            const Roadmap roadmap = generateRoadmap({300, seed, 2});
            for (std::size_t i = 0; i < roadmap.missions.size(); i += 7) {
                for (const int slip : {-30, -2, 4, 18, 75}) {
                    requireSameAsFullCheck(roadmap, roadmap.missions[i].id, slip);
                }
            }
        }
    }
}
