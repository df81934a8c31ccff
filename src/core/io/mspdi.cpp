#include "asciitext.h"

#include <orrery/filter.h>
#include <orrery/identifier.h>
#include <orrery/io/csv.h>
#include <orrery/io/mspdi.h>

#include <expat.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <limits>
#include <memory>
#include <set>
#include <tuple>

namespace orrery {
namespace {

using ascii_text::lowered;
using ascii_text::trimmed;

// ---------------------------------------------------------------------------------------
// Writing

struct OrreryField {
    std::string_view fieldId;
    std::string_view fieldName;
    std::string_view alias;
};

// Task text fields' ids are not evenly spaced (Text1..5 step by 3, then by 1).
constexpr OrreryField kAgencyField{"188743731", "Text1", "Agency"};
constexpr OrreryField kMissionIdField{"188743734", "Text2", "Mission id"};
constexpr OrreryField kDestinationField{"188743737", "Text3", "Destination"};
constexpr OrreryField kCrewField{"188743740", "Text4", "Crew"};
constexpr OrreryField kStatusField{"188743743", "Text5", "Status"};
constexpr OrreryField kPartnersField{"188743746", "Text6", "Partners"};
constexpr OrreryField kPrecisionField{"188743747", "Text7", "Date precision"};
constexpr OrreryField kSoftField{"188743748", "Text8", "Soft prerequisites"};
constexpr std::array kOrreryFields{kAgencyField, kMissionIdField, kDestinationField, kCrewField,
                                   kStatusField, kPartnersField,  kPrecisionField,   kSoftField};

// What MS Project calls an elapsed month, in tenths of a minute (30 days).
constexpr double kElapsedMonth = 30.0 * 24 * 60 * 10;
constexpr int kElapsedMonthsFormat = 12;
constexpr int kWorkdayStartHour = 8;
constexpr int kWorkdayFinishHour = 17;
constexpr std::string_view kNoteMark = "[Orrery] ";
constexpr int kMaxLagMonths = 1200;

/// Text as XML character data: markup escaped, and the control characters XML 1.0 cannot
/// hold left out.
std::string xmlText(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            result += "&amp;";
            break;
        case '<':
            result += "&lt;";
            break;
        case '>':
            result += "&gt;";
            break;
        case '"':
            result += "&quot;";
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t') {
                result += c;
            }
        }
    }
    return result;
}

std::string dateTime(std::chrono::sys_days day, int hour) {
    const std::chrono::year_month_day date(day);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:00:00", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                       hour);
}

struct TaskDates {
    std::chrono::sys_days first;
    std::chrono::sys_days last;
};

void element(std::string& out, std::string_view name, std::string_view value, int indent) {
    out += fmt::format("{:{}}<{}>{}</{}>\n", "", indent, name, xmlText(value), name);
}

void writeDates(std::string& out, const TaskDates& dates, bool milestone, int indent) {
    const std::string start = dateTime(dates.first, kWorkdayStartHour);
    const std::string finish = milestone ? start : dateTime(dates.last, kWorkdayFinishHour);
    const long hours = milestone ? 0
                                 : static_cast<long>((dates.last - dates.first).count()) * 24 +
                                       (kWorkdayFinishHour - kWorkdayStartHour);
    element(out, "Start", start, indent);
    element(out, "Finish", finish, indent);
    element(out, "Duration", fmt::format("PT{}H0M0S", hours), indent);
    // Elapsed days: MS Project keeps the span as it is, whatever its working calendar.
    element(out, "DurationFormat", "8", indent);
}

} // namespace

