#pragma once

// The checks and the schedule work on one MissionGraph, so that a full analysis builds the
// graph once; the public functions build it for a single use.

#include "missiongraph.h"

#include <orrery/analysis/finding.h>
#include <orrery/analysis/schedule.h>

#include <optional>
#include <string_view>
#include <vector>

namespace orrery::analysis_detail {

std::vector<Finding> checkFeasibility(const MissionGraph& graph);
/// checkStructure() with the prerequisite lookups already made (MissionGraph's).
std::vector<Finding> checkStructure(const Roadmap& roadmap,
                                    const std::vector<std::int32_t>& prerequisiteTargets);
Schedule computeSchedule(const MissionGraph& graph, std::optional<std::string_view> target);

} // namespace orrery::analysis_detail
