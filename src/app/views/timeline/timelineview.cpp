#include "timelineview.h"

#include "../../analysiscontroller.h"
#include "../../commands/commands.h"
#include "../../document.h"
#include "../../myagency.h"
#include "../../presentation.h"
#include "../../selection.h"
#include "../keyboard.h"

#include <orrery/analysis/analysis.h>
#include <orrery/editing.h>

#include <render/navigation.h>
#include <render/palette.h>
#include <render/qdates.h>
#include <render/style.h>
#include <render/timelinepainter.h>
#include <render/utf8.h>
#include <render/vocabulary.h>

#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMenu>
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

namespace {
/// Narrower than this, a view is still being laid out: fitting to it would mean nothing.
constexpr int kMinimumFitWidth = 200;

double clampedPixelsPerDay(double pixelsPerDay) {
    return std::clamp(pixelsPerDay, TimelineView::kMinimumPixelsPerDay,
                      TimelineView::kMaximumPixelsPerDay);
}
} // namespace

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
    connect(presentation, &Presentation::changed, this, [this](Presentation::Update update) {
        if (update != Presentation::Update::Repaint) {
            relayout(update == Presentation::Update::Remeasure, /*keepRows=*/true);
        }
        updateCorner(); // the theme may have changed
        viewport()->update();
        m_axis->update();
        m_laneHeader->update();
    });
    connect(presentation->selection(), &MissionSelection::revealRequested, this,
            &TimelineView::reveal);
    relayout(/*remeasure=*/true);
}

TimelineView::~TimelineView() = default;

void TimelineView::relayout(bool remeasure, bool keepRows) {
    const Roadmap* roadmap = m_presentation->roadmap();
    const auto origin = m_layout.scale.origin;
    const bool sameRoadmap = roadmap && roadmap == m_laidOut && !m_layout.missions.empty();
    if (!roadmap) {
        m_layout = {};
        m_labelWidths.clear();
        m_rows.clear();
    } else {
        if (remeasure || m_labelWidths.size() != roadmap->missions.size()) {
            m_labelWidths = render::measureLabels(m_presentation->context());
            m_labelsMeasured += m_labelWidths.size();
        }
        // While the planner edits, missions keep their rows; zooming packs afresh.
        std::vector<int> preferred;
        if (keepRows && sameRoadmap && !m_rows.empty()) {
            preferred.reserve(roadmap->missions.size());
            for (const Mission& mission : roadmap->missions) {
                const auto row = m_rows.find(mission.id);
                preferred.push_back(row == m_rows.end() ? -1 : row->second);
            }
        }
        m_layout = render::layoutTimeline(m_presentation->context(), m_pixelsPerDay, {},
                                          &m_labelWidths, preferred.empty() ? nullptr : &preferred);
        m_rows.clear();
        for (std::size_t i = 0; i < m_layout.missions.size(); ++i) {
            if (m_layout.missions[i].placed) {
                m_rows[roadmap->missions[i].id] = m_layout.missions[i].row;
            }
        }
    }
    m_laidOut = roadmap;
    layoutMargins();
    updateScrollBars();
    if (sameRoadmap && origin != m_layout.scale.origin) {
        // The range grew or shrank at its start: what is on screen stays where it was.
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                        static_cast<int>(std::lround(m_layout.scale.x(origin))));
    }
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
    updateCorner();
}

