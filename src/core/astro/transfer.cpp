#include <orrery/astro/transfer.h>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace orrery::astro {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr double kKilometresPerSecondPerAuDay = kKilometresPerAu / 86400.0;
constexpr std::size_t kMostPorkchopCells = 4'000'000;
/// How far before and after the asked span departures are scanned, so that an opportunity
/// open at its start or end is found whole.
constexpr int kScanMarginDays = 400;
constexpr int kWidestScanMarginDays = 3200;
constexpr int kCoarseStep = 4;
/// How far above the limit a coarse sample's cheapest launch may be and still hide a short
/// opportunity between the samples (the coarse grid of flight times overestimates the
/// cheapest by a few per cent).
constexpr double kNearMiss = 1.3;

std::optional<std::string> outsideTransferDays(sys_days day) {
    if (day < kFirstTransferDay || day > kLastTransferDay) {
        return fmt::format("{:%Y-%m-%d}: transfers are worked out from {:%Y-%m-%d} to "
                           "{:%Y-%m-%d} only, the days ERFA's Earth ephemeris answers for",
                           day, kFirstTransferDay, kLastTransferDay);
    }
    return std::nullopt;
}

/// Earth's and the target's states by day from a first day, each worked out once: a
/// porkchop or a scan for opportunities meets the same arrival days from many departures.
class TransferSampler {
public:
    TransferSampler(const TransferTarget& target, sys_days first, int dayCount, Epoch base)
        : m_target(target), m_first(first), m_base(base),
          m_earth(static_cast<std::size_t>(dayCount)),
          m_arrival(static_cast<std::size_t>(dayCount)) {}

    int dayIndex(sys_days day) const { return static_cast<int>((day - m_first).count()); }
    int dayCount() const { return static_cast<int>(m_earth.size()); }

    std::optional<Transfer> transfer(int departure, int flight) {
        const StateVector* earth = earthAt(departure);
        const StateVector* target = targetAt(departure + flight);
        if (!earth || !target) {
            return std::nullopt;
        }
        return directTransfer(*earth, *target, flight);
    }

    struct Cheapest {
        double c3 = std::numeric_limits<double>::infinity();
        int flight = 0;
        double arrivalVInfinity = 0;
    };
    /// The cheapest launch on a day over flight times from `shortest` to `longest`; the
    /// first at most `enough`, when one is (the day is open: how open does not matter).
    Cheapest cheapest(int departure, int shortest, int longest, int step,
                      double enough = -std::numeric_limits<double>::infinity()) {
        Cheapest best;
        for (int flight = shortest; flight <= longest; flight += step) {
            if (const auto found = transfer(departure, flight); found && found->c3 < best.c3) {
                best = {found->c3, flight, found->arrivalVInfinity};
                if (best.c3 <= enough) {
                    break;
                }
            }
        }
        return best;
    }

    /// From a launch day and flight, the cheapest reached by steps of a day in either or
    /// both (a valley of C3 runs along a fixed arrival date as often as along a launch day),
    /// launch days kept within [firstDay, lastDay] and flights within the limits.
    std::pair<int, Cheapest> descend(int day, Cheapest at, int firstDay, int lastDay, int shortest,
                                     int longest) {
        for (bool moved = true; moved;) {
            moved = false;
            const int fromDay = day;
            const int fromFlight = at.flight;
            for (int dDay = -1; dDay <= 1; ++dDay) {
                for (int dFlight = -1; dFlight <= 1; ++dFlight) {
                    const int nextDay = fromDay + dDay;
                    const int nextFlight = fromFlight + dFlight;
                    if ((dDay == 0 && dFlight == 0) || nextDay < firstDay || nextDay > lastDay ||
                        nextFlight < shortest || nextFlight > longest) {
                        continue;
                    }
                    if (const auto found = transfer(nextDay, nextFlight);
                        found && found->c3 < at.c3) {
                        at = {found->c3, nextFlight, found->arrivalVInfinity};
                        day = nextDay;
                        moved = true;
                    }
                }
            }
        }
        return {day, at};
    }

private:
    const StateVector* earthAt(int index) {
        auto& slot = m_earth[static_cast<std::size_t>(index)];
        if (!slot.known) {
            slot.known = true;
            if (auto state = heliocentricState(Body::Earth, m_base.plusDays(index))) {
                slot.state = *state;
                slot.valid = true;
            }
        }
        return slot.valid ? &slot.state : nullptr;
    }
    const StateVector* targetAt(int index) {
        auto& slot = m_arrival[static_cast<std::size_t>(index)];
        if (!slot.known) {
            slot.known = true;
            if (auto state = targetState(m_target, m_base.plusDays(index))) {
                slot.state = *state;
                slot.valid = true;
            }
        }
        return slot.valid ? &slot.state : nullptr;
    }

