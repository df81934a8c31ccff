#include "support/testsupport.h"

#include <orrery/analysis/feasibility.h>
#include <orrery/generator.h>
#include <orrery/io/writer.h>

#include <catch2/catch.hpp>

#include <set>

using namespace orrery;

TEST_CASE("The same seed gives the same roadmap, another seed another", "[generator]") {
    const std::string first = toCanonicalJson(generateRoadmap({500, 42, 0}));
    CHECK(first == toCanonicalJson(generateRoadmap({500, 42, 0})));
    CHECK(first != toCanonicalJson(generateRoadmap({500, 43, 0})));
}

TEST_CASE("Generated roadmaps look like real ones", "[generator]") {
    const Roadmap roadmap = generateRoadmap({2000, 7, 0});
    CHECK(roadmap.missions.size() == 2000);
    CHECK(roadmap.destinations.size() == 7);
    CHECK(roadmap.agencies.size() >= 10);
    std::size_t prerequisites = 0;
    std::size_t needs = 0;
    std::set<MissionStatus> statuses;
    for (const Mission& mission : roadmap.missions) {
        prerequisites += mission.prerequisites.size();
        needs += mission.needs.size();
        statuses.insert(mission.status);
    }
    const double perMission = static_cast<double>(prerequisites) / 2000.0;
    CHECK(perMission > 2.0);
    CHECK(perMission <= 3.0);
    CHECK(needs > 200);
    CHECK(statuses.size() == 4);
    // It survives the file format.
    CHECK(test::parseRoadmapText(toCanonicalJson(roadmap)) == roadmap);
}

TEST_CASE("Generated roadmaps say why their missions fly", "[generator][strategy]") {
    const Roadmap roadmap = generateRoadmap({2000, 7, 0});
    CHECK(roadmap.goals.size() == 8);
    CHECK(roadmap.goals[0].name == "Search for Life");
    CHECK(roadmap.objectives.size() == 50);
    CHECK(roadmap.knowledgeGaps.size() == 20);
    std::size_t closes = 0;
    std::size_t crewedNeeds = 0;
    for (const Mission& mission : roadmap.missions) {
        CHECK_FALSE(mission.objectives.empty());
        closes += mission.closes.size();
        crewedNeeds += mission.crew == Crew::Human ? mission.needsKnowledge.size() : 0;
    }
    CHECK(closes > 100);
    CHECK(crewedNeeds > 50);
    // Without them, the same missions, dates and dependencies.
    GeneratorOptions plain{2000, 7, 0};
    plain.purpose = false;
    const Roadmap without = generateRoadmap(plain);
    CHECK(without.goals.empty());
    CHECK(without.knowledgeGaps.empty());
    REQUIRE(without.missions.size() == roadmap.missions.size());
    for (std::size_t i = 0; i < without.missions.size(); ++i) {
        Mission stripped = roadmap.missions[i];
        stripped.objectives.clear();
        stripped.closes.clear();
        stripped.needsKnowledge.clear();
        CHECK(stripped == without.missions[i]);
    }
}

TEST_CASE("A generated acyclic roadmap passes every check", "[generator][property]") {
    for (const std::uint64_t seed : {1U, 2U, 3U, 4U, 5U, 6U, 7U, 8U}) {
        for (const std::size_t size : {50U, 1000U, 5000U}) {
            INFO("seed " << seed << ", " << size << " missions");
            const auto findings = checkFeasibility(generateRoadmap({size, seed, 0}));
            for (const Finding& finding : findings) {
                UNSCOPED_INFO(finding.code << ": " << finding.message);
            }
            CHECK(findings.empty());
        }
    }
}

TEST_CASE("Each injected cycle is found exactly once", "[generator][property]") {
    for (const std::uint64_t seed : {11U, 12U, 13U}) {
        for (const std::size_t cycles : {1U, 3U, 10U}) {
            INFO("seed " << seed << ", " << cycles << " cycles");
            const Roadmap roadmap = generateRoadmap({3000, seed, cycles});
            std::vector<Finding> found;
            for (const Finding& finding : checkFeasibility(roadmap)) {
                if (finding.code == "dependency-cycle") {
                    found.push_back(finding);
                }
            }
            REQUIRE(found.size() == cycles);
            std::set<std::string> seen;
            for (const Finding& cycle : found) {
                CHECK(cycle.missions.size() >= 2);
                for (const std::string& id : cycle.missions) {
                    CHECK(seen.insert(id).second);
                }
            }
        }
    }
}
