#include "internal.h"

#include <orrery/analysis/feasibility.h>
#include <orrery/analysis/launchwindows.h>
#include <orrery/analysis/marswindows.h>
#include <orrery/analysis/strategy.h>
#include <orrery/analysis/structure.h>

#include <boost/range/iterator_range.hpp>
#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>

namespace orrery {
namespace analysis_detail {
namespace {

/// "3 months", "1 month".
std::string months(int count) {
    return fmt::format("{} month{}", count, count == 1 ? "" : "s");
}

std::string quoted(const Mission& mission) {
    return fmt::format("\"{}\"", mission.id);
}

/// A soft dependency's violation is one level milder than a hard one's.
Severity milder(Severity severity) {
    return severity == Severity::Error ? Severity::Warning : Severity::Info;
}

std::string monthYear(std::chrono::sys_days day) {
    static constexpr std::array<std::string_view, 12> kMonths = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::chrono::year_month_day date{day};
    return fmt::format("{} {}", kMonths[static_cast<unsigned>(date.month()) - 1],
                       static_cast<int>(date.year()));
}

class FeasibilityChecker {
public:
    /// `moved`: missions read in their moved form (an impact query's "after").
    FeasibilityChecker(const MissionGraph& graph, const MovedMissions* moved = nullptr)
        : m_graph(graph), m_roadmap(graph.roadmap()), m_missions(graph.roadmap().missions),
          m_moved(moved) {}

    std::vector<Finding> run() {
        PurposeLinks links(m_roadmap);
        m_findings =
            analysis_detail::checkStructure(m_roadmap, m_graph.prerequisiteTargets(), &links);
        checkCycles();
        for (const DependencyEdge& edge : m_graph.edges()) {
            checkTime(edge);
        }
        checkCapabilities(nullptr);
        checkKnowledgeGaps(links, nullptr);
        checkCommitments();
        for (Vertex vertex = 0; vertex < m_graph.vertexCount(); ++vertex) {
            checkStatusDates(vertex);
        }
        for (Vertex vertex = 0; vertex < m_graph.vertexCount(); ++vertex) {
            checkLaunchWindow(vertex);
        }
        auto purpose = checkPurpose(m_roadmap, links);
        m_findings.insert(m_findings.end(), std::make_move_iterator(purpose.begin()),
                          std::make_move_iterator(purpose.end()));
        return std::move(m_findings);
    }

    /// The checks that read dates, for what involves the missions `around` (sorted): what
    /// a slip of those missions can change. The rest of the findings stay as they are.
    std::vector<Finding> runAround(const std::vector<Vertex>& around) {
        std::vector<char> inScope(m_graph.vertexCount(), 0);
        for (const Vertex vertex : around) {
            inScope[vertex] = 1;
        }
        for (const Vertex vertex : around) {
            for (const DependencyEdge& edge : m_graph.edgesInto(vertex)) {
                checkTime(edge);
            }
            for (const auto edge :
                 boost::make_iterator_range(boost::out_edges(vertex, m_graph.graph()))) {
                const DependencyEdge& dependency = m_graph.edges()[m_graph.graph()[edge].index];
                if (!inScope[dependency.dependent]) { // else seen among its edges in
                    checkTime(dependency);
                }
            }
            checkStatusDates(vertex);
            checkLaunchWindow(vertex);
        }
        checkCapabilities(&inScope);
        if (!m_roadmap.knowledgeGaps.empty()) {
            checkKnowledgeGaps(linkKnowledgeGaps(m_roadmap), &inScope);
        }
        return std::move(m_findings);
    }

private:
    const Mission& mission(Vertex vertex) const {
        if (m_moved) {
            if (const Mission* moved = m_moved->find(vertex)) {
                return *moved;
            }
        }
        return m_missions[vertex];
    }
    MissionFacts facts(Vertex vertex) const {
        if (m_moved) {
            if (const Mission* moved = m_moved->find(vertex)) {
                return MissionGraph::factsOf(*moved);
            }
        }
        return m_graph.facts()[vertex];
    }

    void add(Severity severity, std::string_view code, std::vector<std::string> missions,
             std::string message) {
        m_findings.push_back(
            {severity, std::string(code), std::move(missions), std::move(message)});
    }

