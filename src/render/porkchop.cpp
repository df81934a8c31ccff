#include "porkchop.h"

#include "qdates.h"
#include "timelinelayout.h"
#include "utf8.h"

#include <orrery/io/writer.h>
#include <orrery/roadmap.h>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainterPath>
#include <QSvgGenerator>

#include <array>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

namespace orrery::render {

using namespace Qt::StringLiterals;

namespace {

using std::chrono::days;
using std::chrono::sys_days;

QString tr(const char* text) {
    return QCoreApplication::translate("orrery::render::Porkchop", text);
}

/// Viridis, from its brightest: the cheapest launches stand out, as on a map's lowlands.
QColor bandColor(std::size_t band) {
    static const std::array<QColor, 14> colors = {
        QColor(0xfd, 0xe7, 0x25), QColor(0xd2, 0xe2, 0x1b), QColor(0xa5, 0xdb, 0x36),
        QColor(0x7a, 0xd1, 0x51), QColor(0x54, 0xc5, 0x68), QColor(0x35, 0xb7, 0x79),
        QColor(0x22, 0xa8, 0x84), QColor(0x1f, 0x98, 0x8b), QColor(0x23, 0x88, 0x8e),
        QColor(0x2a, 0x78, 0x8e), QColor(0x31, 0x68, 0x8e), QColor(0x39, 0x56, 0x8c),
        QColor(0x41, 0x44, 0x87), QColor(0x47, 0x2f, 0x7d)};
    return colors[std::min(band, colors.size() - 1)];
}

/// Where things are on the plot.
struct Frame {
    QRectF plot;
    const astro::PorkchopSpan* span;

