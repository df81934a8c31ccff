#include "fields.h"

#include <orrery/diff.h>
#include <orrery/editing.h>

#include <fmt/format.h>

#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace orrery {

std::string_view toString(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return "added";
    case ChangeKind::Removed:
        return "removed";
    case ChangeKind::Renamed:
        return "renamed";
    case ChangeKind::Changed:
        return "changed";
    }
    return {};
}

std::string Change::subject() const {
    std::string path;
    if (entity == EntityKind::Roadmap) {
        path = "roadmap";
    } else if (entity == EntityKind::Dependency) {
        path = fmt::format("mission/{}/requires/{}", id, prerequisite);
    } else {
        path =
            fmt::format("{}/{}", toString(entity), kind == ChangeKind::Renamed ? previousId : id);
    }
    if (kind == ChangeKind::Renamed) {
        return path + "/id";
    }
    if (kind == ChangeKind::Changed && field) {
        return path + "/" + field->field;
    }
    return path;
}

const std::string& Change::mission() const {
    static const std::string none;
    return entity == EntityKind::Mission || entity == EntityKind::Dependency ? id : none;
}

namespace {

using review::Field;
using review::fieldsOf;

template <class T>
bool sameContent(const T& a, const T& b) {
    for (const Field<T>& field : fieldsOf(a, b)) {
        if (!field.same(a, b)) {
            return false;
        }
    }
    return true;
}

/// Missions that differ in nothing but their id: their prerequisites are compared without
/// the prerequisites' ids, which may themselves have been renamed.
bool sameApartFromId(const Mission& a, const Mission& b) {
    if (!sameContent(a, b) || a.prerequisites.size() != b.prerequisites.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.prerequisites.size(); ++i) {
        if (!sameContent(a.prerequisites[i], b.prerequisites[i])) {
            return false;
        }
    }
    return true;
}

template <class T>
bool sameApartFromId(const T& a, const T& b) {
    return sameContent(a, b);
}

/// Pairs of (old id, new id): an entity only `before` has and one only `after` has, alike
/// in everything else, each the other's only match.
template <class T>
std::vector<std::pair<std::string, std::string>> renamesIn(const IdList<T>& before,
                                                           const IdList<T>& after) {
    std::vector<const T*> removed;
    std::vector<const T*> added;
    for (const T& item : before) {
        if (!after.contains(item.id)) {
            removed.push_back(&item);
        }
    }
    for (const T& item : after) {
        if (!before.contains(item.id)) {
            added.push_back(&item);
        }
    }
    std::vector<std::pair<std::string, std::string>> renames;
    for (const T* old : removed) {
        const T* match = nullptr;
        int matches = 0;
        for (const T* candidate : added) {
            if (sameApartFromId(*old, *candidate)) {
                match = candidate;
                ++matches;
            }
        }
        if (matches != 1) {
            continue;
        }
        const auto others = std::count_if(removed.begin(), removed.end(), [&](const T* other) {
            return sameApartFromId(*other, *match);
        });
        if (others == 1) {
            renames.emplace_back(old->id, match->id);
        }
    }
    return renames;
}

/// Which item of `before` each item of `after` is, and the items of `before` that are gone.
/// Items pair by id; when a list names an id more than once (a broken draft still opens),
/// the n-th with the n-th, so that a file never differs from itself.
template <class T>
struct Pairing {
    std::vector<const T*> before; ///< per item of `after`; null when it is new
    std::vector<const T*> removed;
};

template <class T>
Pairing<T> pairById(const IdList<T>& before, const IdList<T>& after) {
    Pairing<T> pairing;
    pairing.before.reserve(after.size());
    if (!before.hasDuplicateIds() && !after.hasDuplicateIds()) {
        for (const T& item : after) {
            pairing.before.push_back(before.find(item.id));
        }
        for (const T& item : before) {
            if (!after.contains(item.id)) {
                pairing.removed.push_back(&item);
            }
        }
        return pairing;
    }
    std::unordered_map<std::string_view, std::vector<const T*>> byId;
    for (const T& item : before) {
        byId[item.id].push_back(&item);
    }
    std::unordered_map<std::string_view, std::size_t> used;
    for (const T& item : after) {
        const auto& candidates = byId[item.id];
        const std::size_t n = used[item.id]++;
        pairing.before.push_back(n < candidates.size() ? candidates[n] : nullptr);
    }
    for (const T& item : before) {
        // The first `used` of each id found a partner; the rest are gone.
        auto& partnered = used[item.id];
        if (partnered > 0) {
            --partnered;
        } else {
            pairing.removed.push_back(&item);
        }
    }
    return pairing;
}

class Differ {
public:
    Differ(const Roadmap& before, const Roadmap& after) : m_before(&before), m_after(after) {}

