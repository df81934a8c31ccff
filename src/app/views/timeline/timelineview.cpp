#include "timelineview.h"

#include "../../analysiscontroller.h"
#include "../../labels.h"
#include "../../presentation.h"
#include "../../selection.h"

#include <orrery/analysis/analysis.h>

#include <render/palette.h>
#include <render/qtconvert.h>
#include <render/timelinepainter.h>

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace orrery::app {

using render::toQString;
namespace chr = std::chrono;

/// The time axis above the chart; follows the horizontal scroll.
class TimelineAxis : public QWidget {
public:
    TimelineAxis(TimelineView* view, Presentation* presentation)
        : QWidget(view), m_view(view), m_presentation(presentation) {
        setObjectName(QStringLiteral("timelineAxis"));
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        render::paintTimeAxis(painter, m_view->layout(), m_presentation->context().theme,
                              m_presentation->context().font,
                              m_view->horizontalScrollBar()->value(), QRectF(rect()));
    }

private:
    TimelineView* m_view;
    Presentation* m_presentation;
};

/// The lane names left of the chart; follow the vertical scroll.
class TimelineLaneHeader : public QWidget {
public:
    TimelineLaneHeader(TimelineView* view, Presentation* presentation)
        : QWidget(view), m_view(view), m_presentation(presentation) {
        setObjectName(QStringLiteral("timelineLaneHeader"));
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        render::paintLaneHeaders(painter, m_view->layout(), m_presentation->context().theme,
                                 m_presentation->context().font,
                                 m_view->verticalScrollBar()->value(), QRectF(rect()));
    }

private:
    TimelineView* m_view;
    Presentation* m_presentation;
};

TimelineView::TimelineView(Presentation* presentation, QWidget* parent)
    : QAbstractScrollArea(parent), m_presentation(presentation) {
    setObjectName(QStringLiteral("timelineView"));
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    m_axis = new TimelineAxis(this, presentation);
    m_laneHeader = new TimelineLaneHeader(this, presentation);
    m_corner = new QWidget(this);
    m_corner->setAutoFillBackground(true);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
    connect(presentation, &Presentation::changed, this, [this](bool relayoutNeeded) {
        if (relayoutNeeded) {
            relayout(/*remeasure=*/true);
        }
        viewport()->update();
        m_axis->update();
        m_laneHeader->update();
    });
    connect(presentation->selection(), &MissionSelection::revealRequested, this,
            &TimelineView::reveal);
    relayout(/*remeasure=*/true);
}

TimelineView::~TimelineView() = default;

void TimelineView::relayout(bool remeasure) {
    if (!m_presentation->roadmap()) {
        m_layout = {};
        m_labelWidths.clear();
    } else {
        if (remeasure || m_labelWidths.size() != m_presentation->roadmap()->missions.size()) {
            m_labelWidths = render::measureLabels(m_presentation->context());
        }
        m_layout =
            render::layoutTimeline(m_presentation->context(), m_pixelsPerDay, {}, &m_labelWidths);
    }
    layoutMargins();
    updateScrollBars();
}

void TimelineView::layoutMargins() {
    const auto& metrics = m_layout.metrics;
    setViewportMargins(static_cast<int>(metrics.headerWidth), static_cast<int>(metrics.axisHeight),
                       0, 0);
    const QRect area = viewport()->geometry();
    m_axis->setGeometry(area.left(), area.top() - static_cast<int>(metrics.axisHeight),
                        area.width(), static_cast<int>(metrics.axisHeight));
    m_laneHeader->setGeometry(area.left() - static_cast<int>(metrics.headerWidth), area.top(),
                              static_cast<int>(metrics.headerWidth), area.height());
    m_corner->setGeometry(area.left() - static_cast<int>(metrics.headerWidth),
                          area.top() - static_cast<int>(metrics.axisHeight),
                          static_cast<int>(metrics.headerWidth),
                          static_cast<int>(metrics.axisHeight));
    QPalette palette = m_corner->palette();
    palette.setColor(QPalette::Window, m_presentation->context().theme.headerBackground);
    m_corner->setPalette(palette);
}

void TimelineView::updateScrollBars() {
    const QSize area = viewport()->size();
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setPageStep(area.height());
    horizontalScrollBar()->setRange(
        0, std::max(0, static_cast<int>(std::ceil(m_layout.width)) - area.width()));
    verticalScrollBar()->setRange(
        0, std::max(0, static_cast<int>(std::ceil(m_layout.height)) - area.height()));
}

void TimelineView::setPixelsPerDay(double pixelsPerDay, std::optional<double> anchor) {
    pixelsPerDay = std::clamp(pixelsPerDay, kMinimumPixelsPerDay, kMaximumPixelsPerDay);
    const double anchorX = anchor.value_or(viewport()->width() / 2.0);
    const double dayAtAnchor =
        (horizontalScrollBar()->value() + anchorX) / m_pixelsPerDay; // days from the origin
    m_pixelsPerDay = pixelsPerDay;
    m_autoFit = false;
    relayout();
    horizontalScrollBar()->setValue(static_cast<int>(dayAtAnchor * m_pixelsPerDay - anchorX));
    viewport()->update();
    m_axis->update();
    m_laneHeader->update();
}

std::pair<chr::sys_days, chr::sys_days> TimelineView::visiblePeriod() const {
    const double left = horizontalScrollBar()->value();
    return {m_layout.scale.dayAt(left), m_layout.scale.dayAt(left + viewport()->width())};
}

void TimelineView::zoomIn() {
    setPixelsPerDay(m_pixelsPerDay * 1.5);
}

void TimelineView::zoomOut() {
    setPixelsPerDay(m_pixelsPerDay / 1.5);
}

void TimelineView::zoomToFit() {
    if (!m_presentation->roadmap() || viewport()->width() < 50) {
        m_autoFit = true;
        return;
    }
    const auto [first, last] = render::timelineRange(*m_presentation->roadmap());
    const double days = static_cast<double>((last - first).count());
    // Labels of the last missions run past the end of the range: measure how far at a first
    // guess, and leave that much room.
    const double available = viewport()->width() - 8.0;
    setPixelsPerDay(available / days);
    for (int round = 0; round < 3; ++round) {
        const double overhang = m_layout.width - m_layout.scale.x(last);
        setPixelsPerDay(std::max(available - overhang, available / 2) / days);
    }
    horizontalScrollBar()->setValue(0);
    // Keep fitting as the window resizes, until the planner zooms by hand.
    m_autoFit = true;
}

void TimelineView::reveal(const QString& missionId) {
    const Roadmap* roadmap = m_presentation->roadmap();
    if (!roadmap) {
        return;
    }
    const auto index = roadmap->missions.indexOf(render::toStdString(missionId));
    if (!index || !m_layout.missions[*index].placed) {
        return;
    }
    const QRectF rect = m_layout.missions[*index].bar.united(m_layout.missions[*index].label);
    const QRectF visible(horizontalScrollBar()->value(), verticalScrollBar()->value(),
                         viewport()->width(), viewport()->height());
    if (!visible.contains(rect)) {
        horizontalScrollBar()->setValue(
            static_cast<int>(rect.center().x() - viewport()->width() / 2.0));
        verticalScrollBar()->setValue(
            static_cast<int>(rect.center().y() - viewport()->height() / 2.0));
    }
}

QPointF TimelineView::contentPosition(const QPoint& viewportPosition) const {
    return QPointF(viewportPosition) +
           QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

std::optional<std::size_t> TimelineView::missionAt(const QPoint& viewportPosition) const {
    const QPointF at = contentPosition(viewportPosition);
    for (std::size_t i = 0; i < m_layout.missions.size(); ++i) {
        const render::TimelineMission& item = m_layout.missions[i];
        if (item.placed &&
            (item.bar.adjusted(-2, -3, 2, 3).contains(at) || item.label.contains(at))) {
            return i;
        }
    }
    return std::nullopt;
}

QRectF TimelineView::viewportRectOf(std::size_t mission) const {
    return m_layout.missions.at(mission).bar.translated(-horizontalScrollBar()->value(),
                                                        -verticalScrollBar()->value());
}

void TimelineView::paintEvent(QPaintEvent* event) {
    QPainter painter(viewport());
    const render::PaintContext& context = m_presentation->context();
    painter.fillRect(event->rect(), context.theme.background);
    if (!context.roadmap) {
        return;
    }
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    painter.translate(-offset);
    const QRectF exposed = QRectF(event->rect()).translated(offset);
    render::paintLanes(painter, m_layout, context.theme, exposed);
    render::paintAsOfLine(painter, m_layout, context.theme);
    render::paintDependencyArrows(painter, m_layout, context, m_presentation->arrowMode(), exposed);
    for (std::size_t i = 0; i < m_layout.missions.size(); ++i) {
        const render::TimelineMission& item = m_layout.missions[i];
        if (item.placed && item.bar.united(item.label).adjusted(-6, -6, 6, 6).intersects(exposed)) {
            render::paintMission(painter, m_layout, context, i);
        }
    }
}

void TimelineView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    layoutMargins();
    if (m_autoFit) {
        zoomToFit();
    }
    updateScrollBars();
}

void TimelineView::scrollContentsBy(int dx, int dy) {
    // Move what is already drawn and paint only the strip that scrolls into view.
    viewport()->scroll(dx, dy);
    if (dx != 0) {
        m_axis->update();
    }
    if (dy != 0) {
        m_laneHeader->update();
    }
}

void TimelineView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setPixelsPerDay(m_pixelsPerDay * std::pow(1.25, steps), event->position().x());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    m_pressPosition = event->pos();
    m_lastDragPosition = event->pos();
    m_panning = false;
    if (event->button() != Qt::LeftButton) {
        return;
    }
    MissionSelection* selection = m_presentation->selection();
    const auto hit = missionAt(event->pos());
    if (!hit) {
        return; // a click on empty space clears the selection on release, unless it pans
    }
    const QString id = toQString(m_presentation->roadmap()->missions[*hit].id);
    if (event->modifiers() & Qt::ControlModifier) {
        QStringList ids = selection->ids();
        if (ids.contains(id)) {
            ids.removeAll(id);
        } else {
            ids.append(id);
        }
        selection->select(ids, ids.contains(id) ? id : ids.value(0));
    } else {
        selection->selectOne(id);
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) {
        if (!m_panning && (event->pos() - m_pressPosition).manhattanLength() > 4 &&
            !missionAt(m_pressPosition)) {
            m_panning = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_panning) {
            const QPoint delta = event->pos() - m_lastDragPosition;
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
            verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        }
    }
    m_lastDragPosition = event->pos();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning) {
        m_panning = false;
        viewport()->unsetCursor();
        return;
    }
    if (event->button() == Qt::LeftButton && !missionAt(event->pos()) &&
        !(event->modifiers() & Qt::ControlModifier)) {
        m_presentation->selection()->clear();
    }
}

