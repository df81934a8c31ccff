#include "dependencyview.h"

#include "../../commands/commands.h"
#include "../../document.h"
#include "../../presentation.h"
#include "../../selection.h"
#include "../keyboard.h"

#include <render/dependencypainter.h>
#include <render/navigation.h>
#include <render/style.h>
#include <render/utf8.h>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace orrery::app {

DependencyView::DependencyView(Presentation* presentation, QWidget* parent)
    : QAbstractScrollArea(parent), m_presentation(presentation) {
    setObjectName(QStringLiteral("dependencyView"));
    setFrameShape(QFrame::NoFrame);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
    connect(presentation, &Presentation::changed, this, [this](Presentation::Update update) {
        // The boxes show names and dates: whatever is laid out again on the timeline is here.
        // A summary draws the critical path's missions one by one: it changes with the
        // analysis, which arrives later than the roadmap on a large one.
        const bool pathMoved =
            m_plan.form == render::DiagramForm::Summarised &&
            m_plannedCriticalPath != m_presentation->context().criticalDependencies;
        if (update != Presentation::Update::Repaint || pathMoved) {
            m_layoutDirty = true;
            m_autoFit = true;
            if (isVisible()) {
                ensureLayout();
            }
        }
        viewport()->update();
    });
    connect(presentation->selection(), &MissionSelection::revealRequested, this,
            &DependencyView::reveal);
}

const render::DependencyLayout& DependencyView::layout() {
    ensureLayout();
    return m_layout;
}

void DependencyView::ensureLayout() {
    if (!m_layoutDirty) {
        return;
    }
    m_layoutDirty = false;
    m_plan = render::planDependencyDiagram(m_presentation->context());
    m_plannedCriticalPath = m_presentation->context().criticalDependencies;
    m_layout = m_presentation->roadmap() && m_plan.form != render::DiagramForm::LeftOut
                   ? render::layoutDependencies(paintContext())
                   : render::DependencyLayout{};
    if (m_autoFit) {
        zoomToFit();
    }
    updateScrollBars();
}

const render::PaintContext& DependencyView::paintContext() const {
    // A full diagram follows the presentation's selection and findings as they change; a
    // summary's context is made with its layout.
    return m_plan.form == render::DiagramForm::Full ? m_presentation->context() : m_plan.context;
}

std::optional<std::size_t> DependencyView::nodeOfMission(std::size_t mission) const {
    if (m_plan.form == render::DiagramForm::Full) {
        return mission < m_layout.nodeOfMission.size() ? m_layout.nodeOfMission[mission]
                                                       : std::nullopt;
    }
    const Roadmap* roadmap = m_presentation->roadmap();
    if (!roadmap || !m_plan.summary || mission >= roadmap->missions.size()) {
        return std::nullopt;
    }
    const auto box = m_plan.summary->missions.indexOf(roadmap->missions[mission].id);
    return box && *box < m_layout.nodeOfMission.size() ? m_layout.nodeOfMission[*box]
                                                       : std::nullopt;
}

std::optional<std::size_t> DependencyView::missionOfNode(const render::DependencyNode& node) const {
    if (m_plan.form == render::DiagramForm::Full) {
        return node.mission;
    }
    const Roadmap* roadmap = m_presentation->roadmap();
    if (!roadmap || !m_plan.summary || node.mission >= m_plan.summary->missions.size()) {
        return std::nullopt;
    }
    return roadmap->missions.indexOf(m_plan.summary->missions[node.mission].id);
}

void DependencyView::updateScrollBars() {
    const QSizeF content = (m_layout.size + QSizeF(2 * kMargin, 2 * kMargin)) * m_scale;
    const QSize area = viewport()->size();
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setPageStep(area.height());
    horizontalScrollBar()->setRange(0,
                                    std::max(0, static_cast<int>(content.width()) - area.width()));
    verticalScrollBar()->setRange(0,
                                  std::max(0, static_cast<int>(content.height()) - area.height()));
}

