#include "support/testsupport.h"

#include <orrery/analysis/structure.h>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace orrery;
using namespace orrery::test;

namespace {

std::vector<Finding> withCode(const std::vector<Finding>& findings, std::string_view code) {
    std::vector<Finding> result;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(result),
                 [&](const Finding& finding) { return finding.code == code; });
    return result;
}

Roadmap minimal() {
    return parseRoadmapText(minimalRoadmapText());
}

Mission missionNamed(std::string id) {
    Mission mission;
    mission.id = std::move(id);
    mission.name = "Mission " + mission.id;
    mission.lead = "ESA";
    mission.destination = "moon";
    mission.start = Date::fromYear(2030);
    return mission;
}

} // namespace

TEST_CASE("A consistent roadmap has no structural findings", "[structure]") {
    CHECK(checkStructure(minimal()).empty());
    CHECK(checkStructure(loadRoadmap(testDataPath("every-field.roadmap.json"))).empty());
}

TEST_CASE("Duplicate mission ids are one error naming both missions", "[structure]") {
    Roadmap roadmap = minimal();
    Mission twin = missionNamed("lander");
    twin.name = "Second lander";
    roadmap.missions.append(twin);
    const auto findings = withCode(checkStructure(roadmap), "duplicate-id");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].missions == std::vector<std::string>{"lander"});
    CHECK_THAT(findings[0].message, Catch::Contains("Second lander"));
    CHECK_THAT(findings[0].message, Catch::Contains("Lunar lander"));
}

TEST_CASE("Duplicate agency, destination and capability ids are errors", "[structure]") {
    Roadmap roadmap = minimal();
    roadmap.agencies.append(roadmap.agencies[0]);
    roadmap.destinations.append(roadmap.destinations[0]);
    roadmap.capabilities.append(Capability{"c", "C", false, {}});
    roadmap.capabilities.append(Capability{"c", "C again", false, {}});
    CHECK(withCode(checkStructure(roadmap), "duplicate-id").size() == 3);
}

TEST_CASE("Every kind of dangling reference is reported", "[structure]") {
    Roadmap roadmap = minimal();
    Mission mission = missionNamed("orbiter");
    mission.lead = "NAZA";
    mission.partners = {"ESA", "JAXA"};
    mission.destination = "mars";
    mission.prerequisites.push_back({"ghost", {}, 0, {}, {}});
    mission.needs = {"warp-drive"};
    mission.provides.push_back({"teleport", std::nullopt, {}});
    roadmap.missions.append(mission);

    const auto findings = withCode(checkStructure(roadmap), "unknown-reference");
    REQUIRE(findings.size() == 6);
    for (const char* name : {"NAZA", "JAXA", "mars", "ghost", "warp-drive", "teleport"}) {
        INFO(name);
        CHECK(std::any_of(findings.begin(), findings.end(), [&](const Finding& finding) {
            return finding.message.find(name) != std::string::npos &&
                   finding.missions == std::vector<std::string>{"orbiter"};
        }));
    }
}

TEST_CASE("A mission that requires itself is a self-dependency", "[structure]") {
    Roadmap roadmap = minimal();
    Mission mission = roadmap.missions[0];
    mission.prerequisites.push_back({"lander", {}, 0, {}, {}});
    roadmap.missions.replace(0, mission);
    const auto findings = checkStructure(roadmap);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == "self-dependency");
    CHECK(findings[0].severity == Severity::Error);
}

TEST_CASE("A prerequisite listed twice is a warning", "[structure]") {
    Roadmap roadmap = minimal();
    roadmap.missions.append(missionNamed("orbiter"));
    Mission lander = roadmap.missions[0];
    lander.prerequisites.push_back({"orbiter", {}, 0, {}, {}});
    lander.prerequisites.push_back({"orbiter", DependencyType::StartToStart, 3, {}, {}});
    roadmap.missions.replace(0, lander);
    const auto findings = checkStructure(roadmap);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == "duplicate-dependency");
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].missions == std::vector<std::string>{"lander", "orbiter"});
}

TEST_CASE("An end before the start is an error only when certain", "[structure]") {
    Roadmap roadmap = minimal();
    Mission mission = roadmap.missions[0];
    mission.start = *Date::parse("2030-07");
    mission.end = *Date::parse("2030");
    roadmap.missions.replace(0, mission);
    CHECK(checkStructure(roadmap).empty()); // "2030" may mean December

    mission.end = *Date::parse("2030-06");
    roadmap.missions.replace(0, mission);
    const auto findings = checkStructure(roadmap);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == "end-before-start");

    mission.end = *Date::parse("2030-07");
    roadmap.missions.replace(0, mission);
    CHECK(checkStructure(roadmap).empty()); // a mission within one month
}
