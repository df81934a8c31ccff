#include "exporters.h"

#include "dependencylayout.h"
#include "dependencypainter.h"
#include "diagramsummary.h"
#include "timelinelayout.h"
#include "timelinepainter.h"
#include "utf8.h"

#include <orrery/io/writer.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace orrery::render {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("orrery::render::Export", text);
}

/// A year takes this much room in chart exports: every year is named on the axis.
constexpr double kChartPixelsPerYear = 60.0;
constexpr double kChartMargin = 16.0;

Expected<void, QString> replaceFile(const QString& filePath, const QByteArray& bytes) {
    const auto written = writeFileAtomically(
        toStdString(filePath),
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!written) {
        return make_unexpected(toQString(written.error().describe()));
    }
    return {};
}

/// What the PDF says about itself, in its document information and its XMP metadata alike
/// (PDF/A requires the two to agree).
struct DocumentInformation {
    QString title;
    QString author;
    QString creator;
    QString producer = QStringLiteral("Qt " QT_VERSION_STR);
    QDateTime created = QDateTime::currentDateTimeUtc();
};

QByteArray xmpMetadata(const DocumentInformation& information, bool pdfA) {
    const auto escaped = [](const QString& text) { return text.toHtmlEscaped().toUtf8(); };
    QByteArray xmp = "<?xpacket begin='\xef\xbb\xbf' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                     "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
                     "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                     "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>\n"
                     "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>" +
                     escaped(information.title) +
                     "</rdf:li></rdf:Alt></dc:title>\n"
                     "<dc:creator><rdf:Seq><rdf:li>" +
                     escaped(information.author) +
                     "</rdf:li></rdf:Seq></dc:creator>\n"
                     "</rdf:Description>\n"
                     "<rdf:Description rdf:about='' xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n"
                     "<xmp:CreatorTool>" +
                     escaped(information.creator) +
                     "</xmp:CreatorTool>\n"
                     "<xmp:CreateDate>" +
                     information.created.toString(Qt::ISODate).toUtf8() +
                     "</xmp:CreateDate>\n"
                     "</rdf:Description>\n"
                     "<rdf:Description rdf:about='' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
                     "<pdf:Producer>" +
                     escaped(information.producer) +
                     "</pdf:Producer>\n"
                     "</rdf:Description>\n";
    if (pdfA) {
        xmp += "<rdf:Description rdf:about='' xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/'>\n"
               "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
               "</rdf:Description>\n";
    }
    xmp += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
    return xmp;
}

/// A PDF text string: UTF-16BE with its byte-order mark, in hexadecimal.
QByteArray pdfText(const QString& text) {
    QByteArray utf16("\xfe\xff", 2);
    for (const QChar unit : text) {
        utf16 += static_cast<char>(unit.unicode() >> 8);
        utf16 += static_cast<char>(unit.unicode() & 0xff);
    }
    return '<' + utf16.toHex() + '>';
}

