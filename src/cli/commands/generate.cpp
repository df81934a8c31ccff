#include "../cli.h"
#include "commands.h"

#include <orrery/generator.h>
#include <orrery/io/writer.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace orrery::cli {

void addGenerateOptions(CLI::App& command, GenerateOptions& options) {
    command.add_option("--missions", options.missions, "Number of missions")
        ->check(CLI::Range(std::size_t{1}, std::size_t{10'000'000}));
    command.add_option("--seed", options.seed, "Seed; the same seed gives the same file");
    command.add_option("--cycles", options.cycles,
                       "Dependency cycles to inject (default 0: a consistent roadmap)");
    command.add_option("-o,--output", options.output, "File to write")->required();
    command.footer("Writes a realistic synthetic roadmap (agencies, lanes, about three "
                   "prerequisites per mission, capabilities) for tests and benchmarks.");
}

int generate(const GenerateOptions& options, Context& context) {
    const Roadmap roadmap = generateRoadmap({options.missions, options.seed, options.cycles});
    if (auto saved = saveRoadmapFile(roadmap, options.output); !saved) {
        context.err << saved.error().describe() << '\n';
        return Unusable;
    }
    context.out << fmt::format("{}: {} missions (seed {}, {} cycles)\n", options.output,
                               roadmap.missions.size(), options.seed, options.cycles);
    return Success;
}

} // namespace orrery::cli
