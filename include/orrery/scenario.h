#pragma once

// Scenarios and editions: what a roadmap holds besides its own plan. A scenario is an
// alternative to the plan (a pathway) written as its differences from it; an edition is an
// earlier published roadmap the plan is measured against.

#include <orrery/extensions.h>
#include <orrery/idlist.h>
#include <orrery/mission.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace orrery {

/// The fields of a mission a scenario may set, by their keys in the file, in the order the
/// file gives them. The id is not among them: a scenario changes a mission it shares with
/// the plan, it does not rename it.
inline constexpr std::array<std::string_view, 17> kOverridableFields{
    "name",     "lead",   "partners",   "destination", "crew",   "status",
    "start",    "end",    "objectives", "requires",    "needs",  "needsKnowledge",
    "provides", "closes", "notes",      "references",  "c3Limit"};

/// A scenario's changes to one mission of the plan: the fields it sets, and their values.
/// Every other field follows the plan, so a later change of the plan reaches the scenario.
struct MissionOverride {
    /// The id of the plan's mission.
    std::string mission;
    /// The keys set, in the order of kOverridableFields.
    std::vector<std::string> fields;
    /// The values of those fields; the others are ignored. An "end" set with no value makes
    /// the mission a milestone.
    Mission values;
    Extensions extensions;

    bool sets(std::string_view field) const;

    friend bool operator==(const MissionOverride&, const MissionOverride&) = default;
};

/// A named alternative to the plan (TaskJuggler's scenarios, kept simpler: one level, and
/// only missions change). Resolving it gives a plain roadmap (resolveScenario()).
struct Scenario {
    std::string id;
    std::string name;
    /// The agency that drew it up, or kCoordinationGroup: the owner of its changes in a
    /// review.
    std::string owner;
    std::string description;
    /// Missions of the plan changed, field by field.
    std::vector<MissionOverride> changes;
    /// Missions only this scenario flies, after the plan's.
    IdList<Mission> adds;
    /// Ids of the plan's missions this scenario does without.
    std::vector<std::string> drops;
    std::vector<std::string> references;
    Extensions extensions;

    friend bool operator==(const Scenario&, const Scenario&) = default;
};

/// An earlier edition of the roadmap, named so that the plan can be measured against it:
/// where its file is (relative to the roadmap's own file) and what it held, as
/// contentFingerprint() says, so that another file at that path is refused.
struct EditionReference {
    std::string id;
    std::string title;
    std::string edition;
    std::string path;
    std::string fingerprint;
    Extensions extensions;

    friend bool operator==(const EditionReference&, const EditionReference&) = default;
};

} // namespace orrery
