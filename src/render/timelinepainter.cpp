#include "timelinepainter.h"

#include "palette.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace orrery::render {

using std::chrono::sys_days;
namespace chr = std::chrono;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("orrery::render::Timeline", text);
}

QString monthName(unsigned month) {
    static const std::array<const char*, 12> kNames = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return tr(kNames[month - 1]);
}

int yearOf(sys_days day) {
    return static_cast<int>(chr::year_month_day{day}.year());
}

QPainterPath missionShape(const TimelineMission& item, Crew crew) {
    QPainterPath path;
    const QRectF& r = item.bar;
    if (item.milestone) {
        if (crew == Crew::Human) {
            path.addEllipse(r);
        } else {
            const QPointF c = r.center();
            const double h = r.height() / 2 + 1;
            path.moveTo(c.x(), c.y() - h);
            path.lineTo(c.x() + h, c.y());
            path.lineTo(c.x(), c.y() + h);
            path.lineTo(c.x() - h, c.y());
            path.closeSubpath();
        }
        return path;
    }
    // Human missions are capsules, robotic ones boxes: the shape tells them apart even in
    // grey print.
    const double radius = crew == Crew::Human ? r.height() / 2 : 2.0;
    path.addRoundedRect(r, std::min(radius, r.width() / 2), radius);
    return path;
}

/// What a mission is drawn over: its lane's band.
QColor laneColor(const TimelineLayout& layout, const TimelineMission& item, const Theme& theme) {
    return item.lane % 2 == 0 || item.lane >= layout.lanes.size() ? theme.laneEven : theme.laneOdd;
}

/// Opaque where the dates are certain, fading towards the ends they may not reach. The fade
/// is a blend towards the lane's colour, never transparency, so that PDF, SVG and PNG show
/// it as the screen does; it keeps the minimum contrast with the lane.
QBrush softened(const QColor& color, const TimelineMission& item, const QColor& under) {
    const QRectF& r = item.bar;
    if (item.milestone || (item.solidStart <= r.left() + 0.5 && item.solidEnd >= r.right() - 0.5)) {
        return QBrush(color);
    }
    QLinearGradient gradient(r.left(), 0, r.right(), 0);
    // Most of the way to the lane's colour, but not so far that the bar's end is lost.
    const QColor faint = fadedTowards(color, under, 0.85);
    const auto at = [&](double x) { return std::clamp((x - r.left()) / r.width(), 0.0, 1.0); };
    gradient.setColorAt(0, item.solidStart > r.left() + 0.5 ? faint : color);
    gradient.setColorAt(at(item.solidStart), color);
    gradient.setColorAt(at(item.solidEnd), color);
    gradient.setColorAt(1, item.solidEnd < r.right() - 0.5 ? faint : color);
    return QBrush(gradient);
}

} // namespace

AxisTicks axisTicks(const TimeScale& scale, sys_days from, sys_days to) {
    AxisTicks ticks;
    const double pixelsPerYear = scale.pixelsPerDay * 365.25;
    const int firstYear = yearOf(from);
    const int lastYear = yearOf(to) + 1;
    const auto addYear = [&](std::vector<AxisTick>& list, int year, QString label) {
        const sys_days day{chr::year{year} / 1 / 1};
        list.push_back({day, scale.x(day), std::move(label)});
    };
    if (pixelsPerYear < 120) {
        // Decades above, years below: a tick for every year while they are far enough
        // apart to tell, a label on every year, second or fifth year as room allows.
        const int labelStep = pixelsPerYear >= 36     ? 1
                              : pixelsPerYear >= 17.5 ? 2
                              : pixelsPerYear >= 8    ? 5
                                                      : 10;
        const int tickStep = pixelsPerYear >= 6 ? 1 : labelStep;
        for (int year = firstYear - firstYear % 10; year <= lastYear; year += 10) {
            addYear(ticks.major, year, QStringLiteral("%1s").arg(year));
        }
        for (int year = firstYear; year <= lastYear; ++year) {
            if (year % tickStep == 0) {
                addYear(ticks.minor, year,
                        year % labelStep == 0 ? QString::number(year) : QString());
            }
        }
        return ticks;
    }
    for (int year = firstYear; year <= lastYear; ++year) {
        addYear(ticks.major, year, QString::number(year));
        const bool months = pixelsPerYear >= 480;
        for (unsigned month = 1; month <= 12; month += months ? 1 : 3) {
            const sys_days day{chr::year{year} / chr::month{month} / 1};
            ticks.minor.push_back(
                {day, scale.x(day),
                 months ? monthName(month) : QStringLiteral("Q%1").arg((month - 1) / 3 + 1)});
        }
    }
    return ticks;
}

