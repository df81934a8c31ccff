// Dark theme: every agency colour, the hatching and the fades keep a contrast of at least
// 3:1 with what they are drawn on, in the light and the dark theme (WCAG 2.1 non-text
// contrast), over the colours of every bundled roadmap.

#include "support/rendersupport.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>
#include <render/palette.h>
#include <render/style.h>
#include <render/timelinelayout.h>
#include <render/timelinepainter.h>

#include <QImage>
#include <QPainter>

#include <filesystem>

using namespace orrery;
using namespace orrery::render;

namespace {

std::vector<Roadmap> bundledRoadmaps() {
    std::vector<Roadmap> roadmaps;
    for (const char* folder : {"roadmaps", "roadmaps/contributions"}) {
        for (const auto& entry : std::filesystem::directory_iterator(test::sourcePath(folder))) {
            if (entry.path().extension() == ".json") {
                roadmaps.push_back(test::loadRoadmap(entry.path()));
            }
        }
    }
    return roadmaps;
}

/// Every colour a mission can be drawn in, in each colour mode.
std::vector<QColor> missionColours(const Roadmap& roadmap) {
    std::vector<QColor> colours{unknownAgencyColor(), crewColor(Crew::Human),
                                crewColor(Crew::Robotic)};
    for (const Agency& agency : roadmap.agencies) {
        colours.push_back(agencyColor(agency));
    }
    for (const auto status : {MissionStatus::Completed, MissionStatus::Operating,
                              MissionStatus::Planned, MissionStatus::Conceptual}) {
        colours.push_back(statusColor(status));
    }
    return colours;
}

} // namespace

TEST_CASE("Dark theme: mission colours, hatching and fades keep 3:1 in both themes",
          "[render][contrast]") {
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).epsilon(0.01));

    const auto roadmaps = bundledRoadmaps();
    REQUIRE(roadmaps.size() >= 6);
    for (const Theme& theme : {Theme::light(), Theme::dark()}) {
        INFO("theme background " << theme.background.name().toStdString());
        for (const Roadmap& roadmap : roadmaps) {
            for (const QColor& raw : missionColours(roadmap)) {
                INFO(roadmap.title << ": " << raw.name().toStdString());
                const QColor drawn = readableOn(raw, theme);
                for (const QColor& under : {theme.laneEven, theme.laneOdd, theme.background}) {
                    // The bar, its hatching (drawn in the same colour) and its outline.
                    CHECK(contrastRatio(drawn, under) >= kMinimumContrast);
                    // The faint end of an imprecise date's fade, and the diagram's hatching.
                    CHECK(contrastRatio(fadedTowards(drawn, under, 0.85), under) >=
                          kMinimumContrast - 0.01);
                    CHECK(contrastRatio(hatchInk(drawn, under), under) >= kMinimumContrast - 0.01);
                }
                // A colour that already reads keeps its hue and value.
                if (contrastRatio(raw, theme.laneEven) >= 3.5 &&
                    contrastRatio(raw, theme.laneOdd) >= 3.5 &&
                    contrastRatio(raw, theme.background) >= 3.5) {
                    CHECK(drawn == raw);
                }
            }
        }
    }
}

TEST_CASE("Dark theme: the bars as painted stand out from their lanes", "[render][contrast]") {
    const Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    for (const Theme& theme : {Theme::light(), Theme::dark()}) {
        PaintContext context = test::contextFor(roadmap);
        context.theme = theme;
        const TimelineLayout layout = layoutTimeline(context, 60.0 / 365.25);
        QImage image(QSize(static_cast<int>(layout.width), static_cast<int>(layout.height)),
                     QImage::Format_RGB32);
        {
            QPainter painter(&image);
            paintLanesArea(painter, layout, context, ArrowMode::None, QRectF(image.rect()));
        }
        if (const QByteArray folder = qgetenv("ORRERY_TEST_IMAGES"); !folder.isEmpty()) {
            image.save(QString::fromUtf8(folder) +
                       QStringLiteral("/contrast-%1.png").arg(theme.background.name().mid(1)));
        }
        int measured = 0;
        for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
            const TimelineMission& item = layout.missions[i];
            const Mission& mission = roadmap.missions[i];
            // Where the colour is solid: a milestone's centre, a bar's certain span (away from
            // a name written inside it).
            if (!item.placed || mission.status == MissionStatus::Conceptual || item.labelInside ||
                (!item.milestone && item.solidEnd - item.solidStart < 6)) {
                continue;
            }
            INFO(mission.id << " on " << theme.background.name().toStdString());
            const QPoint solid =
                item.milestone ? item.bar.center().toPoint()
                               : QPoint(static_cast<int>((item.solidStart + item.solidEnd) / 2),
                                        static_cast<int>(item.bar.center().y()));
            const QColor lane = image.pixelColor(QPoint(static_cast<int>(item.bar.center().x()),
                                                        static_cast<int>(item.bar.top() - 4)));
            CHECK(contrastRatio(image.pixelColor(solid), lane) >= kMinimumContrast);
            ++measured;
        }
        CHECK(measured >= 10);
    }
}
