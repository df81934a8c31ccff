#pragma once

// Paints a timeline from its layout onto any QPainter: the editor's view, PDF pages,
// SVG and PNG exports all call these functions, so that they show the same chart.

#include "style.h"
#include "timelinelayout.h"

#include <QPainter>
#include <QString>

#include <chrono>
#include <vector>

namespace orrery::render {

struct AxisTick {
    std::chrono::sys_days day;
    double x = 0;
    QString label;
};

/// The two rows of the time axis at a scale: major ticks (decades or years) and minor ones
/// (years, quarters or months), as many as fit between `from` and `to` without crowding.
struct AxisTicks {
    std::vector<AxisTick> major;
    std::vector<AxisTick> minor;
};
AxisTicks axisTicks(const TimeScale& scale, std::chrono::sys_days from, std::chrono::sys_days to);

/// Which dependency arrows to draw.
enum class ArrowMode { None, Selected, All };

/// Lane backgrounds and the grid, for the part of the lanes area in `exposed` (layout
/// coordinates).
void paintLanes(QPainter& painter, const TimelineLayout& layout, const Theme& theme,
                const QRectF& exposed);
/// The as-of date as a line across the lanes.
void paintAsOfLine(QPainter& painter, const TimelineLayout& layout, const Theme& theme);
/// One mission: bar or milestone marker, soft edges for imprecise dates, label, badge.
void paintMission(QPainter& painter, const TimelineLayout& layout, const PaintContext& context,
                  std::size_t mission);
/// The arrow from a prerequisite to its dependent.
void paintDependencyArrow(QPainter& painter, const TimelineMission& prerequisite,
                          const TimelineMission& dependent, const Prerequisite& dependency,
                          const Theme& theme, bool highlighted);
/// The arrows `mode` asks for, among the missions the layout placed.
void paintDependencyArrows(QPainter& painter, const TimelineLayout& layout,
                           const PaintContext& context, ArrowMode mode, const QRectF& exposed);

/// The lanes area within `exposed` (layout coordinates): lanes and grid, the as-of line,
/// the arrows `arrows` asks for, and every mission that reaches into it. What a view
/// repaints and what a page shows.
void paintLanesArea(QPainter& painter, const TimelineLayout& layout, const PaintContext& context,
                    ArrowMode arrows, const QRectF& exposed);

/// The time axis for layout x in [fromX, toX], drawn into `area` (painter coordinates),
/// where layout x = fromX lands on area.left().
void paintTimeAxis(QPainter& painter, const TimelineLayout& layout, const Theme& theme,
                   const QFont& font, double fromX, const QRectF& area);
/// The lane names for layout y from `fromY`, drawn into `area`, where fromY lands on
/// area.top().
void paintLaneHeaders(QPainter& painter, const TimelineLayout& layout, const Theme& theme,
                      const QFont& font, double fromY, const QRectF& area);

/// A whole chart, or one page of it: lane names on the left, the axis on top, and the part
/// `window` (layout coordinates) of the lanes in the rest of `target`.
void paintTimeline(QPainter& painter, const TimelineLayout& layout, const PaintContext& context,
                   const QRectF& window, const QRectF& target, ArrowMode arrows);

} // namespace orrery::render
