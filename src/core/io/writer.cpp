#include <orrery/io/writer.h>

#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string_view>

namespace orrery {
namespace {

/// Writes the canonical text straight from the model, in the layout nlohmann/json's
/// dump(2) gives (two-space indentation, "key": value, empty lists as []), without
/// building a JSON document first: the text goes out in pieces to `Sink`, which appends it
/// to a string or hashes it. A test checks that the text is a fixed point of nlohmann/json's
/// own pretty-printer.
template <class Sink>
class CanonicalWriter {
public:
    explicit CanonicalWriter(Sink& sink) : m_sink(sink) { m_buffer.reserve(kFlushAt + 4096); }
    CanonicalWriter(const CanonicalWriter&) = delete;
    CanonicalWriter& operator=(const CanonicalWriter&) = delete;
    ~CanonicalWriter() { flush(); }

    /// `version`: 1 only for a roadmap that holds nothing version 2 added.
    void roadmap(const Roadmap& roadmap, bool withReviewRecord, int version) {
        beginObject();
        member("format", "orrery.roadmap");
        key("formatVersion");
        put(std::to_string(version));
        member("title", roadmap.title);
        member("edition", roadmap.edition);
        member("asOf", roadmap.asOf.toString());
        list("agencies", roadmap.agencies, [this](const Agency& agency) { write(agency); });
        list("destinations", roadmap.destinations,
             [this](const Destination& destination) { write(destination); });
        list("capabilities", roadmap.capabilities,
             [this](const Capability& capability) { write(capability); });
        if (version >= 2) {
            list("goals", roadmap.goals, [this](const Goal& goal) { write(goal); });
            list("objectives", roadmap.objectives,
                 [this](const Objective& objective) { write(objective); });
            list("knowledgeGaps", roadmap.knowledgeGaps,
                 [this](const KnowledgeGap& gap) { write(gap); });
        }
        list("missions", roadmap.missions, [this](const Mission& mission) { write(mission); });
        // Written only when there are some, so that a roadmap without them keeps the text
        // (and the fingerprint) it had before scenarios and editions were known.
        if (version >= 2 && !roadmap.scenarios.empty()) {
            list("scenarios", roadmap.scenarios,
                 [this](const Scenario& scenario) { write(scenario); });
        }
        if (version >= 2 && !roadmap.editions.empty()) {
            list("editions", roadmap.editions,
                 [this](const EditionReference& edition) { write(edition); });
        }
        if (version >= 2 && !roadmap.conflicts.empty()) {
            list("conflicts", roadmap.conflicts,
                 [this](const RecordedConflict& conflict) { write(conflict); });
        }
        if (withReviewRecord) {
            list("reviews", roadmap.reviews, [this](const Review& review) { write(review); });
            if (roadmap.contribution) {
                key("contribution");
                write(*roadmap.contribution);
            }
        } else {
            key("reviews");
            put("[]");
        }
        extensions(roadmap.extensions);
        endObject();
        put("\n");
    }

private:
    static constexpr std::size_t kFlushAt = std::size_t{64} << 10;

    void put(std::string_view text) {
        m_buffer.append(text);
        if (m_buffer.size() >= kFlushAt) {
            flush();
        }
    }
    void flush() {
        if (!m_buffer.empty()) {
            m_sink(std::string_view(m_buffer));
            m_buffer.clear();
        }
    }
    void newline() {
        m_buffer += '\n';
        m_buffer.append(m_indent, ' ');
    }

    // Each container remembers whether it has an element yet: the first comes after the
    // opening bracket, the others after a comma.
    void beginObject() {
        put("{");
        m_first.push_back(true);
        m_indent += 2;
    }
    void endObject() { endContainer('}'); }
    void beginArray() {
        put("[");
        m_first.push_back(true);
        m_indent += 2;
    }
    void endArray() { endContainer(']'); }
    void endContainer(char bracket) {
        m_indent -= 2;
        // An empty container stays on one line: {} or [].
        if (!m_first.back()) {
            newline();
        }
        m_buffer += bracket;
        m_first.pop_back();
    }
    void element() {
        if (!m_first.back()) {
            m_buffer += ',';
        }
        m_first.back() = false;
        newline();
    }