    void checkCycles() {
        for (const auto& cycle : m_graph.cycles()) {
            std::vector<std::string> ids;
            std::string path;
            for (const Vertex vertex : cycle) {
                ids.push_back(m_missions[vertex].id);
                path += fmt::format("\"{}\" -> ", m_missions[vertex].id);
            }
            path += fmt::format("\"{}\"", ids.front());
            add(Severity::Error, "dependency-cycle", std::move(ids),
                fmt::format("Missions {} require each other in a cycle, so none of them can "
                            "start first. Remove or reverse one of these dependencies.",
                            path));
        }
    }

    void checkTime(const DependencyEdge& edge) {
        // A cycle is the problem to fix first; its edges always run back in time.
        if (m_graph.inCycle(edge.prerequisite) && m_graph.inCycle(edge.dependent)) {
            return;
        }
        // Most dependencies hold: decide that from the packed facts, and read the missions
        // themselves only to compare days or to word a finding.
        const MissionFacts prerequisite = facts(edge.prerequisite);
        const MissionFacts dependent = facts(edge.dependent);
        const bool afterFinish = edge.type == DependencyType::FinishToStart;
        const bool anchorByDay = afterFinish ? prerequisite.finishByDay : prerequisite.startByDay;
        const MonthIndex anchorLast =
            afterFinish ? prerequisite.finishLast : prerequisite.startLast;
        if (!(dependent.startByDay && anchorByDay) &&
            dependent.startFirst >= anchorLast + edge.lagMonths) {
            return;
        }
        checkTime(mission(edge.prerequisite), mission(edge.dependent), *edge.data);
    }

    void checkTime(const Mission& prerequisite, const Mission& dependent,
                   const Prerequisite& dependency) {
        const bool afterFinish = dependency.type == DependencyType::FinishToStart;
        const Date& anchor = afterFinish ? prerequisite.finish() : prerequisite.start;
        const Date& start = dependent.start;
        const int lag = dependency.lagMonths;

        bool certain = false;
        int early = 0;
        std::string unit;
        if (start.precision() == DatePrecision::Day && anchor.precision() == DatePrecision::Day) {
            const Date required = anchor.addMonths(lag);
            if (start.firstDay() >= required.firstDay()) {
                return;
            }
            certain = true;
            early = required.firstMonth() - start.firstMonth();
            if (early == 0) {
                early = static_cast<int>((required.firstDay() - start.firstDay()).count());
                unit = fmt::format("{} day{}", early, early == 1 ? "" : "s");
            }
        } else if (start.lastMonth() < anchor.firstMonth() + lag) {
            certain = true;
            early = anchor.firstMonth() + lag - start.lastMonth();
        } else if (start.firstMonth() < anchor.lastMonth() + lag) {
            early = anchor.lastMonth() + lag - start.firstMonth();
        } else {
            return;
        }
        if (unit.empty()) {
            unit = months(early);
        }

        const bool soft = dependency.strength == DependencyStrength::Soft;
        Severity severity = certain ? Severity::Error : Severity::Warning;
        if (soft) {
            severity = milder(severity);
        }
        const std::string requirement =
            fmt::format("{} {} ({}){}", quoted(prerequisite), afterFinish ? "ends" : "starts",
                        anchor.toString(),
                        lag == 0 ? std::string() : fmt::format(" plus {} of lag", months(lag)));
        const std::string kind = soft ? "soft prerequisite" : "prerequisite";
        std::string message =
            certain ? fmt::format("Mission {} starts {}, before its {} {}: {} early.",
                                  quoted(dependent), start.toString(), kind, requirement, unit)
                    : fmt::format("Mission {} may start before its {} {}: as the dates are "
                                  "written, it can be up to {} early.",
                                  quoted(dependent), kind, requirement, unit);
        add(severity, "starts-before-prerequisite", {dependent.id, prerequisite.id},
            std::move(message));
    }