    struct Slot {
        StateVector state;
        bool known = false;
        bool valid = false;
    };
    const TransferTarget& m_target;
    sys_days m_first;
    Epoch m_base;
    std::vector<Slot> m_earth;
    std::vector<Slot> m_arrival;
};

/// The opportunities whose launch days meet [from, to]. Departures are sampled from `margin`
/// days before `from` to as many after `to`; an opportunity open at either end is followed
/// beyond it, as far as `reach` days, so that it comes whole (a small body's can last years).
Expected<std::vector<Opportunity>, std::string>
scanOpportunities(const TransferTarget& target, sys_days from, sys_days to,
                  const LaunchLimits& limits, sys_days earliest, sys_days latest) {
    const sys_days reachStart = std::max(earliest, from - days{kWidestScanMarginDays});
    const sys_days reachEnd = std::min(latest, to + days{kWidestScanMarginDays});
    if (from > latest || reachEnd < reachStart) {
        return std::vector<Opportunity>{};
    }
    auto base = epochOfDay(reachStart);
    if (!base) {
        return make_unexpected(std::move(base.error()));
    }
    const int reachDays = static_cast<int>((reachEnd - reachStart).count()) + 1;
    TransferSampler sampler(target, reachStart, reachDays + limits.longestFlight + 1, *base);
    const auto index = [&](sys_days day) { return static_cast<int>((day - reachStart).count()); };
    const int scanFirst = std::max(0, index(from - days{kScanMarginDays}));
    const int scanLast = std::min(reachDays - 1, index(to + days{kScanMarginDays}));
    // Coarse samples find the opportunities; their edges are then walked day by day with
    // every flight time, so that an edge is exact wherever the samples fall.
    const auto isOpen = [&](int day, int flightStep) {
        return sampler
                   .cheapest(day, limits.shortestFlight, limits.longestFlight, flightStep,
                             limits.c3Max)
                   .c3 <= limits.c3Max;
    };
    const auto cheapestIn = [&](int opensAt, int closesAt) {
        // The best few days of the coarse grid, each followed downhill to the day and the day
        // of flight: the cheapest of them.
        std::vector<std::pair<int, TransferSampler::Cheapest>> candidates;
        for (int day = opensAt; day <= closesAt; day += kCoarseStep) {
            candidates.emplace_back(day, sampler.cheapest(day, limits.shortestFlight,
                                                          limits.longestFlight, kCoarseStep));
        }
        if (candidates.empty() || candidates.back().first != closesAt) {
            candidates.emplace_back(closesAt, sampler.cheapest(closesAt, limits.shortestFlight,
                                                               limits.longestFlight, kCoarseStep));
        }
        const auto byC3 = [](const auto& a, const auto& b) { return a.second.c3 < b.second.c3; };
        const std::size_t tried = std::min<std::size_t>(3, candidates.size());
        std::partial_sort(candidates.begin(),
                          candidates.begin() + static_cast<std::ptrdiff_t>(tried), candidates.end(),
                          byC3);
        int bestDay = candidates.front().first;
        TransferSampler::Cheapest best = candidates.front().second;
        for (std::size_t i = 0; i < tried; ++i) {
            if (!std::isfinite(candidates[i].second.c3)) {
                continue;
            }
            const auto [day, reached] =
                sampler.descend(candidates[i].first, candidates[i].second, opensAt, closesAt,
                                limits.shortestFlight, limits.longestFlight);
            if (reached.c3 < best.c3) {
                best = reached;
                bestDay = day;
            }
        }
        return Opportunity{reachStart + days{opensAt},
                           reachStart + days{closesAt},
                           reachStart + days{bestDay},
                           best.flight,
                           best.c3,
                           best.arrivalVInfinity};
    };

    std::vector<Opportunity> found;
    int lastClosed = -1;
    std::optional<int> opensAt;
    const auto close = [&](int closesAt) {
        if (reachStart + days{closesAt} >= from && reachStart + days{*opensAt} <= to) {
            // The cheapest launch of a span that lasts years is sought near the days asked.
            Opportunity opportunity =
                cheapestIn(std::max(*opensAt, scanFirst), std::min(closesAt, scanLast));
            opportunity.opens = reachStart + days{*opensAt};
            opportunity.closes = reachStart + days{closesAt};
            found.push_back(opportunity);
        }
        lastClosed = closesAt;
        opensAt.reset();
    };
    const auto walkBack = [&](int first) {
        while (first - 1 > lastClosed && first - 1 >= 0 && isOpen(first - 1, 1)) {
            --first;
        }
        return first;
    };
    const auto walkForward = [&](int last) {
        while (last + 1 < reachDays && isOpen(last + 1, 1)) {
            ++last;
        }
        return last;
    };
    // Closed samples, the last two: one cheaper than both its neighbours and near the limit
    // may hide an opportunity of a few days between the samples.
    struct Sample {
        int day;
        TransferSampler::Cheapest cheapest;
    };
    std::optional<Sample> beforeLast;
    std::optional<Sample> last;
    int day = scanFirst;
    for (; day <= scanLast; day += kCoarseStep) {
        if (day <= lastClosed) {
            continue; // the last opportunity's edge was walked past this sample
        }
        const auto sample = sampler.cheapest(day, limits.shortestFlight, limits.longestFlight,
                                             kCoarseStep, limits.c3Max);
        const bool open = sample.c3 <= limits.c3Max;
        if (open && !opensAt) {
            int first = day;
            while (first - kCoarseStep > lastClosed && first - kCoarseStep >= 0 &&
                   isOpen(first - kCoarseStep, kCoarseStep)) {
                first -= kCoarseStep;
            }
            opensAt = walkBack(first);
        } else if (!open && opensAt) {
            // A coarse sample may miss the few days at an edge that only some flight times
            // open: the walk goes on past it.
            close(walkForward(day - kCoarseStep));
        } else if (!open && beforeLast && last && last->cheapest.c3 <= beforeLast->cheapest.c3 &&
                   last->cheapest.c3 <= sample.c3 &&
                   last->cheapest.c3 <= limits.c3Max * kNearMiss + 0.5) {
            const auto [bottomDay, bottom] =
                sampler.descend(last->day, last->cheapest, std::max(0, last->day - kCoarseStep),
                                std::min(reachDays - 1, last->day + kCoarseStep),
                                limits.shortestFlight, limits.longestFlight);
            if (bottom.c3 <= limits.c3Max && bottomDay > lastClosed) {
                opensAt = walkBack(bottomDay);
                close(walkForward(bottomDay));
            }
        }
        beforeLast = last;
        last = open ? std::nullopt : std::optional<Sample>(Sample{day, sample});
        if (open) {
            beforeLast.reset();
        }
    }
    if (opensAt) {
        int lastOpen = day - kCoarseStep;
        while (lastOpen + kCoarseStep < reachDays && isOpen(lastOpen + kCoarseStep, kCoarseStep)) {
            lastOpen += kCoarseStep;
        }
        close(walkForward(lastOpen));
    }
    return found;
}

} // namespace

