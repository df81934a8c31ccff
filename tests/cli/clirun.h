#pragma once

// Runs orrery-cli in the test's process, as a script would call it.

#include <string>
#include <vector>

namespace orrery::test {

struct CliOutcome {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// `args` without the program's name: {"validate", "file.json"}.
CliOutcome runCli(std::vector<std::string> args);

} // namespace orrery::test
