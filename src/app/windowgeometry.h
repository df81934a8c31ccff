#pragma once

class QMainWindow;

namespace orrery::app {

/// The timeline stays at least this tall, and this wide, whatever the docks around it want.
inline constexpr int kMinimumViewHeight = 260;
inline constexpr int kMinimumViewWidth = 420;

/// Sizes a first window from its screen (generous on a large one, all of a small one), or
/// brings a window restored from another screen back inside this one. A maximised window is
/// the window system's to fit.
void fitToScreen(QMainWindow& window, bool firstStart);

} // namespace orrery::app
