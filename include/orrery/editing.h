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

/// The roadmap with an agency, destination, capability or mission renamed, and every
/// reference to it following: leads and partners, missions' destinations, needs and
/// grants, prerequisites. Refused when the new id is not an id, is taken, or the old one
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
/// Removing the missions with these ids (unknown ids are ignored).
MissionRemoval removeMissions(const Roadmap& roadmap, const std::vector<std::string>& ids);

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
