#pragma once

// Transfers from Earth: for a launch date and a time of flight, the launch energy (C3) and
// the speed of arrival, from Lambert's problem between the planets' real places; porkchop
// grids of them; and the launch opportunities they leave open under a launcher's limit.

#include <orrery/astro/orbit.h>

#include <chrono>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace orrery::astro {

/// What a transfer goes to: Mars (ERFA's planetary theory) or a small body on its elements.
using TransferTarget = std::variant<Body, OrbitalElements>;

/// Where the target is at `epoch`; refused outside the years its ephemeris holds.
Expected<StateVector, std::string> targetState(const TransferTarget& target, const Epoch& epoch);

/// The moment 00:00 UTC of a calendar day begins, as TDB.
Expected<Epoch, std::string> epochOfDay(std::chrono::sys_days day);

/// The days transfers can be worked out for: Earth's ephemeris (eraEpv00) answers within a
/// century of J2000, from 1900-01-01 12:00 to 2100-01-01 12:00 TT, and launches and arrivals
/// are taken at 00:00 UTC of their days.
inline constexpr std::chrono::sys_days kFirstTransferDay{std::chrono::year{1900} / 1 / 2};
inline constexpr std::chrono::sys_days kLastTransferDay{std::chrono::year{2099} / 12 / 31};
/// The last launch day whose flights of up to `longestFlight` days can be worked out.
constexpr std::chrono::sys_days lastLaunchDay(int longestFlight) {
    return kLastTransferDay - std::chrono::days{longestFlight};
}

/// A direct transfer (less than one revolution, prograde).
struct Transfer {
    /// Launch energy: the square of the hyperbolic excess speed at Earth, km^2/s^2.
    double c3 = 0;
    /// Hyperbolic excess speed at arrival, km/s.
    double arrivalVInfinity = 0;
};

/// The direct transfer between Earth's state at departure and the target's at arrival,
/// `timeOfFlight` days apart; nothing when Lambert's problem has no solution (the two
/// places on one line through the Sun).
std::optional<Transfer> directTransfer(const StateVector& earthAtDeparture,
                                       const StateVector& targetAtArrival, double timeOfFlight);

/// The departure days and flight times a porkchop plot covers, each on a whole-day step.
struct PorkchopSpan {
    std::chrono::sys_days firstDeparture;
    int departures = 0;
    int departureStep = 1;
    int shortestFlight = 0;
    int flights = 0;
    int flightStep = 1;

    std::chrono::sys_days departure(int index) const {
        return firstDeparture + std::chrono::days{index * departureStep};
    }
    int flight(int index) const { return shortestFlight + index * flightStep; }
};

/// C3 and arrival v-infinity over a span, departure by departure: values[departure *
/// flights + flight]. NaN where no transfer exists.
struct Porkchop {
    PorkchopSpan span;
    std::vector<float> c3;
    std::vector<float> arrivalVInfinity;

    float c3At(int departure, int flight) const {
        return c3[static_cast<std::size_t>(departure * span.flights + flight)];
    }
    float arrivalVInfinityAt(int departure, int flight) const {
        return arrivalVInfinity[static_cast<std::size_t>(departure * span.flights + flight)];
    }
};

/// Refused for an empty or oversized span (more than 4 million cells), steps below one day,
/// flights not above zero, or days outside the ephemerides' years.
Expected<Porkchop, std::string> computePorkchop(const TransferTarget& target,
                                                const PorkchopSpan& span);

/// What a launch may ask for: the launcher's C3 and the flight times considered.
struct LaunchLimits {
    double c3Max = 0;
    int shortestFlight = 0;
    int longestFlight = 0;

    friend bool operator==(const LaunchLimits&, const LaunchLimits&) = default;
};

/// A span of launch days on which some flight time within the limits needs a C3 under the
/// limit, and the cheapest launch in it.
struct Opportunity {
    std::chrono::sys_days opens;
    std::chrono::sys_days closes;
    std::chrono::sys_days bestDeparture;
    int bestFlight = 0;
    double minimumC3 = 0;
    double arrivalVInfinity = 0;

    std::chrono::sys_days bestArrival() const {
        return bestDeparture + std::chrono::days{bestFlight};
    }
    bool contains(std::chrono::sys_days day) const { return opens <= day && day <= closes; }

    friend bool operator==(const Opportunity&, const Opportunity&) = default;
};

/// The opportunities whose launch days meet [from, to], in order, each whole (followed past
/// the span as far as nine years). Departures are sampled every four days with flight times
/// every four days, then the edges are walked to the day with every flight time, and the
/// best launch found to the day and its flight to the day; for a span of years, the best
/// within 400 days of [from, to] (docs/analysis.md). Refused outside 1900-2100.
Expected<std::vector<Opportunity>, std::string> findOpportunities(const TransferTarget& target,
                                                                  std::chrono::sys_days from,
                                                                  std::chrono::sys_days to,
                                                                  const LaunchLimits& limits);

} // namespace orrery::astro