    /// `scope`: only the needs that a change of the missions in it can affect (their own,
    /// and those of capabilities they provide); all when null.
    void checkCapabilities(const std::vector<char>* scope) {
        struct Provider {
            std::size_t mission;
            const Date* from;
        };
        // Providers by capability position; references to undefined capabilities are the
        // structure check's business.
        const auto& capabilities = m_roadmap.capabilities;
        std::vector<char> touched(capabilities.size(), scope ? 0 : 1);
        bool anyNeeds = !scope;
        if (scope) {
            for (Vertex vertex = 0; vertex < m_graph.vertexCount(); ++vertex) {
                if ((*scope)[vertex]) {
                    anyNeeds = anyNeeds || !m_missions[vertex].needs.empty();
                    for (const CapabilityGrant& grant : m_missions[vertex].provides) {
                        if (const auto index = capabilities.indexOf(grant.capability)) {
                            touched[*index] = 1;
                            anyNeeds = true;
                        }
                    }
                }
            }
        }
        if (!anyNeeds) {
            return;
        }
        std::vector<std::vector<Provider>> providers(capabilities.size());
        for (std::size_t i = 0; i < m_missions.size(); ++i) {
            const Mission& provider = mission(static_cast<Vertex>(i));
            for (const CapabilityGrant& grant : provider.provides) {
                if (const auto index = capabilities.indexOf(grant.capability)) {
                    providers[*index].push_back(
                        {i, grant.from ? &*grant.from : &provider.finish()});
                }
            }
        }
        for (std::size_t i = 0; i < m_missions.size(); ++i) {
            const Mission& needer = mission(static_cast<Vertex>(i));
            for (const std::string& needed : needer.needs) {
                const auto index = capabilities.indexOf(needed);
                if (!index || capabilities[*index].initiallyAvailable ||
                    (scope && !(*scope)[i] && !touched[*index])) {
                    continue;
                }
                const Capability& capability = capabilities[*index];
                const Provider* earliest = nullptr;
                bool inTime = false;
                for (const Provider& provider : providers[*index]) {
                    if (provider.mission == i) {
                        continue;
                    }
                    // Late only when every reading of the dates is late.
                    inTime = inTime || provider.from->firstMonth() <= needer.start.lastMonth();
                    if (!earliest || *provider.from < *earliest->from) {
                        earliest = &provider;
                    }
                }
                if (inTime) {
                    continue;
                }
                if (!earliest) {
                    add(Severity::Error, "capability-not-demonstrated", {needer.id},
                        fmt::format("Mission {} needs \"{}\" ({}), which no mission of the "
                                    "roadmap demonstrates and which is not available from the "
                                    "start.",
                                    quoted(needer), capability.name, capability.id));
                    continue;
                }
                const Mission& provider = mission(static_cast<Vertex>(earliest->mission));
                add(Severity::Warning, "capability-not-demonstrated", {needer.id, provider.id},
                    fmt::format("Mission {} starts {} and needs \"{}\" ({}), but the first "
                                "mission to demonstrate it, {}, does so only from {}.",
                                quoted(needer), needer.start.toString(), capability.name,
                                capability.id, quoted(provider), earliest->from->toString()));
            }
        }
    }

    /// A mission that needs a knowledge gap closed and starts before it is (or may). `scope`
    /// as for capabilities: the needs of the missions in it, and the needs of the gaps they
    /// close.
    void checkKnowledgeGaps(const PurposeLinks& links, const std::vector<char>* scope) {
        const auto& gaps = m_roadmap.knowledgeGaps;
        if (links.needs.empty()) {
            return;
        }
        std::vector<char> touched(gaps.size(), scope ? 0 : 1);
        if (scope) {
            bool anyNeeds = false;
            for (const PurposeLinks::GapLink& link : links.needs) {
                anyNeeds = anyNeeds || (*scope)[link.mission];
            }
            for (const PurposeLinks::GapLink& link : links.closings) {
                if ((*scope)[link.mission]) {
                    touched[link.gap] = 1;
                    anyNeeds = true;
                }
            }
            if (!anyNeeds) {
                return;
            }
        }
        std::vector<std::vector<GapClosing>> closings(gaps.size());
        for (const PurposeLinks::GapLink& link : links.closings) {
            const Mission& closer = mission(link.mission);
            const GapClosure& closure = closer.closes[link.entry];
            closings[link.gap].push_back({link.mission, closure.from.value_or(closer.finish())});
        }
        for (auto& list : closings) {
            sortEarliestFirst(list);
        }
        for (const PurposeLinks::GapLink& link : links.needs) {
            if (scope && !(*scope)[link.mission] && !touched[link.gap]) {
                continue;
            }
            const Mission& needer = mission(link.mission);
            const GapNeed need = judgeGapNeed(link.mission, needer.start, closings[link.gap]);
            reportGapNeed(needer, gaps[link.gap], need);
        }
    }

