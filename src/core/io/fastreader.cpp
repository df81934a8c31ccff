#include "compiledschema.h"
#include "jsontext.h"
#include "readpaths.h"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <algorithm>
#include <string>
#include <type_traits>
#include <vector>

namespace orrery::read_paths {
namespace {

using compiled_schema::Node;
using simdjson::ondemand::array;
using simdjson::ondemand::json_type;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

static_assert(kReadPadding >= simdjson::SIMDJSON_PADDING);

/// Thrown wherever the fast path is not sure; the precise reader then reads the file.
struct Doubt {};

[[noreturn]] void doubt() {
    throw Doubt{};
}

bool hasControlCharacter(std::string_view text) {
    return std::any_of(text.begin(), text.end(),
                       [](char byte) { return static_cast<unsigned char>(byte) < 0x20; });
}

/// Lists of ids are short: comparing each pair beats sorting a copy (which allocates);
/// a long list is sorted.
bool hasRepeats(const std::vector<std::string>& values) {
    constexpr std::size_t kShort = 16;
    if (values.size() <= kShort) {
        for (std::size_t i = 1; i < values.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                if (values[i] == values[j]) {
                    return true;
                }
            }
        }
        return false;
    }
    std::vector<std::string_view> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    return std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end();
}

class FastReader {
public:
    FastReader(const Node& root, const ReadLimits& limits, std::string_view text)
        : m_root(root), m_limits(limits), m_end(text.data() + text.size()) {}

    Roadmap read(simdjson::ondemand::document& document) {
        Roadmap roadmap;
        object root = document.get_object();
        members(root, m_root, roadmap.extensions,
                [&](std::string_view key, value item, const Node& node) {
                    if (key == "format") {
                        text(item, node);
                    } else if (key == "formatVersion") {
                        roadmap.readFrom.formatVersion = static_cast<int>(integer(item, node));
                    } else if (key == "title") {
                        roadmap.title = text(item, node);
                    } else if (key == "edition") {
                        roadmap.edition = text(item, node);
                    } else if (key == "asOf") {
                        roadmap.asOf = date(item, node);
                    } else if (key == "agencies") {
                        eachObject(item, node, [&](object entry, const Node& entryNode) {
                            roadmap.agencies.append(agency(entry, entryNode));
                        });
                    } else if (key == "destinations") {
                        eachObject(item, node, [&](object entry, const Node& entryNode) {
                            roadmap.destinations.append(destination(entry, entryNode));
                        });
                    } else if (key == "capabilities") {
                        eachObject(item, node, [&](object entry, const Node& entryNode) {
                            roadmap.capabilities.append(capability(entry, entryNode));
                        });
                    } else if (key == "goals") {
                        eachObject(item, node, [&](object entry, const Node& entryNode) {
                            roadmap.goals.append(goal(entry, entryNode));
                        });
                    } else if (key == "objectives") {
                        eachObject(item, node, [&](object entry, const Node& entryNode) {
                            roadmap.objectives.append(objective(entry, entryNode));
                        });
                    } else if (key == "knowledgeGaps") {
                        eachObject(item, node, [&](object entry, const Node& entryNode) {
                            roadmap.knowledgeGaps.append(knowledgeGap(entry, entryNode));
                        });
                    } else if (key == "missions") {
                        eachObject(
                            item, node,
                            [&](object entry, const Node& entryNode) {
                                roadmap.missions.append(mission(entry, entryNode));
                            },
                            [&](std::size_t count) { roadmap.missions.reserve(count); });
                    } else if (key == "scenarios") {
                        eachObject(item, node, [&](object entry, const Node& entryNode) {
                            roadmap.scenarios.append(scenario(entry, entryNode));
                        });
                    } else if (key == "editions") {
                        eachObject(item, node, [&](object entry, const Node& entryNode) {
                            roadmap.editions.append(edition(entry, entryNode));
                        });
                    } else if (key == "conflicts") {
                        eachObject(item, node, [&](object entry, const Node& entryNode) {
                            roadmap.conflicts.push_back(conflict(entry, entryNode));
                        });
                    } else if (key == "reviews") {
                        eachObject(item, node, [&](object entry, const Node& entryNode) {
                            roadmap.reviews.push_back(review(entry, entryNode));
                        });
                    } else if (key == "contribution") {
                        roadmap.contribution = contribution(objectOf(item, node), node);
                    } else {
                        doubt(); // a member the schema knows and this reader does not
                    }
                });
        return roadmap;
    }

private:
    // Each object is read member by member, in the file's order: the schema's rules for the
    // object (known members once each, the required ones present, "x-" members kept as
    // extensions, nothing else) are checked here; `handle` reads the known members' values.
    template <class Handle>
    void members(object item, const Node& node, Extensions& extensions, Handle&& handle) {
        std::uint64_t seen = 0;
        for (auto member : item) {
            simdjson::ondemand::field field;
            if (std::move(member).get(field) != simdjson::SUCCESS) {
                doubt();
            }
            const std::string_view key = keyOf(field);
            value memberValue = field.value();
            const int index = node.propertyIndex(key);
            if (index >= 0) {
                const std::uint64_t bit = std::uint64_t{1} << index;
                if ((seen & bit) != 0) {
                    doubt(); // a key given twice
                }
                seen |= bit;
                handle(key, memberValue, *node.properties[static_cast<std::size_t>(index)].second);
            } else if (const Node* other = node.otherMember(key);
                       other && isExtensionKey(key) && other->acceptsAnything()) {
                extension(key, memberValue, extensions);
            } else {
                doubt();
            }
        }
        if ((seen & node.requiredMask) != node.requiredMask) {
            doubt();
        }
    }

