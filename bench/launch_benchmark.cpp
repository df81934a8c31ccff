// Speed of the launch-window work: porkchop grids, opportunities worked out afresh, and the
// outside-launch-window check over many missions once the opportunities are cached. Run:
//   build/bin/bench_launch
// The figures and the machine are in docs/performance.md.

#include <orrery/analysis/feasibility.h>
#include <orrery/analysis/launchwindows.h>
#include <orrery/astro/transfer.h>
#include <orrery/roadmap.h>

#include <benchmark/benchmark.h>
#include <fmt/chrono.h>
#include <fmt/format.h>

#include <random>

namespace {

using namespace orrery;
using std::chrono::sys_days;
using std::chrono::year;

/// 101955 Bennu, JPL Horizons (solution of 2021-01-07), epoch 2011-01-01.0 TDB.
const astro::OrbitalElements kBennu{2455562.5,        1.126391025894812, 0.2037450762416414,
                                    6.03494377024794, 2.06086619569642,  66.22306084084298,
                                    101.7039520024729};

/// A 400 x 300 grid: a launch every day for 400 days, flights of 100 to 399 days.
void porkchopGrid(benchmark::State& state) {
    const astro::TransferTarget target = state.range(0) == 0
                                             ? astro::TransferTarget(astro::Body::Mars)
                                             : astro::TransferTarget(kBennu);
    const astro::PorkchopSpan span{sys_days{year{2026} / 5 / 1}, 400, 1, 100, 300, 1};
    for (auto _ : state) {
        auto grid = astro::computePorkchop(target, span);
        benchmark::DoNotOptimize(grid);
    }
    state.SetItemsProcessed(state.iterations() * 400 * 300);
    state.SetLabel(state.range(0) == 0 ? "Mars" : "Bennu");
}

/// Fifteen years of Mars opportunities, nothing cached.
void marsOpportunities(benchmark::State& state) {
    for (auto _ : state) {
        auto found = astro::findOpportunities(astro::Body::Mars, sys_days{year{2026} / 1 / 1},
                                              sys_days{year{2040} / 12 / 31}, kMarsLaunchLimits);
        benchmark::DoNotOptimize(found);
    }
}

/// `count` missions launching on random days of 2025-2060, to Mars (surface and orbit) and
/// to Bennu, or (`withLaunches` false) the same to the Moon, where no launch is checked.
Roadmap launches(std::size_t count, bool withLaunches) {
    Roadmap roadmap;
    roadmap.title = "Launches";
    roadmap.asOf = *Date::parse("2025-01");
    roadmap.agencies.append({"NASA", "NASA", "United States", "#1A3D8F", {}});
    roadmap.destinations.append(laneNamed("mars", "Mars surface", CelestialBody::Mars));
    roadmap.destinations.append(laneNamed("moon", "Moon", CelestialBody::Moon));
    Destination bennu = laneNamed("bennu", "Asteroid Bennu", CelestialBody::Asteroid);
    bennu.orbit = Orbit{kBennu, "JPL Horizons", {}};
    roadmap.destinations.append(bennu);
    std::mt19937 random(2026);
    for (std::size_t i = 0; i < count; ++i) {
        Mission mission;
        mission.id = fmt::format("m{:06}", i);
        mission.name = mission.id;
        mission.lead = "NASA";
        mission.destination = !withLaunches ? "moon" : i % 3 == 2 ? "bennu" : "mars";
        const int day = static_cast<int>(random() % (35 * 365));
        const auto date = sys_days{year{2025} / 1 / 1} + std::chrono::days{day};
        const std::chrono::year_month_day ymd{date};
        // A third to the day, a third to the month, a third to the year.
        mission.start =
            *Date::parse(i % 3 == 0   ? fmt::format("{:%Y-%m-%d}", date)
                         : i % 3 == 1 ? fmt::format("{:%Y-%m}", date)
                                      : fmt::format("{}", static_cast<int>(ymd.year())));
        roadmap.missions.append(std::move(mission));
    }
    return roadmap;
}

/// Every check of 10,000 missions; with launches to Mars and Bennu, after one run has cached
/// their opportunities, and without: the difference is the launch-window check.
void checkLaunches(benchmark::State& state) {
    const Roadmap roadmap = launches(static_cast<std::size_t>(state.range(0)), state.range(1) != 0);
    benchmark::DoNotOptimize(checkFeasibility(roadmap)); // fills the cache
    for (auto _ : state) {
        auto findings = checkFeasibility(roadmap);
        benchmark::DoNotOptimize(findings);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetLabel(state.range(1) != 0 ? "launches checked" : "no launch to check");
}

} // namespace

BENCHMARK(porkchopGrid)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(marsOpportunities)->Unit(benchmark::kMillisecond);
BENCHMARK(checkLaunches)
    ->Args({1000, 1})
    ->Args({1000, 0})
    ->Args({10000, 1})
    ->Args({10000, 0})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
