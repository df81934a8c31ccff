// The timeline's layout and painting, checked for structure rather than pixels: lanes in
// the roadmap's order, every mission at its date's x position, no overlapping labels.
// Set ORRERY_TEST_IMAGES to a folder to keep the rendered images for a look.

#include "support/pictures.h"
#include "support/qtstrings.h"
#include "support/rendersupport.h"
#include "support/testsupport.h"

#include <orrery/analysis/feasibility.h>
#include <orrery/generator.h>

#include <catch2/catch.hpp>
#include <render/legend.h>
#include <render/palette.h>
#include <render/timelinelayout.h>
#include <render/timelinepainter.h>

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <map>
#include <set>

using namespace orrery;
using namespace orrery::render;
using orrery::test::contextFor;
namespace chr = std::chrono;

namespace {

constexpr double kPixelsPerYear = 60.0;

void keep(const QImage& image, const char* name) {
    const QByteArray folder = qgetenv("ORRERY_TEST_IMAGES");
    if (!folder.isEmpty()) {
        image.save(QString::fromUtf8(folder) + QLatin1Char('/') + QLatin1String(name));
    }
}

} // namespace

TEST_CASE("Lanes follow the roadmap's destinations, in order", "[render][timeline]") {
    const Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    const PaintContext context = contextFor(roadmap);
    const TimelineLayout layout = layoutTimeline(context, kPixelsPerYear / 365.25);
    REQUIRE(layout.lanes.size() == roadmap.destinations.size());
    double previousBottom = 0;
    for (std::size_t i = 0; i < layout.lanes.size(); ++i) {
        CHECK(layout.lanes[i].destination == i);
        CHECK(layout.lanes[i].name.toStdString() == roadmap.destinations[i].name);
        CHECK(layout.lanes[i].top == Approx(previousBottom));
        CHECK(layout.lanes[i].rows >= 1);
        previousBottom = layout.lanes[i].top + layout.lanes[i].height;
    }
    CHECK(layout.height == Approx(previousBottom));
}

TEST_CASE("Every mission sits in its lane at its dates", "[render][timeline]") {
    const Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    const PaintContext context = contextFor(roadmap);
    const TimelineLayout layout = layoutTimeline(context, kPixelsPerYear / 365.25);
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        const Mission& mission = roadmap.missions[i];
        const TimelineMission& item = layout.missions[i];
        INFO(mission.id);
        REQUIRE(item.placed);
        const TimelineLane& lane = layout.lanes[item.lane];
        CHECK(roadmap.destinations[*lane.destination].id == mission.destination);
        CHECK(item.bar.top() >= lane.top);
        CHECK(item.bar.bottom() <= lane.top + lane.height);
        const double startX = layout.scale.x(mission.start.firstDay());
        if (mission.isMilestone()) {
            const double endX = layout.scale.x(mission.start.lastDay() + chr::days{1});
            CHECK(item.bar.center().x() == Approx((startX + endX) / 2));
        } else {
            CHECK(item.bar.left() == Approx(startX));
            CHECK(item.bar.right() ==
                  Approx(layout.scale.x(mission.finish().lastDay() + chr::days{1})));
        }
    }
    // ISS from 20 November 1998: its bar starts where the axis puts that day.
    const TimelineMission& iss = layout.missions[*roadmap.missions.indexOf("iss")];
    CHECK(layout.scale.dayAt(iss.bar.left() + 0.01) == chr::sys_days{chr::year{1998} / 11 / 20});
}

TEST_CASE("Labels and bars never overlap", "[render][timeline]") {
    for (const double pixelsPerYear : {12.0, 60.0, 240.0, 1200.0}) {
        INFO(pixelsPerYear << " pixels a year");
        for (const char* name :
             {"roadmaps/ger-2013.roadmap.json", "roadmaps/ger-2018.roadmap.json"}) {
            const Roadmap roadmap = test::loadRoadmap(test::sourcePath(name));
            const TimelineLayout layout =
                layoutTimeline(contextFor(roadmap), pixelsPerYear / 365.25);
            std::vector<QRectF> occupied;
            for (const TimelineMission& item : layout.missions) {
                occupied.push_back(item.bar);
                if (!item.labelInside) {
                    occupied.push_back(item.label);
                }
            }
            for (std::size_t a = 0; a < occupied.size(); ++a) {
                for (std::size_t b = a + 1; b < occupied.size(); ++b) {
                    const bool sameMission = a / 2 == b / 2 && b == a + 1;
                    if (!sameMission) {
                        CHECK_FALSE(occupied[a].intersects(occupied[b]));
                    }
                }
            }
        }
    }
}

