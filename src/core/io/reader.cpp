#include "filetext.h"
#include "heaproom.h"
#include "jsontext.h"
#include "readpaths.h"
#include "schemacheck.h"

#include <orrery/io/reader.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <system_error>
#include <tuple>

namespace orrery {
namespace {

using nlohmann::json;

/// Collects problems with their place in the text.
class ErrorSink {
public:
    ErrorSink(std::string_view text, std::string_view fileName, std::size_t maxErrors)
        : m_text(text), m_fileName(fileName), m_maxErrors(maxErrors) {}

    bool full() const { return m_errors.size() >= m_maxErrors; }
    bool empty() const { return m_errors.empty(); }

    void atOffset(LoadErrorCode code, std::string message, std::size_t offset,
                  std::string pointer = {}) {
        if (full()) {
            return;
        }
        const auto position = json_text::positionOf(m_text, offset);
        m_errors.push_back({code, std::move(message), m_fileName, position.line, position.column,
                            std::move(pointer)});
    }

    void atPointer(LoadErrorCode code, std::string message, std::string pointer,
                   bool atKey = false) {
        // Locating scans the text: past the cap it would only cost time (8,000 bad dates
        // took seconds).
        if (full()) {
            return;
        }
        const auto location = json_text::locate(m_text, pointer);
        const std::size_t offset =
            atKey && location.keyOffset ? *location.keyOffset : location.valueOffset;
        atOffset(code, std::move(message), offset, std::move(pointer));
    }

    bool hasPointer(std::string_view pointer) const {
        return std::any_of(m_errors.begin(), m_errors.end(),
                           [&](const LoadError& error) { return error.pointer == pointer; });
    }

    /// The errors in the order they appear in the file.
    std::vector<LoadError> take() {
        std::stable_sort(m_errors.begin(), m_errors.end(), [](const auto& a, const auto& b) {
            return std::tie(a.line, a.column) < std::tie(b.line, b.column);
        });
        return std::move(m_errors);
    }

private:
    std::string_view m_text;
    std::string m_fileName;
    std::size_t m_maxErrors;
    std::vector<LoadError> m_errors;
};

/// nlohmann/json's messages start with "[json.exception.parse_error.101] parse error at
/// line 1, column 5: "; the place is reported separately, so only the reason is kept.
std::string syntaxReason(const json::parse_error& error) {
    std::string_view what = error.what();
    const auto column = what.find("column ");
    const auto colon = what.find(": ", column == std::string_view::npos ? 0 : column);
    if (colon != std::string_view::npos) {
        what.remove_prefix(colon + 2);
    }
    return fmt::format("the file is not valid JSON: {}", json_text::printableUtf8(what));
}

bool isBlank(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
    }
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

/// The schema's bound on a lag, for the one case its check misses (see prerequisite()).
constexpr std::uint64_t kMaximumLagMonths = 1200;

/// Builds the model from a document the schema has accepted, so every key has the right
/// type; what remains to check are the rules a schema cannot state (dates that do not
/// exist). Reads with at(), never operator[], so a mistake here throws instead of
/// inventing data.
class RoadmapBuilder {
public:
    explicit RoadmapBuilder(ErrorSink& errors) : m_errors(errors) {}

