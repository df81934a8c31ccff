#pragma once

// The porkchop plot: launch energy (C3) over launch date and time of flight, with the
// launcher's limit drawn as its own contour, the opportunities it leaves marked along the
// top, their cheapest launches crossed, and a mission's planned launch shaded. One painter
// for the inspector, the PDF and `orrery-cli porkchop`.

#include "style.h"

#include <orrery/analysis/launchwindows.h>
#include <orrery/expected.h>

#include <QPainter>
#include <QString>

#include <chrono>
#include <optional>
#include <utility>
#include <vector>

namespace orrery::render {

struct PorkchopFigure {
    LaunchTarget target;
    astro::Porkchop grid;
    /// The opportunities whose launch days meet the grid's.
    std::vector<astro::Opportunity> opportunities;
    /// The first and last day of a mission's planned start.
    std::optional<std::pair<std::chrono::sys_days, std::chrono::sys_days>> plannedLaunch;
    QString title;
};

/// The porkchop around launches from `first` to `last` (see porkchopSpanAround()).
Expected<PorkchopFigure, QString> porkchopAround(const LaunchTarget& target,
                                                 std::chrono::sys_days first,
                                                 std::chrono::sys_days last, QString title,
                                                 int departureCells = 400, int flightCells = 300);

/// The porkchop of a mission: its destination's target under its limit, around its planned
/// start, which it marks. Refused, with the reason, for a mission no ephemeris applies to.
Expected<PorkchopFigure, QString> porkchopOfMission(const Roadmap& roadmap, const Mission& mission,
                                                    int departureCells = 400,
                                                    int flightCells = 300);

using LaunchWindows =
    std::vector<std::vector<std::pair<std::chrono::sys_days, std::chrono::sys_days>>>;

/// What the lanes' launch windows are worked out from: each destination's target (none for
/// one no ephemeris applies to), in the roadmap's order, and the timeline's days.
struct LaunchLanes {
    std::vector<std::optional<LaunchTarget>> targets;
    std::chrono::sys_days first{};
    std::chrono::sys_days last{};

    friend bool operator==(const LaunchLanes&, const LaunchLanes&) = default;
};
LaunchLanes launchLanesOf(const PaintContext& context);

/// The opportunities of each lane that has a target, from its first to its last day. Safe
/// off the GUI thread.
LaunchWindows launchWindowsOf(const LaunchLanes& lanes);
/// launchWindowsOf() the context's roadmap, into context.launchWindows: the lanes shade them.
void addLaunchWindows(PaintContext& context);

/// The C3 levels the contours are drawn at, km^2/s^2.
const std::vector<double>& porkchopLevels();

/// The size the plot reads best at, in layout units.
inline constexpr QSizeF kPorkchopSize{760, 500};

/// Where paintPorkchop() draws the grid within `area`, in `font`.
QRectF porkchopPlotRect(const QRectF& area, const QFont& font);
/// The grid's cell (departure, flight) under `point` of a plot drawn in `plot`.
std::optional<std::pair<int, int>> porkchopCellAt(const PorkchopFigure& figure, const QRectF& plot,
                                                  const QPointF& point);

void paintPorkchop(QPainter& painter, const QRectF& area, const PorkchopFigure& figure,
                   const PaintContext& context);

/// The plot written as PNG (at `size` pixels) or SVG, by the file's extension; the file is
/// replaced whole or not at all.
Expected<void, QString> exportPorkchop(const PorkchopFigure& figure, const QString& filePath,
                                       QSize size, const Theme& theme = Theme::light());

} // namespace orrery::render
