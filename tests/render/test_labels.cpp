// Labels are not cut: odd-year ticks stop at the year labels, the as-of line and the
// grid stop at mission names, and two names side by side keep a gap that tells them apart.

#include "support/rendersupport.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>
#include <render/timelinelayout.h>
#include <render/timelinepainter.h>

#include <QImage>
#include <QPainter>

#include <map>

using namespace orrery;
using namespace orrery::render;
namespace chr = std::chrono;

namespace {

Roadmap ger2013() {
    return test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
}

} // namespace

TEST_CASE("Labels are not cut: a tick without a label stops at the label before it",
          "[render][labels]") {
    const Roadmap roadmap = ger2013();
    const PaintContext context = test::contextFor(roadmap);
    // Labels every second year: each runs over the odd year's tick after it.
    const TimelineLayout layout = layoutTimeline(context, 20.0 / 365.25);
    const QRectF area(0, 0, layout.width, layout.metrics.axisHeight);
    QImage image(area.size().toSize(), QImage::Format_RGB32);
    {
        QPainter painter(&image);
        paintTimeAxis(painter, layout, context.theme, context.font, 0, area);
    }
    const AxisTicks ticks = axisTicks(layout.scale, layout.firstDay, layout.lastDay);
    const QColor tick = context.theme.grid.darker(115);
    const double middle = area.height() / 2;
    int crossed = 0;
    for (std::size_t i = 0; i + 1 < ticks.minor.size(); ++i) {
        if (ticks.minor[i].label.isEmpty() || !ticks.minor[i + 1].label.isEmpty()) {
            continue;
        }
        // The unlabelled tick after a label, where the label's text is.
        const int x = static_cast<int>(ticks.minor[i + 1].x);
        const double textRight =
            ticks.minor[i].x + 3 +
            QFontMetricsF(context.font).horizontalAdvance(ticks.minor[i].label);
        if (x >= textRight || x >= image.width()) {
            continue;
        }
        INFO("the tick after " << ticks.minor[i].label.toStdString());
        int tickPixels = 0;
        for (int y = static_cast<int>(middle) + 3; y < image.height() - 3; ++y) {
            tickPixels += image.pixelColor(x, y) == tick ? 1 : 0;
        }
        CHECK(tickPixels == 0);
        ++crossed;
    }
    CHECK(crossed >= 5);
}

TEST_CASE("Labels are not cut: the as-of line and the grid stop at mission names",
          "[render][labels]") {
    const Roadmap roadmap = ger2013();
    const PaintContext context = test::contextFor(roadmap);
    const TimelineLayout layout = layoutTimeline(context, 60.0 / 365.25);
    QImage image(QSize(static_cast<int>(layout.width), static_cast<int>(layout.height)),
                 QImage::Format_RGB32);
    {
        QPainter painter(&image);
        paintLanesArea(painter, layout, context, ArrowMode::All, QRectF(image.rect()));
    }
    REQUIRE(layout.asOfX);
    const int asOf = static_cast<int>(*layout.asOfX);
    const auto reddish = [](const QColor& color) {
        return color.red() > 150 && color.red() > color.green() + 60 &&
               color.red() > color.blue() + 60;
    };
    int crossing = 0;
    for (std::size_t i = 0; i < layout.missions.size(); ++i) {
        const TimelineMission& item = layout.missions[i];
        if (!item.placed || item.labelInside || item.label.left() > asOf - 2 ||
            item.label.right() < asOf + 2) {
            continue;
        }
        INFO(roadmap.missions[i].id << "'s name is where the as-of line runs");
        int red = 0;
        for (int y = static_cast<int>(item.label.top()) + 2;
             y < static_cast<int>(item.label.bottom()) - 2; ++y) {
            for (int x = asOf - 1; x <= asOf + 1; ++x) {
                red += reddish(image.pixelColor(x, y)) ? 1 : 0;
            }
        }
        CHECK(red == 0);
        ++crossing;
    }
    CHECK(crossing >= 1);

    // Nor does any grid line run through a name.
    const AxisTicks ticks = axisTicks(layout.scale, layout.firstDay, layout.lastDay);
    int gridUnderNames = 0;
    for (const TimelineMission& item : layout.missions) {
        if (!item.placed || item.labelInside) {
            continue;
        }
        for (const AxisTick& tick : ticks.minor) {
            const int x = static_cast<int>(tick.x);
            if (x <= item.label.left() + 1 || x >= item.label.right() - 1) {
                continue;
            }
            for (int y = static_cast<int>(item.label.top()) + 1;
                 y < static_cast<int>(item.label.bottom()) - 1; ++y) {
                CHECK(image.pixelColor(x, y) != context.theme.grid);
            }
            ++gridUnderNames;
        }
    }
    CHECK(gridUnderNames >= 20);
}

TEST_CASE("Labels are not cut: two names side by side in a row keep a gap between them",
          "[render][labels]") {
    for (const char* name : {"roadmaps/ger-2013.roadmap.json", "roadmaps/ger-2018.roadmap.json"}) {
        const Roadmap roadmap = test::loadRoadmap(test::sourcePath(name));
        for (const double pixelsPerYear : {24.0, 60.0, 120.0}) {
            const TimelineLayout layout =
                layoutTimeline(test::contextFor(roadmap), pixelsPerYear / 365.25);
            std::map<std::pair<std::size_t, int>, std::vector<const TimelineMission*>> rows;
            for (const TimelineMission& item : layout.missions) {
                if (item.placed) {
                    rows[{item.lane, item.row}].push_back(&item);
                }
            }
            for (auto& [key, members] : rows) {
                std::sort(members.begin(), members.end(),
                          [](auto* a, auto* b) { return a->bar.left() < b->bar.left(); });
                for (std::size_t i = 1; i < members.size(); ++i) {
                    const TimelineMission& left = *members[i - 1];
                    const TimelineMission& right = *members[i];
                    const bool textThenText = !left.labelInside && !right.labelInside &&
                                              left.label.right() >= left.bar.right() &&
                                              right.label.left() <= right.bar.left();
                    if (textThenText) {
                        INFO(name << " at " << pixelsPerYear << " px a year");
                        CHECK(right.label.left() - left.label.right() >=
                              layout.metrics.labelSpacing - 0.5);
                    }
                }
            }
        }
    }
}
