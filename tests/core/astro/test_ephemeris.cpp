// The planets' positions and the time scales, against published values.

#include <orrery/astro/ephemeris.h>

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

using namespace orrery::astro;

TEST_CASE("Ephemeris: UTC dates become TDB with the leap seconds of their day",
          "[astro][ephemeris]") {
    // TAI - UTC is 37 s since 2017-01-01 (IERS Bulletin C), TT = TAI + 32.184 s, and TDB
    // differs from TT by under 2 ms.
    const auto epoch = epochFromUtc(2020, 7, 30, 11 * 3600 + 50 * 60 + 1);
    REQUIRE(epoch);
    const double utcJd = 2459060.5 + (11 * 3600 + 50 * 60 + 1) / 86400.0;
    CHECK(std::abs((epoch->julianDate() - utcJd) * 86400 - 69.184) < 0.003);
    // Before the leap second of 2016-12-31, one second less.
    const auto before = epochFromUtc(2016, 12, 31, 0);
    REQUIRE(before);
    CHECK(std::abs((before->julianDate() - 2457753.5) * 86400 - 68.184) < 0.003);
    CHECK_FALSE(epochFromUtc(2021, 13, 1));
}

TEST_CASE("Ephemeris: Earth as ERFA's reference test has it", "[astro][ephemeris]") {
    // ERFA's own test of eraEpv00 (t_erfa_c.c), at MJD 53411.52501161 TDB: heliocentric,
    // au and au/day, BCRS axes.
    const auto earth = heliocentricState(Body::Earth, {2400000.5, 53411.52501161});
    REQUIRE(earth);
    CHECK(earth->position[0] == Approx(-0.7757238809297706813).epsilon(1e-12));
    CHECK(earth->position[1] == Approx(0.5598052241363340596).epsilon(1e-12));
    CHECK(earth->position[2] == Approx(0.2426998466481686993).epsilon(1e-12));
    CHECK(earth->velocity[0] == Approx(-0.1091891824147313846e-1).epsilon(1e-12));
    CHECK(earth->velocity[1] == Approx(-0.1247187268440845008e-1).epsilon(1e-12));
    CHECK(earth->velocity[2] == Approx(-0.5407569418065039061e-2).epsilon(1e-12));
    // 2132: past the years eraEpv00 answers for.
    CHECK_FALSE(heliocentricState(Body::Earth, {2400000.5, 100000}));
}

TEST_CASE("Ephemeris: Mars against JPL Horizons within ERFA's documented accuracy",
          "[astro][ephemeris]") {
    // JPL Horizons (mar097/DE441): Mars relative to the solar-system barycentre at
    // 2000-Jan-01 00:00 TDB (JD 2451544.5), ecliptic and equinox of J2000, km:
    // X = 2.069269460321208E+08, Y = -3.560730804791646E+06, Z = -5.147912373388755E+06.
    // eraPlan94 gives Mars about the Sun on the J2000 equator: the Sun's place about the
    // barycentre comes from eraEpv00 (barycentric minus heliocentric Earth), and the
    // ecliptic turns into the equator by the J2000 obliquity, 84381.406". ERFA documents
    // Mars to 26" and 9,000 km at worst: 30,000 km at 1.4 au.
    const Epoch epoch{2451544.5, 0};
    const auto mars = heliocentricState(Body::Mars, epoch);
    REQUIRE(mars);
    const auto sun = barycentricSun(epoch);
    REQUIRE(sun);
    const double epsilon = 84381.406 / 3600.0 * std::numbers::pi / 180.0;
    const Vector3 ecliptic = {2.069269460321208E+08, -3.560730804791646E+06,
                              -5.147912373388755E+06};
    const Vector3 horizons = {ecliptic[0],
                              ecliptic[1] * std::cos(epsilon) - ecliptic[2] * std::sin(epsilon),
                              ecliptic[1] * std::sin(epsilon) + ecliptic[2] * std::cos(epsilon)};
    const Vector3 computed = kKilometresPerAu * (mars->position + *sun);
    CHECK(norm(computed - horizons) < 30000);
    // A wrong frame would miss by millions of kilometres.
    CHECK(norm(kKilometresPerAu * mars->position - ecliptic) > 1e6);
}