void paintLanes(QPainter& painter, const TimelineLayout& layout, const Theme& theme,
                const QRectF& exposed) {
    painter.save();
    const QRectF area(0, 0, layout.width, layout.height);
    painter.fillRect(exposed.intersected(area), theme.background);
    for (std::size_t i = 0; i < layout.lanes.size(); ++i) {
        const TimelineLane& lane = layout.lanes[i];
        const QRectF band(0, lane.top, layout.width, lane.height);
        painter.fillRect(band.intersected(exposed), i % 2 == 0 ? theme.laneEven : theme.laneOdd);
    }
    const AxisTicks ticks =
        axisTicks(layout.scale, layout.scale.dayAt(std::max(0.0, exposed.left())),
                  layout.scale.dayAt(std::min(layout.width, exposed.right())));
    const double top = std::max(0.0, exposed.top());
    const double bottom = std::min(layout.height, exposed.bottom());
    painter.setPen(QPen(theme.grid, 0));
    for (const AxisTick& tick : ticks.minor) {
        painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, bottom));
    }
    painter.setPen(QPen(theme.majorGrid, 0));
    for (const AxisTick& tick : ticks.major) {
        painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, bottom));
    }
    painter.setPen(QPen(theme.laneSeparator, 0));
    for (const TimelineLane& lane : layout.lanes) {
        painter.drawLine(QPointF(exposed.left(), lane.top + lane.height),
                         QPointF(exposed.right(), lane.top + lane.height));
    }
    painter.restore();
}

void paintAsOfLine(QPainter& painter, const TimelineLayout& layout, const Theme& theme) {
    if (!layout.asOfX) {
        return;
    }
    painter.save();
    QPen pen(theme.asOf, 1.5, Qt::DashLine);
    painter.setPen(pen);
    painter.drawLine(QPointF(*layout.asOfX, 0), QPointF(*layout.asOfX, layout.height));
    painter.restore();
}

namespace {

/// Where a proposed change moved the mission from: its old bar as a dashed outline in the
/// same row, joined to the new one by a line.
void paintPreviousPosition(QPainter& painter, const TimelineLayout& layout,
                           const PaintContext& context, const TimelineMission& item,
                           const Mission& mission, const PreviousDates& previous) {
    Mission before = mission;
    before.start = previous.start;
    before.end = previous.end;
    TimelineMission ghost = item;
    placeAlongTime(ghost, before, layout, 0, 0);
    if (ghost.bar == item.bar) {
        return;
    }
    const QColor line = mixed(context.theme.proposal, context.theme.background, 0.75);
    const double y = item.bar.center().y();
    const double from =
        ghost.bar.center().x() < item.bar.center().x() ? ghost.bar.right() : ghost.bar.left();
    const double to =
        ghost.bar.center().x() < item.bar.center().x() ? item.bar.left() : item.bar.right();
    if ((to - from) * (item.bar.center().x() - ghost.bar.center().x()) > 0) {
        painter.setPen(QPen(line, 1.2));
        painter.drawLine(QPointF(from, y), QPointF(to, y));
    }
    painter.fillPath(missionShape(ghost, mission.crew),
                     mixed(context.theme.proposal, context.theme.background, 0.12));
    QPen outline(line, 1.2, Qt::DashLine);
    stroke(painter, missionShape(ghost, mission.crew), outline);
}

} // namespace

