#include "report.h"

#include <orrery/io/editions.h>
#include <orrery/io/reader.h>
#include <orrery/resolution.h>

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

nlohmann::ordered_json changeToJson(const Change& change) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    object["subject"] = change.subject();
    object["entity"] = toString(change.entity);
    object["kind"] = toString(change.kind);
    object["id"] = change.id;
    if (!change.previousId.empty()) {
        object["previousId"] = change.previousId;
    }
    if (!change.prerequisite.empty()) {
        object["prerequisite"] = change.prerequisite;
    }
    object["owner"] = change.owner;
    if (change.field) {
        object["field"] = change.field->field;
        object["before"] = change.field->before;
        object["after"] = change.field->after;
        if (change.field->shiftMonths) {
            object["shiftMonths"] = *change.field->shiftMonths;
        }
    }
    return object;
}

std::string describeChange(const Change& change) {
    std::string what;
    switch (change.entity) {
    case EntityKind::Roadmap:
        what = "roadmap";
        break;
    case EntityKind::Dependency:
        what = fmt::format("mission {} requires {}", change.id, change.prerequisite);
        break;
    default:
        what = fmt::format("{} {}", nounOf(change.entity),
                           change.kind == ChangeKind::Renamed ? change.previousId : change.id);
        break;
    }
    if (!change.owner.empty()) {
        what += fmt::format(" ({})", change.owner);
    }
    switch (change.kind) {
    case ChangeKind::Added:
        return what + ": added";
    case ChangeKind::Removed:
        return what + ": removed";
    case ChangeKind::Renamed:
        return fmt::format("{}: renamed to {}", what, change.id);
    case ChangeKind::Changed:
        break;
    }
    const FieldChange& field = *change.field;
    const auto shown = [](const std::string& text) {
        return text.empty() ? std::string("(none)") : fmt::format("\"{}\"", text);
    };
    std::string line =
        fmt::format("{}: {} {} -> {}", what, field.field, shown(field.before), shown(field.after));
    if (field.shiftMonths && *field.shiftMonths != 0) {
        line += fmt::format(" ({:+} month{})", *field.shiftMonths,
                            std::abs(*field.shiftMonths) == 1 ? "" : "s");
    }
    return line;
}

ReadResult resolveAs(const Roadmap& roadmap, const std::string& file, const std::string& scenario) {
    auto resolved = resolveScenario(roadmap, scenario);
    if (!resolved) {
        return make_unexpected(std::vector<LoadError>{
            {LoadErrorCode::InvalidValue, resolved.error(), file, 0, 0, "/scenarios"}});
    }
    return std::move(*resolved);
}

ReadResult readRoadmapAs(const std::string& file, const std::string& scenario) {
    ReadResult loaded = readRoadmapFile(file);
    if (!loaded || scenario.empty()) {
        return loaded;
    }
    return resolveAs(*loaded, file, scenario);
}

std::optional<std::pair<EditionReference, Roadmap>> readEditionOrExplain(const Roadmap& roadmap,
                                                                         const std::string& file,
                                                                         const std::string& id,
                                                                         std::ostream& err) {
    const EditionReference* edition = roadmap.editions.find(id);
    if (!edition) {
        std::string known;
        for (const EditionReference& candidate : roadmap.editions) {
            known += (known.empty() ? "" : ", ") + candidate.id;
        }
        err << fmt::format("{}: names no edition \"{}\" (it names {})\n", file, id,
                           known.empty() ? std::string("none") : known);
        return std::nullopt;
    }
    auto earlier = loadEdition(*edition, file);
    if (!earlier) {
        err << file << ": " << earlier.error() << '\n';
        return std::nullopt;
    }
    return std::pair{*edition, std::move(*earlier)};
}

std::optional<Roadmap> readOrExplain(const std::string& file, std::ostream& err,
                                     const std::string& scenario) {
    ReadResult loaded = readRoadmapAs(file, scenario);
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

namespace {

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + '"';
}

} // namespace

std::string csvRow(const std::vector<std::string>& fields) {
    std::string row;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        row += (i == 0 ? "" : ",") + csvField(fields[i]);
    }
    return row + "\r\n";
}

std::string lowered(std::string text) {
    for (char& c : text) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return text;
}

} // namespace orrery::cli
