#pragma once

// Scenarios side by side, and the plan against an earlier edition: the figures a
// coordinator weighs pathways by, and the slips since the last edition.

#include <orrery/analysis/finding.h>
#include <orrery/date.h>
#include <orrery/roadmap.h>

#include <optional>
#include <string>
#include <vector>

namespace orrery {

/// What one scenario (or the plan) comes to.
struct ScenarioFigures {
    /// The scenario's id; empty for the plan.
    std::string scenario;
    std::string name;
    /// Why the scenario could not be resolved; the figures are empty then.
    std::string error;
    /// Whether the target mission flies in this scenario.
    bool targetFlies = false;
    /// The target's planned start and the earliest its prerequisites allow (first months).
    std::optional<MonthIndex> targetPlannedStart;
    std::optional<MonthIndex> targetEarliestStart;
    /// Mission ids from the first of the chain to the target.
    std::vector<std::string> criticalPath;
    FindingCounts findings;
    /// Objectives no mission of the scenario pursues.
    std::vector<std::string> objectivesOpen;
    /// Knowledge gaps no mission of the scenario closes.
    std::vector<std::string> gapsOpen;
    /// Missions the scenario adds, drops and changes, against the plan.
    std::vector<std::string> added;
    std::vector<std::string> dropped;
    std::vector<std::string> changed;
};

struct ScenarioComparison {
    /// The mission every scenario is measured towards.
    std::string target;
    /// The plan first, then each scenario in the roadmap's order.
    std::vector<ScenarioFigures> rows;
};

struct ComparisonOptions {
    /// The mission to measure towards; by default the plan's latest-ending mission (the one
    /// the plan's schedule measures towards).
    std::optional<std::string> target;
    /// Only these scenarios (ids), besides the plan; all when empty.
    std::vector<std::string> scenarios;
};

/// Resolves and analyses each scenario (on as many threads as there are cores, while the plan
/// is analysed) and gathers its figures.
ScenarioComparison compareScenarios(const Roadmap& roadmap, const ComparisonOptions& options = {});

/// How one mission moved between an earlier edition and the plan.
struct Slip {
    std::string mission;
    std::string name;
    enum class Kind { Moved, Added, Removed } kind = Kind::Moved;
    /// Months the start and the end moved (Date::monthsUntil(): a date told more exactly has
    /// not moved); unset when the mission is in one roadmap only, or the end is unset in one
    /// of them.
    std::optional<int> startMonths;
    std::optional<int> endMonths;
    std::optional<Date> startBefore;
    std::optional<Date> startAfter;
    std::optional<Date> endBefore;
    std::optional<Date> endAfter;
};

/// Every mission that moved since `earlier`, then those added and removed. Moved missions
/// come biggest slip first (the larger of the start's and the end's shift, later before
/// earlier), then by id.
std::vector<Slip> slipsSince(const Roadmap& earlier, const Roadmap& plan);

/// One mission's dates in each roadmap given (editions oldest first, the plan last); unset
/// where the mission is absent.
struct TrendPoint {
    std::optional<Date> start;
    std::optional<Date> end;
};
std::vector<TrendPoint> missionTrend(const std::vector<const Roadmap*>& roadmaps,
                                     std::string_view mission);

} // namespace orrery