    Roadmap build(const json& document) {
        Roadmap roadmap;
        roadmap.title = document.at("title").get<std::string>();
        roadmap.edition = optionalString(document, "edition");
        roadmap.readFrom.formatVersion = document.at("formatVersion").get<int>();
        roadmap.asOf = date(document.at("asOf"), "/asOf");
        roadmap.extensions = extensions(document);

        const json& agencies = document.at("agencies");
        roadmap.agencies.reserve(agencies.size());
        for (const json& item : agencies) {
            roadmap.agencies.append(agency(item));
        }
        const json& destinations = document.at("destinations");
        roadmap.destinations.reserve(destinations.size());
        for (const json& item : destinations) {
            roadmap.destinations.append(
                destination(item, fmt::format("/destinations/{}", roadmap.destinations.size())));
        }
        if (document.contains("capabilities")) {
            const json& capabilities = document.at("capabilities");
            roadmap.capabilities.reserve(capabilities.size());
            for (const json& item : capabilities) {
                roadmap.capabilities.append(capability(item));
            }
        }
        if (document.contains("goals")) {
            for (const json& item : document.at("goals")) {
                roadmap.goals.append(goal(item));
            }
        }
        if (document.contains("objectives")) {
            for (const json& item : document.at("objectives")) {
                roadmap.objectives.append(objective(item));
            }
        }
        if (document.contains("knowledgeGaps")) {
            for (const json& item : document.at("knowledgeGaps")) {
                roadmap.knowledgeGaps.append(knowledgeGap(item));
            }
        }
        const json& missions = document.at("missions");
        roadmap.missions.reserve(missions.size());
        for (std::size_t i = 0; i < missions.size(); ++i) {
            roadmap.missions.append(mission(missions.at(i), fmt::format("/missions/{}", i)));
        }
        if (document.contains("scenarios")) {
            const json& scenarios = document.at("scenarios");
            for (std::size_t i = 0; i < scenarios.size(); ++i) {
                roadmap.scenarios.append(
                    scenario(scenarios.at(i), fmt::format("/scenarios/{}", i)));
            }
        }
        if (document.contains("editions")) {
            for (const json& item : document.at("editions")) {
                roadmap.editions.append(edition(item));
            }
        }
        if (document.contains("conflicts")) {
            for (const json& item : document.at("conflicts")) {
                roadmap.conflicts.push_back(conflict(item));
            }
        }
        if (document.contains("reviews")) {
            const json& reviews = document.at("reviews");
            for (std::size_t i = 0; i < reviews.size(); ++i) {
                roadmap.reviews.push_back(review(reviews.at(i), fmt::format("/reviews/{}", i)));
            }
        }
        if (document.contains("contribution")) {
            roadmap.contribution = contribution(document.at("contribution"));
        }
        return roadmap;
    }

private:
    static std::string optionalString(const json& object, const char* key) {
        return object.contains(key) ? object.at(key).get<std::string>() : std::string();
    }

    static std::vector<std::string> strings(const json& array) {
        std::vector<std::string> list;
        list.reserve(array.size());
        for (const json& item : array) {
            list.push_back(item.get<std::string>());
        }
        return list;
    }

    static std::vector<std::string> stringList(const json& object, const char* key) {
        return object.contains(key) ? strings(object.at(key)) : std::vector<std::string>();
    }

    static Extensions extensions(const json& object) {
        Extensions result;
        for (const auto& [key, value] : object.items()) {
            if (isExtensionKey(key)) {
                result.emplace(key, value.dump());
            }
        }
        return result;
    }

    Date date(const json& value, const std::string& pointer) {
        auto parsed = Date::parse(value.get<std::string>());
        if (!parsed) {
            m_errors.atPointer(LoadErrorCode::BadDate, parsed.error(), pointer);
            return {};
        }
        return *parsed;
    }

    static Agency agency(const json& object) {
        Agency result;
        result.id = object.at("id").get<std::string>();
        result.name = object.at("name").get<std::string>();
        result.country = object.at("country").get<std::string>();
        result.color = object.at("color").get<std::string>();
        result.extensions = extensions(object);
        return result;
    }

    Destination destination(const json& object, const std::string& pointer) {
        Destination result;
        result.id = object.at("id").get<std::string>();
        result.name = object.at("name").get<std::string>();
        if (object.contains("body")) {
            result.body = celestialBodyFromString(object.at("body").get<std::string>());
        }
        if (object.contains("orbit")) {
            result.orbit = orbit(object.at("orbit"), pointer + "/orbit");
        }
        if (object.contains("c3Limit")) {
            result.c3Limit = launchLimit(object.at("c3Limit"), pointer + "/c3Limit");
        }
        result.extensions = extensions(object);
        return result;
    }

