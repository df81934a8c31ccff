#pragma once

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

/// Where missions go: one swimlane of the timeline. Lanes are drawn in the order the
/// roadmap lists its destinations.
struct Destination {
    std::string id;
    std::string name;
    std::optional<CelestialBody> body;
    Extensions extensions;

    friend bool operator==(const Destination&, const Destination&) = default;
};

/// The GER's lanes (earth-orbit, cislunar, lunar-orbit, lunar-surface, nea, mars-orbit,
/// mars-surface) with their names and bodies, by id.
std::optional<Destination> knownDestination(std::string_view id);

} // namespace orrery
