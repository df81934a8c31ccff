#pragma once

#include <render/timelinelayout.h>

#include <QAbstractScrollArea>
#include <QPointer>

#include <chrono>
#include <optional>

namespace orrery::app {

class Presentation;
class TimelineAxis;
class TimelineLaneHeader;

/// The timeline: years across, destinations as lanes, missions as bars. It paints with the
/// rendering library (the same code as the exports) and only what is visible, so that it
/// stays smooth with tens of thousands of missions; the time axis and the lane names stay
/// in place while the chart scrolls.
class TimelineView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit TimelineView(Presentation* presentation, QWidget* parent = nullptr);
    ~TimelineView() override;

    const render::TimelineLayout& layout() const { return m_layout; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    /// Zooms keeping the day under `anchor` (viewport x) in place; by default the centre.
    void setPixelsPerDay(double pixelsPerDay, std::optional<double> anchor = {});
    /// The first and last day the viewport shows.
    std::pair<std::chrono::sys_days, std::chrono::sys_days> visiblePeriod() const;

    /// The mission under a viewport position, if any.
    std::optional<std::size_t> missionAt(const QPoint& viewportPosition) const;
    /// Where a mission's bar is, in viewport coordinates.
    QRectF viewportRectOf(std::size_t mission) const;

    static constexpr double kMinimumPixelsPerDay = 4.0 / 365.25;
    static constexpr double kMaximumPixelsPerDay = 6.0;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    /// Scrolls so that the mission is in view.
    void reveal(const QString& missionId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    /// Lays out again at the current zoom; `remeasure` when the roadmap or the font changed.
    void relayout(bool remeasure = false);
    void updateScrollBars();
    void layoutMargins();
    QPointF contentPosition(const QPoint& viewportPosition) const;
    QString toolTipFor(std::size_t mission) const;

    Presentation* m_presentation;
    render::TimelineLayout m_layout;
    std::vector<double> m_labelWidths;
    double m_pixelsPerDay = 60.0 / 365.25;
    bool m_autoFit = true;
    TimelineAxis* m_axis = nullptr;
    TimelineLaneHeader* m_laneHeader = nullptr;
    QWidget* m_corner = nullptr;
    QPoint m_pressPosition;
    QPoint m_lastDragPosition;
    bool m_panning = false;
};

} // namespace orrery::app
