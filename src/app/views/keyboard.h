#pragma once

#include <render/navigation.h>

#include <optional>

class QKeyEvent;

namespace orrery::app {

class MissionSelection;

/// The step a key asks for on a chart: the arrows, Home and End (with Ctrl, the whole
/// chart's first and last). None with Alt held: Alt and the arrows move missions.
std::optional<render::Step> navigationStep(const QKeyEvent& event);

/// Selects the mission a step reached and brings it into view; with Shift, adds it to the
/// selection instead.
void moveSelectionTo(MissionSelection& selection, const QString& mission, bool extend);

} // namespace orrery::app
