// outside-mars-window: missions to a destination on Mars must launch inside an Earth-Mars
// transfer opportunity (the synodic-period model of marswindows.h).

#include "support/roadmapbuilder.h"

#include <orrery/analysis/marswindows.h>

#include <catch2/catch.hpp>

using namespace orrery;
using namespace orrery::test;
using namespace std::chrono;

namespace {
constexpr auto kCode = "outside-mars-window";

std::vector<Finding> launchingIn(std::string_view start, std::string destination = "mars") {
    return findingsWithCode(
        TestRoadmap().mission("probe", start, {}, MissionStatus::Planned, std::move(destination)),
        kCode);
}
} // namespace

TEST_CASE("Historical Mars launches fall inside the modelled opportunities", "[mars]") {
    // ExoMars TGO, InSight, Mars 2020 / Tianwen-1 / Hope, and the 2011 and 2013 launches.
    for (const char* launch : {"2016-03", "2018-05", "2020-07", "2011-11", "2013-11", "2016-03-14",
                               "2018-05-05", "2020-07-30", "2013-11-05"}) {
        INFO(launch);
        CHECK(launchingIn(launch).empty());
    }
}

TEST_CASE("Launches between opportunities are warned about", "[mars]") {
    for (const char* launch : {"2019-06", "2021-06", "2019"}) {
        INFO(launch);
        const auto found = launchingIn(launch);
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == Severity::Warning);
        CHECK(found[0].missions == std::vector<std::string>{"probe"});
        CHECK_THAT(found[0].message, Catch::Contains("the nearest is around"));
    }
}

TEST_CASE("A year that holds an opportunity is not warned about", "[mars]") {
    for (const char* launch : {"2016", "2018", "2020", "2022", "2024", "2026", "2031", "2033"}) {
        INFO(launch);
        CHECK(launchingIn(launch).empty());
    }
}

TEST_CASE("The Mars flag on the destination decides, not its id", "[mars]") {
    const Roadmap notMars =
        TestRoadmap()
            .destination("mars-analogue", CelestialBody::Earth)
            .mission("probe", "2019-06", {}, MissionStatus::Planned, "mars-analogue");
    CHECK(findingsWithCode(notMars, kCode).empty());

    const Roadmap redPlanet =
        TestRoadmap()
            .destination("red-planet", CelestialBody::Mars)
            .mission("probe", "2019-06", {}, MissionStatus::Planned, "red-planet");
    CHECK(findingsWithCode(redPlanet, kCode).size() == 1);
    CHECK(launchingIn("2019-06", "moon").empty());
}

TEST_CASE("Predicted opportunities match the ones the GER facts derive", "[mars]") {
    // Facts: 2022 Aug-Oct, 2024 ~Oct, 2026 ~Nov, 2028-29 Dec-Jan, 2031 ~Feb, 2033 ~Apr,
    // 2035 ~Jun, 2037 Aug-Sep, 2039 Sep-Oct.
    const std::pair<sys_days, sys_days> facts[] = {
        {year{2022} / 8 / 1, year{2022} / 10 / 31},  {year{2024} / 10 / 1, year{2024} / 10 / 31},
        {year{2026} / 11 / 1, year{2026} / 11 / 30}, {year{2028} / 12 / 1, year{2029} / 1 / 31},
        {year{2031} / 2 / 1, year{2031} / 2 / 28},   {year{2033} / 4 / 1, year{2033} / 4 / 30},
        {year{2035} / 6 / 1, year{2035} / 6 / 30},   {year{2037} / 8 / 1, year{2037} / 9 / 30},
        {year{2039} / 9 / 1, year{2039} / 10 / 31},
    };
    for (const auto& [first, last] : facts) {
        const MarsOpportunity opportunity = nearestMarsOpportunity(first);
        INFO(static_cast<int>(year_month_day{first}.year()));
        CHECK(opportunity.opens <= last);
        CHECK(opportunity.closes >= first);
        CHECK(canLaunchToMars(first, last));
    }
}

TEST_CASE("Opportunities recur every synodic period", "[mars]") {
    const sys_days anchor = mars_windows::kAnchor;
    CHECK(nearestMarsOpportunity(anchor).predicted == anchor);
    const auto next = nearestMarsOpportunity(anchor + days{780}).predicted;
    CHECK((next - anchor).count() == 780);
    const auto tenLater = nearestMarsOpportunity(anchor + days{7800}).predicted;
    CHECK((tenLater - anchor).count() == 7799);
    // Halfway between two opportunities nothing is open.
    CHECK_FALSE(canLaunchToMars(anchor + days{390}, anchor + days{390}));
}
