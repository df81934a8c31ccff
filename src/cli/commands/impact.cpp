#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/analysis/impact.h>
#include <orrery/io/reader.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>

namespace orrery::cli {

void addImpactOptions(CLI::App& command, ImpactOptions& options) {
    command.add_option("file", options.file, "Roadmap file")->required();
    command.add_option("--mission", options.mission, "The mission that slips")->required();
    command
        .add_option("--slip", options.slipMonths, "Months it slips (negative: it moves earlier)")
        ->required();
    addFormatOption(command, options.format);
    command.footer("Lists the missions that must slip with it through hard dependencies, and "
                   "the findings the slip creates and resolves.\nExit codes: 0 the slip "
                   "creates no new error, 1 it does, 2 the file cannot be loaded or the "
                   "mission does not exist.");
}

int impact(const ImpactOptions& options, Context& context) {
    const std::optional<Roadmap> loaded =
        readOrExplain(options.file, context.err, context.scenario);
    if (!loaded) {
        return Unusable;
    }
    const auto result = assessImpact(*loaded, options.mission, options.slipMonths);
    if (!result) {
        context.err << fmt::format("{}: {}\n", options.file, result.error());
        return Unusable;
    }
    const ImpactReport& report = *result;
    const auto idOf = [&](std::size_t index) { return loaded->missions[index].id; };
    const bool newErrors =
        std::any_of(report.newFindings.begin(), report.newFindings.end(),
                    [](const Finding& finding) { return finding.severity == Severity::Error; });

    if (options.format == OutputFormat::Json) {
        auto json = nlohmann::ordered_json::object();
        json["mission"] = idOf(report.mission);
        json["slipMonths"] = report.slipMonths;
        auto& slipped = json["slipped"] = nlohmann::ordered_json::array();
        for (const MissionSlip& slip : report.slipped) {
            slipped.push_back({{"id", idOf(slip.mission)}, {"months", slip.months}});
        }
        auto& created = json["newFindings"] = nlohmann::ordered_json::array();
        for (const Finding& finding : report.newFindings) {
            created.push_back(findingToJson(finding));
        }
        auto& resolved = json["resolvedFindings"] = nlohmann::ordered_json::array();
        for (const Finding& finding : report.resolvedFindings) {
            resolved.push_back(findingToJson(finding));
        }
        context.out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                    << '\n';
        return newErrors ? Findings : Success;
    }

    context.out << fmt::format("If {} slips {} month{}:\n", idOf(report.mission), report.slipMonths,
                               std::abs(report.slipMonths) == 1 ? "" : "s");
    if (report.slipped.empty()) {
        context.out << "  no other mission has to slip\n";
    }
    for (const MissionSlip& slip : report.slipped) {
        context.out << fmt::format("  {} slips {} month{}\n", idOf(slip.mission), slip.months,
                                   slip.months == 1 ? "" : "s");
    }
    context.out << fmt::format("New findings: {}\n", report.newFindings.size());
    for (const Finding& finding : report.newFindings) {
        printFinding(context.out, finding);
    }
    context.out << fmt::format("Resolved findings: {}\n", report.resolvedFindings.size());
    for (const Finding& finding : report.resolvedFindings) {
        printFinding(context.out, finding);
    }
    return newErrors ? Findings : Success;
}

} // namespace orrery::cli