TEST_CASE("Moving a mission keeps its row: an edit lays out with the rows the missions had",
          "[render][timeline]") {
    Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    const double pixelsPerDay = 60.0 / 365.25;
    const TimelineLayout before = layoutTimeline(contextFor(roadmap), pixelsPerDay);
    std::vector<int> rows;
    for (const TimelineMission& item : before.missions) {
        rows.push_back(item.row);
    }
    // Chang'e 3 two years earlier: packed afresh, the lunar surface lane reshuffles.
    const std::size_t change3 = *roadmap.missions.indexOf("change3");
    roadmap.missions.replace(change3, shiftedMission(roadmap.missions[change3], -24));
    const TimelineLayout fresh = layoutTimeline(contextFor(roadmap), pixelsPerDay);
    const TimelineLayout kept =
        layoutTimeline(contextFor(roadmap), pixelsPerDay, {}, nullptr, &rows);
    int reshuffled = 0;
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        reshuffled += fresh.missions[i].row != before.missions[i].row ? 1 : 0;
    }
    CHECK(reshuffled >= 5);
    // With the rows they had, nothing moves but what the planner moved.
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        INFO(roadmap.missions[i].id);
        CHECK(kept.missions[i].row == before.missions[i].row);
    }
    CHECK(kept.missions[change3].bar.left() < before.missions[change3].bar.left());
    const std::size_t hls = *roadmap.missions.indexOf("hls");

    // A row that would be empty closes up: no lane keeps a gap.
    std::vector<int> stale(rows.size(), -1);
    stale[hls] = 12;
    const TimelineLayout closed =
        layoutTimeline(contextFor(roadmap), pixelsPerDay, {}, nullptr, &stale);
    const std::size_t lane = closed.missions[hls].lane;
    std::set<int> used;
    for (const TimelineMission& item : closed.missions) {
        if (item.placed && item.lane == lane) {
            used.insert(item.row);
        }
    }
    CHECK(static_cast<int>(used.size()) == closed.lanes[lane].rows);
    CHECK(*used.rbegin() == closed.lanes[lane].rows - 1);
}

TEST_CASE("The axis adapts from decades to months", "[render][timeline]") {
    const TimeScale overview{chr::sys_days{chr::year{2000} / 1 / 1}, 10.0 / 365.25};
    const AxisTicks decades =
        axisTicks(overview, overview.origin, chr::sys_days{chr::year{2050} / 1 / 1});
    CHECK(decades.major.front().label == QStringLiteral("2000s"));
    // A tick for every year, but a label only on every fifth.
    CHECK(decades.minor.size() == 52); // 2000 to 2051, the year after the last day
    const auto labelled = std::count_if(decades.minor.begin(), decades.minor.end(),
                                        [](const AxisTick& tick) { return !tick.label.isEmpty(); });
    CHECK(labelled == 11);
    CHECK(decades.minor[5].label == QStringLiteral("2005"));
    CHECK(decades.minor[6].label.isEmpty());

    const TimeScale page{chr::sys_days{chr::year{2000} / 1 / 1}, 24.0 / 365.25};
    const AxisTicks everyOther =
        axisTicks(page, page.origin, chr::sys_days{chr::year{2010} / 1 / 1});
    CHECK(everyOther.minor[2].label == QStringLiteral("2002"));
    CHECK(everyOther.minor[3].label.isEmpty());

    const TimeScale close{chr::sys_days{chr::year{2030} / 1 / 1}, 900.0 / 365.25};
    const AxisTicks months =
        axisTicks(close, close.origin, chr::sys_days{chr::year{2030} / 12 / 31});
    CHECK(months.major.front().label == QStringLiteral("2030"));
    CHECK(months.minor.size() >= 12);
    CHECK(months.minor[6].label == QStringLiteral("Jul"));

    const TimeScale quarters{chr::sys_days{chr::year{2030} / 1 / 1}, 200.0 / 365.25};
    CHECK(axisTicks(quarters, quarters.origin, chr::sys_days{chr::year{2030} / 12 / 31})
              .minor[1]
              .label == QStringLiteral("Q2"));
}

TEST_CASE("Filtered-out missions are not placed", "[render][timeline]") {
    const Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    PaintContext context = contextFor(roadmap);
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        context.missions[i].visible = roadmap.missions[i].crew == Crew::Human;
    }
    const TimelineLayout layout = layoutTimeline(context, kPixelsPerYear / 365.25);
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        CHECK(layout.missions[i].placed == (roadmap.missions[i].crew == Crew::Human));
    }
}