    /// A launcher's C3 limit: above zero (the schema's minimum lets zero through).
    std::optional<double> launchLimit(const json& value, const std::string& pointer) {
        const double limit = value.get<double>();
        if (!(limit > 0)) {
            m_errors.atPointer(
                LoadErrorCode::InvalidValue,
                fmt::format("a launch energy limit (C3) above 0 km²/s², not {}", value.dump()),
                pointer);
            return std::nullopt;
        }
        return limit;
    }

    std::optional<Orbit> orbit(const json& object, const std::string& pointer) {
        Orbit result;
        astro::OrbitalElements& elements = result.elements;
        elements.epoch = object.at("epoch").get<double>();
        elements.semiMajorAxis = object.at("semiMajorAxis").get<double>();
        elements.eccentricity = object.at("eccentricity").get<double>();
        elements.inclination = object.at("inclination").get<double>();
        elements.ascendingNode = object.at("ascendingNode").get<double>();
        elements.argumentOfPerihelion = object.at("argumentOfPerihelion").get<double>();
        elements.meanAnomaly = object.at("meanAnomaly").get<double>();
        result.source = optionalString(object, "source");
        result.extensions = extensions(object);
        if (auto problem = astro::ellipseProblem(elements)) {
            m_errors.atPointer(LoadErrorCode::InvalidValue,
                               fmt::format("not an orbit Orrery can follow: {}", *problem),
                               pointer);
            return std::nullopt;
        }
        return result;
    }

    static Capability capability(const json& object) {
        Capability result;
        result.id = object.at("id").get<std::string>();
        result.name = object.at("name").get<std::string>();
        result.initiallyAvailable =
            object.contains("initiallyAvailable") && object.at("initiallyAvailable").get<bool>();
        result.extensions = extensions(object);
        return result;
    }

    static Goal goal(const json& object) {
        Goal result;
        result.id = object.at("id").get<std::string>();
        result.name = object.at("name").get<std::string>();
        result.description = optionalString(object, "description");
        result.references = stringList(object, "references");
        result.extensions = extensions(object);
        return result;
    }

    static Objective objective(const json& object) {
        Objective result;
        result.id = object.at("id").get<std::string>();
        result.name = object.at("name").get<std::string>();
        result.goal = object.at("goal").get<std::string>();
        result.description = optionalString(object, "description");
        result.references = stringList(object, "references");
        result.extensions = extensions(object);
        return result;
    }

    static KnowledgeGap knowledgeGap(const json& object) {
        KnowledgeGap result;
        result.id = object.at("id").get<std::string>();
        result.name = object.at("name").get<std::string>();
        result.destination = optionalString(object, "destination");
        if (object.contains("body")) {
            result.body = celestialBodyFromString(object.at("body").get<std::string>());
        }
        result.description = optionalString(object, "description");
        result.measurement = optionalString(object, "measurement");
        result.references = stringList(object, "references");
        result.extensions = extensions(object);
        return result;
    }

    Mission mission(const json& object, const std::string& pointer) {
        Mission result;
        result.id = object.at("id").get<std::string>();
        for (const std::string_view key : kOverridableFields) {
            if (const auto found = object.find(key); found != object.end()) {
                missionField(result, key, *found, pointer);
            }
        }
        result.extensions = extensions(object);
        return result;
    }

