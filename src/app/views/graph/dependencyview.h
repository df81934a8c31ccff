#pragma once

#include "../linkgesture.h"

#include <render/dependencylayout.h>
#include <render/diagramsummary.h>

#include <QAbstractScrollArea>

#include <optional>

namespace orrery::app {

class Presentation;

/// The prerequisite graph in layers from left to right (Graphviz's dot), painted with the
/// rendering library. The layout is computed when the view is shown and the roadmap or the
/// filter has changed since; selection and findings only repaint. Past a thousand missions
/// shown, the view draws the summary a publication draws (diagramsummary.h), with a line
/// saying so: the critical path's missions can be chosen there, the groups cannot.
class DependencyView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit DependencyView(Presentation* presentation, QWidget* parent = nullptr);

    const render::DependencyLayout& layout();
    /// Full, summarised or left out, as last laid out.
    render::DiagramForm form() const { return m_plan.form; }
    double scale() const { return m_scale; }
    void setScale(double scale, std::optional<QPointF> anchor = {});
    std::optional<std::size_t> missionAt(const QPoint& viewportPosition);

Q_SIGNALS:
    /// The planner wants to edit the current mission: Enter, a double-click.
    void editRequested();

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void reveal(const QString& missionId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void ensureLayout();
    void updateScrollBars();
    QPointF contentPosition(const QPoint& viewportPosition) const;
    /// The box of a mission of the roadmap, and the mission a box is (none for a group).
    std::optional<std::size_t> nodeOfMission(std::size_t mission) const;
    std::optional<std::size_t> missionOfNode(const render::DependencyNode& node) const;
    /// What the diagram paints with: the presentation's context, or the summary's.
    const render::PaintContext& paintContext() const;

    Presentation* m_presentation;
    render::DiagramPlan m_plan;
    std::vector<std::pair<std::size_t, std::size_t>> m_plannedCriticalPath;
    render::DependencyLayout m_layout;
    bool m_layoutDirty = true;
    bool m_autoFit = true;
    double m_scale = 1.0;
    QPoint m_pressPosition;
    QPoint m_lastDragPosition;
    bool m_panning = false;
    /// Alt+drag from one mission to another makes the first a prerequisite of the second.
    LinkGesture m_link;

    static constexpr double kMargin = 24;
};

} // namespace orrery::app