void TimelineView::updateCorner() {
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
    pixelsPerDay = clampedPixelsPerDay(pixelsPerDay);
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
    if (!m_presentation->roadmap() || viewport()->width() < kMinimumFitWidth) {
        // Not laid out yet: fit when the view has its size.
        m_autoFit = true;
        m_fittedSize = {};
        return;
    }
    const auto [first, last] = render::timelineRange(m_presentation->context());
    const double days = static_cast<double>((last - first).count());
    // Labels of the last missions run past the end of the range: measure how far at a first
    // guess, and leave that much room.
    // A new scale may change the height enough to show or hide the vertical scroll bar,
    // and with it the width to fit: fit again to the new width then.
    const auto widthAt = [&](double pixelsPerDay) {
        return render::timelineWidth(
            m_presentation->context(), pixelsPerDay, {},
            m_labelWidths.size() == m_presentation->roadmap()->missions.size() ? &m_labelWidths
                                                                               : nullptr);
    };
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int width = viewport()->width();
        const double available = width - 8.0;
        double pixelsPerDay = clampedPixelsPerDay(available / days);
        for (int round = 0; round < 3; ++round) {
            const double overhang =
                widthAt(pixelsPerDay) - render::TimeScale{first, pixelsPerDay}.x(last);
            // Long names of the last missions may run on past the view: the dates come
            // first, and a name is a scroll away.
            pixelsPerDay =
                clampedPixelsPerDay(std::max(available - overhang, available * 3 / 4) / days);
        }
        setPixelsPerDay(pixelsPerDay);
        if (viewport()->width() == width) {
            break;
        }
    }
    horizontalScrollBar()->setValue(0);
    // Keep fitting as the window resizes, until the planner zooms by hand.
    m_autoFit = true;
    m_fittedSize = size();
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
    if (const auto hit = render::hitTest(m_layout, contentPosition(viewportPosition))) {
        return hit->mission;
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
    render::paintLanesArea(painter, m_layout, context, m_presentation->arrowMode(), exposed);
    if (m_drag == Drag::Link && m_link.isActive()) {
        // From the prerequisite's end to the pointer.
        const QRectF& from = m_layout.missions[*m_link.prerequisite()].bar;
        render::paintPendingDependency(painter, QPointF(from.right(), from.center().y()),
                                       m_link.end(), context.theme);
    }
}

void TimelineView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    layoutMargins();
    // Fit again when the view is resized, not when a scroll bar comes or goes because an
    // edit changed the chart's size: then the axis would move under the pointer. Never in
    // the middle of a drag.
    if (m_autoFit && size() != m_fittedSize && m_drag == Drag::None) {
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

MonthIndex TimelineView::monthAt(double contentX) const {
    return monthIndexOf(m_layout.scale.dayAt(contentX));
}

TimelineView::Drag TimelineView::dragOf(const render::TimelineHit& hit,
                                        Qt::KeyboardModifiers modifiers) {
    if (modifiers & Qt::AltModifier) {
        return Drag::Link;
    }
    switch (hit.part) {
    case render::TimelinePart::StartEdge:
        return Drag::ResizeStart;
    case render::TimelinePart::EndEdge:
        return Drag::ResizeEnd;
    case render::TimelinePart::Body:
        break;
    }
    return Drag::Move;
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    m_pressPosition = event->pos();
    m_lastDragPosition = event->pos();
    m_lastClickPosition = event->pos();
    m_drag = Drag::None;
    if (event->button() != Qt::LeftButton) {
        return;
    }
    MissionSelection* selection = m_presentation->selection();
    const auto hit = render::hitTest(m_layout, contentPosition(event->pos()));
    if (!hit) {
        m_drag = Drag::Pan; // or a click that clears the selection, decided on release
        return;
    }
    const QString id = toQString(m_presentation->roadmap()->missions[hit->mission].id);
    if (event->modifiers() & Qt::ControlModifier) {
        QStringList ids = selection->ids();
        if (ids.contains(id)) {
            ids.removeAll(id);
        } else {
            ids.append(id);
        }
        selection->select(ids, ids.contains(id) ? id : ids.value(0));
        return;
    }
    if (!selection->contains(id)) {
        selection->selectOne(id);
    }
    if (const Document* document = m_presentation->document();
        !document || document->isReadOnly()) {
        // A click selects; a drag is refused, and says why once it starts.
        m_drag = document ? Drag::Refused : Drag::None;
        return;
    }
    m_drag = dragOf(*hit, event->modifiers());
    // A move drags the whole selection; a resize or a link, the mission under the pointer.
    m_dragged.clear();
    if (m_drag == Drag::Move) {
        for (const QString& selected : selection->ids()) {
            if (const auto index =
                    m_presentation->roadmap()->missions.indexOf(render::toStdString(selected))) {
                m_dragged.push_back(*index);
            }
        }
    } else {
        m_dragged.push_back(hit->mission);
    }
    m_draggedOriginals.clear();
    for (const std::size_t index : m_dragged) {
        m_draggedOriginals.push_back(m_layout.missions[index]);
    }
    m_link.cancel();
    if (m_drag == Drag::Link) {
        m_link.start(hit->mission, contentPosition(event->pos()));
    }
    m_dragMonths = 0;
    m_resized.reset();
}

void TimelineView::preview(std::size_t mission, const Mission& moved) {
    const QFontMetricsF metrics(m_presentation->context().font);
    render::placeAlongTime(m_layout.missions[mission], moved, m_layout,
                           mission < m_labelWidths.size() ? m_labelWidths[mission] : 0,
                           metrics.height());
}

void TimelineView::updateDrag(const QPoint& position, Qt::KeyboardModifiers modifiers) {
    const Roadmap& roadmap = *m_presentation->roadmap();
    const QPointF at = contentPosition(position);
    switch (m_drag) {
    case Drag::Move: {
        m_dragMonths = render::monthsDragged(m_layout.scale, m_pressPosition.x(), position.x(),
                                             modifiers & Qt::ShiftModifier);
        for (std::size_t i = 0; i < m_dragged.size(); ++i) {
            m_layout.missions[m_dragged[i]] = m_draggedOriginals[i];
            preview(m_dragged[i], shiftedMission(roadmap.missions[m_dragged[i]], m_dragMonths));
        }
        break;
    }
    case Drag::ResizeStart:
    case Drag::ResizeEnd: {
        const std::size_t index = m_dragged.front();
        m_resized = render::withEdgeAt(roadmap.missions[index],
                                       m_drag == Drag::ResizeStart ? render::TimelinePart::StartEdge
                                                                   : render::TimelinePart::EndEdge,
                                       m_layout.scale, at.x());
        m_layout.missions[index] = m_draggedOriginals.front();
        preview(index, *m_resized);
        break;
    }
    case Drag::Link:
        m_link.moveTo(at);
        break;
    case Drag::Pan: {
        if ((position - m_pressPosition).manhattanLength() > 4) {
            viewport()->setCursor(Qt::ClosedHandCursor);
            const QPoint delta = position - m_lastDragPosition;
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
            verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        }
        break;
    }
    case Drag::Refused:
        if ((position - m_pressPosition).manhattanLength() > 4) {
            m_drag = Drag::None;
            m_presentation->document()->refuseEdit();
        }
        break;
    case Drag::None:
        break;
    }
    viewport()->update();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) {
        updateDrag(event->pos(), event->modifiers());
    } else if (const auto hit = render::hitTest(m_layout, contentPosition(event->pos()))) {
        const Drag drag = dragOf(*hit, event->modifiers());
        viewport()->setCursor(drag == Drag::ResizeStart || drag == Drag::ResizeEnd
                                  ? Qt::SizeHorCursor
                                  : Qt::PointingHandCursor);
    } else {
        viewport()->unsetCursor();
    }
    m_lastDragPosition = event->pos();
}

