#pragma once

// Where the keyboard takes the selection on a chart: answered by the layouts, so that the
// timeline and the dependency diagram move alike and the rules are tested without widgets.

#include "dependencylayout.h"
#include "timelinelayout.h"

#include <cstddef>
#include <optional>

namespace orrery::render {

/// A step of the keyboard: an arrow, Home or End (`Start` and `End` go to the first and last
/// mission near the current one, `RoadmapStart` and `RoadmapEnd` to those of the chart).
enum class Step { Up, Down, Left, Right, Start, End, RoadmapStart, RoadmapEnd };

/// Timeline: up and down go to the nearest mission in the row above or below (into the next
/// lane at a lane's edge), closest in time; left and right to the mission before or after in
/// time within the lane; Start and End to the lane's first and last. Without a current
/// mission (or a hidden one), any step goes to the chart's first mission. Nothing when the
/// step leads nowhere.
std::optional<std::size_t> stepInTimeline(const TimelineLayout& layout,
                                          std::optional<std::size_t> from, Step step);

/// Dependency diagram: left and right go to the nearest mission of the layer before or after
/// (prerequisites are to the left), up and down within the layer; Start and End to the
/// first and last layer, RoadmapStart and RoadmapEnd to the diagram's corners.
std::optional<std::size_t> stepInDiagram(const DependencyLayout& layout,
                                         std::optional<std::size_t> from, Step step);

} // namespace orrery::render