    /// An extension keeps its value as nlohmann/json writes it, as the precise reader
    /// keeps it; its text is checked as the precise reader checks the whole file.
    void extension(std::string_view key, value item, Extensions& extensions) {
        if (!extensions.emplace(std::string(key), compactJson(item)).second) {
            doubt();
        }
    }

    /// A value of any JSON type, as nlohmann/json writes it compactly.
    std::string compactJson(value item) {
        std::string_view raw;
        const json_type type = item.type();
        if (type == json_type::object) {
            object members = item.get_object();
            raw = members.raw_json();
        } else if (type == json_type::array) {
            array elements = item.get_array();
            raw = elements.raw_json();
        } else {
            raw = item.raw_json_token(); // the walk skips it; nlohmann/json checks it below
        }
        // Such values sit at most eight levels down in a roadmap.
        const auto scan = json_text::scanStructure(raw, m_limits.maxDepth - 8, 1);
        if (scan.tooDeepAt || !scan.duplicateKeys.empty() || !scan.lossyNumbers.empty()) {
            doubt();
        }
        const auto parsed = nlohmann::json::parse(raw, nullptr, false);
        if (parsed.is_discarded()) {
            doubt();
        }
        return parsed.dump();
    }

    object objectOf(value item, const Node& node) {
        if (!node.allows(compiled_schema::ObjectType) || node.constrainsValue()) {
            doubt();
        }
        return item.get_object();
    }

    /// Each object of a list. `reserve` learns the list's length first, when the caller
    /// wants room made at once (counting skips through the list once more).
    template <class Handle, class Reserve = std::nullptr_t>
    void eachObject(value item, const Node& node, Handle&& handle, Reserve reserve = nullptr) {
        if (!node.allows(compiled_schema::ArrayType) || !node.items || node.constrainsValue() ||
            node.uniqueItems) {
            doubt();
        }
        array elements = item.get_array();
        if constexpr (!std::is_same_v<Reserve, std::nullptr_t>) {
            reserve(static_cast<std::size_t>(elements.count_elements()));
        }
        for (auto entry : elements) {
            handle(objectOf(entry.value(), *node.items), *node.items);
        }
    }

    /// A string as written, when it has no escapes: most are read without a copy. simdjson
    /// has checked the whole text's UTF-8 and that no string holds a raw control character.
    std::optional<std::string_view> unescapedAsWritten(const char* afterQuote) const {
        for (const char* end = afterQuote; end < m_end; ++end) {
            if (*end == '"') {
                return std::string_view(afterQuote, static_cast<std::size_t>(end - afterQuote));
            }
            if (*end == '\\') {
                return std::nullopt;
            }
        }
        doubt();
    }