std::string toMspdi(const Roadmap& roadmap, const std::vector<bool>& kept) {
    // Lanes in the roadmap's order, then those its missions name that it lacks.
    std::vector<std::string> lanes;
    for (const Destination& destination : roadmap.destinations) {
        lanes.push_back(destination.id);
    }
    for (std::size_t m = 0; m < roadmap.missions.size(); ++m) {
        const std::string& lane = roadmap.missions[m].destination;
        if (isKept(kept, m) && std::find(lanes.begin(), lanes.end(), lane) == lanes.end()) {
            lanes.push_back(lane);
        }
    }
    std::vector<std::vector<std::size_t>> missionsOfLane(lanes.size());
    for (std::size_t m = 0; m < roadmap.missions.size(); ++m) {
        if (isKept(kept, m)) {
            const auto lane =
                std::find(lanes.begin(), lanes.end(), roadmap.missions[m].destination);
            missionsOfLane[static_cast<std::size_t>(lane - lanes.begin())].push_back(m);
        }
    }
    // UIDs: lanes and missions numbered in the order written.
    std::vector<int> uidOfMission(roadmap.missions.size(), 0);
    int next = 1;
    for (const auto& missions : missionsOfLane) {
        if (missions.empty()) {
            continue;
        }
        ++next;
        for (const std::size_t m : missions) {
            uidOfMission[m] = next++;
        }
    }

    std::chrono::sys_days projectStart = std::chrono::sys_days::max();
    for (std::size_t m = 0; m < roadmap.missions.size(); ++m) {
        if (isKept(kept, m)) {
            projectStart = std::min(projectStart, roadmap.missions[m].start.firstDay());
        }
    }
    if (projectStart == std::chrono::sys_days::max()) {
        projectStart = roadmap.asOf.firstDay();
    }

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Project xmlns=\"http://schemas.microsoft.com/project\">\n";
    element(out, "SaveVersion", "14", 2);
    element(out, "Name", idFromName(roadmap.title) + ".xml", 2);
    element(out, "Title", roadmap.title, 2);
    element(out, "ScheduleFromStart", "1", 2);
    element(out, "StartDate", dateTime(projectStart, kWorkdayStartHour), 2);
    element(out, "CurrencyCode", "USD", 2);
    element(out, "MinutesPerDay", "480", 2);
    element(out, "MinutesPerWeek", "2400", 2);
    element(out, "DaysPerMonth", "20", 2);
    out += "  <ExtendedAttributes>\n";
    for (const OrreryField& field : kOrreryFields) {
        out += "    <ExtendedAttribute>\n";
        element(out, "FieldID", field.fieldId, 6);
        element(out, "FieldName", field.fieldName, 6);
        element(out, "Alias", field.alias, 6);
        out += "    </ExtendedAttribute>\n";
    }
    out += "  </ExtendedAttributes>\n  <Tasks>\n";

    int row = 1;
    int laneNumber = 0;
    for (std::size_t l = 0; l < lanes.size(); ++l) {
        const auto& missions = missionsOfLane[l];
        if (missions.empty()) {
            continue;
        }
        ++laneNumber;
        const Destination* destination = roadmap.destinations.find(lanes[l]);
        TaskDates span{std::chrono::sys_days::max(), std::chrono::sys_days::min()};
        for (const std::size_t m : missions) {
            span.first = std::min(span.first, roadmap.missions[m].start.firstDay());
            span.last = std::max(span.last, roadmap.missions[m].finish().lastDay());
        }
        out += "    <Task>\n";
        element(out, "UID", std::to_string(uidOfMission[missions.front()] - 1), 6);
        element(out, "ID", std::to_string(row++), 6);
        element(out, "Name", destination ? destination->name : lanes[l], 6);
        element(out, "OutlineNumber", std::to_string(laneNumber), 6);
        element(out, "OutlineLevel", "1", 6);
        writeDates(out, span, false, 6);
        element(out, "Milestone", "0", 6);
        element(out, "Summary", "1", 6);
        out += "    </Task>\n";

        int missionNumber = 0;
        for (const std::size_t m : missions) {
            const Mission& mission = roadmap.missions[m];
            out += "    <Task>\n";
            element(out, "UID", std::to_string(uidOfMission[m]), 6);
            element(out, "ID", std::to_string(row++), 6);
            element(out, "Name", mission.name, 6);
            element(out, "OutlineNumber", fmt::format("{}.{}", laneNumber, ++missionNumber), 6);
            element(out, "OutlineLevel", "2", 6);
            writeDates(out, {mission.start.firstDay(), mission.finish().lastDay()},
                       mission.isMilestone(), 6);
            element(out, "Milestone", mission.isMilestone() ? "1" : "0", 6);
            element(out, "Summary", "0", 6);
            // Start no earlier than the planned start: the links may move it later, as
            // Orrery's earliest start does.
            element(out, "ConstraintType", "4", 6);
            element(out, "ConstraintDate", dateTime(mission.start.firstDay(), kWorkdayStartHour),
                    6);
            std::string notes = mission.notes;
            const auto noteDate = [&](std::string_view what, const Date& date) {
                if (date.precision() != DatePrecision::Day) {
                    notes +=
                        fmt::format("{}{}{} {} (known to the {})", notes.empty() ? "" : "\n",
                                    kNoteMark, what, date.toString(), toString(date.precision()));
                }
            };
            noteDate(mission.isMilestone() ? "date" : "start", mission.start);
            if (mission.end) {
                noteDate("end", *mission.end);
            }
            if (!notes.empty()) {
                element(out, "Notes", notes, 6);
            }
            std::vector<Prerequisite> soft;
            for (const Prerequisite& prerequisite : mission.prerequisites) {
                const auto index = roadmap.missions.indexOf(prerequisite.mission);
                if (!index || !isKept(kept, *index)) {
                    continue;
                }
                if (prerequisite.strength == DependencyStrength::Soft) {
                    soft.push_back(prerequisite);
                    continue;
                }
                out += "      <PredecessorLink>\n";
                element(out, "PredecessorUID", std::to_string(uidOfMission[*index]), 8);
                element(out, "Type", prerequisite.type == DependencyType::StartToStart ? "3" : "1",
                        8);
                element(out, "CrossProject", "0", 8);
                element(out, "LinkLag",
                        fmt::format("{:.0f}", prerequisite.lagMonths * kElapsedMonth), 8);
                element(out, "LagFormat", std::to_string(kElapsedMonthsFormat), 8);
                out += "      </PredecessorLink>\n";
            }
            const auto custom = [&](const OrreryField& field, std::string_view value) {
                if (!value.empty()) {
                    out += "      <ExtendedAttribute>\n";
                    element(out, "FieldID", field.fieldId, 8);
                    element(out, "Value", value, 8);
                    out += "      </ExtendedAttribute>\n";
                }
            };
            custom(kAgencyField, mission.lead);
            custom(kMissionIdField, mission.id);
            custom(kDestinationField, mission.destination);
            custom(kCrewField, toString(mission.crew));
            custom(kStatusField, toString(mission.status));
            std::string partners;
            for (const std::string& partner : mission.partners) {
                partners += (partners.empty() ? "" : ", ") + partner;
            }
            custom(kPartnersField, partners);
            custom(kPrecisionField, mission.end
                                        ? fmt::format("{}/{}", toString(mission.start.precision()),
                                                      toString(mission.end->precision()))
                                        : std::string(toString(mission.start.precision())));
            custom(kSoftField, prerequisitesToText(soft));
            out += "    </Task>\n";
        }
    }
    out += "  </Tasks>\n</Project>\n";
    return out;
}

// ---------------------------------------------------------------------------------------
// Reading

