#pragma once

// The dependency diagram of a large roadmap. Graphviz's dot takes seconds to lay out a
// thousand boxes and does not finish ten thousand in minutes, and no reader follows such a
// diagram anyway. Past a limit, the diagram is drawn in summary: one box for the missions to
// each destination, counting them by lead agency, with the dependencies between the boxes,
// and the critical path's missions drawn one by one so that the chain that sets the
// schedule stays whole. When even the summary is too large, the diagram is left out and a
// note says why.

#include "style.h"

#include <QString>

#include <cstddef>
#include <memory>

namespace orrery::render {

/// Missions a diagram draws one by one; more are summarised.
inline constexpr std::size_t kDiagramMissionLimit = 1000;

enum class DiagramForm {
    Full,       ///< every mission shown, in its own box
    Summarised, ///< missions grouped by destination
    LeftOut,    ///< too large even grouped: no diagram
};

/// What a dependency diagram of a context draws, and the context to lay it out with.
struct DiagramPlan {
    DiagramForm form = DiagramForm::Full;
    /// The missions the diagram is of (those the context shows).
    std::size_t missions = 0;
    /// Boxes of the summary; missions of the critical path drawn one by one.
    std::size_t boxes = 0;
    std::size_t criticalMissions = 0;
    /// Summarised: the summary as a roadmap, its missions the boxes. Held here so that the
    /// context's pointer to it stays valid wherever the plan is moved.
    std::shared_ptr<const Roadmap> summary;
    /// What to lay out and paint: the summary's context, or the one planned for.
    PaintContext context;

    /// A sentence for a page or a command's output; empty for a full diagram.
    QString note() const;
};

/// The plan for a diagram of what `context` shows.
DiagramPlan planDependencyDiagram(const PaintContext& context);

} // namespace orrery::render