/// Qt 6.4 writes no /Author into the document information. An incremental update, as the
/// PDF standard provides for, replaces the information dictionary with a complete one:
/// the file Qt wrote stays as it is and a reader sees the new dictionary.
Expected<QByteArray, QString> withDocumentInformation(QByteArray pdf,
                                                      const DocumentInformation& information) {
    static const QRegularExpression trailerPattern(
        QStringLiteral(R"(trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString tail = QString::fromLatin1(pdf.right(1024));
    const auto trailer = trailerPattern.match(tail);
    static const QRegularExpression infoPattern(QStringLiteral(R"(/Info\s+(\d+)\s+(\d+)\s+R)"));
    static const QRegularExpression sizePattern(QStringLiteral(R"(/Size\s+(\d+))"));
    static const QRegularExpression rootPattern(QStringLiteral(R"(/Root\s+\d+\s+\d+\s+R)"));
    static const QRegularExpression idPattern(QStringLiteral(R"(/ID\s*\[[^\]]*\])"));
    const QString dictionary = trailer.captured(1);
    const auto info = infoPattern.match(dictionary);
    const auto size = sizePattern.match(dictionary);
    const auto root = rootPattern.match(dictionary);
    if (!trailer.hasMatch() || !info.hasMatch() || !size.hasMatch() || !root.hasMatch()) {
        return make_unexpected(tr("The PDF's document information could not be completed."));
    }
    const auto id = idPattern.match(dictionary);

    if (!pdf.endsWith('\n')) {
        pdf += '\n';
    }
    const qsizetype objectOffset = pdf.size();
    pdf += info.captured(1).toLatin1() + ' ' + info.captured(2).toLatin1() + " obj\n<<\n";
    pdf += "/Title " + pdfText(information.title) + '\n';
    pdf += "/Author " + pdfText(information.author) + '\n';
    pdf += "/Creator " + pdfText(information.creator) + '\n';
    pdf += "/Producer " + pdfText(information.producer) + '\n';
    pdf += "/CreationDate (D:" + information.created.toString(u"yyyyMMddHHmmss"_s).toLatin1() +
           "Z)\n>>\nendobj\n";
    const qsizetype xrefOffset = pdf.size();
    pdf += "xref\n" + info.captured(1).toLatin1() + " 1\n";
    pdf += QByteArray::number(objectOffset).rightJustified(10, '0') + ' ' +
           info.captured(2).toLatin1().rightJustified(5, '0') + " n\r\n";
    pdf += "trailer\n<<\n/Size " + size.captured(1).toLatin1() + "\n/Info " +
           info.captured(1).toLatin1() + ' ' + info.captured(2).toLatin1() + " R\n" +
           root.captured().toLatin1() + '\n';
    if (id.hasMatch()) {
        pdf += id.captured().toLatin1() + '\n';
    }
    pdf += "/Prev " + trailer.captured(2).toLatin1() + "\n>>\nstartxref\n" +
           QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return pdf;
}

PaintContext chartContext(const Roadmap& roadmap, const Analysis* analysis,
                          const ChartOptions& options) {
    return publicationContext(roadmap, analysis, options.filter, options.colorMode);
}

struct ChartPlan {
    PaintContext context;
    TimelineLayout timeline;
    DiagramPlan diagram;
    DependencyLayout dependencies;
    QSizeF size;
};

ChartPlan plan(const Roadmap& roadmap, const Analysis* analysis, const ChartOptions& options) {
    ChartPlan plan;
    plan.context = chartContext(roadmap, analysis, options);
    if (options.chart == Chart::Timeline) {
        plan.timeline = layoutTimeline(plan.context, kChartPixelsPerYear / 365.25);
        plan.size = QSizeF(plan.timeline.metrics.headerWidth + plan.timeline.width,
                           plan.timeline.metrics.axisHeight + plan.timeline.height);
    } else {
        plan.diagram = planDependencyDiagram(plan.context);
        if (plan.diagram.form != DiagramForm::LeftOut) {
            plan.dependencies =
                layoutDependencies(plan.diagram.context, publicationDependencyMetrics());
        }
        plan.size = plan.dependencies.size + QSizeF(2 * kChartMargin, 2 * kChartMargin);
    }
    return plan;
}

void paintChart(QPainter& painter, const ChartPlan& plan) {
    const QRectF target(QPointF(0, 0), plan.size);
    if (!plan.timeline.missions.empty() || !plan.timeline.lanes.empty()) {
        paintTimeline(painter, plan.timeline, plan.context,
                      QRectF(0, 0, plan.timeline.width, plan.timeline.height), target,
                      ArrowMode::None);
    } else {
        paintDependencyDiagram(painter, plan.dependencies, plan.diagram.context,
                               QRectF(QPointF(-kChartMargin, -kChartMargin), plan.size), target);
    }
}

} // namespace

Expected<int, QString> exportPdf(const Report& report, const QString& filePath,
                                 const PageProgress& progress) {
    bool stopped = false;
    const PageProgress watched = [&](int painted, int pages) {
        stopped = progress && !progress(painted, pages);
        return !stopped;
    };
    DocumentInformation information;
    information.title = documentTitle(report.roadmap());
    information.author = information.title; // the roadmap and its edition speak for it
    information.creator = creatorName();
    information.created = information.created.addMSecs(-information.created.time().msec());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(information.title);
        writer.setCreator(information.creator);
        writer.setResolution(1200);
        if (report.pdfA()) {
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        }
        writer.setDocumentXmpMetadata(xmpMetadata(information, report.pdfA()));
        if (!paintReport(report, writer, watched)) {
            return make_unexpected(stopped ? tr("The export was cancelled; nothing was written.")
                                           : tr("The PDF could not be drawn."));
        }
    }
    const auto complete = withDocumentInformation(buffer.data(), information);
    if (!complete) {
        return make_unexpected(complete.error());
    }
    if (auto written = replaceFile(filePath, *complete); !written) {
        return make_unexpected(written.error());
    }
    return report.pageCount();
}

