#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/analysis/strategy.h>
#include <orrery/io/reader.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>

namespace orrery::cli {
namespace {

using nlohmann::ordered_json;

std::string_view timingName(GapTiming timing) {
    switch (timing) {
    case GapTiming::InTime:
        return "in-time";
    case GapTiming::MaybeLate:
        return "maybe-late";
    case GapTiming::Late:
        return "late";
    case GapTiming::NotClosed:
        return "not-closed";
    }
    return {};
}

int traceObjectivesReport(const Roadmap& roadmap, OutputFormat format, std::ostream& out) {
    const Traceability trace = traceObjectives(roadmap);
    const auto missionId = [&](std::size_t index) -> const std::string& {
        return roadmap.missions[index].id;
    };
    bool unpursued = false;
    for (const GoalTrace& goal : trace.goals) {
        for (const ObjectiveTrace& objective : goal.objectives) {
            unpursued = unpursued || objective.missions.empty();
        }
    }
    const int result = unpursued ? Findings : Success;

    if (format == OutputFormat::Json) {
        ordered_json report = ordered_json::object();
        auto& missions = report["missions"] = ordered_json::array();
        for (const std::size_t index : trace.missions) {
            const Mission& mission = roadmap.missions[index];
            missions.push_back(
                {{"id", mission.id}, {"name", mission.name}, {"destination", mission.destination}});
        }
        auto& goals = report["goals"] = ordered_json::array();
        for (const GoalTrace& goal : trace.goals) {
            ordered_json item = ordered_json::object();
            item["id"] = goal.goal ? ordered_json(roadmap.goals[*goal.goal].id) : ordered_json();
            item["name"] =
                goal.goal ? ordered_json(roadmap.goals[*goal.goal].name) : ordered_json();
            auto& objectives = item["objectives"] = ordered_json::array();
            for (const ObjectiveTrace& objective : goal.objectives) {
                const Objective& model = roadmap.objectives[objective.objective];
                auto pursuers = ordered_json::array();
                for (const std::size_t mission : objective.missions) {
                    pursuers.push_back(missionId(mission));
                }
                objectives.push_back({{"id", model.id},
                                      {"name", model.name},
                                      {"goal", model.goal},
                                      {"missions", std::move(pursuers)}});
            }
            goals.push_back(std::move(item));
        }
        out << report.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
        return result;
    }

    if (format == OutputFormat::Csv) {
        // The matrix itself: an objective a row, a mission a column, "x" where it pursues it.
        std::vector<std::string> header{"goal", "goal name", "objective", "objective name"};
        for (const std::size_t index : trace.missions) {
            header.push_back(missionId(index));
        }
        out << csvRow(header);
        std::vector<std::size_t> column(roadmap.missions.size());
        for (std::size_t c = 0; c < trace.missions.size(); ++c) {
            column[trace.missions[c]] = c;
        }
        for (const GoalTrace& goal : trace.goals) {
            for (const ObjectiveTrace& objective : goal.objectives) {
                const Objective& model = roadmap.objectives[objective.objective];
                std::vector<std::string> row{
                    model.goal, goal.goal ? roadmap.goals[*goal.goal].name : std::string(),
                    model.id, model.name};
                row.resize(4 + trace.missions.size());
                for (const std::size_t mission : objective.missions) {
                    row[4 + column[mission]] = "x";
                }
                out << csvRow(row);
            }
        }
        return result;
    }

    if (trace.goals.empty()) {
        out << "The roadmap states no goals or objectives.\n";
        return result;
    }
    for (const GoalTrace& goal : trace.goals) {
        if (goal.goal) {
            const Goal& model = roadmap.goals[*goal.goal];
            out << fmt::format("{} ({})\n", model.name, model.id);
        } else {
            out << "Objectives of goals the roadmap does not define\n";
        }
        if (goal.objectives.empty()) {
            out << "  (no objectives)\n";
        }
        for (const ObjectiveTrace& objective : goal.objectives) {
            const Objective& model = roadmap.objectives[objective.objective];
            std::string missions;
            for (const std::size_t mission : objective.missions) {
                missions += (missions.empty() ? "" : ", ") + missionId(mission);
            }
            out << fmt::format("  {} ({}): {}\n", model.name, model.id,
                               missions.empty() ? "NO MISSION" : missions);
        }
    }
    std::string aimless;
    for (const std::size_t index : trace.missions) {
        if (roadmap.missions[index].objectives.empty()) {
            aimless += (aimless.empty() ? "" : ", ") + missionId(index);
        }
    }
    if (!aimless.empty()) {
        out << "Missions that pursue no objective: " << aimless << '\n';
    }
    return result;
}

int traceGapsReport(const Roadmap& roadmap, OutputFormat format, std::ostream& out) {
    const auto standings = knowledgeGapStandings(roadmap);
    const auto missionId = [&](std::size_t index) -> const std::string& {
        return roadmap.missions[index].id;
    };
    bool unmet = false;
    for (const GapStanding& standing : standings) {
        for (const GapNeed& need : standing.needs) {
            unmet = unmet || need.timing == GapTiming::Late || need.timing == GapTiming::NotClosed;
        }
    }
    const int result = unmet ? Findings : Success;

    if (format == OutputFormat::Json) {
        ordered_json report = ordered_json::object();
        auto& gaps = report["knowledgeGaps"] = ordered_json::array();
        for (const GapStanding& standing : standings) {
            const KnowledgeGap& gap = roadmap.knowledgeGaps[standing.gap];
            ordered_json item = ordered_json::object();
            item["id"] = gap.id;
            item["name"] = gap.name;
            auto& closedBy = item["closedBy"] = ordered_json::array();
            for (const GapClosing& closing : standing.closings) {
                closedBy.push_back(
                    {{"mission", missionId(closing.mission)}, {"from", closing.from.toString()}});
            }
            auto& neededBy = item["neededBy"] = ordered_json::array();
            for (const GapNeed& need : standing.needs) {
                neededBy.push_back(
                    {{"mission", missionId(need.mission)},
                     {"start", roadmap.missions[need.mission].start.toString()},
                     {"timing", timingName(need.timing)},
                     {"closedFirstBy",
                      need.closer ? ordered_json(missionId(need.closer->mission)) : ordered_json()},
                     {"marginMonths",
                      need.marginMonths ? ordered_json(*need.marginMonths) : ordered_json()}});
            }
            gaps.push_back(std::move(item));
        }
        out << report.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
        return result;
    }

    if (format == OutputFormat::Csv) {
        out << csvRow({"gap", "gap name", "needed by", "start", "closed first by", "closed from",
                       "margin months", "timing"});
        for (const GapStanding& standing : standings) {
            const KnowledgeGap& gap = roadmap.knowledgeGaps[standing.gap];
            if (standing.needs.empty()) {
                const bool closed = !standing.closings.empty();
                out << csvRow({gap.id, gap.name, "", "",
                               closed ? missionId(standing.closings[0].mission) : "",
                               closed ? standing.closings[0].from.toString() : "", "", ""});
            }
            for (const GapNeed& need : standing.needs) {
                out << csvRow({gap.id, gap.name, missionId(need.mission),
                               roadmap.missions[need.mission].start.toString(),
                               need.closer ? missionId(need.closer->mission) : "",
                               need.closer ? need.closer->from.toString() : "",
                               need.marginMonths ? std::to_string(*need.marginMonths) : "",
                               std::string(timingName(need.timing))});
            }
        }
        return result;
    }

    if (standings.empty()) {
        out << "The roadmap states no knowledge gaps.\n";
        return result;
    }
    for (const GapStanding& standing : standings) {
        const KnowledgeGap& gap = roadmap.knowledgeGaps[standing.gap];
        out << fmt::format("{} ({})\n", gap.name, gap.id);
        std::string closers;
        for (const GapClosing& closing : standing.closings) {
            closers += fmt::format("{}{} {}", closers.empty() ? "" : ", ",
                                   missionId(closing.mission), closing.from.toString());
        }
        out << fmt::format("  closed by: {}\n", closers.empty() ? "NO MISSION" : closers);
        if (standing.needs.empty()) {
            out << "  needed by: no mission\n";
        }
        for (const GapNeed& need : standing.needs) {
            const Mission& mission = roadmap.missions[need.mission];
            std::string state;
            switch (need.timing) {
            case GapTiming::InTime:
                state = fmt::format("in time, margin {} months", *need.marginMonths);
                break;
            case GapTiming::MaybeLate:
                state = fmt::format("may be closed late (margin {} months)", *need.marginMonths);
                break;
            case GapTiming::Late:
                state = fmt::format("LATE: closed only from {} by {}", need.closer->from.toString(),
                                    missionId(need.closer->mission));
                break;
            case GapTiming::NotClosed:
                state = "NOT CLOSED by any mission";
                break;
            }
            out << fmt::format("  needed by: {} {}{}: {}\n", mission.id, mission.start.toString(),
                               mission.crew == Crew::Human ? " (crewed)" : "", state);
        }
    }
    return result;
}

} // namespace

void addTraceOptions(CLI::App& command, TraceOptions& options) {
    command.add_option("file", options.file, "Roadmap file")->required();
    command.add_flag("--gaps", options.gaps,
                     "The knowledge gaps instead: who closes each when, who needs it when, the "
                     "margin in months");
    addFormatOption(command, options.format, true);
    command.footer("Without --gaps: the traceability matrix, goals and their objectives down, "
                   "missions across (grouped by destination); csv gives the matrix with an x "
                   "where a mission pursues an objective.\nExit codes: 0 every objective is "
                   "pursued (with --gaps: every gap needed is closed in time, or may be), 1 "
                   "some objective is pursued by no mission (with --gaps: some gap is closed "
                   "late or not at all), 2 the file cannot be loaded.");
}

int trace(const TraceOptions& options, Context& context) {
    const std::optional<Roadmap> loaded =
        readOrExplain(options.file, context.err, context.scenario);
    if (!loaded) {
        return Unusable;
    }
    return options.gaps ? traceGapsReport(*loaded, options.format, context.out)
                        : traceObjectivesReport(*loaded, options.format, context.out);
}

} // namespace orrery::cli