TEST_CASE("The whole timeline paints, with a badge where a finding is", "[render][timeline]") {
    const Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    PaintContext context = contextFor(roadmap);
    const auto worst = worstFindings(roadmap, checkFeasibility(roadmap));
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        context.missions[i].worstFinding = worst[i];
    }
    context.missions[*roadmap.missions.indexOf("em2")].selected = true;
    const TimelineLayout layout = layoutTimeline(context, 48.0 / 365.25);
    const QSizeF size(layout.metrics.headerWidth + layout.width,
                      layout.metrics.axisHeight + layout.height);
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paintTimeline(painter, layout, context, QRectF(0, 0, layout.width, layout.height),
                  QRectF(QPointF(0, 0), size), ArrowMode::Selected);
    painter.end();
    keep(image, "timeline-ger-2013.png");

    // The arcm bar carries a warning badge at its top right: amber there.
    const TimelineMission& arcm = layout.missions[*roadmap.missions.indexOf("arcm")];
    const QPoint badge =
        (arcm.bar.topRight() + QPointF(layout.metrics.headerWidth - 4.5, layout.metrics.axisHeight))
            .toPoint();
    CHECK(QColor(image.pixel(badge)) == severityColor(Severity::Warning));
    // The ISS bar, in NASA's colour, is where the layout put it.
    const TimelineMission& iss = layout.missions[*roadmap.missions.indexOf("iss")];
    const QPoint inside = (QPointF(iss.bar.center().x(), iss.bar.top() + 2) +
                           QPointF(layout.metrics.headerWidth, layout.metrics.axisHeight))
                              .toPoint();
    CHECK(QColor(image.pixel(inside)) == QColor(QStringLiteral("#1A3D8F")));
}

TEST_CASE("Ten thousand missions lay out with no overlap", "[render][timeline]") {
    const Roadmap roadmap = generateRoadmap({10000, 3, 0});
    const TimelineLayout layout = layoutTimeline(contextFor(roadmap), 120.0 / 365.25);
    std::size_t placed = 0;
    for (const TimelineMission& item : layout.missions) {
        placed += item.placed ? 1 : 0;
    }
    CHECK(placed == 10000);
    // Within each row of each lane, neighbours leave room between them.
    std::map<std::pair<std::size_t, int>, std::vector<const TimelineMission*>> rows;
    for (const TimelineMission& item : layout.missions) {
        rows[{item.lane, item.row}].push_back(&item);
    }
    for (auto& [key, members] : rows) {
        std::sort(members.begin(), members.end(),
                  [](auto* a, auto* b) { return a->bar.left() < b->bar.left(); });
        for (std::size_t i = 1; i < members.size(); ++i) {
            const double previousEnd =
                std::max(members[i - 1]->bar.right(), members[i - 1]->label.right());
            CHECK(previousEnd <= std::min(members[i]->bar.left(), members[i]->label.left()));
        }
    }
}

TEST_CASE("Each mission takes the first row with room for it, as a plain search would find",
          "[render][timeline]") {
    // The layout finds rows through a tree of row ends; the rule it must keep is first fit,
    // written here the plain way, over lanes of hundreds of rows.
    const Roadmap roadmap = generateRoadmap({10000, 3, 0});
    for (const double pixelsPerYear : {12.0, 120.0, 1200.0}) {
        INFO(pixelsPerYear << " pixels a year");
        const TimelineLayout layout = layoutTimeline(contextFor(roadmap), pixelsPerYear / 365.25);
        const TimelineMetrics& metrics = layout.metrics;
        std::map<std::size_t, std::vector<std::size_t>> lanes;
        for (std::size_t i = 0; i < layout.missions.size(); ++i) {
            lanes[layout.missions[i].lane].push_back(i);
        }
        int deepest = 0;
        for (auto& [lane, members] : lanes) {
            std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
                return layout.missions[a].bar.left() < layout.missions[b].bar.left();
            });
            struct End {
                double x;
                bool text;
            };
            std::vector<End> ends;
            for (const std::size_t i : members) {
                const TimelineMission& item = layout.missions[i];
                const double left = std::min({item.bar.left(), item.label.left(), item.solidStart});
                const double right =
                    std::max({item.bar.right(), item.label.right(), item.solidEnd});
                const bool startsWithText = !item.labelInside && item.label.left() <= left + 0.5;
                std::size_t row = 0;
                while (row < ends.size() &&
                       ends[row].x + (ends[row].text && startsWithText ? metrics.labelSpacing
                                                                       : metrics.rowGap) >
                           left) {
                    ++row;
                }
                if (row == ends.size()) {
                    ends.emplace_back();
                }
                ends[row] = {right, !item.labelInside && item.label.right() >= right - 0.5};
                INFO(roadmap.missions[i].id);
                REQUIRE(item.row == static_cast<int>(row));
            }
            CHECK(layout.lanes[lane].rows == static_cast<int>(ends.size()));
            deepest = std::max(deepest, layout.lanes[lane].rows);
        }
        CHECK(deepest > 100);
    }
}