    /// One field of a mission, or of a scenario's change to one.
    void missionField(Mission& mission, std::string_view key, const json& value,
                      const std::string& pointer) {
        const std::string at = fmt::format("{}/{}", pointer, key);
        if (key == "name") {
            mission.name = value.get<std::string>();
        } else if (key == "lead") {
            mission.lead = value.get<std::string>();
        } else if (key == "partners") {
            mission.partners = strings(value);
        } else if (key == "destination") {
            mission.destination = value.get<std::string>();
        } else if (key == "crew") {
            // The schema has checked the enumerations; value_or() covers nothing but keeps
            // the conversion total.
            mission.crew = crewFromString(value.get<std::string>()).value_or(Crew::Robotic);
        } else if (key == "status") {
            mission.status =
                missionStatusFromString(value.get<std::string>()).value_or(MissionStatus::Planned);
        } else if (key == "start") {
            mission.start = date(value, at);
        } else if (key == "end") {
            // Null only in a scenario's change: the mission becomes a milestone there.
            mission.end = value.is_null() ? std::nullopt : std::optional<Date>(date(value, at));
        } else if (key == "objectives") {
            mission.objectives = strings(value);
        } else if (key == "requires") {
            for (std::size_t i = 0; i < value.size(); ++i) {
                mission.prerequisites.push_back(
                    prerequisite(value.at(i), fmt::format("{}/{}", at, i)));
            }
        } else if (key == "needs") {
            mission.needs = strings(value);
        } else if (key == "needsKnowledge") {
            mission.needsKnowledge = strings(value);
        } else if (key == "provides") {
            for (std::size_t i = 0; i < value.size(); ++i) {
                mission.provides.push_back(grant(value.at(i), fmt::format("{}/{}", at, i)));
            }
        } else if (key == "closes") {
            for (std::size_t i = 0; i < value.size(); ++i) {
                mission.closes.push_back(closure(value.at(i), fmt::format("{}/{}", at, i)));
            }
        } else if (key == "notes") {
            mission.notes = value.get<std::string>();
        } else if (key == "references") {
            mission.references = strings(value);
        } else if (key == "c3Limit") {
            // Null only in a scenario's change: the destination's limit holds there.
            mission.c3Limit = value.is_null() ? std::nullopt : launchLimit(value, at);
        }
    }

    Scenario scenario(const json& object, const std::string& pointer) {
        Scenario result;
        result.id = object.at("id").get<std::string>();
        result.name = object.at("name").get<std::string>();
        result.owner = object.at("owner").get<std::string>();
        result.description = optionalString(object, "description");
        if (object.contains("changes")) {
            const json& changes = object.at("changes");
            for (std::size_t i = 0; i < changes.size(); ++i) {
                const json& item = changes.at(i);
                const std::string at = fmt::format("{}/changes/{}", pointer, i);
                MissionOverride change;
                change.mission = item.at("mission").get<std::string>();
                change.values.id = change.mission;
                for (const std::string_view key : kOverridableFields) {
                    if (const auto found = item.find(key); found != item.end()) {
                        change.fields.emplace_back(key);
                        missionField(change.values, key, *found, at);
                    }
                }
                change.extensions = extensions(item);
                result.changes.push_back(std::move(change));
            }
        }
        if (object.contains("adds")) {
            const json& adds = object.at("adds");
            for (std::size_t i = 0; i < adds.size(); ++i) {
                result.adds.append(mission(adds.at(i), fmt::format("{}/adds/{}", pointer, i)));
            }
        }
        result.drops = stringList(object, "drops");
        result.references = stringList(object, "references");
        result.extensions = extensions(object);
        return result;
    }

    static EditionReference edition(const json& object) {
        EditionReference result;
        result.id = object.at("id").get<std::string>();
        result.title = object.at("title").get<std::string>();
        result.edition = optionalString(object, "edition");
        result.path = object.at("path").get<std::string>();
        result.fingerprint = object.at("fingerprint").get<std::string>();
        result.extensions = extensions(object);
        return result;
    }

