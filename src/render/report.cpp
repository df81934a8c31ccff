#include "report.h"

#include "dependencylayout.h"
#include "dependencypainter.h"
#include "diagramsummary.h"
#include "legend.h"
#include "palette.h"
#include "porkchop.h"
#include "qdates.h"
#include "timelinelayout.h"
#include "timelinepainter.h"
#include "utf8.h"
#include "vocabulary.h"

#include <orrery/analysis/scenarios.h>
#include <orrery/analysis/strategy.h>
#include <orrery/resolution.h>

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>

namespace orrery::render {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("orrery::render::Report", text);
}

constexpr double kLayoutDpi = 96.0;
constexpr double kPointsToLayout = kLayoutDpi / 72.0;
constexpr double kFooterHeight = 22;
constexpr double kSectionHeaderHeight = 30;
/// Charts are scaled down to fit a page, but not below this: their 12-pixel labels stay
/// at 6.5 points or more.
constexpr double kMinimumChartScale = kMinimumTextPoints * kPointsToLayout / 12.0;
/// Below this many pixels a year (at the chart's scale) a year is too narrow to read a
/// mission's length from its bar: the timeline goes on over more pages instead.
constexpr double kMinimumPixelsPerYear = 18.0;

QFont fontOfPixels(double pixels, bool bold = false) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(static_cast<int>(std::lround(pixels)));
    font.setBold(bold);
    // No ligatures: "fi" set as one glyph is copied and searched as "\ufb01" in many
    // readers, so "first" would not be found. Latin text needs no shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

struct Page {
    QString title;
    std::function<void(QPainter&, const QRectF&)> paint;
};

/// A table row: its cells' texts and the height they need.
struct Row {
    QStringList cells;
    double height = 0;
    bool group = false; ///< a destination heading spanning the row
};

} // namespace

PaintContext publicationContext(const Roadmap& roadmap, const Analysis* analysis,
                                const std::optional<MissionFilter>& filter, ColorMode colorMode) {
    PaintContext context = PaintContext::forRoadmap(roadmap);
    context.font = fontOfPixels(12);
    context.colorMode = colorMode;
    context.theme = Theme::light();
    // The analysis is of this roadmap (the caller's promise): a mission's index is its index
    // in the schedule. Should a caller break it, the pages go without analysis rather than
    // read past the schedule.
    assert(!analysis || analysis->schedule.missions.size() == roadmap.missions.size());
    const bool analysed = analysis && analysis->schedule.missions.size() == roadmap.missions.size();
    const auto worst = analysis ? worstFindings(roadmap, analysis->findings)
                                : std::vector<std::optional<Severity>>(roadmap.missions.size());
    const std::vector<bool> kept =
        filter ? applyFilter(roadmap, *filter) : std::vector<bool>(roadmap.missions.size(), true);
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        context.missions[i].visible = kept[i];
        context.missions[i].worstFinding = worst[i];
        if (analysed) {
            context.missions[i].critical = analysis->schedule.missions[i].critical;
            context.missions[i].inCycle = analysis->schedule.missions[i].excluded;
        }
    }
    if (analysed) {
        const auto& path = analysis->schedule.criticalPath;
        for (std::size_t i = 1; i < path.size(); ++i) {
            context.criticalDependencies.emplace_back(path[i - 1], path[i]);
        }
    }
    addLaunchWindows(context);
    return context;
}

DependencyMetrics publicationDependencyMetrics() {
    DependencyMetrics metrics;
    metrics.minimumNodeWidth = 120;
    metrics.maximumNodeWidth = 220;
    metrics.layerGap = 36;
    metrics.nodeGap = 8;
    metrics.nameLines = 3;
    return metrics;
}

QString creatorName() {
    return QStringLiteral("Orrery ") + QLatin1String(ORRERY_VERSION);
}

QString documentTitle(const Roadmap& roadmap) {
    const QString title = toQString(roadmap.title);
    return roadmap.edition.empty() ? title
                                   : title + QStringLiteral(", ") + toQString(roadmap.edition);
}

QString editionName(const EditionReference& edition) {
    return toQString(edition.edition.empty() ? edition.title : edition.edition);
}

namespace {

/// A timeline as published: the paint context of its roadmap (the report's own, or a
/// scenario's resolved for it), laid out at the chart scale that fits the pages.
struct TimelineChart {
    /// A scenario's roadmap, which the report keeps while its pages are painted.
    std::unique_ptr<Roadmap> owned;
    PaintContext context;
    TimelineLayout layout;
    double scale = 1.0;
    std::vector<double> labelWidths;
    /// Above the chart on each of its pages: what the marks compare it with.
    QString key;
};

/// Marks the missions that `other` has otherwise (markAgainst()), and rings those in
/// `changed` too: a scenario's changes of other fields than the dates.
void markAll(PaintContext& context, const Roadmap& other,
             const std::set<std::string, std::less<>>& changed) {
    const Roadmap& shown = *context.roadmap;
    for (std::size_t i = 0; i < shown.missions.size(); ++i) {
        MissionAppearance& appearance = context.missions[i];
        if (const auto mark = markAgainst(shown.missions[i], other)) {
            appearance.proposed = mark->change;
            appearance.previous = mark->previous;
        } else if (changed.contains(shown.missions[i].id)) {
            appearance.proposed = ProposedChange::Changed;
        }
    }
}

} // namespace

struct Report::Impl {
    const Roadmap& roadmap;
    std::vector<Finding> findings;
    Schedule schedule;
    bool analysed = false;
    ReportOptions options;
    PaintContext context;
    QSizeF page;
    QRectF body; ///< inside the margins, above the footer
    DiagramPlan diagram;
    DependencyLayout dependencies;
    std::vector<std::string> sources; ///< numbered from 1, in order of first use
    std::map<std::string, int> sourceNumber;
    std::vector<Page> pages;

    Impl(const Roadmap& map, const Analysis* analysis, const ReportOptions& chosen)
        : roadmap(map), options(chosen) {
        if (analysis) {
            findings = analysis->findings;
            schedule = analysis->schedule;
            analysed = schedule.missions.size() == roadmap.missions.size();
        }
        context = publicationContext(roadmap, analysed ? analysis : nullptr, options.filter,
                                     options.colorMode);
        context.opaque = options.pdfA;
        const QPageLayout layout(QPageSize(options.pageSize), options.orientation, QMarginsF());
        page = layout.fullRectPoints().size() * kPointsToLayout;
        const double margin = options.marginMillimetres / 25.4 * kLayoutDpi;
        body = QRectF(margin, margin, page.width() - 2 * margin,
                      page.height() - 2 * margin - kFooterHeight);
        numberSources();

        const auto wanted = [&](Section section) { return options.sections.contains(section); };
        if (wanted(Section::Title)) {
            addTitlePage();
        }
        if (wanted(Section::Timeline)) {
            addTimelinePages();
        }
        if (wanted(Section::Dependencies)) {
            addDependencyPages();
        }
        if (wanted(Section::Goals)) {
            addMatrixPages();
        }
        if (wanted(Section::KnowledgeGaps)) {
            addKnowledgeGapPages();
        }
        if (wanted(Section::Scenarios)) {
            addScenarioPages();
        }
        if (wanted(Section::Changes)) {
            addChangePages();
        }
        if (wanted(Section::Launches)) {
            addLaunchPages();
        }
        if (wanted(Section::Tables)) {
            addTablePages();
        }
        if (wanted(Section::Sources)) {
            addSourcePages();
        }
        if (wanted(Section::Findings)) {
            addFindingPages();
        }
    }

    bool kept(std::size_t mission) const { return context.missions[mission].visible; }

    /// The findings about the missions shown, and those about the roadmap as a whole.
    std::vector<Finding> shownFindings() const {
        std::vector<Finding> shown;
        for (const Finding& finding : findings) {
            if (finding.missions.empty() ||
                std::any_of(finding.missions.begin(), finding.missions.end(),
                            [&](const std::string& id) {
                                const auto index = roadmap.missions.indexOf(id);
                                return index && kept(*index);
                            })) {
                shown.push_back(finding);
            }
        }
        return shown;
    }

