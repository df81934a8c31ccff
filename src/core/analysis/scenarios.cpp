#include <orrery/analysis/analysis.h>
#include <orrery/analysis/scenarios.h>
#include <orrery/resolution.h>

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>
#include <unordered_set>

namespace orrery {
namespace {

ScenarioFigures figuresOf(const Roadmap& roadmap, const Analysis& analysis,
                          const std::string& target) {
    ScenarioFigures figures;
    figures.findings = countFindings(analysis.findings);
    const auto targetIndex = roadmap.missions.indexOf(target);
    figures.targetFlies = targetIndex.has_value();
    if (targetIndex && *targetIndex < analysis.schedule.missions.size()) {
        const MissionSchedule& scheduled = analysis.schedule.missions[*targetIndex];
        figures.targetPlannedStart = scheduled.plannedStart;
        figures.targetEarliestStart = scheduled.earliestStart;
    }
    for (const std::size_t index : analysis.schedule.criticalPath) {
        figures.criticalPath.push_back(roadmap.missions[index].id);
    }
    std::unordered_set<std::string_view> pursued;
    std::unordered_set<std::string_view> closed;
    for (const Mission& mission : roadmap.missions) {
        pursued.insert(mission.objectives.begin(), mission.objectives.end());
        for (const GapClosure& closure : mission.closes) {
            closed.insert(closure.gap);
        }
    }
    for (const Objective& objective : roadmap.objectives) {
        if (!pursued.contains(objective.id)) {
            figures.objectivesOpen.push_back(objective.id);
        }
    }
    for (const KnowledgeGap& gap : roadmap.knowledgeGaps) {
        if (!closed.contains(gap.id)) {
            figures.gapsOpen.push_back(gap.id);
        }
    }
    return figures;
}

ScenarioFigures scenarioFigures(const Roadmap& plan, const Scenario& scenario,
                                const std::string& target) {
    ScenarioFigures figures;
    auto resolved = resolveScenario(plan, scenario.id);
    if (!resolved) {
        figures.error = resolved.error();
    } else {
        AnalysisOptions options;
        options.target = target;
        figures = figuresOf(*resolved, analyzeRoadmap(*resolved, options), target);
    }
    figures.scenario = scenario.id;
    figures.name = nameOf(scenario);
    for (const Mission& mission : scenario.adds) {
        figures.added.push_back(mission.id);
    }
    for (const std::string& id : scenario.drops) {
        if (plan.missions.contains(id)) {
            figures.dropped.push_back(id);
        }
    }
    for (const MissionOverride& change : scenario.changes) {
        if (plan.missions.contains(change.mission) &&
            std::find(scenario.drops.begin(), scenario.drops.end(), change.mission) ==
                scenario.drops.end() &&
            std::find(figures.changed.begin(), figures.changed.end(), change.mission) ==
                figures.changed.end()) {
            figures.changed.push_back(change.mission);
        }
    }
    return figures;
}

std::optional<int> monthsBetween(const std::optional<Date>& before,
                                 const std::optional<Date>& after) {
    if (!before || !after) {
        return std::nullopt;
    }
    return before->monthsUntil(*after);
}

} // namespace

ScenarioComparison compareScenarios(const Roadmap& roadmap, const ComparisonOptions& options) {
    ScenarioComparison comparison;
    std::vector<const Scenario*> chosen;
    for (const Scenario& scenario : roadmap.scenarios) {
        if (options.scenarios.empty() ||
            std::find(options.scenarios.begin(), options.scenarios.end(), scenario.id) !=
                options.scenarios.end()) {
            chosen.push_back(&scenario);
        }
    }

    // The scenarios are analysed while the plan is, once the target is known.
    std::string target;
    if (options.target) {
        target = *options.target;
    } else {
        const Schedule schedule = computeSchedule(roadmap);
        if (schedule.target) {
            target = roadmap.missions[*schedule.target].id;
        }
    }
    comparison.target = target;
    // A few workers take the scenarios in turn: each resolves a copy of the roadmap, so a
    // file with thousands of scenarios must not start thousands of threads at once.
    std::vector<ScenarioFigures> figures(chosen.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < chosen.size(); i = next++) {
            try {
                figures[i] = scenarioFigures(roadmap, *chosen[i], target);
            } catch (const std::exception& error) {
                figures[i].scenario = chosen[i]->id;
                figures[i].name = nameOf(*chosen[i]);
                figures[i].error = error.what();
            }
        }
    };
    const std::size_t workers =
        std::min<std::size_t>(chosen.size(), std::max(1U, std::thread::hardware_concurrency()));
    std::vector<std::future<void>> running;
    running.reserve(workers);
    for (std::size_t i = 0; i < workers; ++i) {
        running.push_back(std::async(std::launch::async, work));
    }
    AnalysisOptions planOptions;
    planOptions.target = target;
    ScenarioFigures planFigures = figuresOf(roadmap, analyzeRoadmap(roadmap, planOptions), target);
    planFigures.name = "Plan";
    comparison.rows.push_back(std::move(planFigures));
    for (auto& worker : running) {
        worker.get();
    }
    for (ScenarioFigures& row : figures) {
        comparison.rows.push_back(std::move(row));
    }
    return comparison;
}

