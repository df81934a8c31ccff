#include "internal.h"

#include <orrery/analysis/impact.h>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace orrery {
namespace {

using analysis_detail::DependencyEdge;
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

    // Edges are stored grouped by dependent; index where each dependent's edges begin.
    const std::vector<DependencyEdge>& edges = graph.edges();
    std::vector<std::size_t> firstEdge(graph.vertexCount() + 1, edges.size());
    for (std::size_t i = edges.size(); i-- > 0;) {
        firstEdge[edges[i].dependent] = i;
    }
    for (Vertex vertex = graph.vertexCount(); vertex-- > 0;) {
        firstEdge[vertex] = std::min(firstEdge[vertex], firstEdge[vertex + 1]);
    }

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
    std::vector<int> shift(graph.vertexCount(), 0);
    shift[slipping] = slipMonths;
    ImpactReport report;
    report.mission = slipping;
    report.slipMonths = slipMonths;
    for (const Vertex vertex : graph.dependencyOrder()) {
        if (vertex == slipping) {
            continue;
        }
        bool pushed = false;
        MonthIndex before = missions[vertex].start.firstMonth();
        MonthIndex after = before;
        for (std::size_t i = firstEdge[vertex]; i < firstEdge[vertex + 1]; ++i) {
            const DependencyEdge& edge = edges[i];
            if (edge.strength != DependencyStrength::Hard) {
                continue;
            }
            const Mission& prerequisite = missions[edge.prerequisite];
            before = std::max(before, requiredStart(prerequisite, *edge.data, 0));
            after =
                std::max(after, requiredStart(prerequisite, *edge.data, shift[edge.prerequisite]));
            pushed = pushed || shift[edge.prerequisite] != 0;
        }
        // Only the delay beyond what the plan already had to absorb is the slip's doing.
        if (pushed && after > before) {
            shift[vertex] = after - before;
            report.slipped.push_back({vertex, shift[vertex]});
        }
    }

    for (const MissionSlip& slip : report.slipped) {
        if (outOfRange(slip.mission, slip.months)) {
            return refusal(slip.mission);
        }
    }

    Roadmap moved = roadmap;
    moved.missions.replace(slipping, shiftedMission(missions[slipping], slipMonths));
    for (const MissionSlip& slip : report.slipped) {
        moved.missions.replace(slip.mission, shiftedMission(missions[slip.mission], slip.months));
    }
    const std::vector<Finding> findingsBefore = analysis_detail::checkFeasibility(graph);
    const std::vector<Finding> findingsAfter =
        analysis_detail::checkFeasibility(MissionGraph(moved));
    report.newFindings = missingFrom(findingsAfter, findingsBefore);
    report.resolvedFindings = missingFrom(findingsBefore, findingsAfter);
    return report;
}

} // namespace orrery