TEST_CASE("The width of a timeline is known without laying it out", "[render][timeline]") {
    // Fitting a chart to a window guesses a scale several times; each guess asks only for
    // the width, which must be the one the layout then has.
    const Roadmap roadmap = generateRoadmap({2000, 3, 0});
    const PaintContext context = contextFor(roadmap);
    const std::vector<double> widths = measureLabels(context);
    int overhangs = 0;
    for (const double pixelsPerYear : {4.0, 12.0, 120.0, 1200.0}) {
        INFO(pixelsPerYear << " pixels a year");
        const double pixelsPerDay = pixelsPerYear / 365.25;
        const double laidOut = layoutTimeline(context, pixelsPerDay, {}, &widths).width;
        CHECK(timelineWidth(context, pixelsPerDay, {}, &widths) == laidOut);
        CHECK(timelineWidth(context, pixelsPerDay) == laidOut);
        // Names of the last missions run past the range at small scales: the width is
        // more than the range's.
        const auto [first, last] = timelineRange(context);
        overhangs += laidOut > TimeScale{first, pixelsPerDay}.x(last) ? 1 : 0;
    }
    CHECK(overhangs > 0);
}

TEST_CASE("A ghost's earlier dates widen the timeline so that it is not cut off",
          "[render][timeline]") {
    Roadmap roadmap;
    roadmap.asOf = Date::fromYear(2020);
    roadmap.destinations.append(laneNamed("moon", "Moon"));
    Mission mission;
    mission.id = "m";
    mission.destination = "moon";
    mission.start = Date::fromYear(2020);
    mission.end = Date::fromYear(2021);
    roadmap.missions.append(mission);
    PaintContext context = contextFor(roadmap);
    const auto plain = timelineRange(context);
    CHECK(plain.first == chr::sys_days{chr::year{2019} / 1 / 1});
    CHECK(plain.second == chr::sys_days{chr::year{2023} / 1 / 1});
    // An earlier edition had it from 2011 to 2030.
    context.missions[0].previous = PreviousDates{Date::fromYear(2011), Date::fromYear(2030)};
    const auto widened = timelineRange(context);
    CHECK(widened.first == chr::sys_days{chr::year{2010} / 1 / 1});
    CHECK(widened.second == chr::sys_days{chr::year{2032} / 1 / 1});
    const TimelineLayout layout = layoutTimeline(context, 1.0);
    CHECK(layout.firstDay == widened.first);
}

TEST_CASE("Charts set Latin names unshaped, and shape the scripts that need it",
          "[render][timeline]") {
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPixelSize(14);
    const auto widthOf = [](const QFont& font, const QString& text) {
        return QFontMetricsF(font).horizontalAdvance(text);
    };
    // "AV" kerns: shaped, the pair is narrower than its two letters; a chart sets them
    // unshaped, letter after letter.
    const QString kerned = QStringLiteral("AVAVAVAVAV");
    const QFont latin = chartFont(base, kerned);
    CHECK(widthOf(base, kerned) < widthOf(latin, kerned));
    CHECK(widthOf(latin, kerned) == Approx(5 * widthOf(latin, QStringLiteral("A")) +
                                           5 * widthOf(latin, QStringLiteral("V"))));

    // Arabic letters join: unshaped they would be their isolated forms, of other widths.
    const QString arabic = QStringLiteral("\u0645\u0633\u0628\u0627\u0631");
    double isolated = 0;
    for (const QChar letter : arabic) {
        isolated += widthOf(base, QString(letter));
    }
    const double joined = widthOf(base, arabic);
    REQUIRE(joined != Approx(isolated));
    CHECK(widthOf(chartFont(base, arabic), arabic) == Approx(joined));
    // ...also from a font that was unshaped, as the publication's is.
    CHECK(widthOf(chartFont(latin, arabic), arabic) == Approx(joined));

    // The layout measures each name in the font it is painted in.
    Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    Mission renamed = roadmap.missions[0];
    renamed.name = arabic.toStdString();
    roadmap.missions.replace(0, renamed);
    PaintContext context = contextFor(roadmap);
    context.font = base;
    const std::vector<double> widths = measureLabels(context);
    CHECK(widths[0] == Approx(joined));
    const QString latinName = QString::fromStdString(roadmap.missions[1].name);
    CHECK(widths[1] == Approx(widthOf(chartFont(base, latinName), latinName)));
}

