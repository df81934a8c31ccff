#include "roadmapbuilder.h"

#include <orrery/analysis/feasibility.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>

namespace orrery::test {

Date date(std::string_view text) {
    const auto parsed = Date::parse(text);
    if (!parsed) {
        throw std::invalid_argument(parsed.error());
    }
    return *parsed;
}

TestRoadmap::TestRoadmap() {
    m_roadmap.title = "Test roadmap";
    m_roadmap.asOf = date("2020-01");
    m_roadmap.agencies.append({"ESA", "European Space Agency", "Europe", "#0098DB", {}});
    m_roadmap.agencies.append({"NASA", "NASA", "United States", "#1A3D8F", {}});
    m_roadmap.destinations.append(laneNamed("moon", "Lunar surface", CelestialBody::Moon));
    m_roadmap.destinations.append(laneNamed("leo", "Low-Earth orbit", CelestialBody::Earth));
    m_roadmap.destinations.append(laneNamed("mars", "Mars surface", CelestialBody::Mars));
}

TestRoadmap& TestRoadmap::asOf(std::string_view text) {
    m_roadmap.asOf = date(text);
    return *this;
}

TestRoadmap& TestRoadmap::mission(std::string id, std::string_view start, std::string_view end,
                                  MissionStatus status, std::string destination) {
    Mission mission;
    mission.id = std::move(id);
    mission.name = "Mission " + mission.id;
    mission.lead = "ESA";
    mission.destination = std::move(destination);
    mission.status = status;
    mission.start = date(start);
    if (!end.empty()) {
        mission.end = date(end);
    }
    m_roadmap.missions.append(std::move(mission));
    return *this;
}

template <class Change>
void TestRoadmap::update(std::string_view id, Change change) {
    const auto index = m_roadmap.missions.indexOf(id);
    if (!index) {
        throw std::invalid_argument("no mission " + std::string(id));
    }
    Mission mission = m_roadmap.missions[*index];
    change(mission);
    m_roadmap.missions.replace(*index, std::move(mission));
}

TestRoadmap& TestRoadmap::dependsOn(std::string_view dependent, std::string prerequisite,
                                    DependencyType type, int lagMonths,
                                    DependencyStrength strength) {
    update(dependent, [&](Mission& mission) {
        mission.prerequisites.push_back({std::move(prerequisite), type, lagMonths, strength, {}});
    });
    return *this;
}

TestRoadmap& TestRoadmap::softly(std::string_view dependent, std::string prerequisite) {
    return dependsOn(dependent, std::move(prerequisite), DependencyType::FinishToStart, 0,
                     DependencyStrength::Soft);
}

TestRoadmap& TestRoadmap::capability(std::string id, bool initiallyAvailable) {
    m_roadmap.capabilities.append({id, "Capability " + id, initiallyAvailable, {}});
    return *this;
}

TestRoadmap& TestRoadmap::needs(std::string_view id, std::string capability) {
    update(id, [&](Mission& mission) { mission.needs.push_back(std::move(capability)); });
    return *this;
}

TestRoadmap& TestRoadmap::provides(std::string_view id, std::string capability,
                                   std::string_view from) {
    update(id, [&](Mission& mission) {
        mission.provides.push_back({std::move(capability),
                                    from.empty() ? std::nullopt : std::optional<Date>(date(from)),
                                    {}});
    });
    return *this;
}

TestRoadmap& TestRoadmap::c3Limit(std::string_view id, double limit) {
    update(id, [&](Mission& mission) { mission.c3Limit = limit; });
    return *this;
}

TestRoadmap& TestRoadmap::asteroid(std::string id, const astro::OrbitalElements& elements,
                                   std::optional<double> c3Limit) {
    Destination lane = laneNamed(id, "Asteroid " + id, CelestialBody::Asteroid);
    lane.orbit = Orbit{elements, "test", {}};
    lane.c3Limit = c3Limit;
    m_roadmap.destinations.append(std::move(lane));
    return *this;
}

TestRoadmap& TestRoadmap::destination(std::string id, std::optional<CelestialBody> body) {
    m_roadmap.destinations.append(laneNamed(id, "Destination " + id, body));
    return *this;
}

TestRoadmap& TestRoadmap::crewed(std::string_view id) {
    update(id, [](Mission& mission) { mission.crew = Crew::Human; });
    return *this;
}

TestRoadmap& TestRoadmap::goal(std::string id) {
    m_roadmap.goals.append({id, "Goal " + id, {}, {}, {}});
    return *this;
}

TestRoadmap& TestRoadmap::objective(std::string id, std::string goal) {
    m_roadmap.objectives.append({id, "Objective " + id, std::move(goal), {}, {}, {}});
    return *this;
}

TestRoadmap& TestRoadmap::gap(std::string id) {
    KnowledgeGap gap;
    gap.id = id;
    gap.name = "Gap " + id;
    m_roadmap.knowledgeGaps.append(std::move(gap));
    return *this;
}

TestRoadmap& TestRoadmap::pursues(std::string_view id, std::string objective) {
    update(id, [&](Mission& mission) { mission.objectives.push_back(std::move(objective)); });
    return *this;
}

TestRoadmap& TestRoadmap::needsKnowledge(std::string_view id, std::string gap) {
    update(id, [&](Mission& mission) { mission.needsKnowledge.push_back(std::move(gap)); });
    return *this;
}

TestRoadmap& TestRoadmap::closes(std::string_view id, std::string gap, std::string_view from) {
    update(id, [&](Mission& mission) {
        mission.closes.push_back({std::move(gap),
                                  from.empty() ? std::nullopt : std::optional<Date>(date(from)),
                                  {},
                                  {}});
    });
    return *this;
}

std::vector<Finding> findingsWithCode(const Roadmap& roadmap, std::string_view code) {
    std::vector<Finding> result;
    for (Finding& finding : checkFeasibility(roadmap)) {
        if (finding.code == code) {
            result.push_back(std::move(finding));
        }
    }
    return result;
}

} // namespace orrery::test
