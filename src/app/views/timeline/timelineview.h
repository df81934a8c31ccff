#pragma once

#include "../linkgesture.h"

#include <orrery/date.h>

#include <render/timelinelayout.h>

#include <QAbstractScrollArea>
#include <QPointer>

#include <chrono>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

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

    /// Adds a mission in the lane and at the month under a viewport position, led by the
    /// planner's agency (asked the first time), selects it and asks for it to be edited.
    void newMissionAt(const QPoint& viewportPosition);

    /// Where the planner last clicked, or the middle of the view: where a new mission goes.
    QPoint newMissionPosition() const;

    /// The month a content x falls in.
    MonthIndex monthAt(double contentX) const;

    /// How many labels the view has measured since it was made. Measuring text is the
    /// costly part of a layout and only a new name, font or roadmap needs it: a move does
    /// not.
    std::size_t labelsMeasured() const { return m_labelsMeasured; }

Q_SIGNALS:
    /// The planner wants to edit the current mission: Enter, a double-click, a new mission.
    void editRequested();

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
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    /// Lays out again at the current zoom; `remeasure` when the roadmap or the font changed;
    /// `keepRows` when the roadmap was edited, so that missions stay in their rows.
    void relayout(bool remeasure = false, bool keepRows = false);
    void updateScrollBars();
    void layoutMargins();
    void updateCorner();
    void addMissionAt(const QPoint& viewportPosition, const QString& lead);
    QPointF contentPosition(const QPoint& viewportPosition) const;
    QString toolTipFor(std::size_t mission) const;

    Presentation* m_presentation;
    render::TimelineLayout m_layout;
    std::vector<double> m_labelWidths;
    std::size_t m_labelsMeasured = 0;
    /// The row of each mission (by id) in the last layout, and the roadmap it was of.
    std::unordered_map<std::string, int> m_rows;
    const Roadmap* m_laidOut = nullptr;
    /// The view's size when the chart was last fitted to it: a viewport that changes at the
    /// same size only shows or hides a scroll bar, which is no reason to fit again.
    QSize m_fittedSize;
    double m_pixelsPerDay = 60.0 / 365.25;
    bool m_autoFit = true;
    TimelineAxis* m_axis = nullptr;
    TimelineLaneHeader* m_laneHeader = nullptr;
    QWidget* m_corner = nullptr;
    /// What a press on the chart started.
    /// Refused: a press on a mission of a read-only roadmap.
    enum class Drag { None, Pan, Move, ResizeStart, ResizeEnd, Link, Refused };
    static Drag dragOf(const render::TimelineHit& hit, Qt::KeyboardModifiers modifiers);
    void updateDrag(const QPoint& viewportPosition, Qt::KeyboardModifiers modifiers);
    void finishDrag(const QPoint& viewportPosition);
    void cancelDrag();
    /// Shows the missions being dragged at the dates they would get.
    void preview(std::size_t mission, const Mission& moved);

    QPoint m_pressPosition;
    QPoint m_lastDragPosition;
    QPoint m_lastClickPosition;
    Drag m_drag = Drag::None;
    std::vector<std::size_t> m_dragged;
    std::vector<render::TimelineMission> m_draggedOriginals;
    int m_dragMonths = 0;
    /// The mission with the edge being dragged where the pointer is.
    std::optional<Mission> m_resized;
    LinkGesture m_link;
};

} // namespace orrery::app