    std::string_view keyOf(simdjson::ondemand::field& field) {
        if (const auto key = unescapedAsWritten(field.key().raw())) {
            return *key;
        }
        const std::string_view key = field.unescaped_key();
        if (hasControlCharacter(key)) {
            doubt(); // an escaped control character in a key: no roadmap key has one
        }
        return key;
    }

    std::string_view text(value item, const Node& node) {
        const std::string_view token = item.raw_json_token();
        if (token.empty() || token.front() != '"') {
            doubt(); // not a string
        }
        std::optional<std::string_view> asWritten = unescapedAsWritten(token.data() + 1);
        const std::string_view result =
            asWritten ? *asWritten : std::string_view(item.get_string());
        if (!accepts(node, result)) {
            doubt();
        }
        return result;
    }

    std::vector<std::string> textList(value item, const Node& node) {
        if (!node.allows(compiled_schema::ArrayType) || !node.items || node.constrainsValue()) {
            doubt();
        }
        std::vector<std::string> result;
        for (auto entry : item.get_array()) {
            result.emplace_back(text(entry.value(), *node.items));
        }
        if (node.uniqueItems && hasRepeats(result)) {
            doubt();
        }
        return result;
    }

    std::int64_t integer(value item, const Node& node) {
        const std::int64_t result = item.get_int64();
        if (!node.acceptsInteger(result)) {
            doubt();
        }
        return result;
    }

    double number(value item, const Node& node) {
        const double result = item.get_double();
        if (!node.acceptsNumber(result)) {
            doubt();
        }
        return result;
    }

    /// A launcher's C3 limit: above zero, which the schema's inclusive minimum cannot say.
    double launchLimit(value item, const Node& node) {
        const double limit = number(item, node);
        if (!(limit > 0)) {
            doubt();
        }
        return limit;
    }

    bool boolean(value item, const Node& node) {
        if (!node.allows(compiled_schema::BooleanType) || node.constrainsValue()) {
            doubt();
        }
        return item.get_bool();
    }

    Date date(value item, const Node& node) {
        const auto parsed = Date::parse(text(item, node));
        if (!parsed) {
            doubt();
        }
        return *parsed;
    }

    static bool accepts(const Node& node, std::string_view candidate) {
        return node.acceptsString(candidate);
    }

    template <class Enum>
    static Enum enumeration(std::optional<Enum> (*fromString)(std::string_view),
                            std::string_view text) {
        const auto result = fromString(text);
        if (!result) {
            doubt();
        }
        return *result;
    }

