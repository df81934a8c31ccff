#pragma once

// The small roadmap the diff and merge tests change, and the helpers they change it with.

#include "support/roadmapbuilder.h"

#include <catch2/catch.hpp>

#include <functional>
#include <string>

namespace orrery::test {

/// A finish-to-start prerequisite on `mission`.
inline Prerequisite prerequisiteOn(std::string mission) {
    Prerequisite prerequisite;
    prerequisite.mission = std::move(mission);
    return prerequisite;
}

/// Three missions: a and c led by ESA, b (after a) led by NASA.
inline Roadmap threeMissions() {
    Roadmap roadmap = TestRoadmap()
                          .mission("a", "2030-01", "2030-06")
                          .mission("b", "2031-01", "2031-12")
                          .mission("c", "2032")
                          .dependsOn("b", "a")
                          .roadmap();
    Mission b = *roadmap.missions.find("b");
    b.lead = "NASA";
    roadmap.missions.replace(*roadmap.missions.indexOf("b"), b);
    return roadmap;
}

/// The roadmap with one mission changed.
inline Roadmap withMission(Roadmap roadmap, const std::string& id,
                           const std::function<void(Mission&)>& change) {
    const auto index = roadmap.missions.indexOf(id);
    REQUIRE(index);
    Mission mission = roadmap.missions[*index];
    change(mission);
    roadmap.missions.replace(*index, std::move(mission));
    return roadmap;
}

} // namespace orrery::test
