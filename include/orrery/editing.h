#pragma once

// The rules of changing a roadmap, written once: the application's commands wrap these
// results in undo steps, the roadmap settings and the review use them as they are. Each
// answers with the changed roadmap or mission, or with the reason it refuses, in a sentence
// a planner understands.

#include <orrery/entity.h>
#include <orrery/expected.h>
#include <orrery/roadmap.h>

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace orrery {

/// Why a change is refused.
using Refusal = std::string;

/// The roadmap with an agency, destination, capability, goal, objective, knowledge gap or
/// mission renamed, and every reference to it following: leads and partners, destinations
/// of missions and gaps, needs and grants, objectives' goals, missions' objectives, gaps
/// needed and closed, prerequisites. Refused when the new id is not an id, is taken, or the old one
/// does not exist.
Expected<Roadmap, Refusal> renameId(const Roadmap& roadmap, EntityKind kind, std::string_view from,
                                    std::string_view to);
/// The same, in place (the merge renames in a roadmap it is building); unchanged when
/// refused.
Expected<void, Refusal> renameIdIn(Roadmap& roadmap, EntityKind kind, std::string_view from,
                                   std::string_view to);
/// Old id to new id, for renameReferences().
using Renames = std::map<std::string, std::string, std::less<>>;
/// Makes every reference to the renamed ids of `kind` follow, all at once, so that ids may
/// also swap; the entities themselves are renamed by the caller (an editor of the whole list
/// does that). What renameId() does after checking and renaming the entity.
void renameReferences(Roadmap& roadmap, EntityKind kind, const Renames& renames);

/// A mission at an index of the roadmap, before and after a change.
struct MissionEdit {
    std::size_t index = 0;
    Mission before;
    Mission after;
};

/// What removing missions does: the missions that go (with their indices, in roadmap
/// order), and the others that lose their dependencies on them.
struct MissionRemoval {
    std::vector<std::pair<std::size_t, Mission>> removed;
    std::vector<MissionEdit> cut;
};
/// The parts of a mission an edit can change. Whoever shows a roadmap redoes only what the
/// change reaches: a new name is measured again, new dates are laid out again.
enum class MissionField : unsigned {
    Id = 1U << 0,
    Name = 1U << 1,
    Dates = 1U << 2, ///< start and end
    Destination = 1U << 3,
    Agencies = 1U << 4, ///< lead and partners
    Crew = 1U << 5,
    Status = 1U << 6,
    Prerequisites = 1U << 7,
    Capabilities = 1U << 8, ///< needs and grants
    Notes = 1U << 9,        ///< notes, references and extensions
    Purpose = 1U << 10,     ///< objectives pursued, knowledge gaps needed and closed
};

/// A set of MissionField.
class MissionFields {
public:
    constexpr MissionFields() = default;
    constexpr MissionFields(MissionField field) : m_bits(static_cast<unsigned>(field)) {}
    /// Every field: what a change that does not say reaches.
    static constexpr MissionFields all() {
        MissionFields fields;
        fields.m_bits = (static_cast<unsigned>(MissionField::Purpose) << 1U) - 1U;
        return fields;
    }

    constexpr bool has(MissionField field) const {
        return (m_bits & static_cast<unsigned>(field)) != 0;
    }
    constexpr bool empty() const { return m_bits == 0; }
    /// Any field besides these.
    constexpr bool hasOtherThan(MissionFields fields) const {
        return (m_bits & ~fields.m_bits) != 0;
    }

    constexpr MissionFields& operator|=(MissionFields other) {
        m_bits |= other.m_bits;
        return *this;
    }
    friend constexpr MissionFields operator|(MissionFields a, MissionFields b) { return a |= b; }
    friend constexpr bool operator==(MissionFields, MissionFields) = default;

private:
    unsigned m_bits = 0;
};

constexpr MissionFields operator|(MissionField a, MissionField b) {
    return MissionFields(a) | MissionFields(b);
}

/// The fields in which two states of a mission differ.
MissionFields changedFields(const Mission& before, const Mission& after);

/// Removing the missions with these ids (unknown ids are ignored).
MissionRemoval removeMissions(const Roadmap& roadmap, const std::vector<std::string>& ids);

/// The scenarios without what they say of missions gone from the plan: their changes of
/// them, their drops of them, and the prerequisites on them of the missions they add or
/// change. Whether anything changed.
bool forgetMissionsInScenarios(Roadmap& roadmap, const std::vector<std::string>& ids);

/// An id that nothing of `kind` has yet in the roadmap, made from `base` ("New mission"
/// becomes "new-mission", then "new-mission-2"...).
std::string uniqueId(const Roadmap& roadmap, EntityKind kind, std::string_view base);

/// Where and by whom a new mission is drawn.
struct NewMission {
    std::string name;
    std::string lead;
    std::string destination;
    MonthIndex start = 0;
};
/// A new mission with the defaults a planner starts from: robotic, planned, a year long,
/// a fresh id made from its name. The lead and destination must be the roadmap's.
Expected<Mission, Refusal> newMission(const Roadmap& roadmap, const NewMission& what);

/// The dependent with `prerequisite` added (finish-to-start, hard, no lag). Refused when a
/// mission does not exist, a mission would require itself, or it already does.
Expected<Mission, Refusal> withPrerequisite(const Roadmap& roadmap, std::string_view dependent,
                                            std::string_view prerequisite);

} // namespace orrery
