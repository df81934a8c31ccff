// Speed of the views' drawing and of the publication export. Run:
//   QT_QPA_PLATFORM=offscreen build/bin/bench_render
// The figures and the machine are in docs/performance.md.

#include "generated.h"

#include <orrery/analysis/analysis.h>
#include <orrery/generator.h>
#include <orrery/io/reader.h>

#include <benchmark/benchmark.h>
#include <render/dependencylayout.h>
#include <render/exporters.h>
#include <render/report.h>
#include <render/timelinelayout.h>
#include <render/timelinepainter.h>

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

namespace {

using namespace orrery;
using namespace orrery::render;

using bench::roadmapOf;

PaintContext contextOf(const Roadmap& roadmap) {
    PaintContext context = PaintContext::forRoadmap(roadmap);
    context.font = QGuiApplication::font();
    return context;
}

/// One frame of the timeline as the view paints it: a 1600 x 900 viewport at the
/// default zoom, scrolled to the middle of the roadmap.
void timelineFrame(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    const PaintContext context = contextOf(roadmap);
    const TimelineLayout layout = layoutTimeline(context, 60.0 / 365.25);
    QImage frame(1600, 900, QImage::Format_ARGB32_Premultiplied);
    const QRectF window(layout.width / 2, layout.height / 2, 1600, 900);
    for (auto _ : state) {
        QPainter painter(&frame);
        painter.translate(-window.topLeft());
        paintLanesArea(painter, layout, context, ArrowMode::Selected, window);
    }
}

/// Laying out the timeline again, as a zoom step does (labels measured once before).
void timelineLayout(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    const PaintContext context = contextOf(roadmap);
    const std::vector<double> labels = measureLabels(context);
    for (auto _ : state) {
        auto layout = layoutTimeline(context, 60.0 / 365.25, {}, &labels);
        benchmark::DoNotOptimize(layout);
    }
}

/// Measuring every mission's label, as opening a roadmap does.
void timelineMeasureLabels(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    const PaintContext context = contextOf(roadmap);
    for (auto _ : state) {
        auto widths = measureLabels(context);
        benchmark::DoNotOptimize(widths);
    }
}

/// The part of a scroll step the view repaints: a 40-pixel strip.
void timelineScrollStrip(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    const PaintContext context = contextOf(roadmap);
    const TimelineLayout layout = layoutTimeline(context, 60.0 / 365.25);
    QImage frame(1600, 900, QImage::Format_ARGB32_Premultiplied);
    const QRectF strip(layout.width / 2, layout.height / 2, 1600, 40);
    for (auto _ : state) {
        QPainter painter(&frame);
        painter.translate(-strip.topLeft());
        painter.setClipRect(strip);
        paintLanes(painter, layout, context.theme, strip);
        for (std::size_t i = 0; i < layout.missions.size(); ++i) {
            const TimelineMission& item = layout.missions[i];
            if (item.placed && item.bar.united(item.label).intersects(strip)) {
                paintMission(painter, layout, context, i);
            }
        }
    }
}

void dependencyLayout(benchmark::State& state) {
    const Roadmap& roadmap = roadmapOf(state.range(0));
    const PaintContext context = contextOf(roadmap);
    for (auto _ : state) {
        auto layout = layoutDependencies(context);
        benchmark::DoNotOptimize(layout);
    }
}

/// The whole default PDF (every section but the findings, A4 landscape) from the roadmap
/// in memory to the file: analysis, layout, drawing, writing.
void exportPdf(benchmark::State& state, const Roadmap& roadmap) {
    QTemporaryDir folder;
    const QString file = QDir(folder.path()).filePath(QStringLiteral("roadmap.pdf"));
    for (auto _ : state) {
        const Analysis analysis = analyzeRoadmap(roadmap);
        const Report report(roadmap, &analysis, ReportOptions{});
        const auto written = render::exportPdf(report, file);
        if (!written) {
            state.SkipWithError(written.error().toStdString().c_str());
            return;
        }
        state.counters["pages"] = *written;
        state.counters["MB"] = static_cast<double>(QFileInfo(file).size()) / 1e6;
    }
}

void exportGerPdf(benchmark::State& state) {
    static const Roadmap ger =
        *readRoadmapFile(ORRERY_SOURCE_DIR "/roadmaps/ger-2013.roadmap.json");
    exportPdf(state, ger);
}

void exportGeneratedPdf(benchmark::State& state) {
    exportPdf(state, roadmapOf(state.range(0)));
}

} // namespace

BENCHMARK(exportGerPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(exportGeneratedPdf)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(timelineFrame)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(timelineLayout)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(timelineMeasureLabels)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(timelineScrollStrip)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(dependencyLayout)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
