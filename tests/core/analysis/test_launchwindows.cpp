// outside-launch-window: a mission to Mars, or to an asteroid whose orbit the roadmap holds,
// must launch inside an opportunity its launcher can use: worked out on the ephemerides
// (launchwindows.h), and on the synodic-period model (marswindows.h) for Mars beyond them.

#include "support/roadmapbuilder.h"

#include <orrery/analysis/launchwindows.h>
#include <orrery/analysis/marswindows.h>

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace orrery;
using namespace orrery::test;
using namespace std::chrono;

namespace {
constexpr auto kCode = "outside-launch-window";

std::vector<Finding> launchingIn(std::string_view start, std::string destination = "mars") {
    return findingsWithCode(
        TestRoadmap().mission("probe", start, {}, MissionStatus::Planned, std::move(destination)),
        kCode);
}

/// 101955 Bennu, JPL Horizons (solution of 2021-01-07), epoch 2011-01-01.0 TDB.
const astro::OrbitalElements kBennu{2455562.5,        1.126391025894812, 0.2037450762416414,
                                    6.03494377024794, 2.06086619569642,  66.22306084084298,
                                    101.7039520024729};
} // namespace

TEST_CASE("Mars launches from 2005 to 2020 are inside the opportunities", "[launchwindow]") {
    // MRO, MSL, MOM, MAVEN, ExoMars TGO, InSight, Hope, Tianwen-1, Mars 2020, to the day and
    // to the month.
    for (const char* launch :
         {"2005-08-12", "2011-11-26", "2013-11-05", "2013-11-18", "2016-03-14", "2018-05-05",
          "2020-07-19", "2020-07-23", "2020-07-30", "2016-03", "2018-05", "2020-07", "2011-11"}) {
        INFO(launch);
        CHECK(launchingIn(launch).empty());
    }
}

TEST_CASE("A launch between opportunities is warned about, with the nearest ones",
          "[launchwindow]") {
    for (const char* launch : {"2019-06", "2021-06", "2019", "2030-11-10"}) {
        INFO(launch);
        const auto found = launchingIn(launch);
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == Severity::Warning);
        CHECK(found[0].missions == std::vector<std::string>{"probe"});
        CHECK_THAT(found[0].message, Catch::Contains("the nearest opportunities:"));
        CHECK_THAT(found[0].message, Catch::Contains("[ephemeris model"));
        CHECK_THAT(found[0].message, Catch::Contains("at most 20 km²/s² (the usual limit)"));
    }
    // 2019: the one of 2018 before it, the one of 2020 after, each with its best day and C3.
    const auto in2019 = launchingIn("2019");
    REQUIRE(in2019.size() == 1);
    CHECK_THAT(in2019[0].message, Catch::Contains("2018-02-25 to 2018-08-18 (best 2018-05-17, "
                                                  "C3 7.7 km²/s²); 2020-06-15 to 2020-09-26"));
}

TEST_CASE("An imprecise launch is fine when any of its days is in an opportunity",
          "[launchwindow]") {
    // The 2031 opportunity opens on 2030-11-18: November 2030 is fine, its 10th is not.
    for (const char* launch : {"2016", "2018", "2020", "2022", "2024", "2026", "2031", "2033",
                               "2030-11", "2030-11-18"}) {
        INFO(launch);
        CHECK(launchingIn(launch).empty());
    }
    CHECK(launchingIn("2030-11-17").size() == 1);
}

TEST_CASE("The mission's launcher, else the destination's limit, decides", "[launchwindow]") {
    // The best launch of 2026 needs 9.2 km^2/s^2: a launcher that gives 8 cannot make it.
    const Roadmap small = TestRoadmap()
                              .mission("probe", "2026-10-31", {}, MissionStatus::Planned, "mars")
                              .c3Limit("probe", 8);
    const auto found = findingsWithCode(small, kCode);
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0].message, Catch::Contains("at most 8 km²/s² (the mission's launcher)"));
    CHECK_THAT(found[0].message, Catch::Contains("none opens within three years"));

    // Phoenix's launch day (2007-08-04) is outside at 20, inside at 30.
    CHECK(launchingIn("2007-08-04").size() == 1);
    Roadmap heavy =
        TestRoadmap().mission("probe", "2007-08-04", {}, MissionStatus::Planned, "mars");
    Destination mars = *heavy.destinations.find("mars");
    mars.c3Limit = 30;
    heavy.destinations.replace(*heavy.destinations.indexOf("mars"), mars);
    CHECK(findingsWithCode(heavy, kCode).empty());
    // The mission's own limit wins over the destination's.
    const Mission probe = [&] {
        Mission copy = *heavy.missions.find("probe");
        copy.c3Limit = 15;
        return copy;
    }();
    heavy.missions.replace(0, probe);
    REQUIRE(findingsWithCode(heavy, kCode).size() == 1);
}

