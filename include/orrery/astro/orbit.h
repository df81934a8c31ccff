#pragma once

// Small bodies on Kepler orbits: the osculating elements JPL's small-body database gives for
// an asteroid, turned into a heliocentric state at any moment in the axes of the planets'
// ephemerides.

#include <orrery/astro/ephemeris.h>

#include <optional>
#include <string>

namespace orrery::astro {

/// Osculating heliocentric elements, referred to the ecliptic and equinox of J2000 as the
/// small-body database gives them. Angles in degrees.
struct OrbitalElements {
    /// Julian date (TDB) the elements hold at.
    double epoch = 0;
    /// au.
    double semiMajorAxis = 0;
    double eccentricity = 0;
    double inclination = 0;
    double ascendingNode = 0;
    double argumentOfPerihelion = 0;
    double meanAnomaly = 0;

    friend bool operator==(const OrbitalElements&, const OrbitalElements&) = default;
};

/// What keeps elements from describing a closed orbit, or nothing: the propagation below
/// is for ellipses (0 <= e < 1, a > 0, the inclination within 0-180 degrees).
std::optional<std::string> ellipseProblem(const OrbitalElements& elements);

/// Where the body is at `epoch`: two-body motion about the Sun from the elements' epoch,
/// position in au and velocity in au/day, ICRS axes (the ecliptic turned by the obliquity
/// JPL's ecliptic frame uses, 84381.448"), so that it can be set against
/// heliocentricState().
StateVector stateOf(const OrbitalElements& elements, const Epoch& epoch);

} // namespace orrery::astro
