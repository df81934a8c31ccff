#include <orrery/analysis/launchwindows.h>

#include <algorithm>
#include <map>
#include <mutex>

namespace orrery {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year;

constexpr int kBlockYears = 4;

struct CacheEntry {
    astro::TransferTarget target;
    astro::LaunchLimits limits;
    /// Opportunities that meet each block of years, by the block's first year.
    std::map<int, std::vector<astro::Opportunity>> blocks;
};

std::mutex& cacheMutex() {
    static std::mutex mutex;
    return mutex;
}

std::vector<CacheEntry>& cache() {
    static std::vector<CacheEntry> entries;
    return entries;
}

int blockOf(sys_days day) {
    const int calendarYear = static_cast<int>(std::chrono::year_month_day{day}.year());
    return astro::kFirstTransferYear +
           (calendarYear - astro::kFirstTransferYear) / kBlockYears * kBlockYears;
}

sys_days latestLaunch(const astro::LaunchLimits& limits) {
    return sys_days{year{astro::kLastTransferYear} / 12 / 31} - days{limits.longestFlight};
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
    return first >= sys_days{year{astro::kFirstTransferYear} / 1 / 1} &&
           last <= latestLaunch(target.limits);
}

Expected<std::vector<astro::Opportunity>, std::string>
cachedOpportunities(const LaunchTarget& target, sys_days from, sys_days to) {
    if (to < from) {
        return make_unexpected(std::string("the span ends before it starts"));
    }
    if (!ephemerisCovers(target, from, to)) {
        return make_unexpected(std::string("launches are worked out from 1900 to 2100 only, "
                                           "the years of ERFA's Earth ephemeris"));
    }
    std::lock_guard lock(cacheMutex());
    auto& entries = cache();
    auto entry = std::find_if(entries.begin(), entries.end(), [&](const CacheEntry& candidate) {
        return candidate.limits == target.limits && candidate.target == target.target;
    });
    if (entry == entries.end()) {
        entries.push_back({target.target, target.limits, {}});
        entry = std::prev(entries.end());
    }
    std::vector<astro::Opportunity> found;
    for (int block = blockOf(from); block <= blockOf(to); block += kBlockYears) {
        auto cached = entry->blocks.find(block);
        if (cached == entry->blocks.end()) {
            const sys_days blockStart{year{block} / 1 / 1};
            const sys_days blockEnd = std::min(sys_days{year{block + kBlockYears - 1} / 12 / 31},
                                               latestLaunch(target.limits));
            auto scanned =
                astro::findOpportunities(target.target, blockStart, blockEnd, target.limits);
            if (!scanned) {
                return make_unexpected(std::move(scanned.error()));
            }
            cached = entry->blocks.emplace(block, std::move(*scanned)).first;
        }
        for (const astro::Opportunity& opportunity : cached->second) {
            // One that spans two blocks is found in both: keep the first finding.
            if (opportunity.closes >= from && opportunity.opens <= to &&
                (found.empty() || opportunity.opens > found.back().closes)) {
                found.push_back(opportunity);
            }
        }
    }
    return found;
}

astro::PorkchopSpan porkchopSpanAround(const LaunchTarget& target, sys_days first, sys_days last,
                                       int departureCells, int flightCells) {
    const days margin{120};
    const sys_days earliest{year{astro::kFirstTransferYear} / 1 / 1};
    const sys_days start = std::clamp(first - margin, earliest, latestLaunch(target.limits));
    const sys_days end = std::clamp(last + margin, start, latestLaunch(target.limits));
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
    while (span.departures > 1 &&
           span.departure(span.departures - 1) > latestLaunch(target.limits)) {
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
