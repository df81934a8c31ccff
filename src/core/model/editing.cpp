#include <orrery/editing.h>
#include <orrery/identifier.h>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace orrery {
namespace {

template <class T>
bool hasId(const IdList<T>& list, std::string_view id) {
    return list.contains(std::string(id));
}

bool contains(const Roadmap& roadmap, EntityKind kind, std::string_view id) {
    switch (kind) {
    case EntityKind::Agency:
        return hasId(roadmap.agencies, id);
    case EntityKind::Destination:
        return hasId(roadmap.destinations, id);
    case EntityKind::Capability:
        return hasId(roadmap.capabilities, id);
    case EntityKind::Goal:
        return hasId(roadmap.goals, id);
    case EntityKind::Objective:
        return hasId(roadmap.objectives, id);
    case EntityKind::KnowledgeGap:
        return hasId(roadmap.knowledgeGaps, id);
    case EntityKind::Scenario:
        return hasId(roadmap.scenarios, id);
    case EntityKind::Edition:
        return hasId(roadmap.editions, id);
    case EntityKind::Mission:
        return hasId(roadmap.missions, id);
    case EntityKind::Roadmap:
    case EntityKind::Dependency:
        break;
    }
    return false;
}

template <class T>
void renameIn(IdList<T>& list, const std::string& from, const std::string& to) {
    const auto index = list.indexOf(from);
    T item = list[*index];
    item.id = to;
    list.replace(*index, std::move(item));
}

/// Rewrites every mission with `rewrite`, replacing only those it changed.
template <class Rewrite>
void rewriteMissions(Roadmap& roadmap, Rewrite rewrite) {
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        Mission mission = roadmap.missions[i];
        if (rewrite(mission)) {
            roadmap.missions.replace(i, std::move(mission));
        }
    }
}

bool replaceIn(std::string& text, const Renames& renames) {
    const auto found = renames.find(text);
    if (found == renames.end() || found->second == text) {
        return false;
    }
    text = found->second;
    return true;
}

bool replaceIn(std::vector<std::string>& list, const Renames& renames) {
    bool changed = false;
    for (std::string& item : list) {
        changed = replaceIn(item, renames) || changed;
    }
    return changed;
}

/// The stem of an id made from a name: lower case, runs of anything but letters, digits,
/// '.', '_' and '-' made one '-', no separator at either end.
std::string idStem(std::string_view base) {
    std::string stem;
    bool separator = false;
    for (const char c : base) {
        const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        const bool kept = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9') ||
                          lower == '.' || lower == '_' || lower == '-';
        if (!kept) {
            separator = !stem.empty();
            continue;
        }
        if (separator) {
            stem += '-';
            separator = false;
        }
        stem += lower;
    }
    // Room for "-NN" within the 64 characters of an id; it starts with a letter or digit.
    stem = stem.substr(0, 56);
    const auto first = stem.find_first_not_of("._-");
    stem = first == std::string::npos ? std::string() : stem.substr(first);
    while (!stem.empty() && (stem.back() == '.' || stem.back() == '_' || stem.back() == '-')) {
        stem.pop_back();
    }
    return stem.empty() ? std::string("mission") : stem;
}

/// The references of one mission to renamed ids of `kind`; whether any changed.
bool renameInMission(Mission& mission, EntityKind kind, const Renames& renames) {
    switch (kind) {
    case EntityKind::Agency: {
        const bool lead = replaceIn(mission.lead, renames);
        const bool partners = replaceIn(mission.partners, renames);
        return lead || partners;
    }
    case EntityKind::Destination:
        return replaceIn(mission.destination, renames);
    case EntityKind::Capability: {
        bool changed = replaceIn(mission.needs, renames);
        for (CapabilityGrant& grant : mission.provides) {
            changed = replaceIn(grant.capability, renames) || changed;
        }
        return changed;
    }
    case EntityKind::Objective:
        return replaceIn(mission.objectives, renames);
    case EntityKind::KnowledgeGap: {
        bool changed = replaceIn(mission.needsKnowledge, renames);
        for (GapClosure& closure : mission.closes) {
            changed = replaceIn(closure.gap, renames) || changed;
        }
        return changed;
    }
    case EntityKind::Mission: {
        bool changed = false;
        for (Prerequisite& prerequisite : mission.prerequisites) {
            changed = replaceIn(prerequisite.mission, renames) || changed;
        }
        return changed;
    }
    case EntityKind::Goal:
    case EntityKind::Scenario:
    case EntityKind::Edition:
    case EntityKind::Roadmap:
    case EntityKind::Dependency:
        break;
    }
    return false;
}

