#pragma once

#include <orrery/astro/orbit.h>
#include <orrery/extensions.h>

#include <optional>
#include <string>
#include <string_view>

namespace orrery {

/// The body a destination belongs to. Checks that depend on orbital mechanics (Mars launch
/// opportunities) look at this flag rather than at destination ids, which are the planners'.
enum class CelestialBody { Earth, Moon, Asteroid, Mars, Other };

std::string_view toString(CelestialBody body);
std::optional<CelestialBody> celestialBodyFromString(std::string_view text);

/// A small body's orbit, as a destination carries it: its osculating elements and where
/// they come from (JPL's small-body database names its solution).
struct Orbit {
    astro::OrbitalElements elements;
    std::string source;
    Extensions extensions;

    friend bool operator==(const Orbit&, const Orbit&) = default;
};

/// Where missions go: one swimlane of the timeline. Lanes are drawn in the order the
/// roadmap lists its destinations.
struct Destination {
    std::string id;
    std::string name;
    std::optional<CelestialBody> body;
    /// For an asteroid: its orbit, from which launch opportunities are worked out.
    std::optional<Orbit> orbit;
    /// The largest launch energy (C3, km^2/s^2) its missions can have, when it is not the
    /// body's usual one (docs/analysis.md).
    std::optional<double> c3Limit;
    Extensions extensions;

    friend bool operator==(const Destination&, const Destination&) = default;
};

/// The GER's lanes (earth-orbit, cislunar, lunar-orbit, lunar-surface, nea, mars-orbit,
/// mars-surface) with their names and bodies, by id.
std::optional<Destination> knownDestination(std::string_view id);

/// A lane with nothing but its id, name (the id when none is given) and body.
Destination laneNamed(std::string id, std::string name = {},
                      std::optional<CelestialBody> body = std::nullopt);

} // namespace orrery
