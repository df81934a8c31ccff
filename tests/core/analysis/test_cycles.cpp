// dependency-cycle: one finding per strongly connected component, listing the missions of
// one cycle in dependency order.

#include "support/roadmapbuilder.h"

#include <orrery/analysis/feasibility.h>

#include <catch2/catch.hpp>

using namespace orrery;
using namespace orrery::test;

namespace {
constexpr auto kCode = "dependency-cycle";
} // namespace

TEST_CASE("A cycle is one error listing its missions in order", "[cycles]") {
    // Edges run prerequisite -> dependent: a -> b -> c -> a.
    const auto found = findingsWithCode(TestRoadmap()
                                            .mission("a", "2030")
                                            .mission("b", "2031")
                                            .mission("c", "2032")
                                            .dependsOn("b", "a")
                                            .dependsOn("c", "b")
                                            .dependsOn("a", "c"),
                                        kCode);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
    CHECK(found[0].missions == std::vector<std::string>{"a", "b", "c"});
    CHECK_THAT(found[0].message, Catch::Contains("\"a\" -> \"b\" -> \"c\" -> \"a\""));
}

TEST_CASE("Separate cycles are separate findings", "[cycles]") {
    const auto found = findingsWithCode(TestRoadmap()
                                            .mission("a", "2030")
                                            .mission("b", "2031")
                                            .mission("x", "2040")
                                            .mission("y", "2041")
                                            .mission("z", "2042")
                                            .dependsOn("a", "b")
                                            .dependsOn("b", "a")
                                            .dependsOn("y", "x")
                                            .dependsOn("z", "y")
                                            .dependsOn("x", "z")
                                            .dependsOn("x", "b"), // a path between them
                                        kCode);
    REQUIRE(found.size() == 2);
    CHECK(found[0].missions == std::vector<std::string>{"a", "b"});
    CHECK(found[1].missions == std::vector<std::string>{"x", "y", "z"});
}

TEST_CASE("Two cycles through one mission are one component, one finding", "[cycles]") {
    // a -> b -> a and a -> c -> a: a figure of eight.
    const auto found = findingsWithCode(TestRoadmap()
                                            .mission("a", "2030")
                                            .mission("b", "2031")
                                            .mission("c", "2032")
                                            .dependsOn("b", "a")
                                            .dependsOn("a", "b")
                                            .dependsOn("c", "a")
                                            .dependsOn("a", "c"),
                                        kCode);
    REQUIRE(found.size() == 1);
    CHECK(found[0].missions.size() == 2);
    CHECK(found[0].missions.front() == "a");
}

TEST_CASE("Missions downstream of a cycle are not part of it", "[cycles]") {
    const Roadmap roadmap = TestRoadmap()
                                .mission("a", "2030")
                                .mission("b", "2031")
                                .mission("after", "2040")
                                .dependsOn("a", "b")
                                .dependsOn("b", "a")
                                .dependsOn("after", "b");
    const auto found = findingsWithCode(roadmap, kCode);
    REQUIRE(found.size() == 1);
    CHECK(found[0].missions == std::vector<std::string>{"a", "b"});
}

TEST_CASE("A self-dependency is not reported as a cycle", "[cycles]") {
    const Roadmap roadmap = TestRoadmap().mission("a", "2030").dependsOn("a", "a");
    CHECK(findingsWithCode(roadmap, kCode).empty());
    CHECK(findingsWithCode(roadmap, "self-dependency").size() == 1);
}

TEST_CASE("Dependencies inside a cycle are not also reported as early starts", "[cycles]") {
    const Roadmap roadmap = TestRoadmap()
                                .mission("a", "2030", "2031")
                                .mission("b", "2035", "2036")
                                .dependsOn("b", "a")
                                .dependsOn("a", "b");
    const auto findings = checkFeasibility(roadmap);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == kCode);
}
