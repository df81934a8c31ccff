#pragma once

// The dependency diagram's geometry: the prerequisite graph in layers (left to right, or
// top to bottom), laid out by Graphviz's dot (positions and edge routes), painted in
// Orrery's own style by dependencypainter.h.

#include "style.h"

#include <QPainterPath>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <vector>

namespace orrery::render {

struct DependencyNode {
    std::size_t mission = 0;
    QRectF box;
    /// The name broken over lines when the metrics allow more than one and it needs them;
    /// empty: the name goes on one line, elided if too long.
    QStringList nameLines;
};

struct DependencyRoute {
    std::size_t prerequisite = 0; ///< mission index
    std::size_t dependent = 0;    ///< mission index
    const Prerequisite* dependency = nullptr;
    QPainterPath path;
    QPointF arrowBase; ///< where the arrowhead starts
    QPointF arrowTip;  ///< where it touches the dependent
};

struct DependencyMetrics {
    double minimumNodeWidth = 150;
    double maximumNodeWidth = 280; ///< longer names are elided
    double nodeHeight = 40;
    double layerGap = 60; ///< between layers (left to right)
    double nodeGap = 14;  ///< between nodes of one layer
    /// More than 1: a name too long for the widest box goes on up to this many lines (the
    /// box grows taller) rather than being elided, as print wants.
    int nameLines = 1;
    /// Layers from left to right (the screen), or from top to bottom (a portrait page).
    bool layersDown = false;
};

struct DependencyLayout {
    DependencyMetrics metrics;
    std::vector<DependencyNode> nodes;
    /// For each mission of the roadmap, its node, if the diagram shows it.
    std::vector<std::optional<std::size_t>> nodeOfMission;
    std::vector<DependencyRoute> routes;
    QSizeF size;
};

/// Lays out the missions the context shows and the dependencies between them. Cycles lay
/// out too (dot reverses an edge of each). Graphviz is not reentrant: calls are serialised.
DependencyLayout layoutDependencies(const PaintContext& context,
                                    const DependencyMetrics& metrics = {});

} // namespace orrery::render
