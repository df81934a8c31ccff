#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orrery {

enum class Severity { Info, Warning, Error };

std::string_view toString(Severity severity);
std::optional<Severity> severityFromString(std::string_view text);

/// One thing a check has to say about a roadmap. Findings are data: the application lists
/// them and leads to the missions, the command-line tool prints them and sets its exit
/// code from the worst severity.
struct Finding {
    Severity severity = Severity::Error;
    /// Stable, kebab-case ("dependency-cycle"); scripts and tests match on it.
    std::string code;
    /// The missions involved, most relevant first (for a cycle: in cycle order).
    std::vector<std::string> missions;
    /// A sentence a planner understands: what is wrong, and why it matters.
    std::string message;

    friend bool operator==(const Finding&, const Finding&) = default;
};

/// How many findings of each severity; what status bars and exit codes need.
struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};

FindingCounts countFindings(const std::vector<Finding>& findings);

} // namespace orrery