    QRectF content() const { return body.adjusted(0, kSectionHeaderHeight, 0, 0); }

    void numberSources() {
        for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
            if (!kept(i)) {
                continue;
            }
            for (const std::string& reference : roadmap.missions[i].references) {
                if (sourceNumber.try_emplace(reference, static_cast<int>(sources.size()) + 1)
                        .second) {
                    sources.push_back(reference);
                }
            }
        }
    }

    // Title page ----------------------------------------------------------------------

    void addTitlePage() {
        pages.push_back({tr("Overview"), [this](QPainter& painter, const QRectF& area) {
                             paintTitle(painter, area);
                         }});
    }

    void paintTitle(QPainter& painter, const QRectF& area) const {
        const Theme& theme = context.theme;
        double y = area.top();
        painter.setPen(theme.text);
        painter.setFont(fontOfPixels(30, true));
        painter.drawText(QRectF(area.left(), y, area.width(), 44), Qt::AlignLeft | Qt::AlignVCenter,
                         toQString(roadmap.title));
        y += 46;
        painter.setFont(fontOfPixels(18));
        if (!roadmap.edition.empty()) {
            painter.drawText(QRectF(area.left(), y, area.width(), 28),
                             Qt::AlignLeft | Qt::AlignVCenter, toQString(roadmap.edition));
            y += 30;
        }
        painter.setPen(theme.mutedText);
        painter.setFont(fontOfPixels(14));
        QString subtitle = tr("As of %1").arg(toQString(roadmap.asOf.toString()));
        if (!options.scenarioName.isEmpty()) {
            subtitle += QStringLiteral(" \u00b7 ") + tr("scenario %1").arg(options.scenarioName);
        }
        if (options.filter && options.filter->isActive()) {
            subtitle += QStringLiteral(" \u00b7 ") + filterDescription();
        }
        painter.drawText(QRectF(area.left(), y, area.width(), 22), Qt::AlignLeft | Qt::AlignVCenter,
                         subtitle);
        y += 40;

        // Left: agencies and the figures; right: the legend.
        const double leftWidth = (area.width() - 30) * 0.55;
        const QRectF left(area.left(), y, leftWidth, area.bottom() - y);
        const QRectF right(left.right() + 30, y, area.right() - left.right() - 30,
                           area.bottom() - y);
        double ly = left.top();
        painter.setPen(theme.text);
        painter.setFont(fontOfPixels(15, true));
        painter.drawText(QRectF(left.left(), ly, left.width(), 22), Qt::AlignLeft, tr("Agencies"));
        ly += 26;
        std::set<std::string> involved;
        for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
            if (kept(i)) {
                involved.insert(roadmap.missions[i].lead);
                involved.insert(roadmap.missions[i].partners.begin(),
                                roadmap.missions[i].partners.end());
            }
        }
        painter.setFont(fontOfPixels(11.5));
        const double rowHeight = 18;
        const QFontMetricsF agencyMetrics(painter.font());
        for (const Agency& agency : roadmap.agencies) {
            if (!involved.contains(agency.id)) {
                continue;
            }
            painter.fillRect(QRectF(left.left(), ly + 4, 18, 10),
                             readableOn(agencyColor(agency), theme));
            painter.setPen(theme.text);
            painter.drawText(QRectF(left.left() + 24, ly, left.width() - 24, rowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             agencyMetrics.elidedText(toQString(agency.id) +
                                                          QStringLiteral(" \u2014 ") +
                                                          toQString(agency.name),
                                                      Qt::ElideRight, left.width() - 24));
            ly += rowHeight;
        }
        ly += 20;

        painter.setFont(fontOfPixels(15, true));
        painter.drawText(QRectF(left.left(), ly, left.width(), 22), Qt::AlignLeft,
                         tr("In figures"));
        ly += 26;
        painter.setFont(fontOfPixels(11.5));
        std::map<MissionStatus, int> byStatus;
        int humans = 0;
        int total = 0;
        for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
            if (kept(i)) {
                ++total;
                ++byStatus[roadmap.missions[i].status];
                humans += roadmap.missions[i].crew == Crew::Human ? 1 : 0;
            }
        }
        QStringList figures;
        figures << tr("%1 missions, %2 of them human").arg(total).arg(humans);
        QStringList statuses;
        for (const auto& [status, count] : byStatus) {
            statuses << QStringLiteral("%1 %2").arg(count).arg(statusName(status, Letters::Lower));
        }
        figures << statuses.join(QStringLiteral(", "));
        std::set<std::string> destinations;
        for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
            if (kept(i)) {
                destinations.insert(roadmap.missions[i].destination);
            }
        }
        figures << tr("%1 destinations, %2 sources").arg(destinations.size()).arg(sources.size());
        if (analysed) {
            const FindingCounts counts = countFindings(shownFindings());
            figures << tr("Checks: %1, %2")
                           .arg(counts.errors == 1 ? tr("1 error")
                                                   : tr("%1 errors").arg(counts.errors),
                                counts.warnings == 1 ? tr("1 warning")
                                                     : tr("%1 warnings").arg(counts.warnings));
            // The critical path runs through the whole roadmap: a filtered document would
            // name missions it does not show.
            const bool filtered = options.filter && options.filter->isActive();
            if (!schedule.criticalPath.empty() && !filtered) {
                QStringList path;
                for (const std::size_t index : schedule.criticalPath) {
                    path << toQString(roadmap.missions[index].name);
                }
                figures << tr("Critical path: %1").arg(path.join(QStringLiteral(" \u2192 ")));
            }
        }
        for (const QString& line : figures) {
            const QRectF box = QFontMetricsF(painter.font())
                                   .boundingRect(QRectF(left.left(), ly, left.width(), 1000),
                                                 Qt::TextWordWrap, line);
            painter.drawText(QRectF(left.left(), ly, left.width(), box.height()), Qt::TextWordWrap,
                             line);
            ly += box.height() + 4;
        }
        painter.setPen(theme.mutedText);
        painter.setFont(fontOfPixels(10));
        painter.drawText(QRectF(left.left(), left.bottom() - 18, left.width(), 18),
                         Qt::AlignLeft | Qt::AlignBottom,
                         tr("Published with %1 on %2")
                             .arg(creatorName(), QDate::currentDate().toString(Qt::ISODate)));

        painter.setPen(theme.text);
        painter.setFont(fontOfPixels(15, true));
        painter.drawText(QRectF(right.left(), right.top(), right.width(), 22), Qt::AlignLeft,
                         tr("Legend"));
        PaintContext legendContext = context;
        legendContext.font = fontOfPixels(11.5);
        paintLegend(painter, legendContext, right.adjusted(0, 26, 0, 0));
    }

    QString filterDescription() const {
        const MissionFilter& filter = *options.filter;
        QStringList parts;
        if (!filter.agencies.empty()) {
            QStringList ids;
            for (const std::string& id : filter.agencies) {
                ids << toQString(id);
            }
            parts << tr("missions of %1").arg(ids.join(QStringLiteral(", ")));
        }
        if (!filter.destinations.empty()) {
            QStringList names;
            for (const std::string& id : filter.destinations) {
                const Destination* destination = roadmap.destinations.find(id);
                names << (destination ? toQString(destination->name) : toQString(id));
            }
            parts << tr("to %1").arg(names.join(QStringLiteral(", ")));
        }
        if (filter.crew) {
            parts << (*filter.crew == Crew::Human ? tr("human missions") : tr("robotic missions"));
        }
        if (!filter.statuses.empty()) {
            QStringList names;
            for (const MissionStatus status : filter.statuses) {
                names << statusName(status, Letters::Lower);
            }
            parts << names.join(QStringLiteral(", "));
        }
        if (!filter.objectives.empty()) {
            QStringList names;
            for (const std::string& id : filter.objectives) {
                const Objective* objective = roadmap.objectives.find(id);
                names << (objective ? toQString(objective->name) : toQString(id));
            }
            parts << tr("pursuing %1").arg(names.join(QStringLiteral("; ")));
        }
        if (!filter.text.empty()) {
            parts << tr("matching \u201c%1\u201d").arg(toQString(filter.text));
        }
        return tr("only %1").arg(parts.join(QStringLiteral(", ")));
    }

    // Timeline ------------------------------------------------------------------------

    /// The lane names' column: as wide as the longest name needs, within limits.
    double laneHeaderWidth() const {
        QFont bold = context.font;
        bold.setBold(true);
        const QFontMetricsF metrics(bold);
        double widest = 0;
        for (const Destination& destination : roadmap.destinations) {
            widest = std::max(widest, metrics.horizontalAdvance(toQString(destination.name)));
        }
        return std::clamp(widest + 22, 110.0, 200.0);
    }

    /// The timeline at a chart scale, fitted to the width of a page that is 1/scale times
    /// larger, or at the narrowest scale that still names the years.
    static TimelineLayout fitTimeline(const TimelineChart& chart, double width, double chartScale,
                                      const TimelineMetrics& metrics) {
        const auto [first, last] = timelineRange(chart.context);
        const double days = static_cast<double>((last - first).count());
        const double available = width / chartScale - metrics.headerWidth;
        double pixelsPerDay = available / days;
        // Labels past the last bar widen the lanes: shrink the scale until they fit too.
        for (int round = 0; round < 3; ++round) {
            const TimelineLayout trial =
                layoutTimeline(chart.context, pixelsPerDay, metrics, &chart.labelWidths);
            const double overhang = trial.width - trial.scale.x(last);
            pixelsPerDay = std::max(available - overhang, available / 2) / days;
        }
        pixelsPerDay = std::max(pixelsPerDay, kMinimumPixelsPerYear / 365.25);
        return layoutTimeline(chart.context, pixelsPerDay, metrics, &chart.labelWidths);
    }

    void addTimelinePages() {
        auto chart = std::make_shared<TimelineChart>();
        chart->context = context;
        addTimelinePages(std::move(chart), tr("Timeline"));
    }

    /// The chart's pages, titled `title` ("title, part 2 of 3" when it takes more than one).
    void addTimelinePages(std::shared_ptr<TimelineChart> chart, const QString& title) {
        const QFont keyFont = fontOfPixels(11);
        const double keyHeight = chart->key.isEmpty()
                                     ? 0.0
                                     : QFontMetricsF(keyFont)
                                               .boundingRect(QRectF(0, 0, content().width(), 1000),
                                                             Qt::TextWordWrap, chart->key)
                                               .height() +
                                           8;
        const QRectF area = content().adjusted(0, keyHeight, 0, 0);
        TimelineMetrics metrics;
        metrics.headerWidth = laneHeaderWidth();
        chart->labelWidths = measureLabels(chart->context);
        // The largest chart scale at which the whole timeline fits one page; failing that,
        // the smallest readable one, continued over as few pages as it takes.
        const auto fits = [&](const TimelineLayout& layout, double scale) {
            return layout.width <= area.width() / scale - metrics.headerWidth + 0.5 &&
                   layout.height <= area.height() / scale - metrics.axisHeight;
        };
        chart->scale = kMinimumChartScale;
        chart->layout = fitTimeline(*chart, area.width(), chart->scale, metrics);
        for (double scale = 1.0;
             fits(chart->layout, kMinimumChartScale) && scale > kMinimumChartScale; scale -= 0.04) {
            TimelineLayout trial = fitTimeline(*chart, area.width(), scale, metrics);
            if (fits(trial, scale)) {
                chart->scale = scale;
                chart->layout = std::move(trial);
                break;
            }
        }
        const double scale = chart->scale;
        const std::vector<std::pair<double, double>> columns =
            spans(chart->layout.width, area.width() / scale - metrics.headerWidth, {});
        const std::vector<std::pair<double, double>> rows =
            spans(chart->layout.height, area.height() / scale - metrics.axisHeight,
                  rowBoundaries(chart->layout));
        int part = 0;
        const int parts = static_cast<int>(columns.size() * rows.size());
        for (const auto& [y, height] : rows) {
            for (const auto& [x, width] : columns) {
                ++part;
                const QRectF window(x, y, width, height);
                const QString pageTitle =
                    parts == 1 ? title : tr("%1, part %2 of %3").arg(title).arg(part).arg(parts);
                pages.push_back(
                    {pageTitle,
                     [chart, window, keyFont, keyHeight](QPainter& painter, const QRectF& target) {
                         if (keyHeight > 0) {
                             painter.setFont(keyFont);
                             painter.setPen(chart->context.theme.text);
                             painter.drawText(
                                 QRectF(target.left(), target.top(), target.width(), keyHeight),
                                 Qt::TextWordWrap | Qt::AlignLeft, chart->key);
                         }
                         painter.translate(target.topLeft() + QPointF(0, keyHeight));
                         painter.scale(chart->scale, chart->scale);
                         const QRectF exact(0, 0,
                                            chart->layout.metrics.headerWidth + window.width(),
                                            chart->layout.metrics.axisHeight + window.height());
                         paintTimeline(painter, chart->layout, chart->context, window, exact,
                                       ArrowMode::None);
                     }});
            }
        }
    }

    /// Where a page may end without cutting a row of bars in two.
    static std::vector<double> rowBoundaries(const TimelineLayout& timeline) {
        std::vector<double> boundaries;
        for (const TimelineLane& lane : timeline.lanes) {
            boundaries.push_back(lane.top);
            for (int row = 1; row < lane.rows; ++row) {
                boundaries.push_back(lane.top + timeline.metrics.lanePadding +
                                     row * timeline.metrics.rowHeight);
            }
        }
        boundaries.push_back(timeline.height);
        return boundaries;
    }

    /// Windows of at most `room` covering [0, total); with boundaries, each ending on one,
    /// without, all as wide as each other.
    static std::vector<std::pair<double, double>> spans(double total, double room,
                                                        const std::vector<double>& boundaries) {
        std::vector<std::pair<double, double>> result;
        if (boundaries.empty() && total > room) {
            const int count = static_cast<int>(std::ceil(total / room - 1e-9));
            for (int i = 0; i < count; ++i) {
                result.emplace_back(total * i / count, total / count);
            }
            return result;
        }
        double start = 0;
        while (start < total - 0.5) {
            double end = std::min(total, start + room);
            if (end < total && !boundaries.empty()) {
                double best = start;
                for (const double boundary : boundaries) {
                    if (boundary > start + 1 && boundary <= end) {
                        best = std::max(best, boundary);
                    }
                }
                if (best > start) {
                    end = best;
                }
            }
            result.emplace_back(start, end - start);
            start = end;
        }
        if (result.empty()) {
            result.emplace_back(0, std::max(total, 1.0));
        }
        return result;
    }

    // Dependency diagram --------------------------------------------------------------

    void addDependencyPages() {
        diagram = planDependencyDiagram(context);
        if (diagram.form == DiagramForm::LeftOut) {
            pages.push_back({tr("Dependencies"), [this](QPainter& painter, const QRectF& area) {
                                 painter.setFont(fontOfPixels(13));
                                 painter.setPen(context.theme.text);
                                 painter.drawText(area, Qt::TextWordWrap | Qt::AlignLeft,
                                                  diagram.note());
                             }});
            return;
        }
        DependencyMetrics metrics = publicationDependencyMetrics();
        // A summary says so above the diagram, on each of its pages.
        const QString note = diagram.note();
        const QFont noteFont = fontOfPixels(11);
        const double noteHeight = note.isEmpty()
                                      ? 0.0
                                      : QFontMetricsF(noteFont)
                                                .boundingRect(QRectF(0, 0, content().width(), 1000),
                                                              Qt::TextWordWrap, note)
                                                .height() +
                                            8;
        const QRectF area = content().adjusted(0, noteHeight, 0, 0);
        const auto fitScale = [&](const DependencyLayout& layout) {
            const QSizeF size = layout.size + QSizeF(8, 8);
            return std::min({1.0, area.width() / size.width(), area.height() / size.height()});
        };
        // Layers across the page or down it, whichever shows the diagram larger.
        dependencies = layoutDependencies(diagram.context, metrics);
        if (dependencies.nodes.empty()) {
            return;
        }
        // (Only for diagrams small enough to lay out twice quickly: a large one tiles
        // either way.)
        constexpr std::size_t kLargestToTryBothWays = 300;
        if (fitScale(dependencies) < 1.0 && dependencies.nodes.size() <= kLargestToTryBothWays) {
            metrics.layersDown = true;
            DependencyLayout down = layoutDependencies(diagram.context, metrics);
            if (fitScale(down) > fitScale(dependencies) * 1.05) {
                dependencies = std::move(down);
            }
        }
        const QSizeF size = dependencies.size + QSizeF(8, 8);
        const double scale = std::max(fitScale(dependencies), kMinimumChartScale);
        const auto columns = spans(size.width(), area.width() / scale, {});
        const auto rows = spans(size.height(), area.height() / scale, {});
        int part = 0;
        const int parts = static_cast<int>(columns.size() * rows.size());
        // A diagram on one page stands in the middle of its width.
        const double indent = parts == 1 ? (area.width() - size.width() * scale) / 2 : 0.0;
        const bool summarised = diagram.form == DiagramForm::Summarised;
        for (const auto& [y, height] : rows) {
            for (const auto& [x, width] : columns) {
                ++part;
                const QRectF window(x - 4, y - 4, width, height);
                QString title = summarised ? tr("Dependencies, summarised") : tr("Dependencies");
                if (parts > 1) {
                    title = summarised
                                ? tr("Dependencies, summarised, part %1 of %2").arg(part).arg(parts)
                                : tr("Dependencies, part %1 of %2").arg(part).arg(parts);
                }
                pages.push_back({title, [this, window, scale, indent, note, noteFont,
                                         noteHeight](QPainter& painter, const QRectF& target) {
                                     if (!note.isEmpty()) {
                                         painter.setFont(noteFont);
                                         painter.setPen(context.theme.text);
                                         painter.drawText(QRectF(target.left(), target.top(),
                                                                 target.width(), noteHeight),
                                                          Qt::TextWordWrap | Qt::AlignLeft, note);
                                     }
                                     const QRectF exact(target.topLeft() +
                                                            QPointF(indent, noteHeight),
                                                        window.size() * scale);
                                     paintDependencyDiagram(painter, dependencies, diagram.context,
                                                            window, exact);
                                 }});
            }
        }
    }

    // Tables ----------------------------------------------------------------------------

    struct Table {
        QStringList headers;
        std::vector<double> widths; ///< fractions of the body width
        std::vector<Row> rows;
        double fontPixels = 10.5;
        /// Above the table on each of its pages: what its rows are measured by.
        QString note;
    };

    static QFont tableNoteFont() { return fontOfPixels(11); }

    double noteHeight(const QString& note) const {
        return note.isEmpty() ? 0.0
                              : QFontMetricsF(tableNoteFont())
                                        .boundingRect(QRectF(0, 0, content().width(), 1000),
                                                      Qt::TextWordWrap, note)
                                        .height() +
                                    8;
    }

    void paginate(const QString& title, Table table) {
        const double above = noteHeight(table.note);
        const QRectF area = content().adjusted(0, above, 0, 0);
        const QFont font = fontOfPixels(table.fontPixels);
        const QFont bold = fontOfPixels(table.fontPixels, true);
        const QFontMetricsF metrics(font);
        const double padding = 3;
        const auto columnWidth = [&](std::size_t column) {
            return table.widths[column] * area.width();
        };
        for (Row& row : table.rows) {
            if (row.group) {
                row.height = QFontMetricsF(bold).height() + 2 * padding + 4;
                continue;
            }
            double height = 0;
            for (std::size_t column = 0; column < static_cast<std::size_t>(row.cells.size());
                 ++column) {
                const QRectF box = metrics.boundingRect(
                    QRectF(0, 0, columnWidth(column) - 2 * padding, 10000), Qt::TextWordWrap,
                    row.cells[static_cast<qsizetype>(column)]);
                height = std::max(height, box.height());
            }
            row.height = height + 2 * padding;
        }
        const double headerHeight = QFontMetricsF(bold).height() + 2 * padding;
        auto shared = std::make_shared<Table>(std::move(table));
        std::vector<std::pair<std::size_t, std::size_t>> ranges;
        std::size_t first = 0;
        double used = headerHeight;
        // A page that starts inside a group repeats its heading ("Mars surface, continued").
        double groupHeight = 0;
        for (std::size_t i = 0; i < shared->rows.size(); ++i) {
            if (shared->rows[i].group) {
                groupHeight = shared->rows[i].height;
            }
            if (used + shared->rows[i].height > area.height() && i > first) {
                ranges.emplace_back(first, i);
                first = i;
                used = headerHeight + (shared->rows[i].group ? 0 : groupHeight);
            }
            used += shared->rows[i].height;
        }
        ranges.emplace_back(first, shared->rows.size());
        for (std::size_t part = 0; part < ranges.size(); ++part) {
            const auto [begin, end] = ranges[part];
            // A page count, said as one: "Missions, 3 of 3" read as the third of three
            // missions.
            const QString pageTitle =
                ranges.size() == 1
                    ? title
                    : tr("%1 (page %2 of %3)").arg(title).arg(part + 1).arg(ranges.size());
            pages.push_back({pageTitle, [this, shared, begin, end, padding,
                                         headerHeight](QPainter& painter, const QRectF& target) {
                                 paintTable(painter, target, *shared, begin, end, padding,
                                            headerHeight);
                             }});
        }
    }

    void paintTable(QPainter& painter, const QRectF& target, const Table& table, std::size_t begin,
                    std::size_t end, double padding, double headerHeight) const {
        const Theme& theme = context.theme;
        const double above = noteHeight(table.note);
        if (above > 0) {
            painter.setFont(tableNoteFont());
            painter.setPen(theme.text);
            painter.drawText(QRectF(target.left(), target.top(), target.width(), above),
                             Qt::TextWordWrap | Qt::AlignLeft, table.note);
        }
        const QRectF area = target.adjusted(0, above, 0, 0);
        const QFont font = fontOfPixels(table.fontPixels);
        const QFont bold = fontOfPixels(table.fontPixels, true);
        double y = area.top();
        painter.fillRect(QRectF(area.left(), y, area.width(), headerHeight),
                         theme.headerBackground);
        painter.setFont(bold);
        painter.setPen(theme.text);
        double x = area.left();
        for (std::size_t column = 0; column < table.widths.size(); ++column) {
            const double width = table.widths[column] * area.width();
            painter.drawText(
                QRectF(x + padding, y + padding, width - 2 * padding, headerHeight - 2 * padding),
                Qt::AlignLeft | Qt::AlignVCenter, table.headers[static_cast<qsizetype>(column)]);
            x += width;
        }
        y += headerHeight;
        const auto heading = [&](const Row& row, const QString& text) {
            painter.setFont(bold);
            painter.setPen(theme.text);
            painter.drawText(QRectF(area.left() + padding, y + 4, area.width(), row.height - 4),
                             Qt::AlignLeft | Qt::AlignVCenter, text);
            painter.setPen(QPen(theme.laneSeparator, 0.8));
            painter.drawLine(QPointF(area.left(), y + row.height),
                             QPointF(area.right(), y + row.height));
            y += row.height;
        };
        if (begin < end && !table.rows[begin].group) {
            for (std::size_t i = begin; i-- > 0;) {
                if (table.rows[i].group) {
                    heading(table.rows[i], tr("%1, continued").arg(table.rows[i].cells.value(0)));
                    break;
                }
            }
        }
        bool shade = false;
        for (std::size_t i = begin; i < end; ++i) {
            const Row& row = table.rows[i];
            if (row.group) {
                heading(row, row.cells.value(0));
                shade = false;
                continue;
            }
            if (shade) {
                painter.fillRect(QRectF(area.left(), y, area.width(), row.height), theme.laneEven);
            }
            shade = !shade;
            painter.setFont(font);
            painter.setPen(theme.text);
            x = area.left();
            for (std::size_t column = 0; column < table.widths.size(); ++column) {
                const double width = table.widths[column] * area.width();
                painter.drawText(
                    QRectF(x + padding, y + padding, width - 2 * padding, row.height - 2 * padding),
                    Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                    row.cells.value(static_cast<qsizetype>(column)));
                x += width;
            }
            y += row.height;
        }
    }

    void addTablePages() {
        Table table;
        table.headers = {tr("Mission"), tr("Lead and partners"), tr("Crew, status"),
                         tr("Dates"),   tr("Prerequisites"),     tr("Capabilities"),
                         tr("Sources")};
        table.widths = {0.22, 0.13, 0.10, 0.11, 0.16, 0.20, 0.08};
        // Grouped by destination, in lane order; missions in the order of their start.
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
            if (kept(i)) {
                order.push_back(i);
            }
        }
        const auto lane = [&](std::size_t i) {
            return roadmap.destinations.indexOf(roadmap.missions[i].destination)
                .value_or(roadmap.destinations.size());
        };
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (lane(a) != lane(b)) {
                return lane(a) < lane(b);
            }
            return roadmap.missions[a].start < roadmap.missions[b].start;
        });
        std::optional<std::size_t> currentLane;
        for (const std::size_t i : order) {
            const Mission& mission = roadmap.missions[i];
            if (lane(i) != currentLane) {
                currentLane = lane(i);
                Row heading;
                heading.group = true;
                heading.cells << (*currentLane < roadmap.destinations.size()
                                      ? toQString(roadmap.destinations[*currentLane].name)
                                      : tr("Unknown destination"));
                table.rows.push_back(heading);
            }
            Row row;
            QString lead = toQString(mission.lead);
            if (!mission.partners.empty()) {
                QStringList partners;
                for (const std::string& partner : mission.partners) {
                    partners << toQString(partner);
                }
                lead +=
                    QStringLiteral(" (") + partners.join(QStringLiteral(", ")) + QLatin1Char(')');
            }
            // Readers know missions and capabilities by name; ids are for files.
            const auto missionName = [&](const std::string& id) {
                const Mission* other = roadmap.missions.find(id);
                return toQString(other && !other->name.empty() ? other->name : id);
            };
            const auto capabilityName = [&](const std::string& id) {
                const Capability* capability = roadmap.capabilities.find(id);
                return toQString(capability && !capability->name.empty() ? capability->name : id);
            };
            QStringList prerequisiteNames;
            int outside = 0;
            for (const Prerequisite& prerequisite : mission.prerequisites) {
                // A filtered publication names only the missions it is about.
                if (const auto index = roadmap.missions.indexOf(prerequisite.mission);
                    index && !kept(*index)) {
                    ++outside;
                    continue;
                }
                prerequisiteNames << missionName(prerequisite.mission) +
                                         (prerequisite.strength == DependencyStrength::Soft
                                              ? tr(" (soft)")
                                              : QString());
            }
            if (outside > 0) {
                prerequisiteNames << (outside == 1
                                          ? tr("1 more not in this selection")
                                          : tr("%1 more not in this selection").arg(outside));
            }
            QStringList capabilities;
            for (const std::string& need : mission.needs) {
                capabilities << tr("needs %1").arg(capabilityName(need));
            }
            for (const CapabilityGrant& grant : mission.provides) {
                capabilities << tr("demonstrates %1").arg(capabilityName(grant.capability));
            }
            QStringList numbers;
            for (const std::string& reference : mission.references) {
                numbers << QStringLiteral("[%1]").arg(sourceNumber.at(reference));
            }
            row.cells << toQString(mission.name) + QStringLiteral("\n") + toQString(mission.id)
                      << lead
                      << crewName(mission.crew, Letters::Lower) + QStringLiteral(", ") +
                             statusName(mission.status, Letters::Lower)
                      << missionDates(mission) << prerequisiteNames.join(QStringLiteral("; "))
                      << capabilities.join(QStringLiteral("; "))
                      << numbers.join(QStringLiteral(" "));
            table.rows.push_back(row);
        }
        paginate(tr("Missions"), std::move(table));
    }

    void addSourcePages() {
        if (sources.empty()) {
            return;
        }
        std::map<std::string, QStringList> users;
        for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
            if (kept(i)) {
                for (const std::string& reference : roadmap.missions[i].references) {
                    users[reference] << toQString(roadmap.missions[i].id);
                }
            }
        }
        Table table;
        table.headers = {tr("No."), tr("Source"), tr("Missions")};
        table.widths = {0.05, 0.77, 0.18};
        table.fontPixels = 10;
        for (std::size_t n = 0; n < sources.size(); ++n) {
            Row row;
            row.cells << QStringLiteral("[%1]").arg(n + 1) << toQString(sources[n])
                      << users[sources[n]].join(QStringLiteral(", "));
            table.rows.push_back(row);
        }
        paginate(tr("Sources"), std::move(table));
    }

    void addFindingPages() {
        Table table;
        table.headers = {tr("Severity"), tr("Code"), tr("Missions"), tr("Finding")};
        table.widths = {0.08, 0.17, 0.13, 0.62};
        for (const Finding& finding : shownFindings()) {
            Row row;
            QStringList missions;
            for (const std::string& id : finding.missions) {
                missions << toQString(id);
            }
            row.cells << toQString(std::string(toString(finding.severity)))
                      << toQString(finding.code) << missions.join(QStringLiteral(", "))
                      << toQString(finding.message);
            table.rows.push_back(row);
        }
        if (table.rows.empty()) {
            Row row;
            row.cells << QString() << QString() << QString() << tr("The checks found nothing.");
            table.rows.push_back(row);
        }
        paginate(tr("Findings"), std::move(table));
    }

    // Goals and objectives -------------------------------------------------------------

    /// The traceability matrix, tiled: as many mission columns and objective rows as a page
    /// holds at the table's text size, the row names repeated on every page, so that a large
    /// roadmap goes on over more pages rather than below the smallest readable text.
    void addMatrixPages() {
        if (roadmap.goals.empty() && roadmap.objectives.empty()) {
            return;
        }
        auto trace = std::make_shared<Traceability>(traceObjectives(roadmap));
        std::erase_if(trace->missions, [this](std::size_t mission) { return !kept(mission); });
        struct MatrixRow {
            const GoalTrace* goal;
            const ObjectiveTrace* objective; ///< null on the goal's own row
        };
        auto rows = std::make_shared<std::vector<MatrixRow>>();
        for (const GoalTrace& goal : trace->goals) {
            rows->push_back({&goal, nullptr});
            for (const ObjectiveTrace& objective : goal.objectives) {
                rows->push_back({&goal, &objective});
            }
        }
        const QRectF area = content();
        const double textPixels = 10.5;
        const QFont font = fontOfPixels(textPixels);
        const QFont bold = fontOfPixels(textPixels, true);
        const QFontMetricsF metrics(font);
        const double rowHeight = metrics.height() + 6;
        const double columnWidth = metrics.height() + 5;
        double labelWidth = 0;
        const auto rowName = [this](const MatrixRow& row) {
            if (row.objective) {
                return toQString(roadmap.objectives[row.objective->objective].name);
            }
            return row.goal->goal ? toQString(roadmap.goals[*row.goal->goal].name)
                                  : tr("Objectives of undefined goals");
        };
        for (const MatrixRow& row : *rows) {
            labelWidth = std::max(
                labelWidth,
                QFontMetricsF(row.objective ? font : bold).horizontalAdvance(rowName(row)) +
                    (row.objective ? 16 : 6));
        }
        labelWidth = std::min(labelWidth, area.width() * 0.45);
        double headerHeight = 0;
        for (const std::size_t mission : trace->missions) {
            headerHeight = std::max(
                headerHeight, metrics.horizontalAdvance(toQString(roadmap.missions[mission].id)));
        }
        headerHeight += 10;
        const double keyHeight = metrics.height() + 8;
        const auto perPageColumns = std::max<std::size_t>(
            1, static_cast<std::size_t>((area.width() - labelWidth) / columnWidth));
        const auto perPageRows = std::max<std::size_t>(
            1, static_cast<std::size_t>((area.height() - headerHeight - keyHeight) / rowHeight));
        const std::size_t columnTiles = std::max<std::size_t>(
            1, (trace->missions.size() + perPageColumns - 1) / perPageColumns);
        const std::size_t rowTiles = (rows->size() + perPageRows - 1) / perPageRows;
        const std::size_t tiles = columnTiles * rowTiles;
        std::size_t tile = 0;
        for (std::size_t across = 0; across < columnTiles; ++across) {
            for (std::size_t down = 0; down < rowTiles; ++down) {
                ++tile;
                const std::size_t firstColumn = across * perPageColumns;
                const std::size_t endColumn =
                    std::min(trace->missions.size(), firstColumn + perPageColumns);
                const std::size_t firstRow = down * perPageRows;
                const std::size_t endRow = std::min(rows->size(), firstRow + perPageRows);
                const QString title =
                    tiles == 1 ? tr("Goals and objectives")
                               : tr("Goals and objectives (page %1 of %2)").arg(tile).arg(tiles);
                pages.push_back(
                    {title, [this, trace, rows, rowName, firstColumn, endColumn, firstRow, endRow,
                             labelWidth, headerHeight, rowHeight, columnWidth,
                             textPixels](QPainter& painter, const QRectF& target) {
                         const Theme& theme = context.theme;
                         const QFont plain = fontOfPixels(textPixels);
                         const QFont strong = fontOfPixels(textPixels, true);
                         const double left = target.left() + labelWidth;
                         double y = target.top();
                         // Mission ids upright, a lane's missions shaded apart from the next.
                         painter.setFont(plain);
                         std::size_t previousLane = roadmap.destinations.size() + 1;
                         bool shaded = false;
                         const double tableHeight =
                             headerHeight + rowHeight * static_cast<double>(endRow - firstRow);
                         for (std::size_t c = firstColumn; c < endColumn; ++c) {
                             const Mission& mission = roadmap.missions[trace->missions[c]];
                             const std::size_t lane =
                                 roadmap.destinations.indexOf(mission.destination)
                                     .value_or(roadmap.destinations.size());
                             if (lane != previousLane) {
                                 shaded = !shaded;
                                 previousLane = lane;
                             }
                             const double x =
                                 left + columnWidth * static_cast<double>(c - firstColumn);
                             if (shaded) {
                                 painter.fillRect(QRectF(x, y, columnWidth, tableHeight),
                                                  theme.laneEven);
                             }
                             painter.save();
                             painter.translate(x + columnWidth / 2 +
                                                   QFontMetricsF(plain).ascent() / 2 - 1,
                                               y + headerHeight - 4);
                             painter.rotate(-90);
                             painter.setPen(theme.text);
                             painter.drawText(QPointF(0, 0), toQString(mission.id));
                             painter.restore();
                         }
                         y += headerHeight;
                         for (std::size_t r = firstRow; r < endRow; ++r) {
                             const MatrixRow& row = (*rows)[r];
                             painter.setPen(QPen(theme.laneSeparator, 0.5));
                             painter.drawLine(
                                 QPointF(target.left(), y),
                                 QPointF(left + columnWidth *
                                                    static_cast<double>(endColumn - firstColumn),
                                         y));
                             painter.setFont(row.objective ? plain : strong);
                             painter.setPen(theme.text);
                             const QRectF label(target.left() + (row.objective ? 12 : 2), y,
                                                labelWidth - (row.objective ? 14 : 4), rowHeight);
                             painter.drawText(
                                 label, Qt::AlignLeft | Qt::AlignVCenter,
                                 QFontMetricsF(painter.font())
                                     .elidedText(rowName(row), Qt::ElideRight, label.width()));
                             for (std::size_t c = firstColumn; c < endColumn; ++c) {
                                 const std::size_t mission = trace->missions[c];
                                 const auto pursues = [mission](const ObjectiveTrace& objective) {
                                     return std::find(objective.missions.begin(),
                                                      objective.missions.end(),
                                                      mission) != objective.missions.end();
                                 };
                                 const bool full = row.objective && pursues(*row.objective);
                                 const bool partial =
                                     !row.objective &&
                                     std::any_of(row.goal->objectives.begin(),
                                                 row.goal->objectives.end(), pursues);
                                 if (!full && !partial) {
                                     continue;
                                 }
                                 const QPointF centre(
                                     left +
                                         columnWidth * (static_cast<double>(c - firstColumn) + 0.5),
                                     y + rowHeight / 2);
                                 const double radius = full ? 4.0 : 3.5;
                                 painter.setPen(QPen(theme.text, 1.2));
                                 painter.setBrush(full ? QBrush(theme.text) : Qt::NoBrush);
                                 painter.drawEllipse(centre, radius, radius);
                                 painter.setBrush(Qt::NoBrush);
                             }
                             y += rowHeight;
                         }
                         painter.setFont(plain);
                         painter.setPen(theme.mutedText);
                         painter.drawText(
                             QRectF(target.left(), y + 4, target.width(), rowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             tr("\u25CF the mission pursues the objective   \u25CB it pursues an "
                                "objective of the goal   Missions by destination, as the "
                                "timeline's lanes"));
                     }});
            }
        }
    }

    // Scenarios compared ----------------------------------------------------------------

    /// A mission's name, looked up in each roadmap given in turn; its id when none has it.
    static QString missionName(std::initializer_list<const Roadmap*> roadmaps,
                               const std::string& id) {
        for (const Roadmap* candidate : roadmaps) {
            if (const Mission* mission = candidate->missions.find(id);
                mission && !mission->name.empty()) {
                return toQString(mission->name);
            }
        }
        return toQString(id);
    }

    static QString monthName(const std::optional<MonthIndex>& month) {
        return month ? toQString(Date::fromMonthIndex(*month).toString())
                     : QStringLiteral("\u2013");
    }

    static QString findingCounts(const FindingCounts& counts) {
        const auto errors = counts.errors == 1 ? tr("1 error") : tr("%1 errors").arg(counts.errors);
        const auto warnings =
            counts.warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(counts.warnings);
        const auto notes = counts.infos == 1 ? tr("1 note") : tr("%1 notes").arg(counts.infos);
        return errors + QStringLiteral("\n") + warnings + QStringLiteral("\n") + notes;
    }

    void addScenarioPages() {
        const Roadmap& whole = options.scenariosOf ? *options.scenariosOf : roadmap;
        if (whole.scenarios.empty()) {
            return;
        }
        const ScenarioComparison comparison = compareScenarios(whole);
        // Each scenario as a roadmap: its missions' names as it has them (a scenario may rename
        // one), then its timeline's.
        std::map<std::string, std::unique_ptr<Roadmap>, std::less<>> resolved;
        for (const Scenario& scenario : whole.scenarios) {
            if (auto roadmapOf = resolveScenario(whole, scenario.id)) {
                resolved.emplace(scenario.id, std::make_unique<Roadmap>(std::move(*roadmapOf)));
            }
        }
        static const Roadmap noMissions;
        const auto resolvedOf = [&resolved](const std::string& id) -> const Roadmap* {
            const auto found = resolved.find(id);
            return found != resolved.end() ? found->second.get() : &noMissions;
        };
        const auto named = [&whole](const std::vector<std::string>& ids, const auto& list) {
            QStringList names;
            for (const std::string& id : ids) {
                const auto* item = list.find(id);
                names << toQString(item && !item->name.empty() ? item->name : id);
            }
            return names.isEmpty() ? tr("none") : names.join(QStringLiteral("; "));
        };
        Table table;
        table.headers = {tr("Scenario"),        tr("Target"),          tr("Critical path"),
                         tr("Findings"),        tr("Objectives open"), tr("Knowledge gaps open"),
                         tr("Against the plan")};
        table.widths = {0.19, 0.1, 0.22, 0.08, 0.12, 0.12, 0.17};
        table.fontPixels = 10;
        table.note =
            comparison.target.empty()
                ? tr("The plan and each of its scenarios. The plan has no mission to measure "
                     "towards.")
                : tr("The plan and each of its scenarios, measured towards %1: its planned start "
                     "and the earliest its prerequisites allow, and the chain of missions that "
                     "decides it. Objectives no mission pursues and knowledge gaps no mission "
                     "closes are left open.")
                      .arg(missionName({&whole}, comparison.target));
        for (const ScenarioFigures& figures : comparison.rows) {
            const Scenario* scenario =
                figures.scenario.empty() ? nullptr : whole.scenarios.find(figures.scenario);
            Row row;
            QString name = figures.scenario.empty() ? tr("Plan") : toQString(figures.name);
            if (scenario && !scenario->owner.empty()) {
                name += QStringLiteral("\n") + tr("by %1").arg(toQString(scenario->owner));
            }
            if (scenario && !scenario->description.empty()) {
                name += QStringLiteral("\n") + toQString(scenario->description);
            }
            row.cells << name;
            if (!figures.error.empty()) {
                row.cells << tr("Cannot be resolved: %1").arg(toQString(figures.error));
                table.rows.push_back(row);
                continue;
            }
            row.cells << (figures.targetFlies
                              ? tr("planned %1\nearliest %2")
                                    .arg(monthName(figures.targetPlannedStart),
                                         figures.targetEarliestStart
                                             ? monthName(figures.targetEarliestStart)
                                             : tr("none (in a cycle)"))
                              : tr("not flown"));
            QStringList path;
            for (const std::string& id : figures.criticalPath) {
                path << missionName({resolvedOf(figures.scenario), &whole}, id);
            }
            row.cells << (path.isEmpty() ? tr("none") : path.join(QStringLiteral(" \u2192 ")));
            row.cells << findingCounts(figures.findings);
            row.cells << named(figures.objectivesOpen, whole.objectives)
                      << named(figures.gapsOpen, whole.knowledgeGaps);
            if (figures.scenario.empty()) {
                row.cells << QString();
            } else {
                QStringList against;
                const auto names = [&](const std::vector<std::string>& ids) {
                    QStringList list;
                    for (const std::string& id : ids) {
                        list << missionName({resolvedOf(figures.scenario), &whole}, id);
                    }
                    return list.join(QStringLiteral("; "));
                };
                if (!figures.added.empty()) {
                    against << tr("adds %1").arg(names(figures.added));
                }
                if (!figures.dropped.empty()) {
                    against << tr("drops %1").arg(names(figures.dropped));
                }
                if (!figures.changed.empty()) {
                    against << tr("changes %1").arg(names(figures.changed));
                }
                row.cells << (against.isEmpty() ? tr("the plan as it is")
                                                : against.join(QStringLiteral("\n")));
            }
            table.rows.push_back(row);
        }
        paginate(tr("Scenarios compared"), std::move(table));

        for (const Scenario& scenario : whole.scenarios) {
            const auto found = resolved.find(scenario.id);
            if (found == resolved.end()) {
                continue; // the table says why
            }
            auto chart = std::make_shared<TimelineChart>();
            chart->owned = std::move(found->second);
            const Analysis analysis = analyzeRoadmap(*chart->owned);
            chart->context =
                publicationContext(*chart->owned, &analysis, options.filter, options.colorMode);
            chart->context.opaque = options.pdfA;
            std::set<std::string, std::less<>> changed;
            for (const MissionOverride& change : scenario.changes) {
                changed.insert(change.mission);
            }
            markAll(chart->context, whole, changed);
            chart->key = tr("%1 against the plan: a ring marks a mission the scenario changes "
                            "(one it moves is joined to a dashed outline where the plan has it), "
                            "a dotted ring one it adds.")
                             .arg(toQString(nameOf(scenario)));
            addTimelinePages(std::move(chart), tr("Scenario %1").arg(toQString(nameOf(scenario))));
        }
    }

    // Changes since an edition -----------------------------------------------------------

    void addChangePages() {
        if (!options.since) {
            return;
        }
        const Baseline& baseline = *options.since;
        const QString since = editionName(baseline.edition);
        const std::vector<bool> keptBefore =
            options.filter ? applyFilter(baseline.roadmap, *options.filter)
                           : std::vector<bool>(baseline.roadmap.missions.size(), true);
        const auto shown = [&](const Slip& slip) {
            if (slip.kind == Slip::Kind::Removed) {
                const auto index = baseline.roadmap.missions.indexOf(slip.mission);
                return index && keptBefore[*index];
            }
            const auto index = roadmap.missions.indexOf(slip.mission);
            return index && kept(*index);
        };
        const std::vector<Slip> slips = slipsSince(baseline.roadmap, roadmap);
        const auto dateText = [](const std::optional<Date>& date) {
            return date ? toQString(date->toString()) : QStringLiteral("\u2013");
        };
        const auto shiftText = [](const std::optional<int>& months) {
            if (!months) {
                return QString();
            }
            if (*months == 0) {
                return tr("unchanged");
            }
            const QString sign = *months > 0 ? QStringLiteral("+") : QStringLiteral("\u2212");
            return (std::abs(*months) == 1 ? tr("%1 month") : tr("%1 months"))
                .arg(sign + QString::number(std::abs(*months)));
        };
        Table table;
        table.headers = {tr("Mission"),  tr("Start then"), tr("Start now"), tr("Start moved"),
                         tr("End then"), tr("End now"),    tr("End moved")};
        table.widths = {0.31, 0.115, 0.115, 0.115, 0.115, 0.115, 0.115};
        table.note = tr("Every mission whose start or end moved since %1, the biggest slip first, "
                        "then the missions added and removed. A date told more exactly has not "
                        "moved.")
                         .arg(baseline.edition.edition.empty() ? since
                                                               : toQString(baseline.edition.title) +
                                                                     QStringLiteral(", ") + since);
        std::optional<Slip::Kind> group;
        for (const Slip& slip : slips) {
            if (!shown(slip)) {
                continue;
            }
            if (slip.kind != group) {
                group = slip.kind;
                Row heading;
                heading.group = true;
                heading.cells << (slip.kind == Slip::Kind::Moved   ? tr("Moved")
                                  : slip.kind == Slip::Kind::Added ? tr("Added since")
                                                                   : tr("Removed since"));
                table.rows.push_back(heading);
            }
            Row row;
            row.cells << toQString(slip.name.empty() ? slip.mission : slip.name) +
                             QStringLiteral("\n") + toQString(slip.mission)
                      << dateText(slip.startBefore) << dateText(slip.startAfter)
                      << shiftText(slip.startMonths) << dateText(slip.endBefore)
                      << dateText(slip.endAfter) << shiftText(slip.endMonths);
            table.rows.push_back(row);
        }
        if (table.rows.empty()) {
            Row row;
            row.cells << (options.filter ? tr("No mission shown moved since %1.").arg(since)
                                         : tr("Nothing moved since %1.").arg(since));
            table.rows.push_back(row);
        }
        const QString title = tr("Changes since %1").arg(since);
        paginate(title, std::move(table));

        auto chart = std::make_shared<TimelineChart>();
        chart->context = context;
        markAll(chart->context, baseline.roadmap, {});
        chart->key = tr("Against %1: a ring marks a mission that has moved since, joined to a "
                        "dashed outline where that edition had it; a dotted ring marks a mission "
                        "it did not have.")
                         .arg(since);
        addTimelinePages(std::move(chart), tr("Timeline against %1").arg(since));
    }

    // Knowledge gaps -------------------------------------------------------------------

    // Launch opportunities -----------------------------------------------------------

    /// Two porkchops a page, side by side on a landscape page, one above the other on a
    /// portrait one; under each, its opportunities in words.
    void addLaunchPages() {
        std::vector<std::shared_ptr<const PorkchopFigure>> figures;
        for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
            if (!kept(i)) {
                continue;
            }
            if (auto figure = porkchopOfMission(roadmap, roadmap.missions[i], 200, 140)) {
                figures.push_back(std::make_shared<const PorkchopFigure>(std::move(*figure)));
            }
        }
        const std::size_t pageCount = (figures.size() + 1) / 2;
        for (std::size_t part = 0; part < pageCount; ++part) {
            std::vector<std::shared_ptr<const PorkchopFigure>> shown(
                figures.begin() + static_cast<std::ptrdiff_t>(2 * part),
                figures.begin() +
                    static_cast<std::ptrdiff_t>(std::min(figures.size(), 2 * part + 2)));
            const QString title =
                pageCount == 1
                    ? tr("Launch opportunities")
                    : tr("Launch opportunities, part %1 of %2").arg(part + 1).arg(pageCount);
            pages.push_back({title, [this, shown](QPainter& painter, const QRectF& area) {
                                 paintLaunches(painter, area, shown);
                             }});
        }
    }

    void paintLaunches(QPainter& painter, const QRectF& area,
                       const std::vector<std::shared_ptr<const PorkchopFigure>>& shown) const {
        const bool sideBySide = area.width() > area.height();
        const double gap = 24;
        const double captionHeight = 64;
        PaintContext plotContext = context;
        plotContext.font = fontOfPixels(11);
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const QRectF cell =
                sideBySide ? QRectF(area.left() + static_cast<double>(i) * (area.width() + gap) / 2,
                                    area.top(), (area.width() - gap) / 2, area.height())
                           : QRectF(area.left(),
                                    area.top() + static_cast<double>(i) * (area.height() + gap) / 2,
                                    area.width(), (area.height() - gap) / 2);
            const double plotHeight = std::min(cell.height() - captionHeight, cell.width() * 0.9);
            paintPorkchop(painter, QRectF(cell.left(), cell.top(), cell.width(), plotHeight),
                          *shown[i], plotContext);
            painter.setPen(context.theme.text);
            painter.setFont(fontOfPixels(10.5));
            painter.drawText(
                QRectF(cell.left(), cell.top() + plotHeight + 6, cell.width(), captionHeight - 6),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, launchCaption(*shown[i]));
        }
    }

    static QString launchCaption(const PorkchopFigure& figure) {
        const astro::LaunchLimits& limits = figure.target.limits;
        QStringList opportunities;
        bool inside = false;
        for (const astro::Opportunity& opportunity : figure.opportunities) {
            opportunities << tr("%1 to %2 (best %3, C3 %4 km²/s², %5 days)")
                                 .arg(isoDay(opportunity.opens), isoDay(opportunity.closes),
                                      isoDay(opportunity.bestDeparture))
                                 .arg(opportunity.minimumC3, 0, 'f', 1)
                                 .arg(opportunity.bestFlight);
            if (figure.plannedLaunch && opportunity.opens <= figure.plannedLaunch->second &&
                opportunity.closes >= figure.plannedLaunch->first) {
                inside = true;
            }
        }
        QString text = tr("Opportunities at C3 up to %1 km²/s² (%2), flights of %3 to %4 days: %5.")
                           .arg(limits.c3Max)
                           .arg(toQString(limitSourceText(figure.target.limitSource)))
                           .arg(limits.shortestFlight)
                           .arg(limits.longestFlight)
                           .arg(opportunities.isEmpty() ? tr("none in these months")
                                                        : opportunities.join(QStringLiteral("; ")));
        if (figure.plannedLaunch) {
            text += QStringLiteral(" ") + (inside ? tr("The planned launch meets one.")
                                                  : tr("The planned launch meets none."));
        }
        return text + QStringLiteral(" ") + tr("ERFA ephemerides, direct Lambert transfers.");
    }

    void addKnowledgeGapPages() {
        if (roadmap.knowledgeGaps.empty()) {
            return;
        }
        Table table;
        table.headers = {tr("Knowledge gap"), tr("Closed by"), tr("Needed by"),
                         tr("Margin"),        tr("Status"),    tr("Closed by measuring")};
        table.widths = {0.18, 0.2, 0.2, 0.08, 0.11, 0.23};
        const auto missionAt = [this](std::size_t index, const Date& date) {
            return tr("%1 (%2)").arg(toQString(roadmap.missions[index].name),
                                     toQString(date.toString()));
        };
        for (const GapStanding& standing : knowledgeGapStandings(roadmap)) {
            const KnowledgeGap& gap = roadmap.knowledgeGaps[standing.gap];
            QStringList closers;
            for (const GapClosing& closing : standing.closings) {
                if (kept(closing.mission)) {
                    closers << missionAt(closing.mission, closing.from);
                }
            }
            bool any = false;
            for (const GapNeed& need : standing.needs) {
                if (!kept(need.mission)) {
                    continue;
                }
                any = true;
                const Mission& mission = roadmap.missions[need.mission];
                Row row;
                row.cells
                    << toQString(gap.name)
                    << (closers.isEmpty() ? tr("no mission") : closers.join(QStringLiteral("; ")))
                    << missionAt(need.mission, mission.start)
                    << (need.marginMonths
                            ? (std::abs(*need.marginMonths) == 1 ? tr("%1 month") : tr("%1 months"))
                                  .arg(*need.marginMonths)
                            : QString())
                    << gapTimingName(need.timing, Letters::Lower) << toQString(gap.measurement);
                table.rows.push_back(row);
            }
            // A filtered publication lists the gaps of the missions it shows.
            if (!any && options.filter && closers.isEmpty()) {
                continue;
            }
            if (!any) {
                Row row;
                row.cells << toQString(gap.name)
                          << (closers.isEmpty() ? tr("no mission")
                                                : closers.join(QStringLiteral("; ")))
                          << tr("no mission shown") << QString() << QString()
                          << toQString(gap.measurement);
                table.rows.push_back(row);
            }
        }
        paginate(tr("Knowledge gaps"), std::move(table));
    }

    void paintFooter(QPainter& painter, int index) const {
        const Theme& theme = context.theme;
        const QRectF footer(body.left(), body.bottom() + 6, body.width(), kFooterHeight - 6);
        painter.setPen(QPen(theme.laneSeparator, 0.6));
        painter.drawLine(footer.topLeft(), footer.topRight());
        painter.setPen(theme.mutedText);
        painter.setFont(fontOfPixels(kMinimumTextPoints * kPointsToLayout + 0.4));
        const QString title =
            options.scenarioName.isEmpty()
                ? documentTitle(roadmap)
                : tr("%1 \u00b7 scenario %2").arg(documentTitle(roadmap), options.scenarioName);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 \u00b7 as of %2").arg(title, toQString(roadmap.asOf.toString())));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1 / %2").arg(index + 1).arg(pages.size()));
    }
};