    static RecordedConflict conflict(const json& object) {
        RecordedConflict result;
        result.subject = object.at("subject").get<std::string>();
        result.entity = entityKindFromString(object.at("entity").get<std::string>())
                            .value_or(EntityKind::Mission);
        result.owner = optionalString(object, "owner");
        result.reason = object.at("reason").get<std::string>();
        const auto side = [&object](const char* key) -> std::optional<std::string> {
            const json& value = object.at(key);
            return value.is_null() ? std::nullopt : std::optional<std::string>(value.dump());
        };
        result.base = side("base");
        result.ours = side("ours");
        result.theirs = side("theirs");
        result.extensions = extensions(object);
        return result;
    }

    Prerequisite prerequisite(const json& object, const std::string& pointer) {
        Prerequisite result;
        result.mission = object.at("mission").get<std::string>();
        if (object.contains("type")) {
            result.type = dependencyTypeFromString(object.at("type").get<std::string>())
                              .value_or(DependencyType::FinishToStart);
        }
        if (object.contains("lagMonths")) {
            // valijson compares a number above the largest signed 64-bit one as if it were
            // negative, so the schema's range lets 18446744073709551615 through as -1.
            const json& lag = object.at("lagMonths");
            if (lag.is_number_unsigned() && lag.get<std::uint64_t>() > kMaximumLagMonths) {
                m_errors.atPointer(
                    LoadErrorCode::InvalidValue,
                    fmt::format("the lag {} is outside -1200 to 1200 months", lag.dump()),
                    pointer + "/lagMonths");
            } else {
                result.lagMonths = lag.get<int>();
            }
        }
        if (object.contains("strength")) {
            result.strength = dependencyStrengthFromString(object.at("strength").get<std::string>())
                                  .value_or(DependencyStrength::Hard);
        }
        result.extensions = extensions(object);
        return result;
    }

    CapabilityGrant grant(const json& object, const std::string& pointer) {
        CapabilityGrant result;
        result.capability = object.at("capability").get<std::string>();
        if (object.contains("from")) {
            result.from = date(object.at("from"), pointer + "/from");
        }
        result.extensions = extensions(object);
        return result;
    }

    GapClosure closure(const json& object, const std::string& pointer) {
        GapClosure result;
        result.gap = object.at("gap").get<std::string>();
        if (object.contains("from")) {
            result.from = date(object.at("from"), pointer + "/from");
        }
        result.note = optionalString(object, "note");
        result.extensions = extensions(object);
        return result;
    }

    Review review(const json& object, const std::string& pointer) {
        Review result;
        result.reviewer = object.at("reviewer").get<std::string>();
        result.date = date(object.at("date"), pointer + "/date");
        const json& contribution = object.at("contribution");
        result.contribution.agency = contribution.at("agency").get<std::string>();
        result.contribution.title = optionalString(contribution, "title");
        result.contribution.edition = optionalString(contribution, "edition");
        result.contribution.fingerprint = optionalString(contribution, "fingerprint");
        result.contribution.extensions = extensions(contribution);
        result.summary = optionalString(object, "summary");
        for (const json& item : object.at("decisions")) {
            ReviewDecision decision;
            decision.subject = item.at("subject").get<std::string>();
            decision.verdict = verdictFromString(item.at("verdict").get<std::string>())
                                   .value_or(Verdict::Rejected);
            decision.comment = optionalString(item, "comment");
            decision.extensions = extensions(item);
            result.decisions.push_back(std::move(decision));
        }
        result.extensions = extensions(object);
        return result;
    }

    Contribution contribution(const json& object) {
        Contribution result;
        result.agency = object.at("agency").get<std::string>();
        const json& baseline = object.at("baseline");
        result.baseline.title = baseline.at("title").get<std::string>();
        result.baseline.edition = optionalString(baseline, "edition");
        result.baseline.fingerprint = baseline.at("fingerprint").get<std::string>();
        result.baseline.extensions = extensions(baseline);
        result.summary = optionalString(object, "summary");
        if (object.contains("date")) {
            result.date = date(object.at("date"), "/contribution/date");
        }
        result.extensions = extensions(object);
        return result;
    }

