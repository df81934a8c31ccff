#include "report.h"

#include <fmt/format.h>

namespace orrery::cli {

nlohmann::ordered_json findingToJson(const Finding& finding) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    object["code"] = finding.code;
    object["severity"] = toString(finding.severity);
    object["missions"] = finding.missions;
    object["message"] = finding.message;
    return object;
}

nlohmann::ordered_json loadErrorToJson(const LoadError& error) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    object["code"] = toString(error.code);
    object["message"] = error.message;
    object["line"] = error.line;
    object["column"] = error.column;
    object["pointer"] = error.pointer;
    return object;
}

void printFinding(std::ostream& out, const Finding& finding) {
    out << fmt::format("  {}: {} [{}]\n", toString(finding.severity), finding.message,
                       finding.code);
}

void printLoadError(std::ostream& out, const LoadError& error) {
    out << error.describe() << '\n';
}

std::string countNoun(int count, std::string_view noun) {
    if (count == 0) {
        return fmt::format("no {}s", noun);
    }
    return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

} // namespace orrery::cli