namespace {

std::string_view localName(const XML_Char* name) {
    const std::string_view full(name);
    const std::size_t bar = full.rfind('|');
    return bar == std::string_view::npos ? full : full.substr(bar + 1);
}

std::optional<double> number(std::string_view text) {
    text = trimmed(text);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

bool isTrue(std::string_view text) {
    return text == "1" || text == "true";
}

/// Expat's callbacks fill this in as the document streams past.
struct Reading {
    XML_Parser parser = nullptr;
    MspdiProject project;
    std::vector<std::string> path;
    std::string text;
    std::vector<bool> hadChild;
    std::optional<ImportProblem> refusal;
    std::string customFieldId;
    std::string customValue;

    int line() const { return static_cast<int>(XML_GetCurrentLineNumber(parser)); }

    void refuse(std::string message) {
        refusal = ImportProblem{.line = line(), .subject = {}, .message = std::move(message)};
        XML_StopParser(parser, XML_FALSE);
    }

    /// Whether the path starts with these names: the element is inside them.
    bool under(std::initializer_list<std::string_view> names) const {
        return path.size() >= names.size() && std::equal(names.begin(), names.end(), path.begin());
    }

    bool at(std::initializer_list<std::string_view> names) const {
        if (path.size() != names.size()) {
            return false;
        }
        return std::equal(names.begin(), names.end(), path.begin());
    }

    void start(std::string_view name) {
        if (!hadChild.empty()) {
            hadChild.back() = true;
        }
        path.emplace_back(name);
        hadChild.push_back(false);
        text.clear();
        if (path.size() == 1 && name != "Project") {
            refuse(fmt::format("not an MS Project XML file: the document is a <{}>, not a "
                               "<Project>",
                               name));
            return;
        }
        if (path.size() > 64) {
            refuse("elements nest deeper than any MS Project file does");
            return;
        }
        if (at({"Project", "ExtendedAttributes", "ExtendedAttribute"})) {
            project.customFields.emplace_back();
        } else if (at({"Project", "Tasks", "Task"})) {
            project.tasks.emplace_back();
            project.tasks.back().line = line();
        } else if (at({"Project", "Tasks", "Task", "PredecessorLink"})) {
            project.tasks.back().links.emplace_back();
        } else if (at({"Project", "Tasks", "Task", "ExtendedAttribute"})) {
            customFieldId.clear();
            customValue.clear();
        }
    }

    void end() {
        const std::string_view name = path.back();
        const bool leaf = !hadChild.back();
        if (path.size() == 2 && leaf) {
            if (name == "Name") {
                project.name = text;
            } else if (name == "Title") {
                project.title = text;
            } else if (name == "MinutesPerDay") {
                if (const auto value = number(text); value && *value > 0) {
                    project.minutesPerDay = *value;
                }
            } else if (name == "DaysPerMonth") {
                if (const auto value = number(text); value && *value > 0) {
                    project.daysPerMonth = *value;
                }
            }
        } else if (path.size() == 4 &&
                   under({"Project", "ExtendedAttributes", "ExtendedAttribute"}) && leaf) {
            MspdiCustomField& field = project.customFields.back();
            if (name == "FieldID") {
                field.fieldId = text;
            } else if (name == "FieldName") {
                field.fieldName = text;
            } else if (name == "Alias") {
                field.alias = text;
            }
        } else if (path.size() == 4 && under({"Project", "Tasks", "Task"})) {
            endTaskChild(name, leaf);
        } else if (path.size() == 5 && under({"Project", "Tasks", "Task", "PredecessorLink"}) &&
                   leaf) {
            MspdiLink& link = project.tasks.back().links.back();
            if (name == "PredecessorUID") {
                link.predecessorUid = text;
            } else if (name == "Type") {
                link.type = static_cast<int>(std::clamp(number(text).value_or(1), -1.0, 4.0));
            } else if (name == "LinkLag") {
                link.lag = number(text).value_or(0);
            } else if (name == "LagFormat") {
                link.lagFormat = static_cast<int>(std::clamp(number(text).value_or(7), 0.0, 99.0));
            }
        } else if (path.size() == 5 && under({"Project", "Tasks", "Task", "ExtendedAttribute"}) &&
                   leaf) {
            if (name == "FieldID") {
                customFieldId = text;
            } else if (name == "Value") {
                customValue = text;
            }
        }
        path.pop_back();
        hadChild.pop_back();
        text.clear();
    }

    void endTaskChild(std::string_view name, bool leaf) {
        MspdiTask& task = project.tasks.back();
        if (name == "ExtendedAttribute") {
            if (!customFieldId.empty()) {
                task.custom[customFieldId] = customValue;
            }
            return;
        }
        if (!leaf) {
            return; // Baseline, TimephasedData ...: figures of their own, not the plan's
        }
        if (name == "UID") {
            task.uid = text;
        } else if (name == "Name") {
            task.name = text;
        } else if (name == "OutlineLevel") {
            if (const auto value = number(text)) {
                task.outlineLevel = static_cast<int>(std::clamp(*value, 0.0, 1000.0));
            }
        } else if (name == "OutlineNumber") {
            task.outlineNumber = text;
        } else if (name == "Start") {
            task.start = text;
        } else if (name == "Finish") {
            task.finish = text;
        } else if (name == "Milestone") {
            task.milestone = isTrue(text);
        } else if (name == "Summary") {
            task.summary = isTrue(text);
        } else if (name == "IsNull") {
            task.isNull = isTrue(text);
        } else if (name == "Notes") {
            task.notes = text;
        } else if (!text.empty()) {
            task.fields[std::string(name)] = text;
        }
    }
};

void XMLCALL onStart(void* data, const XML_Char* name, const XML_Char**) {
    static_cast<Reading*>(data)->start(localName(name));
}
void XMLCALL onDoctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    // Entities a DTD declares can expand a small file into gigabytes; MS Project writes none.
    static_cast<Reading*>(data)->refuse(
        "the file declares a document type (<!DOCTYPE>), which MS Project XML never does");
}
void XMLCALL onEnd(void* data, const XML_Char*) {
    static_cast<Reading*>(data)->end();
}
void XMLCALL onText(void* data, const XML_Char* text, int length) {
    static_cast<Reading*>(data)->text.append(text, static_cast<std::size_t>(length));
}

struct ParserDeleter {
    void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};

} // namespace

