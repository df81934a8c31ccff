// starts-before-prerequisite: a dependent may not start before its prerequisite ends
// (finish-to-start) or starts (start-to-start), plus the lag. Imprecise dates make a
// violation certain (error) or only possible (warning); soft dependencies are one level
// milder.

#include "support/roadmapbuilder.h"

#include <catch2/catch.hpp>

using namespace orrery;
using namespace orrery::test;

namespace {
constexpr auto kCode = "starts-before-prerequisite";
constexpr auto SS = DependencyType::StartToStart;
constexpr auto FS = DependencyType::FinishToStart;
} // namespace

TEST_CASE("A dependent that starts before its prerequisite ends is an error", "[time]") {
    const auto found = findingsWithCode(TestRoadmap()
                                            .mission("p", "2030-01", "2030-06")
                                            .mission("d", "2030-03")
                                            .dependsOn("d", "p"),
                                        kCode);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
    CHECK(found[0].missions == std::vector<std::string>{"d", "p"});
    CHECK_THAT(found[0].message, Catch::Contains("3 months early"));
    CHECK_THAT(found[0].message, Catch::Contains("\"p\" ends (2030-06)"));
}

TEST_CASE("Starting in the month the prerequisite ends is on time", "[time]") {
    for (const char* start : {"2030-06", "2030-07", "2031"}) {
        INFO(start);
        CHECK(findingsWithCode(TestRoadmap()
                                   .mission("p", "2030-01", "2030-06")
                                   .mission("d", start)
                                   .dependsOn("d", "p"),
                               kCode)
                  .empty());
    }
}

TEST_CASE("The lag is added to the prerequisite's end", "[time]") {
    const auto late = findingsWithCode(TestRoadmap()
                                           .mission("p", "2030-01", "2030-06")
                                           .mission("d", "2030-10")
                                           .dependsOn("d", "p", FS, 6),
                                       kCode);
    REQUIRE(late.size() == 1);
    CHECK_THAT(late[0].message, Catch::Contains("plus 6 months of lag"));
    CHECK_THAT(late[0].message, Catch::Contains("2 months early"));

    CHECK(findingsWithCode(TestRoadmap()
                               .mission("p", "2030-01", "2030-06")
                               .mission("d", "2030-12")
                               .dependsOn("d", "p", FS, 6),
                           kCode)
              .empty());
    // A negative lag lets the dependent overlap the end of its prerequisite.
    CHECK(findingsWithCode(TestRoadmap()
                               .mission("p", "2030-01", "2030-12")
                               .mission("d", "2030-07")
                               .dependsOn("d", "p", FS, -6),
                           kCode)
              .empty());
}

TEST_CASE("Same-year imprecise dates are a warning, never an error", "[time]") {
    const auto found = findingsWithCode(
        TestRoadmap().mission("p", "2029", "2030").mission("d", "2030").dependsOn("d", "p"), kCode);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK_THAT(found[0].message, Catch::Contains("up to 11 months early"));

    // "2030" may end in January: a start in June 2030 is possibly early...
    const auto june = findingsWithCode(
        TestRoadmap().mission("p", "2029", "2030").mission("d", "2030-06").dependsOn("d", "p"),
        kCode);
    REQUIRE(june.size() == 1);
    CHECK(june[0].severity == Severity::Warning);
    // ...and a start in December 2030 is on time for every reading.
    CHECK(
        findingsWithCode(
            TestRoadmap().mission("p", "2029", "2030").mission("d", "2030-12").dependsOn("d", "p"),
            kCode)
            .empty());
}

TEST_CASE("Soft dependencies are one level milder", "[time]") {
    const auto certain = findingsWithCode(
        TestRoadmap().mission("p", "2030-01", "2030-06").mission("d", "2030-03").softly("d", "p"),
        kCode);
    REQUIRE(certain.size() == 1);
    CHECK(certain[0].severity == Severity::Warning);
    CHECK_THAT(certain[0].message, Catch::Contains("soft prerequisite"));

    const auto possible = findingsWithCode(
        TestRoadmap().mission("p", "2029", "2030").mission("d", "2030").softly("d", "p"), kCode);
    REQUIRE(possible.size() == 1);
    CHECK(possible[0].severity == Severity::Info);
}

TEST_CASE("Start-to-start dependencies measure from the prerequisite's start", "[time]") {
    const auto early = findingsWithCode(TestRoadmap()
                                            .mission("p", "2030-01", "2035")
                                            .mission("d", "2029-11")
                                            .dependsOn("d", "p", SS),
                                        kCode);
    REQUIRE(early.size() == 1);
    CHECK(early[0].severity == Severity::Error);
    CHECK_THAT(early[0].message, Catch::Contains("\"p\" starts (2030-01)"));
    CHECK_THAT(early[0].message, Catch::Contains("2 months early"));

    const auto lagged = findingsWithCode(TestRoadmap()
                                             .mission("p", "2030-01", "2035")
                                             .mission("d", "2030-02")
                                             .dependsOn("d", "p", SS, 3),
                                         kCode);
    REQUIRE(lagged.size() == 1);
    CHECK_THAT(lagged[0].message, Catch::Contains("2 months early")); // 2030-01 + 3 = 2030-04

    const auto oneMonth = findingsWithCode(TestRoadmap()
                                               .mission("p", "2030-01", "2035")
                                               .mission("d", "2030-03")
                                               .dependsOn("d", "p", SS, 3),
                                           kCode);
    REQUIRE(oneMonth.size() == 1);
    CHECK_THAT(oneMonth[0].message, Catch::Contains("1 month early"));

    // Long before the prerequisite ends, but after it starts: fine for start-to-start.
    CHECK(findingsWithCode(TestRoadmap()
                               .mission("p", "2030-01", "2035")
                               .mission("d", "2030-04")
                               .dependsOn("d", "p", SS, 3),
                           kCode)
              .empty());
}

TEST_CASE("Dates known to the day are compared to the day", "[time]") {
    const auto found = findingsWithCode(TestRoadmap()
                                            .mission("p", "2030-07-01", "2030-07-20")
                                            .mission("d", "2030-07-10")
                                            .dependsOn("d", "p"),
                                        kCode);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
    CHECK_THAT(found[0].message, Catch::Contains("10 days early"));

    CHECK(findingsWithCode(TestRoadmap()
                               .mission("p", "2030-07-01", "2030-07-20")
                               .mission("d", "2030-07-20")
                               .dependsOn("d", "p"),
                           kCode)
              .empty());
}

TEST_CASE("A milestone prerequisite finishes when it starts", "[time]") {
    CHECK(findingsWithCode(
              TestRoadmap().mission("p", "2030-05").mission("d", "2030-05").dependsOn("d", "p"),
              kCode)
              .empty());
    CHECK(findingsWithCode(
              TestRoadmap().mission("p", "2030-05").mission("d", "2030-04").dependsOn("d", "p"),
              kCode)
              .size() == 1);
}
