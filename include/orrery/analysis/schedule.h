#pragma once

#include <orrery/date.h>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace orrery {

struct Mission;
struct Roadmap;

/// The schedule figures of one mission, from the critical path method.
struct MissionSchedule {
    /// The first month of the planned start.
    MonthIndex plannedStart = 0;
    /// The earliest start its prerequisites allow; unset for a mission in a cycle.
    std::optional<MonthIndex> earliestStart;
    /// Months the mission can slip without delaying the target (total float); unset when
    /// the mission does not lead to the target.
    std::optional<int> slackMonths;
    /// On a zero-slack chain to the target.
    bool critical = false;
    /// The prerequisite that sets the earliest start (index into roadmap.missions); unset
    /// for a mission anchored at its own planned start.
    std::optional<std::size_t> bindingPrerequisite;
    /// In a dependency cycle, so without a schedule.
    bool excluded = false;

    /// The earliest start is later than planned: the plan is not feasible as it stands.
    bool isLate() const { return earliestStart && *earliestStart > plannedStart; }
};

/// Earliest starts, slack and the critical path to one target mission.
struct Schedule {
    /// Index of the target mission; unset for a roadmap without schedulable missions.
    std::optional<std::size_t> target;
    /// One entry per mission, in the order of roadmap.missions.
    std::vector<MissionSchedule> missions;
    /// From the first mission of the chain to the target, each mission's binding
    /// prerequisite before it.
    std::vector<std::size_t> criticalPath;
    /// Missions left out because they are in a dependency cycle.
    std::vector<std::size_t> excluded;
};

/// Computes the schedule (see docs/analysis.md for the rules). `target` names the mission
/// the slack and critical path are measured towards; by default the latest-ending mission.
/// An unknown target gives a schedule without slack or critical path.
Schedule computeSchedule(const Roadmap& roadmap, std::optional<std::string_view> target = {});

/// A mission's duration in the schedule: planned end minus planned start, in whole months
/// of their first readings; 0 for a milestone.
int durationMonths(const Mission& mission);

} // namespace orrery
