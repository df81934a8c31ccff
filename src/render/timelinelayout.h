#pragma once

// Where everything of the timeline goes, as plain data: dates to x, destinations to lanes,
// missions packed into rows so that no bar or label overlaps another. The screen, the PDF
// and image exports all paint from this layout (timelinepainter.h).

#include "style.h"

#include <orrery/roadmap.h>

#include <QFont>
#include <QRectF>
#include <QString>

#include <chrono>
#include <cstddef>
#include <optional>
#include <vector>

namespace orrery::render {

/// Maps days to x: x = (day - origin) * pixelsPerDay.
struct TimeScale {
    std::chrono::sys_days origin{};
    double pixelsPerDay = 0.25;

    double x(std::chrono::sys_days day) const {
        return static_cast<double>((day - origin).count()) * pixelsPerDay;
    }
    std::chrono::sys_days dayAt(double x) const {
        return origin + std::chrono::days{static_cast<long>(x / pixelsPerDay)};
    }
};

/// Sizes, in pixels at 96 dpi (the painter's device scales them).
struct TimelineMetrics {
    double headerWidth = 200; ///< the lane names' column
    double axisHeight = 48;   ///< the two rows of the time axis
    double rowHeight = 24;
    double barHeight = 14;
    double lanePadding = 8;   ///< above the first and below the last row of a lane
    double labelGap = 6;      ///< between a bar and its label
    double rowGap = 10;       ///< horizontal room kept between neighbours in a row
    double labelSpacing = 36; ///< ...and between two names side by side
    double minimumLaneHeight = 40;
};

struct TimelineMission {
    std::size_t mission = 0;
    std::size_t lane = 0;
    int row = 0;
    /// From the first day the start can mean to the last day the finish can mean; for a
    /// milestone, the square around its marker.
    QRectF bar;
    /// Where the dates are certain: the bar fades in before solidStart and out after
    /// solidEnd ("2030" may be any day of 2030).
    double solidStart = 0;
    double solidEnd = 0;
    QRectF label;
    /// The label fits inside the bar and is drawn there.
    bool labelInside = false;
    bool milestone = false;
    bool placed = false; ///< false for missions the filter hides
};

struct TimelineLane {
    std::optional<std::size_t> destination; ///< unset: missions whose destination is unknown
    QString name;
    double top = 0;
    double height = 0;
    int rows = 0;
};

struct TimelineLayout {
    TimeScale scale;
    TimelineMetrics metrics;
    std::chrono::sys_days firstDay{};
    std::chrono::sys_days lastDay{};
    std::vector<TimelineLane> lanes;
    std::vector<TimelineMission> missions; ///< one per roadmap mission, in roadmap order
    std::optional<double> asOfX;
    /// Width and height of the lanes area (x from 0, y from 0; the axis and the lane
    /// names are drawn outside it).
    double width = 0;
    double height = 0;

    const TimelineLane* laneAt(double y) const;
};

/// The days a roadmap's timeline covers: whole years around every mission, the as-of date and
/// the earlier dates drawn as ghosts (MissionAppearance::previous), so that a ghost is never cut
/// off at the edge.
std::pair<std::chrono::sys_days, std::chrono::sys_days> timelineRange(const PaintContext& context);

/// Sets a mission's geometry along the time axis (bar, fades, label) for its dates,
/// keeping its row: what layoutTimeline() does for each mission, and what a view does to
/// preview a drag without laying out again. Uses the layout's scale, metrics and range.
void placeAlongTime(TimelineMission& item, const Mission& mission, const TimelineLayout& layout,
                    double labelWidth, double labelHeight);

/// The width of every mission's label in the context's font, in roadmap order. Zooming
/// does not change them: views measure once and pass them to layoutTimeline().
std::vector<double> measureLabels(const PaintContext& context);

/// Lays out the missions that the context shows (MissionAppearance::visible) at the given
/// scale. Labels are measured with the context's font unless `labelWidths` gives them.
/// `preferredRows` (by mission, -1 for none) keeps missions in the rows they had where
/// there is room, so that an edit does not reshuffle the lanes under the planner's eyes;
/// without it the rows are packed afresh, as a publication is.
TimelineLayout layoutTimeline(const PaintContext& context, double pixelsPerDay,
                              const TimelineMetrics& metrics = {},
                              const std::vector<double>* labelWidths = nullptr,
                              const std::vector<int>* preferredRows = nullptr);

/// The width layoutTimeline() would give at this scale, without packing any row: what
/// fitting the chart to a window asks at each guess.
double timelineWidth(const PaintContext& context, double pixelsPerDay,
                     const TimelineMetrics& metrics = {},
                     const std::vector<double>* labelWidths = nullptr);

/// The part of a mission under the pointer: what pressing there drags.
enum class TimelinePart {
    Body,      ///< the bar or its name: moves the mission
    StartEdge, ///< the bar's left edge: changes the start
    EndEdge,   ///< the bar's right edge: changes the end
};

struct TimelineHit {
    std::size_t mission = 0;
    TimelinePart part = TimelinePart::Body;

    friend bool operator==(const TimelineHit&, const TimelineHit&) = default;
};

/// The mission at a point of the lanes area, and the part of it there. A bar is grabbed a
/// little beyond its outline, so that a thin one can be hit; its edges are offered only
/// where the bar is wide enough to be grabbed in the middle too, never on a milestone.
/// Missions the filter hides are not hit.
std::optional<TimelineHit> hitTest(const TimelineLayout& layout, QPointF at);

/// The whole months a drag from one x to another moves a mission by; with `wholeYears`,
/// whole years, so that dates known to the year stay so.
int monthsDragged(const TimeScale& scale, double fromX, double toX, bool wholeYears);

/// The mission with an edge dragged to x: the start to the month under x, the end to the
/// month before x (a bar's right edge is the end of its last month), never past the other
/// end. The body leaves it as it is: it moves with shiftedMission(). What the drag shows
/// and what the command then does.
Mission withEdgeAt(const Mission& mission, TimelinePart edge, const TimeScale& scale, double x);

} // namespace orrery::render
