#pragma once

class QWidget;

namespace orrery::app {

/// Help > About Orrery: the version, the licence, where the example roadmaps come from and
/// what Orrery is built with. True when the planner chose to open the user guide from it.
bool showAboutBox(QWidget* parent);

} // namespace orrery::app
