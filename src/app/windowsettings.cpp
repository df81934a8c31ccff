#include "windowsettings.h"

#include "analysiscontroller.h"
#include "appearance.h"
#include "presentation.h"
#include "selection.h"
#include "windowactions.h"
#include "windowgeometry.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QSettings>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {

const auto kGeometryKey = u"mainWindow/geometry"_s;
const auto kStateKey = u"mainWindow/state"_s;
const auto kColorModeKey = u"view/colorMode"_s;
const auto kAllArrowsKey = u"view/allArrows"_s;
const auto kLaunchWindowsKey = u"view/launchWindows"_s;
const auto kThemeKey = u"view/theme"_s;

} // namespace

void connectViewOptions(const WindowActions& actions, Presentation* presentation,
                        AnalysisController* analysis, MissionSelection* selection) {
    QObject::connect(actions.launchWindows, &QAction::toggled, presentation,
                     &Presentation::setShowsLaunchWindows);
    QObject::connect(actions.allArrows, &QAction::toggled, presentation, [presentation](bool all) {
        presentation->setArrowMode(all ? render::ArrowMode::All : render::ArrowMode::Selected);
    });
    QObject::connect(actions.colorModes, &QActionGroup::triggered, presentation,
                     [presentation](QAction* action) {
                         presentation->setColorMode(
                             static_cast<render::ColorMode>(action->data().toInt()));
                     });
    QObject::connect(actions.themes, &QActionGroup::triggered, actions.themes, [](QAction* action) {
        const QString value = action->data().toString();
        QSettings().setValue(kThemeKey, value);
        applyTheme(themeChoiceFromSettingsValue(value));
    });
    QObject::connect(actions.targetSelection, &QAction::triggered, analysis,
                     [analysis, selection] { analysis->setTarget(selection->current()); });
    QObject::connect(actions.targetDefault, &QAction::triggered, analysis,
                     [analysis] { analysis->setTarget({}); });
}

bool restoreWindowSettings(QMainWindow& window, const WindowActions& actions,
                           Presentation* presentation) {
    const QSettings settings;
    const bool restored = window.restoreGeometry(settings.value(kGeometryKey).toByteArray());
    window.restoreState(settings.value(kStateKey).toByteArray());
    fitToScreen(window, !restored);
    const int mode = settings.value(kColorModeKey, 0).toInt();
    for (QAction* action : actions.colorModes->actions()) {
        if (action->data().toInt() == mode) {
            action->setChecked(true);
            presentation->setColorMode(static_cast<render::ColorMode>(mode));
        }
    }
    actions.allArrows->setChecked(settings.value(kAllArrowsKey, false).toBool());
    actions.launchWindows->setChecked(settings.value(kLaunchWindowsKey, true).toBool());
    const QString theme =
        settings.value(kThemeKey, toSettingsValue(ThemeChoice::System)).toString();
    for (QAction* action : actions.themes->actions()) {
        action->setChecked(action->data().toString() == theme);
    }
    if (const ThemeChoice choice = themeChoiceFromSettingsValue(theme);
        choice != ThemeChoice::System) {
        applyTheme(choice);
    }
    return restored;
}

void saveWindowSettings(const QMainWindow& window, const QByteArray& state,
                        const WindowActions& actions, const Presentation& presentation) {
    QSettings settings;
    settings.setValue(kGeometryKey, window.saveGeometry());
    settings.setValue(kStateKey, state);
    settings.setValue(kColorModeKey, static_cast<int>(presentation.colorMode()));
    settings.setValue(kAllArrowsKey, actions.allArrows->isChecked());
    settings.setValue(kLaunchWindowsKey, actions.launchWindows->isChecked());
}

} // namespace orrery::app
