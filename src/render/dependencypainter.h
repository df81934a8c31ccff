#pragma once

// Paints the dependency diagram from its layout, on screen and in exports alike.

#include "dependencylayout.h"
#include "style.h"

#include <QPainter>

namespace orrery::render {

/// One mission's box: agency colour strip, name, lead and dates, badge, selection.
void paintDependencyNode(QPainter& painter, const DependencyNode& node,
                         const PaintContext& context);
/// One dependency's route and arrowhead: emphasised on the critical path, red and dashed
/// inside a cycle, dashed when soft.
void paintDependencyRoute(QPainter& painter, const DependencyRoute& route,
                          const PaintContext& context);
/// The part `window` (layout coordinates) of the diagram, scaled into `target`.
void paintDependencyDiagram(QPainter& painter, const DependencyLayout& layout,
                            const PaintContext& context, const QRectF& window,
                            const QRectF& target);

} // namespace orrery::render
