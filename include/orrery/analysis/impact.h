#pragma once

#include <orrery/analysis/finding.h>
#include <orrery/expected.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace orrery {

struct Roadmap;

struct MissionSlip {
    std::size_t mission = 0; ///< index into roadmap.missions
    int months = 0;
};

/// What follows if one mission slips.
struct ImpactReport {
    std::size_t mission = 0;
    int slipMonths = 0;
    /// The other missions that must slip with it, and by how much, in dependency order.
    std::vector<MissionSlip> slipped;
    /// Findings the slip creates, and findings it resolves.
    std::vector<Finding> newFindings;
    std::vector<Finding> resolvedFindings;
};

/// "If `missionId` slips `slipMonths` months (negative: moves earlier), what else slips or
/// breaks?" Missions slip with it through hard dependencies, each by as much as it must to
/// keep its prerequisites' constraints; a dependent that already had room absorbs part or
/// all of the slip. Soft dependencies do not push; what they make late shows up as new
/// findings. Fails when the mission does not exist.
Expected<ImpactReport, std::string> assessImpact(const Roadmap& roadmap, std::string_view missionId,
                                                 int slipMonths);

} // namespace orrery