/// Scenarios refer to the plan as missions do: their changes and added missions name
/// agencies, destinations and the rest, and missions by id; the owner is an agency.
void renameInScenarios(Roadmap& roadmap, EntityKind kind, const Renames& renames) {
    for (std::size_t i = 0; i < roadmap.scenarios.size(); ++i) {
        Scenario scenario = roadmap.scenarios[i];
        bool changed = kind == EntityKind::Agency && replaceIn(scenario.owner, renames);
        for (MissionOverride& change : scenario.changes) {
            if (kind == EntityKind::Mission && replaceIn(change.mission, renames)) {
                change.values.id = change.mission;
                changed = true;
            }
            changed = renameInMission(change.values, kind, renames) || changed;
        }
        if (kind == EntityKind::Mission) {
            changed = replaceIn(scenario.drops, renames) || changed;
        }
        IdList<Mission> adds;
        bool addsChanged = false;
        for (Mission mission : scenario.adds) {
            addsChanged = renameInMission(mission, kind, renames) || addsChanged;
            adds.append(std::move(mission));
        }
        if (addsChanged) {
            scenario.adds = std::move(adds);
        }
        if (changed || addsChanged) {
            roadmap.scenarios.replace(i, std::move(scenario));
        }
    }
}

} // namespace

Expected<void, Refusal> renameIdIn(Roadmap& roadmap, EntityKind kind, std::string_view fromId,
                                   std::string_view toId) {
    const std::string from(fromId);
    const std::string to(toId);
    if (!contains(roadmap, kind, from)) {
        return make_unexpected(fmt::format("There is no {} \"{}\".", nounOf(kind), from));
    }
    if (from == to) {
        return {};
    }
    if (!isWellFormedId(to)) {
        return make_unexpected(fmt::format("\"{}\" is not a valid id: use 1 to 64 letters, "
                                           "digits, '.', '_' or '-', starting with a letter or "
                                           "digit.",
                                           to));
    }
    if (contains(roadmap, kind, to)) {
        return make_unexpected(
            fmt::format("Another {} already has the id \"{}\".", nounOf(kind), to));
    }
    switch (kind) {
    case EntityKind::Agency:
        renameIn(roadmap.agencies, from, to);
        break;
    case EntityKind::Destination:
        renameIn(roadmap.destinations, from, to);
        break;
    case EntityKind::Capability:
        renameIn(roadmap.capabilities, from, to);
        break;
    case EntityKind::Goal:
        renameIn(roadmap.goals, from, to);
        break;
    case EntityKind::Objective:
        renameIn(roadmap.objectives, from, to);
        break;
    case EntityKind::KnowledgeGap:
        renameIn(roadmap.knowledgeGaps, from, to);
        break;
    case EntityKind::Scenario:
        renameIn(roadmap.scenarios, from, to);
        break;
    case EntityKind::Edition:
        renameIn(roadmap.editions, from, to);
        break;
    case EntityKind::Mission:
        renameIn(roadmap.missions, from, to);
        break;
    case EntityKind::Roadmap:
    case EntityKind::Dependency:
        break;
    }
    renameReferences(roadmap, kind, {{from, to}});
    return {};
}

void renameReferences(Roadmap& roadmap, EntityKind kind, const Renames& renames) {
    if (renames.empty()) {
        return;
    }
    if (kind == EntityKind::Goal) {
        for (std::size_t i = 0; i < roadmap.objectives.size(); ++i) {
            Objective objective = roadmap.objectives[i];
            if (replaceIn(objective.goal, renames)) {
                roadmap.objectives.replace(i, std::move(objective));
            }
        }
        return;
    }
    if (kind == EntityKind::Destination) {
        for (std::size_t i = 0; i < roadmap.knowledgeGaps.size(); ++i) {
            KnowledgeGap gap = roadmap.knowledgeGaps[i];
            if (replaceIn(gap.destination, renames)) {
                roadmap.knowledgeGaps.replace(i, std::move(gap));
            }
        }
    }
    rewriteMissions(roadmap,
                    [&](Mission& mission) { return renameInMission(mission, kind, renames); });
    renameInScenarios(roadmap, kind, renames);
}

Expected<Roadmap, Refusal> renameId(const Roadmap& roadmap, EntityKind kind, std::string_view from,
                                    std::string_view to) {
    Roadmap renamed = roadmap;
    if (auto done = renameIdIn(renamed, kind, from, to); !done) {
        return make_unexpected(std::move(done.error()));
    }
    return renamed;
}

bool forgetMissionsInScenarios(Roadmap& roadmap, const std::vector<std::string>& ids) {
    const std::set<std::string, std::less<>> gone(ids.begin(), ids.end());
    const auto cut = [&gone](std::vector<Prerequisite>& prerequisites) {
        return std::erase_if(prerequisites, [&gone](const Prerequisite& prerequisite) {
                   return gone.contains(prerequisite.mission);
               }) > 0;
    };
    bool any = false;
    for (std::size_t i = 0; i < roadmap.scenarios.size(); ++i) {
        Scenario scenario = roadmap.scenarios[i];
        bool changed = std::erase_if(scenario.changes, [&gone](const MissionOverride& change) {
                           return gone.contains(change.mission);
                       }) > 0;
        changed = std::erase_if(scenario.drops,
                                [&gone](const std::string& id) { return gone.contains(id); }) > 0 ||
                  changed;
        for (MissionOverride& change : scenario.changes) {
            changed = (change.sets("requires") && cut(change.values.prerequisites)) || changed;
        }
        IdList<Mission> adds;
        for (Mission mission : scenario.adds) {
            changed = cut(mission.prerequisites) || changed;
            adds.append(std::move(mission));
        }
        if (changed) {
            scenario.adds = std::move(adds);
            roadmap.scenarios.replace(i, std::move(scenario));
            any = true;
        }
    }
    return any;
}

