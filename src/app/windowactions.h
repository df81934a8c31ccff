#pragma once

#include <QList>
#include <QString>

#include <functional>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QObject;
class QUndoGroup;

namespace orrery::app {

/// The main window's commands, with their words, shortcuts and tips (as in other planning
/// tools: Ctrl+Y redoes too, Alt+arrows nudge). Created here; the window connects them.
struct WindowActions {
    QAction* newRoadmap = nullptr;
    QAction* open = nullptr;
    QAction* save = nullptr;
    QAction* saveAs = nullptr;
    QAction* revert = nullptr;
    QAction* saveContribution = nullptr;
    QAction* review = nullptr;
    QAction* importPlan = nullptr;
    QAction* exportRoadmap = nullptr;
    QAction* print = nullptr;
    QAction* close = nullptr;
    QAction* quit = nullptr;
    QAction* editAnyway = nullptr;

    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* newMission = nullptr;
    QAction* deleteMissions = nullptr;
    QAction* find = nullptr;
    QAction* settings = nullptr;

    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* zoomFit = nullptr;
    QAction* allArrows = nullptr;
    QAction* launchWindows = nullptr;
    QAction* targetSelection = nullptr;
    QAction* targetDefault = nullptr;
    /// "Colour by ...": the render::ColorMode as data.
    QActionGroup* colorModes = nullptr;
    /// System, light, dark: the theme's settings value as data.
    QActionGroup* themes = nullptr;

    QAction* userGuide = nullptr;
    QAction* shortcuts = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;

    static WindowActions create(QObject* owner, QUndoGroup* undoGroup);
};

/// The menus that list files: they change while the window is open.
struct WindowMenus {
    QMenu* recent = nullptr;
    QMenu* examples = nullptr;
    QMenu* exampleContributions = nullptr;
    /// Edit > Scenario: new, rename, delete.
    QMenu* scenario = nullptr;
};

/// File, Edit, View and Help in the menu bar. `panels` are the docks' and bars' toggles
/// (View > Panels); `viewOptions` go after the arrows option.
WindowMenus addMenus(QMenuBar* bar, const WindowActions& actions,
                     const QList<QAction*>& viewOptions, const QList<QAction*>& panels);

/// A file as a menu lists it.
struct FileEntry {
    QString name;
    QString path;
    QString tip;
};
/// The files the menus list: opened lately, the bundled examples, the bundled example
/// contributions (named as each names itself: "ESA's, of 2016-05").
QList<FileEntry> recentFileEntries();
QList<FileEntry> exampleRoadmapEntries();
QList<FileEntry> exampleContributionEntries();

/// Fills a menu with an action per file; choosing one calls `chosen` with its path.
void fillFileMenu(QMenu* menu, const QList<FileEntry>& files,
                  const std::function<void(const QString&)>& chosen);

} // namespace orrery::app
