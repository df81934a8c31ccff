#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/analysis/scenarios.h>
#include <orrery/identifier.h>
#include <orrery/io/editions.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>

namespace orrery::cli {
namespace {

using nlohmann::ordered_json;

ordered_json monthOrNull(const std::optional<MonthIndex>& month) {
    return month ? ordered_json(monthIndexToString(*month)) : ordered_json();
}

ordered_json dateOrNull(const std::optional<Date>& date) {
    return date ? ordered_json(date->toString()) : ordered_json();
}

ordered_json ids(const std::vector<std::string>& list) {
    return ordered_json(list);
}

std::string joined(const std::vector<std::string>& list) {
    return list.empty() ? std::string("none") : fmt::format("{}", fmt::join(list, ", "));
}

std::string_view slipKindName(Slip::Kind kind) {
    switch (kind) {
    case Slip::Kind::Moved:
        return "moved";
    case Slip::Kind::Added:
        return "added";
    case Slip::Kind::Removed:
        return "removed";
    }
    return {};
}

std::string months(const std::optional<int>& shift) {
    return shift ? fmt::format("{:+}", *shift) : std::string("-");
}

} // namespace

void addScenariosOptions(CLI::App& command, ScenariosOptions& options) {
    command.add_option("file", options.file, "Roadmap file")->required();
    command.add_option("--target", options.target,
                       "Mission every scenario is measured towards (default: the plan's "
                       "latest-ending mission)");
    addFormatOption(command, options.format);
    command.footer("For the plan and each scenario: the target's planned and earliest start, "
                   "the critical path, findings by severity, objectives no mission pursues, "
                   "knowledge gaps no mission closes, and the missions added, dropped and "
                   "changed.\nExit codes: 0 compared, 1 the roadmap has no scenarios, 2 the file "
                   "cannot be loaded or the target does not exist.");
}

int scenarios(const ScenariosOptions& options, Context& context) {
    const std::optional<Roadmap> loaded = readOrExplain(options.file, context.err);
    if (!loaded) {
        return Unusable;
    }
    if (!options.target.empty() && !loaded->missions.contains(options.target)) {
        context.err << fmt::format("{}: no mission \"{}\" to use as target\n", options.file,
                                   options.target);
        return Unusable;
    }
    ComparisonOptions comparisonOptions;
    if (!options.target.empty()) {
        comparisonOptions.target = options.target;
    }
    const ScenarioComparison comparison = compareScenarios(*loaded, comparisonOptions);
    const int result = loaded->scenarios.empty() ? Findings : Success;

    if (options.format == OutputFormat::Json) {
        ordered_json report = ordered_json::object();
        report["target"] = comparison.target;
        auto& rows = report["scenarios"] = ordered_json::array();
        for (const ScenarioFigures& row : comparison.rows) {
            ordered_json item = ordered_json::object();
            item["id"] = row.scenario.empty() ? ordered_json() : ordered_json(row.scenario);
            item["name"] = row.name;
            if (!row.error.empty()) {
                item["error"] = row.error;
            }
            item["targetFlies"] = row.targetFlies;
            item["targetPlannedStart"] = monthOrNull(row.targetPlannedStart);
            item["targetEarliestStart"] = monthOrNull(row.targetEarliestStart);
            item["criticalPath"] = ids(row.criticalPath);
            item["findings"] = {{"errors", row.findings.errors},
                                {"warnings", row.findings.warnings},
                                {"infos", row.findings.infos}};
            item["objectivesOpen"] = ids(row.objectivesOpen);
            item["knowledgeGapsOpen"] = ids(row.gapsOpen);
            item["added"] = ids(row.added);
            item["dropped"] = ids(row.dropped);
            item["changed"] = ids(row.changed);
            rows.push_back(std::move(item));
        }
        context.out << report.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
        return result;
    }

    if (loaded->scenarios.empty()) {
        context.out << "The roadmap defines no scenarios; the plan alone:\n";
    }
    context.out << fmt::format("Target: {}\n",
                               comparison.target.empty() ? std::string("none") : comparison.target);
    for (const ScenarioFigures& row : comparison.rows) {
        context.out << '\n'
                    << (row.scenario.empty() ? std::string("Plan")
                                             : fmt::format("{} ({})", row.name, row.scenario))
                    << '\n';
        if (!row.error.empty()) {
            context.out << "  cannot be resolved: " << row.error << '\n';
            continue;
        }
        if (!row.targetFlies) {
            context.out << "  target: not flown in this scenario\n";
        } else {
            context.out << fmt::format(
                "  target: planned {}, earliest {}\n",
                row.targetPlannedStart ? monthIndexToString(*row.targetPlannedStart) : "-",
                row.targetEarliestStart ? monthIndexToString(*row.targetEarliestStart)
                                        : "in a cycle");
        }
        context.out << fmt::format("  critical path: {}\n",
                                   row.criticalPath.empty()
                                       ? std::string("none")
                                       : fmt::format("{}", fmt::join(row.criticalPath, " -> ")));
        context.out << fmt::format(
            "  findings: {}, {}, {}\n", countNoun(row.findings.errors, "error"),
            countNoun(row.findings.warnings, "warning"), countNoun(row.findings.infos, "note"));
        context.out << fmt::format("  objectives open: {}\n", joined(row.objectivesOpen));
        context.out << fmt::format("  knowledge gaps open: {}\n", joined(row.gapsOpen));
        if (!row.scenario.empty()) {
            context.out << fmt::format("  added: {}; dropped: {}; changed: {}\n", joined(row.added),
                                       joined(row.dropped), joined(row.changed));
        }
    }
    return result;
}

void addSlipsOptions(CLI::App& command, SlipsOptions& options) {
    command.add_option("file", options.file, "Roadmap file")->required();
    command.add_option("--since", options.since, "The earlier edition (its id in the roadmap)")
        ->required();
    addFormatOption(command, options.format);
    command.footer("Every mission whose start or end moved since the edition, biggest slip "
                   "first, then the missions added and removed. The edition's file is found "
                   "by its path next to the roadmap and must hold the content it was named "
                   "with.\nExit codes: 0 nothing moved, 1 missions moved, were added or "
                   "removed, 2 a file cannot be loaded, or the edition is unknown or changed.");
}

int slips(const SlipsOptions& options, Context& context) {
    const std::optional<Roadmap> plan = readOrExplain(options.file, context.err, context.scenario);
    if (!plan) {
        return Unusable;
    }
    const auto read = readEditionOrExplain(*plan, options.file, options.since, context.err);
    if (!read) {
        return Unusable;
    }
    const auto& [reference, earlier] = *read;
    const EditionReference* edition = &reference;
    const std::vector<Slip> found = slipsSince(earlier, *plan);
    const int result = found.empty() ? Success : Findings;

    if (options.format == OutputFormat::Json) {
        ordered_json report = ordered_json::object();
        report["since"] = {{"id", edition->id},
                           {"title", edition->title},
                           {"edition", edition->edition},
                           {"path", edition->path}};
        auto& list = report["slips"] = ordered_json::array();
        for (const Slip& slip : found) {
            list.push_back(
                {{"mission", slip.mission},
                 {"name", slip.name},
                 {"kind", slipKindName(slip.kind)},
                 {"startBefore", dateOrNull(slip.startBefore)},
                 {"startAfter", dateOrNull(slip.startAfter)},
                 {"startMonths",
                  slip.startMonths ? ordered_json(*slip.startMonths) : ordered_json()},
                 {"endBefore", dateOrNull(slip.endBefore)},
                 {"endAfter", dateOrNull(slip.endAfter)},
                 {"endMonths", slip.endMonths ? ordered_json(*slip.endMonths) : ordered_json()}});
        }
        context.out << report.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
        return result;
    }

    const std::string since =
        edition->edition.empty() ? edition->title : edition->title + ", " + edition->edition;
    if (found.empty()) {
        context.out << fmt::format("Nothing moved since {}.\n", since);
        return result;
    }
    context.out << fmt::format("Since {}:\n", since);
    const auto dateText = [](const std::optional<Date>& date) {
        return date ? date->toString() : std::string("-");
    };
    for (const Slip& slip : found) {
        switch (slip.kind) {
        case Slip::Kind::Moved: {
            std::vector<std::string> moves;
            if (slip.startMonths.value_or(0) != 0) {
                moves.push_back(fmt::format("start {} -> {} ({} months)",
                                            dateText(slip.startBefore), dateText(slip.startAfter),
                                            months(slip.startMonths)));
            }
            if (slip.endBefore != slip.endAfter && slip.endMonths.value_or(1) != 0) {
                moves.push_back(
                    fmt::format("end {} -> {}{}", dateText(slip.endBefore), dateText(slip.endAfter),
                                slip.endMonths ? fmt::format(" ({} months)", months(slip.endMonths))
                                               : std::string()));
            }
            context.out << fmt::format("  {} ({}): {}\n", slip.mission, slip.name,
                                       fmt::join(moves, ", "));
            break;
        }
        case Slip::Kind::Added:
            context.out << fmt::format("  {} ({}): added, from {}\n", slip.mission, slip.name,
                                       dateText(slip.startAfter));
            break;
        case Slip::Kind::Removed:
            context.out << fmt::format("  {} ({}): removed (was from {})\n", slip.mission,
                                       slip.name, dateText(slip.startBefore));
            break;
        }
    }
    return result;
}

void addEditionsOptions(CLI::App& command, EditionsOptions& options) {
    command.add_option("file", options.file, "Roadmap file")->required();
    command.add_option("--name", options.name,
                       "Name this earlier edition's file in the roadmap (its path is kept "
                       "relative to the roadmap's folder)");
    command.add_option("--id", options.id, "The id to name it by (with --name)");
    command.footer("Lists the earlier editions a roadmap names and whether each is found "
                   "with the content it was named with; with --name, adds one and rewrites "
                   "the roadmap.\nExit codes: 0 every edition found as named, 1 some is "
                   "missing or changed, 2 a file cannot be loaded or written.");
}

int editions(const EditionsOptions& options, Context& context) {
    std::optional<Roadmap> roadmap = readOrExplain(options.file, context.err);
    if (!roadmap) {
        return Unusable;
    }
    if (!options.name.empty()) {
        const std::optional<Roadmap> earlier = readOrExplain(options.name, context.err);
        if (!earlier) {
            return Unusable;
        }
        const std::string id = options.id.empty()
                                   ? std::filesystem::path(options.name).stem().stem().string()
                                   : options.id;
        if (!isWellFormedId(id)) {
            context.err << fmt::format("{}: \"{}\" is not an id (1 to 64 letters, digits, '.', "
                                       "'_' or '-', starting with a letter or digit); give one "
                                       "with --id\n",
                                       options.file, id);
            return Unusable;
        }
        if (std::filesystem::equivalent(options.name, options.file)) {
            context.err << fmt::format("{}: a roadmap cannot name itself as an earlier edition\n",
                                       options.file);
            return Unusable;
        }
        if (roadmap->editions.contains(id)) {
            context.err << fmt::format("{}: already names an edition \"{}\"; give another --id\n",
                                       options.file, id);
            return Unusable;
        }
        const auto base = std::filesystem::absolute(options.file).parent_path();
        std::string path =
            std::filesystem::absolute(options.name).lexically_relative(base).generic_string();
        if (path.empty()) {
            // On another root than the roadmap: only an absolute path reaches it.
            path = std::filesystem::absolute(options.name).generic_string();
        }
        roadmap->editions.append(referenceTo(*earlier, id, path));
        if (auto saved = saveRoadmapFile(*roadmap, options.file); !saved) {
            context.err << fmt::format("{}: cannot be written: {}\n", options.file,
                                       saved.error().message);
            return Unusable;
        }
        context.out << fmt::format("{}: names {} as edition \"{}\"\n", options.file, path, id);
    }
    bool allFound = true;
    for (const EditionReference& edition : roadmap->editions) {
        const auto loaded = loadEdition(edition, options.file);
        allFound = allFound && loaded.has_value();
        context.out << fmt::format("{} ({}{}): {}\n", edition.id, edition.title,
                                   edition.edition.empty() ? "" : ", " + edition.edition,
                                   loaded ? "found, " + edition.path : loaded.error());
    }
    if (roadmap->editions.empty()) {
        context.out << "The roadmap names no earlier editions.\n";
    }
    return allFound ? Success : Findings;
}

} // namespace orrery::cli
