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

GapNeed judgeGapNeed(std::size_t mission, const Date& start,
                     const std::vector<GapClosing>& closings) {
    GapNeed need;
    need.mission = mission;
    auto earliestLast = std::chrono::sys_days::max();
    MonthIndex earliestLastMonth = std::numeric_limits<MonthIndex>::max();
    for (const GapClosing& closing : closings) {
        if (closing.mission == mission) {
            continue; // a mission cannot wait for its own measurement
        }
        if (!need.closer) {
            need.closer = closing.mission; // closings come earliest first
        }
        earliestLast = std::min(earliestLast, closing.from.lastDay());
        earliestLastMonth = std::min(earliestLastMonth, closing.from.lastMonth());
    }
    if (!need.closer) {
        need.timing = GapTiming::NotClosed;
        return need;
    }
    const Date& first = std::find_if(closings.begin(), closings.end(), [&](const GapClosing& c) {
                            return c.mission == *need.closer;
                        })->from;
    need.marginMonths = start.firstMonth() - earliestLastMonth;
    if (start.lastDay() < first.firstDay()) {
        need.timing = GapTiming::Late;
    } else if (start.firstDay() < earliestLast) {
        need.timing = GapTiming::MaybeLate;
    } else {
        need.timing = GapTiming::InTime;
    }
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
        std::stable_sort(standing.closings.begin(), standing.closings.end(),
                         [](const GapClosing& a, const GapClosing& b) {
                             return a.from.firstDay() < b.from.firstDay();
                         });
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

std::vector<Finding> checkPurpose(const Roadmap& roadmap) {
    std::vector<Finding> findings;
    if (roadmap.goals.empty() && roadmap.objectives.empty() && roadmap.knowledgeGaps.empty()) {
        return findings;
    }
    std::vector<char> hasObjective(roadmap.goals.size(), 0);
    std::vector<char> pursued(roadmap.objectives.size(), 0);
    std::vector<char> needed(roadmap.knowledgeGaps.size(), 0);
    for (const Objective& objective : roadmap.objectives) {
        if (const auto goal = roadmap.goals.indexOf(objective.goal)) {
            hasObjective[*goal] = 1;
        }
    }
    for (const Mission& mission : roadmap.missions) {
        for (const std::string& objective : mission.objectives) {
            if (const auto index = roadmap.objectives.indexOf(objective)) {
                pursued[*index] = 1;
            }
        }
        for (const std::string& gap : mission.needsKnowledge) {
            if (const auto index = roadmap.knowledgeGaps.indexOf(gap)) {
                needed[*index] = 1;
            }
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
        if (!pursued[i]) {
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
        if (!needed[i]) {
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
        for (const Mission& mission : roadmap.missions) {
            if (mission.objectives.empty()) {
                findings.push_back(
                    {Severity::Info,
                     "mission-without-objective",
                     {mission.id},
                     fmt::format("Mission \"{}\" pursues none of the roadmap's objectives.",
                                 mission.id)});
            }
        }
    }
    return findings;
}

} // namespace analysis_detail

} // namespace orrery
