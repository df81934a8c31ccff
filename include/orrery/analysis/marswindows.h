#pragma once

#include <chrono>

namespace orrery {

/// Earth-Mars transfer opportunities, modelled as recurring every synodic period.
///
/// Minimum-energy transfers to Mars are possible when the planets line up, which recurs
/// every synodic period of about 779.94 days (26 months). The model anchors the series on
/// a documented launch, InSight's of 5 May 2018, and counts an opportunity as open from
/// 90 days before to 90 days after each predicted date. Mars's eccentric orbit makes real
/// opportunities drift around the mean by about two months; the tolerance covers every
/// Mars launch from 2001 to 2020 (the earliest relative to the model: MOM, 5 Nov 2013,
/// 82 days early) and the opportunities the GER facts derive up to 2039, while keeping the
/// 13 months between opportunities closed.
struct MarsOpportunity {
    std::chrono::sys_days opens;
    std::chrono::sys_days predicted;
    std::chrono::sys_days closes;
};

namespace mars_windows {
inline constexpr double kSynodicPeriodDays = 779.94;
inline constexpr int kToleranceDays = 90;
inline constexpr std::chrono::sys_days kAnchor{std::chrono::year{2018} / 5 / 5};
} // namespace mars_windows

/// The opportunity whose predicted date is nearest to `day`.
MarsOpportunity nearestMarsOpportunity(std::chrono::sys_days day);

/// Whether a launch some time in [first, last] can fall inside an opportunity.
bool canLaunchToMars(std::chrono::sys_days first, std::chrono::sys_days last);

} // namespace orrery
