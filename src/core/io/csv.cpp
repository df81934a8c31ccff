#include "asciitext.h"

#include <orrery/filter.h>
#include <orrery/identifier.h>
#include <orrery/io/csv.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <map>
#include <optional>
#include <set>

namespace orrery {
namespace {

using ascii_text::lowered;
using ascii_text::trimmed;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr int kMaxLagMonths = 1200;

enum class Column {
    Id,
    Name,
    Lead,
    Partners,
    Destination,
    Crew,
    Status,
    Start,
    End,
    Prerequisites,
    Objectives,
    Needs,
    Knowledge,
    Provides,
    Closes,
    Notes,
    References,
};

struct ColumnName {
    Column column;
    std::string_view name;
};

// The first name of each column is the one written; the others are read too.
constexpr std::array kColumnNames{
    ColumnName{Column::Id, "id"},
    ColumnName{Column::Name, "name"},
    ColumnName{Column::Lead, "lead"},
    ColumnName{Column::Partners, "partners"},
    ColumnName{Column::Destination, "destination"},
    ColumnName{Column::Crew, "crew"},
    ColumnName{Column::Status, "status"},
    ColumnName{Column::Start, "start"},
    ColumnName{Column::End, "end"},
    ColumnName{Column::Prerequisites, "prerequisites"},
    ColumnName{Column::Objectives, "objectives"},
    ColumnName{Column::Needs, "needs"},
    ColumnName{Column::Knowledge, "knowledge"},
    ColumnName{Column::Provides, "provides"},
    ColumnName{Column::Closes, "closes"},
    ColumnName{Column::Notes, "notes"},
    ColumnName{Column::References, "references"},
    ColumnName{Column::Id, "mission id"},
    ColumnName{Column::Lead, "agency"},
    ColumnName{Column::Lead, "lead agency"},
    ColumnName{Column::Destination, "lane"},
    ColumnName{Column::Prerequisites, "requires"},
    ColumnName{Column::End, "finish"},
};
constexpr std::size_t kWrittenColumns = 17;

std::string csvField(std::string_view text) {
    std::string result = "\"";
    for (const char c : text) {
        result += c;
        if (c == '"') {
            result += '"';
        }
    }
    return result + '"';
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string result;
    for (const std::string& item : items) {
        result += (result.empty() ? "" : std::string(separator)) + item;
    }
    return result;
}

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> items;
    while (true) {
        const std::size_t at = text.find(separator);
        const std::string_view item = trimmed(text.substr(0, at));
        if (!item.empty()) {
            items.emplace_back(item);
        }
        if (at == std::string_view::npos) {
            return items;
        }
        text.remove_prefix(at + 1);
    }
}

/// An "x-" key's value as a cell: a JSON string as its text when that text reads back as
/// the same string (not empty, no surrounding spaces, not itself JSON), else the JSON.
std::string extensionCell(const std::string& json) {
    const auto value = nlohmann::json::parse(json, nullptr, false);
    if (!value.is_string()) {
        return json;
    }
    const std::string text = value.get<std::string>();
    const bool plain = !text.empty() && trimmed(text) == text &&
                       nlohmann::json::parse(text, nullptr, false).is_discarded();
    return plain ? text : json;
}

/// A cell back as an "x-" key's value: JSON stays itself, any other text is a string.
std::string extensionValue(std::string_view cell) {
    const auto value = nlohmann::json::parse(cell, nullptr, false);
    if (!value.is_discarded()) {
        return value.dump();
    }
    return nlohmann::json(std::string(cell)).dump();
}

struct Record {
    int line = 0;
    std::vector<std::string> fields;
};

struct Tokenized {
    std::vector<Record> records;
    /// A fault of the text itself; records after it cannot be told apart.
    std::optional<ImportProblem> fault;
};

/// RFC 4180 records, each with the line it starts on. LF and CRLF end records; a line
/// break inside quotes belongs to the field.
Tokenized tokenize(std::string_view text) {
    Tokenized result;
    int line = 1;
    std::size_t at = 0;
    while (at < text.size()) {
        Record record;
        record.line = line;
        std::string field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (at < text.size() && text[at] == '"') {
                const int opened = line;
                ++at;
                while (true) {
                    if (at >= text.size()) {
                        result.fault = ImportProblem{
                            .line = opened,
                            .subject = {},
                            .message = "a quoted field opened on this line is never closed"};
                        return result;
                    }
                    const char c = text[at++];
                    if (c == '"') {
                        if (at < text.size() && text[at] == '"') {
                            field += '"';
                            ++at;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        ++line;
                    }
                    if (c == '\r' && at < text.size() && text[at] == '\n') {
                        continue; // a Windows line break inside quotes is a line break
                    }
                    field += c;
                }
                if (at < text.size() && text[at] == '\r') {
                    ++at;
                }
                if (at < text.size() && text[at] != ',' && text[at] != '\n') {
                    result.fault = ImportProblem{
                        .line = line,
                        .subject = {},
                        .message = "text follows a quoted field's closing quote; a quote "
                                   "inside a quoted field is written twice (\"\")"};
                    return result;
                }
            } else {
                while (at < text.size() && text[at] != ',' && text[at] != '\n') {
                    if (text[at] == '"') {
                        result.fault = ImportProblem{
                            .line = line,
                            .subject = {},
                            .message = "a quote inside a field that does not start with one; "
                                       "quote the whole field and write the quote twice"};
                        return result;
                    }
                    if (text[at] != '\r') {
                        field += text[at];
                    }
                    ++at;
                }
            }
            record.fields.push_back(field);
            if (at >= text.size()) {
                endOfRecord = true;
            } else if (text[at] == '\n') {
                ++at;
                ++line;
                endOfRecord = true;
            } else {
                ++at; // the comma
                if (at >= text.size()) {
                    record.fields.emplace_back();
                    endOfRecord = true;
                }
            }
        }
        const bool blank = std::all_of(record.fields.begin(), record.fields.end(),
                                       [](const std::string& f) { return trimmed(f).empty(); });
        if (!blank) {
            result.records.push_back(std::move(record));
        }
    }
    return result;
}

std::optional<int> parseLag(std::string_view text) {
    std::string_view number = text;
    if (!number.empty() && number.front() == '+') {
        number.remove_prefix(1);
    }
    int value = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (error != std::errc() || end == number.data()) {
        return std::nullopt;
    }
    const std::string unit = lowered(trimmed(std::string_view(end, number.data() + number.size())));
    if (!unit.empty() && unit != "month" && unit != "months" && unit != "mo" && unit != "m") {
        return std::nullopt;
    }
    return value;
}

/// "cap (from 2030-06); other": what a mission provides or closes, and from when.
template <class Item>
std::string datedIdsToText(const std::vector<Item>& items, std::string Item::*id) {
    std::vector<std::string> texts;
    for (const Item& item : items) {
        texts.push_back(item.from ? fmt::format("{} (from {})", item.*id, item.from->toString())
                                  : item.*id);
    }
    return joined(texts, "; ");
}

template <class Item>
Expected<std::vector<Item>, std::string> datedIdsFromText(std::string_view text,
                                                          std::string Item::*id) {
    std::vector<Item> items;
    for (const std::string& entry : split(text, ';')) {
        Item item{};
        const std::size_t open = entry.find('(');
        item.*id = std::string(trimmed(std::string_view(entry).substr(0, open)));
        if (!isWellFormedId(item.*id)) {
            return make_unexpected(fmt::format("\"{}\" is not an id", item.*id));
        }
        if (open != std::string::npos) {
            std::string_view rest = trimmed(std::string_view(entry).substr(open + 1));
            if (!rest.ends_with(')') || !rest.starts_with("from ")) {
                return make_unexpected(
                    fmt::format("\"{}\": write the date as \"(from 2030-06)\"", entry));
            }
            rest = trimmed(rest.substr(5, rest.size() - 6));
            const auto date = Date::parse(rest);
            if (!date) {
                return make_unexpected(fmt::format("\"{}\": {}", entry, date.error()));
            }
            item.from = *date;
        }
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace

std::string prerequisitesToText(const std::vector<Prerequisite>& prerequisites) {
    std::vector<std::string> items;
    for (const Prerequisite& prerequisite : prerequisites) {
        std::vector<std::string> options;
        if (prerequisite.type == DependencyType::StartToStart) {
            options.emplace_back("SS");
        }
        if (prerequisite.lagMonths != 0) {
            options.push_back(fmt::format("{:+} month{}", prerequisite.lagMonths,
                                          std::abs(prerequisite.lagMonths) == 1 ? "" : "s"));
        }
        if (prerequisite.strength == DependencyStrength::Soft) {
            options.emplace_back("soft");
        }
        items.push_back(options.empty()
                            ? prerequisite.mission
                            : fmt::format("{} ({})", prerequisite.mission, joined(options, ", ")));
    }
    return joined(items, "; ");
}

Expected<std::vector<Prerequisite>, std::string> prerequisitesFromText(std::string_view text) {
    std::vector<Prerequisite> result;
    for (const std::string& item : split(text, ';')) {
        Prerequisite prerequisite;
        std::string_view rest = item;
        const std::size_t open = rest.find('(');
        prerequisite.mission = std::string(trimmed(rest.substr(0, open)));
        if (!isWellFormedId(prerequisite.mission)) {
            return make_unexpected(
                fmt::format("\"{}\" is not a mission id (letters, digits, '.', '_' or '-')",
                            prerequisite.mission));
        }
        if (open != std::string_view::npos) {
            rest.remove_prefix(open + 1);
            if (rest.empty() || rest.back() != ')') {
                return make_unexpected(
                    fmt::format("\"{}\": the options in brackets are not closed", item));
            }
            rest.remove_suffix(1);
            for (const std::string& option : split(rest, ',')) {
                const std::string word = lowered(option);
                if (word == "ss" || word == "start-to-start") {
                    prerequisite.type = DependencyType::StartToStart;
                } else if (word == "fs" || word == "finish-to-start") {
                    prerequisite.type = DependencyType::FinishToStart;
                } else if (word == "soft") {
                    prerequisite.strength = DependencyStrength::Soft;
                } else if (word == "hard") {
                    prerequisite.strength = DependencyStrength::Hard;
                } else if (const auto lag = parseLag(word)) {
                    if (*lag < -kMaxLagMonths || *lag > kMaxLagMonths) {
                        return make_unexpected(
                            fmt::format("\"{}\": a lag of {} months is not between -{} and {}",
                                        item, *lag, kMaxLagMonths, kMaxLagMonths));
                    }
                    prerequisite.lagMonths = *lag;
                } else {
                    return make_unexpected(
                        fmt::format("\"{}\": \"{}\" is none of SS, FS, soft, hard or a lag such as "
                                    "\"+3 months\"",
                                    item, option));
                }
            }
        }
        result.push_back(std::move(prerequisite));
    }
    return result;
}

std::string toMissionCsv(const Roadmap& roadmap, const std::vector<bool>& kept,
                         bool byteOrderMark) {
    std::set<std::string, std::less<>> extensionKeys;
    for (std::size_t m = 0; m < roadmap.missions.size(); ++m) {
        if (isKept(kept, m)) {
            for (const auto& [key, value] : roadmap.missions[m].extensions) {
                extensionKeys.insert(key);
            }
        }
    }
    std::string text = byteOrderMark ? std::string(kByteOrderMark) : std::string();
    std::vector<std::string> header;
    for (std::size_t c = 0; c < kWrittenColumns; ++c) {
        header.emplace_back(kColumnNames[c].name);
    }
    for (const std::string& key : extensionKeys) {
        header.push_back(csvField(key));
    }
    text += joined(header, ",") + "\r\n";
    for (std::size_t m = 0; m < roadmap.missions.size(); ++m) {
        if (!isKept(kept, m)) {
            continue;
        }
        const Mission& mission = roadmap.missions[m];
        std::vector<std::string> cells{
            csvField(mission.id),
            csvField(mission.name),
            csvField(mission.lead),
            csvField(joined(mission.partners, "; ")),
            csvField(mission.destination),
            csvField(toString(mission.crew)),
            csvField(toString(mission.status)),
            csvField(mission.start.toString()),
            csvField(mission.end ? mission.end->toString() : std::string()),
            csvField(prerequisitesToText(mission.prerequisites)),
            csvField(joined(mission.objectives, "; ")),
            csvField(joined(mission.needs, "; ")),
            csvField(joined(mission.needsKnowledge, "; ")),
            csvField(datedIdsToText(mission.provides, &CapabilityGrant::capability)),
            csvField(datedIdsToText(mission.closes, &GapClosure::gap)),
            csvField(mission.notes),
            csvField(joined(mission.references, "\n")),
        };
        for (const std::string& key : extensionKeys) {
            const auto found = mission.extensions.find(key);
            cells.push_back(found == mission.extensions.end()
                                ? std::string()
                                : csvField(extensionCell(found->second)));
        }
        text += joined(cells, ",") + "\r\n";
    }
    return text;
}

ImportedPlan readMissionCsv(std::string_view text) {
    ImportedPlan plan;
    if (text.starts_with(kByteOrderMark)) {
        text.remove_prefix(kByteOrderMark.size());
    }
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        plan.errors.push_back(
            {.line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + nul, '\n')),
             .subject = {},
             .message = "a NUL byte: the file is not text"});
        return plan;
    }
    if (!simdjson::validate_utf8(text.data(), text.size())) {
        plan.errors.push_back({.line = 1,
                               .subject = {},
                               .message = "the file is not UTF-8 text; save it from the "
                                          "spreadsheet as \"CSV UTF-8\""});
        return plan;
    }
    Tokenized table = tokenize(text);
    if (table.records.empty()) {
        plan.errors.push_back(table.fault.value_or(
            ImportProblem{.line = 1,
                          .subject = {},
                          .message = "the file holds no header row naming the columns"}));
        return plan;
    }

