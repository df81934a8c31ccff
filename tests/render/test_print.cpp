// Conceptual missions print as on screen: the hatching and the fades of imprecise dates come
// out of the PDF as the screen draws them, judged by a PDF reader's rendering (pdftoppm).

#include "support/poppler.h"
#include "support/rendersupport.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>
#include <render/timelinelayout.h>
#include <render/timelinepainter.h>

#include <QDir>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace orrery;
using namespace orrery::render;

namespace {

constexpr int kDpi = 96;

struct Rgb {
    double red = 0;
    double green = 0;
    double blue = 0;
    double luminance() const { return 0.2126 * red + 0.7152 * green + 0.0722 * blue; }
};

Rgb meanColour(const QImage& image, const QRect& area) {
    Rgb sum;
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            sum.red += pixel.red();
            sum.green += pixel.green();
            sum.blue += pixel.blue();
            ++count;
        }
    }
    REQUIRE(count > 0);
    return {sum.red / count, sum.green / count, sum.blue / count};
}

double difference(const Rgb& a, const Rgb& b) {
    return std::max(
        {std::abs(a.red - b.red), std::abs(a.green - b.green), std::abs(a.blue - b.blue)});
}

struct Chart {
    Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    PaintContext context = test::contextFor(roadmap);
    TimelineLayout layout = layoutTimeline(context, 60.0 / 365.25);
    QSizeF size{layout.metrics.headerWidth + layout.width,
                layout.metrics.axisHeight + layout.height};

    void paint(QPainter& painter) const {
        paintTimeline(painter, layout, context, QRectF(0, 0, layout.width, layout.height),
                      QRectF(QPointF(0, 0), size), ArrowMode::None);
    }
    /// Where a mission's bar is in the chart, inset so that only its inside is measured.
    QRect inside(std::size_t mission, double fromFraction = 0, double toFraction = 1) const {
        const QRectF bar = layout.missions[mission].bar.translated(layout.metrics.headerWidth,
                                                                   layout.metrics.axisHeight);
        const double left = bar.left() + bar.width() * fromFraction;
        const double right = bar.left() + bar.width() * toFraction;
        return QRectF(QPointF(left + 1, bar.top() + 3), QPointF(right - 1, bar.bottom() - 3))
            .toRect();
    }
};

} // namespace

TEST_CASE("Conceptual missions print as on screen: hatching and fades in the PDF",
          "[render][print]") {
    const Chart chart;
    QImage screen(chart.size.toSize(), QImage::Format_RGB32);
    screen.fill(Qt::white);
    {
        QPainter painter(&screen);
        chart.paint(painter);
    }
    const test::TemporaryDirectory folder;
    const QString file = QString::fromStdString((folder / "timeline.pdf").string());
    {
        QPdfWriter pdf(file);
        pdf.setResolution(kDpi);
        pdf.setPageSize(QPageSize(chart.size * 72.0 / kDpi, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        chart.paint(painter);
    }
    const QImage printed = test::pdfPageImage(file, 1, kDpi);
    REQUIRE(std::abs(printed.width() - screen.width()) <= 1);
    REQUIRE(std::abs(printed.height() - screen.height()) <= 1);
    if (const QByteArray images = qgetenv("ORRERY_TEST_IMAGES"); !images.isEmpty()) {
        screen.save(QString::fromUtf8(images) + QStringLiteral("/print-screen.png"));
        printed.save(QString::fromUtf8(images) + QStringLiteral("/print-pdf.png"));
    }

    int hatched = 0;
    int faded = 0;
    for (std::size_t i = 0; i < chart.roadmap.missions.size(); ++i) {
        const Mission& mission = chart.roadmap.missions[i];
        const TimelineMission& item = chart.layout.missions[i];
        if (!item.placed || item.milestone || item.bar.width() < 24) {
            continue;
        }
        INFO(mission.id);
        if (mission.status == MissionStatus::Conceptual) {
            // Hatched: the same light mean colour on paper as on screen, no dark blot.
            const Rgb onScreen = meanColour(screen, chart.inside(i));
            const Rgb onPaper = meanColour(printed, chart.inside(i));
            CHECK(difference(onScreen, onPaper) < 14);
            ++hatched;
        } else if (mission.start.precision() == DatePrecision::Year && item.bar.width() >= 60 &&
                   item.solidStart > item.bar.left() + 12) {
            // A year-precise start fades in: lighter at the start than in the middle, on
            // paper as on screen.
            const double fadeTo = (item.solidStart - item.bar.left()) / 2 / item.bar.width();
            const Rgb start = meanColour(printed, chart.inside(i, 0.0, fadeTo));
            const Rgb middle = meanColour(printed, chart.inside(i, 0.45, 0.55));
            CHECK(start.luminance() > middle.luminance() + 15);
            CHECK(difference(start, meanColour(screen, chart.inside(i, 0.0, fadeTo))) < 14);
            ++faded;
        }
        if (mission.status != MissionStatus::Conceptual && mission.end &&
            mission.end->precision() == DatePrecision::Year && item.bar.width() >= 60 &&
            item.solidEnd < item.bar.right() - 12) {
            // ...and a year-precise end fades out: the outer half of its last year.
            const double fadeFrom =
                (item.solidEnd + (item.bar.right() - item.solidEnd) / 2 - item.bar.left()) /
                item.bar.width();
            const Rgb end = meanColour(printed, chart.inside(i, fadeFrom, 1.0));
            const Rgb middle = meanColour(printed, chart.inside(i, 0.45, 0.55));
            CHECK(end.luminance() > middle.luminance() + 15);
            CHECK(difference(end, meanColour(screen, chart.inside(i, fadeFrom, 1.0))) < 14);
            ++faded;
        }
    }
    CHECK(hatched >= 3);
    CHECK(faded >= 3);
}