    ErrorSink& m_errors;
};

/// Dates the schema's pattern lets through but the calendar does not ("2031-02-30"). Runs
/// on the raw document alongside the schema, tolerating wrong types (the schema reports
/// those), so that one run reports every bad date.
void checkDateValues(const json& document, ErrorSink& errors) {
    const auto check = [&errors](const json& object, const char* key, std::string pointer) {
        if (!object.is_object() || !object.contains(key) || !object.at(key).is_string() ||
            errors.hasPointer(pointer)) {
            return;
        }
        if (const auto parsed = Date::parse(object.at(key).get<std::string>()); !parsed) {
            errors.atPointer(LoadErrorCode::BadDate, parsed.error(), std::move(pointer));
        }
    };
    const auto arrayAt = [](const json& object, const char* key) -> const json* {
        return object.is_object() && object.contains(key) && object.at(key).is_array()
                   ? &object.at(key)
                   : nullptr;
    };
    // Missions, and scenarios' added and changed missions.
    const auto checkMissions = [&](const json& missions, const std::string& pointer) {
        for (std::size_t i = 0; i < missions.size(); ++i) {
            const json& mission = missions.at(i);
            check(mission, "start", fmt::format("{}/{}/start", pointer, i));
            check(mission, "end", fmt::format("{}/{}/end", pointer, i));
            for (const char* list : {"provides", "closes"}) {
                if (const json* entries = arrayAt(mission, list)) {
                    for (std::size_t j = 0; j < entries->size(); ++j) {
                        check(entries->at(j), "from",
                              fmt::format("{}/{}/{}/{}/from", pointer, i, list, j));
                    }
                }
            }
        }
    };
    check(document, "asOf", "/asOf");
    if (const json* missions = arrayAt(document, "missions")) {
        checkMissions(*missions, "/missions");
    }
    if (const json* scenarios = arrayAt(document, "scenarios")) {
        for (std::size_t i = 0; i < scenarios->size(); ++i) {
            for (const char* list : {"changes", "adds"}) {
                if (const json* missions = arrayAt(scenarios->at(i), list)) {
                    checkMissions(*missions, fmt::format("/scenarios/{}/{}", i, list));
                }
            }
        }
    }
    if (const json* reviews = arrayAt(document, "reviews")) {
        for (std::size_t i = 0; i < reviews->size(); ++i) {
            check(reviews->at(i), "date", fmt::format("/reviews/{}/date", i));
        }
    }
    if (document.is_object() && document.contains("contribution")) {
        check(document.at("contribution"), "date", "/contribution/date");
    }
}

/// What makes a JSON document an Orrery roadmap at all; checked before the schema so that
/// the message is "not a roadmap" or "written by a newer Orrery" rather than a list of
/// schema violations.
bool checkIdentity(const json& document, ErrorSink& errors) {
    if (!document.is_object()) {
        errors.atPointer(LoadErrorCode::NotARoadmap,
                         "not an Orrery roadmap: the file holds JSON, but not an object with "
                         "\"format\": \"orrery.roadmap\"",
                         "");
        return false;
    }
    const auto format = document.find("format");
    if (format == document.end() || !format->is_string() ||
        format->get<std::string>() != "orrery.roadmap") {
        errors.atPointer(LoadErrorCode::NotARoadmap,
                         "not an Orrery roadmap: \"format\" must be \"orrery.roadmap\"",
                         format == document.end() ? "" : "/format");
        return false;
    }
    const auto version = document.find("formatVersion");
    if (version != document.end() && version->is_number_integer() &&
        version->get<std::int64_t>() > kFormatVersion) {
        errors.atPointer(LoadErrorCode::UnsupportedVersion,
                         fmt::format("the file has format version {}, written by a newer Orrery; "
                                     "this version reads format versions 1 to {}. Open it with a "
                                     "newer Orrery.",
                                     version->get<std::int64_t>(), kFormatVersion),
                         "/formatVersion");
        return false;
    }
    return true;
}

} // namespace

namespace read_paths {

ReadResult readPrecisely(std::string_view text, std::string_view fileName,
                         const ReadLimits& limits) {
    ErrorSink errors(text, fileName, limits.maxErrors);
    if (text.size() > limits.maxFileBytes) {
        errors.atOffset(LoadErrorCode::FileTooLarge,
                        fmt::format("the file is {} bytes, more than the {} bytes a roadmap may "
                                    "have",
                                    text.size(), limits.maxFileBytes),
                        0);
        return make_unexpected(errors.take());
    }
    if (isBlank(text)) {
        errors.atOffset(LoadErrorCode::JsonSyntax, "the file is empty", 0);
        return make_unexpected(errors.take());
    }

    // Phase timings go to the debug log: loading large roadmaps must stay fast.
    auto started = std::chrono::steady_clock::now();
    const auto logPhase = [&started](std::string_view phase) {
        const auto now = std::chrono::steady_clock::now();
        spdlog::debug("reader: {} took {} ms", phase,
                      std::chrono::duration_cast<std::chrono::milliseconds>(now - started).count());
        started = now;
    };

    const auto scan = json_text::scanStructure(text, limits.maxDepth, limits.maxErrors,
                                               json_text::LossyScope::UnderExtensionKeys);
    logPhase("structure scan");
    if (scan.tooDeepAt) {
        errors.atOffset(LoadErrorCode::TooDeep,
                        fmt::format("values are nested more than {} levels deep here; a roadmap "
                                    "needs far fewer",
                                    limits.maxDepth),
                        *scan.tooDeepAt);
        return make_unexpected(errors.take());
    }

    // The parser takes a NUL byte for the end of the text and would drop what follows.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        errors.atOffset(LoadErrorCode::JsonSyntax,
                        "the file is not valid JSON: a NUL byte cannot stand in JSON text", nul);
        return make_unexpected(errors.take());
    }
    json document;
    try {
        document = json::parse(text);
    } catch (const json::parse_error& error) {
        const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
        errors.atOffset(LoadErrorCode::JsonSyntax, syntaxReason(error), offset);
        return make_unexpected(errors.take());
    } catch (const json::out_of_range& error) {
        // A number beyond what a double holds ("number overflow parsing '1e400'"): the parser
        // says which, not where.
        const std::string_view what = error.what();
        const auto open = what.find('\'');
        const auto close = what.rfind('\'');
        const std::string_view literal = open != std::string_view::npos && close > open
                                             ? what.substr(open + 1, close - open - 1)
                                             : std::string_view();
        errors.atOffset(LoadErrorCode::JsonSyntax,
                        fmt::format("the number {} is too large for any value a roadmap holds",
                                    json_text::printableUtf8(literal)),
                        json_text::findNumber(text, literal).value_or(0));
        return make_unexpected(errors.take());
    }
    logPhase("JSON parse");