    RoadmapDiff run() {
        // Renames first; the rest is compared on `before` with the new ids, so that a
        // rename does not also show up in every mission that refers to the entity.
        renames(EntityKind::Agency, renamesIn(m_before->agencies, m_after.agencies));
        renames(EntityKind::Destination, renamesIn(m_before->destinations, m_after.destinations));
        renames(EntityKind::Capability, renamesIn(m_before->capabilities, m_after.capabilities));
        renames(EntityKind::Goal, renamesIn(m_before->goals, m_after.goals));
        renames(EntityKind::Objective, renamesIn(m_before->objectives, m_after.objectives));
        renames(EntityKind::KnowledgeGap,
                renamesIn(m_before->knowledgeGaps, m_after.knowledgeGaps));
        renames(EntityKind::Mission, renamesIn(m_before->missions, m_after.missions));

        Change roadmap;
        roadmap.entity = EntityKind::Roadmap;
        fieldChanges(roadmap, *m_before, m_after);
        entities(EntityKind::Agency, m_before->agencies, m_after.agencies);
        entities(EntityKind::Destination, m_before->destinations, m_after.destinations);
        entities(EntityKind::Capability, m_before->capabilities, m_after.capabilities);
        entities(EntityKind::Goal, m_before->goals, m_after.goals);
        entities(EntityKind::Objective, m_before->objectives, m_after.objectives);
        entities(EntityKind::KnowledgeGap, m_before->knowledgeGaps, m_after.knowledgeGaps);
        missions();
        entities(EntityKind::Scenario, m_before->scenarios, m_after.scenarios);
        entities(EntityKind::Edition, m_before->editions, m_after.editions);
        return {std::move(m_changes)};
    }

private:
    void renames(EntityKind kind, const std::vector<std::pair<std::string, std::string>>& pairs) {
        for (const auto& [from, to] : pairs) {
            if (!m_renamedBefore) {
                // Copied only when something was renamed: most diffs compare as they are.
                m_renamedBefore = *m_before;
                m_before = &*m_renamedBefore;
            }
            // A rename found by comparing two loaded roadmaps: both ids exist only as said.
            [[maybe_unused]] const auto renamed = renameIdIn(*m_renamedBefore, kind, from, to);
            Change change;
            change.entity = kind;
            change.kind = ChangeKind::Renamed;
            change.id = to;
            change.previousId = from;
            change.field = FieldChange{"id", from, to, std::nullopt};
            m_renamed[{kind, to}] = m_changes.size();
            m_changes.push_back(std::move(change));
        }
    }

    template <class T>
    std::string ownerOf(EntityKind kind, const T& entity) const {
        if constexpr (std::is_same_v<T, Mission>) {
            return entity.lead;
        } else if constexpr (std::is_same_v<T, Agency>) {
            return entity.id;
        } else if constexpr (std::is_same_v<T, Scenario>) {
            return entity.owner;
        } else if constexpr (std::is_same_v<T, Goal> || std::is_same_v<T, Objective> ||
                             std::is_same_v<T, EditionReference>) {
            // The common goals and objectives are the coordination group's.
            return std::string(kCoordinationGroup);
        } else {
            (void)kind;
            return {};
        }
    }

    /// A change per field that differs, all carrying `base`'s entity, id and owner.
    template <class T>
    void fieldChanges(const Change& base, const T& before, const T& after) {
        for (const Field<T>& field : fieldsOf(before, after)) {
            if (field.same(before, after)) {
                continue;
            }
            Change change = base;
            change.kind = ChangeKind::Changed;
            FieldChange detail{field.name, field.text(before), field.text(after), std::nullopt};
            if (field.date) {
                const auto from = field.date(before);
                const auto to = field.date(after);
                if (from && to) {
                    detail.shiftMonths = from->monthsUntil(*to);
                }
            }
            change.field = std::move(detail);
            m_changes.push_back(std::move(change));
        }
    }

