#pragma once

// The checks and the schedule work on one MissionGraph, so that a full analysis builds the
// graph once; the public functions build it for a single use.

#include "missiongraph.h"

#include <orrery/analysis/finding.h>
#include <orrery/analysis/schedule.h>

#include <optional>
#include <string_view>
#include <vector>

namespace orrery::analysis_detail {

std::vector<Finding> checkFeasibility(const MissionGraph& graph);

/// Missions as a slip would move them, by vertex; the checks read these in their place.
struct MovedMissions {
    std::vector<Vertex> vertices;  ///< sorted
    std::vector<Mission> missions; ///< in the order of vertices
    const Mission* find(Vertex vertex) const;
};

/// The findings that read dates and involve a mission of `around` (sorted): what moving
/// those missions can change. With `moved`, as if they had moved.
std::vector<Finding> checkDatesAround(const MissionGraph& graph, const std::vector<Vertex>& around,
                                      const MovedMissions* moved);
/// What the missions say of their purpose, resolved against the roadmap's objectives and
/// knowledge gaps once: the structure check makes the lookups anyway, and the purpose and
/// knowledge-gap checks then read these instead of every mission again.
struct PurposeLinks {
    struct GapLink {
        Vertex mission;
        std::uint32_t gap;   ///< index into roadmap.knowledgeGaps
        std::uint32_t entry; ///< index into the mission's closes (for needs: unused)
    };
    std::vector<char> objectivePursued; ///< per objective
    std::vector<char> gapNeeded;        ///< per knowledge gap
    std::vector<Vertex> withoutObjective;
    std::vector<GapLink> closings; ///< in mission order
    std::vector<GapLink> needs;    ///< in mission order

    explicit PurposeLinks(const Roadmap& roadmap)
        : objectivePursued(roadmap.objectives.size(), 0),
          gapNeeded(roadmap.knowledgeGaps.size(), 0) {}
};

/// The knowledge-gap links on their own (closings and needs), for the checks of a slip,
/// which run without the structure check.
PurposeLinks linkKnowledgeGaps(const Roadmap& roadmap);

/// checkStructure() with the prerequisite lookups already made (MissionGraph's), recording
/// the purpose links as it goes when `links` is given.
std::vector<Finding> checkStructure(const Roadmap& roadmap,
                                    const std::vector<std::int32_t>& prerequisiteTargets,
                                    PurposeLinks* links = nullptr);
/// What the roadmap says of its goals, objectives and knowledge gaps that no date changes:
/// objectives nobody pursues, goals without objectives, gaps nobody needs, missions without
/// an objective.
std::vector<Finding> checkPurpose(const Roadmap& roadmap, const PurposeLinks& links);
Schedule computeSchedule(const MissionGraph& graph, std::optional<std::string_view> target);

} // namespace orrery::analysis_detail
