#include "windowactions.h"

#include "appearance.h"
#include "document.h"
#include "documentcontroller.h"
#include "labels.h"

#include <render/style.h>
#include <render/utf8.h>
#include <render/vocabulary.h>

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QUndoGroup>

#include <utility>

namespace orrery::app {

namespace {

QAction* action(QObject* owner, const QString& text, const QList<QKeySequence>& keys = {},
                const QString& tip = {}) {
    auto* created = new QAction(text, owner);
    created->setShortcuts(keys);
    created->setStatusTip(tip);
    return created;
}

/// The platform's first key for a standard action, as QAction::setShortcut() takes it.
QList<QKeySequence> keys(QKeySequence::StandardKey key) {
    return {QKeySequence(key)};
}

} // namespace

WindowActions WindowActions::create(QObject* owner, QUndoGroup* undoGroup) {
    WindowActions a;
    a.newRoadmap =
        action(owner, windowText("&New Roadmap"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
               windowText("Start a roadmap with the ISECG agencies and destinations"));
    a.open = action(owner, windowText("&Open..."), keys(QKeySequence::Open),
                    windowText("Open a roadmap file"));
    a.save = action(owner, windowText("&Save"), keys(QKeySequence::Save));
    a.saveAs = action(owner, windowText("Save &As..."), keys(QKeySequence::SaveAs));
    a.revert = action(owner, windowText("Re&vert"));
    a.saveContribution = action(
        owner, windowText("Save as C&ontribution..."), {},
        windowText("Save this roadmap as an agency's contribution, drafted from a baseline"));
    a.review =
        action(owner, windowText("&Review Contribution..."),
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
               windowText("Review an agency's contribution against the open roadmap, change by "
                          "change"));
    a.importPlan =
        action(owner, windowText("&Import..."), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
               windowText("Make a roadmap, or an agency's contribution, of an MS Project schedule "
                          "or a mission table"));
    a.exportRoadmap =
        action(owner, windowText("&Export..."), {QKeySequence(Qt::CTRL | Qt::Key_E)},
               windowText("Publish the roadmap as PDF, a chart as SVG or PNG, or the plan for "
                          "MS Project, spreadsheets, calendars and schedulers"));
    a.print = action(owner, windowText("&Print..."), keys(QKeySequence::Print));
    a.close = action(owner, windowText("&Close"), keys(QKeySequence::Close));
    a.quit = action(owner, windowText("&Quit"), keys(QKeySequence::Quit));
    a.quit->setMenuRole(QAction::QuitRole);
    a.editAnyway = action(owner, windowText("Edit Anyway"));
    a.editAnyway->setToolTip(
        windowText("Edit here too; whoever saves last replaces the other's version"));

    a.undo = undoGroup->createUndoAction(owner, windowText("&Undo"));
    a.undo->setShortcuts(keys(QKeySequence::Undo));
    a.redo = undoGroup->createRedoAction(owner, windowText("&Redo"));
    // Ctrl+Y as well, as in MS Project and office programs.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y))) {
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    }
    a.redo->setShortcuts(redoKeys);
    a.newMission = action(owner, windowText("&New Mission"), keys(QKeySequence::New),
                          windowText("Add a mission where you last clicked on the timeline"));
    a.deleteMissions = action(owner, windowText("&Delete Missions"), keys(QKeySequence::Delete));
    a.find = action(owner, windowText("&Find Missions"), keys(QKeySequence::Find));
    a.settings =
        action(owner, windowText("Roadmap &Settings..."), {},
               windowText("Title, as-of date, agencies and their colours, destinations and "
                          "capabilities"));

    a.zoomIn = action(owner, windowText("Zoom &In"),
                      {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::Key_Plus),
                       QKeySequence(Qt::Key_Equal)});
    a.zoomOut = action(owner, windowText("Zoom &Out"),
                       {QKeySequence(QKeySequence::ZoomOut), QKeySequence(Qt::Key_Minus)});
    a.zoomFit = action(owner, windowText("Zoom to &Fit"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    a.allArrows = action(owner, windowText("Show &All Dependency Arrows"));
    a.allArrows->setCheckable(true);
    a.launchWindows = action(owner, windowText("Show Launch &Windows"));
    a.launchWindows->setCheckable(true);
    a.launchWindows->setChecked(true);
    a.launchWindows->setStatusTip(
        windowText("Shade on the lanes of Mars and of asteroids the days a launch can reach them"));
    a.targetSelection = action(owner, windowText("Critical Path to &Selected Mission"));
    a.targetDefault = action(owner, windowText("Critical Path to &Latest Mission"));

    a.colorModes = new QActionGroup(owner);
    const std::pair<QString, render::ColorMode> modes[] = {
        {windowText("Colour by &Agency"), render::ColorMode::Agency},
        {windowText("Colour by &Status"), render::ColorMode::Status},
        {windowText("Colour by &Crew"), render::ColorMode::Crew},
        {windowText("Colour by &Goal"), render::ColorMode::Goal}};
    for (const auto& [text, mode] : modes) {
        QAction* choice = a.colorModes->addAction(text);
        choice->setCheckable(true);
        choice->setData(static_cast<int>(mode));
        choice->setChecked(mode == render::ColorMode::Agency);
    }
    a.themes = new QActionGroup(owner);
    const std::pair<QString, ThemeChoice> themes[] = {{windowText("&System"), ThemeChoice::System},
                                                      {windowText("&Light"), ThemeChoice::Light},
                                                      {windowText("&Dark"), ThemeChoice::Dark}};
    for (const auto& [text, theme] : themes) {
        QAction* choice = a.themes->addAction(text);
        choice->setCheckable(true);
        choice->setData(toSettingsValue(theme));
        choice->setChecked(theme == ThemeChoice::System);
    }

    a.userGuide =
        action(owner, windowText("&User Guide"), keys(QKeySequence::HelpContents),
               windowText("How to use Orrery: the views, editing, checks, publishing, reviews"));
    a.shortcuts = action(owner, windowText("&Keyboard Shortcuts"));
    a.about = action(owner, windowText("&About Orrery"));
    a.about->setMenuRole(QAction::AboutRole);
    a.aboutQt = action(owner, windowText("About &Qt"));
    a.aboutQt->setMenuRole(QAction::AboutQtRole);
    return a;
}

WindowMenus addMenus(QMenuBar* bar, const WindowActions& a, const QList<QAction*>& viewOptions,
                     const QList<QAction*>& panels) {
    WindowMenus menus;
    QMenu* file = bar->addMenu(windowText("&File"));
    file->addAction(a.newRoadmap);
    file->addAction(a.open);
    menus.recent = file->addMenu(windowText("Open &Recent"));
    menus.examples = file->addMenu(windowText("Open &Example"));
    file->addSeparator();
    file->addActions({a.save, a.saveAs, a.revert});
    file->addSeparator();
    file->addActions({a.saveContribution, a.review});
    menus.exampleContributions = file->addMenu(windowText("Review E&xample Contribution"));
    file->addSeparator();
    file->addActions({a.importPlan, a.exportRoadmap, a.print});
    file->addSeparator();
    file->addActions({a.close, a.quit});

    QMenu* edit = bar->addMenu(windowText("&Edit"));
    edit->addActions({a.undo, a.redo});
    edit->addSeparator();
    edit->addActions({a.newMission, a.deleteMissions});
    edit->addSeparator();
    edit->addAction(a.find);
    edit->addSeparator();
    menus.scenario = edit->addMenu(windowText("S&cenario"));
    edit->addAction(a.settings);

    QMenu* view = bar->addMenu(windowText("&View"));
    view->addActions({a.zoomIn, a.zoomOut, a.zoomFit});
    view->addSeparator();
    view->addActions(a.colorModes->actions());
    view->addSeparator();
    view->addMenu(windowText("&Theme"))->addActions(a.themes->actions());
    view->addSeparator();
    view->addAction(a.allArrows);
    view->addAction(a.launchWindows);
    view->addActions(viewOptions);
    view->addSeparator();
    view->addActions({a.targetSelection, a.targetDefault});
    view->addSeparator();
    view->addMenu(windowText("&Panels"))->addActions(panels);

    QMenu* help = bar->addMenu(windowText("&Help"));
    help->addActions({a.userGuide, a.shortcuts});
    help->addSeparator();
    help->addActions({a.about, a.aboutQt});
    return menus;
}

QList<FileEntry> recentFileEntries() {
    QList<FileEntry> entries;
    for (const QString& file : DocumentController::recentFiles()) {
        entries.push_back({QDir::toNativeSeparators(file), file, {}});
    }
    return entries;
}

QList<FileEntry> exampleRoadmapEntries() {
    QList<FileEntry> entries;
    for (const QString& path : DocumentController::exampleRoadmapPaths()) {
        entries.push_back({QFileInfo(path).fileName(), path, {}});
    }
    return entries;
}

QList<FileEntry> exampleContributionEntries() {
    QList<FileEntry> entries;
    for (const QString& path : DocumentController::exampleContributionPaths()) {
        QString name = QFileInfo(path).fileName().section(u'.', 0, 0);
        if (const auto draft = loadRoadmapFile(path); draft && draft->contribution) {
            const Contribution& about = *draft->contribution;
            name = about.date ? windowText("%1's, of %2")
                                    .arg(render::toQString(about.agency),
                                         render::toQString(about.date->toString()))
                              : windowText("%1's").arg(render::toQString(about.agency));
        }
        entries.push_back({name, path,
                           windowText("Review the bundled contribution %1 against the open roadmap")
                               .arg(QFileInfo(path).fileName())});
    }
    return entries;
}

void fillFileMenu(QMenu* menu, const QList<FileEntry>& files,
                  const std::function<void(const QString&)>& chosen) {
    menu->clear();
    for (const FileEntry& file : files) {
        QAction* entry = menu->addAction(file.name);
        entry->setStatusTip(file.tip);
        QObject::connect(entry, &QAction::triggered, menu,
                         [chosen, path = file.path] { chosen(path); });
    }
    menu->setEnabled(!files.isEmpty());
}

} // namespace orrery::app