Report::Report(const Roadmap& roadmap, const Analysis* analysis, const ReportOptions& options)
    : m_impl(std::make_unique<Impl>(roadmap, analysis, options)) {}

Report::~Report() = default;

int Report::pageCount() const {
    return static_cast<int>(m_impl->pages.size());
}

QString Report::dependencyDiagramNote() const {
    return m_impl->diagram.note();
}

QStringList Report::pageTitles() const {
    QStringList titles;
    for (const Page& page : m_impl->pages) {
        titles << page.title;
    }
    return titles;
}

QSizeF Report::pageSize() const {
    return m_impl->page;
}

QPageLayout Report::pageLayout() const {
    return QPageLayout(QPageSize(m_impl->options.pageSize), m_impl->options.orientation,
                       QMarginsF());
}

const Roadmap& Report::roadmap() const {
    return m_impl->roadmap;
}

bool Report::pdfA() const {
    return m_impl->options.pdfA;
}

void Report::paintPage(QPainter& painter, int index) const {
    const Impl& impl = *m_impl;
    const Page& page = impl.pages.at(static_cast<std::size_t>(index));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), impl.page), impl.context.theme.background);
    if (index > 0 || !impl.options.sections.contains(Section::Title)) {
        painter.setPen(impl.context.theme.text);
        painter.setFont(fontOfPixels(16, true));
        painter.drawText(
            QRectF(impl.body.left(), impl.body.top(), impl.body.width(), kSectionHeaderHeight - 8),
            Qt::AlignLeft | Qt::AlignVCenter, page.title);
        painter.save();
        page.paint(painter, impl.content());
        painter.restore();
    } else {
        painter.save();
        page.paint(painter, impl.body);
        painter.restore();
    }
    impl.paintFooter(painter, index);
    painter.restore();
}

bool paintReport(const Report& report, QPagedPaintDevice& device, const PageProgress& progress) {
    device.setPageLayout(report.pageLayout());
    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    const double scale = device.logicalDpiX() / kLayoutDpi;
    for (int index = 0; index < report.pageCount(); ++index) {
        if (index > 0 && !device.newPage()) {
            return false;
        }
        painter.save();
        painter.scale(scale, scale);
        report.paintPage(painter, index);
        painter.restore();
        if (progress && !progress(index + 1, report.pageCount())) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

} // namespace orrery::render