bool TimelineView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const auto hit = missionAt(help->pos())) {
            QToolTip::showText(help->globalPos(), toolTipFor(*hit), viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineView::toolTipFor(std::size_t index) const {
    const Roadmap& roadmap = *m_presentation->roadmap();
    const Mission& mission = roadmap.missions[index];
    const Agency* lead = roadmap.agencies.find(mission.lead);
    const Destination* destination = roadmap.destinations.find(mission.destination);
    QStringList partners;
    for (const std::string& partner : mission.partners) {
        partners << toQString(partner);
    }
    const QString dates = mission.isMilestone()
                              ? toQString(mission.start.toString())
                              : toQString(mission.start.toString()) + QStringLiteral(" \u2013 ") +
                                    toQString(mission.end->toString());
    QString text = QStringLiteral("<b>%1</b> <span style='color:gray'>(%2)</span><br>")
                       .arg(toQString(mission.name).toHtmlEscaped(), toQString(mission.id));
    text +=
        tr("Lead: %1").arg(lead ? toQString(lead->name).toHtmlEscaped() : toQString(mission.lead));
    if (!partners.isEmpty()) {
        text +=
            QStringLiteral("<br>") + tr("Partners: %1").arg(partners.join(QStringLiteral(", ")));
    }
    text += QStringLiteral("<br>") +
            tr("Destination: %1")
                .arg(destination ? toQString(destination->name) : toQString(mission.destination));
    text += QStringLiteral("<br>") +
            tr("%1, %2").arg(crewLabel(mission.crew), statusLabel(mission.status));
    text += QStringLiteral("<br>") + tr("Dates: %1").arg(dates);
    if (const auto analysis = m_presentation->analysis()->current()) {
        int count = 0;
        for (const Finding& finding : analysis->findings) {
            count += std::find(finding.missions.begin(), finding.missions.end(), mission.id) !=
                             finding.missions.end()
                         ? 1
                         : 0;
        }
        if (count > 0) {
            text +=
                QStringLiteral("<br><b>") + tr("Findings: %1").arg(count) + QStringLiteral("</b>");
        }
    }
    return text;
}

} // namespace orrery::app
