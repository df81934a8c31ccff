#pragma once

#include <orrery/analysis/finding.h>
#include <orrery/roadmap.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orrery::test {

/// Hand-made roadmaps for the analysis tests, in a few readable lines:
///
///     TestRoadmap()
///         .mission("a", "2030-01", "2030-06")
///         .mission("b", "2030-03").dependsOn("b", "a")
///
/// Agencies ESA and NASA, destinations "moon", "leo" and "mars" (the last with
/// "body": "mars"), as-of date 2020-01. Dates are parsed and must be valid.
class TestRoadmap {
public:
    TestRoadmap();

    TestRoadmap& asOf(std::string_view date);
    TestRoadmap& mission(std::string id, std::string_view start, std::string_view end = {},
                         MissionStatus status = MissionStatus::Planned,
                         std::string destination = "moon");
    TestRoadmap& dependsOn(std::string_view dependent, std::string prerequisite,
                           DependencyType type = DependencyType::FinishToStart, int lagMonths = 0,
                           DependencyStrength strength = DependencyStrength::Hard);
    TestRoadmap& softly(std::string_view dependent, std::string prerequisite);
    TestRoadmap& capability(std::string id, bool initiallyAvailable = false);
    TestRoadmap& needs(std::string_view mission, std::string capability);
    TestRoadmap& provides(std::string_view mission, std::string capability,
                          std::string_view from = {});
    TestRoadmap& destination(std::string id, std::optional<CelestialBody> body);
    TestRoadmap& crewed(std::string_view mission);
    /// A launcher's limit on the mission's launch energy, km^2/s^2.
    TestRoadmap& c3Limit(std::string_view mission, double limit);
    /// An asteroid destination with its orbit, and optionally a limit of its own.
    TestRoadmap& asteroid(std::string id, const astro::OrbitalElements& elements,
                          std::optional<double> c3Limit = std::nullopt);
    TestRoadmap& goal(std::string id);
    TestRoadmap& objective(std::string id, std::string goal);
    TestRoadmap& gap(std::string id);
    TestRoadmap& pursues(std::string_view mission, std::string objective);
    TestRoadmap& needsKnowledge(std::string_view mission, std::string gap);
    TestRoadmap& closes(std::string_view mission, std::string gap, std::string_view from = {});

    const Roadmap& roadmap() const { return m_roadmap; }
    operator const Roadmap&() const { return m_roadmap; }

private:
    /// IdList items are read-only in place: copy, change, replace.
    template <class Change>
    void update(std::string_view id, Change change);

    Roadmap m_roadmap;
};

Date date(std::string_view text);

/// The findings of checkFeasibility() with the given code.
std::vector<Finding> findingsWithCode(const Roadmap& roadmap, std::string_view code);

} // namespace orrery::test