TEST_CASE("The legend gives colours for the lead agencies of the missions shown",
          "[render][timeline]") {
    const Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    PaintContext context = contextFor(roadmap);
    std::vector<std::size_t> leading;
    for (std::size_t agency = 0; agency < roadmap.agencies.size(); ++agency) {
        const bool leads =
            std::any_of(roadmap.missions.begin(), roadmap.missions.end(),
                        [&](const Mission& m) { return m.lead == roadmap.agencies[agency].id; });
        if (leads) {
            leading.push_back(agency);
        }
    }
    REQUIRE(leading.size() >= 3);
    REQUIRE(leading.size() < roadmap.agencies.size()); // some agencies lead nothing
    CHECK(legendAgencies(context) == leading);

    // The filter hides NASA's missions: NASA leaves the legend.
    const std::size_t nasa = *roadmap.agencies.indexOf("NASA");
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        context.missions[i].visible = roadmap.missions[i].lead != "NASA";
    }
    std::erase(leading, nasa);
    CHECK(legendAgencies(context) == leading);
}

TEST_CASE("The legend explains rings and ghosts while the chart is compared with something",
          "[render][timeline][review]") {
    const Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    PaintContext context = contextFor(roadmap);
    const auto drawn = [](const PaintContext& shown) {
        const double height = legendHeight(shown, 500);
        QImage image(500, static_cast<int>(std::ceil(height)), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintLegend(painter, shown, QRectF(0, 0, 500, height));
        painter.end();
        if (test::picturesWanted()) {
            image.save(qEnvironmentVariable("ORRERY_TEST_IMAGES") + QStringLiteral("/legend.png"));
        }
        // Pixels of the rings' colour.
        const QColor ring = shown.theme.proposal;
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                count += image.pixelColor(x, y) == ring ? 1 : 0;
            }
        }
        return std::pair{height, count};
    };
    const auto [plainHeight, plainRings] = drawn(context);
    CHECK(plainRings == 0);
    // Compared with an earlier edition, one mission moved.
    context.missions[1].proposed = ProposedChange::Changed;
    context.missions[1].previous = PreviousDates{Date::fromYear(2011), Date::fromYear(2012)};
    const auto [comparedHeight, comparedRings] = drawn(context);
    CHECK(comparedHeight > plainHeight);
    CHECK(comparedRings > 20);
}

TEST_CASE("A proposed change is ringed and a moved mission's old place drawn as a ghost",
          "[render][timeline][review]") {
    // ExoMars 2018 moved from 2018 to 2020, as ESA's 2016 draft proposes.
    Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    const std::size_t index = *roadmap.missions.indexOf("exomars18");
    Mission moved = roadmap.missions[index];
    moved.start = Date::fromYear(2020);
    roadmap.missions.replace(index, moved);
    const auto paint = [&](bool proposed) {
        PaintContext context = contextFor(roadmap);
        if (proposed) {
            context.missions[index].proposed = ProposedChange::Changed;
            context.missions[index].previous = PreviousDates{Date::fromYear(2018), std::nullopt};
        }
        const TimelineLayout layout = layoutTimeline(context, 48.0 / 365.25);
        QImage image(QSizeF(layout.width, layout.height).toSize(),
                     QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintLanes(painter, layout, context.theme, QRectF(image.rect()));
        paintMission(painter, layout, context, index);
        painter.end();
        return std::pair{image, layout};
    };
    const auto [plain, layout] = paint(false);
    const auto [marked, unused] = paint(true);
    keep(marked, "timeline-proposed.png");

    const TimelineMission& item = layout.missions[index];
    const auto differs = [&](const QRectF& area) {
        const QRect pixels = area.toAlignedRect().intersected(plain.rect());
        for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
            for (int x = pixels.left(); x <= pixels.right(); ++x) {
                if (plain.pixel(x, y) != marked.pixel(x, y)) {
                    return true;
                }
            }
        }
        return false;
    };
    // Where 2018 is, in the mission's row: the ghost.
    const double ghostX = (layout.scale.x(Date::fromYear(2018).firstDay()) +
                           layout.scale.x(Date::fromYear(2018).lastDay())) /
                          2;
    const double y = item.bar.center().y();
    CHECK(differs(QRectF(ghostX - 3, y - 3, 6, 6)));
    // The ring around the marker, just outside it.
    CHECK(differs(QRectF(item.bar.left() - 4, item.bar.top(), 2, item.bar.height())));
    // Far from both, nothing changes.
    CHECK_FALSE(differs(QRectF(layout.scale.x(Date::fromYear(2030).firstDay()), y - 3, 6, 6)));
}
