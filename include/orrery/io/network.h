#pragma once

// The dependency network for other tools: GraphML (networkx, yEd, Gephi) and DOT (Graphviz).
// A node per mission with its attributes, an edge per prerequisite from the prerequisite to
// its dependent with its type, lag and strength.

#include <orrery/roadmap.h>

#include <string>
#include <vector>

namespace orrery {

/// GraphML, written by Boost.Graph's write_graphml. Node ids are the writer's own ("n0"...):
/// a mission's id is its `mission_id` attribute. Node attributes: mission_id, name, lead,
/// partners (comma-separated), destination, crew, status, start, end (as the file writes
/// dates: "2030", "2030-06", "2030-06-15"; empty for a milestone); edge attributes: type
/// (finish-to-start, start-to-start), lag_months, strength (hard, soft). `kept` (by
/// mission, empty for all) leaves missions out, and the prerequisites that join them.
std::string toGraphML(const Roadmap& roadmap, const std::vector<bool>& kept = {});

/// DOT: each mission a node named by its id, labelled with its name, with the GraphML's
/// attributes; each lane (destination) a cluster; soft prerequisites dashed.
std::string toDot(const Roadmap& roadmap, const std::vector<bool>& kept = {});

} // namespace orrery
