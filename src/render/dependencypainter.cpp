#include "dependencypainter.h"

#include "palette.h"
#include "qdates.h"
#include "utf8.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace orrery::render {

namespace {

/// Whether any segment of the route comes near the window. A long route's bounding box
/// covers most of a large diagram; testing segment by segment keeps each page of a tiled
/// diagram to the routes that really pass through it.
bool crosses(const QPainterPath& path, const QRectF& window) {
    if (!path.controlPointRect().intersects(window)) {
        return false;
    }
    QPointF previous;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        QRectF segment;
        if (element.type == QPainterPath::CurveToElement && i + 2 < path.elementCount()) {
            const QPointF first = element;
            const QPointF second = path.elementAt(i + 1);
            const QPointF end = path.elementAt(i + 2);
            const auto [left, right] = std::minmax({previous.x(), first.x(), second.x(), end.x()});
            const auto [top, bottom] = std::minmax({previous.y(), first.y(), second.y(), end.y()});
            segment = QRectF(QPointF(left, top), QPointF(right, bottom));
            previous = end;
            i += 2;
        } else if (element.type == QPainterPath::LineToElement) {
            segment = QRectF(previous, QPointF(element)).normalized();
            previous = element;
        } else {
            previous = element;
            continue;
        }
        // A straight horizontal or vertical segment has an empty box: give it a little room.
        if (segment.adjusted(-0.5, -0.5, 0.5, 0.5).intersects(window)) {
            return true;
        }
    }
    return false;
}

} // namespace

void paintDependencyNode(QPainter& painter, const DependencyNode& node,
                         const PaintContext& context) {
    const Mission& mission = context.roadmap->missions[node.mission];
    const MissionAppearance appearance = node.mission < context.missions.size()
                                             ? context.missions[node.mission]
                                             : MissionAppearance{};
    const QRectF& box = node.box;
    const QColor color = missionColor(context, mission);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath shape;
    const double radius = mission.crew == Crew::Human ? box.height() / 2.6 : 4.0;
    shape.addRoundedRect(box, radius, radius);
    QColor fill = context.theme.background;
    painter.fillPath(shape, fill);
    if (mission.status == MissionStatus::Conceptual) {
        paintHatching(painter, shape, hatchInk(color, fill), 6.0);
    }
    // The agency's (or status's, or crew's) colour as a strip on the left.
    painter.save();
    painter.setClipPath(shape);
    const QColor strip =
        mission.status == MissionStatus::Completed ? context.translucent(color, 0.45) : color;
    painter.fillRect(QRectF(box.left(), box.top(), 7, box.height()), strip);
    painter.restore();

    QPen pen = missionPen(context, mission, appearance);
    if (appearance.critical && !appearance.selected) {
        pen = QPen(context.theme.critical, 2.2);
    }
    if (appearance.inCycle && !appearance.selected) {
        pen = QPen(context.theme.critical, 1.6, Qt::DashLine);
    }
    stroke(painter, shape, pen);

    QColor textColor = context.theme.text;
    QColor secondary = context.theme.mutedText;
    if (appearance.dimmed) {
        textColor = context.translucent(textColor, 0.35);
        secondary = context.translucent(secondary, 0.35);
    }
    QFont nameFont = context.font;
    nameFont.setBold(true);
    const QRectF textArea = box.adjusted(12, 3, -8, -3);
    const QFontMetricsF nameMetrics(nameFont);
    painter.setFont(nameFont);
    painter.setPen(textColor);
    // The name's lines share the box with one line of lead agency and dates.
    const QStringList lines =
        node.nameLines.isEmpty() ? QStringList{toQString(mission.name)} : node.nameLines;
    const double lineHeight = textArea.height() / static_cast<double>(lines.size() + 1);
    for (qsizetype line = 0; line < lines.size(); ++line) {
        painter.drawText(QRectF(textArea.left(),
                                textArea.top() + static_cast<double>(line) * lineHeight,
                                textArea.width(), lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         nameMetrics.elidedText(lines[line], Qt::ElideRight, textArea.width()));
    }
    painter.setFont(context.font);
    painter.setPen(secondary);
    painter.drawText(
        QRectF(textArea.left(), textArea.bottom() - lineHeight, textArea.width(), lineHeight),
        Qt::AlignLeft | Qt::AlignVCenter,
        toQString(mission.lead) + QStringLiteral(" \u00b7 ") + missionDates(mission));

    if (appearance.worstFinding && !appearance.dimmed) {
        const double r = 5;
        painter.setPen(QPen(context.theme.background, 1.4));
        painter.setBrush(severityColor(*appearance.worstFinding));
        painter.drawEllipse(QPointF(box.right() - 2, box.top() + 2), r, r);
    }
    painter.restore();
}

void paintDependencyRoute(QPainter& painter, const DependencyRoute& route,
                          const PaintContext& context) {
    const auto appearance = [&](std::size_t i) {
        return i < context.missions.size() ? context.missions[i] : MissionAppearance{};
    };
    const MissionAppearance from = appearance(route.prerequisite);
    const MissionAppearance to = appearance(route.dependent);
    const bool critical = context.isCriticalDependency(route.prerequisite, route.dependent);
    const bool cycle = from.inCycle && to.inCycle;
    const bool highlighted = from.selected || to.selected;
    const bool dimmed = from.dimmed || to.dimmed;

    QColor color = context.theme.arrow;
    double width = 1.1;
    if (highlighted) {
        color = context.theme.highlight;
        width = 2.0;
    }
    if (critical) {
        color = context.theme.critical;
        width = 2.6;
    }
    if (cycle) {
        color = context.theme.critical;
    }
    if (dimmed) {
        color = mixed(color, context.theme.background, 0.2);
    } else if (!highlighted && !critical && !cycle) {
        color = mixed(color, context.theme.background, 0.7);
    }
    QPen pen(color, width);
    if (cycle || (route.dependency && route.dependency->strength == DependencyStrength::Soft)) {
        pen.setStyle(Qt::DashLine);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    stroke(painter, route.path, pen);
    // Arrowhead from base to tip.
    const QPointF direction = route.arrowTip - route.arrowBase;
    const double length = std::hypot(direction.x(), direction.y());
    if (length > 0.1) {
        const QPointF unit = direction / length;
        const QPointF normal(-unit.y(), unit.x());
        const double size = std::max(7.0, length);
        const QPointF base = route.arrowTip - unit * size;
        QPolygonF head;
        head << route.arrowTip << base + normal * size * 0.4 << base - normal * size * 0.4;
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(head);
    }
    painter.restore();
}

void paintDependencyDiagram(QPainter& painter, const DependencyLayout& layout,
                            const PaintContext& context, const QRectF& window,
                            const QRectF& target) {
    painter.save();
    painter.fillRect(target, context.theme.background);
    painter.setClipRect(target);
    const double scale =
        std::min(target.width() / window.width(), target.height() / window.height());
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    painter.translate(-window.topLeft());
    const QRectF reach = window.adjusted(-10, -10, 10, 10); // arrowheads, pen width
    for (const DependencyRoute& route : layout.routes) {
        if (crosses(route.path, reach)) {
            paintDependencyRoute(painter, route, context);
        }
    }
    for (const DependencyNode& node : layout.nodes) {
        if (node.box.intersects(window)) {
            paintDependencyNode(painter, node, context);
        }
    }
    painter.restore();
}

} // namespace orrery::render