MissionRemoval removeMissions(const Roadmap& roadmap, const std::vector<std::string>& ids) {
    const std::set<std::string, std::less<>> gone(ids.begin(), ids.end());
    MissionRemoval removal;
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        const Mission& mission = roadmap.missions[i];
        if (gone.contains(mission.id)) {
            removal.removed.emplace_back(i, mission);
            continue;
        }
        // The dependencies on removed missions go with them.
        Mission after = mission;
        std::erase_if(after.prerequisites, [&](const Prerequisite& prerequisite) {
            return gone.contains(prerequisite.mission);
        });
        if (after.prerequisites.size() != mission.prerequisites.size()) {
            removal.cut.push_back({i, mission, std::move(after)});
        }
    }
    return removal;
}

std::string uniqueId(const Roadmap& roadmap, EntityKind kind, std::string_view base) {
    const std::string stem = idStem(base);
    std::string candidate = stem;
    for (int n = 2; contains(roadmap, kind, candidate); ++n) {
        candidate = fmt::format("{}-{}", stem, n);
    }
    return candidate;
}

Expected<Mission, Refusal> newMission(const Roadmap& roadmap, const NewMission& what) {
    if (!roadmap.agencies.contains(what.lead)) {
        return make_unexpected(fmt::format("There is no agency \"{}\".", what.lead));
    }
    if (!roadmap.destinations.contains(what.destination)) {
        return make_unexpected(fmt::format("There is no destination \"{}\".", what.destination));
    }
    Mission mission;
    mission.name = what.name.empty() ? std::string("New mission") : what.name;
    mission.id = uniqueId(roadmap, EntityKind::Mission, mission.name);
    mission.lead = what.lead;
    mission.destination = what.destination;
    mission.crew = Crew::Robotic;
    mission.status = MissionStatus::Planned;
    constexpr MonthIndex kFirst = Date::kMinYear * 12;
    constexpr MonthIndex kLast = Date::kMaxYear * 12 + 11;
    constexpr int kLengthMonths = 12;
    const MonthIndex start = std::clamp(what.start, kFirst, kLast - kLengthMonths);
    mission.start = Date::fromMonthIndex(start);
    mission.end = Date::fromMonthIndex(start + kLengthMonths);
    return mission;
}

Expected<Mission, Refusal> withPrerequisite(const Roadmap& roadmap, std::string_view dependentId,
                                            std::string_view prerequisiteId) {
    const Mission* dependent = roadmap.missions.find(std::string(dependentId));
    const Mission* prerequisite = roadmap.missions.find(std::string(prerequisiteId));
    if (!dependent || !prerequisite) {
        return make_unexpected(
            fmt::format("There is no mission \"{}\".", dependent ? prerequisiteId : dependentId));
    }
    if (dependent == prerequisite) {
        return make_unexpected(std::string("A mission cannot require itself."));
    }
    if (std::any_of(
            dependent->prerequisites.begin(), dependent->prerequisites.end(),
            [&](const Prerequisite& existing) { return existing.mission == prerequisite->id; })) {
        return make_unexpected(
            fmt::format("{} already requires {}.", dependent->name, prerequisite->name));
    }
    Mission after = *dependent;
    after.prerequisites.push_back(
        {prerequisite->id, DependencyType::FinishToStart, 0, DependencyStrength::Hard, {}});
    return after;
}

MissionFields changedFields(const Mission& before, const Mission& after) {
    MissionFields fields;
    const auto mark = [&fields](bool changed, MissionField field) {
        if (changed) {
            fields |= field;
        }
    };
    mark(before.id != after.id, MissionField::Id);
    mark(before.name != after.name, MissionField::Name);
    mark(before.start != after.start || before.end != after.end, MissionField::Dates);
    mark(before.destination != after.destination, MissionField::Destination);
    mark(before.lead != after.lead || before.partners != after.partners, MissionField::Agencies);
    mark(before.crew != after.crew, MissionField::Crew);
    mark(before.status != after.status, MissionField::Status);
    mark(before.prerequisites != after.prerequisites, MissionField::Prerequisites);
    mark(before.needs != after.needs || before.provides != after.provides,
         MissionField::Capabilities);
    mark(before.objectives != after.objectives || before.needsKnowledge != after.needsKnowledge ||
             before.closes != after.closes,
         MissionField::Purpose);
    mark(before.notes != after.notes || before.references != after.references ||
             before.extensions != after.extensions,
         MissionField::Notes);
    return fields;
}

} // namespace orrery