    // The header: which column holds what.
    const Record& header = table.records.front();
    std::vector<std::optional<Column>> columnAt(header.fields.size());
    std::vector<std::string> extensionAt(header.fields.size());
    std::set<Column> seen;
    for (std::size_t c = 0; c < header.fields.size(); ++c) {
        const std::string name = lowered(trimmed(header.fields[c]));
        const auto known = std::find_if(kColumnNames.begin(), kColumnNames.end(),
                                        [&](const ColumnName& n) { return n.name == name; });
        if (known != kColumnNames.end()) {
            if (!seen.insert(known->column).second) {
                plan.errors.push_back({.line = header.line,
                                       .subject = {},
                                       .message = fmt::format("column {} (\"{}\") names a column "
                                                              "an earlier one names too",
                                                              c + 1, header.fields[c])});
                return plan;
            }
            columnAt[c] = known->column;
        } else if (!name.empty()) {
            extensionAt[c] = isExtensionKey(name) ? std::string(trimmed(header.fields[c]))
                                                  : "x-" + idFromName(name);
            if (!isExtensionKey(name)) {
                plan.notes.push_back(
                    {.line = header.line,
                     .subject = {},
                     .message = fmt::format("column \"{}\" is no column of Orrery's; each "
                                            "mission keeps it as \"{}\"",
                                            header.fields[c], extensionAt[c])});
            }
        }
    }
    std::vector<std::string> missing;
    for (const Column needed :
         {Column::Id, Column::Name, Column::Lead, Column::Destination, Column::Start}) {
        if (!seen.contains(needed)) {
            missing.emplace_back(kColumnNames[static_cast<std::size_t>(needed)].name);
        }
    }
    if (!missing.empty()) {
        plan.errors.push_back(
            {.line = header.line,
             .subject = {},
             .message = fmt::format("the header names no column {}; the first row must name "
                                    "the columns (docs/interchange.md lists them)",
                                    joined(missing, ", "))});
        return plan;
    }

