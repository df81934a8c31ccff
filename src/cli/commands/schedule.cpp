#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/analysis/analysis.h>
#include <orrery/io/reader.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace orrery::cli {

void addScheduleOptions(CLI::App& command, ScheduleOptions& options) {
    command.add_option("file", options.file, "Roadmap file")->required();
    command.add_option("--target", options.target,
                       "Mission to measure slack and the critical path towards (default: the "
                       "latest-ending mission)");
    addFormatOption(command, options.format);
    command.footer("For every mission: planned start, earliest start its prerequisites allow, "
                   "slack in months towards the target, and whether it is critical.\nExit "
                   "codes: 0 every mission can start as planned, 1 some cannot (earliest "
                   "start after the planned one, or in a dependency cycle), 2 the file cannot "
                   "be loaded or the target does not exist.");
}

int schedule(const ScheduleOptions& options, Context& context) {
    const std::optional<Roadmap> loaded =
        readOrExplain(options.file, context.err, context.scenario);
    if (!loaded) {
        return Unusable;
    }
    const Roadmap& roadmap = *loaded;
    if (!options.target.empty() && !roadmap.missions.contains(options.target)) {
        context.err << fmt::format("{}: no mission \"{}\" to use as target\n", options.file,
                                   options.target);
        return Unusable;
    }
    const Schedule result = computeSchedule(
        roadmap,
        options.target.empty() ? std::nullopt : std::optional<std::string_view>(options.target));
    const auto idOf = [&](std::size_t index) { return roadmap.missions[index].id; };

    bool anyLate = !result.excluded.empty();
    for (const MissionSchedule& entry : result.missions) {
        anyLate = anyLate || entry.isLate();
    }

    if (options.format == OutputFormat::Json) {
        auto report = nlohmann::ordered_json::object();
        report["target"] =
            result.target ? nlohmann::ordered_json(idOf(*result.target)) : nlohmann::ordered_json();
        auto& missions = report["missions"] = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < result.missions.size(); ++i) {
            const MissionSchedule& entry = result.missions[i];
            auto item = nlohmann::ordered_json::object();
            item["id"] = idOf(i);
            item["plannedStart"] = monthIndexToString(entry.plannedStart);
            item["earliestStart"] =
                entry.earliestStart
                    ? nlohmann::ordered_json(monthIndexToString(*entry.earliestStart))
                    : nlohmann::ordered_json();
            item["slackMonths"] = entry.slackMonths ? nlohmann::ordered_json(*entry.slackMonths)
                                                    : nlohmann::ordered_json();
            item["critical"] = entry.critical;
            item["bindingPrerequisite"] =
                entry.bindingPrerequisite ? nlohmann::ordered_json(idOf(*entry.bindingPrerequisite))
                                          : nlohmann::ordered_json();
            missions.push_back(std::move(item));
        }
        auto& path = report["criticalPath"] = nlohmann::ordered_json::array();
        for (const std::size_t index : result.criticalPath) {
            path.push_back(idOf(index));
        }
        auto& excluded = report["excluded"] = nlohmann::ordered_json::array();
        for (const std::size_t index : result.excluded) {
            excluded.push_back(idOf(index));
        }
        context.out << report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                    << '\n';
        return anyLate ? Findings : Success;
    }

    if (result.target) {
        context.out << fmt::format("Target: {} ({})\n", idOf(*result.target),
                                   roadmap.missions[*result.target].name);
    }
    std::size_t width = 2;
    for (const Mission& mission : roadmap.missions) {
        width = std::max(width, mission.id.size());
    }
    context.out << fmt::format("{:<{}}  {:<8} {:<8} {:>5}  {:<8}  {}\n", "id", width, "planned",
                               "earliest", "slack", "critical", "waits for");
    for (std::size_t i = 0; i < result.missions.size(); ++i) {
        const MissionSchedule& entry = result.missions[i];
        context.out << fmt::format(
            "{:<{}}  {:<8} {:<8} {:>5}  {:<8}  {}{}\n", idOf(i), width,
            monthIndexToString(entry.plannedStart),
            entry.earliestStart ? monthIndexToString(*entry.earliestStart) : "-",
            entry.slackMonths ? std::to_string(*entry.slackMonths) : "-",
            entry.critical ? "yes" : "no",
            entry.bindingPrerequisite ? idOf(*entry.bindingPrerequisite) : "",
            entry.excluded   ? "(in a dependency cycle)"
            : entry.isLate() ? "  LATE"
                             : "");
    }
    if (!result.criticalPath.empty()) {
        std::string path;
        for (const std::size_t index : result.criticalPath) {
            path += path.empty() ? idOf(index) : " -> " + idOf(index);
        }
        context.out << "Critical path: " << path << '\n';
    }
    if (!result.excluded.empty()) {
        std::string excluded;
        for (const std::size_t index : result.excluded) {
            excluded += excluded.empty() ? idOf(index) : ", " + idOf(index);
        }
        context.out << "Not scheduled (in a dependency cycle): " << excluded << '\n';
    }
    return anyLate ? Findings : Success;
}

} // namespace orrery::cli
