#include <orrery/io/writer.h>

#include <nlohmann/json.hpp>
#include <openssl/sha.h>

#include <array>
#include <string_view>

namespace orrery {
namespace {

// ordered_json keeps keys in insertion order: the order documented in docs/file-format.md.
using nlohmann::ordered_json;

void putExtensions(ordered_json& object, const Extensions& extensions) {
    for (const auto& [key, text] : extensions) {
        object[key] = ordered_json::parse(text, nullptr, false);
    }
}

void putIfNotEmpty(ordered_json& object, const char* key, const std::string& value) {
    if (!value.empty()) {
        object[key] = value;
    }
}

void putIfNotEmpty(ordered_json& object, const char* key, const std::vector<std::string>& values) {
    if (!values.empty()) {
        object[key] = values;
    }
}

ordered_json toJson(const Agency& agency) {
    ordered_json object = ordered_json::object();
    object["id"] = agency.id;
    object["name"] = agency.name;
    object["country"] = agency.country;
    object["color"] = agency.color;
    putExtensions(object, agency.extensions);
    return object;
}

ordered_json toJson(const Destination& destination) {
    ordered_json object = ordered_json::object();
    object["id"] = destination.id;
    object["name"] = destination.name;
    if (destination.body) {
        object["body"] = toString(*destination.body);
    }
    putExtensions(object, destination.extensions);
    return object;
}

ordered_json toJson(const Capability& capability) {
    ordered_json object = ordered_json::object();
    object["id"] = capability.id;
    object["name"] = capability.name;
    if (capability.initiallyAvailable) {
        object["initiallyAvailable"] = true;
    }
    putExtensions(object, capability.extensions);
    return object;
}

ordered_json toJson(const Prerequisite& prerequisite) {
    ordered_json object = ordered_json::object();
    object["mission"] = prerequisite.mission;
    if (prerequisite.type != DependencyType::FinishToStart) {
        object["type"] = toString(prerequisite.type);
    }
    if (prerequisite.lagMonths != 0) {
        object["lagMonths"] = prerequisite.lagMonths;
    }
    if (prerequisite.strength != DependencyStrength::Hard) {
        object["strength"] = toString(prerequisite.strength);
    }
    putExtensions(object, prerequisite.extensions);
    return object;
}

ordered_json toJson(const CapabilityGrant& grant) {
    ordered_json object = ordered_json::object();
    object["capability"] = grant.capability;
    if (grant.from) {
        object["from"] = grant.from->toString();
    }
    putExtensions(object, grant.extensions);
    return object;
}

ordered_json toJson(const Mission& mission) {
    ordered_json object = ordered_json::object();
    object["id"] = mission.id;
    object["name"] = mission.name;
    object["lead"] = mission.lead;
    putIfNotEmpty(object, "partners", mission.partners);
    object["destination"] = mission.destination;
    object["crew"] = toString(mission.crew);
    object["status"] = toString(mission.status);
    object["start"] = mission.start.toString();
    if (mission.end) {
        object["end"] = mission.end->toString();
    }
    if (!mission.prerequisites.empty()) {
        ordered_json& list = object["requires"] = ordered_json::array();
        for (const Prerequisite& prerequisite : mission.prerequisites) {
            list.push_back(toJson(prerequisite));
        }
    }
    putIfNotEmpty(object, "needs", mission.needs);
    if (!mission.provides.empty()) {
        ordered_json& list = object["provides"] = ordered_json::array();
        for (const CapabilityGrant& grant : mission.provides) {
            list.push_back(toJson(grant));
        }
    }
    putIfNotEmpty(object, "notes", mission.notes);
    putIfNotEmpty(object, "references", mission.references);
    putExtensions(object, mission.extensions);
    return object;
}

ordered_json toJson(const Review& review) {
    ordered_json object = ordered_json::object();
    object["reviewer"] = review.reviewer;
    object["date"] = review.date.toString();
    ordered_json contribution = ordered_json::object();
    contribution["agency"] = review.contribution.agency;
    putIfNotEmpty(contribution, "title", review.contribution.title);
    putIfNotEmpty(contribution, "edition", review.contribution.edition);
    putIfNotEmpty(contribution, "fingerprint", review.contribution.fingerprint);
    putExtensions(contribution, review.contribution.extensions);
    object["contribution"] = std::move(contribution);
    putIfNotEmpty(object, "summary", review.summary);
    ordered_json& decisions = object["decisions"] = ordered_json::array();
    for (const ReviewDecision& decision : review.decisions) {
        ordered_json item = ordered_json::object();
        item["subject"] = decision.subject;
        item["verdict"] = toString(decision.verdict);
        putIfNotEmpty(item, "comment", decision.comment);
        putExtensions(item, decision.extensions);
        decisions.push_back(std::move(item));
    }
    putExtensions(object, review.extensions);
    return object;
}

ordered_json toJson(const Contribution& contribution) {
    ordered_json object = ordered_json::object();
    object["agency"] = contribution.agency;
    ordered_json baseline = ordered_json::object();
    baseline["title"] = contribution.baseline.title;
    putIfNotEmpty(baseline, "edition", contribution.baseline.edition);
    baseline["fingerprint"] = contribution.baseline.fingerprint;
    putExtensions(baseline, contribution.baseline.extensions);
    object["baseline"] = std::move(baseline);
    putIfNotEmpty(object, "summary", contribution.summary);
    if (contribution.date) {
        object["date"] = contribution.date->toString();
    }
    putExtensions(object, contribution.extensions);
    return object;
}

template <class Items>
ordered_json listToJson(const Items& items) {
    ordered_json list = ordered_json::array();
    for (const auto& item : items) {
        list.push_back(toJson(item));
    }
    return list;
}

} // namespace

std::string toCanonicalJson(const Roadmap& roadmap) {
    ordered_json document = ordered_json::object();
    document["format"] = "orrery.roadmap";
    document["formatVersion"] = 1;
    document["title"] = roadmap.title;
    document["edition"] = roadmap.edition;
    document["asOf"] = roadmap.asOf.toString();
    document["agencies"] = listToJson(roadmap.agencies);
    document["destinations"] = listToJson(roadmap.destinations);
    document["capabilities"] = listToJson(roadmap.capabilities);
    document["missions"] = listToJson(roadmap.missions);
    document["reviews"] = listToJson(roadmap.reviews);
    if (roadmap.contribution) {
        document["contribution"] = toJson(*roadmap.contribution);
    }
    putExtensions(document, roadmap.extensions);
    // Text that is not UTF-8 can only come from a caller that built the model by hand; it
    // is written as U+FFFD rather than failing the save.
    std::string text = document.dump(2, ' ', false, ordered_json::error_handler_t::replace);
    text += '\n';
    return text;
}

std::string contentFingerprint(const Roadmap& roadmap) {
    Roadmap content = roadmap;
    content.reviews.clear();
    content.contribution.reset();
    const std::string text = toCanonicalJson(content);
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
    SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest.data());
    std::string fingerprint = "sha256:";
    fingerprint.reserve(7 + 2 * digest.size());
    constexpr std::string_view kHex = "0123456789abcdef";
    for (const unsigned char byte : digest) {
        fingerprint += kHex[byte >> 4];
        fingerprint += kHex[byte & 0x0f];
    }
    return fingerprint;
}

Expected<void, SaveError> saveRoadmapFile(const Roadmap& roadmap,
                                          const std::filesystem::path& path) {
    return writeFileAtomically(path, toCanonicalJson(roadmap));
}

} // namespace orrery
