#pragma once

// Writing publications to files: PDF (the whole report), SVG and PNG (one chart). Every
// export is written to memory first and then replaces the file atomically, so that a failed
// export never leaves a broken or half-written file.

#include "report.h"

#include <orrery/expected.h>

#include <QImage>
#include <QString>

#include <cstddef>

namespace orrery::render {

enum class Chart { Timeline, Dependencies };

/// The quality PNGs are encoded at (QImage::save): zlib's fastest level. Charts and windows
/// are mostly flat colour, which it packs within a few per cent of the default level's
/// size in half the time.
inline constexpr int kPngQuality = 80;

/// Writes the report as a PDF (vector, text selectable, fonts embedded, title, author and
/// creator set; PDF/A-1b when the report's options ask). Returns the number of pages.
/// `progress` is told of each page painted and may stop the export: then nothing is written.
Expected<int, QString> exportPdf(const Report& report, const QString& filePath,
                                 const PageProgress& progress = {});

struct ChartOptions {
    Chart chart = Chart::Timeline;
    std::optional<MissionFilter> filter;
    ColorMode colorMode = ColorMode::Agency;
    /// PNG only: pixels per inch (96 gives the chart at its natural size).
    double dpi = 96;
};

/// Missions an SVG timeline draws at most; the PDF pages any number.
inline constexpr std::size_t kSvgTimelineMissionLimit = 20000;

/// What the chart says about itself: set when the dependency diagram is summarised (see
/// diagramsummary.h); the exports refuse one that would be left out, with this reason.
QString chartNote(const Roadmap& roadmap, const Analysis* analysis, const ChartOptions& options);

/// The chart's natural size, in layout units (pixels at 96 dpi).
QSizeF chartSize(const Roadmap& roadmap, const Analysis* analysis, const ChartOptions& options);
/// The chart as an image at the options' resolution, or why it cannot be made (too large).
Expected<QImage, QString> renderChart(const Roadmap& roadmap, const Analysis* analysis,
                                      const ChartOptions& options);
Expected<void, QString> exportSvg(const Roadmap& roadmap, const Analysis* analysis,
                                  const ChartOptions& options, const QString& filePath);
Expected<void, QString> exportPng(const Roadmap& roadmap, const Analysis* analysis,
                                  const ChartOptions& options, const QString& filePath);

} // namespace orrery::render