void paintMission(QPainter& painter, const TimelineLayout& layout, const PaintContext& context,
                  std::size_t index) {
    const TimelineMission& item = layout.missions[index];
    if (!item.placed) {
        return;
    }
    const Mission& mission = context.roadmap->missions[index];
    const MissionAppearance appearance =
        index < context.missions.size() ? context.missions[index] : MissionAppearance{};
    const QPainterPath shape = missionShape(item, mission.crew);
    const QBrush brush = missionBrush(context, mission, appearance);
    const QColor color = brush.color();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (appearance.previous) {
        paintPreviousPosition(painter, layout, context, item, mission, *appearance.previous);
    }
    if (appearance.proposed != ProposedChange::None) {
        // A ring around the shape, solid for a changed mission, dotted for a new one.
        QPen ring(context.theme.proposal, 2.4);
        if (appearance.proposed == ProposedChange::Added) {
            ring.setStyle(Qt::DotLine);
        }
        const QRectF around = item.bar.adjusted(-3.5, -3.5, 3.5, 3.5);
        QPainterPath path;
        path.addRoundedRect(around, 4, 4);
        stroke(painter, path, ring);
    }
    if (item.milestone && (item.solidEnd - item.solidStart) > item.bar.width()) {
        // The span a milestone's imprecise date may fall in.
        const QColor whisker = context.translucent(color, 0.6);
        painter.setPen(QPen(whisker, 1.2));
        const double y = item.bar.center().y();
        painter.drawLine(QPointF(item.solidStart, y), QPointF(item.solidEnd, y));
        painter.drawLine(QPointF(item.solidStart, y - 3), QPointF(item.solidStart, y + 3));
        painter.drawLine(QPointF(item.solidEnd, y - 3), QPointF(item.solidEnd, y + 3));
    }
    const QColor under = laneColor(layout, item, context.theme);
    if (mission.status == MissionStatus::Conceptual) {
        // Conceptual: a pale fill under hatching, so that the shape still reads.
        painter.fillPath(shape, softened(mixed(color, under, 0.22), item, under));
        paintHatching(painter, shape, softened(color, item, under));
    } else {
        painter.fillPath(shape, softened(color, item, under));
    }
    QPen pen = missionPen(context, mission, appearance);
    if (!appearance.selected && !item.milestone) {
        pen.setBrush(softened(pen.color(), item, under));
    }
    stroke(painter, shape, pen);

    if (appearance.critical && !appearance.dimmed) {
        painter.setPen(QPen(context.theme.critical, 2.0));
        const double y = item.bar.bottom() + 2.5;
        painter.drawLine(QPointF(item.bar.left() + 1, y), QPointF(item.bar.right() - 1, y));
    }

    const QString text = toQString(mission.name);
    painter.setFont(chartFont(context.font, text));
    QColor textColor = item.labelInside ? textOn(color) : context.theme.text;
    if (mission.status == MissionStatus::Conceptual && item.labelInside) {
        textColor = context.theme.text;
    }
    if (appearance.dimmed) {
        textColor = context.translucent(textColor, 0.35);
    }
    painter.setPen(textColor);
    if (item.labelInside && mission.status == MissionStatus::Conceptual) {
        // Hatching under text is hard to read: give the text a quiet backing.
        painter.fillRect(item.label.adjusted(-2, 1, 2, -1),
                         mixed(context.theme.background, color, 0.75));
    } else if (!item.labelInside) {
        // A halo of the lane's colour: the grid, the as-of line and arrows stop at names.
        painter.fillRect(item.label.adjusted(-3, 0, 3, 0), under);
    }
    painter.drawText(item.label, Qt::AlignLeft | Qt::AlignVCenter, text);

    if (appearance.worstFinding && !appearance.dimmed) {
        const double radius = 4.5;
        const QPointF centre(item.bar.right() - (item.milestone ? 0 : radius), item.bar.top());
        painter.setPen(QPen(context.theme.background, 1.2));
        painter.setBrush(severityColor(*appearance.worstFinding));
        painter.drawEllipse(centre, radius, radius);
    }
    painter.restore();
}

