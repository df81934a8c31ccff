#include "navigation.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <vector>

namespace orrery::render {

namespace {

struct Box {
    std::size_t mission;
    QRectF rect;
};

/// How far apart two spans are along one axis: 0 when they overlap.
double gap(double aFrom, double aTo, double bFrom, double bTo) {
    return std::max({0.0, bFrom - aTo, aFrom - bTo});
}

/// The box on the nearest line (row or layer) in the direction, closest across it. Lines are
/// told apart by their centres: boxes whose centres differ by less than `sameLine` share one.
std::optional<std::size_t> nearestInDirection(const std::vector<Box>& boxes, const QRectF& from,
                                              Qt::Orientation along, int sign) {
    constexpr double kSameLine = 1.0;
    const auto lineOf = [&](const QRectF& rect) {
        return along == Qt::Vertical ? rect.center().y() : rect.center().x();
    };
    const double here = lineOf(from);
    std::optional<double> nearestLine;
    for (const Box& box : boxes) {
        const double line = lineOf(box.rect);
        if ((line - here) * sign > kSameLine &&
            (!nearestLine || std::abs(line - here) < std::abs(*nearestLine - here))) {
            nearestLine = line;
        }
    }
    if (!nearestLine) {
        return std::nullopt;
    }
    std::optional<std::size_t> best;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (const Box& box : boxes) {
        if (std::abs(lineOf(box.rect) - *nearestLine) > kSameLine) {
            continue;
        }
        // Closest across the line: overlapping first, then by the distance of the centres.
        const double distance =
            along == Qt::Vertical
                ? gap(from.left(), from.right(), box.rect.left(), box.rect.right()) * 1e6 +
                      std::abs(box.rect.center().x() - from.center().x())
                : gap(from.top(), from.bottom(), box.rect.top(), box.rect.bottom()) * 1e6 +
                      std::abs(box.rect.center().y() - from.center().y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = box.mission;
        }
    }
    return best;
}

/// In reading order: by x, then y (timeline: by time, then row).
bool earlier(const Box& a, const Box& b) {
    if (a.rect.left() != b.rect.left()) {
        return a.rect.left() < b.rect.left();
    }
    return a.rect.top() < b.rect.top();
}

std::optional<std::size_t> firstOrLast(std::vector<Box> boxes, bool last) {
    if (boxes.empty()) {
        return std::nullopt;
    }
    const auto found = last ? std::max_element(boxes.begin(), boxes.end(), earlier)
                            : std::min_element(boxes.begin(), boxes.end(), earlier);
    return found->mission;
}

} // namespace

std::optional<std::size_t> stepInTimeline(const TimelineLayout& layout,
                                          std::optional<std::size_t> from, Step step) {
    std::vector<Box> boxes;
    for (std::size_t i = 0; i < layout.missions.size(); ++i) {
        if (layout.missions[i].placed) {
            boxes.push_back({i, layout.missions[i].bar});
        }
    }
    const bool known = from && *from < layout.missions.size() && layout.missions[*from].placed;
    if (!known) {
        return firstOrLast(boxes, step == Step::End || step == Step::RoadmapEnd);
    }
    const TimelineMission& current = layout.missions[*from];
    std::vector<Box> lane;
    for (const Box& box : boxes) {
        if (layout.missions[box.mission].lane == current.lane) {
            lane.push_back(box);
        }
    }
    std::sort(lane.begin(), lane.end(), earlier);
    const auto here = std::find_if(lane.begin(), lane.end(),
                                   [&](const Box& box) { return box.mission == *from; });
    switch (step) {
    case Step::Up:
    case Step::Down:
        return nearestInDirection(boxes, current.bar, Qt::Vertical, step == Step::Up ? -1 : 1);
    case Step::Left:
        return here == lane.begin() ? std::nullopt : std::optional(std::prev(here)->mission);
    case Step::Right:
        return std::next(here) == lane.end() ? std::nullopt
                                             : std::optional(std::next(here)->mission);
    case Step::Start:
        return lane.front().mission;
    case Step::End:
        return lane.back().mission;
    case Step::RoadmapStart:
        return firstOrLast(boxes, false);
    case Step::RoadmapEnd:
        return firstOrLast(boxes, true);
    }
    return std::nullopt;
}

std::optional<std::size_t> stepInDiagram(const DependencyLayout& layout,
                                         std::optional<std::size_t> from, Step step) {
    std::vector<Box> boxes;
    for (const DependencyNode& node : layout.nodes) {
        boxes.push_back({node.mission, node.box});
    }
    const bool known =
        from && *from < layout.nodeOfMission.size() && layout.nodeOfMission[*from].has_value();
    if (!known) {
        return firstOrLast(boxes, step == Step::End || step == Step::RoadmapEnd);
    }
    const QRectF& current = layout.nodes[*layout.nodeOfMission[*from]].box;
    // Layers run left to right on screen, top to bottom on a portrait page.
    const Qt::Orientation acrossLayers = layout.metrics.layersDown ? Qt::Vertical : Qt::Horizontal;
    const Qt::Orientation withinLayer = layout.metrics.layersDown ? Qt::Horizontal : Qt::Vertical;
    switch (step) {
    case Step::Left:
    case Step::Right:
        return nearestInDirection(boxes, current, acrossLayers, step == Step::Left ? -1 : 1);
    case Step::Up:
    case Step::Down: {
        std::vector<Box> layer;
        const auto layerOf = [&](const QRectF& rect) {
            return acrossLayers == Qt::Horizontal ? rect.center().x() : rect.center().y();
        };
        std::copy_if(boxes.begin(), boxes.end(), std::back_inserter(layer), [&](const Box& box) {
            return std::abs(layerOf(box.rect) - layerOf(current)) <= 1.0;
        });
        return nearestInDirection(layer, current, withinLayer, step == Step::Up ? -1 : 1);
    }
    case Step::Start:
    case Step::End: {
        // The nearest mission of the first or last layer.
        std::optional<std::size_t> reached = from;
        const int sign = step == Step::Start ? -1 : 1;
        while (true) {
            const auto next = nearestInDirection(
                boxes, layout.nodes[*layout.nodeOfMission[*reached]].box, acrossLayers, sign);
            if (!next) {
                return reached;
            }
            reached = next;
        }
    }
    case Step::RoadmapStart:
        return firstOrLast(boxes, false);
    case Step::RoadmapEnd:
        return firstOrLast(boxes, true);
    }
    return std::nullopt;
}

} // namespace orrery::render