    for (const auto& duplicate : scan.duplicateKeys) {
        const auto tokens = json_text::splitPointer(duplicate.pointer);
        errors.atOffset(LoadErrorCode::DuplicateKey,
                        fmt::format("the key \"{}\" appears twice in the same object; only one "
                                    "value can hold",
                                    tokens.empty() ? std::string() : tokens.back()),
                        duplicate.offset, duplicate.pointer);
    }
    // Extension values are promised unchanged; a number a double cannot hold would change
    // on the next save. The format's own numbers are read as the nearest double.
    for (const auto& lossy : scan.lossyNumbers) {
        errors.atOffset(LoadErrorCode::InvalidValue,
                        fmt::format("the number {} cannot be kept as written: read, it would "
                                    "become {}; write it as text (\"{}\") to keep it",
                                    lossy.written, lossy.becomes, lossy.written),
                        lossy.offset, lossy.pointer);
    }
    if (!errors.empty()) {
        return make_unexpected(errors.take());
    }

    if (!checkIdentity(document, errors)) {
        return make_unexpected(errors.take());
    }

    for (auto& violation : schema_check::validate(document, limits.maxErrors)) {
        errors.atPointer(violation.code, std::move(violation.message), std::move(violation.pointer),
                         violation.atKey);
    }
    checkDateValues(document, errors);
    logPhase("schema validation");
    if (!errors.empty()) {
        return make_unexpected(errors.take());
    }

