#include <orrery/conflicts.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

namespace orrery {
namespace {

using nlohmann::json;

/// The roadmap's own fields that a change of "the roadmap" is about.
constexpr std::array<std::string_view, 3> kRoadmapFields = {"title", "edition", "asOf"};

/// The list a kind of entity is kept in, in the file.
std::string_view collectionOf(EntityKind kind) {
    switch (kind) {
    case EntityKind::Agency:
        return "agencies";
    case EntityKind::Destination:
        return "destinations";
    case EntityKind::Capability:
        return "capabilities";
    case EntityKind::Goal:
        return "goals";
    case EntityKind::Objective:
        return "objectives";
    case EntityKind::KnowledgeGap:
        return "knowledgeGaps";
    case EntityKind::Scenario:
        return "scenarios";
    case EntityKind::Edition:
        return "editions";
    case EntityKind::Mission:
    case EntityKind::Dependency:
        return "missions";
    case EntityKind::Roadmap:
        break;
    }
    return {};
}

/// A roadmap as a JSON document, to take entities out of and put them into.
json documentOf(const Roadmap& roadmap) {
    return json::parse(toCanonicalJson(roadmap));
}

const json* findById(const json& document, std::string_view collection, std::string_view id) {
    const auto list = document.find(collection);
    if (list == document.end() || !list->is_array()) {
        return nullptr;
    }
    for (const json& element : *list) {
        const auto found = element.find("id");
        if (found != element.end() && found->is_string() && found->get<std::string>() == id) {
            return &element;
        }
    }
    return nullptr;
}

/// One version's entity as the record keeps it: the first of `ids` that version has.
std::optional<std::string> snapshotOf(const json& document, EntityKind kind,
                                      const std::vector<std::string>& ids) {
    if (kind == EntityKind::Roadmap) {
        json fields = json::object();
        for (const std::string_view field : kRoadmapFields) {
            if (const auto found = document.find(field); found != document.end()) {
                fields[std::string(field)] = *found;
            }
        }
        return fields.dump();
    }
    for (const std::string& id : ids) {
        if (const json* element = findById(document, collectionOf(kind), id)) {
            return element->dump();
        }
    }
    return std::nullopt;
}

/// The ids the entity of a change may have in any of the versions: a rename on either side
/// gives it another.
std::vector<std::string> candidateIds(const MergeItem& item) {
    std::vector<std::string> ids;
    const auto add = [&ids](const std::string& id) {
        if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) {
            ids.push_back(id);
        }
    };
    add(item.change.id);
    add(item.change.previousId);
    if (item.ours) {
        add(item.ours->id);
        add(item.ours->previousId);
    }
    return ids;
}

std::string idOf(const std::string& snapshot) {
    const json object = json::parse(snapshot, nullptr, false);
    const auto found = object.is_object() ? object.find("id") : object.end();
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

enum class Side { Base, Theirs };

/// The roadmap as `side` had it where the records say, the rest as the roadmap is.
Expected<Roadmap, std::string> rebuild(const Roadmap& roadmap, Side side) {
    Roadmap withoutRecords = roadmap;
    withoutRecords.conflicts.clear();
    json document = documentOf(withoutRecords);
    // Several conflicts about one entity (two of its fields) carry the same snapshots.
    std::set<std::pair<EntityKind, std::string>> done;
    for (const RecordedConflict& conflict : roadmap.conflicts) {
        const std::optional<std::string>& snapshot =
            side == Side::Base ? conflict.base : conflict.theirs;
        const std::string oursId = conflict.ours ? idOf(*conflict.ours) : std::string();
        const std::string sideId = snapshot ? idOf(*snapshot) : std::string();
        if (!done.emplace(conflict.entity, oursId.empty() ? sideId : oursId).second) {
            continue;
        }
        const json value = snapshot ? json::parse(*snapshot, nullptr, false) : json();
        if (snapshot && !value.is_object()) {
            return make_unexpected(fmt::format(
                "the conflict about {} holds no {} object for the {} version", conflict.subject,
                toString(conflict.entity), side == Side::Base ? "base" : "merged-in"));
        }
        if (conflict.entity == EntityKind::Roadmap) {
            for (const auto& [key, field] : value.items()) {
                document[key] = field;
            }
            continue;
        }
        json& list = document[std::string(collectionOf(conflict.entity))];
        if (!list.is_array()) {
            list = json::array();
        }
        std::optional<std::size_t> position;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto id = list[i].find("id");
            if (id == list[i].end() || !id->is_string()) {
                continue;
            }
            const std::string& text = id->get_ref<const std::string&>();
            if ((!oursId.empty() && text == oursId) || (!sideId.empty() && text == sideId)) {
                position = i;
                list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
        if (snapshot) {
            list.insert(position ? list.begin() + static_cast<std::ptrdiff_t>(*position)
                                 : list.end(),
                        value);
        }
    }
    ReadResult read = parseRoadmap(document.dump(), "conflict record");
    if (!read) {
        return make_unexpected(fmt::format("the {} version of the recorded conflicts is not a "
                                           "roadmap: {}",
                                           side == Side::Base ? "base" : "merged-in",
                                           read.error().front().message));
    }
    read->readFrom = roadmap.readFrom;
    return std::move(*read);
}

} // namespace

Roadmap recordConflicts(const MergeResult& result, const Roadmap& base, const Roadmap& theirs) {
    Roadmap merged = result.merged;
    const auto recorded = [](const MergeItem& item) { return item.pending() && item.conflict; };
    if (std::none_of(result.items.begin(), result.items.end(), recorded)) {
        return merged; // a clean merge: no version needs writing out
    }
    // The merged roadmap stands for ours: it is what the file holds, with what merged
    // cleanly already in it.
    const json baseDocument = documentOf(base);
    const json mergedDocument = documentOf(result.merged);
    const json theirsDocument = documentOf(theirs);
    for (const MergeItem& item : result.items) {
        if (!recorded(item)) {
            continue;
        }
        const EntityKind kind =
            item.change.entity == EntityKind::Dependency ? EntityKind::Mission : item.change.entity;
        const std::vector<std::string> ids = candidateIds(item);
        RecordedConflict conflict;
        conflict.subject = item.change.subject();
        conflict.entity = kind;
        conflict.owner = item.change.owner;
        conflict.reason = item.conflictReason;
        conflict.base = snapshotOf(baseDocument, kind, ids);
        conflict.ours = snapshotOf(mergedDocument, kind, ids);
        conflict.theirs = snapshotOf(theirsDocument, kind, ids);
        merged.conflicts.push_back(std::move(conflict));
    }
    return merged;
}

Expected<ConflictSides, std::string> conflictSides(const Roadmap& roadmap) {
    auto base = rebuild(roadmap, Side::Base);
    if (!base) {
        return make_unexpected(base.error());
    }
    auto theirs = rebuild(roadmap, Side::Theirs);
    if (!theirs) {
        return make_unexpected(theirs.error());
    }
    ConflictSides sides{std::move(*base), roadmap, std::move(*theirs)};
    sides.ours.conflicts.clear();
    return sides;
}

Expected<MergeResult, std::string>
resolveConflicts(const Roadmap& roadmap,
                 const std::map<std::string, Verdict, std::less<>>& decisions) {
    auto sides = conflictSides(roadmap);
    if (!sides) {
        return make_unexpected(sides.error());
    }
    MergeOptions options;
    options.decisions = decisions;
    options.oursName = "ours";
    options.theirsName = "theirs";
    options.holdCrossAgency = false;
    MergeResult result = mergeRoadmaps(sides->base, sides->ours, sides->theirs, options);
    result.merged = recordConflicts(result, sides->base, sides->theirs);
    return result;
}

} // namespace orrery