Expected<StateVector, std::string> targetState(const TransferTarget& target, const Epoch& epoch) {
    if (const auto* body = std::get_if<Body>(&target)) {
        return heliocentricState(*body, epoch);
    }
    return stateOf(std::get<OrbitalElements>(target), epoch);
}

Expected<Epoch, std::string> epochOfDay(sys_days day) {
    const std::chrono::year_month_day date{day};
    return epochFromUtc(static_cast<int>(date.year()), static_cast<int>(unsigned(date.month())),
                        static_cast<int>(unsigned(date.day())));
}

std::optional<Transfer> directTransfer(const StateVector& earthAtDeparture,
                                       const StateVector& targetAtArrival, double timeOfFlight) {
    const auto solutions = solveLambert({earthAtDeparture.position, targetAtArrival.position,
                                         timeOfFlight, kSunMuAuDay, Direction::Prograde, 0});
    if (!solutions || solutions->empty()) {
        return std::nullopt;
    }
    const LambertSolution& direct = solutions->front();
    const double departure =
        norm(direct.departureVelocity - earthAtDeparture.velocity) * kKilometresPerSecondPerAuDay;
    const double arrival =
        norm(direct.arrivalVelocity - targetAtArrival.velocity) * kKilometresPerSecondPerAuDay;
    return Transfer{departure * departure, arrival};
}

