#include <orrery/resolution.h>
#include <orrery/scenario.h>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

namespace orrery {
namespace {

/// One overridable field: how to compare it and copy it.
struct FieldAccess {
    std::string_view key;
    bool (*same)(const Mission&, const Mission&);
    void (*copy)(Mission&, const Mission&);
};

#define ORRERY_FIELD(key, member)                                                                  \
    FieldAccess {                                                                                  \
        key, [](const Mission& a, const Mission& b) { return a.member == b.member; },              \
            [](Mission& into, const Mission& from) { into.member = from.member; }                  \
    }

// Written out once per field, in the order of kOverridableFields (a test checks the two
// agree).
constexpr std::array<FieldAccess, kOverridableFields.size()> kFieldAccess{
    ORRERY_FIELD("name", name),
    ORRERY_FIELD("lead", lead),
    ORRERY_FIELD("partners", partners),
    ORRERY_FIELD("destination", destination),
    ORRERY_FIELD("crew", crew),
    ORRERY_FIELD("status", status),
    ORRERY_FIELD("start", start),
    ORRERY_FIELD("end", end),
    ORRERY_FIELD("objectives", objectives),
    ORRERY_FIELD("requires", prerequisites),
    ORRERY_FIELD("needs", needs),
    ORRERY_FIELD("needsKnowledge", needsKnowledge),
    ORRERY_FIELD("provides", provides),
    ORRERY_FIELD("closes", closes),
    ORRERY_FIELD("notes", notes),
    ORRERY_FIELD("references", references),
    ORRERY_FIELD("c3Limit", c3Limit)};

#undef ORRERY_FIELD

const FieldAccess* accessOf(std::string_view key) {
    const auto found = std::find_if(kFieldAccess.begin(), kFieldAccess.end(),
                                    [key](const FieldAccess& field) { return field.key == key; });
    return found == kFieldAccess.end() ? nullptr : &*found;
}

} // namespace

bool MissionOverride::sets(std::string_view field) const {
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

bool sameField(const Mission& a, const Mission& b, std::string_view key) {
    const FieldAccess* field = accessOf(key);
    return !field || field->same(a, b);
}

void copyField(Mission& into, const Mission& from, std::string_view key) {
    if (const FieldAccess* field = accessOf(key)) {
        field->copy(into, from);
    }
}

Mission overridden(Mission mission, const MissionOverride& change) {
    for (const std::string& key : change.fields) {
        copyField(mission, change.values, key);
    }
    return mission;
}

const std::string& nameOf(const Scenario& scenario) {
    return scenario.name.empty() ? scenario.id : scenario.name;
}

Expected<Roadmap, std::string> resolveScenario(const Roadmap& roadmap, std::string_view id) {
    const Scenario* scenario = roadmap.scenarios.find(id);
    if (!scenario) {
        std::string known;
        for (const Scenario& candidate : roadmap.scenarios) {
            known += fmt::format("{}\"{}\"", known.empty() ? "" : ", ", candidate.id);
        }
        return make_unexpected(
            known.empty()
                ? fmt::format("there is no scenario \"{}\": the roadmap has none", id)
                : fmt::format("there is no scenario \"{}\"; the roadmap has {}", id, known));
    }
    Roadmap resolved;
    resolved.title = roadmap.title;
    resolved.edition = roadmap.edition;
    resolved.asOf = roadmap.asOf;
    resolved.agencies = roadmap.agencies;
    resolved.destinations = roadmap.destinations;
    resolved.capabilities = roadmap.capabilities;
    resolved.goals = roadmap.goals;
    resolved.objectives = roadmap.objectives;
    resolved.knowledgeGaps = roadmap.knowledgeGaps;
    resolved.editions = roadmap.editions;
    resolved.reviews = roadmap.reviews;
    resolved.contribution = roadmap.contribution;
    resolved.extensions = roadmap.extensions;
    resolved.readFrom = roadmap.readFrom;

    const std::unordered_set<std::string_view> dropped(scenario->drops.begin(),
                                                       scenario->drops.end());
    // The first change of a mission holds; the structure check reports a second.
    std::unordered_map<std::string_view, const MissionOverride*> changes;
    for (const MissionOverride& change : scenario->changes) {
        changes.try_emplace(change.mission, &change);
    }
    resolved.missions.reserve(roadmap.missions.size() + scenario->adds.size());
    for (const Mission& mission : roadmap.missions) {
        if (dropped.contains(mission.id)) {
            continue;
        }
        const auto change = changes.find(mission.id);
        resolved.missions.append(change == changes.end() ? mission
                                                         : overridden(mission, *change->second));
    }
    for (const Mission& mission : scenario->adds) {
        resolved.missions.append(mission);
    }
    return resolved;
}

Roadmap recordInScenario(const Roadmap& roadmap, std::string_view id,
                         const IdList<Mission>& missions) {
    const auto index = roadmap.scenarios.indexOf(id);
    if (!index) {
        return roadmap;
    }
    const Scenario& before = roadmap.scenarios[*index];
    // What the scenario does to missions is worked out anew; the rest of it stays.
    Scenario scenario = before;
    scenario.changes.clear();
    scenario.adds = {};
    scenario.drops.clear();

    std::unordered_map<std::string_view, const MissionOverride*> previous;
    for (const MissionOverride& change : before.changes) {
        previous.try_emplace(change.mission, &change);
    }
    std::unordered_set<std::string_view> present;
    present.reserve(missions.size());
    for (const Mission& mission : missions) {
        present.insert(mission.id);
        const Mission* planned = roadmap.missions.find(mission.id);
        if (!planned) {
            scenario.adds.append(mission);
            continue;
        }
        MissionOverride change;
        change.mission = mission.id;
        for (const FieldAccess& field : kFieldAccess) {
            if (!field.same(*planned, mission)) {
                change.fields.emplace_back(field.key);
                field.copy(change.values, mission);
            }
        }
        if (change.fields.empty()) {
            continue;
        }
        change.values.id = mission.id;
        if (const auto kept = previous.find(mission.id); kept != previous.end()) {
            change.extensions = kept->second->extensions;
        }
        scenario.changes.push_back(std::move(change));
    }
    for (const Mission& planned : roadmap.missions) {
        if (!present.contains(planned.id)) {
            scenario.drops.push_back(planned.id);
        }
    }
    Roadmap recorded = roadmap;
    recorded.scenarios.replace(*index, std::move(scenario));
    return recorded;
}

} // namespace orrery
