#include "report.h"

#include <orrery/io/reader.h>

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

std::optional<Roadmap> readOrExplain(const std::string& file, std::ostream& err) {
    ReadResult loaded = readRoadmapFile(file);
    if (!loaded) {
        for (const LoadError& error : loaded.error()) {
            printLoadError(err, error);
        }
        return std::nullopt;
    }
    return std::move(*loaded);
}

std::string countNoun(int count, std::string_view noun) {
    if (count == 0) {
        return fmt::format("no {}s", noun);
    }
    return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

} // namespace orrery::cli
