#pragma once

#include <orrery/agency.h>
#include <orrery/capability.h>
#include <orrery/contribution.h>
#include <orrery/date.h>
#include <orrery/destination.h>
#include <orrery/extensions.h>
#include <orrery/idlist.h>
#include <orrery/mission.h>
#include <orrery/review.h>

#include <optional>
#include <string>
#include <vector>

namespace orrery {

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
    IdList<Mission> missions;
    std::vector<Review> reviews;
    /// Set when the file is an agency's contribution rather than the roadmap itself.
    std::optional<Contribution> contribution;
    Extensions extensions;

    friend bool operator==(const Roadmap&, const Roadmap&) = default;
};

} // namespace orrery