    try {
        Roadmap roadmap = RoadmapBuilder(errors).build(document);
        logPhase("model");
        if (!errors.empty()) {
            return make_unexpected(errors.take());
        }
        return roadmap;
    } catch (const json::exception& error) {
        // The schema accepted the document, so this is a gap between the schema and the
        // builder: report it as a load error rather than crash, and log it for developers.
        spdlog::error("roadmap builder disagrees with the schema: {}", error.what());
        errors.atOffset(LoadErrorCode::InvalidValue,
                        fmt::format("the file could not be read: {}", error.what()), 0);
        return make_unexpected(errors.take());
    }
}

ReadResult read(std::string_view text, std::size_t capacity, std::string_view fileName,
                const ReadLimits& limits) {
    const auto started = std::chrono::steady_clock::now();
    auto roadmap = readFast(text, capacity, limits);
    spdlog::debug("reader: the fast path {} in {} ms", roadmap ? "read the file" : "left it",
                  std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - started)
                      .count());
    if (roadmap) {
        return std::move(*roadmap);
    }
    return readPrecisely(text, fileName, limits);
}

} // namespace read_paths

ReadResult parseRoadmap(std::string_view text, std::string_view fileName,
                        const ReadLimits& limits) {
    return read_paths::read(text, text.size(), fileName, limits);
}

void releaseFreeMemory() {
    heap_room::giveBack();
}

ReadResult readRoadmapFile(const std::filesystem::path& path, const ReadLimits& limits) {
    const std::string fileName = path.string();
    const auto fail = [&](LoadErrorCode code, std::string message) {
        return ReadResult(make_unexpected(
            std::vector<LoadError>{{code, std::move(message), fileName, 0, 0, {}}}));
    };

    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status)) {
        return fail(LoadErrorCode::FileNotFound, "no such file");
    }
    if (std::filesystem::is_directory(status)) {
        return fail(LoadErrorCode::FileUnreadable, "this is a folder, not a roadmap file");
    }
    auto read = file_text::FileText::read(path, limits.maxFileBytes, read_paths::kReadPadding);
    switch (read.problem) {
    case file_text::FileText::Problem::None:
        break;
    case file_text::FileText::Problem::CannotOpen:
        return fail(LoadErrorCode::FileUnreadable, "cannot open the file: " + read.reason);
    case file_text::FileText::Problem::CannotRead:
        return fail(LoadErrorCode::FileUnreadable, "cannot read the file: " + read.reason);
    case file_text::FileText::Problem::TooLarge:
        return fail(LoadErrorCode::FileTooLarge,
                    read.fileBytes
                        ? fmt::format("the file is {} bytes, more than the {} bytes a roadmap "
                                      "may have",
                                      *read.fileBytes, limits.maxFileBytes)
                        : fmt::format("the file holds more than the {} bytes a roadmap may have",
                                      limits.maxFileBytes));
    case file_text::FileText::Problem::OutOfMemory:
        return fail(LoadErrorCode::FileTooLarge, "there is not enough memory to read the file");
    }
    const std::string_view text = read.file.text();
    spdlog::debug("read {} bytes from {}", text.size(), fileName);
    // A model takes about four times its text's size, in small blocks.
    heap_room::makeRoom(text.size() * 4);
    return read_paths::read(text, read.file.capacity(), fileName, limits);
}

} // namespace orrery
