#pragma once

// Why missions fly, traced: which missions pursue each objective of each goal, and where
// each knowledge gap stands (who closes it when, who needs it when, with what margin). The
// checks, the traceability matrix, the knowledge-gap panel, the publication and
// `orrery-cli trace` all read these.

#include <orrery/date.h>
#include <orrery/roadmap.h>

#include <cstddef>
#include <optional>
#include <vector>

namespace orrery {

/// The missions that pursue one objective, as indices into roadmap.missions in the order of
/// Traceability::missions.
struct ObjectiveTrace {
    std::size_t objective = 0; ///< index into roadmap.objectives
    std::vector<std::size_t> missions;
};

/// A goal's objectives, in the roadmap's order.
struct GoalTrace {
    /// Index into roadmap.goals; unset for the objectives whose goal the roadmap does not
    /// define (the structure check reports them).
    std::optional<std::size_t> goal;
    std::vector<ObjectiveTrace> objectives;
};

/// The traceability matrix: goals and their objectives down, missions across.
struct Traceability {
    /// Every goal, in the roadmap's order, then the objectives of undefined goals.
    std::vector<GoalTrace> goals;
    /// Every mission, grouped by destination in the order of the lanes (missions of an
    /// undefined destination last), by start within a destination.
    std::vector<std::size_t> missions;
};

Traceability traceObjectives(const Roadmap& roadmap);

/// Whether a gap a mission needs is closed when the mission starts. Imprecise dates are
/// judged for every reading and for some: late for every reading, or only for some.
enum class GapTiming { InTime, MaybeLate, Late, NotClosed };

/// A mission that closes the gap, and from when.
struct GapClosing {
    std::size_t mission = 0; ///< index into roadmap.missions
    Date from;
};

/// A mission that needs the gap closed, and how that stands.
struct GapNeed {
    std::size_t mission = 0; ///< index into roadmap.missions
    GapTiming timing = GapTiming::NotClosed;
    /// The first closing of the gap for this need (not by the needing mission itself).
    std::optional<GapClosing> closer;
    /// Whole months from the first closing to the start, both taken at their least
    /// favourable reading (the closing's last month, the start's first): what is left for
    /// certain. Negative when the gap is or may be closed late; unset when nothing closes it.
    std::optional<int> marginMonths;
};

struct GapStanding {
    std::size_t gap = 0; ///< index into roadmap.knowledgeGaps
    /// Earliest first.
    std::vector<GapClosing> closings;
    /// Earliest start first.
    std::vector<GapNeed> needs;
};

/// Every knowledge gap of the roadmap, in its order.
std::vector<GapStanding> knowledgeGapStandings(const Roadmap& roadmap);

/// Orders closings earliest first (by their first day), as judgeGapNeed() wants them.
void sortEarliestFirst(std::vector<GapClosing>& closings);

/// How a need of a gap stands against the closings of it, sorted earliest first; closings
/// by the needing mission itself do not count.
GapNeed judgeGapNeed(std::size_t mission, const Date& start,
                     const std::vector<GapClosing>& closings);

} // namespace orrery
