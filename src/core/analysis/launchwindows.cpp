#include <orrery/analysis/launchwindows.h>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <future>
#include <map>
#include <mutex>

namespace orrery {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year;

constexpr int kBlockYears = 4;

using BlockResult = Expected<std::vector<astro::Opportunity>, std::string>;

struct CacheEntry {
    astro::TransferTarget target;
    astro::LaunchLimits limits;
    /// Opportunities that meet each block of years, by the block's first year: worked out by
    /// the first caller that needs the block, outside the lock, and waited for by others.
    std::map<int, std::shared_future<BlockResult>> blocks;
};

std::mutex& cacheMutex() {
    static std::mutex mutex;
    return mutex;
}

/// A deque: entries stay where they are while others are added.
std::deque<CacheEntry>& cache() {
    static std::deque<CacheEntry> entries;
    return entries;
}

int blockOf(sys_days day) {
    const int calendarYear = static_cast<int>(std::chrono::year_month_day{day}.year());
    constexpr int kFirstYear = 1900;
    return kFirstYear + (calendarYear - kFirstYear) / kBlockYears * kBlockYears;
}

} // namespace

std::optional<LaunchTarget> launchTargetOf(const Destination& destination, const Mission* mission) {
    LaunchTarget result;
    if (destination.body == CelestialBody::Mars) {
        result.target = astro::Body::Mars;
        result.limits = kMarsLaunchLimits;
        result.name = "Mars";
    } else if (destination.body == CelestialBody::Asteroid && destination.orbit &&
               !astro::ellipseProblem(destination.orbit->elements)) {
        result.target = destination.orbit->elements;
        result.limits = kAsteroidLaunchLimits;
        result.name = destination.name;
    } else {
        return std::nullopt;
    }
    if (mission && mission->c3Limit && *mission->c3Limit > 0) {
        result.limits.c3Max = *mission->c3Limit;
        result.limitSource = LimitSource::Mission;
    } else if (destination.c3Limit && *destination.c3Limit > 0) {
        result.limits.c3Max = *destination.c3Limit;
        result.limitSource = LimitSource::Destination;
    }
    return result;
}

bool ephemerisCovers(const LaunchTarget& target, sys_days first, sys_days last) {
    return first >= astro::kFirstTransferDay &&
           last <= astro::lastLaunchDay(target.limits.longestFlight);
}

Expected<std::vector<astro::Opportunity>, std::string>
cachedOpportunities(const LaunchTarget& target, sys_days from, sys_days to) {
    if (to < from) {
        return make_unexpected(std::string("the span ends before it starts"));
    }
    if (!ephemerisCovers(target, from, to)) {
        return make_unexpected(fmt::format(
            "{:%Y-%m-%d} to {:%Y-%m-%d}: launches are worked out from {:%Y-%m-%d} to "
            "{:%Y-%m-%d} for flights of up to {} days, the days ERFA's Earth ephemeris answers "
            "for",
            from, to, astro::kFirstTransferDay, astro::lastLaunchDay(target.limits.longestFlight),
            target.limits.longestFlight));
    }
    std::vector<std::shared_future<BlockResult>> wanted;
    std::vector<std::pair<int, std::promise<BlockResult>>> mine;
    {
        std::lock_guard lock(cacheMutex());
        auto& entries = cache();
        auto entry = std::find_if(entries.begin(), entries.end(), [&](const CacheEntry& candidate) {
            return candidate.limits == target.limits && candidate.target == target.target;
        });
        if (entry == entries.end()) {
            entries.push_back({target.target, target.limits, {}});
            entry = std::prev(entries.end());
        }
        for (int block = blockOf(from); block <= blockOf(to); block += kBlockYears) {
            if (const auto cached = entry->blocks.find(block); cached != entry->blocks.end()) {
                wanted.push_back(cached->second);
            } else {
                std::promise<BlockResult> promise;
                wanted.push_back(promise.get_future().share());
                entry->blocks.emplace(block, wanted.back());
                mine.emplace_back(block, std::move(promise));
            }
        }
    }
    // This caller's blocks first, then the others': no two callers wait on each other.
    for (auto& [block, promise] : mine) {
        try {
            const sys_days blockStart =
                std::max(sys_days{year{block} / 1 / 1}, astro::kFirstTransferDay);
            const sys_days blockEnd = std::min(sys_days{year{block + kBlockYears - 1} / 12 / 31},
                                               astro::lastLaunchDay(target.limits.longestFlight));
            promise.set_value(
                astro::findOpportunities(target.target, blockStart, blockEnd, target.limits));
        } catch (...) {
            promise.set_exception(std::current_exception());
        }
    }
    std::vector<astro::Opportunity> found;
    for (const auto& future : wanted) {
        const BlockResult& blockResult = future.get();
        if (!blockResult) {
            return make_unexpected(blockResult.error());
        }
        for (const astro::Opportunity& opportunity : *blockResult) {
            if (opportunity.closes < from || opportunity.opens > to) {
                continue;
            }
            // One found from two blocks, or a long one each block saw part of, is one.
            if (!found.empty() && opportunity.opens <= found.back().closes + days{1}) {
                astro::Opportunity& last = found.back();
                last.opens = std::min(last.opens, opportunity.opens);
                last.closes = std::max(last.closes, opportunity.closes);
                if (opportunity.minimumC3 < last.minimumC3) {
                    last.bestDeparture = opportunity.bestDeparture;
                    last.bestFlight = opportunity.bestFlight;
                    last.minimumC3 = opportunity.minimumC3;
                    last.arrivalVInfinity = opportunity.arrivalVInfinity;
                }
            } else {
                found.push_back(opportunity);
            }
        }
    }
    return found;
}

astro::PorkchopSpan porkchopSpanAround(const LaunchTarget& target, sys_days first, sys_days last,
                                       int departureCells, int flightCells) {
    const days margin{120};
    const sys_days earliest = astro::kFirstTransferDay;
    const sys_days start =
        std::clamp(first - margin, earliest, astro::lastLaunchDay(target.limits.longestFlight));
    const sys_days end =
        std::clamp(last + margin, start, astro::lastLaunchDay(target.limits.longestFlight));
    const int spanDays = static_cast<int>((end - start).count()) + 1;
    astro::PorkchopSpan span;
    span.firstDeparture = start;
    span.departureStep = std::max(1, (spanDays + departureCells - 1) / std::max(1, departureCells));
    span.departures = std::max(1, (spanDays + span.departureStep - 1) / span.departureStep);
    const int flightDays = target.limits.longestFlight - target.limits.shortestFlight + 1;
    span.shortestFlight = target.limits.shortestFlight;
    span.flightStep = std::max(1, (flightDays + flightCells - 1) / std::max(1, flightCells));
    span.flights = std::max(1, (flightDays + span.flightStep - 1) / span.flightStep);
    // The last departure and flight stay inside the ephemerides' years.
    while (span.departures > 1 && span.departure(span.departures - 1) >
                                      astro::lastLaunchDay(target.limits.longestFlight)) {
        --span.departures;
    }
    return span;
}

std::string_view limitSourceText(LimitSource source) {
    switch (source) {
    case LimitSource::Mission:
        return "the mission's launcher";
    case LimitSource::Destination:
        return "the destination's limit";
    case LimitSource::Body:
        break;
    }
    return "the usual limit";
}

} // namespace orrery
