#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/diff.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace orrery::cli {

void addDiffOptions(CLI::App& command, DiffOptions& options) {
    command.add_option("base", options.base, "The roadmap before")->required();
    command.add_option("other", options.other, "The roadmap after")->required();
    addFormatOption(command, options.format);
    command.footer("Compares missions, dependencies, agencies, destinations and capabilities by "
                   "id: added, removed, renamed (a new id with nothing else changed) and each "
                   "changed field with its old and new value; dates with their shift in "
                   "months.\nExit codes: 0 the roadmaps are the same, 1 they differ, 2 a file "
                   "cannot be loaded.");
}

int diff(const DiffOptions& options, Context& context) {
    const std::optional<Roadmap> before =
        readOrExplain(options.base, context.err, context.scenario);
    const std::optional<Roadmap> after =
        readOrExplain(options.other, context.err, context.scenario);
    if (!before || !after) {
        return Unusable;
    }
    const RoadmapDiff result = diffRoadmaps(*before, *after);
    if (options.format == OutputFormat::Json) {
        auto json = nlohmann::ordered_json::object();
        json["base"] = options.base;
        json["other"] = options.other;
        auto& changes = json["changes"] = nlohmann::ordered_json::array();
        for (const Change& change : result.changes) {
            changes.push_back(changeToJson(change));
        }
        context.out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                    << '\n';
    } else {
        for (const Change& change : result.changes) {
            context.out << describeChange(change) << '\n';
        }
        context.out << (result.empty()
                            ? std::string("no changes")
                            : countNoun(static_cast<int>(result.changes.size()), "change"))
                    << '\n';
    }
    return result.empty() ? Success : Findings;
}

} // namespace orrery::cli
