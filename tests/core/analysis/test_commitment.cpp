// Commitment: a planned or operating mission that cannot fly without a conceptual one
// (planned-depends-on-conceptual); a completed mission dated after the as-of date
// (completed-in-future); an operating mission that has not started (operating-not-started).

#include "support/roadmapbuilder.h"

#include <catch2/catch.hpp>

using namespace orrery;
using namespace orrery::test;

namespace {
constexpr auto Planned = MissionStatus::Planned;
constexpr auto Conceptual = MissionStatus::Conceptual;
constexpr auto Operating = MissionStatus::Operating;
constexpr auto Completed = MissionStatus::Completed;
} // namespace

TEST_CASE("A planned mission that hard-depends on a conceptual one is a risk", "[commitment]") {
    const auto found = findingsWithCode(TestRoadmap()
                                            .mission("idea", "2030", "2031", Conceptual)
                                            .mission("plan", "2032", "2033", Planned)
                                            .dependsOn("plan", "idea"),
                                        "planned-depends-on-conceptual");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].missions == std::vector<std::string>{"plan", "idea"});
    CHECK_THAT(found[0].message, Catch::Contains("only conceptual"));
}

TEST_CASE("Operating missions count as committed too", "[commitment]") {
    CHECK(findingsWithCode(TestRoadmap()
                               .asOf("2035")
                               .mission("idea", "2030", "2031", Conceptual)
                               .mission("flying", "2032", "2040", Operating)
                               .dependsOn("flying", "idea"),
                           "planned-depends-on-conceptual")
              .size() == 1);
}

TEST_CASE("Soft dependencies and conceptual dependents are not a commitment risk", "[commitment]") {
    CHECK(findingsWithCode(TestRoadmap()
                               .mission("idea", "2030", "2031", Conceptual)
                               .mission("plan", "2032", "2033", Planned)
                               .softly("plan", "idea"),
                           "planned-depends-on-conceptual")
              .empty());
    CHECK(findingsWithCode(TestRoadmap()
                               .mission("idea", "2030", "2031", Conceptual)
                               .mission("later", "2032", "2033", Conceptual)
                               .dependsOn("later", "idea"),
                           "planned-depends-on-conceptual")
              .empty());
}

TEST_CASE("A completed mission that ends after the as-of date is an error", "[commitment]") {
    const auto found = findingsWithCode(
        TestRoadmap().asOf("2020-01").mission("done", "2015", "2020-02", Completed),
        "completed-in-future");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
    CHECK_THAT(found[0].message, Catch::Contains("after the roadmap's as-of date (2020-01)"));

    // Ending in the as-of month, or in an imprecise year that includes it, is fine.
    CHECK(findingsWithCode(TestRoadmap().asOf("2020-01").mission("a", "2015", "2020-01", Completed),
                           "completed-in-future")
              .empty());
    CHECK(findingsWithCode(TestRoadmap().asOf("2020-01").mission("a", "2015", "2020", Completed),
                           "completed-in-future")
              .empty());
}

TEST_CASE("An operating mission that starts after the as-of date is a warning", "[commitment]") {
    const auto found = findingsWithCode(
        TestRoadmap().asOf("2020-01").mission("early", "2020-03", "2025", Operating),
        "operating-not-started");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);

    CHECK(findingsWithCode(TestRoadmap().asOf("2020-01").mission("a", "2020", "2025", Operating),
                           "operating-not-started")
              .empty());
    CHECK(findingsWithCode(TestRoadmap().asOf("2020-01").mission("a", "2019", "2025", Operating),
                           "operating-not-started")
              .empty());
}