    Agency agency(object item, const Node& node) {
        Agency result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "id") {
                result.id = text(v, n);
            } else if (key == "name") {
                result.name = text(v, n);
            } else if (key == "country") {
                result.country = text(v, n);
            } else if (key == "color") {
                result.color = text(v, n);
            } else {
                doubt();
            }
        });
        return result;
    }

    Destination destination(object item, const Node& node) {
        Destination result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "id") {
                result.id = text(v, n);
            } else if (key == "name") {
                result.name = text(v, n);
            } else if (key == "body") {
                result.body = enumeration(celestialBodyFromString, text(v, n));
            } else if (key == "orbit") {
                result.orbit = orbit(objectOf(v, n), n);
            } else if (key == "c3Limit") {
                result.c3Limit = launchLimit(v, n);
            } else {
                doubt();
            }
        });
        return result;
    }

    Orbit orbit(object item, const Node& node) {
        Orbit result;
        astro::OrbitalElements& elements = result.elements;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "epoch") {
                elements.epoch = number(v, n);
            } else if (key == "semiMajorAxis") {
                elements.semiMajorAxis = number(v, n);
            } else if (key == "eccentricity") {
                elements.eccentricity = number(v, n);
            } else if (key == "inclination") {
                elements.inclination = number(v, n);
            } else if (key == "ascendingNode") {
                elements.ascendingNode = number(v, n);
            } else if (key == "argumentOfPerihelion") {
                elements.argumentOfPerihelion = number(v, n);
            } else if (key == "meanAnomaly") {
                elements.meanAnomaly = number(v, n);
            } else if (key == "source") {
                result.source = text(v, n);
            } else {
                doubt();
            }
        });
        if (astro::ellipseProblem(elements)) {
            doubt(); // the full reader says what is wrong, and where
        }
        return result;
    }

    Capability capability(object item, const Node& node) {
        Capability result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "id") {
                result.id = text(v, n);
            } else if (key == "name") {
                result.name = text(v, n);
            } else if (key == "initiallyAvailable") {
                result.initiallyAvailable = boolean(v, n);
            } else {
                doubt();
            }
        });
        return result;
    }

    Goal goal(object item, const Node& node) {
        Goal result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "id") {
                result.id = text(v, n);
            } else if (key == "name") {
                result.name = text(v, n);
            } else if (key == "description") {
                result.description = text(v, n);
            } else if (key == "references") {
                result.references = textList(v, n);
            } else {
                doubt();
            }
        });
        return result;
    }

    Objective objective(object item, const Node& node) {
        Objective result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "id") {
                result.id = text(v, n);
            } else if (key == "name") {
                result.name = text(v, n);
            } else if (key == "goal") {
                result.goal = text(v, n);
            } else if (key == "description") {
                result.description = text(v, n);
            } else if (key == "references") {
                result.references = textList(v, n);
            } else {
                doubt();
            }
        });
        return result;
    }

    KnowledgeGap knowledgeGap(object item, const Node& node) {
        KnowledgeGap result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "id") {
                result.id = text(v, n);
            } else if (key == "name") {
                result.name = text(v, n);
            } else if (key == "destination") {
                result.destination = text(v, n);
            } else if (key == "body") {
                result.body = enumeration(celestialBodyFromString, text(v, n));
            } else if (key == "description") {
                result.description = text(v, n);
            } else if (key == "measurement") {
                result.measurement = text(v, n);
            } else if (key == "references") {
                result.references = textList(v, n);
            } else {
                doubt();
            }
        });
        return result;
    }

    Mission mission(object item, const Node& node) {
        Mission result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "id") {
                result.id = text(v, n);
            } else {
                missionField(result, key, v, n);
            }
        });
        return result;
    }

    /// One field of a mission, or of a scenario's change to one.
    void missionField(Mission& result, std::string_view key, value v, const Node& n) {
        if (key == "name") {
            result.name = text(v, n);
        } else if (key == "lead") {
            result.lead = text(v, n);
        } else if (key == "partners") {
            result.partners = textList(v, n);
        } else if (key == "destination") {
            result.destination = text(v, n);
        } else if (key == "crew") {
            result.crew = enumeration(crewFromString, text(v, n));
        } else if (key == "status") {
            result.status = enumeration(missionStatusFromString, text(v, n));
        } else if (key == "start") {
            result.start = date(v, n);
        } else if (key == "end") {
            // A scenario's change may set no end: the mission is a milestone there.
            if (n.allows(compiled_schema::NullType) && v.is_null()) {
                result.end.reset();
            } else {
                result.end = date(v, n);
            }
        } else if (key == "objectives") {
            result.objectives = textList(v, n);
        } else if (key == "requires") {
            eachObject(v, n, [&](object entry, const Node& entryNode) {
                result.prerequisites.push_back(prerequisite(entry, entryNode));
            });
        } else if (key == "needs") {
            result.needs = textList(v, n);
        } else if (key == "needsKnowledge") {
            result.needsKnowledge = textList(v, n);
        } else if (key == "provides") {
            eachObject(v, n, [&](object entry, const Node& entryNode) {
                result.provides.push_back(grant(entry, entryNode));
            });
        } else if (key == "closes") {
            eachObject(v, n, [&](object entry, const Node& entryNode) {
                result.closes.push_back(closure(entry, entryNode));
            });
        } else if (key == "notes") {
            result.notes = text(v, n);
        } else if (key == "references") {
            result.references = textList(v, n);
        } else if (key == "c3Limit") {
            // Null only in a scenario's change: the destination's limit holds there.
            if (n.allows(compiled_schema::NullType) && v.is_null()) {
                result.c3Limit.reset();
            } else {
                result.c3Limit = launchLimit(v, n);
            }
        } else {
            doubt();
        }
    }

    Scenario scenario(object item, const Node& node) {
        Scenario result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "id") {
                result.id = text(v, n);
            } else if (key == "name") {
                result.name = text(v, n);
            } else if (key == "owner") {
                result.owner = text(v, n);
            } else if (key == "description") {
                result.description = text(v, n);
            } else if (key == "changes") {
                eachObject(v, n, [&](object entry, const Node& entryNode) {
                    result.changes.push_back(missionChange(entry, entryNode));
                });
            } else if (key == "adds") {
                eachObject(v, n, [&](object entry, const Node& entryNode) {
                    result.adds.append(mission(entry, entryNode));
                });
            } else if (key == "drops") {
                result.drops = textList(v, n);
            } else if (key == "references") {
                result.references = textList(v, n);
            } else {
                doubt();
            }
        });
        return result;
    }

    MissionOverride missionChange(object item, const Node& node) {
        MissionOverride result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "mission") {
                result.mission = text(v, n);
            } else {
                missionField(result.values, key, v, n);
                result.fields.emplace_back(key);
            }
        });
        result.values.id = result.mission;
        // The model keeps the fields in the order of kOverridableFields, whatever the file's.
        std::sort(result.fields.begin(), result.fields.end(),
                  [](const std::string& a, const std::string& b) {
                      return overridableIndex(a) < overridableIndex(b);
                  });
        return result;
    }

    static std::size_t overridableIndex(std::string_view key) {
        return static_cast<std::size_t>(
            std::find(kOverridableFields.begin(), kOverridableFields.end(), key) -
            kOverridableFields.begin());
    }

    EditionReference edition(object item, const Node& node) {
        EditionReference result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "id") {
                result.id = text(v, n);
            } else if (key == "title") {
                result.title = text(v, n);
            } else if (key == "edition") {
                result.edition = text(v, n);
            } else if (key == "path") {
                result.path = text(v, n);
            } else if (key == "fingerprint") {
                result.fingerprint = text(v, n);
            } else {
                doubt();
            }
        });
        return result;
    }

    RecordedConflict conflict(object item, const Node& node) {
        RecordedConflict result;
        const auto snapshot = [this](value v) -> std::optional<std::string> {
            const json_type type = v.type();
            if (type == json_type::null) {
                return std::nullopt;
            }
            if (type != json_type::object) {
                doubt();
            }
            return compactJson(v);
        };
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "subject") {
                result.subject = text(v, n);
            } else if (key == "entity") {
                result.entity = enumeration(&entityKindFromString, text(v, n));
                if (result.entity == EntityKind::Dependency) {
                    doubt(); // a dependency's conflict is its mission's
                }
            } else if (key == "owner") {
                result.owner = text(v, n);
            } else if (key == "reason") {
                result.reason = text(v, n);
            } else if (key == "base") {
                result.base = snapshot(v);
            } else if (key == "ours") {
                result.ours = snapshot(v);
            } else if (key == "theirs") {
                result.theirs = snapshot(v);
            } else {
                doubt();
            }
        });
        return result;
    }

    Prerequisite prerequisite(object item, const Node& node) {
        Prerequisite result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "mission") {
                result.mission = text(v, n);
            } else if (key == "type") {
                result.type = enumeration(dependencyTypeFromString, text(v, n));
            } else if (key == "lagMonths") {
                result.lagMonths = static_cast<int>(integer(v, n));
            } else if (key == "strength") {
                result.strength = enumeration(dependencyStrengthFromString, text(v, n));
            } else {
                doubt();
            }
        });
        return result;
    }

    CapabilityGrant grant(object item, const Node& node) {
        CapabilityGrant result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "capability") {
                result.capability = text(v, n);
            } else if (key == "from") {
                result.from = date(v, n);
            } else {
                doubt();
            }
        });
        return result;
    }

    GapClosure closure(object item, const Node& node) {
        GapClosure result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "gap") {
                result.gap = text(v, n);
            } else if (key == "from") {
                result.from = date(v, n);
            } else if (key == "note") {
                result.note = text(v, n);
            } else {
                doubt();
            }
        });
        return result;
    }

    Review review(object item, const Node& node) {
        Review result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "reviewer") {
                result.reviewer = text(v, n);
            } else if (key == "date") {
                result.date = date(v, n);
            } else if (key == "contribution") {
                reviewedContribution(objectOf(v, n), n, result.contribution);
            } else if (key == "summary") {
                result.summary = text(v, n);
            } else if (key == "decisions") {
                eachObject(v, n, [&](object entry, const Node& entryNode) {
                    result.decisions.push_back(decision(entry, entryNode));
                });
            } else {
                doubt();
            }
        });
        return result;
    }

    void reviewedContribution(object item, const Node& node, ReviewedContribution& result) {
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "agency") {
                result.agency = text(v, n);
            } else if (key == "title") {
                result.title = text(v, n);
            } else if (key == "edition") {
                result.edition = text(v, n);
            } else if (key == "fingerprint") {
                result.fingerprint = text(v, n);
            } else {
                doubt();
            }
        });
    }

    ReviewDecision decision(object item, const Node& node) {
        ReviewDecision result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "subject") {
                result.subject = text(v, n);
            } else if (key == "verdict") {
                result.verdict = enumeration(verdictFromString, text(v, n));
            } else if (key == "comment") {
                result.comment = text(v, n);
            } else {
                doubt();
            }
        });
        return result;
    }

    Contribution contribution(object item, const Node& node) {
        Contribution result;
        members(item, node, result.extensions, [&](std::string_view key, value v, const Node& n) {
            if (key == "agency") {
                result.agency = text(v, n);
            } else if (key == "baseline") {
                members(objectOf(v, n), n, result.baseline.extensions,
                        [&](std::string_view baselineKey, value b, const Node& bn) {
                            if (baselineKey == "title") {
                                result.baseline.title = text(b, bn);
                            } else if (baselineKey == "edition") {
                                result.baseline.edition = text(b, bn);
                            } else if (baselineKey == "fingerprint") {
                                result.baseline.fingerprint = text(b, bn);
                            } else {
                                doubt();
                            }
                        });
            } else if (key == "summary") {
                result.summary = text(v, n);
            } else if (key == "date") {
                result.date = date(v, n);
            } else {
                doubt();
            }
        });
        return result;
    }

    const Node& m_root;
    const ReadLimits& m_limits;
    const char* m_end;
};

