#include "internal.h"

#include <orrery/analysis/strategy.h>

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace orrery {

Traceability traceObjectives(const Roadmap& roadmap) {
    Traceability trace;
    const std::size_t lanes = roadmap.destinations.size();
    std::vector<std::size_t> lane(roadmap.missions.size());
    trace.missions.resize(roadmap.missions.size());
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        trace.missions[i] = i;
        lane[i] = roadmap.destinations.indexOf(roadmap.missions[i].destination).value_or(lanes);
    }
    std::stable_sort(
        trace.missions.begin(), trace.missions.end(), [&](std::size_t a, std::size_t b) {
            if (lane[a] != lane[b]) {
                return lane[a] < lane[b];
            }
            return roadmap.missions[a].start.firstDay() < roadmap.missions[b].start.firstDay();
        });

    std::vector<ObjectiveTrace> objectives(roadmap.objectives.size());
    for (std::size_t i = 0; i < objectives.size(); ++i) {
        objectives[i].objective = i;
    }
    for (const std::size_t mission : trace.missions) {
        for (const std::string& pursued : roadmap.missions[mission].objectives) {
            if (const auto index = roadmap.objectives.indexOf(pursued)) {
                objectives[*index].missions.push_back(mission);
            }
        }
    }
    trace.goals.resize(roadmap.goals.size());
    GoalTrace undefined;
    for (std::size_t i = 0; i < roadmap.goals.size(); ++i) {
        trace.goals[i].goal = i;
    }
    for (ObjectiveTrace& objective : objectives) {
        const auto goal = roadmap.goals.indexOf(roadmap.objectives[objective.objective].goal);
        (goal ? trace.goals[*goal] : undefined).objectives.push_back(std::move(objective));
    }
    if (!undefined.objectives.empty()) {
        trace.goals.push_back(std::move(undefined));
    }
    return trace;
}

void sortEarliestFirst(std::vector<GapClosing>& closings) {
    std::stable_sort(closings.begin(), closings.end(),
                     [](const GapClosing& a, const GapClosing& b) {
                         return a.from.firstDay() < b.from.firstDay();
                     });
}

GapNeed judgeGapNeed(std::size_t mission, const Date& start,
                     const std::vector<GapClosing>& closings) {
    // As for prerequisites: months are compared, days only when both dates have them, and a
    // start in the month the gap closes is in time.
    GapNeed need;
    need.mission = mission;
    bool inTime = false;
    bool late = true;
    MonthIndex earliestLastMonth = std::numeric_limits<MonthIndex>::max();
    for (const GapClosing& closing : closings) {
        if (closing.mission == mission) {
            continue; // a mission cannot wait for its own measurement
        }
        if (!need.closer) {
            need.closer = closing; // closings come earliest first
        }
        const Date& from = closing.from;
        earliestLastMonth = std::min(earliestLastMonth, from.lastMonth());
        if (start.precision() == DatePrecision::Day && from.precision() == DatePrecision::Day) {
            const bool before = start.firstDay() < from.firstDay();
            inTime = inTime || !before;
            late = late && before;
        } else {
            inTime = inTime || start.firstMonth() >= from.lastMonth();
            late = late && start.lastMonth() < from.firstMonth();
        }
    }
    if (!need.closer) {
        need.timing = GapTiming::NotClosed;
        return need;
    }
    need.marginMonths = start.firstMonth() - earliestLastMonth;
    need.timing = inTime ? GapTiming::InTime : late ? GapTiming::Late : GapTiming::MaybeLate;
    return need;
}

