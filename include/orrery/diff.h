#pragma once

// What changed between two roadmaps: entities compared by id (a changed id that leaves the
// rest as it was is a rename, not a removal and an addition), each changed field with its
// old and new value. The review of a contribution, its three-way merge and `orrery-cli diff`
// are built on it.

#include <orrery/entity.h>
#include <orrery/roadmap.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orrery {

enum class ChangeKind { Added, Removed, Renamed, Changed };

std::string_view toString(ChangeKind kind);

/// One field before and after, as a planner reads it ("2021-03", "ESA, NASA"); empty when
/// the field is unset.
struct FieldChange {
    std::string field;
    std::string before;
    std::string after;
    /// For dates: months from the first month of the old date to that of the new one; 0
    /// when one date lies within the other ("2016" told as "2016-03-14").
    std::optional<int> shiftMonths;

    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

/// One change: an entity added, removed or renamed, or one of its fields changed.
struct Change {
    EntityKind entity = EntityKind::Mission;
    ChangeKind kind = ChangeKind::Changed;
    /// The entity's id (its new id after a rename). For a dependency, the dependent
    /// mission's id; empty for the roadmap itself.
    std::string id;
    /// For a dependency: the prerequisite's id.
    std::string prerequisite;
    /// For a rename: the id before.
    std::string previousId;
    /// The field, for a change of one (for a rename, "id").
    std::optional<FieldChange> field;
    /// The agency that owns what changed: a mission's lead (for a dependency, the dependent
    /// mission's), an agency itself, a scenario's owner, the coordination group
    /// (kCoordinationGroup) for goals, objectives and editions. Empty for what all share: the
    /// roadmap's title and lanes, destinations, capabilities, knowledge gaps.
    std::string owner;

    /// The change's stable name, as review records keep it: "mission/em2/start",
    /// "mission/arcm/requires/em2", "agency/ESA/color", "mission/hls" (added or removed),
    /// "mission/em2/id" (renamed).
    std::string subject() const;
    /// The mission a planner files the change under: the mission itself, or the dependent
    /// of a dependency; empty for changes that are not about a mission.
    const std::string& mission() const;

    friend bool operator==(const Change&, const Change&) = default;
};

struct RoadmapDiff {
    std::vector<Change> changes;

    bool empty() const { return changes.empty(); }
};

/// Every change from `before` to `after`, in a stable order: renames, the roadmap's own
/// fields, agencies, destinations, capabilities, goals, objectives, knowledge gaps, then
/// missions in the order of `after`,
/// each followed by its dependencies, the removed missions, then scenarios and editions.
RoadmapDiff diffRoadmaps(const Roadmap& before, const Roadmap& after);

/// The roadmap as lines of "mission em2 start: 2026-03", one per field that has a value,
/// for tools that compare text line by line (git's textconv): a changed field is one
/// changed line, with the entity it belongs to on it.
std::string roadmapAsLines(const Roadmap& roadmap);

} // namespace orrery