QSizeF chartSize(const Roadmap& roadmap, const Analysis* analysis, const ChartOptions& options) {
    return plan(roadmap, analysis, options).size;
}

QString chartNote(const Roadmap& roadmap, const Analysis* analysis, const ChartOptions& options) {
    if (options.chart != Chart::Dependencies) {
        return {};
    }
    return planDependencyDiagram(chartContext(roadmap, analysis, options)).note();
}

Expected<void, QString> exportSvg(const Roadmap& roadmap, const Analysis* analysis,
                                  const ChartOptions& options, const QString& filePath) {
    if (options.chart == Chart::Timeline) {
        // An SVG holds every bar and label at once; past this many, it is hundreds of
        // megabytes that no viewer opens. The PDF pages a timeline of any length.
        const PaintContext context = chartContext(roadmap, analysis, options);
        const auto shown = static_cast<std::size_t>(
            std::count_if(context.missions.begin(), context.missions.end(),
                          [](const MissionAppearance& mission) { return mission.visible; }));
        if (shown > kSvgTimelineMissionLimit) {
            return make_unexpected(
                tr("A timeline of %1 missions is more than an SVG can hold (%2): choose fewer "
                   "agencies or destinations, or publish the PDF, which continues the timeline "
                   "over pages.")
                    .arg(shown)
                    .arg(kSvgTimelineMissionLimit));
        }
    }
    const ChartPlan chart = plan(roadmap, analysis, options);
    if (chart.diagram.form == DiagramForm::LeftOut) {
        return make_unexpected(chart.diagram.note());
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(chart.size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), chart.size));
    generator.setTitle(documentTitle(roadmap));
    generator.setDescription(options.chart == Chart::Timeline ? tr("Timeline")
                                                              : tr("Dependencies"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        return make_unexpected(tr("The SVG could not be drawn."));
    }
    paintChart(painter, chart);
    painter.end();
    return replaceFile(filePath, buffer.data());
}

Expected<QImage, QString> renderChart(const Roadmap& roadmap, const Analysis* analysis,
                                      const ChartOptions& options) {
    const ChartPlan chart = plan(roadmap, analysis, options);
    if (chart.diagram.form == DiagramForm::LeftOut) {
        return make_unexpected(chart.diagram.note());
    }
    const double scale = options.dpi / 96.0;
    const QSize pixels = (chart.size * scale).toSize();
    // Beyond these an image takes gigabytes to draw and few programs open it.
    constexpr int kMaximumSide = 32000;
    constexpr qint64 kMaximumPixels = 120'000'000;
    if (pixels.width() > kMaximumSide || pixels.height() > kMaximumSide || pixels.isEmpty() ||
        qint64{pixels.width()} * pixels.height() > kMaximumPixels) {
        return make_unexpected(tr("At %1 dpi the image would be %2 x %3 pixels; choose a lower "
                                  "resolution or SVG.")
                                   .arg(options.dpi)
                                   .arg(pixels.width())
                                   .arg(pixels.height()));
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(static_cast<int>(std::lround(options.dpi / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(options.dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintChart(painter, chart);
    painter.end();
    return image;
}

Expected<void, QString> exportPng(const Roadmap& roadmap, const Analysis* analysis,
                                  const ChartOptions& options, const QString& filePath) {
    const auto image = renderChart(roadmap, analysis, options);
    if (!image) {
        return make_unexpected(image.error());
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image->save(&buffer, "PNG", kPngQuality)) {
        return make_unexpected(tr("The PNG could not be encoded."));
    }
    return replaceFile(filePath, buffer.data());
}

} // namespace orrery::render
