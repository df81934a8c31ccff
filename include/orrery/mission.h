#pragma once

#include <orrery/date.h>
#include <orrery/extensions.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orrery {

enum class Crew { Human, Robotic };
enum class MissionStatus { Completed, Operating, Planned, Conceptual };

/// When the dependent may begin: after its prerequisite finishes, or after it starts.
enum class DependencyType { FinishToStart, StartToStart };
/// Hard: the dependent cannot fly without it. Soft: it should come first, but need not.
enum class DependencyStrength { Hard, Soft };

std::string_view toString(Crew crew);
std::string_view toString(MissionStatus status);
std::string_view toString(DependencyType type);
std::string_view toString(DependencyStrength strength);
std::optional<Crew> crewFromString(std::string_view text);
std::optional<MissionStatus> missionStatusFromString(std::string_view text);
std::optional<DependencyType> dependencyTypeFromString(std::string_view text);
std::optional<DependencyStrength> dependencyStrengthFromString(std::string_view text);

/// An edge of the roadmap's dependency graph, stored on the dependent mission.
struct Prerequisite {
    std::string mission;
    DependencyType type = DependencyType::FinishToStart;
    /// Months that must pass after the prerequisite's finish (or start) before the dependent
    /// may begin; negative values allow overlap.
    int lagMonths = 0;
    DependencyStrength strength = DependencyStrength::Hard;
    Extensions extensions;

    friend bool operator==(const Prerequisite&, const Prerequisite&) = default;
};

/// A capability a mission demonstrates, and from when later missions may rely on it.
struct CapabilityGrant {
    std::string capability;
    /// When the capability becomes available; unset means at the end of the mission.
    std::optional<Date> from;
    Extensions extensions;

    friend bool operator==(const CapabilityGrant&, const CapabilityGrant&) = default;
};

/// A knowledge gap a mission closes, and from when later missions may count it closed.
struct GapClosure {
    std::string gap;
    /// When the knowledge is in hand; unset means at the end of the mission.
    std::optional<Date> from;
    /// How the mission closes it, and how sure the link is: a confidence note where a source
    /// does not state it.
    std::string note;
    Extensions extensions;

    friend bool operator==(const GapClosure&, const GapClosure&) = default;
};

/// One mission of the roadmap. Its lead agency owns it.
struct Mission {
    /// Stable identifier; references between missions use it, so it survives renames of
    /// the mission's display name.
    std::string id;
    std::string name;
    std::string lead;
    std::vector<std::string> partners;
    std::string destination;
    Crew crew = Crew::Robotic;
    MissionStatus status = MissionStatus::Planned;
    Date start;
    /// Unset for a milestone: a mission shown at its start only.
    std::optional<Date> end;
    /// The objectives (ids) the mission pursues: what it is for.
    std::vector<std::string> objectives;
    std::vector<Prerequisite> prerequisites;
    std::vector<std::string> needs;
    /// Knowledge gaps (ids) that must be closed before the mission starts.
    std::vector<std::string> needsKnowledge;
    std::vector<CapabilityGrant> provides;
    std::vector<GapClosure> closes;
    std::string notes;
    std::vector<std::string> references;
    /// The largest launch energy (C3, km^2/s^2) its launcher gives it, when it is not its
    /// destination's: what its launch opportunities are worked out at.
    std::optional<double> c3Limit;
    Extensions extensions;

    bool isMilestone() const { return !end.has_value(); }
    /// The end, or the start for a milestone.
    const Date& finish() const { return end ? *end : start; }

    friend bool operator==(const Mission&, const Mission&) = default;
};

/// The mission moved by whole months: its start, its end and the dates from which it
/// provides capabilities and closes knowledge gaps. It keeps its length: an imprecise start moves
/// its first reading and an imprecise end its last (Date::addMonths, Date::addMonthsToEnd).
Mission shiftedMission(Mission mission, int months);

} // namespace orrery
