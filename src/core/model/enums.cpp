#include <orrery/analysis/finding.h>
#include <orrery/destination.h>
#include <orrery/entity.h>
#include <orrery/mission.h>
#include <orrery/review.h>

#include <array>
#include <utility>

// Every enum of the model has one table that gives its name in the file format; both
// directions of the conversion read the same table, so they cannot disagree.
namespace orrery {
namespace {

template <class Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

template <class Enum, std::size_t N>
std::string_view nameOf(const NameTable<Enum, N>& table, Enum value) {
    for (const auto& [candidate, name] : table) {
        if (candidate == value) {
            return name;
        }
    }
    return {};
}

template <class Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N>& table, std::string_view text) {
    for (const auto& [candidate, name] : table) {
        if (name == text) {
            return candidate;
        }
    }
    return std::nullopt;
}

constexpr NameTable<Crew, 2> kCrewNames{{{Crew::Human, "human"}, {Crew::Robotic, "robotic"}}};
constexpr NameTable<MissionStatus, 4> kStatusNames{{{MissionStatus::Completed, "completed"},
                                                    {MissionStatus::Operating, "operating"},
                                                    {MissionStatus::Planned, "planned"},
                                                    {MissionStatus::Conceptual, "conceptual"}}};
constexpr NameTable<DependencyType, 2> kDependencyTypeNames{
    {{DependencyType::FinishToStart, "finish-to-start"},
     {DependencyType::StartToStart, "start-to-start"}}};
constexpr NameTable<DependencyStrength, 2> kStrengthNames{
    {{DependencyStrength::Hard, "hard"}, {DependencyStrength::Soft, "soft"}}};
constexpr NameTable<CelestialBody, 5> kBodyNames{{{CelestialBody::Earth, "earth"},
                                                  {CelestialBody::Moon, "moon"},
                                                  {CelestialBody::Asteroid, "asteroid"},
                                                  {CelestialBody::Mars, "mars"},
                                                  {CelestialBody::Other, "other"}}};
constexpr NameTable<DatePrecision, 3> kPrecisionNames{
    {{DatePrecision::Year, "year"}, {DatePrecision::Month, "month"}, {DatePrecision::Day, "day"}}};
constexpr NameTable<Verdict, 2> kVerdictNames{
    {{Verdict::Accepted, "accepted"}, {Verdict::Rejected, "rejected"}}};
constexpr NameTable<EntityKind, 11> kEntityKindNames{{{EntityKind::Roadmap, "roadmap"},
                                                      {EntityKind::Agency, "agency"},
                                                      {EntityKind::Destination, "destination"},
                                                      {EntityKind::Capability, "capability"},
                                                      {EntityKind::Goal, "goal"},
                                                      {EntityKind::Objective, "objective"},
                                                      {EntityKind::KnowledgeGap, "knowledge-gap"},
                                                      {EntityKind::Scenario, "scenario"},
                                                      {EntityKind::Edition, "edition"},
                                                      {EntityKind::Mission, "mission"},
                                                      {EntityKind::Dependency, "dependency"}}};
constexpr NameTable<Severity, 3> kSeverityNames{
    {{Severity::Info, "info"}, {Severity::Warning, "warning"}, {Severity::Error, "error"}}};

} // namespace

std::string_view toString(Crew crew) {
    return nameOf(kCrewNames, crew);
}
std::string_view toString(MissionStatus status) {
    return nameOf(kStatusNames, status);
}
std::string_view toString(DependencyType type) {
    return nameOf(kDependencyTypeNames, type);
}
std::string_view toString(DependencyStrength strength) {
    return nameOf(kStrengthNames, strength);
}
std::string_view toString(CelestialBody body) {
    return nameOf(kBodyNames, body);
}
std::string_view toString(DatePrecision precision) {
    return nameOf(kPrecisionNames, precision);
}
std::optional<DatePrecision> datePrecisionFromString(std::string_view text) {
    return valueOf(kPrecisionNames, text);
}
std::string_view toString(Verdict verdict) {
    return nameOf(kVerdictNames, verdict);
}
std::string_view toString(Severity severity) {
    return nameOf(kSeverityNames, severity);
}

std::optional<Crew> crewFromString(std::string_view text) {
    return valueOf(kCrewNames, text);
}
std::optional<MissionStatus> missionStatusFromString(std::string_view text) {
    return valueOf(kStatusNames, text);
}
std::optional<DependencyType> dependencyTypeFromString(std::string_view text) {
    return valueOf(kDependencyTypeNames, text);
}
std::optional<DependencyStrength> dependencyStrengthFromString(std::string_view text) {
    return valueOf(kStrengthNames, text);
}
std::optional<CelestialBody> celestialBodyFromString(std::string_view text) {
    return valueOf(kBodyNames, text);
}
std::optional<Verdict> verdictFromString(std::string_view text) {
    return valueOf(kVerdictNames, text);
}
std::optional<Severity> severityFromString(std::string_view text) {
    return valueOf(kSeverityNames, text);
}

std::string_view toString(EntityKind kind) {
    return nameOf(kEntityKindNames, kind);
}
std::optional<EntityKind> entityKindFromString(std::string_view text) {
    return valueOf(kEntityKindNames, text);
}

std::string_view nounOf(EntityKind kind) {
    return kind == EntityKind::KnowledgeGap ? "knowledge gap" : toString(kind);
}

} // namespace orrery
