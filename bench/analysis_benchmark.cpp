// Speed of the checks on generated roadmaps. Run:
//   build/bin/bench_analysis
// The figures and the machine are in docs/performance.md.

#include <orrery/analysis/analysis.h>
#include <orrery/generator.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <benchmark/benchmark.h>

#include <map>

namespace {

using namespace orrery;

/// One generated roadmap per size, shared by the benchmarks (generation is not measured).
const Roadmap& roadmapOf(std::int64_t missions) {
    static std::map<std::int64_t, Roadmap> cache;
    auto found = cache.find(missions);
    if (found == cache.end()) {
        found =
            cache.emplace(missions, generateRoadmap({static_cast<std::size_t>(missions), 2026, 0}))
                .first;
    }
    return found->second;
}

void fullAnalysis(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    for (auto _ : state) {
        Analysis analysis = analyzeRoadmap(roadmap);
        benchmark::DoNotOptimize(analysis);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void findingsOnly(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    for (auto _ : state) {
        auto findings = checkFeasibility(roadmap);
        benchmark::DoNotOptimize(findings);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void scheduleOnly(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    for (auto _ : state) {
        auto schedule = computeSchedule(roadmap);
        benchmark::DoNotOptimize(schedule);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void impactQuery(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    // A mission a fifth of the way in: many missions downstream of it.
    const std::string id = roadmap.missions[roadmap.missions.size() / 5].id;
    for (auto _ : state) {
        auto report = assessImpact(roadmap, id, 6);
        benchmark::DoNotOptimize(report);
    }
}

void loadFromText(benchmark::State& state) {
    const std::string text = toCanonicalJson(roadmapOf(state.range(0)));
    for (auto _ : state) {
        auto loaded = parseRoadmap(text, "generated.roadmap.json");
        benchmark::DoNotOptimize(loaded);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void saveToText(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    for (auto _ : state) {
        auto text = toCanonicalJson(roadmap);
        benchmark::DoNotOptimize(text);
    }
}

} // namespace

BENCHMARK(fullAnalysis)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(findingsOnly)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(scheduleOnly)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(impactQuery)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(loadFromText)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(saveToText)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