    void reportGapNeed(const Mission& needer, const KnowledgeGap& gap, const GapNeed& need) {
        if (need.timing == GapTiming::InTime) {
            return;
        }
        const std::string what = fmt::format("knowledge gap \"{}\" ({})", gap.name, gap.id);
        const std::string who = fmt::format(
            "{} {}", needer.crew == Crew::Human ? "Crewed mission" : "Mission", quoted(needer));
        if (need.timing == GapTiming::NotClosed) {
            add(Severity::Error, "knowledge-gap-not-closed", {needer.id},
                fmt::format("{} needs {} closed before it starts ({}), but no mission of the "
                            "roadmap closes it.",
                            who, what, needer.start.toString()));
            return;
        }
        const Mission& closer = mission(static_cast<Vertex>(need.closer->mission));
        const Date& from = need.closer->from;
        const int late = -*need.marginMonths;
        if (need.timing == GapTiming::Late) {
            add(Severity::Warning, "knowledge-gap-closed-late", {needer.id, closer.id},
                fmt::format("{} starts {} and needs {} closed, but the first mission to close "
                            "it, {}, does so only from {}{}.",
                            who, needer.start.toString(), what, quoted(closer), from.toString(),
                            late > 0 ? fmt::format(": up to {} late", months(late))
                                     : std::string()));
            return;
        }
        add(Severity::Info, "knowledge-gap-closed-late", {needer.id, closer.id},
            fmt::format("{} may start ({}) before {} closes {} ({}): as the dates are written, "
                        "the gap can be closed {}after it starts.",
                        who, needer.start.toString(), quoted(closer), what, from.toString(),
                        late > 0 ? fmt::format("up to {} ", months(late)) : std::string()));
    }

    /// Commitments on conceptual missions: statuses only, no dates.
    void checkCommitments() {
        const std::vector<MissionFacts>& facts = m_graph.facts();
        for (const DependencyEdge& edge : m_graph.edges()) {
            const MissionStatus status = facts[edge.dependent].status;
            const bool committed =
                status == MissionStatus::Planned || status == MissionStatus::Operating;
            if (!committed || edge.strength != DependencyStrength::Hard ||
                facts[edge.prerequisite].status != MissionStatus::Conceptual) {
                continue;
            }
            const Mission& dependent = m_missions[edge.dependent];
            const Mission& prerequisite = m_missions[edge.prerequisite];
            add(Severity::Warning, "planned-depends-on-conceptual", {dependent.id, prerequisite.id},
                fmt::format("{} mission {} cannot fly without {}, which is only conceptual: a "
                            "commitment rests on a mission that is not approved.",
                            status == MissionStatus::Planned ? "Planned" : "Operating",
                            quoted(dependent), quoted(prerequisite)));
        }
    }

    /// A status that the dates contradict, given the roadmap's as-of date.
    void checkStatusDates(Vertex vertex) {
        const Mission& checked = mission(vertex);
        const auto asOfEnd = m_roadmap.asOf.lastDay();
        if (checked.status == MissionStatus::Completed && checked.finish().firstDay() > asOfEnd) {
            add(Severity::Error, "completed-in-future", {checked.id},
                fmt::format("Mission {} is marked completed but ends {}, after the roadmap's "
                            "as-of date ({}).",
                            quoted(checked), checked.finish().toString(),
                            m_roadmap.asOf.toString()));
        } else if (checked.status == MissionStatus::Operating &&
                   checked.start.firstDay() > asOfEnd) {
            add(Severity::Warning, "operating-not-started", {checked.id},
                fmt::format("Mission {} is marked operating but starts {}, after the roadmap's "
                            "as-of date ({}).",
                            quoted(checked), checked.start.toString(), m_roadmap.asOf.toString()));
        }
    }

