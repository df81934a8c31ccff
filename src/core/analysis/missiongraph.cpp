#include "missiongraph.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <functional>
#include <iterator>
#include <limits>
#include <unordered_map>
#include <utility>

namespace orrery::analysis_detail {
namespace {

/// Records how breadth-first search reached each vertex, in a map sized by what the
/// search visits rather than by the whole graph: a roadmap may hold many small cycles.
class PredecessorRecorder : public boost::default_bfs_visitor {
public:
    explicit PredecessorRecorder(std::unordered_map<Vertex, Vertex>& predecessors,
                                 std::vector<Vertex>& discovered)
        : m_predecessors(&predecessors), m_discovered(&discovered) {}

    template <class Edge, class G>
    void tree_edge(Edge edge, const G& graph) {
        (*m_predecessors)[boost::target(edge, graph)] = boost::source(edge, graph);
    }
    template <class V, class G>
    void discover_vertex(V vertex, const G&) {
        m_discovered->push_back(vertex);
    }

private:
    std::unordered_map<Vertex, Vertex>* m_predecessors;
    std::vector<Vertex>* m_discovered;
};

} // namespace

MissionGraph::MissionGraph(const Roadmap& roadmap) : m_roadmap(roadmap) {
    const auto& missions = roadmap.missions;
    std::size_t prerequisiteCount = 0;
    for (const Mission& mission : missions) {
        prerequisiteCount += mission.prerequisites.size();
    }
    m_prerequisiteTargets.reserve(prerequisiteCount);
    m_edges.reserve(prerequisiteCount);
    m_facts.reserve(missions.size());
    m_firstEdge.reserve(missions.size() + 1);
    std::vector<std::pair<Vertex, Vertex>> endpoints;
    std::vector<EdgeData> properties;
    endpoints.reserve(prerequisiteCount);
    properties.reserve(prerequisiteCount);
    for (Vertex dependent = 0; dependent < missions.size(); ++dependent) {
        const Mission& mission = missions[dependent];
        m_facts.push_back(factsOf(mission));
        m_firstEdge.push_back(static_cast<std::uint32_t>(m_edges.size()));
        for (const Prerequisite& prerequisite : mission.prerequisites) {
            const auto found = missions.indexOf(prerequisite.mission);
            m_prerequisiteTargets.push_back(found ? static_cast<std::int32_t>(*found) : -1);
            if (!found || *found == dependent) {
                continue;
            }
            const auto source = static_cast<Vertex>(*found);
            properties.push_back({static_cast<std::uint32_t>(m_edges.size()), 0});
            m_edges.push_back({source, dependent, prerequisite.lagMonths, prerequisite.type,
                               prerequisite.strength, &prerequisite});
            endpoints.emplace_back(source, dependent);
        }
    }
    m_firstEdge.push_back(static_cast<std::uint32_t>(m_edges.size()));
    m_graph = Graph(boost::edges_are_unsorted_multi_pass, endpoints.begin(), endpoints.end(),
                    properties.begin(), vertexCount());
    findCycles();
}

MissionFacts MissionGraph::factsOf(const Mission& mission) {
    const Date& finish = mission.finish();
    return {mission.start.firstMonth(),
            mission.start.lastMonth(),
            finish.firstMonth(),
            finish.lastMonth(),
            mission.status,
            mission.start.precision() == DatePrecision::Day,
            finish.precision() == DatePrecision::Day};
}

void MissionGraph::findCycles() {
    const Vertex count = vertexCount();
    m_inCycle.assign(count, false);
    std::vector<Vertex> component(count);
    const auto components = boost::strong_components(
        m_graph, boost::make_iterator_property_map(component.begin(),
                                                   boost::get(boost::vertex_index, m_graph)));
    std::vector<Vertex> sizes(components, 0);
    for (const Vertex c : component) {
        ++sizes[c];
    }
    // Report the cycles in the order of their first mission in the file.
    std::vector<bool> reported(components, false);
    for (Vertex root = 0; root < count; ++root) {
        const Vertex c = component[root];
        if (sizes[c] < 2) {
            continue;
        }
        m_inCycle[root] = true;
        if (reported[c]) {
            continue;
        }
        reported[c] = true;

        // The shortest cycle through the component's first mission: search breadth-first
        // inside the component, then close the loop at the nearest mission that leads back.
        const auto insideComponent = [&](const Graph::edge_descriptor& edge) {
            return component[boost::source(edge, m_graph)] == c &&
                   component[boost::target(edge, m_graph)] == c;
        };
        const boost::filtered_graph<Graph, std::function<bool(Graph::edge_descriptor)>> inside(
            m_graph, insideComponent);
        std::unordered_map<Vertex, Vertex> predecessors;
        std::vector<Vertex> discovered;
        std::unordered_map<Vertex, boost::default_color_type> colors;
        boost::queue<Vertex> queue;
        boost::breadth_first_visit(inside, root, queue,
                                   PredecessorRecorder(predecessors, discovered),
                                   boost::make_assoc_property_map(colors));
        Vertex closing = root;
        for (const Vertex vertex : discovered) {
            const auto [first, last] = boost::out_edges(vertex, inside);
            if (std::any_of(first, last, [&](const auto& edge) {
                    return boost::target(edge, inside) == root;
                })) {
                closing = vertex;
                break;
            }
        }
        std::vector<Vertex> cycle;
        for (Vertex vertex = closing; vertex != root; vertex = predecessors.at(vertex)) {
            cycle.push_back(vertex);
        }
        cycle.push_back(root);
        std::reverse(cycle.begin(), cycle.end());
        m_cycles.push_back(std::move(cycle));
    }
}

Graph MissionGraph::acyclicGraph(const std::vector<int>& weights, bool reversed) const {
    std::vector<std::pair<Vertex, Vertex>> endpoints;
    std::vector<EdgeData> properties;
    endpoints.reserve(m_edges.size());
    properties.reserve(m_edges.size());
    for (std::uint32_t index = 0; index < m_edges.size(); ++index) {
        const DependencyEdge& edge = m_edges[index];
        if (m_inCycle[edge.prerequisite] || m_inCycle[edge.dependent]) {
            continue;
        }
        endpoints.emplace_back(reversed ? edge.dependent : edge.prerequisite,
                               reversed ? edge.prerequisite : edge.dependent);
        properties.push_back({index, weights[index]});
    }
    return Graph(boost::edges_are_unsorted_multi_pass, endpoints.begin(), endpoints.end(),
                 properties.begin(), vertexCount());
}

std::vector<Vertex> MissionGraph::dependencyOrder() const {
    const Graph acyclic = acyclicGraph(std::vector<int>(m_edges.size(), 0));
    std::vector<Vertex> order;
    order.reserve(vertexCount());
    // topological_sort writes the order reversed: dependents before their prerequisites.
    boost::topological_sort(acyclic, std::back_inserter(order));
    std::reverse(order.begin(), order.end());
    order.erase(std::remove_if(order.begin(), order.end(),
                               [this](Vertex vertex) { return m_inCycle[vertex]; }),
                order.end());
    return order;
}

} // namespace orrery::analysis_detail