void DependencyView::setScale(double scale, std::optional<QPointF> anchor) {
    scale = std::clamp(scale, 0.05, 4.0);
    const QPointF at =
        anchor.value_or(QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
    const QPointF content = contentPosition(at.toPoint());
    m_scale = scale;
    m_autoFit = false;
    updateScrollBars();
    horizontalScrollBar()->setValue(static_cast<int>((content.x() + kMargin) * m_scale - at.x()));
    verticalScrollBar()->setValue(static_cast<int>((content.y() + kMargin) * m_scale - at.y()));
    viewport()->update();
}

void DependencyView::zoomIn() {
    m_autoFit = false;
    setScale(m_scale * 1.25);
}

void DependencyView::zoomOut() {
    m_autoFit = false;
    setScale(m_scale / 1.25);
}

void DependencyView::zoomToFit() {
    const QSizeF content = m_layout.size + QSizeF(2 * kMargin, 2 * kMargin);
    if (content.isEmpty() || viewport()->width() < 50) {
        m_autoFit = true;
        return;
    }
    // Fit the width, but never so small that names cannot be read.
    const double fit =
        std::min(viewport()->width() / content.width(), viewport()->height() / content.height());
    m_scale = std::clamp(fit, 0.55, 1.0);
    // Keep fitting as the window resizes, until the planner zooms by hand.
    m_autoFit = true;
    updateScrollBars();
    viewport()->update();
}

void DependencyView::reveal(const QString& missionId) {
    const Roadmap* roadmap = m_presentation->roadmap();
    if (!roadmap || !isVisible()) {
        return;
    }
    ensureLayout();
    const auto index = roadmap->missions.indexOf(render::toStdString(missionId));
    const auto node = index ? nodeOfMission(*index) : std::nullopt;
    if (!node) {
        return;
    }
    const QRectF box = m_layout.nodes[*node].box;
    const QPointF centre = (box.center() + QPointF(kMargin, kMargin)) * m_scale;
    horizontalScrollBar()->setValue(static_cast<int>(centre.x() - viewport()->width() / 2.0));
    verticalScrollBar()->setValue(static_cast<int>(centre.y() - viewport()->height() / 2.0));
}

QPointF DependencyView::contentPosition(const QPoint& viewportPosition) const {
    const QPointF scrolled = QPointF(viewportPosition) +
                             QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return scrolled / m_scale - QPointF(kMargin, kMargin);
}

std::optional<std::size_t> DependencyView::missionAt(const QPoint& viewportPosition) {
    ensureLayout();
    const QPointF at = contentPosition(viewportPosition);
    for (const render::DependencyNode& node : m_layout.nodes) {
        if (node.box.contains(at)) {
            return missionOfNode(node);
        }
    }
    return std::nullopt;
}

void DependencyView::paintEvent(QPaintEvent* event) {
    ensureLayout();
    QPainter painter(viewport());
    const render::PaintContext& context = paintContext();
    painter.fillRect(event->rect(), context.theme.background);
    if (!context.roadmap) {
        return;
    }
    const QRectF window(contentPosition(event->rect().topLeft()),
                        QSizeF(event->rect().size()) / m_scale);
    render::paintDependencyDiagram(painter, m_layout, context, window, QRectF(event->rect()));
    if (const QString note = m_plan.note(); !note.isEmpty()) {
        // Stays in view while the diagram scrolls under it.
        const QRectF strip(8, 6, viewport()->width() - 16, viewport()->height() - 12);
        const QRectF needed = painter.boundingRect(strip, Qt::TextWordWrap, note);
        painter.fillRect(needed.adjusted(-6, -4, 6, 4), context.theme.headerBackground);
        painter.setPen(context.theme.text);
        painter.drawText(strip, Qt::TextWordWrap, note);
    }
    if (m_link.isActive() && nodeOfMission(*m_link.prerequisite())) {
        // From the prerequisite's end to the pointer, in the viewport's coordinates.
        const QRectF from = m_layout.nodes[*nodeOfMission(*m_link.prerequisite())].box;
        const auto toView = [this](const QPointF& content) {
            return (content + QPointF(kMargin, kMargin)) * m_scale -
                   QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
        };
        render::paintPendingDependency(painter, toView(QPointF(from.right(), from.center().y())),
                                       toView(m_link.end()), context.theme);
    }
}

void DependencyView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    if (m_autoFit && !m_layoutDirty) {
        zoomToFit();
    }
    updateScrollBars();
}

void DependencyView::showEvent(QShowEvent* event) {
    QAbstractScrollArea::showEvent(event);
    ensureLayout();
}

void DependencyView::scrollContentsBy(int dx, int dy) {
    viewport()->scroll(dx, dy);
}

void DependencyView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        setScale(m_scale * std::pow(1.15, event->angleDelta().y() / 120.0), event->position());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void DependencyView::keyPressEvent(QKeyEvent* event) {
    const auto step = [this](std::optional<std::size_t> from,
                             render::Step how) -> std::optional<std::size_t> {
        // Arrow keys walk the boxes of a full diagram; a summary's are not all missions.
        if (layout().nodes.empty() || m_plan.form != render::DiagramForm::Full) {
            return std::nullopt;
        }
        return render::stepInDiagram(layout(), from, how);
    };
    if (!handleChartKey(*event, m_presentation->roadmap(), *m_presentation->selection(), step,
                        [this] { Q_EMIT editRequested(); })) {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void DependencyView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        return;
    }
    if (const auto hit = missionAt(event->pos())) {
        m_presentation->selection()->selectOne(
            render::toQString(m_presentation->roadmap()->missions[*hit].id));
        Q_EMIT editRequested();
    }
}

void DependencyView::mousePressEvent(QMouseEvent* event) {
    m_pressPosition = event->pos();
    m_lastDragPosition = event->pos();
    m_panning = false;
    m_link.cancel();
    if (event->button() == Qt::LeftButton) {
        if (const auto hit = missionAt(event->pos())) {
            m_presentation->selection()->selectOne(
                render::toQString(m_presentation->roadmap()->missions[*hit].id));
            // Linking needs every mission in its own box.
            if ((event->modifiers() & Qt::AltModifier) &&
                m_plan.form == render::DiagramForm::Full) {
                m_link.start(*hit, contentPosition(event->pos()));
            }
        }
    }
}

void DependencyView::mouseMoveEvent(QMouseEvent* event) {
    if (m_link.isActive()) {
        m_link.moveTo(contentPosition(event->pos()));
        viewport()->update();
        return;
    }
    if ((event->buttons() & Qt::LeftButton) &&
        (m_panning || (event->pos() - m_pressPosition).manhattanLength() > 4)) {
        m_panning = true;
        const QPoint delta = event->pos() - m_lastDragPosition;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    }
    m_lastDragPosition = event->pos();
}

void DependencyView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_link.isActive()) {
        m_link.finish(m_presentation->document(), missionAt(event->pos()), viewport(),
                      event->pos());
        viewport()->update();
        return;
    }
    if (!m_panning && event->button() == Qt::LeftButton && !missionAt(event->pos())) {
        m_presentation->selection()->clear();
    }
    m_panning = false;
}

} // namespace orrery::app