    std::set<std::string, std::less<>> ids;
    for (std::size_t r = 1; r < table.records.size(); ++r) {
        const Record& record = table.records[r];
        std::string subject;
        std::vector<std::string> faults;
        if (record.fields.size() != header.fields.size()) {
            plan.errors.push_back(
                {.line = record.line,
                 .subject = subject,
                 .message = fmt::format("the row has {} fields where the header names {}",
                                        record.fields.size(), header.fields.size())});
            continue;
        }
        Mission mission;
        std::string end;
        for (std::size_t c = 0; c < record.fields.size(); ++c) {
            const std::string_view cell = trimmed(record.fields[c]);
            if (!columnAt[c]) {
                if (!extensionAt[c].empty() && !record.fields[c].empty()) {
                    mission.extensions[extensionAt[c]] = extensionValue(record.fields[c]);
                }
                continue;
            }
            const auto idList = [&](std::vector<std::string>& into, std::string_view what) {
                into = split(cell, ';');
                for (const std::string& id : into) {
                    if (!isWellFormedId(id)) {
                        faults.push_back(fmt::format("{} \"{}\" is not an id", what, id));
                    }
                }
            };
            switch (*columnAt[c]) {
            case Column::Id:
                mission.id = std::string(cell);
                break;
            case Column::Name:
                mission.name = std::string(cell);
                break;
            case Column::Lead:
                mission.lead = std::string(cell);
                break;
            case Column::Partners:
                idList(mission.partners, "partner");
                break;
            case Column::Destination:
                mission.destination = std::string(cell);
                break;
            case Column::Crew:
                if (!cell.empty()) {
                    if (const auto crew = crewFromString(lowered(cell))) {
                        mission.crew = *crew;
                    } else {
                        faults.push_back(
                            fmt::format("crew \"{}\" is neither human nor robotic", cell));
                    }
                }
                break;
            case Column::Status:
                if (!cell.empty()) {
                    if (const auto status = missionStatusFromString(lowered(cell))) {
                        mission.status = *status;
                    } else {
                        faults.push_back(fmt::format("status \"{}\" is none of completed, "
                                                     "operating, planned, conceptual",
                                                     cell));
                    }
                }
                break;
            case Column::Start:
                if (const auto date = Date::parse(cell)) {
                    mission.start = *date;
                } else {
                    faults.push_back(cell.empty() ? std::string("the start is empty")
                                                  : fmt::format("start: {}", date.error()));
                }
                break;
            case Column::End:
                if (!cell.empty()) {
                    if (const auto date = Date::parse(cell)) {
                        mission.end = *date;
                    } else {
                        faults.push_back(fmt::format("end: {}", date.error()));
                    }
                }
                break;
            case Column::Prerequisites:
                if (auto prerequisites = prerequisitesFromText(cell)) {
                    mission.prerequisites = std::move(*prerequisites);
                } else {
                    faults.push_back("prerequisites: " + prerequisites.error());
                }
                break;
            case Column::Objectives:
                idList(mission.objectives, "objective");
                break;
            case Column::Needs:
                idList(mission.needs, "capability");
                break;
            case Column::Provides:
                if (auto provides = datedIdsFromText(cell, &CapabilityGrant::capability)) {
                    mission.provides = std::move(*provides);
                } else {
                    faults.push_back("provides: " + provides.error());
                }
                break;
            case Column::Closes:
                if (auto closes = datedIdsFromText(cell, &GapClosure::gap)) {
                    mission.closes = std::move(*closes);
                } else {
                    faults.push_back("closes: " + closes.error());
                }
                break;
            case Column::Knowledge:
                idList(mission.needsKnowledge, "knowledge gap");
                break;
            case Column::Notes:
                mission.notes = std::string(record.fields[c]);
                break;
            case Column::References:
                mission.references = split(cell, '\n');
                break;
            }
        }
        subject = mission.id.empty() ? std::string() : fmt::format("mission \"{}\"", mission.id);
        if (mission.id.empty() && !mission.name.empty()) {
            std::string id = idFromName(mission.name);
            for (int n = 2; ids.contains(id); ++n) {
                id = fmt::format("{}-{}", idFromName(mission.name), n);
            }
            mission.id = id;
            plan.notes.push_back({.line = record.line,
                                  .subject = subject,
                                  .message = fmt::format("no id: it is \"{}\", made from "
                                                         "the name",
                                                         id)});
        }
        if (!isWellFormedId(mission.id)) {
            faults.push_back(fmt::format("id \"{}\" is not an id (1 to 64 letters, digits, "
                                         "'.', '_' or '-', starting with a letter or digit)",
                                         mission.id));
        } else if (ids.contains(mission.id)) {
            faults.push_back(fmt::format("id \"{}\" is an earlier row's too", mission.id));
        }
        if (mission.name.empty()) {
            faults.emplace_back("the name is empty");
        }
        for (const auto& [value, what] : {std::pair{&mission.lead, "lead agency"},
                                          std::pair{&mission.destination, "destination"}}) {
            if (!isWellFormedId(*value)) {
                faults.push_back(value->empty()
                                     ? fmt::format("the {} is empty", what)
                                     : fmt::format("{} \"{}\" is not an id", what, *value));
            }
        }
        if (!faults.empty()) {
            plan.errors.push_back(
                {.line = record.line, .subject = subject, .message = joined(faults, "; ")});
            continue;
        }
        ids.insert(mission.id);
        plan.missions.push_back(std::move(mission));
        plan.lines.push_back(record.line);
    }
    if (table.fault) {
        plan.errors.push_back(*table.fault);
    }
    return plan;
}

} // namespace orrery
