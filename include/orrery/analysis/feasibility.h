#pragma once

#include <orrery/analysis/finding.h>

#include <vector>

namespace orrery {

struct Roadmap;

/// Every check of a roadmap (docs/analysis.md lists them): structure (duplicate-id,
/// unknown-reference, self-dependency, end-before-start, duplicate-dependency), cycles
/// (dependency-cycle), time (starts-before-prerequisite), capabilities
/// (capability-not-demonstrated), commitment (planned-depends-on-conceptual,
/// completed-in-future, operating-not-started) and physics (outside-launch-window).
///
/// Findings come grouped by check, and in the order of the missions in the file within a
/// check, so that the same roadmap always gives the same list.
std::vector<Finding> checkFeasibility(const Roadmap& roadmap);

} // namespace orrery