Expected<MspdiProject, ImportProblem> readMspdi(std::string_view text) {
    if (text.empty()) {
        return make_unexpected(
            ImportProblem{.line = 1, .subject = {}, .message = "the file is empty"});
    }
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, ParserDeleter> parser(
        XML_ParserCreateNS(nullptr, '|'));
    Reading reading;
    reading.parser = parser.get();
    XML_SetUserData(parser.get(), &reading);
    XML_SetElementHandler(parser.get(), onStart, onEnd);
    XML_SetCharacterDataHandler(parser.get(), onText);
    XML_SetStartDoctypeDeclHandler(parser.get(), onDoctype);

    constexpr std::size_t kChunk = 1 << 20;
    bool failed = false;
    std::size_t offset = 0;
    do {
        const std::size_t length = std::min(kChunk, text.size() - offset);
        const bool last = offset + length == text.size();
        if (XML_Parse(parser.get(), text.data() + offset, static_cast<int>(length),
                      last ? XML_TRUE : XML_FALSE) != XML_STATUS_OK) {
            failed = true;
            break;
        }
        offset += length;
    } while (offset < text.size());
    if (reading.refusal) {
        return make_unexpected(*reading.refusal);
    }
    if (failed) {
        return make_unexpected(
            ImportProblem{.line = static_cast<int>(XML_GetCurrentLineNumber(parser.get())),
                          .subject = {},
                          .message = fmt::format("not well-formed XML at column {}: {}",
                                                 XML_GetCurrentColumnNumber(parser.get()) + 1,
                                                 XML_ErrorString(XML_GetErrorCode(parser.get())))});
    }
    return std::move(reading.project);
}

// ---------------------------------------------------------------------------------------
// Mapping

namespace {

std::string fieldLabel(const MspdiCustomField& field) {
    return field.alias.empty() ? field.fieldName : field.alias;
}

} // namespace

std::vector<std::string> mappingSources(const MspdiProject& project) {
    std::vector<std::string> sources;
    const auto add = [&](const std::string& source) {
        if (!source.empty() && std::find(sources.begin(), sources.end(), source) == sources.end()) {
            sources.push_back(source);
        }
    };
    for (const MspdiCustomField& field : project.customFields) {
        add(fieldLabel(field));
    }
    std::set<std::string, std::less<>> seen;
    for (const MspdiTask& task : project.tasks) {
        for (const auto& [name, value] : task.fields) {
            if (name != "ID" && seen.insert(name).second) {
                add(name);
            }
        }
    }
    return sources;
}

MspdiMapping suggestedMapping(const MspdiProject& project) {
    MspdiMapping mapping;
    const auto aliasFor = [&](std::initializer_list<std::string_view> words) -> std::string {
        for (const MspdiCustomField& field : project.customFields) {
            const std::string alias = lowered(field.alias);
            for (const std::string_view word : words) {
                if (alias == word) {
                    return fieldLabel(field);
                }
            }
        }
        return {};
    };
    mapping.missionId = aliasFor({"mission id", "missionid", "mission"});
    mapping.agency = aliasFor({"agency", "lead agency", "lead"});
    mapping.partners = aliasFor({"partners", "partner agencies"});
    if (std::string lane = aliasFor({"destination", "lane"}); !lane.empty()) {
        mapping.destination = std::move(lane);
    }
    mapping.crew = aliasFor({"crew", "crewed"});
    mapping.status = aliasFor({"status", "mission status"});
    mapping.precision = aliasFor({"date precision"});
    mapping.softPrerequisites = aliasFor({"soft prerequisites"});
    return mapping;
}

std::string mappingToJson(const MspdiMapping& mapping) {
    nlohmann::ordered_json json;
    json["missionId"] = mapping.missionId;
    json["agency"] = mapping.agency;
    json["defaultAgency"] = mapping.defaultAgency;
    json["partners"] = mapping.partners;
    json["destination"] = mapping.destination;
    json["defaultDestination"] = mapping.defaultDestination;
    json["crew"] = mapping.crew;
    json["status"] = mapping.status;
    json["precision"] = mapping.precision;
    json["softPrerequisites"] = mapping.softPrerequisites;
    json["datePrecision"] = mapping.datePrecision == DatePrecision::Day ? "day" : "month";
    json["summaryInNotes"] = mapping.summaryInNotes;
    return json.dump(2) + "\n";
}

Expected<MspdiMapping, std::string> mappingFromJson(std::string_view text) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        return make_unexpected(std::string("the mapping is not a JSON object"));
    }
    MspdiMapping mapping;
    const std::array<std::pair<std::string_view, std::string*>, 10> texts{{
        {"missionId", &mapping.missionId},
        {"agency", &mapping.agency},
        {"defaultAgency", &mapping.defaultAgency},
        {"partners", &mapping.partners},
        {"destination", &mapping.destination},
        {"defaultDestination", &mapping.defaultDestination},
        {"crew", &mapping.crew},
        {"status", &mapping.status},
        {"precision", &mapping.precision},
        {"softPrerequisites", &mapping.softPrerequisites},
    }};
    for (const auto& item : json.items()) {
        const std::string& key = item.key();
        const auto& value = item.value();
        const auto textKey = std::find_if(texts.begin(), texts.end(),
                                          [&](const auto& entry) { return entry.first == key; });
        if (textKey != texts.end()) {
            if (!value.is_string()) {
                return make_unexpected(fmt::format("/{}: a text is wanted", key));
            }
            *textKey->second = value.get<std::string>();
        } else if (key == "datePrecision") {
            if (value == "month") {
                mapping.datePrecision = DatePrecision::Month;
            } else if (value == "day") {
                mapping.datePrecision = DatePrecision::Day;
            } else {
                return make_unexpected(std::string("/datePrecision: \"month\" or \"day\""));
            }
        } else if (key == "summaryInNotes") {
            if (!value.is_boolean()) {
                return make_unexpected(std::string("/summaryInNotes: true or false"));
            }
            mapping.summaryInNotes = value.get<bool>();
        } else {
            return make_unexpected(fmt::format(
                "/{}: no such key; the keys are missionId, agency, defaultAgency, partners, "
                "destination, defaultDestination, crew, status, precision, softPrerequisites, "
                "datePrecision and summaryInNotes",
                key));
        }
    }
    return mapping;
}

// ---------------------------------------------------------------------------------------
// Tasks to missions

namespace {

/// An id for a value the planner typed: its letters, digits, '.', '_' and '-', the case kept
/// ("ESA", "JAXA"), anything else a '-'.
std::string idKeepingCase(std::string_view text) {
    std::string id;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool allowed =
            byte < 0x80 && (std::isalnum(byte) || c == '.' || c == '_' || c == '-');
        if (allowed) {
            id += c;
        } else if (!id.empty() && id.back() != '-') {
            id += '-';
        }
    }
    while (!id.empty() && !std::isalnum(static_cast<unsigned char>(id.front()))) {
        id.erase(id.begin());
    }
    while (!id.empty() && id.back() == '-') {
        id.pop_back();
    }
    if (id.size() > 64) {
        id.resize(64);
    }
    return id;
}