TEST_CASE("An asteroid with its orbit has opportunities of its own; one without, none",
          "[launchwindow]") {
    const Roadmap bennu = TestRoadmap()
                              .asteroid("bennu", kBennu)
                              .destination("nea", CelestialBody::Asteroid)
                              .mission("late", "2015-03", {}, MissionStatus::Planned, "bennu")
                              .mission("good", "2016-12", {}, MissionStatus::Planned, "bennu")
                              .mission("blind", "2015-03", {}, MissionStatus::Planned, "nea");
    const auto found = findingsWithCode(bennu, kCode);
    REQUIRE(found.size() == 1);
    CHECK(found[0].missions == std::vector<std::string>{"late"});
    CHECK_THAT(found[0].message, Catch::Contains("reaches Asteroid bennu"));
    CHECK_THAT(found[0].message, Catch::Contains("at most 60 km²/s²"));
}

TEST_CASE("Beyond the ephemerides' years, the synodic model answers for Mars, and says so",
          "[launchwindow]") {
    const auto found = launchingIn("2119-06");
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0].message, Catch::Contains("[synodic model"));
    const year_month_day predicted{nearestMarsOpportunity(sys_days{year{2119} / 6 / 1}).predicted};
    CHECK(launchingIn(fmt::format("{:04}-{:02}", static_cast<int>(predicted.year()),
                                  static_cast<unsigned>(predicted.month())))
              .empty());
}

TEST_CASE("The Mars flag on the destination decides, not its id", "[launchwindow]") {
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

TEST_CASE("Cached opportunities are the ones worked out afresh", "[launchwindow]") {
    const auto target = launchTargetOf(laneNamed("mars", "Mars", CelestialBody::Mars));
    REQUIRE(target);
    const sys_days from{year{2021} / 1 / 1};
    const sys_days to{year{2031} / 12 / 31};
    const auto cached = cachedOpportunities(*target, from, to);
    const auto fresh = astro::findOpportunities(astro::Body::Mars, from, to, kMarsLaunchLimits);
    REQUIRE((cached && fresh));
    REQUIRE(cached->size() == fresh->size());
    for (std::size_t i = 0; i < fresh->size(); ++i) {
        CHECK((*cached)[i].opens == (*fresh)[i].opens);
        CHECK((*cached)[i].closes == (*fresh)[i].closes);
        CHECK((*cached)[i].minimumC3 == Approx((*fresh)[i].minimumC3).epsilon(0.01));
    }
    CHECK_FALSE(cachedOpportunities(*target, to, from));
    CHECK_FALSE(cachedOpportunities(*target, sys_days{year{1850} / 1 / 1}, from));
}

TEST_CASE("Predicted opportunities match the ones the GER facts derive", "[launchwindow]") {
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

TEST_CASE("Opportunities recur every synodic period", "[launchwindow]") {
    const sys_days anchor = mars_windows::kAnchor;
    CHECK(nearestMarsOpportunity(anchor).predicted == anchor);
    const auto next = nearestMarsOpportunity(anchor + days{780}).predicted;
    CHECK((next - anchor).count() == 780);
    const auto tenLater = nearestMarsOpportunity(anchor + days{7800}).predicted;
    CHECK((tenLater - anchor).count() == 7799);
    // Halfway between two opportunities nothing is open.
    CHECK_FALSE(canLaunchToMars(anchor + days{390}, anchor + days{390}));
}

TEST_CASE("An opportunity that several blocks of years see is one", "[launchwindow]") {
    // At 1000 km^2/s^2 every day is open: seventy years come as one span, whichever blocks
    // worked it out.
    auto target = launchTargetOf(laneNamed("mars", "Mars", CelestialBody::Mars));
    REQUIRE(target);
    target->limits.c3Max = 1000;
    const auto found =
        cachedOpportunities(*target, sys_days{year{1990} / 1 / 1}, sys_days{year{2060} / 1 / 1});
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->front().opens <= sys_days{year{1990} / 1 / 1});
    CHECK(found->front().closes >= sys_days{year{2060} / 1 / 1});
    // And the day Earth's ephemeris ends is the limit.
    CHECK_FALSE(
        cachedOpportunities(*target, sys_days{year{2099} / 6 / 1}, sys_days{year{2099} / 7 / 1}));
}

TEST_CASE("A launcher that gives just enough for the best day is not warned about",
          "[launchwindow]") {
    const Roadmap tight = TestRoadmap()
                              .mission("probe", "2026-10-31", {}, MissionStatus::Planned, "mars")
                              .c3Limit("probe", 9.2);
    CHECK(findingsWithCode(tight, kCode).empty());
}