void TimelineView::finishDrag(const QPoint& position) {
    Document* document = m_presentation->document();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    viewport()->unsetCursor();
    if (!document) {
        return;
    }
    const Roadmap& roadmap = document->roadmap();
    // One command per drag: the document changes once, at the end.
    switch (drag) {
    case Drag::Move: {
        QStringList ids;
        for (const std::size_t index : m_dragged) {
            ids << toQString(roadmap.missions[index].id);
        }
        if (!commands::moveMissions(*document, ids, m_dragMonths)) {
            cancelDrag();
        }
        break;
    }
    case Drag::ResizeStart:
    case Drag::ResizeEnd: {
        const Mission& mission = roadmap.missions[m_dragged.front()];
        const bool changed =
            m_resized && commands::setMissionDates(*document, toQString(mission.id),
                                                   m_resized->start, m_resized->end)
                             .isChanged();
        if (!changed) {
            cancelDrag();
        }
        break;
    }
    case Drag::Link:
        m_link.finish(document, missionAt(position), viewport(), position);
        break;
    case Drag::Pan:
        if ((position - m_pressPosition).manhattanLength() <= 4) {
            m_presentation->selection()->clear();
        }
        break;
    case Drag::Refused:
    case Drag::None:
        break;
    }
    viewport()->update();
}

void TimelineView::cancelDrag() {
    for (std::size_t i = 0; i < m_dragged.size() && i < m_draggedOriginals.size(); ++i) {
        m_layout.missions[m_dragged[i]] = m_draggedOriginals[i];
    }
    m_dragged.clear();
    m_draggedOriginals.clear();
    m_link.cancel();
    m_drag = Drag::None;
    viewport()->unsetCursor();
    viewport()->update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        // Where and how (Shift held or not) the button is released decides.
        if (m_drag != Drag::None) {
            updateDrag(event->pos(), event->modifiers());
        }
        finishDrag(event->pos());
    }
}

