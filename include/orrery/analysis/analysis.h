#pragma once

#include <orrery/analysis/feasibility.h>
#include <orrery/analysis/finding.h>
#include <orrery/analysis/impact.h>
#include <orrery/analysis/schedule.h>
#include <orrery/analysis/structure.h>

#include <optional>
#include <string>
#include <vector>

namespace orrery {

struct AnalysisOptions {
    /// The mission the schedule measures slack towards; by default the latest-ending one.
    std::optional<std::string> target;
};

/// Everything the checks say about a roadmap at once: what runs after each edit.
struct Analysis {
    std::vector<Finding> findings;
    Schedule schedule;
};

/// checkFeasibility() and computeSchedule() over one graph built once.
Analysis analyzeRoadmap(const Roadmap& roadmap, const AnalysisOptions& options = {});

} // namespace orrery
