#pragma once

#include <QByteArray>

class QMainWindow;

namespace orrery::app {

class AnalysisController;
class MissionSelection;
class Presentation;
struct WindowActions;

/// What the View menu's options do: arrows, colours, theme, the critical path's target.
void connectViewOptions(const WindowActions& actions, Presentation* presentation,
                        AnalysisController* analysis, MissionSelection* selection);

/// Restores the window's geometry and panels and the view options as they were left; false
/// on a first start (nothing saved), when the window is sized from the screen instead.
bool restoreWindowSettings(QMainWindow& window, const WindowActions& actions,
                           Presentation* presentation);
/// Remembers them; `state` is the panels' layout (the one the start page hid, if it did).
void saveWindowSettings(const QMainWindow& window, const QByteArray& state,
                        const WindowActions& actions, const Presentation& presentation);

} // namespace orrery::app