Expected<Porkchop, std::string> computePorkchop(const TransferTarget& target,
                                                const PorkchopSpan& span) {
    if (span.departures <= 0 || span.flights <= 0) {
        return make_unexpected(std::string("a porkchop needs at least one departure and flight"));
    }
    if (span.departureStep < 1 || span.flightStep < 1) {
        return make_unexpected(std::string("steps are whole days, at least one"));
    }
    if (span.shortestFlight < 1) {
        return make_unexpected(std::string("flights last at least a day"));
    }
    if (static_cast<std::size_t>(span.departures) * static_cast<std::size_t>(span.flights) >
        kMostPorkchopCells) {
        return make_unexpected(fmt::format("{} x {} cells is more than a porkchop holds ({})",
                                           span.departures, span.flights, kMostPorkchopCells));
    }
    if (const auto* elements = std::get_if<OrbitalElements>(&target)) {
        if (auto problem = ellipseProblem(*elements)) {
            return make_unexpected(std::move(*problem));
        }
    }
    const sys_days last = span.departure(span.departures - 1);
    if (auto problem = outsideTransferDays(span.firstDeparture)) {
        return make_unexpected(std::move(*problem));
    }
    if (auto problem = outsideTransferDays(last + days{span.flight(span.flights - 1)})) {
        return make_unexpected(std::move(*problem));
    }
    auto base = epochOfDay(span.firstDeparture);
    if (!base) {
        return make_unexpected(std::move(base.error()));
    }
    const int dayCount =
        static_cast<int>((last - span.firstDeparture).count()) + span.flight(span.flights - 1) + 1;
    TransferSampler sampler(target, span.firstDeparture, dayCount, *base);
    Porkchop porkchop{span, {}, {}};
    const auto cells = static_cast<std::size_t>(span.departures * span.flights);
    porkchop.c3.assign(cells, std::numeric_limits<float>::quiet_NaN());
    porkchop.arrivalVInfinity.assign(cells, std::numeric_limits<float>::quiet_NaN());
    for (int departure = 0; departure < span.departures; ++departure) {
        const int day = departure * span.departureStep;
        for (int flight = 0; flight < span.flights; ++flight) {
            if (const auto found = sampler.transfer(day, span.flight(flight))) {
                const auto cell = static_cast<std::size_t>(departure * span.flights + flight);
                porkchop.c3[cell] = static_cast<float>(found->c3);
                porkchop.arrivalVInfinity[cell] = static_cast<float>(found->arrivalVInfinity);
            }
        }
    }
    return porkchop;
}

Expected<std::vector<Opportunity>, std::string> findOpportunities(const TransferTarget& target,
                                                                  sys_days from, sys_days to,
                                                                  const LaunchLimits& limits) {
    if (to < from) {
        return make_unexpected(std::string("the span ends before it starts"));
    }
    if (limits.shortestFlight < 1 || limits.longestFlight < limits.shortestFlight) {
        return make_unexpected(
            fmt::format("flight times from {} to {} days: the shortest must be at least a day "
                        "and not above the longest",
                        limits.shortestFlight, limits.longestFlight));
    }
    if (!(limits.c3Max > 0) || !std::isfinite(limits.c3Max)) {
        return make_unexpected(
            fmt::format("the C3 limit must be above zero, not {}", limits.c3Max));
    }
    if (const auto* elements = std::get_if<OrbitalElements>(&target)) {
        if (auto problem = ellipseProblem(*elements)) {
            return make_unexpected(std::move(*problem));
        }
    }
    const sys_days earliest = kFirstTransferDay;
    const sys_days latest = lastLaunchDay(limits.longestFlight);
    if (from < earliest || to > latest) {
        return make_unexpected(fmt::format(
            "{:%Y-%m-%d} to {:%Y-%m-%d}: launches are worked out from {:%Y-%m-%d} to "
            "{:%Y-%m-%d} for flights of up to {} days, the days ERFA's Earth ephemeris answers "
            "for",
            from, to, earliest, latest, limits.longestFlight));
    }
    return scanOpportunities(target, from, to, limits, earliest, latest);
}

} // namespace orrery::astro
