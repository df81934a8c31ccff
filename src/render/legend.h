#pragma once

// The legend of every symbol the charts use, painted with the very code that paints the
// missions, so that it cannot drift from what it explains.

#include "style.h"

#include <QPainter>
#include <QSizeF>

#include <vector>

namespace orrery::render {

/// The agencies the legend gives colours for: those leading a mission the context shows,
/// by their place in the roadmap's list of agencies, in that order.
std::vector<std::size_t> legendAgencies(const PaintContext& context);

/// The height the legend needs at a width.
double legendHeight(const PaintContext& context, double width);
/// Paints the legend into `area`: the colours of the current colour mode (the agencies
/// that have missions, the statuses or the crews), the shapes and styles, the marks.
void paintLegend(QPainter& painter, const PaintContext& context, const QRectF& area);

} // namespace orrery::render