    void key(std::string_view name) {
        element();
        string(name);
        m_buffer += ": ";
    }
    void member(std::string_view name, std::string_view value) {
        key(name);
        string(value);
    }
    void memberIfNotEmpty(std::string_view name, std::string_view value) {
        if (!value.empty()) {
            member(name, value);
        }
    }
    void memberIfNotEmpty(std::string_view name, const std::vector<std::string>& values) {
        if (!values.empty()) {
            strings(name, values);
        }
    }
    /// The shortest text that reads back as the same double (nlohmann's, as for every
    /// number the format holds).
    void number(std::string_view name, double value) {
        key(name);
        put(nlohmann::json(value).dump());
    }
    void strings(std::string_view name, const std::vector<std::string>& values) {
        key(name);
        beginArray();
        for (const std::string& value : values) {
            element();
            string(value);
        }
        endArray();
    }
    template <class Items, class Write>
    void list(std::string_view name, const Items& items, Write&& writeItem) {
        key(name);
        beginArray();
        for (const auto& item : items) {
            element();
            writeItem(item);
        }
        endArray();
    }

    /// Plain text (valid UTF-8, nothing to escape) as it is; anything else as nlohmann/json
    /// escapes it, with text that is not UTF-8 written as U+FFFD (it can only come from a
    /// caller that built the model by hand) rather than failing the save.
    void string(std::string_view text) {
        const bool plain = std::none_of(text.begin(), text.end(),
                                        [](char byte) {
                                            return static_cast<unsigned char>(byte) < 0x20 ||
                                                   byte == '"' || byte == '\\';
                                        }) &&
                           simdjson::validate_utf8(text.data(), text.size());
        if (plain) {
            m_buffer += '"';
            put(text);
            m_buffer += '"';
            return;
        }
        put(nlohmann::json(std::string(text))
                .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }

    /// An extension keeps its value, written in the same layout at the depth it stands.
    void extensions(const Extensions& values) {
        for (const auto& [name, text] : values) {
            key(name);
            jsonValue(text);
        }
    }

    /// A value held as compact JSON text, laid out at the depth it stands.
    void jsonValue(std::string_view text) {
        const auto value = nlohmann::ordered_json::parse(text, nullptr, false);
        std::string dumped =
            value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        const std::string indent = "\n" + std::string(m_indent, ' ');
        for (std::size_t at = dumped.find('\n'); at != std::string::npos;
             at = dumped.find('\n', at + indent.size())) {
            dumped.replace(at, 1, indent);
        }
        put(dumped);
    }

    void write(const Agency& agency) {
        beginObject();
        member("id", agency.id);
        member("name", agency.name);
        member("country", agency.country);
        member("color", agency.color);
        extensions(agency.extensions);
        endObject();
    }

    void write(const Destination& destination) {
        beginObject();
        member("id", destination.id);
        member("name", destination.name);
        if (destination.body) {
            member("body", toString(*destination.body));
        }
        if (destination.orbit) {
            write(*destination.orbit);
        }
        if (destination.c3Limit) {
            number("c3Limit", *destination.c3Limit);
        }
        extensions(destination.extensions);
        endObject();
    }

    void write(const Orbit& orbit) {
        key("orbit");
        beginObject();
        const astro::OrbitalElements& elements = orbit.elements;
        number("epoch", elements.epoch);
        number("semiMajorAxis", elements.semiMajorAxis);
        number("eccentricity", elements.eccentricity);
        number("inclination", elements.inclination);
        number("ascendingNode", elements.ascendingNode);
        number("argumentOfPerihelion", elements.argumentOfPerihelion);
        number("meanAnomaly", elements.meanAnomaly);
        memberIfNotEmpty("source", orbit.source);
        extensions(orbit.extensions);
        endObject();
    }

    void write(const Capability& capability) {
        beginObject();
        member("id", capability.id);
        member("name", capability.name);
        if (capability.initiallyAvailable) {
            key("initiallyAvailable");
            put("true");
        }
        extensions(capability.extensions);
        endObject();
    }

    void write(const Goal& goal) {
        beginObject();
        member("id", goal.id);
        member("name", goal.name);
        memberIfNotEmpty("description", goal.description);
        memberIfNotEmpty("references", goal.references);
        extensions(goal.extensions);
        endObject();
    }

    void write(const Objective& objective) {
        beginObject();
        member("id", objective.id);
        member("name", objective.name);
        member("goal", objective.goal);
        memberIfNotEmpty("description", objective.description);
        memberIfNotEmpty("references", objective.references);
        extensions(objective.extensions);
        endObject();
    }

    void write(const KnowledgeGap& gap) {
        beginObject();
        member("id", gap.id);
        member("name", gap.name);
        memberIfNotEmpty("destination", gap.destination);
        if (gap.body) {
            member("body", toString(*gap.body));
        }
        memberIfNotEmpty("description", gap.description);
        memberIfNotEmpty("measurement", gap.measurement);
        memberIfNotEmpty("references", gap.references);
        extensions(gap.extensions);
        endObject();
    }

    void write(const GapClosure& closure) {
        beginObject();
        member("gap", closure.gap);
        if (closure.from) {
            member("from", closure.from->toString());
        }
        memberIfNotEmpty("note", closure.note);
        extensions(closure.extensions);
        endObject();
    }

    void write(const Prerequisite& prerequisite) {
        beginObject();
        member("mission", prerequisite.mission);
        if (prerequisite.type != DependencyType::FinishToStart) {
            member("type", toString(prerequisite.type));
        }
        if (prerequisite.lagMonths != 0) {
            key("lagMonths");
            put(std::to_string(prerequisite.lagMonths));
        }
        if (prerequisite.strength != DependencyStrength::Hard) {
            member("strength", toString(prerequisite.strength));
        }
        extensions(prerequisite.extensions);
        endObject();
    }

    void write(const CapabilityGrant& grant) {
        beginObject();
        member("capability", grant.capability);
        if (grant.from) {
            member("from", grant.from->toString());
        }
        extensions(grant.extensions);
        endObject();
    }

    void write(const Mission& mission) {
        beginObject();
        member("id", mission.id);
        member("name", mission.name);
        member("lead", mission.lead);
        memberIfNotEmpty("partners", mission.partners);
        member("destination", mission.destination);
        member("crew", toString(mission.crew));
        member("status", toString(mission.status));
        member("start", mission.start.toString());
        if (mission.end) {
            member("end", mission.end->toString());
        }
        memberIfNotEmpty("objectives", mission.objectives);
        if (!mission.prerequisites.empty()) {
            list("requires", mission.prerequisites,
                 [this](const Prerequisite& prerequisite) { write(prerequisite); });
        }
        memberIfNotEmpty("needs", mission.needs);
        memberIfNotEmpty("needsKnowledge", mission.needsKnowledge);
        if (!mission.provides.empty()) {
            list("provides", mission.provides,
                 [this](const CapabilityGrant& grant) { write(grant); });
        }
        if (!mission.closes.empty()) {
            list("closes", mission.closes, [this](const GapClosure& closure) { write(closure); });
        }
        memberIfNotEmpty("notes", mission.notes);
        memberIfNotEmpty("references", mission.references);
        if (mission.c3Limit) {
            number("c3Limit", *mission.c3Limit);
        }
        extensions(mission.extensions);
        endObject();
    }

    /// A change writes the fields it sets, even empty ones: an empty list set by a scenario
    /// is a change too.
    void write(const MissionOverride& change) {
        beginObject();
        member("mission", change.mission);
        const Mission& values = change.values;
        for (const std::string& field : change.fields) {
            if (field == "name") {
                member("name", values.name);
            } else if (field == "lead") {
                member("lead", values.lead);
            } else if (field == "partners") {
                strings("partners", values.partners);
            } else if (field == "destination") {
                member("destination", values.destination);
            } else if (field == "crew") {
                member("crew", toString(values.crew));
            } else if (field == "status") {
                member("status", toString(values.status));
            } else if (field == "start") {
                member("start", values.start.toString());
            } else if (field == "end") {
                if (values.end) {
                    member("end", values.end->toString());
                } else {
                    key("end");
                    put("null");
                }
            } else if (field == "objectives") {
                strings("objectives", values.objectives);
            } else if (field == "requires") {
                list("requires", values.prerequisites,
                     [this](const Prerequisite& prerequisite) { write(prerequisite); });
            } else if (field == "needs") {
                strings("needs", values.needs);
            } else if (field == "needsKnowledge") {
                strings("needsKnowledge", values.needsKnowledge);
            } else if (field == "provides") {
                list("provides", values.provides,
                     [this](const CapabilityGrant& grant) { write(grant); });
            } else if (field == "closes") {
                list("closes", values.closes,
                     [this](const GapClosure& closure) { write(closure); });
            } else if (field == "notes") {
                member("notes", values.notes);
            } else if (field == "references") {
                strings("references", values.references);
            } else if (field == "c3Limit") {
                if (values.c3Limit) {
                    number("c3Limit", *values.c3Limit);
                } else {
                    key("c3Limit");
                    put("null");
                }
            }
        }
        extensions(change.extensions);
        endObject();
    }

    void write(const Scenario& scenario) {
        beginObject();
        member("id", scenario.id);
        member("name", scenario.name);
        member("owner", scenario.owner);
        memberIfNotEmpty("description", scenario.description);
        if (!scenario.changes.empty()) {
            list("changes", scenario.changes,
                 [this](const MissionOverride& change) { write(change); });
        }
        if (!scenario.adds.empty()) {
            list("adds", scenario.adds, [this](const Mission& mission) { write(mission); });
        }
        memberIfNotEmpty("drops", scenario.drops);
        memberIfNotEmpty("references", scenario.references);
        extensions(scenario.extensions);
        endObject();
    }

    void write(const EditionReference& edition) {
        beginObject();
        member("id", edition.id);
        member("title", edition.title);
        memberIfNotEmpty("edition", edition.edition);
        member("path", edition.path);
        member("fingerprint", edition.fingerprint);
        extensions(edition.extensions);
        endObject();
    }

    void write(const RecordedConflict& conflict) {
        beginObject();
        member("subject", conflict.subject);
        member("entity", toString(conflict.entity));
        memberIfNotEmpty("owner", conflict.owner);
        member("reason", conflict.reason);
        const auto side = [this](std::string_view name, const std::optional<std::string>& text) {
            key(name);
            if (text) {
                jsonValue(*text);
            } else {
                put("null");
            }
        };
        side("base", conflict.base);
        side("ours", conflict.ours);
        side("theirs", conflict.theirs);
        extensions(conflict.extensions);
        endObject();
    }

    void write(const Review& review) {
        beginObject();
        member("reviewer", review.reviewer);
        member("date", review.date.toString());
        key("contribution");
        beginObject();
        member("agency", review.contribution.agency);
        memberIfNotEmpty("title", review.contribution.title);
        memberIfNotEmpty("edition", review.contribution.edition);
        memberIfNotEmpty("fingerprint", review.contribution.fingerprint);
        extensions(review.contribution.extensions);
        endObject();
        memberIfNotEmpty("summary", review.summary);
        list("decisions", review.decisions, [this](const ReviewDecision& decision) {
            beginObject();
            member("subject", decision.subject);
            member("verdict", toString(decision.verdict));
            memberIfNotEmpty("comment", decision.comment);
            extensions(decision.extensions);
            endObject();
        });
        extensions(review.extensions);
        endObject();
    }

    void write(const Contribution& contribution) {
        beginObject();
        member("agency", contribution.agency);
        key("baseline");
        beginObject();
        member("title", contribution.baseline.title);
        memberIfNotEmpty("edition", contribution.baseline.edition);
        member("fingerprint", contribution.baseline.fingerprint);
        extensions(contribution.baseline.extensions);
        endObject();
        memberIfNotEmpty("summary", contribution.summary);
        if (contribution.date) {
            member("date", contribution.date->toString());
        }
        extensions(contribution.extensions);
        endObject();
    }

    Sink& m_sink;
    std::string m_buffer;
    std::size_t m_indent = 0;
    std::vector<bool> m_first;
};

/// Room for the text, a little more than it takes: growing a string of tens of megabytes
/// copies it several times and touches twice the memory. What is reserved and not written
/// is never touched, so it costs no memory.
std::size_t roomFor(const Roadmap& roadmap) {
    // Keys, quotes, indentation and brackets of a member, generously.
    constexpr std::size_t kPerMember = 40;
    const auto texts = [](const std::vector<std::string>& values) {
        std::size_t bytes = 0;
        for (const std::string& value : values) {
            bytes += value.size() + kPerMember;
        }
        return bytes;
    };
    const auto extensions = [](const Extensions& values) {
        std::size_t bytes = 0;
        for (const auto& [key, text] : values) {
            // Laid out over lines, a compact value grows by its indentation.
            bytes += key.size() + 3 * text.size() + kPerMember;
        }
        return bytes;
    };
    std::size_t bytes = 4096 + extensions(roadmap.extensions);
    for (const Agency& agency : roadmap.agencies) {
        bytes += 6 * kPerMember + agency.name.size() + agency.country.size();
    }
    for (const Destination& destination : roadmap.destinations) {
        bytes += 5 * kPerMember + destination.name.size();
    }
    for (const Capability& capability : roadmap.capabilities) {
        bytes += 5 * kPerMember + capability.name.size();
    }
    for (const Goal& goal : roadmap.goals) {
        bytes += 6 * kPerMember + goal.name.size() + goal.description.size() +
                 texts(goal.references) + extensions(goal.extensions);
    }
    for (const Objective& objective : roadmap.objectives) {
        bytes += 7 * kPerMember + objective.name.size() + objective.description.size() +
                 texts(objective.references) + extensions(objective.extensions);
    }
    for (const KnowledgeGap& gap : roadmap.knowledgeGaps) {
        bytes += 9 * kPerMember + gap.name.size() + gap.description.size() +
                 gap.measurement.size() + texts(gap.references) + extensions(gap.extensions);
    }
    for (const Mission& mission : roadmap.missions) {
        bytes += 16 * kPerMember + mission.id.size() + mission.name.size() + mission.lead.size() +
                 mission.destination.size() + mission.notes.size() + texts(mission.partners) +
                 texts(mission.needs) + texts(mission.references) + texts(mission.objectives) +
                 texts(mission.needsKnowledge) + extensions(mission.extensions);
        for (const GapClosure& closure : mission.closes) {
            bytes += 5 * kPerMember + closure.gap.size() + closure.note.size() +
                     extensions(closure.extensions);
        }
        for (const Prerequisite& prerequisite : mission.prerequisites) {
            bytes +=
                6 * kPerMember + prerequisite.mission.size() + extensions(prerequisite.extensions);
        }
        for (const CapabilityGrant& grant : mission.provides) {
            bytes += 4 * kPerMember + grant.capability.size() + extensions(grant.extensions);
        }
    }
    for (const Review& review : roadmap.reviews) {
        bytes += 16 * kPerMember + review.summary.size() + review.decisions.size() * 6 * kPerMember;
        for (const ReviewDecision& decision : review.decisions) {
            bytes += decision.subject.size() + decision.comment.size();
        }
    }
    return bytes;
}

/// Whether the roadmap holds anything format version 1 cannot.
bool needsVersion2(const Roadmap& roadmap) {
    return !roadmap.goals.empty() || !roadmap.objectives.empty() ||
           !roadmap.knowledgeGaps.empty() || !roadmap.scenarios.empty() ||
           !roadmap.editions.empty() || !roadmap.conflicts.empty() ||
           std::any_of(roadmap.destinations.begin(), roadmap.destinations.end(),
                       [](const Destination& d) { return d.orbit || d.c3Limit; }) ||
           std::any_of(roadmap.missions.begin(), roadmap.missions.end(), [](const Mission& m) {
               return !m.objectives.empty() || !m.needsKnowledge.empty() || !m.closes.empty() ||
                      m.c3Limit;
           });
}

} // namespace

std::string toCanonicalJson(const Roadmap& roadmap) {
    std::string text;
    text.reserve(roomFor(roadmap));
    auto append = [&text](std::string_view piece) { text.append(piece); };
    CanonicalWriter(append).roadmap(roadmap, true, kFormatVersion);
    return text;
}

std::string contentFingerprint(const Roadmap& roadmap) {
    // The canonical text without the review record and contribution header, hashed as it
    // is written: neither a copy of the roadmap nor the whole text is kept. A roadmap that
    // version 1 can hold is hashed in its version 1 form, so that a fingerprint taken before
    // version 2 (a contribution's baseline) still names the same content.
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        throw std::bad_alloc();
    }
    auto hash = [&context](std::string_view piece) {
        EVP_DigestUpdate(context.get(), piece.data(), piece.size());
    };
    CanonicalWriter(hash).roadmap(roadmap, false, needsVersion2(roadmap) ? 2 : 1);
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest.data(), &length);
    std::string fingerprint = "sha256:";
    constexpr std::string_view kHex = "0123456789abcdef";
    for (unsigned int i = 0; i < length; ++i) {
        fingerprint += kHex[digest[i] >> 4];
        fingerprint += kHex[digest[i] & 0x0f];
    }
    return fingerprint;
}

Expected<void, SaveError> saveRoadmapFile(const Roadmap& roadmap,
                                          const std::filesystem::path& path) {
    return writeFileAtomically(path, toCanonicalJson(roadmap));
}

} // namespace orrery