    /// A launch no day of whose start reaches the destination under the launcher's limit:
    /// on the ephemerides where they apply, else (Mars beyond 1900-2100) on the synodic model.
    void checkLaunchWindow(Vertex vertex) {
        const Mission& checked = mission(vertex);
        const Destination* destination = m_roadmap.destinations.find(checked.destination);
        if (!destination) {
            return;
        }
        const auto first = checked.start.firstDay();
        const auto last = checked.start.lastDay();
        if (const auto target = launchTargetOf(*destination, &checked);
            target && ephemerisCovers(*target, first, last)) {
            checkOnEphemerides(checked, *target, first, last);
            return;
        }
        if (destination->body != CelestialBody::Mars || canLaunchToMars(first, last)) {
            return;
        }
        const MarsOpportunity nearest = nearestMarsOpportunity(first + (last - first) / 2);
        add(Severity::Warning, "outside-launch-window", {checked.id},
            fmt::format("Mission {} launches {}, outside the Earth-Mars transfer opportunities; "
                        "the nearest is around {} (open {} to {}). [synodic model: the "
                        "ephemerides cover 1900-2100]",
                        quoted(checked), checked.start.toString(), monthYear(nearest.predicted),
                        monthYear(nearest.opens), monthYear(nearest.closes)));
    }

    void checkOnEphemerides(const Mission& checked, const LaunchTarget& target,
                            std::chrono::sys_days first, std::chrono::sys_days last) {
        const auto meeting = cachedOpportunities(target, first, last);
        if (!meeting || !meeting->empty()) {
            return;
        }
        // The last opportunity before and the first after, within three years either side.
        const auto around = cachedOpportunities(
            target, std::max(first - std::chrono::days{3 * 365}, astro::kFirstTransferDay),
            std::min(last + std::chrono::days{3 * 365},
                     astro::lastLaunchDay(target.limits.longestFlight)));
        std::string nearestText;
        if (!around) {
            nearestText = fmt::format("the nearest could not be worked out ({})", around.error());
        } else {
            std::vector<std::string> nearest;
            const auto after = std::find_if(around->begin(), around->end(),
                                            [&](const auto& o) { return o.opens > last; });
            if (after != around->begin()) {
                nearest.push_back(opportunityText(*std::prev(after)));
            }
            if (after != around->end()) {
                nearest.push_back(opportunityText(*after));
            }
            nearestText = nearest.empty() ? std::string("none opens within three years")
                                          : fmt::format("the nearest opportunities: {}",
                                                        fmt::join(nearest, "; "));
        }
        add(Severity::Warning, "outside-launch-window", {checked.id},
            fmt::format("Mission {} launches {}, when no direct transfer reaches {} with a launch "
                        "energy (C3) of at most {:g} km²/s² ({}); {}. [ephemeris model: ERFA, "
                        "Lambert transfers]",
                        quoted(checked), checked.start.toString(), target.name, target.limits.c3Max,
                        limitSourceText(target.limitSource), nearestText));
    }

    static std::string opportunityText(const astro::Opportunity& opportunity) {
        return fmt::format("{:%Y-%m-%d} to {:%Y-%m-%d} (best {:%Y-%m-%d}, C3 {:.1f} km²/s²)",
                           opportunity.opens, opportunity.closes, opportunity.bestDeparture,
                           opportunity.minimumC3);
    }

    const MissionGraph& m_graph;
    const Roadmap& m_roadmap;
    const IdList<Mission>& m_missions;
    const MovedMissions* m_moved;
    std::vector<Finding> m_findings;
};

} // namespace

const Mission* MovedMissions::find(Vertex vertex) const {
    const auto found = std::lower_bound(vertices.begin(), vertices.end(), vertex);
    return found != vertices.end() && *found == vertex
               ? &missions[static_cast<std::size_t>(found - vertices.begin())]
               : nullptr;
}

std::vector<Finding> checkDatesAround(const MissionGraph& graph, const std::vector<Vertex>& around,
                                      const MovedMissions* moved) {
    return FeasibilityChecker(graph, moved).runAround(around);
}

std::vector<Finding> checkFeasibility(const MissionGraph& graph) {
    return FeasibilityChecker(graph).run();
}

} // namespace analysis_detail

std::vector<Finding> checkFeasibility(const Roadmap& roadmap) {
    return analysis_detail::checkFeasibility(analysis_detail::MissionGraph(roadmap));
}

} // namespace orrery
