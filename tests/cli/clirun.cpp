#include "clirun.h"

#include <cli.h>

#include <sstream>

namespace orrery::test {

CliOutcome runCli(std::vector<std::string> args) {
    args.insert(args.begin(), "orrery-cli");
    std::vector<const char*> argv;
    argv.reserve(args.size());
    for (const std::string& arg : args) {
        argv.push_back(arg.c_str());
    }
    std::ostringstream out;
    std::ostringstream err;
    CliOutcome outcome;
    outcome.exitCode = cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
    outcome.out = out.str();
    outcome.err = err.str();
    return outcome;
}

} // namespace orrery::test
