#pragma once

// The dependency graph of a roadmap as Boost.Graph sees it. Private to the core: Boost
// types never reach the public headers, which speak of mission indices and findings.
//
// The graph is derived data: built from the model when an analysis runs, in one pass, as a
// compressed_sparse_row_graph (contiguous arrays, the fastest Boost graph to build and to
// walk). Vertex i is roadmap.missions[i]; an edge runs from a prerequisite to its
// dependent. Prerequisites that name no mission and self-dependencies are left out (the
// structure check reports them); a reference to a duplicated id resolves to its first
// mission, as every lookup does.

#include <orrery/mission.h>
#include <orrery/roadmap.h>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace orrery::analysis_detail {

using Vertex = std::uint32_t;

/// A dependency with what the checks read of it copied in, so that walking the edges does
/// not chase pointers into the missions.
struct DependencyEdge {
    Vertex prerequisite;
    Vertex dependent;
    std::int32_t lagMonths;
    DependencyType type;
    DependencyStrength strength;
    const Prerequisite* data;
};

/// What the checks need of each mission, packed. Checks visit missions in dependency order,
/// which jumps around the roadmap; 24 bytes a mission stay in cache where whole Mission
/// objects (hundreds of bytes and their strings) do not.
struct MissionFacts {
    MonthIndex startFirst;
    MonthIndex startLast;
    MonthIndex finishFirst;
    MonthIndex finishLast;
    MissionStatus status;
    bool startByDay;
    bool finishByDay;
};

/// Edge property of the Boost graphs: where the edge is in MissionGraph::edges(), and the
/// weight the schedule uses.
struct EdgeData {
    std::uint32_t index = 0;
    int weight = 0;
};

using Graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeData,
                                                 boost::no_property, Vertex, std::uint32_t>;

class MissionGraph {
public:
    explicit MissionGraph(const Roadmap& roadmap);

    const Roadmap& roadmap() const { return m_roadmap; }
    Vertex vertexCount() const { return static_cast<Vertex>(m_roadmap.missions.size()); }
    const std::vector<DependencyEdge>& edges() const { return m_edges; }
    const std::vector<MissionFacts>& facts() const { return m_facts; }
    static MissionFacts factsOf(const Mission& mission);
    /// The edges into `dependent`: its prerequisites that name a mission.
    std::span<const DependencyEdge> edgesInto(Vertex dependent) const {
        return {m_edges.data() + m_firstEdge[dependent],
                m_edges.data() + m_firstEdge[dependent + 1]};
    }
    const Graph& graph() const { return m_graph; }

    /// Whether a mission is part of a dependency cycle (a strongly connected component of
    /// more than one mission).
    bool inCycle(Vertex vertex) const { return m_inCycle[vertex]; }
    bool hasCycles() const { return !m_cycles.empty(); }
    /// One cycle per strongly connected component, its missions in dependency order.
    const std::vector<std::vector<Vertex>>& cycles() const { return m_cycles; }

    /// The edges between missions that are in no cycle, in a graph of their own: the
    /// acyclic part on which schedules are computed. `weights` gives each edge's weight
    /// by its index in edges().
    Graph acyclicGraph(const std::vector<int>& weights, bool reversed = false) const;

    /// For every prerequisite of every mission, in file order, the index of the mission it
    /// names, or -1 when it names none: the structure check reuses the lookups.
    const std::vector<std::int32_t>& prerequisiteTargets() const { return m_prerequisiteTargets; }

    /// Missions in dependency order (each after all its prerequisites), leaving out the
    /// missions in cycles.
    std::vector<Vertex> dependencyOrder() const;

private:
    void findCycles();

    const Roadmap& m_roadmap;
    std::vector<DependencyEdge> m_edges;
    std::vector<MissionFacts> m_facts;
    /// Edges are stored by dependent: the dependent's first edge, and one past the last.
    std::vector<std::uint32_t> m_firstEdge;
    std::vector<std::int32_t> m_prerequisiteTargets;
    Graph m_graph;
    std::vector<bool> m_inCycle;
    std::vector<std::vector<Vertex>> m_cycles;
};

} // namespace orrery::analysis_detail
