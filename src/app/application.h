#pragma once

namespace orrery::app {

/// Everything `orrery` does from its command line: opens the given roadmap (default: the
/// bundled GER 2013 roadmap) in the main window, or with --screenshot renders the window to
/// a PNG and exits, which also works without a display (QT_QPA_PLATFORM=offscreen).
int runApplication(int argc, char** argv);

} // namespace orrery::app