    double dayWidth() const { return plot.width() / (span->departures * span->departureStep); }
    double x(sys_days day) const {
        return plot.left() + static_cast<double>((day - span->firstDeparture).count()) * dayWidth();
    }
    /// The centre of grid column `departure`.
    double columnX(double departure) const {
        return plot.left() + (departure + 0.5) * plot.width() / span->departures;
    }
    double y(double flight) const {
        return plot.bottom() -
               (flight - span->shortestFlight) / (span->flights * span->flightStep) * plot.height();
    }
    double rowY(double row) const {
        return plot.bottom() - (row + 0.5) * plot.height() / span->flights;
    }
};

/// The contour of `level` by marching squares over the grid's cells, its pieces joined into
/// lines through the grid edges they cross (a PDF then holds one point per crossing, not
/// two per cell).
QPainterPath contour(const astro::Porkchop& grid, const Frame& frame, double level) {
    const int columns = grid.span.departures;
    const int rows = grid.span.flights;
    // An edge of the grid: from point (i, j) along departures (0) or flights (1).
    const auto edgeId = [rows](int i, int j, int along) {
        return (static_cast<std::int64_t>(i) * rows + j) * 2 + along;
    };
    const auto crossing = [&](std::int64_t id) {
        const int along = static_cast<int>(id % 2);
        const int i = static_cast<int>(id / 2 / rows);
        const int j = static_cast<int>(id / 2 % rows);
        const int i2 = along == 0 ? i + 1 : i;
        const int j2 = along == 0 ? j : j + 1;
        const double a = grid.c3At(i, j) - level;
        const double b = grid.c3At(i2, j2) - level;
        const double t = a / (a - b);
        return QPointF(frame.columnX(i + t * (i2 - i)), frame.rowY(j + t * (j2 - j)));
    };
    // Each crossed edge joins at most two pieces, one in each cell it borders.
    std::unordered_map<std::int64_t, std::array<std::int64_t, 2>> links;
    const auto link = [&](std::int64_t from, std::int64_t to) {
        auto [entry, added] = links.try_emplace(from, std::array<std::int64_t, 2>{-1, -1});
        entry->second[entry->second[0] < 0 ? 0 : 1] = to;
    };
    for (int i = 0; i + 1 < columns; ++i) {
        for (int j = 0; j + 1 < rows; ++j) {
            const std::array<double, 4> value = {grid.c3At(i, j), grid.c3At(i + 1, j),
                                                 grid.c3At(i + 1, j + 1), grid.c3At(i, j + 1)};
            if (std::any_of(value.begin(), value.end(),
                            [](double v) { return !std::isfinite(v); })) {
                continue;
            }
            // The cell's edges counter-clockwise from (i, j), each between two corners.
            const std::array<std::int64_t, 4> edges = {edgeId(i, j, 0), edgeId(i + 1, j, 1),
                                                       edgeId(i, j + 1, 0), edgeId(i, j, 1)};
            std::array<std::int64_t, 4> crossed{};
            int count = 0;
            for (int edge = 0; edge < 4; ++edge) {
                const double a = value[static_cast<std::size_t>(edge)] - level;
                const double b = value[static_cast<std::size_t>((edge + 1) % 4)] - level;
                if ((a < 0) != (b < 0)) {
                    crossed[static_cast<std::size_t>(count++)] =
                        edges[static_cast<std::size_t>(edge)];
                }
            }
            for (int k = 0; k + 1 < count; k += 2) {
                link(crossed[static_cast<std::size_t>(k)],
                     crossed[static_cast<std::size_t>(k + 1)]);
                link(crossed[static_cast<std::size_t>(k + 1)],
                     crossed[static_cast<std::size_t>(k)]);
            }
        }
    }
    QPainterPath path;
    std::unordered_set<std::int64_t> drawn;
    // Points closer than this to the last one drawn add bytes, not shape.
    constexpr double kLeast = 1.5;
    QPointF last;
    const auto lineTo = [&](const QPointF& point, bool always) {
        if (always || std::abs(point.x() - last.x()) + std::abs(point.y() - last.y()) >= kLeast) {
            path.lineTo(point);
            last = point;
        }
    };
    const auto follow = [&](std::int64_t start) {
        last = crossing(start);
        path.moveTo(last);
        drawn.insert(start);
        std::int64_t previous = -1;
        std::int64_t at = start;
        for (;;) {
            const auto& next = links.at(at);
            const std::int64_t to = next[0] != previous ? next[0] : next[1];
            if (to < 0 || drawn.contains(to)) {
                if (to == start) {
                    lineTo(crossing(start), true); // a closed ring
                } else {
                    lineTo(crossing(at), true); // the line's end
                }
                return;
            }
            lineTo(crossing(to), false);
            drawn.insert(to);
            previous = at;
            at = to;
        }
    };
    // Open lines from their ends first, then the rings.
    for (const auto& [id, next] : links) {
        if (next[1] < 0 && !drawn.contains(id)) {
            follow(id);
        }
    }
    for (const auto& [id, next] : links) {
        if (!drawn.contains(id)) {
            follow(id);
        }
    }
    return path;
}

std::size_t bandOf(double c3) {
    const auto& levels = porkchopLevels();
    return static_cast<std::size_t>(std::upper_bound(levels.begin(), levels.end(), c3) -
                                    levels.begin());
}

QImage fillImage(const PorkchopFigure& figure, const Theme& theme) {
    const astro::Porkchop& grid = figure.grid;
    QImage image(grid.span.departures, grid.span.flights, QImage::Format_RGB32);
    const double limit = figure.target.limits.c3Max;
    for (int i = 0; i < grid.span.departures; ++i) {
        for (int j = 0; j < grid.span.flights; ++j) {
            const double c3 = grid.c3At(i, j);
            QColor color = theme.background;
            if (std::isfinite(c3) && bandOf(c3) < porkchopLevels().size()) {
                color = bandColor(bandOf(c3));
                if (c3 > limit) { // beyond the launcher: faded
                    color = mixed(color, theme.background, 0.4);
                }
            }
            image.setPixel(i, grid.span.flights - 1 - j, color.rgb());
        }
    }
    return image;
}

void paintAxes(QPainter& painter, const Frame& frame, const PorkchopFigure& figure,
               const PaintContext& context) {
    const astro::PorkchopSpan& span = figure.grid.span;
    const QFontMetricsF metrics(painter.font());
    painter.setPen(QPen(context.theme.text, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame.plot);
    // Months along the bottom, every so many that about eight are named.
    const std::chrono::year_month_day firstDay{span.firstDeparture};
    const sys_days end = span.departure(span.departures - 1) + days{span.departureStep};
    const auto months = static_cast<int>((end - span.firstDeparture).count() / 30);
    // As many labels as fit side by side with room between them, eight at most.
    const double labelRoom = metrics.horizontalAdvance(u"0000-00"_s) * 1.4;
    const int fitting = std::clamp(static_cast<int>(frame.plot.width() / labelRoom), 1, 8);
    int step = 1;
    for (const int candidate : {1, 2, 3, 4, 6, 12, 24, 48}) {
        step = candidate;
        if (months / candidate <= fitting) {
            break;
        }
    }
    std::chrono::year_month month = firstDay.year() / firstDay.month();
    for (sys_days tick = sys_days{month / 1}; tick < end;) {
        if (tick >= span.firstDeparture) {
            const std::chrono::year_month_day date{tick};
            const auto monthIndex = static_cast<int>(unsigned(date.month())) - 1;
            if (monthIndex % step == 0 || step == 1) {
                const double x = frame.x(tick);
                painter.drawLine(QPointF(x, frame.plot.bottom()),
                                 QPointF(x, frame.plot.bottom() + 4));
                const QString label = toQString(fmt::format("{:%Y-%m}", tick));
                painter.drawText(QPointF(x - metrics.horizontalAdvance(label) / 2,
                                         frame.plot.bottom() + 6 + metrics.ascent()),
                                 label);
            }
        }
        month += std::chrono::months{1};
        tick = sys_days{month / 1};
    }
    const QString xTitle = tr("Launch date");
    painter.drawText(QPointF(frame.plot.center().x() - metrics.horizontalAdvance(xTitle) / 2,
                             frame.plot.bottom() + 8 + 2 * metrics.height()),
                     xTitle);
    // Flight times up the left, every 50 days (or 100 when long).
    const int longest = span.flight(span.flights - 1);
    const int flightStep = longest - span.shortestFlight > 400 ? 100 : 50;
    for (int flight = (span.shortestFlight + flightStep - 1) / flightStep * flightStep;
         flight <= longest; flight += flightStep) {
        const double y = frame.y(flight);
        painter.drawLine(QPointF(frame.plot.left() - 4, y), QPointF(frame.plot.left(), y));
        const QString label = QString::number(flight);
        painter.drawText(QPointF(frame.plot.left() - 6 - metrics.horizontalAdvance(label),
                                 y + metrics.ascent() / 2 - 1),
                         label);
    }
    painter.save();
    painter.translate(frame.plot.left() - 14 - metrics.horizontalAdvance(u"0000"_s),
                      frame.plot.center().y());
    painter.rotate(-90);
    const QString yTitle = tr("Time of flight (days)");
    painter.drawText(QPointF(-metrics.horizontalAdvance(yTitle) / 2, 0), yTitle);
    painter.restore();
}

void paintLegendColumn(QPainter& painter, const QRectF& area, const PorkchopFigure& figure,
                       const PaintContext& context) {
    const QFontMetricsF metrics(painter.font());
    const auto& levels = porkchopLevels();
    painter.setPen(context.theme.text);
    painter.drawText(QPointF(area.left(), area.top() + metrics.ascent()), tr("C3 (km²/s²)"));
    const double swatch = std::min(16.0, (area.height() - 3 * metrics.height()) /
                                             static_cast<double>(levels.size() + 1));
    double y = area.top() + metrics.height() + 4;
    // Every level's colour; as many of their numbers as have room to be read.
    const auto every =
        static_cast<std::size_t>(std::max(1.0, std::ceil(metrics.height() / swatch)));
    for (std::size_t band = 0; band < levels.size(); ++band) {
        painter.fillRect(QRectF(area.left(), y, 14, swatch), bandColor(band));
        if (band % every == 0) {
            painter.drawText(QPointF(area.left() + 20, y + swatch / 2 + metrics.ascent() / 2 - 1),
                             QStringLiteral("< %1").arg(levels[band]));
        }
        y += swatch;
    }
    y += 8;
    painter.setPen(QPen(context.theme.text, 2.2, Qt::DashLine));
    painter.drawLine(QPointF(area.left(), y + 4), QPointF(area.left() + 14, y + 4));
    painter.setPen(context.theme.text);
    painter.drawText(QPointF(area.left() + 20, y + 4 + metrics.ascent() / 2 - 1),
                     tr("limit %1").arg(figure.target.limits.c3Max));
}

} // namespace

LaunchLanes launchLanesOf(const PaintContext& context) {
    LaunchLanes lanes;
    if (context.roadmap) {
        std::tie(lanes.first, lanes.last) = timelineRange(context);
        for (const Destination& destination : context.roadmap->destinations) {
            lanes.targets.push_back(launchTargetOf(destination));
        }
    }
    return lanes;
}

LaunchWindows launchWindowsOf(const LaunchLanes& lanes) {
    LaunchWindows windows(lanes.targets.size());
    for (std::size_t i = 0; i < lanes.targets.size(); ++i) {
        const auto& target = lanes.targets[i];
        if (!target) {
            continue;
        }
        const sys_days from = std::max(lanes.first, astro::kFirstTransferDay);
        const sys_days to =
            std::min(lanes.last, astro::lastLaunchDay(target->limits.longestFlight));
        if (to < from) {
            continue;
        }
        if (const auto found = cachedOpportunities(*target, from, to)) {
            for (const astro::Opportunity& opportunity : *found) {
                windows[i].emplace_back(opportunity.opens, opportunity.closes);
            }
        }
    }
    return windows;
}

void addLaunchWindows(PaintContext& context) {
    context.launchWindows = launchWindowsOf(launchLanesOf(context));
}

const std::vector<double>& porkchopLevels() {
    static const std::vector<double> levels = {4,  6,  8,  10, 12, 15, 20,
                                               25, 30, 40, 50, 60, 80, 100};
    return levels;
}

Expected<PorkchopFigure, QString> porkchopAround(const LaunchTarget& target, sys_days first,
                                                 sys_days last, QString title, int departureCells,
                                                 int flightCells) {
    const astro::PorkchopSpan span =
        porkchopSpanAround(target, first, last, departureCells, flightCells);
    auto grid = astro::computePorkchop(target.target, span);
    if (!grid) {
        return make_unexpected(toQString(grid.error()));
    }
    auto opportunities =
        cachedOpportunities(target, span.firstDeparture,
                            std::max(span.firstDeparture, span.departure(span.departures - 1)));
    if (!opportunities) {
        return make_unexpected(toQString(opportunities.error()));
    }
    return PorkchopFigure{target, std::move(*grid), std::move(*opportunities), std::nullopt,
                          std::move(title)};
}

Expected<PorkchopFigure, QString> porkchopOfMission(const Roadmap& roadmap, const Mission& mission,
                                                    int departureCells, int flightCells) {
    const Destination* destination = roadmap.destinations.find(mission.destination);
    const auto target = destination ? launchTargetOf(*destination, &mission) : std::nullopt;
    if (!target) {
        return make_unexpected(
            tr("Launch opportunities are worked out for missions to Mars and to asteroids whose "
               "orbit the roadmap holds."));
    }
    const sys_days first = mission.start.firstDay();
    const sys_days last = mission.start.lastDay();
    if (!ephemerisCovers(*target, first, last)) {
        return make_unexpected(
            tr("Launches to %1 are worked out from %2 to %3, the days the ephemerides answer "
               "for; this one is %4.")
                .arg(toQString(target->name), isoDay(astro::kFirstTransferDay),
                     isoDay(astro::lastLaunchDay(target->limits.longestFlight)),
                     toQString(mission.start.toString())));
    }
    auto figure =
        porkchopAround(*target, first, last,
                       tr("%1: launch to %2").arg(toQString(mission.name), toQString(target->name)),
                       departureCells, flightCells);
    if (figure) {
        figure->plannedLaunch = std::pair{first, last};
    }
    return figure;
}

QRectF porkchopPlotRect(const QRectF& area, const QFont& font) {
    const QFontMetricsF metrics(font);
    const double legendWidth = metrics.horizontalAdvance(u"C3 (km²/s²)"_s) + 12;
    return area.adjusted(metrics.horizontalAdvance(u"0000"_s) + 26, 2 * metrics.height() + 16,
                         -legendWidth - 12, -(3 * metrics.height() + 10));
}

std::optional<std::pair<int, int>> porkchopCellAt(const PorkchopFigure& figure, const QRectF& plot,
                                                  const QPointF& point) {
    const astro::PorkchopSpan& span = figure.grid.span;
    if (!plot.contains(point) || span.departures <= 0 || span.flights <= 0) {
        return std::nullopt;
    }
    const int departure =
        std::clamp(static_cast<int>((point.x() - plot.left()) / plot.width() * span.departures), 0,
                   span.departures - 1);
    const int flight =
        std::clamp(static_cast<int>((plot.bottom() - point.y()) / plot.height() * span.flights), 0,
                   span.flights - 1);
    return std::pair{departure, flight};
}

void paintPorkchop(QPainter& painter, const QRectF& area, const PorkchopFigure& figure,
                   const PaintContext& context) {
    painter.save();
    painter.setFont(context.font);
    const QFontMetricsF metrics(painter.font());
    painter.fillRect(area, context.theme.background);
    const double legendWidth = metrics.horizontalAdvance(u"C3 (km²/s²)"_s) + 12;
    const QRectF plot = porkchopPlotRect(area, context.font);
    if (plot.width() < 40 || plot.height() < 40 || figure.grid.c3.empty()) {
        painter.restore();
        return;
    }
    const Frame frame{plot, &figure.grid.span};

    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(context.theme.text);
    painter.drawText(QPointF(area.left() + 4, area.top() + metrics.ascent() + 2),
                     metrics.elidedText(figure.title, Qt::ElideRight, area.width() - 8));
    painter.setFont(context.font);

    painter.drawImage(plot, fillImage(figure, context.theme));
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor line = context.theme.text;
    line.setAlphaF(0.35F);
    painter.setPen(QPen(line, 0.6));
    // An empty path would still be written to a PDF as a lone closepath.
    const auto drawContour = [&](double level) {
        const QPainterPath path = contour(figure.grid, frame, level);
        if (!path.isEmpty()) {
            painter.drawPath(path);
        }
    };
    // Thin contours where a launch is possible; beyond the limit the faded bands say enough.
    for (const double level : porkchopLevels()) {
        if (level < figure.target.limits.c3Max) {
            drawContour(level);
        }
    }
    painter.setPen(QPen(context.theme.text, 2.2, Qt::DashLine));
    drawContour(figure.target.limits.c3Max);

    // The planned launch, shaded across the plot.
    if (figure.plannedLaunch) {
        const double left = std::max(plot.left(), frame.x(figure.plannedLaunch->first));
        const double right =
            std::min(plot.right(), frame.x(figure.plannedLaunch->second + days{1}));
        if (right > left) {
            const QColor shade = context.theme.asOf;
            painter.fillRect(QRectF(left, plot.top(), std::max(2.0, right - left), plot.height()),
                             context.translucent(shade, 0.10));
            painter.setPen(QPen(shade, 1.5, Qt::DashLine));
            painter.drawLine(QPointF(left, plot.top()), QPointF(left, plot.bottom()));
            painter.drawLine(QPointF(right, plot.top()), QPointF(right, plot.bottom()));
            painter.fillRect(QRectF(left, plot.bottom() - 5, std::max(2.0, right - left), 5),
                             shade);
            const QString label = tr("planned launch");
            painter.setPen(context.theme.text);
            painter.drawText(
                QPointF(std::min(left + 4, plot.right() - metrics.horizontalAdvance(label) - 4),
                        plot.bottom() - 9),
                label);
        }
    }
    // Opportunities: a band above the plot from opening to closing, the cheapest launch
    // crossed with its C3.
    const double bandTop = plot.top() - metrics.height() - 6;
    for (const astro::Opportunity& opportunity : figure.opportunities) {
        const double left = std::max(plot.left(), frame.x(opportunity.opens));
        const double right = std::min(plot.right(), frame.x(opportunity.closes + days{1}));
        if (right <= left) {
            continue;
        }
        painter.fillRect(QRectF(left, bandTop, right - left, metrics.height() + 2),
                         context.theme.highlight);
        painter.setPen(QPen(context.theme.highlight, 1, Qt::DotLine));
        painter.drawLine(QPointF(left, bandTop), QPointF(left, plot.bottom()));
        painter.drawLine(QPointF(right, bandTop), QPointF(right, plot.bottom()));
        const QString label =
            tr("open %1 to %2").arg(isoDay(opportunity.opens), isoDay(opportunity.closes));
        painter.setPen(context.theme.background);
        painter.drawText(QRectF(left + 3, bandTop, right - left - 6, metrics.height() + 2),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(label, Qt::ElideRight, right - left - 6));
        const double x = frame.x(opportunity.bestDeparture) + frame.dayWidth() / 2;
        const double y = frame.y(opportunity.bestFlight);
        if (plot.contains(QPointF(x, y))) {
            painter.setPen(QPen(context.theme.text, 2));
            painter.drawLine(QPointF(x - 5, y - 5), QPointF(x + 5, y + 5));
            painter.drawLine(QPointF(x - 5, y + 5), QPointF(x + 5, y - 5));
            const QString best = tr("C3 %1").arg(opportunity.minimumC3, 0, 'f', 1);
            const QRectF box(x + 7, y - metrics.height() / 2 - 1,
                             metrics.horizontalAdvance(best) + 6, metrics.height() + 2);
            painter.fillRect(box, context.translucent(context.theme.background, 0.8));
            painter.drawText(box, Qt::AlignCenter, best);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    paintAxes(painter, frame, figure, context);
    paintLegendColumn(painter, QRectF(plot.right() + 12, plot.top(), legendWidth, plot.height()),
                      figure, context);
    painter.restore();
}

Expected<void, QString> exportPorkchop(const PorkchopFigure& figure, const QString& filePath,
                                       QSize size, const Theme& theme) {
    PaintContext context;
    context.theme = theme;
    context.font = QFont(u"DejaVu Sans"_s, 9);
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (suffix == u"svg") {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
        generator.setTitle(figure.title);
        QPainter painter;
        if (!painter.begin(&generator)) {
            return make_unexpected(tr("The SVG could not be drawn."));
        }
        paintPorkchop(painter, QRectF(QPointF(0, 0), QSizeF(size)), figure, context);
        painter.end();
    } else if (suffix == u"png") {
        QImage image(size, QImage::Format_RGB32);
        image.fill(theme.background);
        QPainter painter(&image);
        paintPorkchop(painter, QRectF(QPointF(0, 0), QSizeF(size)), figure, context);
        painter.end();
        if (!image.save(&buffer, "PNG")) {
            return make_unexpected(tr("The PNG could not be encoded."));
        }
    } else {
        return make_unexpected(tr("%1: a porkchop is written as .png, .svg or .csv").arg(filePath));
    }
    const auto written = writeFileAtomically(
        toStdString(filePath),
        std::string_view(buffer.data().constData(), static_cast<std::size_t>(buffer.size())));
    if (!written) {
        return make_unexpected(toQString(written.error().describe()));
    }
    return {};
}

} // namespace orrery::render
