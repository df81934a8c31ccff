// Speed of the checks on generated roadmaps. Run:
//   build/bin/bench_analysis
// The figures and the machine are in docs/performance.md.

#include "generated.h"
#include "io/readpaths.h"
#include "io/schemacheck.h"

#include <orrery/analysis/analysis.h>
#include <orrery/analysis/scenarios.h>
#include <orrery/diff.h>
#include <orrery/generator.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>
#include <orrery/merge.h>
#include <orrery/resolution.h>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace {

using namespace orrery;

using bench::roadmapOf;

void fullAnalysis(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    for (auto _ : state) {
        Analysis analysis = analyzeRoadmap(roadmap);
        benchmark::DoNotOptimize(analysis);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

/// The same roadmaps without goals, objectives and knowledge gaps: what their checks add is
/// fullAnalysis minus this.
void fullAnalysisWithoutPurpose(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0), false);
    for (auto _ : state) {
        Analysis analysis = analyzeRoadmap(roadmap);
        benchmark::DoNotOptimize(analysis);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

/// The roadmap with three scenarios of the sizes a pathway study has: one moves a tenth of
/// the missions a year later, one drops one in a hundred and adds a hundred of its own, one
/// rewires the prerequisites of one in twenty.
Roadmap withThreeScenarios(Roadmap roadmap) {
    const std::size_t count = roadmap.missions.size();
    Scenario later{"later", "Later", "ISECG", {}, {}, {}, {}, {}, {}};
    Scenario leaner{"leaner", "Leaner", "ISECG", {}, {}, {}, {}, {}, {}};
    Scenario rewired{"rewired", "Rewired", "ISECG", {}, {}, {}, {}, {}, {}};
    for (std::size_t i = 0; i < count; ++i) {
        const Mission& mission = roadmap.missions[i];
        if (i % 10 == 3) {
            const Mission moved = shiftedMission(mission, 12);
            MissionOverride change{mission.id, {"start", "end"}, moved, {}};
            later.changes.push_back(std::move(change));
        }
        if (i % 100 == 7) {
            leaner.drops.push_back(mission.id);
        }
        if (i % 20 == 11 && i > 0) {
            Mission values = mission;
            values.prerequisites = {Prerequisite{roadmap.missions[i / 2].id, {}, 0, {}, {}}};
            rewired.changes.push_back({mission.id, {"requires"}, std::move(values), {}});
        }
    }
    for (std::size_t i = 0; i < 100 && i < count; ++i) {
        Mission own = roadmap.missions[i * (count / 100)];
        own.id = "leaner-" + std::to_string(i);
        leaner.adds.append(std::move(own));
    }
    roadmap.scenarios.append(std::move(later));
    roadmap.scenarios.append(std::move(leaner));
    roadmap.scenarios.append(std::move(rewired));
    return roadmap;
}

/// The comparison view's work: the plan and three scenarios, each resolved and analysed.
void compareThreeScenarios(benchmark::State& state) {
    const Roadmap roadmap = withThreeScenarios(roadmapOf(state.range(0)));
    for (auto _ : state) {
        ScenarioComparison comparison = compareScenarios(roadmap);
        benchmark::DoNotOptimize(comparison);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

/// Resolving one scenario: what switching to it costs before its analysis.
void resolveOneScenario(benchmark::State& state) {
    const Roadmap roadmap = withThreeScenarios(roadmapOf(state.range(0)));
    for (auto _ : state) {
        auto resolved = resolveScenario(roadmap, "leaner");
        benchmark::DoNotOptimize(resolved);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

/// Recording an edit of a shown scenario back into it: what each edit inside one costs.
void recordEditInScenario(benchmark::State& state) {
    const Roadmap roadmap = withThreeScenarios(roadmapOf(state.range(0)));
    const Roadmap shown = *resolveScenario(roadmap, "later");
    for (auto _ : state) {
        Roadmap recorded = recordInScenario(roadmap, "later", shown.missions);
        benchmark::DoNotOptimize(recorded);
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

void findingsWithoutPurpose(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0), false);
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

// Reading, path by path and phase by phase. loadFromText is what every caller gets: the
// fast path, which on these valid files reads them all. The fast path parses, checks the
// schema and builds the model in one walk; fastParseOnly is its parse alone (simdjson's
// structural index and a walk that skips every value), so the walk costs the difference.
// The precise path's phases are separate: nlohmann/json's parse, the valijson schema
// check, and the rest (the model) is loadPrecise minus the two.

void fastReadPath(benchmark::State& state) {
    const std::string text = toCanonicalJson(roadmapOf(state.range(0)));
    for (auto _ : state) {
        auto loaded = read_paths::readFast(text, text.size(), {});
        if (!loaded) {
            state.SkipWithError("the fast path left a valid file");
            return;
        }
        benchmark::DoNotOptimize(loaded);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void fastParseOnly(benchmark::State& state) {
    const simdjson::padded_string text(toCanonicalJson(roadmapOf(state.range(0))));
    simdjson::ondemand::parser parser;
    for (auto _ : state) {
        simdjson::ondemand::document document = parser.iterate(text);
        simdjson::ondemand::array missions = document["missions"].get_array();
        auto count = missions.count_elements();
        benchmark::DoNotOptimize(count);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void preciseReadPath(benchmark::State& state) {
    const std::string text = toCanonicalJson(roadmapOf(state.range(0)));
    for (auto _ : state) {
        auto loaded = read_paths::readPrecisely(text, "generated.roadmap.json", {});
        benchmark::DoNotOptimize(loaded);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void preciseParseOnly(benchmark::State& state) {
    const std::string text = toCanonicalJson(roadmapOf(state.range(0)));
    for (auto _ : state) {
        auto document = nlohmann::json::parse(text);
        benchmark::DoNotOptimize(document);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void preciseSchemaOnly(benchmark::State& state) {
    const auto document = nlohmann::json::parse(toCanonicalJson(roadmapOf(state.range(0))));
    for (auto _ : state) {
        auto violations = schema_check::validate(document, 50);
        benchmark::DoNotOptimize(violations);
    }
}

/// A file whose every mission has a date that does not exist: refusing it should cost about
/// as much as reading it, however many errors there are past the reported ones.
void refuseBadDates(benchmark::State& state) {
    Roadmap roadmap = roadmapOf(state.range(0));
    std::string text = toCanonicalJson(roadmap);
    for (auto at = text.find("\"start\": \""); at != std::string::npos;
         at = text.find("\"start\": \"", at + 1)) {
        const auto value = at + 10;
        text.replace(value, text.find('"', value) - value, "2031-02-30");
    }
    if (parseRoadmap(text, "bad-dates.roadmap.json")) {
        state.SkipWithError("the file with bad dates loaded");
        return;
    }
    for (auto _ : state) {
        auto refused = parseRoadmap(text, "bad-dates.roadmap.json");
        benchmark::DoNotOptimize(refused);
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

/// The roadmap with every `every`-th mission, from `offset`, moved by half a year and given
/// new notes: an agency's draft, or the coordinator's own edits since the baseline.
Roadmap edited(const Roadmap& roadmap, std::size_t offset, std::size_t every) {
    Roadmap copy = roadmap;
    for (std::size_t i = offset; i < copy.missions.size(); i += every) {
        Mission mission = shiftedMission(copy.missions[i], 6);
        mission.notes += " Moved by half a year.";
        copy.missions.replace(i, std::move(mission));
    }
    return copy;
}

void diffOfDrafts(benchmark::State& state) {
    const Roadmap& base = roadmapOf(state.range(0));
    const Roadmap draft = edited(base, 0, 100);
    for (auto _ : state) {
        auto diff = diffRoadmaps(base, draft);
        benchmark::DoNotOptimize(diff);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void threeWayMerge(benchmark::State& state) {
    // 1 % of the missions changed on each side, a tenth of them the same missions.
    const Roadmap& base = roadmapOf(state.range(0));
    const Roadmap ours = edited(base, 0, 100);
    const Roadmap theirs = edited(base, 10, 100);
    Roadmap both = edited(theirs, 0, 1000);
    both.contribution = Contribution{
        "A", {base.title, base.edition, contentFingerprint(base), {}}, "A draft", std::nullopt, {}};
    // As a review does: the baseline fingerprinted once, not at every merge.
    MergeOptions options;
    options.baselineFingerprint = both.contribution->baseline.fingerprint;
    for (auto _ : state) {
        auto result = mergeRoadmaps(base, ours, both, options);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void fingerprint(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    for (auto _ : state) {
        auto text = contentFingerprint(roadmap);
        benchmark::DoNotOptimize(text);
    }
}

} // namespace

BENCHMARK(fullAnalysis)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(fullAnalysisWithoutPurpose)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(findingsOnly)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(findingsWithoutPurpose)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(scheduleOnly)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(impactQuery)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(loadFromText)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(fastReadPath)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(fastParseOnly)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(preciseReadPath)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(preciseParseOnly)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(preciseSchemaOnly)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(refuseBadDates)->Arg(2000)->Arg(8000)->Unit(benchmark::kMillisecond);
BENCHMARK(saveToText)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(diffOfDrafts)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(threeWayMerge)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(fingerprint)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

BENCHMARK(compareThreeScenarios)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(resolveOneScenario)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(recordEditInScenario)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
