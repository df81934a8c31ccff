// Keyboard like other planning tools: where an arrow, Home or End takes the selection on the
// timeline and the dependency diagram, answered by the layouts.

#include "support/rendersupport.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>
#include <render/dependencylayout.h>
#include <render/navigation.h>
#include <render/timelinelayout.h>

using namespace orrery;
using namespace orrery::render;
using orrery::test::contextFor;

namespace {

struct Ger2013 {
    Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    TimelineLayout timeline = layoutTimeline(contextFor(roadmap), 60.0 / 365.25);

    std::size_t operator[](const char* id) const { return *roadmap.missions.indexOf(id); }
    std::optional<std::size_t> step(const char* id, Step step) const {
        return stepInTimeline(timeline, (*this)[id], step);
    }
    const TimelineMission& item(std::size_t index) const { return timeline.missions[index]; }
};

} // namespace

TEST_CASE("Keyboard like other planning tools: up and down go row by row, across lanes",
          "[render][navigation]") {
    const Ger2013 ger;
    // The ISS and Orion's first flight share the first lane, one row apart.
    CHECK(ger.step("iss", Step::Down) == ger["eft1"]);
    CHECK(ger.step("eft1", Step::Up) == ger["iss"]);
    CHECK_FALSE(ger.step("iss", Step::Up));
    // From the last row of a lane into the first row of the next.
    const auto below = ger.step("eft1", Step::Down);
    REQUIRE(below);
    CHECK(ger.item(*below).lane == ger.item(ger["eft1"]).lane + 1);
    CHECK(ger.item(*below).row == 0);
    // Each step down lands one row lower, on a mission that overlaps in time if any does.
    for (std::size_t i = 0; i < ger.roadmap.missions.size(); ++i) {
        const auto down = stepInTimeline(ger.timeline, i, Step::Down);
        if (!down) {
            continue;
        }
        INFO(ger.roadmap.missions[i].id << " -> " << ger.roadmap.missions[*down].id);
        CHECK(ger.item(*down).bar.center().y() > ger.item(i).bar.center().y());
        CHECK(stepInTimeline(ger.timeline, *down, Step::Up).has_value());
    }
}

TEST_CASE("Keyboard like other planning tools: left and right go in time within the lane",
          "[render][navigation]") {
    const Ger2013 ger;
    const std::size_t lane = ger.item(ger["change3"]).lane;
    // Walking right from the lane's first mission visits each of its missions once, in time.
    auto at = stepInTimeline(ger.timeline, ger["change3"], Step::Start);
    REQUIRE(at);
    int visited = 1;
    while (const auto next = stepInTimeline(ger.timeline, *at, Step::Right)) {
        CHECK(ger.item(*next).lane == lane);
        CHECK(ger.item(*next).bar.left() >= ger.item(*at).bar.left());
        CHECK(stepInTimeline(ger.timeline, *next, Step::Left) == at);
        at = next;
        ++visited;
    }
    CHECK(at == stepInTimeline(ger.timeline, ger["change3"], Step::End));
    int inLane = 0;
    for (const TimelineMission& item : ger.timeline.missions) {
        inLane += item.placed && item.lane == lane ? 1 : 0;
    }
    CHECK(visited == inLane);
}

TEST_CASE("Keyboard like other planning tools: Home and End, and a first step with nothing "
          "selected",
          "[render][navigation]") {
    const Ger2013 ger;
    // The ISS is the roadmap's first mission in time; nothing selected, any key starts there.
    CHECK(stepInTimeline(ger.timeline, std::nullopt, Step::Down) == ger["iss"]);
    CHECK(ger.step("hmars", Step::RoadmapStart) == ger["iss"]);
    const auto last = ger.step("iss", Step::RoadmapEnd);
    REQUIRE(last);
    for (const TimelineMission& item : ger.timeline.missions) {
        CHECK(item.bar.left() <= ger.item(*last).bar.left());
    }
}

TEST_CASE("Keyboard like other planning tools: the diagram steps across and along layers",
          "[render][navigation]") {
    const Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    const DependencyLayout layout = layoutDependencies(contextFor(roadmap));
    const auto box = [&](std::size_t mission) {
        return layout.nodes[*layout.nodeOfMission[mission]].box;
    };
    const std::size_t em1 = *roadmap.missions.indexOf("em1");
    const auto right = stepInDiagram(layout, em1, Step::Right);
    REQUIRE(right);
    CHECK(box(*right).center().x() > box(em1).center().x());
    // The nearest layer: no box lies between the two layers.
    for (const DependencyNode& node : layout.nodes) {
        CHECK_FALSE((node.box.center().x() > box(em1).center().x() + 1 &&
                     node.box.center().x() < box(*right).center().x() - 1));
    }
    // Down stays in the layer; some layer has more than one mission, so some step is taken.
    int steps = 0;
    for (const DependencyNode& node : layout.nodes) {
        if (const auto down = stepInDiagram(layout, node.mission, Step::Down)) {
            CHECK(box(*down).center().y() > node.box.center().y());
            CHECK(std::abs(box(*down).center().x() - node.box.center().x()) <= 1);
            CHECK(stepInDiagram(layout, *down, Step::Up).has_value());
            ++steps;
        }
    }
    CHECK(steps > 0);
    // Start goes back to the first layer.
    const auto start = stepInDiagram(layout, *right, Step::Start);
    REQUIRE(start);
    for (const DependencyNode& node : layout.nodes) {
        CHECK(node.box.center().x() >= box(*start).center().x() - 1);
    }
}
