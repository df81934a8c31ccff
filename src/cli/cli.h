#pragma once

#include <ostream>

namespace orrery::cli {

/// Exit codes shared by every command, so that scripts can tell "the roadmap has problems"
/// from "the tool could not do its job".
enum ExitCode : int {
    Success = 0,
    /// The command ran and found what it checks for: errors in a roadmap, a file that is
    /// not canonical.
    Findings = 1,
    /// A file could not be loaded or written, or the command line was wrong.
    Unusable = 2,
};

/// Runs orrery-cli with the given arguments (argv[0] is the program name), writing results
/// to `out` and diagnostics to `err`. Everything the tool does goes through here, so tests
/// drive it in-process.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace orrery::cli