/// What the fast path leaves to the precise reader without trying: escaped code points (the
/// two parsers differ on lone surrogates) and bytes no JSON text holds outside strings.
bool worthTrying(std::string_view text, const ReadLimits& limits) {
    // The known structure is five levels deep; a tighter limit is the precise reader's to
    // report.
    return limits.maxDepth >= 16 && text.size() <= limits.maxFileBytes &&
           text.find("\\u") == std::string_view::npos && text.find('\0') == std::string_view::npos;
}

} // namespace

std::optional<Roadmap> readFast(std::string_view text, std::size_t capacity,
                                const ReadLimits& limits) {
    const Node* root = compiled_schema::roadmapRoot();
    if (!root || !worthTrying(text, limits)) {
        return std::nullopt;
    }
    try {
        // simdjson reads past the end: without room for that, it reads a copy.
        simdjson::padded_string copy;
        if (capacity < text.size() + simdjson::SIMDJSON_PADDING) {
            copy = simdjson::padded_string(text);
            text = std::string_view(copy.data(), copy.size());
        }
        const simdjson::padded_string_view input(text.data(), text.size(),
                                                 text.size() + simdjson::SIMDJSON_PADDING);
        simdjson::ondemand::parser parser(std::max<std::size_t>(text.size(), 1));
        simdjson::ondemand::document document = parser.iterate(input);
        Roadmap roadmap = FastReader(*root, limits, text).read(document);
        // At the end, the document has no location left; one left is text after the roadmap.
        if (document.current_location().error() != simdjson::OUT_OF_BOUNDS) {
            return std::nullopt;
        }
        return roadmap;
    } catch (const Doubt&) {
    } catch (const simdjson::simdjson_error&) {
    } catch (const std::exception&) {
        // Anything else the walk could throw (a list too long to hold) is the precise
        // reader's to report.
    }
    return std::nullopt;
}

} // namespace orrery::read_paths
