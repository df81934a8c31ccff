#pragma once

// When a mission can leave Earth for its destination: launch opportunities worked out from
// the planets' motion (Mars) or an asteroid's orbit, under the launch energy its launcher
// gives it. What the outside-launch-window check, the porkchop views and `orrery-cli
// windows` share.

#include <orrery/astro/transfer.h>
#include <orrery/destination.h>
#include <orrery/expected.h>
#include <orrery/mission.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace orrery {

/// Where a limit comes from, for the messages that cite it.
enum class LimitSource { Body, Destination, Mission };

/// What launches to a destination are worked out for.
struct LaunchTarget {
    astro::TransferTarget target;
    astro::LaunchLimits limits;
    LimitSource limitSource = LimitSource::Body;
    /// "Mars", or the destination's name.
    std::string name;

    friend bool operator==(const LaunchTarget&, const LaunchTarget&) = default;
};

/// Usual limits (docs/analysis.md gives their sources): to Mars, what a medium launcher gives
/// an orbiter or lander, over flights of 100 to 450 days (Type I and II transfers); to a
/// near-Earth asteroid, the NHATS study's 60 km^2/s^2 over flights of 30 to 450 days.
inline constexpr astro::LaunchLimits kMarsLaunchLimits{20, 100, 450};
inline constexpr astro::LaunchLimits kAsteroidLaunchLimits{60, 30, 450};

/// What launches from Earth to `destination` go to, under which limits (the mission's own
/// C3 limit over the destination's over the body's); nothing when no ephemeris applies: a
/// body other than Mars, or an asteroid without its orbit.
std::optional<LaunchTarget> launchTargetOf(const Destination& destination,
                                           const Mission* mission = nullptr);

/// The opportunities whose launch days meet [from, to], in order: findOpportunities(), kept
/// for the life of the process per target and limits, four years at a time, so that a check
/// of many missions, or of the same roadmap again after an edit, works out each span once.
/// Safe to call from several threads.
Expected<std::vector<astro::Opportunity>, std::string>
cachedOpportunities(const LaunchTarget& target, std::chrono::sys_days from,
                    std::chrono::sys_days to);

/// Whether the ephemerides answer for launches from `first` to `last` to that target (the
/// years of Earth's ephemeris, less the longest flight at the end).
bool ephemerisCovers(const LaunchTarget& target, std::chrono::sys_days first,
                     std::chrono::sys_days last);

/// The porkchop grid a planner looks at for launches from `first` to `last`: departures
/// from four months before to four months after, at most `departureCells` of them, and the
/// target's flight times, at most `flightCells`; each step a whole number of days. Dates past
/// the ephemerides' years are brought inside them.
astro::PorkchopSpan porkchopSpanAround(const LaunchTarget& target, std::chrono::sys_days first,
                                       std::chrono::sys_days last, int departureCells = 400,
                                       int flightCells = 300);

/// "the usual limit", "the destination's limit", "the mission's launcher".
std::string_view limitSourceText(LimitSource source);

} // namespace orrery