std::vector<GapStanding> knowledgeGapStandings(const Roadmap& roadmap) {
    std::vector<GapStanding> standings(roadmap.knowledgeGaps.size());
    for (std::size_t i = 0; i < standings.size(); ++i) {
        standings[i].gap = i;
    }
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        const Mission& mission = roadmap.missions[i];
        for (const GapClosure& closure : mission.closes) {
            if (const auto gap = roadmap.knowledgeGaps.indexOf(closure.gap)) {
                standings[*gap].closings.push_back({i, closure.from.value_or(mission.finish())});
            }
        }
    }
    for (GapStanding& standing : standings) {
        sortEarliestFirst(standing.closings);
    }
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        const Mission& mission = roadmap.missions[i];
        for (const std::string& needed : mission.needsKnowledge) {
            if (const auto gap = roadmap.knowledgeGaps.indexOf(needed)) {
                standings[*gap].needs.push_back(
                    judgeGapNeed(i, mission.start, standings[*gap].closings));
            }
        }
    }
    for (GapStanding& standing : standings) {
        std::stable_sort(standing.needs.begin(), standing.needs.end(),
                         [&](const GapNeed& a, const GapNeed& b) {
                             return roadmap.missions[a.mission].start.firstDay() <
                                    roadmap.missions[b.mission].start.firstDay();
                         });
    }
    return standings;
}

namespace analysis_detail {

PurposeLinks linkKnowledgeGaps(const Roadmap& roadmap) {
    PurposeLinks links(roadmap);
    if (roadmap.knowledgeGaps.empty()) {
        return links;
    }
    for (Vertex vertex = 0; vertex < roadmap.missions.size(); ++vertex) {
        const Mission& mission = roadmap.missions[vertex];
        for (const std::string& gap : mission.needsKnowledge) {
            if (const auto index = roadmap.knowledgeGaps.indexOf(gap)) {
                links.gapNeeded[*index] = 1;
                links.needs.push_back({vertex, static_cast<std::uint32_t>(*index), 0});
            }
        }
        for (std::size_t entry = 0; entry < mission.closes.size(); ++entry) {
            if (const auto index = roadmap.knowledgeGaps.indexOf(mission.closes[entry].gap)) {
                links.closings.push_back({vertex, static_cast<std::uint32_t>(*index),
                                          static_cast<std::uint32_t>(entry)});
            }
        }
    }
    return links;
}

std::vector<Finding> checkPurpose(const Roadmap& roadmap, const PurposeLinks& links) {
    std::vector<Finding> findings;
    if (roadmap.goals.empty() && roadmap.objectives.empty() && roadmap.knowledgeGaps.empty()) {
        return findings;
    }
    std::vector<char> hasObjective(roadmap.goals.size(), 0);
    for (const Objective& objective : roadmap.objectives) {
        if (const auto goal = roadmap.goals.indexOf(objective.goal)) {
            hasObjective[*goal] = 1;
        }
    }
    for (std::size_t i = 0; i < roadmap.goals.size(); ++i) {
        if (!hasObjective[i]) {
            const Goal& goal = roadmap.goals[i];
            findings.push_back({Severity::Info,
                                "goal-without-objectives",
                                {},
                                fmt::format("Goal \"{}\" ({}) has no objectives, so no mission "
                                            "can be said to pursue it.",
                                            goal.name, goal.id)});
        }
    }
    for (std::size_t i = 0; i < roadmap.objectives.size(); ++i) {
        if (!links.objectivePursued[i]) {
            const Objective& objective = roadmap.objectives[i];
            const Goal* goal = roadmap.goals.find(objective.goal);
            findings.push_back(
                {Severity::Warning,
                 "objective-unpursued",
                 {},
                 fmt::format("No mission of the roadmap pursues objective \"{}\" ({}){}.",
                             objective.name, objective.id,
                             goal ? fmt::format(" of goal \"{}\"", goal->name) : std::string())});
        }
    }
    for (std::size_t i = 0; i < roadmap.knowledgeGaps.size(); ++i) {
        if (!links.gapNeeded[i]) {
            const KnowledgeGap& gap = roadmap.knowledgeGaps[i];
            findings.push_back({Severity::Info,
                                "knowledge-gap-unneeded",
                                {},
                                fmt::format("No mission needs knowledge gap \"{}\" ({}) closed "
                                            "before it starts.",
                                            gap.name, gap.id)});
        }
    }
    if (!roadmap.objectives.empty()) {
        for (const Vertex vertex : links.withoutObjective) {
            const Mission& mission = roadmap.missions[vertex];
            findings.push_back(
                {Severity::Info,
                 "mission-without-objective",
                 {mission.id},
                 fmt::format("Mission \"{}\" pursues none of the roadmap's objectives.",
                             mission.id)});
        }
    }
    return findings;
}

} // namespace analysis_detail

} // namespace orrery
