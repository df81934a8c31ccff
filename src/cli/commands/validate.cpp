#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/analysis/feasibility.h>
#include <orrery/io/reader.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>

namespace orrery::cli {

void addFormatOption(CLI::App& command, OutputFormat& format, bool withCsv) {
    std::map<std::string, OutputFormat> formats{{"text", OutputFormat::Text},
                                                {"json", OutputFormat::Json}};
    if (withCsv) {
        formats.emplace("csv", OutputFormat::Csv);
    }
    command
        .add_option("--format", format,
                    withCsv ? "Output format: text, json or csv" : "Output format: text or json")
        ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case));
}

void addValidateOptions(CLI::App& command, ValidateOptions& options) {
    command.add_option("files", options.files, "Roadmap files to check")->required();
    command.add_flag("--strict", options.strict, "Fail (exit 1) on warnings too");
    addFormatOption(command, options.format);
    command.footer("Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors found, "
                   "2 a file could not be loaded.");
}

int validate(const ValidateOptions& options, Context& context) {
    bool anyUnloadable = false;
    bool anyFailing = false;
    auto report = nlohmann::ordered_json::object();
    auto& files = report["files"] = nlohmann::ordered_json::array();

    for (const std::string& file : options.files) {
        auto entry = nlohmann::ordered_json::object();
        entry["file"] = file;
        const ReadResult loaded = readRoadmapAs(file, context.scenario);
        entry["loaded"] = loaded.has_value();
        auto& errors = entry["errors"] = nlohmann::ordered_json::array();
        auto& findingList = entry["findings"] = nlohmann::ordered_json::array();

        if (!loaded) {
            anyUnloadable = true;
            for (const LoadError& error : loaded.error()) {
                errors.push_back(loadErrorToJson(error));
                if (options.format == OutputFormat::Text) {
                    printLoadError(context.out, error);
                }
            }
            if (options.format == OutputFormat::Text) {
                context.out << fmt::format(
                    "{}: cannot be loaded ({})\n", file,
                    countNoun(static_cast<int>(loaded.error().size()), "problem"));
            }
            files.push_back(std::move(entry));
            continue;
        }

        const std::vector<Finding> findings = checkFeasibility(*loaded);
        const FindingCounts counts = countFindings(findings);
        if (counts.errors > 0 || (options.strict && counts.warnings > 0)) {
            anyFailing = true;
        }
        for (const Finding& finding : findings) {
            findingList.push_back(findingToJson(finding));
        }
        if (options.format == OutputFormat::Text) {
            context.out << fmt::format(
                "{}: {}, {}, {}\n", file,
                countNoun(static_cast<int>(loaded->missions.size()), "mission"),
                countNoun(counts.errors, "error"), countNoun(counts.warnings, "warning"));
            for (const Finding& finding : findings) {
                printFinding(context.out, finding);
            }
        }
        files.push_back(std::move(entry));
    }

    if (options.format == OutputFormat::Json) {
        context.out << report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                    << '\n';
    }
    if (anyUnloadable) {
        return Unusable;
    }
    return anyFailing ? Findings : Success;
}

} // namespace orrery::cli
