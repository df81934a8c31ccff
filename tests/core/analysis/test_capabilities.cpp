// capability-not-demonstrated: a needed capability must be available from the start or
// demonstrated (from a provides entry's date, by default the provider's end) before the
// mission starts. Error if nothing provides it, warning if it comes only too late.

#include "support/roadmapbuilder.h"

#include <catch2/catch.hpp>

using namespace orrery;
using namespace orrery::test;

namespace {
constexpr auto kCode = "capability-not-demonstrated";
} // namespace

TEST_CASE("A capability no mission demonstrates is an error", "[capabilities]") {
    const auto found = findingsWithCode(
        TestRoadmap().capability("landing").mission("m", "2030").needs("m", "landing"), kCode);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
    CHECK(found[0].missions == std::vector<std::string>{"m"});
    CHECK_THAT(found[0].message, Catch::Contains("no mission of the roadmap demonstrates"));
}

TEST_CASE("Capabilities available from the start need no provider", "[capabilities]") {
    CHECK(findingsWithCode(
              TestRoadmap().capability("launch", true).mission("m", "2030").needs("m", "launch"),
              kCode)
              .empty());
}

TEST_CASE("A provider that finishes in time demonstrates the capability", "[capabilities]") {
    CHECK(findingsWithCode(TestRoadmap()
                               .capability("landing")
                               .mission("demo", "2025", "2027")
                               .provides("demo", "landing")
                               .mission("m", "2030")
                               .needs("m", "landing"),
                           kCode)
              .empty());
}

TEST_CASE("A provider that finishes too late is a warning naming it", "[capabilities]") {
    const auto found = findingsWithCode(TestRoadmap()
                                            .capability("landing")
                                            .mission("demo", "2028", "2032-06")
                                            .provides("demo", "landing")
                                            .mission("m", "2030-01")
                                            .needs("m", "landing"),
                                        kCode);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].missions == std::vector<std::string>{"m", "demo"});
    CHECK_THAT(found[0].message, Catch::Contains("\"demo\", does so only from 2032-06"));
}

TEST_CASE("An explicit date says when the capability becomes available", "[capabilities]") {
    // The provider runs until 2035 but demonstrates landing in 2028.
    CHECK(findingsWithCode(TestRoadmap()
                               .capability("landing")
                               .mission("demo", "2027", "2035")
                               .provides("demo", "landing", "2028")
                               .mission("m", "2030")
                               .needs("m", "landing"),
                           kCode)
              .empty());
}

TEST_CASE("Availability in the same year as the start is not reported", "[capabilities]") {
    CHECK(findingsWithCode(TestRoadmap()
                               .capability("landing")
                               .mission("demo", "2027", "2030")
                               .provides("demo", "landing")
                               .mission("m", "2030")
                               .needs("m", "landing"),
                           kCode)
              .empty());
}

TEST_CASE("One provider in time is enough", "[capabilities]") {
    CHECK(findingsWithCode(TestRoadmap()
                               .capability("landing")
                               .mission("late", "2031", "2033")
                               .provides("late", "landing")
                               .mission("early", "2026", "2027")
                               .provides("early", "landing")
                               .mission("m", "2030")
                               .needs("m", "landing"),
                           kCode)
              .empty());
}

TEST_CASE("A mission does not demonstrate a capability to itself", "[capabilities]") {
    const auto found = findingsWithCode(TestRoadmap()
                                            .capability("landing")
                                            .mission("m", "2030", "2031")
                                            .needs("m", "landing")
                                            .provides("m", "landing"),
                                        kCode);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
}

TEST_CASE("An undefined capability is a reference problem, not this one", "[capabilities]") {
    const Roadmap roadmap = TestRoadmap().mission("m", "2030").needs("m", "warp-drive");
    CHECK(findingsWithCode(roadmap, kCode).empty());
    CHECK(findingsWithCode(roadmap, "unknown-reference").size() == 1);
}