void paintDependencyArrow(QPainter& painter, const TimelineMission& prerequisite,
                          const TimelineMission& dependent, const Prerequisite& dependency,
                          const Theme& theme, bool highlighted) {
    const bool fromStart = dependency.type == DependencyType::StartToStart;
    const QPointF from(fromStart ? prerequisite.bar.left() : prerequisite.bar.right(),
                       prerequisite.bar.center().y());
    const QPointF to(dependent.bar.left(), dependent.bar.center().y());
    const double reach = std::max(24.0, std::abs(to.x() - from.x()) / 2);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(reach, 0), to - QPointF(reach, 0), to);

    // An arrow that runs back in time is a dependency the dates break.
    const bool backwards = to.x() + 0.5 < from.x();
    QColor color = backwards ? theme.critical : highlighted ? theme.highlight : theme.arrow;
    if (!highlighted && !backwards) {
        color = mixed(color, theme.background, 0.55);
    }
    QPen pen(color, highlighted ? 1.8 : 1.1);
    if (dependency.strength == DependencyStrength::Soft) {
        pen.setStyle(Qt::DashLine);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    stroke(painter, path, pen);
    const double size = highlighted ? 7 : 5.5;
    QPolygonF head;
    head << to << to + QPointF(-size, -size / 2) << to + QPointF(-size, size / 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(head);
    painter.restore();
}

void paintDependencyArrows(QPainter& painter, const TimelineLayout& layout,
                           const PaintContext& context, ArrowMode mode, const QRectF& exposed) {
    if (mode == ArrowMode::None) {
        return;
    }
    const auto& missions = context.roadmap->missions;
    const auto selected = [&](std::size_t i) {
        return i < context.missions.size() && context.missions[i].selected;
    };
    for (std::size_t d = 0; d < missions.size(); ++d) {
        const TimelineMission& dependent = layout.missions[d];
        if (!dependent.placed) {
            continue;
        }
        for (const Prerequisite& dependency : missions[d].prerequisites) {
            const auto p = missions.indexOf(dependency.mission);
            if (!p || *p == d || !layout.missions[*p].placed) {
                continue;
            }
            const bool highlighted = selected(d) || selected(*p);
            if (mode == ArrowMode::Selected && !highlighted) {
                continue;
            }
            const TimelineMission& prerequisite = layout.missions[*p];
            const QRectF span = QRectF(prerequisite.bar.center(), dependent.bar.center())
                                    .normalized()
                                    .adjusted(-40, -10, 40, 10);
            if (!span.intersects(exposed)) {
                continue;
            }
            paintDependencyArrow(painter, prerequisite, dependent, dependency, context.theme,
                                 highlighted);
        }
    }
}

void paintLaunchWindows(QPainter& painter, const TimelineLayout& layout,
                        const PaintContext& context, const QRectF& exposed) {
    for (const TimelineLane& lane : layout.lanes) {
        if (!lane.destination || *lane.destination >= context.launchWindows.size()) {
            continue;
        }
        for (const auto& [opens, closes] : context.launchWindows[*lane.destination]) {
            const double left = layout.scale.x(opens);
            const double right = layout.scale.x(closes + std::chrono::days{1});
            const QRectF band(left, lane.top, std::max(1.0, right - left), lane.height);
            if (!band.intersects(exposed)) {
                continue;
            }
            painter.fillRect(band.intersected(exposed),
                             context.translucent(context.theme.highlight, 0.13));
            // A rule along the lane's top says where it opens and closes at any zoom.
            painter.fillRect(QRectF(left, lane.top, band.width(), 3).intersected(exposed),
                             context.translucent(context.theme.highlight, 0.7));
        }
    }
}

void paintLanesArea(QPainter& painter, const TimelineLayout& layout, const PaintContext& context,
                    ArrowMode arrows, const QRectF& exposed) {
    paintLanes(painter, layout, context.theme, exposed);
    paintLaunchWindows(painter, layout, context, exposed);
    paintAsOfLine(painter, layout, context.theme);
    paintDependencyArrows(painter, layout, context, arrows, exposed);
    // Badges, rings and selection outlines reach a little beyond the bar.
    constexpr double kReach = 6;
    for (std::size_t i = 0; i < layout.missions.size(); ++i) {
        const TimelineMission& item = layout.missions[i];
        if (item.placed && item.bar.united(item.label)
                               .adjusted(-kReach, -kReach, kReach, kReach)
                               .intersects(exposed)) {
            paintMission(painter, layout, context, i);
        }
    }
}

void paintTimeAxis(QPainter& painter, const TimelineLayout& layout, const Theme& theme,
                   const QFont& font, double fromX, const QRectF& area) {
    painter.save();
    painter.setClipRect(area);
    painter.fillRect(area, theme.headerBackground);
    const double offset = area.left() - fromX;
    const AxisTicks ticks = axisTicks(layout.scale, layout.scale.dayAt(std::max(0.0, fromX)),
                                      layout.scale.dayAt(fromX + area.width()));
    const double middle = area.top() + area.height() / 2;
    QFont majorFont = font;
    majorFont.setBold(true);
    const QFontMetricsF majorMetrics(majorFont);

    painter.setPen(QPen(theme.majorGrid, 0));
    painter.drawLine(QPointF(area.left(), middle), QPointF(area.right(), middle));
    painter.drawLine(QPointF(area.left(), area.bottom() - 0.5),
                     QPointF(area.right(), area.bottom() - 0.5));
    for (std::size_t i = 0; i < ticks.major.size(); ++i) {
        const double x = ticks.major[i].x + offset;
        // Labels are drawn whole or not at all: a cut one would still be text in a PDF.
        const double next =
            std::min(i + 1 < ticks.major.size() ? ticks.major[i + 1].x + offset : area.right(),
                     area.right());
        painter.setPen(QPen(theme.majorGrid, 0));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        // The label stays in view while its interval is partly scrolled away.
        const double labelLeft = std::max(x, area.left()) + 4;
        const double room = next - labelLeft - 2;
        if (room >= majorMetrics.horizontalAdvance(ticks.major[i].label)) {
            painter.setPen(theme.text);
            painter.setFont(majorFont);
            painter.drawText(QRectF(labelLeft, area.top(), room, middle - area.top()),
                             Qt::AlignLeft | Qt::AlignVCenter, ticks.major[i].label);
        }
    }
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    // The ticks first, then the labels over them on the axis's own colour: a tick without a
    // label of its own (an odd year) never runs through the label before it.
    painter.setPen(QPen(theme.grid.darker(115), 0));
    for (const AxisTick& tick : ticks.minor) {
        const double x = tick.x + offset;
        painter.drawLine(QPointF(x, middle), QPointF(x, area.bottom()));
    }
    for (std::size_t i = 0; i < ticks.minor.size(); ++i) {
        const double x = ticks.minor[i].x + offset;
        if (ticks.minor[i].label.isEmpty()) {
            continue;
        }
        // A label may use the room of the unlabelled ticks that follow it.
        const auto nextLabelled = std::find_if(
            ticks.minor.begin() + static_cast<std::ptrdiff_t>(i) + 1, ticks.minor.end(),
            [](const AxisTick& tick) { return !tick.label.isEmpty(); });
        const double next =
            std::min(nextLabelled != ticks.minor.end() ? nextLabelled->x + offset : x + 10000,
                     area.right() + 1);
        if (x < area.left()) {
            continue;
        }
        const double width = metrics.horizontalAdvance(ticks.minor[i].label);
        if (next - x - 4 >= width) {
            const QRectF text(x + 3, middle, next - x - 4, area.bottom() - middle);
            painter.fillRect(QRectF(x + 1, middle + 1, width + 4, area.bottom() - middle - 2),
                             theme.headerBackground);
            painter.setPen(theme.mutedText);
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, ticks.minor[i].label);
        }
    }
    if (layout.asOfX) {
        const double x = *layout.asOfX + offset;
        painter.setPen(QPen(theme.asOf, 2));
        painter.drawLine(QPointF(x, middle), QPointF(x, area.bottom()));
    }
    painter.restore();
}

