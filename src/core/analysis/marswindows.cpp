#include <orrery/analysis/marswindows.h>

#include <cmath>

namespace orrery {

using namespace mars_windows;

MarsOpportunity nearestMarsOpportunity(std::chrono::sys_days day) {
    const double offset = static_cast<double>((day - kAnchor).count());
    const double cycles = std::round(offset / kSynodicPeriodDays);
    const auto predicted =
        kAnchor + std::chrono::days{static_cast<int>(std::lround(cycles * kSynodicPeriodDays))};
    return {predicted - std::chrono::days{kToleranceDays}, predicted,
            predicted + std::chrono::days{kToleranceDays}};
}

bool canLaunchToMars(std::chrono::sys_days first, std::chrono::sys_days last) {
    // Opportunities are 181 days long and 780 apart: one interval of a few months meets at
    // most the nearest opportunity of its ends.
    for (const auto day : {first, last}) {
        const MarsOpportunity opportunity = nearestMarsOpportunity(day);
        if (first <= opportunity.closes && last >= opportunity.opens) {
            return true;
        }
    }
    // A whole year is longer than a gap between opportunities; check its middle too.
    const auto middle = first + (last - first) / 2;
    const MarsOpportunity opportunity = nearestMarsOpportunity(middle);
    return first <= opportunity.closes && last >= opportunity.opens;
}

} // namespace orrery