    template <class T>
    void entities(EntityKind kind, const IdList<T>& before, const IdList<T>& after) {
        const Pairing<T> pairing = pairById(before, after);
        for (std::size_t i = 0; i < after.size(); ++i) {
            const T& item = after[i];
            const T* old = pairing.before[i];
            Change change;
            change.entity = kind;
            change.id = item.id;
            change.owner = ownerOf(kind, old ? *old : item);
            if (!old) {
                change.kind = ChangeKind::Added;
                m_changes.push_back(std::move(change));
                continue;
            }
            ownRename(kind, item.id, change.owner);
            if (*old == item) {
                continue;
            }
            fieldChanges(change, *old, item);
        }
        for (const T* item : pairing.removed) {
            Change change;
            change.entity = kind;
            change.kind = ChangeKind::Removed;
            change.id = item->id;
            change.owner = ownerOf(kind, *item);
            m_changes.push_back(std::move(change));
        }
    }

    /// A rename learns its owner once the renamed entity is found.
    void ownRename(EntityKind kind, const std::string& id, const std::string& owner) {
        if (const auto found = m_renamed.find({kind, id}); found != m_renamed.end()) {
            m_changes[found->second].owner = owner;
        }
    }

    void missions() {
        const Pairing<Mission> pairing = pairById(m_before->missions, m_after.missions);
        for (std::size_t i = 0; i < m_after.missions.size(); ++i) {
            const Mission& mission = m_after.missions[i];
            const Mission* old = pairing.before[i];
            // Most missions are untouched: one comparison, and nothing built for them.
            if (old && *old == mission) {
                ownRename(EntityKind::Mission, mission.id, old->lead);
                continue;
            }
            Change change;
            change.entity = EntityKind::Mission;
            change.id = mission.id;
            change.owner = old ? old->lead : mission.lead;
            if (!old) {
                change.kind = ChangeKind::Added;
                m_changes.push_back(std::move(change));
                continue;
            }
            ownRename(EntityKind::Mission, mission.id, change.owner);
            fieldChanges(change, *old, mission);
            dependencies(*old, mission, change.owner);
        }
        for (const Mission* mission : pairing.removed) {
            Change change;
            change.entity = EntityKind::Mission;
            change.kind = ChangeKind::Removed;
            change.id = mission->id;
            change.owner = mission->lead;
            m_changes.push_back(std::move(change));
        }
    }

    /// Prerequisites compared by the mission they name (the n-th mention with the n-th, in
    /// the rare list that names one twice).
    void dependencies(const Mission& before, const Mission& after, const std::string& owner) {
        using Key = std::pair<std::string, int>;
        const auto keyed = [](const Mission& mission) {
            std::map<Key, const Prerequisite*> result;
            std::map<std::string, int> seen;
            for (const Prerequisite& prerequisite : mission.prerequisites) {
                result[{prerequisite.mission, seen[prerequisite.mission]++}] = &prerequisite;
            }
            return result;
        };
        const auto old = keyed(before);
        const auto now = keyed(after);
        Change base;
        base.entity = EntityKind::Dependency;
        base.id = after.id;
        base.owner = owner;
        for (const Prerequisite& prerequisite : after.prerequisites) {
            const auto key = Key{prerequisite.mission, 0};
            if (&prerequisite != now.at(key)) {
                continue; // a repeated mention: reported with the first
            }
            Change change = base;
            change.prerequisite = prerequisite.mission;
            const auto found = old.find(key);
            if (found == old.end()) {
                change.kind = ChangeKind::Added;
                m_changes.push_back(std::move(change));
            } else {
                fieldChanges(change, *found->second, prerequisite);
            }
        }
        for (const Prerequisite& prerequisite : before.prerequisites) {
            const auto key = Key{prerequisite.mission, 0};
            if (&prerequisite == old.at(key) && !now.contains(key)) {
                Change change = base;
                change.kind = ChangeKind::Removed;
                change.prerequisite = prerequisite.mission;
                m_changes.push_back(std::move(change));
            }
        }
    }

    /// `before`, or its copy with the renames made.
    const Roadmap* m_before;
    std::optional<Roadmap> m_renamedBefore;
    const Roadmap& m_after;
    std::vector<Change> m_changes;
    std::map<std::pair<EntityKind, std::string>, std::size_t> m_renamed;
};

} // namespace

RoadmapDiff diffRoadmaps(const Roadmap& before, const Roadmap& after) {
    return Differ(before, after).run();
}

} // namespace orrery
