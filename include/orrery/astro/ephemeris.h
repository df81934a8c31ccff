#pragma once

// Where the planets are: heliocentric positions and velocities from ERFA (the IAU's SOFA
// routines as free software), with the roadmap's calendar dates (UTC) turned into the
// time the ephemerides run on (TDB).

#include <orrery/astro/lambert.h>
#include <orrery/expected.h>

#include <string>

namespace orrery::astro {

/// A moment as a two-part Julian date in Barycentric Dynamical Time (TDB): the sum of the
/// parts is the date; splitting it keeps the precision.
struct Epoch {
    double jd1 = 0;
    double jd2 = 0;

    double julianDate() const { return jd1 + jd2; }
    /// The same moment `days` later.
    Epoch plusDays(double days) const { return {jd1, jd2 + days}; }
};

/// The moment of a UTC calendar date and time of day, as TDB: leap seconds from ERFA's
/// table, TT = TAI + 32.184 s, and TDB - TT (under 2 ms) at the geocentre.
Expected<Epoch, std::string> epochFromUtc(int year, int month, int day, double secondsOfDay = 0);

enum class Body { Earth, Mars };

/// Heliocentric position (au) and velocity (au/day), axes of the ICRS (the J2000 equator
/// and equinox to within a few milliarcseconds). Earth: ERFA's eraEpv00, accurate to a
/// few kilometres; Mars: eraPlan94 (Simon et al. 1994), some arcseconds. Refused outside
/// the years ERFA answers for (1900-2100 for Earth, 1000-3000 for Mars).
Expected<StateVector, std::string> heliocentricState(Body body, const Epoch& epoch);

/// The Sun's position about the solar system's barycentre (au, ICRS axes): what separates
/// heliocentric places from barycentric ones such as JPL's.
Expected<Vector3, std::string> barycentricSun(const Epoch& epoch);

/// The Sun's gravitational parameter in au^3/day^2 (Gaussian gravitational constant
/// squared), for Lambert's problem in the ephemerides' units.
inline constexpr double kSunMuAuDay = 0.01720209895 * 0.01720209895;
/// km in an au (IAU 2012).
inline constexpr double kKilometresPerAu = 149597870.7;

} // namespace orrery::astro