std::vector<Slip> slipsSince(const Roadmap& earlier, const Roadmap& plan) {
    std::vector<Slip> moved;
    std::vector<Slip> others;
    for (const Mission& mission : plan.missions) {
        const Mission* before = earlier.missions.find(mission.id);
        Slip slip;
        slip.mission = mission.id;
        slip.name = mission.name;
        slip.startAfter = mission.start;
        slip.endAfter = mission.end;
        if (!before) {
            slip.kind = Slip::Kind::Added;
            others.push_back(std::move(slip));
            continue;
        }
        slip.startBefore = before->start;
        slip.endBefore = before->end;
        slip.startMonths = monthsBetween(slip.startBefore, slip.startAfter);
        slip.endMonths = monthsBetween(slip.endBefore, slip.endAfter);
        const bool endChanged =
            before->end.has_value() != mission.end.has_value() || slip.endMonths.value_or(0) != 0;
        if (slip.startMonths.value_or(0) != 0 || endChanged) {
            moved.push_back(std::move(slip));
        }
    }
    for (const Mission& mission : earlier.missions) {
        if (!plan.missions.contains(mission.id)) {
            Slip slip;
            slip.mission = mission.id;
            slip.name = mission.name;
            slip.kind = Slip::Kind::Removed;
            slip.startBefore = mission.start;
            slip.endBefore = mission.end;
            others.push_back(std::move(slip));
        }
    }
    const auto size = [](const Slip& slip) {
        return std::max(slip.startMonths.value_or(0), slip.endMonths.value_or(0));
    };
    const auto earliest = [](const Slip& slip) {
        return std::min(slip.startMonths.value_or(0), slip.endMonths.value_or(0));
    };
    std::stable_sort(moved.begin(), moved.end(), [&](const Slip& a, const Slip& b) {
        // Slips later first, by how far; then what moved earlier, furthest first.
        if (size(a) != size(b)) {
            return size(a) > size(b);
        }
        if (earliest(a) != earliest(b)) {
            return earliest(a) < earliest(b);
        }
        return a.mission < b.mission;
    });
    moved.insert(moved.end(), std::make_move_iterator(others.begin()),
                 std::make_move_iterator(others.end()));
    return moved;
}

std::vector<TrendPoint> missionTrend(const std::vector<const Roadmap*>& roadmaps,
                                     std::string_view mission) {
    std::vector<TrendPoint> trend;
    trend.reserve(roadmaps.size());
    for (const Roadmap* roadmap : roadmaps) {
        TrendPoint point;
        if (const Mission* found = roadmap->missions.find(mission)) {
            point.start = found->start;
            point.end = found->end;
        }
        trend.push_back(point);
    }
    return trend;
}

} // namespace orrery
