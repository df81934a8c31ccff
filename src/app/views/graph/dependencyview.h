#pragma once

#include "../linkgesture.h"

#include <render/dependencylayout.h>

#include <QAbstractScrollArea>

#include <optional>

namespace orrery::app {

class Presentation;

/// The prerequisite graph in layers from left to right (Graphviz's dot), painted with the
/// rendering library. The layout is computed when the view is shown and the roadmap or the
/// filter has changed since; selection and findings only repaint.
class DependencyView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit DependencyView(Presentation* presentation, QWidget* parent = nullptr);

    const render::DependencyLayout& layout();
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

    Presentation* m_presentation;
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
