// What the pointer touches on the timeline, and what a drag makes of a mission: decided
// beside the layout, without a widget, so that the view only maps the mouse to these.

#include "support/qtstrings.h"
#include "support/rendersupport.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>
#include <render/timelinelayout.h>

using namespace orrery;
using namespace orrery::render;
using orrery::test::contextFor;

namespace {

constexpr double kPixelsPerDay = 120.0 / 365.25;

struct Fixture {
    Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    PaintContext context = contextFor(roadmap);
    TimelineLayout layout = layoutTimeline(context, kPixelsPerDay);

    std::size_t indexOf(const char* id) const { return *roadmap.missions.indexOf(id); }
    const TimelineMission& item(const char* id) const { return layout.missions[indexOf(id)]; }
};

} // namespace

TEST_CASE("Hit-testing: which mission, and which part of it", "[render][interaction]") {
    Fixture f;
    const std::size_t em2 = f.indexOf("em2");
    const QRectF bar = f.item("em2").bar;
    REQUIRE(bar.width() > 15);
    const double middle = bar.center().y();

    SECTION("the middle of a bar, and its name, move it") {
        CHECK(hitTest(f.layout, bar.center()) == TimelineHit{em2, TimelinePart::Body});
        CHECK(hitTest(f.layout, f.item("em2").label.center()) ==
              TimelineHit{em2, TimelinePart::Body});
    }
    SECTION("its edges change its dates, a little inside or outside the outline") {
        CHECK(hitTest(f.layout, {bar.left() + 3, middle}) ==
              TimelineHit{em2, TimelinePart::StartEdge});
        CHECK(hitTest(f.layout, {bar.left() - 1.5, middle}) ==
              TimelineHit{em2, TimelinePart::StartEdge});
        CHECK(hitTest(f.layout, {bar.right() - 3, middle}) ==
              TimelineHit{em2, TimelinePart::EndEdge});
        CHECK(hitTest(f.layout, {bar.right() + 1.5, middle}) ==
              TimelineHit{em2, TimelinePart::EndEdge});
    }
    SECTION("a milestone and a bar too thin to hold in the middle have no edges") {
        const auto milestone =
            std::find_if(f.layout.missions.begin(), f.layout.missions.end(),
                         [](const TimelineMission& m) { return m.placed && m.milestone; });
        REQUIRE(milestone != f.layout.missions.end());
        const QRectF square = milestone->bar;
        for (const double x : {square.left(), square.center().x(), square.right()}) {
            const auto hit = hitTest(f.layout, {x, square.center().y()});
            REQUIRE(hit);
            CHECK(hit->part == TimelinePart::Body);
        }
        TimelineLayout thin = f.layout;
        thin.missions[em2].bar.setWidth(12);
        CHECK(hitTest(thin, {thin.missions[em2].bar.left(), middle}) ==
              TimelineHit{em2, TimelinePart::Body});
    }
    SECTION("nothing between the bars, nothing where a hidden mission would be") {
        CHECK_FALSE(hitTest(f.layout, {bar.center().x(), bar.top() - 20}));
        CHECK_FALSE(hitTest(f.layout, {-50, -50}));
        f.context.missions[em2].visible = false;
        const TimelineLayout filtered = layoutTimeline(f.context, kPixelsPerDay);
        const auto hit = hitTest(filtered, bar.center());
        CHECK((!hit || hit->mission != em2));
    }
}

TEST_CASE("A drag moves by whole months, or whole years with Shift", "[render][interaction]") {
    const TimeScale scale{std::chrono::sys_days{}, kPixelsPerDay};
    const double month = 365.25 / 12 * kPixelsPerDay;
    CHECK(monthsDragged(scale, 100, 100, false) == 0);
    CHECK(monthsDragged(scale, 100, 100 + 0.4 * month, false) == 0);
    CHECK(monthsDragged(scale, 100, 100 + 0.6 * month, false) == 1);
    CHECK(monthsDragged(scale, 100, 100 - 7 * month, false) == -7);
    CHECK(monthsDragged(scale, 100, 100 + 7 * month, true) == 12);
    CHECK(monthsDragged(scale, 100, 100 + 5 * month, true) == 0);
    CHECK(monthsDragged(scale, 100, 100 - 30 * month, true) == -36);
}

TEST_CASE("An edge dragged sets the start or end to the month under the pointer",
          "[render][interaction]") {
    Fixture f;
    const Mission& em2 = f.roadmap.missions[f.indexOf("em2")];
    const TimeScale& scale = f.layout.scale;
    const auto monthStart = [&](int year, unsigned month) {
        return scale.x(std::chrono::sys_days{std::chrono::year{year} / month / 1});
    };

    const Mission earlier =
        withEdgeAt(em2, TimelinePart::StartEdge, scale, monthStart(2019, 3) + 2);
    CHECK(earlier.start.toString() == "2019-03");
    CHECK(earlier.end == em2.end);

    // The right edge is the first day after the last month.
    const Mission longer = withEdgeAt(em2, TimelinePart::EndEdge, scale, monthStart(2031, 5));
    CHECK(longer.end->toString() == "2031-04");
    CHECK(longer.start == em2.start);

    // Never past the other end: the start stops at the last month, the end at the first.
    const Mission squeezed = withEdgeAt(em2, TimelinePart::StartEdge, scale, monthStart(2090, 1));
    CHECK(squeezed.start.firstMonth() == em2.finish().lastMonth());
    const Mission cut = withEdgeAt(em2, TimelinePart::EndEdge, scale, monthStart(1990, 1));
    CHECK(cut.end->lastMonth() == em2.start.firstMonth());

    CHECK(withEdgeAt(em2, TimelinePart::Body, scale, 0) == em2);
}
