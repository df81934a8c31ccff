#include "internal.h"

#include <orrery/analysis/impact.h>

#include <boost/range/iterator_range.hpp>
#include <fmt/format.h>

#include <queue>

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>
#include <unordered_map>

namespace orrery {
namespace {

using analysis_detail::DependencyEdge;
using analysis_detail::Graph;
using analysis_detail::MissionGraph;
using analysis_detail::Vertex;

/// The month from which a dependent may start, by this dependency, if the prerequisite
/// moves by `shift` months.
MonthIndex requiredStart(const Mission& prerequisite, const Prerequisite& dependency, int shift) {
    const Date& anchor = dependency.type == DependencyType::FinishToStart ? prerequisite.finish()
                                                                          : prerequisite.start;
    return anchor.firstMonth() + dependency.lagMonths + shift;
}

/// Findings identified by what they are about, not by their wording (which quotes dates
/// that the slip changes).
using FindingKey = std::tuple<std::string, std::vector<std::string>>;

std::vector<Finding> missingFrom(const std::vector<Finding>& findings,
                                 const std::vector<Finding>& others) {
    std::map<FindingKey, int> remaining;
    for (const Finding& other : others) {
        ++remaining[{other.code, other.missions}];
    }
    std::vector<Finding> result;
    for (const Finding& finding : findings) {
        int& count = remaining[{finding.code, finding.missions}];
        if (count > 0) {
            --count;
        } else {
            result.push_back(finding);
        }
    }
    return result;
}

} // namespace

Expected<ImpactReport, std::string> assessImpact(const Roadmap& roadmap, std::string_view missionId,
                                                 int slipMonths) {
    const auto found = roadmap.missions.indexOf(missionId);
    if (!found) {
        return make_unexpected(fmt::format("no mission \"{}\" in the roadmap", missionId));
    }
    const auto slipping = static_cast<Vertex>(*found);
    const MissionGraph graph(roadmap);
    const auto& missions = roadmap.missions;
    const Graph& dependencies = graph.graph();
    const std::vector<DependencyEdge>& edges = graph.edges();

    // Dates stay in the format's years: a slip that would carry a mission past them is
    // refused, with the mission it would carry.
    constexpr long long kFirstMonth = static_cast<long long>(Date::kMinYear) * 12;
    constexpr long long kLastMonth = static_cast<long long>(Date::kMaxYear) * 12 + 11;
    const auto outOfRange = [&](Vertex vertex, long long months) {
        const Mission& mission = missions[vertex];
        return mission.start.firstMonth() + months < kFirstMonth ||
               mission.finish().lastMonth() + months > kLastMonth;
    };
    const auto refusal = [&](Vertex vertex) {
        return make_unexpected(fmt::format(
            "a slip of {} months would move \"{}\" outside the years {} to {} that dates can "
            "have",
            slipMonths, missions[vertex].id, Date::kMinYear, Date::kMaxYear));
    };
    // Checked first: a slip beyond them would overflow what follows.
    if (outOfRange(slipping, slipMonths)) {
        return refusal(slipping);
    }

    // Only what hard dependencies lead to from the slipping mission can move: visit that
    // part of the graph in dependency order (Kahn's algorithm on it), not the whole
    // roadmap. Missions in cycles have no schedule and are not pushed.
    const auto pushes = [&](const Graph::edge_descriptor& edge) {
        const DependencyEdge& dependency = edges[dependencies[edge].index];
        return dependency.strength == DependencyStrength::Hard &&
               !graph.inCycle(dependency.dependent);
    };
    std::unordered_map<Vertex, std::uint32_t> waitingFor; // hard prerequisites not yet seen
    std::vector<Vertex> stack = {slipping};
    while (!stack.empty()) {
        const Vertex vertex = stack.back();
        stack.pop_back();
        for (const auto edge : boost::make_iterator_range(boost::out_edges(vertex, dependencies))) {
            if (!pushes(edge)) {
                continue;
            }
            const Vertex dependent = boost::target(edge, dependencies);
            // Its first hard prerequisite on the way: reached now. (The slipping mission is
            // never reached again: the way back would be a cycle, which pushes nothing.)
            if (waitingFor[dependent]++ == 0) {
                stack.push_back(dependent);
            }
        }
    }
    std::unordered_map<Vertex, int> shift = {{slipping, slipMonths}};
    ImpactReport report;
    report.mission = slipping;
    report.slipMonths = slipMonths;
    // Of the missions ready in turn, the first in the file goes first.
    std::priority_queue<Vertex, std::vector<Vertex>, std::greater<>> ready;
    ready.push(slipping);
    while (!ready.empty()) {
        const Vertex vertex = ready.top();
        ready.pop();
        if (vertex != slipping) {
            bool pushed = false;
            MonthIndex before = missions[vertex].start.firstMonth();
            MonthIndex after = before;
            for (const DependencyEdge& edge : graph.edgesInto(vertex)) {
                if (edge.strength != DependencyStrength::Hard) {
                    continue;
                }
                const Mission& prerequisite = missions[edge.prerequisite];
                const auto moved = shift.find(edge.prerequisite);
                const int prerequisiteShift = moved == shift.end() ? 0 : moved->second;
                before = std::max(before, requiredStart(prerequisite, *edge.data, 0));
                after = std::max(after, requiredStart(prerequisite, *edge.data, prerequisiteShift));
                pushed = pushed || prerequisiteShift != 0;
            }
            // Only the delay beyond what the plan already had to absorb is the slip's doing.
            if (pushed && after > before) {
                shift[vertex] = after - before;
                report.slipped.push_back({vertex, after - before});
            }
        }
        for (const auto edge : boost::make_iterator_range(boost::out_edges(vertex, dependencies))) {
            if (pushes(edge) && --waitingFor[boost::target(edge, dependencies)] == 0) {
                ready.push(boost::target(edge, dependencies));
            }
        }
    }
    for (const MissionSlip& slip : report.slipped) {
        if (outOfRange(slip.mission, slip.months)) {
            return refusal(slip.mission);
        }
    }

    // What the slip changes, checked where it can change: the moved missions' dates, their
    // dependencies, the capabilities they provide. The rest of the findings stay.
    analysis_detail::MovedMissions moved;
    moved.vertices.push_back(slipping);
    for (const MissionSlip& slip : report.slipped) {
        moved.vertices.push_back(slip.mission);
    }
    std::sort(moved.vertices.begin(), moved.vertices.end());
    for (const Vertex vertex : moved.vertices) {
        moved.missions.push_back(shiftedMission(missions[vertex], shift.at(vertex)));
    }
    const std::vector<Finding> findingsBefore =
        analysis_detail::checkDatesAround(graph, moved.vertices, nullptr);
    const std::vector<Finding> findingsAfter =
        analysis_detail::checkDatesAround(graph, moved.vertices, &moved);
    report.newFindings = missingFrom(findingsAfter, findingsBefore);
    report.resolvedFindings = missingFrom(findingsBefore, findingsAfter);
    return report;
}

} // namespace orrery