struct Source {
    enum class Kind { None, Custom, Field, Summary } kind = Kind::None;
    std::string key;
};

Source resolve(const MspdiProject& project, const std::string& name) {
    if (name.empty()) {
        return {};
    }
    if (lowered(name) == "summary") {
        return {Source::Kind::Summary, {}};
    }
    for (const MspdiCustomField& field : project.customFields) {
        if (lowered(field.alias) == lowered(name)) {
            return {Source::Kind::Custom, field.fieldId};
        }
    }
    for (const MspdiCustomField& field : project.customFields) {
        if (lowered(field.fieldName) == lowered(name)) {
            return {Source::Kind::Custom, field.fieldId};
        }
    }
    return {Source::Kind::Field, name};
}

std::string valueOf(const MspdiTask& task, const Source& source, const std::string& summary) {
    switch (source.kind) {
    case Source::Kind::None:
        return {};
    case Source::Kind::Summary:
        return summary;
    case Source::Kind::Custom: {
        const auto found = task.custom.find(source.key);
        return found == task.custom.end() ? std::string() : std::string(trimmed(found->second));
    }
    case Source::Kind::Field: {
        const auto found = task.fields.find(source.key);
        return found == task.fields.end() ? std::string() : std::string(trimmed(found->second));
    }
    }
    return {};
}

struct DayTime {
    int year = 0;
    int month = 0;
    int day = 0;
    bool midnight = false;
};

std::optional<DayTime> parseDateTime(std::string_view text) {
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto part = [&](std::size_t from, std::size_t length, int& into) {
        const auto [end, error] =
            std::from_chars(text.data() + from, text.data() + from + length, into);
        return error == std::errc() && end == text.data() + from + length;
    };
    if (!part(0, 4, year) || !part(5, 2, month) || !part(8, 2, day) ||
        !Date::isValid(year, month, day)) {
        return std::nullopt;
    }
    const std::string_view time = text.substr(10);
    return DayTime{year, month, day, time.empty() || time.starts_with("T00:00:00")};
}

Date dateAt(const DayTime& at, DatePrecision precision) {
    switch (precision) {
    case DatePrecision::Year:
        return Date::fromYear(at.year);
    case DatePrecision::Month:
        return Date::fromYearMonth(at.year, at.month);
    case DatePrecision::Day:
        return Date::fromYearMonthDay(at.year, at.month, at.day);
    }
    return Date::fromYear(at.year);
}

std::string describeTask(const MspdiTask& task) {
    const std::string name = task.name.empty() ? std::string("(no name)") : task.name;
    return task.uid.empty() ? fmt::format("task \"{}\"", name)
                            : fmt::format("task \"{}\" (UID {})", name, task.uid);
}

/// A lag in months, and how it was written when it is not a whole number of months.
struct Lag {
    int months = 0;
    std::string approximated;
};

Expected<Lag, std::string> lagInMonths(const MspdiLink& link, const MspdiProject& project) {
    int format = link.lagFormat;
    if (format >= 35 && format <= 52) {
        format -= 32; // the estimated ("?") units are the same units
    }
    if (format == 19 || format == 20) {
        return make_unexpected(std::string(
            "a lag given as a percentage of the predecessor's duration has no fixed length; "
            "give it in days or months"));
    }
    const double minutes = link.lag / 10.0;
    double months = 0;
    std::string written;
    if (format == 11) {
        months = minutes / (project.minutesPerDay * project.daysPerMonth);
    } else if (format == 12) {
        months = minutes / (kElapsedMonth / 10.0);
    } else if (format == 4 || format == 6 || format == 8 || format == 10) {
        const double days = minutes / (24 * 60);
        months = days / 30.4375;
        written = fmt::format("{:g} elapsed days", days);
    } else {
        // Working time: five working days a week.
        const double days = minutes / project.minutesPerDay;
        months = days * 7 / 5 / 30.4375;
        written = fmt::format("{:g} working days", days);
    }
    if (!std::isfinite(months) || std::abs(months) > kMaxLagMonths) {
        return make_unexpected(fmt::format("a lag of {:g} months is not between -{} and {}", months,
                                           kMaxLagMonths, kMaxLagMonths));
    }
    Lag lag{static_cast<int>(std::lround(months)), {}};
    if (std::abs(months - lag.months) > 0.01) {
        lag.approximated =
            fmt::format("a lag of {} is taken as {} month{}",
                        written.empty() ? fmt::format("{:.2f} months", months) : written,
                        lag.months, std::abs(lag.months) == 1 ? "" : "s");
    }
    return lag;
}

int durationMonths(const Mission& mission) {
    return std::max(0, mission.finish().firstMonth() - mission.start.firstMonth());
}

} // namespace

