// Speed of the interchange formats on generated roadmaps: an agency's MS Project schedule of
// 10,000 tasks must import in well under two seconds. Run:
//   build/bin/bench_interchange
// The figures and the machine are in docs/performance.md.

#include "generated.h"

#include <orrery/io/csv.h>
#include <orrery/io/icalendar.h>
#include <orrery/io/import.h>
#include <orrery/io/mspdi.h>

#include <benchmark/benchmark.h>

namespace {

using namespace orrery;

using bench::roadmapOf;

/// The MS Project XML of a generated roadmap: a summary task per lane, a task per mission
/// with its links, its custom fields and notes, as an agency's file has them.
const std::string& mspdiOf(std::int64_t missions) {
    static std::map<std::int64_t, std::string> texts;
    auto [found, added] = texts.try_emplace(missions);
    if (added) {
        found->second = toMspdi(roadmapOf(missions));
    }
    return found->second;
}

/// From the file's text to the roadmap: parse, map the tasks, build the roadmap.
void importMspdi(benchmark::State& state) {
    const std::string& text = mspdiOf(state.range(0));
    for (auto _ : state) {
        const auto project = readMspdi(text);
        ImportedPlan plan = missionsFromMspdi(*project, suggestedMapping(*project));
        dropUnknownPrerequisites(plan);
        Roadmap roadmap = roadmapFromImport(std::move(plan), "Imported");
        benchmark::DoNotOptimize(roadmap);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
    state.counters["tasks"] = static_cast<double>(state.range(0));
}

void parseMspdiOnly(benchmark::State& state) {
    const std::string& text = mspdiOf(state.range(0));
    for (auto _ : state) {
        auto project = readMspdi(text);
        benchmark::DoNotOptimize(project);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void exportMspdi(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    for (auto _ : state) {
        auto text = toMspdi(roadmap);
        benchmark::DoNotOptimize(text);
    }
}

void importCsv(benchmark::State& state) {
    const std::string text = toMissionCsv(roadmapOf(state.range(0)));
    for (auto _ : state) {
        ImportedPlan plan = readMissionCsv(text);
        dropUnknownPrerequisites(plan);
        Roadmap roadmap = roadmapFromImport(std::move(plan), "Imported");
        benchmark::DoNotOptimize(roadmap);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void exportCsv(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    for (auto _ : state) {
        auto text = toMissionCsv(roadmap);
        benchmark::DoNotOptimize(text);
    }
}

void exportCalendar(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    for (auto _ : state) {
        auto text = toICalendar(roadmap);
        benchmark::DoNotOptimize(text);
    }
}

} // namespace

BENCHMARK(importMspdi)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(parseMspdiOnly)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(exportMspdi)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(importCsv)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(exportCsv)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(exportCalendar)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
