#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/io/csv.h>
#include <orrery/io/import.h>
#include <orrery/io/mspdi.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>

namespace orrery::cli {

void addImportOptions(CLI::App& command, ImportOptions& options) {
    command.add_option("file", options.file, "The plan: .xml (MS Project XML) or .csv")->required();
    command.add_option("-o,--output", options.output, "The roadmap to write")->required();
    command.add_option("--mapping", options.mapping,
                       "MS Project XML: which field supplies the mission id, agency, partners, "
                       "destination, crew and status (JSON; --write-mapping writes one to edit)");
    command.add_option("--write-mapping", options.writeMapping,
                       "MS Project XML: write the mapping used (the one the file suggests, or "
                       "--mapping's) to this file");
    command
        .add_option("--precision", options.precision,
                    "MS Project XML: day dates become month (default) or day dates")
        ->check(CLI::IsMember({"month", "day"}));
    command.add_option("--agency", options.agency,
                       "The lead agency of tasks that name none; with --contribution-to, the "
                       "agency contributing");
    command.add_option("--lane", options.lane,
                       "MS Project XML: the destination of tasks under no summary task and "
                       "with no destination field");
    command.add_option("--contribution-to", options.baseline,
                       "Import as the agency's contribution against this roadmap: its missions "
                       "replaced by the plan's, for review");
    command.add_option("--title", options.title, "The new roadmap's title");
    command.add_flag("--skip-bad", options.skipBad,
                     "Import the good rows or tasks and leave out the bad ones");
    command.add_flag("--force", options.force, "Replace the output file if it exists");
    command.footer("Exit codes: 0 written, 2 the file cannot be read or holds bad rows or tasks "
                   "(each is listed with its line; nothing is written unless --skip-bad).");
}

int importPlan(const ImportOptions& options, Context& context) {
    const auto format = importFormatOf(options.file);
    if (!format) {
        context.err << fmt::format("{}: the extension must be .xml (MS Project XML) or .csv\n",
                                   options.file);
        return Unusable;
    }
    if (*format == ImportFormat::Csv &&
        (!options.mapping.empty() || !options.writeMapping.empty() || !options.precision.empty() ||
         !options.lane.empty())) {
        context.err << fmt::format(
            "{}: --mapping, --write-mapping, --precision and --lane are for MS "
            "Project XML; a CSV file's header names its columns\n",
            options.file);
        return Unusable;
    }
    if (!options.baseline.empty() && options.agency.empty()) {
        context.err << "--contribution-to needs --agency: the agency whose plan it is\n";
        return Unusable;
    }
    if (!options.force && std::filesystem::exists(options.output)) {
        context.err << fmt::format("{}: the file exists; --force replaces it\n", options.output);
        return Unusable;
    }
    std::optional<Roadmap> baseline;
    if (!options.baseline.empty()) {
        baseline = readOrExplain(options.baseline, context.err);
        if (!baseline) {
            return Unusable;
        }
    }
    const auto text = readImportFile(options.file);
    if (!text) {
        context.err << text.error().describe(options.file) << '\n';
        return Unusable;
    }

    ImportedPlan plan;
    std::string title = options.title;
    if (*format == ImportFormat::Csv) {
        plan = readMissionCsv(*text);
    } else {
        const auto project = readMspdi(*text);
        if (!project) {
            context.err << project.error().describe(options.file) << '\n';
            return Unusable;
        }
        MspdiMapping mapping = suggestedMapping(*project);
        if (!options.mapping.empty()) {
            const auto mappingText = readImportFile(options.mapping);
            if (!mappingText) {
                context.err << mappingText.error().describe(options.mapping) << '\n';
                return Unusable;
            }
            auto chosen = mappingFromJson(*mappingText);
            if (!chosen) {
                context.err << fmt::format("{}: {}\n", options.mapping, chosen.error());
                return Unusable;
            }
            mapping = std::move(*chosen);
        }
        if (!options.precision.empty()) {
            mapping.datePrecision =
                options.precision == "day" ? DatePrecision::Day : DatePrecision::Month;
        }
        if (!options.agency.empty() && mapping.defaultAgency.empty()) {
            mapping.defaultAgency = options.agency;
        }
        if (!options.lane.empty()) {
            mapping.defaultDestination = options.lane;
        }
        if (!options.writeMapping.empty()) {
            if (auto written = writeFileAtomically(options.writeMapping, mappingToJson(mapping));
                !written) {
                context.err << written.error().describe() << '\n';
                return Unusable;
            }
        }
        plan = missionsFromMspdi(*project, mapping);
        if (title.empty()) {
            title = !project->title.empty() ? project->title : project->name;
        }
    }
    dropUnknownPrerequisites(plan, baseline ? &*baseline : nullptr);
    for (const ImportProblem& note : plan.notes) {
        context.out << note.describe(options.file) << '\n';
    }
    for (const ImportProblem& error : plan.errors) {
        context.err << error.describe(options.file) << '\n';
    }
    if (!plan.errors.empty() && !options.skipBad) {
        context.err << fmt::format("{}: {} error{}; nothing written (--skip-bad imports the "
                                   "rest)\n",
                                   options.file, plan.errors.size(),
                                   plan.errors.size() == 1 ? "" : "s");
        return Unusable;
    }
    if (plan.missions.empty()) {
        context.err << fmt::format("{}: no mission to import; nothing written\n", options.file);
        return Unusable;
    }
    const std::size_t count = plan.missions.size();
    if (title.empty()) {
        title = std::filesystem::path(options.file).stem().string();
    }
    const Roadmap roadmap =
        baseline ? contributionFromImport(
                       *baseline, std::move(plan), options.agency,
                       fmt::format("Imported from {}",
                                   std::filesystem::path(options.file).filename().string()))
                 : roadmapFromImport(std::move(plan), title);
    if (auto saved = saveRoadmapFile(roadmap, options.output); !saved) {
        context.err << saved.error().describe() << '\n';
        return Unusable;
    }
    context.out << fmt::format(
        "{}: {} missions imported from {}{}\n", options.output, count, options.file,
        baseline ? fmt::format(" as {}'s contribution", options.agency) : std::string());
    return Success;
}

} // namespace orrery::cli
