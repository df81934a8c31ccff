#pragma once

#include <orrery/agency.h>
#include <orrery/capability.h>
#include <orrery/conflict.h>
#include <orrery/contribution.h>
#include <orrery/date.h>
#include <orrery/destination.h>
#include <orrery/extensions.h>
#include <orrery/idlist.h>
#include <orrery/mission.h>
#include <orrery/review.h>
#include <orrery/scenario.h>
#include <orrery/strategy.h>

#include <optional>
#include <string>
#include <vector>

namespace orrery {

/// The version of the file format this Orrery writes; it reads every version up to it.
/// Version 2 added goals, objectives and knowledge gaps, scenarios and earlier editions.
inline constexpr int kFormatVersion = 2;

/// What a roadmap was read from. Not part of what it holds: two roadmaps that hold the same
/// compare equal whichever versions of the format they were read from.
struct Provenance {
    /// An older version is upgraded when the roadmap is written, which always writes
    /// kFormatVersion.
    int formatVersion = kFormatVersion;

    friend bool operator==(const Provenance&, const Provenance&) { return true; }
};

/// A whole roadmap: what one file holds. A value type: copying it is how callers keep a
/// snapshot (an analysis running on another thread, the baseline of a review).
///
/// The model holds what the file says, including what is wrong with it (a duplicate id, a
/// reference to a mission that does not exist), so that a planner can open a broken draft
/// and fix it; checkStructure() reports those problems.
struct Roadmap {
    std::string title;
    std::string edition;
    /// The date the roadmap describes the world at: missions before it have happened.
    Date asOf;
    IdList<Agency> agencies;
    IdList<Destination> destinations;
    IdList<Capability> capabilities;
    IdList<Goal> goals;
    IdList<Objective> objectives;
    IdList<KnowledgeGap> knowledgeGaps;
    IdList<Mission> missions;
    /// Alternatives to the plan the missions make.
    IdList<Scenario> scenarios;
    /// Earlier editions, oldest first, to measure the plan against.
    IdList<EditionReference> editions;
    /// Changes a merge left for someone to decide; a roadmap that has any is not finished
    /// (validate reports each as an error).
    std::vector<RecordedConflict> conflicts;
    std::vector<Review> reviews;
    /// Set when the file is an agency's contribution rather than the roadmap itself.
    std::optional<Contribution> contribution;
    Extensions extensions;
    Provenance readFrom;

    friend bool operator==(const Roadmap&, const Roadmap&) = default;
};

} // namespace orrery