void paintLaneHeaders(QPainter& painter, const TimelineLayout& layout, const Theme& theme,
                      const QFont& font, double fromY, const QRectF& area) {
    painter.save();
    painter.setClipRect(area);
    painter.fillRect(area, theme.headerBackground);
    const double offset = area.top() - fromY;
    QFont laneFont = font;
    laneFont.setBold(true);
    painter.setFont(laneFont);
    for (std::size_t i = 0; i < layout.lanes.size(); ++i) {
        const TimelineLane& lane = layout.lanes[i];
        const QRectF band(area.left(), lane.top + offset, area.width(), lane.height);
        if (!band.intersects(area)) {
            continue;
        }
        painter.fillRect(band, i % 2 == 0 ? theme.laneEven.darker(104) : theme.laneOdd.darker(104));
        painter.setPen(QPen(theme.laneSeparator, 0));
        painter.drawLine(band.bottomLeft(), band.bottomRight());
        // The name stays at the top of its lane's visible part.
        const double top = std::max(band.top(), area.top());
        const QRectF text(band.left() + 10, top + 4, band.width() - 16,
                          std::min(band.bottom(), area.bottom()) - top - 8);
        painter.setPen(theme.text);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lane.name);
    }
    painter.setPen(QPen(theme.laneSeparator, 0));
    painter.drawLine(QPointF(area.right() - 0.5, area.top()),
                     QPointF(area.right() - 0.5, area.bottom()));
    painter.restore();
}

void paintTimeline(QPainter& painter, const TimelineLayout& layout, const PaintContext& context,
                   const QRectF& window, const QRectF& target, ArrowMode arrows) {
    const TimelineMetrics& metrics = layout.metrics;
    const QRectF header(target.left(), target.top() + metrics.axisHeight, metrics.headerWidth,
                        target.height() - metrics.axisHeight);
    const QRectF axis(target.left() + metrics.headerWidth, target.top(),
                      target.width() - metrics.headerWidth, metrics.axisHeight);
    const QRectF lanes(axis.left(), header.top(), axis.width(), header.height());

    painter.save();
    painter.fillRect(target, context.theme.background);
    painter.fillRect(QRectF(target.topLeft(), QSizeF(metrics.headerWidth, metrics.axisHeight)),
                     context.theme.headerBackground);
    paintTimeAxis(painter, layout, context.theme, context.font, window.left(), axis);
    paintLaneHeaders(painter, layout, context.theme, context.font, window.top(), header);

    painter.setClipRect(lanes);
    painter.translate(lanes.left() - window.left(), lanes.top() - window.top());
    paintLanesArea(painter, layout, context, arrows, QRectF(window.topLeft(), lanes.size()));
    painter.restore();
}

} // namespace orrery::render
