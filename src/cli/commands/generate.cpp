#include "../cli.h"
#include "commands.h"

#include <orrery/analysis/feasibility.h>
#include <orrery/generator.h>
#include <orrery/io/writer.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>

namespace orrery::cli {

void addGenerateOptions(CLI::App& command, GenerateOptions& options) {
    command.add_option("--missions", options.missions, "Number of missions")
        ->check(CLI::Range(std::size_t{1}, std::size_t{10'000'000}));
    command.add_option("--seed", options.seed, "Seed; the same seed gives the same file")
        ->check(CLI::Validator(
            [](const std::string& value) {
                return value.find_first_not_of("0123456789") == std::string::npos
                           ? std::string()
                           : "the seed is a whole number from 0 up, not " + value;
            },
            "0 OR MORE"));
    command.add_option("--cycles", options.cycles,
                       "Dependency cycles to inject (default 0: a consistent roadmap)");
    command.add_flag("--no-purpose", options.withoutPurpose,
                     "Leave out goals, objectives and knowledge gaps");
    command.add_option("-o,--output", options.output, "File to write")->required();
    command.footer("Writes a realistic synthetic roadmap (agencies, lanes, about three "
                   "prerequisites per mission, capabilities, the GER's goals with objectives "
                   "that missions pursue, knowledge gaps closed before the missions that need "
                   "them) for tests and benchmarks.");
}

int generate(const GenerateOptions& options, Context& context) {
    const Roadmap roadmap =
        generateRoadmap({options.missions, options.seed, options.cycles, !options.withoutPurpose});
    // Each cycle needs a slice of the missions with a dependency inside it: count what the
    // file holds, and refuse to write fewer than asked.
    const auto findings = checkFeasibility(roadmap);
    const auto cycles = static_cast<std::size_t>(
        std::count_if(findings.begin(), findings.end(),
                      [](const Finding& finding) { return finding.code == "dependency-cycle"; }));
    if (cycles != options.cycles) {
        context.err << fmt::format("{} missions hold {} of the {} cycles asked for; ask for fewer "
                                   "cycles or more missions (about 20 missions a cycle); nothing "
                                   "written\n",
                                   roadmap.missions.size(), cycles, options.cycles);
        return Unusable;
    }
    if (auto saved = saveRoadmapFile(roadmap, options.output); !saved) {
        context.err << saved.error().describe() << '\n';
        return Unusable;
    }
    context.out << fmt::format("{}: {} missions (seed {}, {} cycles)\n", options.output,
                               roadmap.missions.size(), options.seed, options.cycles);
    return Success;
}

} // namespace orrery::cli
