#pragma once

#include <orrery/analysis/finding.h>

#include <vector>

namespace orrery {

struct Roadmap;

/// Problems that a file can have and still load, so that the planner can open it and fix
/// them: duplicate ids (`duplicate-id`), references to agencies, destinations, capabilities
/// or missions that do not exist (`unknown-reference`), a mission that requires itself
/// (`self-dependency`), and a mission that ends before it starts (`end-before-start`).
/// All are errors, but for a prerequisite listed twice by the same mission
/// (`duplicate-dependency`, a warning). Runs in time linear in the size of the roadmap.
std::vector<Finding> checkStructure(const Roadmap& roadmap);

} // namespace orrery