void TimelineView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape && m_drag != Drag::None) {
        cancelDrag();
        return;
    }
    Document* document = m_presentation->document();
    MissionSelection* selection = m_presentation->selection();
    const bool nudge = (event->modifiers() & Qt::AltModifier) &&
                       (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right);
    if (nudge) {
        // Alt and an arrow: a month per press; with Shift, a year.
        if (document && !selection->isEmpty()) {
            const int step = event->modifiers() & Qt::ShiftModifier ? 12 : 1;
            commands::moveMissions(*document, selection->ids(),
                                   event->key() == Qt::Key_Left ? -step : step);
        }
        return;
    }
    const auto step = [this](std::optional<std::size_t> from, render::Step how) {
        return render::stepInTimeline(m_layout, from, how);
    };
    if (!handleChartKey(*event, m_presentation->roadmap(), *selection, step,
                        [this] { Q_EMIT editRequested(); })) {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        return;
    }
    if (const auto hit = missionAt(event->pos())) {
        m_presentation->selection()->selectOne(
            toQString(m_presentation->roadmap()->missions[*hit].id));
        Q_EMIT editRequested();
    }
}

QPoint TimelineView::newMissionPosition() const {
    return viewport()->rect().contains(m_lastClickPosition) && !m_lastClickPosition.isNull()
               ? m_lastClickPosition
               : viewport()->rect().center();
}

void TimelineView::newMissionAt(const QPoint& position) {
    Document* document = m_presentation->document();
    if (!document || document->isReadOnly() || document->roadmap().agencies.empty()) {
        return;
    }
    // The planner's own agency leads it (asked the first time).
    QPointer<Document> guarded(document);
    withMyAgency(document->roadmap(), this, [this, guarded, position](const QString& lead) {
        if (guarded && guarded == m_presentation->document()) {
            addMissionAt(position, lead);
        }
    });
}

void TimelineView::addMissionAt(const QPoint& position, const QString& lead) {
    Document* document = m_presentation->document();
    const Roadmap& roadmap = document->roadmap();
    const QPointF at = contentPosition(position);
    const render::TimelineLane* lane = m_layout.laneAt(at.y());
    std::string destination;
    if (lane && lane->destination) {
        destination = roadmap.destinations[*lane->destination].id;
    } else if (!roadmap.destinations.empty()) {
        destination = roadmap.destinations[0].id;
    }
    // The defaults are the core's; where it goes is the view's.
    const auto mission =
        newMission(roadmap, {render::toStdString(tr("New mission")), render::toStdString(lead),
                             destination, monthAt(at.x())});
    if (!mission) {
        QToolTip::showText(viewport()->mapToGlobal(position), toQString(mission.error()),
                           viewport());
        return;
    }
    if (commands::addMission(*document, *mission)) {
        m_presentation->selection()->selectOne(toQString(mission->id));
        // A new mission is there to be named.
        Q_EMIT editRequested();
    }
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event) {
    const QPoint position = viewport()->mapFrom(this, event->pos());
    Document* document = m_presentation->document();
    if (!document) {
        return;
    }
    QMenu menu(this);
    if (const auto hit = missionAt(position)) {
        const QString id = toQString(document->roadmap().missions[*hit].id);
        if (!m_presentation->selection()->contains(id)) {
            m_presentation->selection()->selectOne(id);
        }
        menu.addAction(tr("Move a Month Earlier"), this, [this, document] {
            commands::moveMissions(*document, m_presentation->selection()->ids(), -1);
        });
        menu.addAction(tr("Move a Month Later"), this, [this, document] {
            commands::moveMissions(*document, m_presentation->selection()->ids(), 1);
        });
        menu.addSeparator();
        menu.addAction(tr("Critical Path to This Mission"), this,
                       [this, id] { m_presentation->analysis()->setTarget(id); });
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, [this, document] {
            const QStringList ids = m_presentation->selection()->ids();
            m_presentation->selection()->clear();
            commands::deleteMissions(*document, ids);
        });
    } else {
        menu.addAction(tr("New Mission Here"), this, [this, position] { newMissionAt(position); });
    }
    menu.exec(event->globalPos());
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
    const QString dates = render::missionDates(mission);
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
            tr("%1, %2").arg(render::crewName(mission.crew), render::statusName(mission.status));
    text += QStringLiteral("<br>") + tr("Dates: %1").arg(dates);
    if (const auto analysis = m_presentation->currentAnalysis()) {
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
