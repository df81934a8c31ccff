#include "internal.h"

#include <orrery/analysis/analysis.h>
#include <orrery/analysis/schedule.h>

#include <boost/graph/dag_shortest_paths.hpp>

#include <algorithm>
#include <functional>
#include <future>
#include <limits>

namespace orrery {

int durationMonths(const Mission& mission) {
    return std::max(0, mission.finish().firstMonth() - mission.start.firstMonth());
}

namespace analysis_detail {
namespace {

constexpr int kUnreached = std::numeric_limits<int>::min();

/// Longest paths from `source` over a DAG: dag_shortest_paths with the comparison reversed.
void longestPaths(const Graph& graph, Vertex source, std::vector<int>& distance,
                  std::vector<Vertex>& predecessor) {
    distance.assign(boost::num_vertices(graph), kUnreached);
    predecessor.resize(boost::num_vertices(graph));
    const auto index = boost::get(boost::vertex_index, graph);
    boost::dag_shortest_paths(
        graph, source,
        boost::weight_map(boost::get(&EdgeData::weight, graph))
            .distance_map(boost::make_iterator_property_map(distance.begin(), index))
            .predecessor_map(boost::make_iterator_property_map(predecessor.begin(), index))
            .distance_compare(std::greater<int>())
            .distance_inf(kUnreached)
            .distance_zero(0));
}

std::optional<Vertex> chooseTarget(const MissionGraph& graph,
                                   std::optional<std::string_view> requested) {
    const auto& missions = graph.roadmap().missions;
    if (requested) {
        const auto found = missions.indexOf(*requested);
        if (!found || graph.inCycle(static_cast<Vertex>(*found))) {
            return std::nullopt;
        }
        return static_cast<Vertex>(*found);
    }
    std::optional<Vertex> latest;
    for (Vertex vertex = 0; vertex < graph.vertexCount(); ++vertex) {
        if (!graph.inCycle(vertex) &&
            (!latest || missions[*latest].finish() < missions[vertex].finish())) {
            latest = vertex;
        }
    }
    return latest;
}

} // namespace

Schedule computeSchedule(const MissionGraph& graph, std::optional<std::string_view> target) {
    const Vertex count = graph.vertexCount();
    Schedule schedule;
    schedule.missions.resize(count);
    std::vector<int> durations(count);
    const std::vector<MissionFacts>& facts = graph.facts();
    for (Vertex vertex = 0; vertex < count; ++vertex) {
        schedule.missions[vertex].plannedStart = facts[vertex].startFirst;
        schedule.missions[vertex].excluded = graph.inCycle(vertex);
        durations[vertex] = std::max(0, facts[vertex].finishFirst - facts[vertex].startFirst);
        if (graph.inCycle(vertex)) {
            schedule.excluded.push_back(vertex);
        }
    }

    // Forward pass: earliest starts are longest paths from a virtual source that anchors
    // every mission without (schedulable) prerequisites at its planned start.
    const std::vector<DependencyEdge>& edges = graph.edges();
    std::vector<std::pair<Vertex, Vertex>> endpoints;
    std::vector<EdgeData> properties;
    endpoints.reserve(edges.size() + count);
    properties.reserve(edges.size() + count);
    std::vector<int> reverseWeights(edges.size(), 0);
    std::vector<bool> hasPrerequisite(count, false);
    for (std::uint32_t index = 0; index < edges.size(); ++index) {
        const DependencyEdge& edge = edges[index];
        if (graph.inCycle(edge.prerequisite) || graph.inCycle(edge.dependent)) {
            continue;
        }
        const int lag = edge.lagMonths;
        const int weight =
            edge.type == DependencyType::FinishToStart ? durations[edge.prerequisite] + lag : lag;
        reverseWeights[index] = weight;
        endpoints.emplace_back(edge.prerequisite, edge.dependent);
        properties.push_back({index, weight});
        hasPrerequisite[edge.dependent] = true;
    }
    const Vertex source = count;
    for (Vertex vertex = 0; vertex < count; ++vertex) {
        if (!graph.inCycle(vertex) && !hasPrerequisite[vertex]) {
            endpoints.emplace_back(source, vertex);
            properties.push_back({0, schedule.missions[vertex].plannedStart});
        }
    }
    const Graph forward(boost::edges_are_unsorted_multi_pass, endpoints.begin(), endpoints.end(),
                        properties.begin(), count + 1);
    std::vector<int> earliest;
    std::vector<Vertex> binding;
    longestPaths(forward, source, earliest, binding);
    for (Vertex vertex = 0; vertex < count; ++vertex) {
        if (earliest[vertex] == kUnreached) {
            continue;
        }
        MissionSchedule& entry = schedule.missions[vertex];
        // Negative lags down a long chain can reach before the format's first year (and
        // long ones past its last): the earliest start is said within the years a date can
        // have, never as an impossible date.
        entry.earliestStart =
            std::clamp(earliest[vertex], Date::kMinYear * 12, Date::kMaxYear * 12 + 11);
        if (binding[vertex] != source && binding[vertex] != vertex) {
            entry.bindingPrerequisite = binding[vertex];
        }
    }

    const auto chosen = chooseTarget(graph, target);
    if (!chosen) {
        return schedule;
    }
    schedule.target = *chosen;

    // Backward pass: the longest path from each mission to the target, on the reversed
    // graph, gives its latest start; slack is latest minus earliest.
    const Graph backward = graph.acyclicGraph(reverseWeights, /*reversed=*/true);
    std::vector<int> toTarget;
    std::vector<Vertex> unused;
    longestPaths(backward, *chosen, toTarget, unused);
    const int targetStart = earliest[*chosen];
    for (Vertex vertex = 0; vertex < count; ++vertex) {
        if (toTarget[vertex] == kUnreached || earliest[vertex] == kUnreached) {
            continue;
        }
        MissionSchedule& entry = schedule.missions[vertex];
        entry.slackMonths = targetStart - toTarget[vertex] - earliest[vertex];
        entry.critical = *entry.slackMonths == 0;
    }

    for (std::optional<std::size_t> vertex = *chosen; vertex;
         vertex = schedule.missions[*vertex].bindingPrerequisite) {
        schedule.criticalPath.push_back(*vertex);
    }
    std::reverse(schedule.criticalPath.begin(), schedule.criticalPath.end());
    return schedule;
}

} // namespace analysis_detail

Schedule computeSchedule(const Roadmap& roadmap, std::optional<std::string_view> target) {
    return analysis_detail::computeSchedule(analysis_detail::MissionGraph(roadmap), target);
}

Analysis analyzeRoadmap(const Roadmap& roadmap, const AnalysisOptions& options) {
    const analysis_detail::MissionGraph graph(roadmap);
    const auto target =
        options.target ? std::optional<std::string_view>(*options.target) : std::nullopt;
    Analysis analysis;
    // The checks and the schedule only read the graph and the roadmap. On large roadmaps
    // they run side by side, which nearly halves the wait after an edit on two cores; on
    // small ones starting a thread would cost more than it saves.
    constexpr std::size_t kParallelFrom = 5000;
    if (roadmap.missions.size() >= kParallelFrom) {
        auto schedule = std::async(std::launch::async,
                                   [&] { return analysis_detail::computeSchedule(graph, target); });
        analysis.findings = analysis_detail::checkFeasibility(graph);
        analysis.schedule = schedule.get();
    } else {
        analysis.findings = analysis_detail::checkFeasibility(graph);
        analysis.schedule = analysis_detail::computeSchedule(graph, target);
    }
    return analysis;
}

} // namespace orrery