ImportedPlan missionsFromMspdi(const MspdiProject& project, const MspdiMapping& mapping) {
    ImportedPlan plan;
    const Source idSource = resolve(project, mapping.missionId);
    const Source agencySource = resolve(project, mapping.agency);
    const Source partnersSource = resolve(project, mapping.partners);
    const Source destinationSource = resolve(project, mapping.destination);
    const Source crewSource = resolve(project, mapping.crew);
    const Source statusSource = resolve(project, mapping.status);
    const Source precisionSource = resolve(project, mapping.precision);
    const Source softSource = resolve(project, mapping.softPrerequisites);
    std::set<std::string, std::less<>> mappedCustom;
    std::set<std::string, std::less<>> mappedFields;
    for (const Source* source : {&idSource, &agencySource, &partnersSource, &destinationSource,
                                 &crewSource, &statusSource, &precisionSource, &softSource}) {
        if (source->kind == Source::Kind::Custom) {
            mappedCustom.insert(source->key);
        } else if (source->kind == Source::Kind::Field) {
            mappedFields.insert(source->key);
        }
    }
    // A mapping that leaves a mission field with no source and no default fits no task.
    if (agencySource.kind == Source::Kind::None && mapping.defaultAgency.empty()) {
        plan.errors.push_back({.line = 0,
                               .subject = {},
                               .message = "no lead agency: choose the field that holds it, or "
                                          "the agency of every task (--agency)"});
    }
    if (destinationSource.kind == Source::Kind::None && mapping.defaultDestination.empty()) {
        plan.errors.push_back({.line = 0,
                               .subject = {},
                               .message = "no destination: choose the field that holds it, "
                                          "summary tasks, or the lane of every task (--lane)"});
    }
    if (!plan.errors.empty()) {
        return plan;
    }
    std::map<std::string, std::string, std::less<>> customLabel;
    for (const MspdiCustomField& field : project.customFields) {
        customLabel.emplace(field.fieldId, fieldLabel(field));
    }

    // What each UID became.
    struct Entry {
        std::optional<std::size_t> mission;
        bool summary = false;
        bool refused = false;
        std::size_t task = 0;
    };
    std::map<std::string, Entry, std::less<>> byUid;
    std::vector<std::size_t> taskOfMission;
    std::vector<std::vector<std::size_t>> childrenOfSummary(project.tasks.size());
    std::set<std::string, std::less<>> ids;
    std::map<std::string, std::string, std::less<>> laneIds; // summary name -> lane id

    struct Open {
        int level;
        std::size_t task;
    };
    std::vector<Open> outline;
    for (std::size_t t = 0; t < project.tasks.size(); ++t) {
        const MspdiTask& task = project.tasks[t];
        if (task.isNull) {
            continue; // a blank row of the schedule
        }
        int level = 1;
        if (task.outlineLevel) {
            level = *task.outlineLevel;
        } else if (!task.outlineNumber.empty()) {
            level = 1 + static_cast<int>(
                            std::count(task.outlineNumber.begin(), task.outlineNumber.end(), '.'));
        }
        const bool projectSummary = task.summary && (level == 0 || task.uid == "0");
        if (projectSummary) {
            continue; // the whole project as one task, as GanttProject and MPXJ write it
        }
        while (!outline.empty() && outline.back().level >= level) {
            outline.pop_back();
        }
        const std::string subject = describeTask(task);
        if (!outline.empty() && level > outline.back().level + 1) {
            plan.notes.push_back(
                {.line = task.line,
                 .subject = subject,
                 .message = fmt::format("its outline level {} follows level {}: it is taken "
                                        "as under \"{}\"",
                                        level, outline.back().level,
                                        project.tasks[outline.back().task].name)});
        }
        for (const Open& open : outline) {
            childrenOfSummary[open.task].push_back(t);
        }
        Entry entry{.mission = {}, .summary = task.summary, .refused = false, .task = t};
        if (!task.uid.empty() && byUid.contains(task.uid)) {
            plan.errors.push_back({.line = task.line,
                                   .subject = subject,
                                   .message = fmt::format("UID {} is an earlier task's too; "
                                                          "links to it could mean either",
                                                          task.uid)});
            continue;
        }
        if (task.summary) {
            outline.push_back({level, t});
            byUid.emplace(task.uid, entry);
            continue;
        }
        if (task.uid.empty()) {
            plan.notes.push_back({.line = task.line,
                                  .subject = subject,
                                  .message = "it has no UID, so no other task can name it as "
                                             "a predecessor"});
        }

        std::vector<std::string> faults;
        const auto start = parseDateTime(task.start);
        auto finish = parseDateTime(task.finish);
        if (!start) {
            faults.push_back(task.start.empty()
                                 ? std::string("it has no start date")
                                 : fmt::format("its start \"{}\" is not a date", task.start));
        }
        if (!task.finish.empty() && !finish) {
            faults.push_back(fmt::format("its finish \"{}\" is not a date", task.finish));
        }
        Mission mission;
        mission.name = std::string(trimmed(task.name));
        if (mission.name.empty()) {
            mission.name =
                task.uid.empty() ? std::string("Unnamed task") : fmt::format("Task {}", task.uid);
            plan.notes.push_back(
                {.line = task.line,
                 .subject = subject,
                 .message = fmt::format("it has no name: it is called \"{}\"", mission.name)});
        }
        const std::string summaryName =
            outline.empty() ? std::string()
                            : std::string(trimmed(project.tasks[outline.back().task].name));

        if (start) {
            const bool milestone = task.milestone || !finish;
            if (!task.milestone && !finish) {
                plan.notes.push_back({.line = task.line,
                                      .subject = subject,
                                      .message = "it has no finish: it is taken as a milestone"});
            }
            DatePrecision startPrecision = mapping.datePrecision;
            DatePrecision endPrecision = mapping.datePrecision;
            if (const std::string told = lowered(valueOf(task, precisionSource, {}));
                !told.empty()) {
                const std::size_t slash = told.find('/');
                const auto first = datePrecisionFromString(told.substr(0, slash));
                const auto second = slash == std::string::npos
                                        ? first
                                        : datePrecisionFromString(told.substr(slash + 1));
                if (first && second) {
                    startPrecision = *first;
                    endPrecision = *second;
                }
            }
            mission.start = dateAt(*start, startPrecision);
            if (!milestone) {
                DayTime last = *finish;
                // A finish at midnight after the start day ends the day before (the exclusive
                // end some writers use).
                if (finish->midnight && std::tie(finish->year, finish->month, finish->day) >
                                            std::tie(start->year, start->month, start->day)) {
                    const std::chrono::year_month_day before{
                        std::chrono::sys_days(std::chrono::year_month_day(
                            std::chrono::year(finish->year),
                            std::chrono::month(static_cast<unsigned>(finish->month)),
                            std::chrono::day(static_cast<unsigned>(finish->day)))) -
                        std::chrono::days(1)};
                    last = {static_cast<int>(before.year()),
                            static_cast<int>(static_cast<unsigned>(before.month())),
                            static_cast<int>(static_cast<unsigned>(before.day())), false};
                }
                mission.end = dateAt(last, endPrecision);
                if (mission.end->lastDay() < mission.start.firstDay()) {
                    // Taken as it is: the roadmap's checks name it among the others.
                    plan.notes.push_back(
                        {.line = task.line,
                         .subject = subject,
                         .message = fmt::format("it finishes ({}) before it starts ({})",
                                                task.finish, task.start)});
                }
            }
        }

        // The id: the mapped field's, else made from the name.
        std::string id = valueOf(task, idSource, summaryName);
        if (!id.empty() && (!isWellFormedId(id) || ids.contains(id))) {
            plan.notes.push_back({.line = task.line,
                                  .subject = subject,
                                  .message = fmt::format(
                                      "its mission id \"{}\" is {}: one is "
                                      "made from the name",
                                      id, isWellFormedId(id) ? "an earlier task's" : "not an id")});
            id.clear();
        }
        if (id.empty()) {
            const std::string base = idFromName(mission.name);
            id = base;
            for (int n = 2; ids.contains(id); ++n) {
                id = fmt::format("{}-{}", base, n);
            }
        }
        mission.id = id;

        const std::string agencyText = valueOf(task, agencySource, summaryName);
        mission.lead = idKeepingCase(agencyText.empty() ? mapping.defaultAgency : agencyText);
        if (mission.lead.empty()) {
            faults.emplace_back("its agency field is empty, and no agency is given for such "
                                "tasks (--agency)");
        } else if (mission.lead != agencyText && !agencyText.empty()) {
            plan.agencies.push_back(Agency{.id = mission.lead,
                                           .name = agencyText,
                                           .country = {},
                                           .color = {},
                                           .extensions = {}});
        }
        const std::string partners = valueOf(task, partnersSource, summaryName);
        for (std::string_view rest = partners; !rest.empty();) {
            const std::size_t cut = rest.find_first_of(",;");
            const std::string partner = idKeepingCase(rest.substr(0, cut));
            if (!partner.empty() && partner != mission.lead &&
                std::find(mission.partners.begin(), mission.partners.end(), partner) ==
                    mission.partners.end()) {
                mission.partners.push_back(partner);
            }
            rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
        }

        std::string lane = valueOf(task, destinationSource, summaryName);
        if (lane.empty()) {
            lane = mapping.defaultDestination;
        }
        if (destinationSource.kind == Source::Kind::Summary && !lane.empty() &&
            lane == summaryName) {
            auto [found, added] = laneIds.emplace(summaryName, idFromName(summaryName));
            if (added) {
                plan.destinations.push_back(laneNamed(found->second, summaryName));
            }
            mission.destination = found->second;
        } else {
            mission.destination = idKeepingCase(lane);
        }
        if (mission.destination.empty()) {
            faults.emplace_back(destinationSource.kind == Source::Kind::Summary
                                    ? "it is under no summary task, and no lane is given for "
                                      "such tasks (--lane)"
                                    : "its destination field is empty, and no lane is given "
                                      "for such tasks (--lane)");
        }

        if (const std::string crew = lowered(valueOf(task, crewSource, summaryName));
            crew == "human" || crew == "crewed" || crew == "yes" || crew == "true" || crew == "1" ||
            crew == "y") {
            mission.crew = Crew::Human;
        }
        const std::string statusText = lowered(valueOf(task, statusSource, summaryName));
        if (const auto status = missionStatusFromString(statusText)) {
            mission.status = *status;
        } else {
            if (!statusText.empty()) {
                plan.notes.push_back(
                    {.line = task.line,
                     .subject = subject,
                     .message = fmt::format("status \"{}\" is none of completed, operating, "
                                            "planned, conceptual: it is taken from the task's "
                                            "% complete",
                                            statusText)});
            }
            const auto done = task.fields.find("PercentComplete");
            const double percent = done == task.fields.end() ? 0 : number(done->second).value_or(0);
            mission.status = percent >= 100 ? MissionStatus::Completed
                             : percent > 0  ? MissionStatus::Operating
                                            : MissionStatus::Planned;
        }

        // Notes, without the lines Orrery wrote about the dates' precision.
        std::string notes;
        for (std::string_view rest = task.notes; !rest.empty();) {
            const std::size_t cut = rest.find('\n');
            const std::string_view lineText = rest.substr(0, cut);
            if (!lineText.starts_with(kNoteMark)) {
                notes += (notes.empty() ? "" : "\n") + std::string(lineText);
            }
            rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
        }
        if (mapping.summaryInNotes && !outline.empty()) {
            std::string under;
            for (const Open& open : outline) {
                under += (under.empty() ? "" : " / ") +
                         std::string(trimmed(project.tasks[open.task].name));
            }
            notes += (notes.empty() ? "" : "\n") + ("Under: " + under);
        }
        mission.notes = std::move(notes);

        if (const std::string soft = valueOf(task, softSource, summaryName); !soft.empty()) {
            if (auto prerequisites = prerequisitesFromText(soft)) {
                for (Prerequisite& prerequisite : *prerequisites) {
                    prerequisite.strength = DependencyStrength::Soft;
                    mission.prerequisites.push_back(std::move(prerequisite));
                }
            } else {
                plan.notes.push_back(
                    {.line = task.line,
                     .subject = subject,
                     .message = "its soft prerequisites are left out: " + prerequisites.error()});
            }
        }

        // Everything the mapping does not take, so that nothing the planner had is lost.
        nlohmann::ordered_json kept = nlohmann::ordered_json::object();
        if (!task.uid.empty()) {
            kept["UID"] = task.uid;
        }
        // Left out: what the task's dates say again (its row number, length, and a "start no
        // earlier than" its own start).
        const auto constraint = task.fields.find("ConstraintType");
        const auto constraintDate = task.fields.find("ConstraintDate");
        const bool startConstraint = constraint != task.fields.end() && constraint->second == "4" &&
                                     constraintDate != task.fields.end() &&
                                     constraintDate->second == task.start;
        for (const auto& [name, value] : task.fields) {
            const bool derived =
                name == "ID" || name == "Duration" || name == "DurationFormat" ||
                (startConstraint && (name == "ConstraintType" || name == "ConstraintDate"));
            if (!derived && !mappedFields.contains(name)) {
                kept[name] = value;
            }
        }
        for (const auto& [fieldId, value] : task.custom) {
            if (!mappedCustom.contains(fieldId)) {
                const auto label = customLabel.find(fieldId);
                kept[label == customLabel.end() ? "field " + fieldId : label->second] = value;
            }
        }
        if (!kept.empty()) {
            mission.extensions["x-mspdi"] = kept.dump();
        }

        if (!faults.empty()) {
            std::string message;
            for (const std::string& fault : faults) {
                message += (message.empty() ? "" : "; ") + fault;
            }
            plan.errors.push_back({.line = task.line, .subject = subject, .message = message});
            entry.refused = true;
            if (!task.uid.empty()) {
                byUid.emplace(task.uid, entry);
            }
            continue;
        }
        ids.insert(mission.id);
        entry.mission = plan.missions.size();
        if (!task.uid.empty()) {
            byUid.emplace(task.uid, entry);
        }
        taskOfMission.push_back(t);
        plan.lines.push_back(task.line);
        plan.missions.push_back(std::move(mission));
    }

    // Soft prerequisites name missions by the ids Orrery wrote; the mapping may have made
    // other ids.
    const Source writtenId = resolve(project, std::string(kMissionIdField.alias));
    if (writtenId.kind == Source::Kind::Custom) {
        std::map<std::string, std::string, std::less<>> idOfWritten;
        for (std::size_t m = 0; m < plan.missions.size(); ++m) {
            const std::string written = valueOf(project.tasks[taskOfMission[m]], writtenId, {});
            if (!written.empty()) {
                idOfWritten.emplace(written, plan.missions[m].id);
            }
        }
        for (Mission& mission : plan.missions) {
            for (Prerequisite& prerequisite : mission.prerequisites) {
                if (const auto found = idOfWritten.find(prerequisite.mission);
                    found != idOfWritten.end()) {
                    prerequisite.mission = found->second;
                }
            }
        }
    }

    // The links, now that every UID has its mission.
    for (std::size_t m = 0; m < plan.missions.size(); ++m) {
        Mission& mission = plan.missions[m];
        const MspdiTask& task = project.tasks[taskOfMission[m]];
        const std::string subject = describeTask(task);
        for (const MspdiLink& link : task.links) {
            const auto found = byUid.find(link.predecessorUid);
            if (found == byUid.end()) {
                plan.errors.push_back(
                    {.line = task.line,
                     .subject = subject,
                     .message = fmt::format("its predecessor UID {} is no task of the file",
                                            link.predecessorUid)});
                continue;
            }
            const Entry& predecessor = found->second;
            const MspdiTask& predecessorTask = project.tasks[predecessor.task];
            if (predecessor.refused) {
                plan.errors.push_back(
                    {.line = task.line,
                     .subject = subject,
                     .message = fmt::format("its predecessor {} is refused itself",
                                            describeTask(predecessorTask))});
                continue;
            }
            if (link.type < 0 || link.type > 3) {
                plan.errors.push_back(
                    {.line = task.line,
                     .subject = subject,
                     .message = fmt::format("its link to {} has type {}, which is none of 0 "
                                            "(FF), 1 (FS), 2 (SF), 3 (SS)",
                                            describeTask(predecessorTask), link.type)});
                continue;
            }
            auto lag = lagInMonths(link, project);
            if (!lag) {
                plan.errors.push_back(
                    {.line = task.line,
                     .subject = subject,
                     .message = fmt::format("its link to {}: {}", describeTask(predecessorTask),
                                            lag.error())});
                continue;
            }
            if (!lag->approximated.empty()) {
                plan.notes.push_back(
                    {.line = task.line,
                     .subject = subject,
                     .message = fmt::format("its link to {}: {}", describeTask(predecessorTask),
                                            lag->approximated)});
            }
            Prerequisite prerequisite;
            prerequisite.lagMonths = lag->months;
            prerequisite.type = link.type == 3 || link.type == 2 ? DependencyType::StartToStart
                                                                 : DependencyType::FinishToStart;
            if (link.type == 0 || link.type == 2) {
                // The mission keeps its length, so "finishes after" is "starts after, less
                // its length": exact, as long as the length stays.
                prerequisite.lagMonths -= durationMonths(mission);
                plan.notes.push_back(
                    {.line = task.line,
                     .subject = subject,
                     .message = fmt::format(
                         "its {} link to {} is taken as {} with a lag of {} months (the "
                         "mission's length less)",
                         link.type == 0 ? "finish-to-finish" : "start-to-finish",
                         describeTask(predecessorTask),
                         link.type == 0 ? "finish-to-start" : "start-to-start",
                         prerequisite.lagMonths)});
            }
            if (std::abs(prerequisite.lagMonths) > kMaxLagMonths) {
                plan.errors.push_back(
                    {.line = task.line,
                     .subject = subject,
                     .message = fmt::format("its link to {} comes to a lag of {} months, beyond "
                                            "-{} to {}",
                                            describeTask(predecessorTask), prerequisite.lagMonths,
                                            kMaxLagMonths, kMaxLagMonths)});
                continue;
            }
            std::vector<std::size_t> targets;
            if (predecessor.summary) {
                for (const std::size_t child : childrenOfSummary[predecessor.task]) {
                    const auto entry = byUid.find(project.tasks[child].uid);
                    if (entry != byUid.end() && entry->second.mission) {
                        targets.push_back(*entry->second.mission);
                    }
                }
                plan.notes.push_back(
                    {.line = task.line,
                     .subject = subject,
                     .message = fmt::format("its link to the summary task \"{}\" is taken as a "
                                            "link to each of the {} missions under it",
                                            predecessorTask.name, targets.size())});
            } else if (predecessor.mission) {
                targets.push_back(*predecessor.mission);
            }
            for (const std::size_t target : targets) {
                if (target == m) {
                    continue;
                }
                prerequisite.mission = plan.missions[target].id;
                const bool already = std::any_of(
                    mission.prerequisites.begin(), mission.prerequisites.end(),
                    [&](const Prerequisite& p) { return p.mission == prerequisite.mission; });
                if (!already) {
                    mission.prerequisites.push_back(prerequisite);
                }
            }
        }
    }
    return plan;
}

} // namespace orrery
