#include "mainwindow.h"

#include "analysiscontroller.h"
#include "appearance.h"
#include "commands/commands.h"
#include "dialogs/agencydialog.h"
#include "dialogs/contributiondialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/roadmapsettingsdialog.h"
#include "docks/findingsdock.h"
#include "docks/inspectordock.h"
#include "docks/legenddock.h"
#include "docks/missioneditor.h"
#include "docks/missiontabledock.h"
#include "docks/reviewhistorydock.h"
#include "document.h"
#include "fileguard.h"
#include "filterbar.h"
#include "help/helpwindow.h"
#include "help/shortcutsdialog.h"
#include "myagency.h"
#include "presentation.h"
#include "recovery.h"
#include "review/reviewpanel.h"
#include "review/reviewsession.h"
#include "selection.h"
#include "views/graph/dependencyview.h"
#include "views/startpage.h"
#include "views/timeline/timelineview.h"
#include "widgets/messagebar.h"

#include <orrery/io/reader.h>
#include <orrery/io/writer.h>
#include <orrery/merge.h>

#include <render/report.h>
#include <render/utf8.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <QWindow>

// The application library is static: its resources are initialised where they are used,
// once.
static void initResources() {
    static const bool initialised = [] {
        Q_INIT_RESOURCE(orrery);
        return true;
    }();
    Q_UNUSED(initialised);
}

namespace orrery::app {

using namespace Qt::StringLiterals;

QIcon applicationIcon() {
    initResources();
    // The sizes drawn from resources/icons/orrery.svg, which the window system picks from.
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        icon.addFile(u":/icons/orrery-%1.png"_s.arg(size), QSize(size, size));
    }
    return icon;
}
using render::toQString;

namespace {

constexpr int kMaxRecentFiles = 10;
const auto kRecentFilesKey = u"recentFiles"_s;
const auto kGeometryKey = u"mainWindow/geometry"_s;
const auto kStateKey = u"mainWindow/state"_s;
const auto kColorModeKey = u"view/colorMode"_s;
const auto kAllArrowsKey = u"view/allArrows"_s;
const auto kThemeKey = u"view/theme"_s;
const auto kReviewFolderKey = u"review/folder"_s;
const auto kLastBaselineKey = u"review/lastBaseline"_s;
/// The first window's size on a screen that has room for it.
constexpr QSize kPreferredSize(1600, 960);
/// What the window system's title bar and frame take, at most, beyond the window.
constexpr int kFrameAllowance = 40;
/// The timeline stays at least this tall whatever the docks around it want.
constexpr int kMinimumViewHeight = 260;
/// ...and at least this wide.
constexpr int kMinimumViewWidth = 420;
/// How many roadmap files beside a contribution are read when looking for its baseline.
constexpr int kMaxBaselineCandidates = 64;

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    initResources();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(applicationIcon());
    m_selection = new MissionSelection(this);
    m_analysis = new AnalysisController(this);
    m_presentation = new Presentation(m_selection, m_analysis, this);
    m_undoGroup = new QUndoGroup(this);
    m_fileGuard = new FileGuard(this);
    m_recovery = new Recovery(this);
    connect(m_fileGuard, &FileGuard::changedOnDisk, this, &MainWindow::fileChangedOnDisk);

    createActions();
    createCentralArea();
    createDocks();
    createMenus();

    m_myAgencyButton = new QToolButton(this);
    m_myAgencyButton->setObjectName(u"myAgencyButton"_s);
    m_myAgencyButton->setAutoRaise(true);
    m_myAgencyButton->setToolTip(tr("The agency you plan for: it leads your new missions and "
                                    "sends your contributions. Click to change it."));
    connect(m_myAgencyButton, &QToolButton::clicked, this, [this] {
        if (m_document && chooseMyAgency(m_document->roadmap(), this)) {
            updateStatus();
        }
    });
    statusBar()->addPermanentWidget(m_myAgencyButton);
    m_statusSummary = new QLabel(this);
    m_statusSummary->setObjectName(u"statusSummary"_s);
    statusBar()->addPermanentWidget(m_statusSummary);
    connect(m_presentation, &Presentation::changed, this, &MainWindow::updateStatus);
    connect(m_selection, &MissionSelection::changed, this, &MainWindow::updateEditActions);
    readSettings();
    showStartPage(true);
    updateTitle();
    updateStatus();
    updateEditActions();
}

MainWindow::~MainWindow() {
    // The views observe the document: let them go first, the review's with them.
    delete m_reviewPage;
    delete m_review;
    m_presentation->setDocument(nullptr);
    m_analysis->setDocument(nullptr);
}

QString MainWindow::defaultRoadmapPath() {
    return u":/roadmaps/ger-2013.roadmap.json"_s;
}

QStringList MainWindow::exampleRoadmapPaths() {
    QStringList paths;
    const QDir folder(u":/roadmaps"_s);
    for (const QString& name : folder.entryList({u"*.roadmap.json"_s}, QDir::Files, QDir::Name)) {
        paths << folder.filePath(name);
    }
    return paths;
}

QTableView* MainWindow::missionView() const {
    return m_missionTable->view();
}

QTableView* MainWindow::findingsView() const {
    return m_findings->view();
}

void MainWindow::createActions() {
    m_newAction = new QAction(tr("&New Roadmap"), this);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setStatusTip(tr("Start a roadmap with the ISECG agencies and destinations"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newRoadmap);

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveDocument);
    m_saveAsAction = new QAction(tr("Save &As..."), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, [this] {
        const QString suggestion = m_document && !m_document->filePath().startsWith(u":/"_s) &&
                                           !m_document->filePath().isEmpty()
                                       ? m_document->filePath()
                                       : QDir::home().filePath(u"roadmap.roadmap.json"_s);
        const QString filePath = QFileDialog::getSaveFileName(
            this, tr("Save Roadmap As"), suggestion, tr("Orrery roadmaps (*.roadmap.json)"));
        if (!filePath.isEmpty()) {
            saveDocumentAs(filePath);
        }
    });
    m_exportAction = new QAction(tr("&Export..."), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Publish the roadmap as PDF, or a chart as SVG or PNG"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);
    m_printAction = new QAction(tr("&Print..."), this);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::print);
    m_revertAction = new QAction(tr("Re&vert"), this);
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::revert);
    m_editAnywayAction = new QAction(tr("Edit Anyway"), this);
    m_editAnywayAction->setToolTip(
        tr("Edit here too; whoever saves last replaces the other's version"));
    connect(m_editAnywayAction, &QAction::triggered, this, &MainWindow::editAnyway);
    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeDocument);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as well, as in MS Project and office programs.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y))) {
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    }
    m_redoAction->setShortcuts(redoKeys);
    m_newMissionAction = new QAction(tr("&New Mission"), this);
    m_newMissionAction->setShortcut(QKeySequence::New);
    m_newMissionAction->setStatusTip(tr("Add a mission where you last clicked on the timeline"));
    connect(m_newMissionAction, &QAction::triggered, this, [this] {
        m_views->setCurrentWidget(m_timeline);
        m_timeline->newMissionAt(m_timeline->newMissionPosition());
    });
    m_deleteAction = new QAction(tr("&Delete Missions"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelection);

    m_openAction = new QAction(tr("&Open..."), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a roadmap file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Zoom acts on the view in front.
    const auto onCurrentView = [this](void (TimelineView::*timeline)(),
                                      void (DependencyView::*graph)()) {
        return [this, timeline, graph] {
            if (auto* view = qobject_cast<TimelineView*>(m_views->currentWidget())) {
                (view->*timeline)();
            } else {
                (m_dependencies->*graph)();
            }
        };
    };
    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setShortcuts(
        {QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, this,
            onCurrentView(&TimelineView::zoomIn, &DependencyView::zoomIn));
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)});
    connect(m_zoomOutAction, &QAction::triggered, this,
            onCurrentView(&TimelineView::zoomOut, &DependencyView::zoomOut));
    m_zoomFitAction = new QAction(tr("Zoom to &Fit"), this);
    m_zoomFitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomFitAction, &QAction::triggered, this,
            onCurrentView(&TimelineView::zoomToFit, &DependencyView::zoomToFit));

    m_saveContributionAction = new QAction(tr("Save as C&ontribution..."), this);
    m_saveContributionAction->setStatusTip(
        tr("Save this roadmap as an agency's contribution, drafted from a baseline"));
    connect(m_saveContributionAction, &QAction::triggered, this, [this] {
        if (ContributionDialog* dialog = createContributionDialog()) {
            if (dialog->exec() == QDialog::Accepted) {
                saveAsContribution(dialog->choices());
            }
            delete dialog;
        }
    });
    m_reviewAction = new QAction(tr("&Review Contribution..."), this);
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reviewAction->setStatusTip(
        tr("Review an agency's contribution against the open roadmap, change by change"));
    connect(m_reviewAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Review Contribution"), reviewStartFolder(),
            tr("Orrery contributions (*.contribution.roadmap.json);;Orrery roadmaps (*.json)"));
        if (!path.isEmpty()) {
            QSettings().setValue(kReviewFolderKey, QFileInfo(path).absolutePath());
            reviewContribution(path);
        }
    });

    m_findAction = new QAction(tr("&Find Missions"), this);
    m_findAction->setShortcut(QKeySequence::Find);

    m_allArrowsAction = new QAction(tr("Show &All Dependency Arrows"), this);
    m_allArrowsAction->setCheckable(true);
    connect(m_allArrowsAction, &QAction::toggled, this, [this](bool all) {
        m_presentation->setArrowMode(all ? render::ArrowMode::All : render::ArrowMode::Selected);
    });

    m_colorModes = new QActionGroup(this);
    const std::pair<QString, render::ColorMode> modes[] = {
        {tr("Colour by &Agency"), render::ColorMode::Agency},
        {tr("Colour by &Status"), render::ColorMode::Status},
        {tr("Colour by &Crew"), render::ColorMode::Crew}};
    for (const auto& [text, mode] : modes) {
        QAction* action = m_colorModes->addAction(text);
        action->setCheckable(true);
        action->setData(static_cast<int>(mode));
        action->setChecked(mode == render::ColorMode::Agency);
    }
    connect(m_colorModes, &QActionGroup::triggered, this, [this](QAction* action) {
        m_presentation->setColorMode(static_cast<render::ColorMode>(action->data().toInt()));
    });

    m_themes = new QActionGroup(this);
    const std::pair<QString, ThemeChoice> themes[] = {{tr("&System"), ThemeChoice::System},
                                                      {tr("&Light"), ThemeChoice::Light},
                                                      {tr("&Dark"), ThemeChoice::Dark}};
    for (const auto& [text, choice] : themes) {
        QAction* action = m_themes->addAction(text);
        action->setCheckable(true);
        action->setData(toSettingsValue(choice));
        action->setChecked(choice == ThemeChoice::System);
    }
    connect(m_themes, &QActionGroup::triggered, this, [](QAction* action) {
        const QString value = action->data().toString();
        QSettings().setValue(kThemeKey, value);
        applyTheme(themeChoiceFromSettingsValue(value));
    });

    m_targetSelectionAction = new QAction(tr("Critical Path to &Selected Mission"), this);
    connect(m_targetSelectionAction, &QAction::triggered, this,
            [this] { m_analysis->setTarget(m_selection->current()); });
    m_targetDefaultAction = new QAction(tr("Critical Path to &Latest Mission"), this);
    connect(m_targetDefaultAction, &QAction::triggered, this,
            [this] { m_analysis->setTarget({}); });
}

ExportDialog* MainWindow::createExportDialog() {
    if (!m_document) {
        return nullptr;
    }
    const QString filePath = m_document->filePath();
    QString baseName = QFileInfo(filePath).fileName().section(u'.', 0, 0);
    if (baseName.isEmpty()) {
        baseName = u"roadmap"_s;
    }
    auto* dialog =
        new ExportDialog(m_document->roadmap(), m_analysis->current(), m_presentation->filter(),
                         m_presentation->colorMode(), baseName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QString beside = roadmapFolder(); !beside.isEmpty()) {
        dialog->setStartFolder(beside);
    }
    connect(m_analysis, &AnalysisController::updated, dialog,
            [this, dialog] { dialog->setAnalysis(m_analysis->current()); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->lastMessage().isEmpty()) {
            statusBar()->showMessage(dialog->lastMessage(), 8000);
        }
    });
    return dialog;
}

void MainWindow::showExportDialog() {
    if (ExportDialog* dialog = createExportDialog()) {
        dialog->open();
    }
}

bool MainWindow::printTo(QPrinter& printer) {
    if (!m_document) {
        return false;
    }
    QSettings settings;
    const ExportChoices choices = ExportChoices::load(settings);
    render::ReportOptions options = choices.report;
    options.colorMode = m_presentation->colorMode();
    if (choices.applyFilter && m_presentation->filter().isActive()) {
        options.filter = m_presentation->filter();
    }
    const auto analysis = m_analysis->current();
    return printReport(m_document->roadmap(), analysis.get(), options, printer);
}

void MainWindow::print() {
    if (!m_document) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QSettings settings;
    const ExportChoices choices = ExportChoices::load(settings);
    printer.setPageLayout(
        QPageLayout(QPageSize(choices.report.pageSize), choices.report.orientation, QMarginsF()));
    printer.setDocName(render::documentTitle(m_document->roadmap()));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!printTo(printer)) {
        QMessageBox::warning(this, tr("Print Failed"), tr("The printer could not be started."));
    }
}

void MainWindow::createMenus() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_openAction);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_examplesMenu = fileMenu->addMenu(tr("Open &Example"));
    for (const QString& path : exampleRoadmapPaths()) {
        QAction* action = m_examplesMenu->addAction(QFileInfo(path).fileName());
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    rebuildRecentFilesMenu();
    fileMenu->addSeparator();
    fileMenu->addAction(m_saveAction);
    fileMenu->addAction(m_saveAsAction);
    fileMenu->addAction(m_revertAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_saveContributionAction);
    fileMenu->addAction(m_reviewAction);
    m_exampleContributionsMenu = fileMenu->addMenu(tr("Review E&xample Contribution"));
    for (const QString& path : exampleContributionPaths()) {
        // "ESA's, of 2016-05": as the contribution names itself.
        QString name = QFileInfo(path).fileName().section(u'.', 0, 0);
        if (const auto draft = loadRoadmapFile(path); draft && draft->contribution) {
            const Contribution& about = *draft->contribution;
            name = about.date ? tr("%1's, of %2")
                                    .arg(toQString(about.agency), toQString(about.date->toString()))
                              : tr("%1's").arg(toQString(about.agency));
        }
        QAction* action = m_exampleContributionsMenu->addAction(name);
        action->setStatusTip(tr("Review the bundled contribution %1 against the open roadmap")
                                 .arg(QFileInfo(path).fileName()));
        connect(action, &QAction::triggered, this, [this, path] { reviewContribution(path); });
    }
    fileMenu->addSeparator();
    fileMenu->addAction(m_exportAction);
    fileMenu->addAction(m_printAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_closeAction);
    fileMenu->addAction(m_quitAction);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_newMissionAction);
    editMenu->addAction(m_deleteAction);
    editMenu->addSeparator();
    editMenu->addAction(m_findAction);
    editMenu->addSeparator();
    m_settingsAction = editMenu->addAction(tr("Roadmap &Settings..."), this, [this] {
        if (!m_document) {
            return;
        }
        RoadmapSettingsDialog dialog(m_document->roadmap(), this);
        if (dialog.exec() == QDialog::Accepted) {
            if (auto edited = dialog.result()) {
                commands::changeRoadmap(*m_document, std::move(*edited),
                                        tr("Change roadmap settings"));
            }
        }
    });
    m_settingsAction->setStatusTip(tr("Title, as-of date, agencies and their colours, "
                                      "destinations and capabilities"));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_zoomInAction);
    viewMenu->addAction(m_zoomOutAction);
    viewMenu->addAction(m_zoomFitAction);
    viewMenu->addSeparator();
    viewMenu->addActions(m_colorModes->actions());
    viewMenu->addSeparator();
    QMenu* themes = viewMenu->addMenu(tr("&Theme"));
    themes->addActions(m_themes->actions());
    viewMenu->addSeparator();
    viewMenu->addAction(m_allArrowsAction);
    viewMenu->addAction(m_filterBar->hideAction());
    viewMenu->addSeparator();
    viewMenu->addAction(m_targetSelectionAction);
    viewMenu->addAction(m_targetDefaultAction);
    viewMenu->addSeparator();
    QMenu* panels = viewMenu->addMenu(tr("&Panels"));
    panels->addAction(m_inspector->toggleViewAction());
    panels->addAction(m_findings->toggleViewAction());
    panels->addAction(m_missionTable->toggleViewAction());
    panels->addAction(m_legend->toggleViewAction());
    panels->addAction(m_historyDock->toggleViewAction());
    panels->addAction(m_reviewHistory->toggleViewAction());
    panels->addAction(m_filterBar->toggleViewAction());

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* guide = helpMenu->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("How to use Orrery: the views, editing, checks, publishing, reviews"));
    helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    helpMenu->addSeparator();
    QAction* about = helpMenu->addAction(tr("&About Orrery"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createCentralArea() {
    m_views = new QTabWidget(this);
    m_views->setObjectName(u"views"_s);
    m_views->setDocumentMode(true);
    m_timeline = new TimelineView(m_presentation, m_views);
    m_dependencies = new DependencyView(m_presentation, m_views);
    connect(m_timeline, &TimelineView::editRequested, this, &MainWindow::editCurrentMission);
    connect(m_dependencies, &DependencyView::editRequested, this, &MainWindow::editCurrentMission);
    m_views->addTab(m_timeline, tr("Timeline"));
    m_views->addTab(m_dependencies, tr("Dependencies"));
    m_views->setMinimumSize(kMinimumViewWidth, kMinimumViewHeight);
    m_startPage = new StartPage(this);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openDialog);
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newRoadmap);
    connect(m_startPage, &StartPage::openFileRequested, this,
            [this](const QString& path) { openFile(path); });
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_views);
    m_central->addWidget(m_startPage);
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_messageBar = new MessageBar(centre);
    centreLayout->addWidget(m_messageBar);
    centreLayout->addWidget(m_central, 1);
    setCentralWidget(centre);

    m_filterBar = new FilterBar(m_presentation, this);
    addToolBar(Qt::TopToolBarArea, m_filterBar);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterBar->show();
        m_filterBar->searchField()->setFocus();
        m_filterBar->searchField()->selectAll();
    });
}

void MainWindow::createDocks() {
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_inspector = new InspectorDock(m_presentation, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    m_legend = new LegendDock(m_presentation, this);
    addDockWidget(Qt::RightDockWidgetArea, m_legend);
    m_findings = new FindingsDock(m_presentation, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_findings);
    m_missionTable = new MissionTableDock(m_presentation, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_missionTable);
    tabifyDockWidget(m_findings, m_missionTable);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(u"historyDock"_s);
    auto* history = new QUndoView(m_undoGroup, m_historyDock);
    history->setObjectName(u"historyView"_s);
    history->setEmptyLabel(tr("<opened>"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_missionTable, m_historyDock);
    m_reviewHistory = new ReviewHistoryDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_reviewHistory);
    tabifyDockWidget(m_historyDock, m_reviewHistory);
    connect(m_reviewHistory, &ReviewHistoryDock::missionActivated, m_selection,
            &MissionSelection::reveal);
    m_findings->raise();
    sizeDocks();
}

bool MainWindow::openFile(const QString& filePath) {
    if (!maybeSave()) {
        return false;
    }
    auto loaded = Document::load(filePath);
    if (!loaded) {
        showLoadErrors(filePath, loaded.error());
        return false;
    }
    setDocument(std::move(*loaded));
    addRecentFile(filePath);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(filePath)), 5000);
    return true;
}

void MainWindow::setDocument(std::unique_ptr<Document> document) {
    // A review is of the roadmap that was open, and so is what the message bar says.
    endReview();
    m_messageBar->hide();
    // The previous document is closed: its recovery copy and lock go with it.
    m_recovery->discard();
    m_fileGuard->unlock();
    std::unique_ptr<Document> previous = std::move(m_document);
    m_document = std::move(document);
    m_selection->clear();
    m_filterBar->reset();
    m_recovery->setDocument(m_document.get());
    if (m_document) {
        m_document->setParent(this);
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        connect(m_document.get(), &Document::modifiedChanged, this, [this] { updateTitle(); });
        connect(m_document.get(), &Document::filePathChanged, this, [this](const QString& path) {
            m_fileGuard->lock(path);
            m_fileGuard->watch(path);
            updateTitle();
        });
        connect(m_document.get(), &Document::readOnlyChanged, this, [this] {
            updateTitle();
            updateEditActions();
        });
        connect(m_document.get(), &Document::editRefused, this, [this] {
            m_messageBar->remind();
            statusBar()->showMessage(
                tr("The roadmap is open read-only: choose Edit Anyway to change it."), 5000);
        });
        if (m_fileGuard->lock(m_document->filePath()) == FileGuard::LockResult::HeldElsewhere) {
            m_document->setReadOnly(true);
            showReadOnlyMessage();
        }
        m_fileGuard->watch(m_document->filePath());
    } else {
        m_fileGuard->watch({});
    }
    m_analysis->setDocument(m_document.get());
    m_presentation->setDocument(m_document.get());
    m_reviewHistory->setDocument(m_document.get());
    showStartPage(m_document == nullptr);
    m_timeline->zoomToFit();
    m_dependencies->zoomToFit();
    if (previous) {
        m_undoGroup->removeStack(previous->undoStack());
    }
    updateTitle();
    updateStatus();
    updateEditActions();
}

bool MainWindow::maybeSave() {
    if (!m_document || !m_document->isModified()) {
        return true;
    }
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return saveDocument();
    }
    return answer == QMessageBox::Discard;
}

bool MainWindow::saveDocument() {
    if (!m_document) {
        return false;
    }
    if (m_document->filePath().isEmpty() || m_document->isBundledExample()) {
        m_saveAsAction->trigger();
        return m_document && !m_document->isModified();
    }
    return saveDocumentAs(m_document->filePath());
}

bool MainWindow::saveDocumentAs(const QString& filePath) {
    if (!m_document) {
        return false;
    }
    const auto saved = m_document->saveAs(filePath);
    if (!saved) {
        QMessageBox::critical(this, tr("Cannot Save"),
                              tr("The roadmap could not be saved. The file on disk is unchanged.") +
                                  u"\n\n"_s + toQString(saved.error().describe()));
        return false;
    }
    m_recovery->discard();
    addRecentFile(filePath);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(filePath)), 5000);
    return true;
}

void MainWindow::newRoadmap() {
    if (!maybeSave()) {
        return;
    }
    Roadmap roadmap;
    if (auto bundled = Document::load(defaultRoadmapPath())) {
        const Roadmap& model = (*bundled)->roadmap();
        roadmap.agencies = model.agencies;
        roadmap.destinations = model.destinations;
        roadmap.capabilities = model.capabilities;
    }
    roadmap.title = render::toStdString(tr("Untitled roadmap"));
    const QDate today = QDate::currentDate();
    roadmap.asOf = Date::fromYearMonth(today.year(), today.month());
    setDocument(std::make_unique<Document>(std::move(roadmap)));
}

void MainWindow::closeDocument() {
    if (maybeSave()) {
        setDocument(nullptr);
    }
}

void MainWindow::revert() {
    if (!m_document || m_document->filePath().isEmpty() || !m_document->isModified()) {
        return;
    }
    if (QMessageBox::question(
            this, tr("Revert"),
            tr("Discard your changes and reload %1 from disk?").arg(m_document->displayName())) !=
        QMessageBox::Yes) {
        return;
    }
    auto loaded = Document::load(m_document->filePath());
    if (!loaded) {
        showLoadErrors(m_document->filePath(), loaded.error());
        return;
    }
    m_document->reset((*loaded)->roadmap());
    m_recovery->discard();
}

void MainWindow::fileChangedOnDisk(const QString& filePath) {
    if (!m_document || QFileInfo(filePath) != QFileInfo(m_document->filePath())) {
        return;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return; // removed or being replaced: the next change will tell
    }
    const QByteArray bytes = file.readAll();
    const std::string current = toCanonicalJson(m_document->roadmap());
    if (bytes.size() == static_cast<qsizetype>(current.size()) &&
        std::equal(current.begin(), current.end(), bytes.constBegin())) {
        return; // what we wrote ourselves
    }
    auto parsed =
        parseRoadmap(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                     render::toStdString(filePath));
    if (!parsed) {
        // Never replace the open roadmap by a file that does not load.
        statusBar()->showMessage(
            tr("%1 changed on disk and cannot be read: %2")
                .arg(QFileInfo(filePath).fileName(), toQString(parsed.error().front().message)),
            10000);
        return;
    }
    if (!m_document->isModified()) {
        m_document->reset(std::move(*parsed));
        statusBar()->showMessage(
            tr("Reloaded %1: it changed on disk").arg(m_document->displayName()), 10000);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("File Changed on Disk"),
                                tr("%1 was changed by another program, and you have unsaved "
                                   "changes.")
                                    .arg(m_document->displayName()),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"externalChangeMessage"_s);
    box->setInformativeText(tr("Reload it and lose your changes, or keep your version (saving "
                               "it will replace theirs)?"));
    QPushButton* reload = box->addButton(tr("Reload"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep Mine"), QMessageBox::RejectRole);
    auto newer = std::make_shared<Roadmap>(std::move(*parsed));
    connect(reload, &QPushButton::clicked, this, [this, newer] {
        if (m_document) {
            m_document->reset(*newer);
            m_recovery->discard();
        }
    });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showReadOnlyMessage() {
    const QDateTime since = m_fileGuard->lockedSince();
    const QString file = m_document->displayName();
    const QString owner = m_fileGuard->lockOwner();
    // Whole sentences, so that a translation may order them as its language needs.
    QString text;
    if (!since.isValid()) {
        text = tr("%1 is open in %2. It is open here read-only, so that neither of you "
                  "overwrites the other's changes.")
                   .arg(file, owner);
    } else if (since.date() == QDate::currentDate()) {
        text = tr("%1 is open in %2 since %3 today. It is open here read-only, so that neither "
                  "of you overwrites the other's changes.")
                   .arg(file, owner, QLocale().toString(since.time(), QLocale::ShortFormat));
    } else {
        text = tr("%1 is open in %2 since %3. It is open here read-only, so that neither of you "
                  "overwrites the other's changes.")
                   .arg(file, owner, QLocale().toString(since, QLocale::ShortFormat));
    }
    m_messageBar->showMessage(MessageBar::Kind::Information, text, {m_editAnywayAction});
}

void MainWindow::editAnyway() {
    if (!m_document) {
        return;
    }
    m_document->setReadOnly(false);
    m_messageBar->showMessage(
        MessageBar::Kind::Warning,
        tr("You are editing %1 while %2 has it open: saving here replaces its version, and its "
           "next save replaces yours.")
            .arg(m_document->displayName(), m_fileGuard->lockOwner()));
}

QString MainWindow::roadmapFolder() const {
    if (!m_document || m_document->filePath().isEmpty() || m_document->isBundledExample()) {
        return {};
    }
    return QFileInfo(m_document->filePath()).absolutePath();
}

QString MainWindow::reviewStartFolder() const {
    // Contributions arrive beside the roadmap they are for, or where the last one was.
    const QString beside = roadmapFolder();
    return !beside.isEmpty() ? beside : QSettings().value(kReviewFolderKey).toString();
}

QStringList MainWindow::exampleContributionPaths() {
    QStringList paths;
    const QDir folder(u":/roadmaps/contributions"_s);
    for (const QString& name :
         folder.entryList({u"*.contribution.roadmap.json"_s}, QDir::Files, QDir::Name)) {
        paths << folder.filePath(name);
    }
    return paths;
}

void MainWindow::showStartPage(bool show) {
    if (show) {
        QList<StartPage::Example> examples;
        for (const QString& path : exampleRoadmapPaths()) {
            const auto loaded = loadRoadmapFile(path);
            examples.push_back(
                {path, loaded ? render::documentTitle(*loaded) : QFileInfo(path).fileName()});
        }
        m_startPage->setExamples(examples);
        m_startPage->setRecentFiles(QSettings().value(kRecentFilesKey).toStringList());
    } else {
        m_startPage->setError({}, {}, {});
    }
    if (show == m_startPageShown) {
        return;
    }
    m_startPageShown = show;
    m_central->setCurrentWidget(show ? static_cast<QWidget*>(m_startPage) : m_views);
    // The panels speak of a roadmap: they go with it, and come back as they were.
    if (show) {
        m_hiddenLayout = saveState();
        for (QDockWidget* dock : findChildren<QDockWidget*>()) {
            dock->hide();
        }
        m_filterBar->hide();
    } else if (!m_hiddenLayout.isEmpty()) {
        restoreState(m_hiddenLayout);
        m_hiddenLayout.clear();
    }
}

void MainWindow::editCurrentMission() {
    if (m_selection->current().isEmpty()) {
        return;
    }
    m_inspector->show();
    m_inspector->raise();
    // The inspector follows the selection once the event loop has passed it on.
    QMetaObject::invokeMethod(
        m_inspector, [this] { m_inspector->editor()->focusFirstField(); }, Qt::QueuedConnection);
}

void MainWindow::deleteSelection() {
    if (m_document && !m_selection->isEmpty()) {
        const QStringList ids = m_selection->ids();
        m_selection->clear();
        commands::deleteMissions(*m_document, ids);
    }
}

void MainWindow::offerRecovery() {
    offerRecoveryCopies(Recovery::pending());
}

void MainWindow::offerRecoveryCopies(QList<Recovery::Entry> entries) {
    // The copy is this window's while it is offered (another Orrery may be starting too);
    // the answers share the claim, and each lets it go first.
    auto claimed = std::make_shared<std::unique_ptr<QLockFile>>();
    Recovery::Entry entry;
    while (!*claimed && !entries.isEmpty()) {
        entry = entries.takeFirst();
        *claimed = Recovery::claim(entry);
    }
    if (!*claimed) {
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Recover Unsaved Work"),
        tr("Orrery found unsaved work from %1: \"%2\"%3.")
            .arg(QLocale().toString(entry.savedAt, QLocale::ShortFormat), entry.title,
                 entry.originalPath.isEmpty()
                     ? QString()
                     : tr(", belonging to %1").arg(QDir::toNativeSeparators(entry.originalPath))),
        QMessageBox::NoButton, this);
    box->setObjectName(u"recoveryMessage"_s);
    QString question = tr("Restore it, keep it for later, or delete it for good?");
    if (!entries.isEmpty()) {
        question += u"\n\n"_s +
                    tr("%n more copies are waiting.", nullptr, static_cast<int>(entries.size()));
    }
    box->setInformativeText(question);
    QPushButton* restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    QPushButton* keep = box->addButton(tr("Keep for Later"), QMessageBox::RejectRole);
    QPushButton* remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    // Restoring and deleting take the copy's own lock: the claim goes first.
    connect(restore, &QPushButton::clicked, this, [this, entry, claimed] {
        claimed->reset();
        restoreRecovery(entry.recoveryFile, entry.originalPath);
    });
    // The next copy is offered once this one is answered; a restore ends the offers, since
    // the window holds one roadmap (the others wait for the next start).
    connect(keep, &QPushButton::clicked, this, [this, entries, claimed] {
        claimed->reset();
        offerRecoveryCopies(entries);
    });
    connect(remove, &QPushButton::clicked, this, [this, entry, entries, claimed] {
        claimed->reset();
        Recovery::remove(entry);
        offerRecoveryCopies(entries);
    });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreRecovery(const QString& recoveryFile, const QString& originalPath) {
    auto loaded = Document::load(recoveryFile);
    if (!loaded) {
        showLoadErrors(recoveryFile, loaded.error());
        return;
    }
    auto document = std::make_unique<Document>((*loaded)->roadmap(), originalPath);
    setDocument(std::move(document));
    m_document->markModified();
    // The restored work is copied under the document's own name first; only then does the
    // old copy go, so that a crash now loses nothing.
    if (m_recovery->saveNow() && m_recovery->currentFile() != recoveryFile) {
        Recovery::remove({recoveryFile, originalPath, {}, {}});
    }
    statusBar()->showMessage(tr("Restored unsaved work; save it to keep it"), 10000);
}

void MainWindow::updateEditActions() {
    // Without a roadmap there is nothing to save, show, edit or publish.
    for (QAction* action :
         {m_exportAction, m_printAction, m_findAction, m_zoomInAction, m_zoomOutAction,
          m_zoomFitAction, m_targetSelectionAction, m_targetDefaultAction, m_settingsAction}) {
        action->setEnabled(m_document != nullptr);
    }
    const bool editable = m_document && !m_document->isReadOnly();
    m_deleteAction->setEnabled(editable && !m_selection->isEmpty());
    m_newMissionAction->setEnabled(editable);
    // Saving in place would replace the version of whoever holds the file; Save As may go.
    m_saveAction->setEnabled(editable);
    m_saveAsAction->setEnabled(m_document != nullptr);
    m_revertAction->setEnabled(m_document && !m_document->filePath().isEmpty() &&
                               !m_document->isBundledExample());
    m_closeAction->setEnabled(m_document != nullptr);
    m_saveContributionAction->setEnabled(editable && !m_document->roadmap().agencies.empty());
    m_reviewAction->setEnabled(editable);
    m_exampleContributionsMenu->setEnabled(editable);
    m_settingsAction->setEnabled(editable);
}

void MainWindow::updateStatus() {
    const QString agency = myAgency();
    m_myAgencyButton->setText(agency.isEmpty() ? tr("My agency: not set")
                                               : tr("My agency: %1").arg(agency));
    m_myAgencyButton->setEnabled(m_document && !m_document->roadmap().agencies.empty());
    const Roadmap* roadmap = m_presentation->roadmap();
    if (!roadmap) {
        m_statusSummary->clear();
        return;
    }
    const int total = static_cast<int>(roadmap->missions.size());
    const int shown = m_presentation->visibleCount();
    QString text = shown == total ? tr("Missions: %1").arg(total)
                                  : tr("Missions: %1 of %2 shown").arg(shown).arg(total);
    // The newest figures, said to be checked again while a newer analysis runs.
    if (const auto analysis = m_analysis->latest()) {
        const FindingCounts counts = countFindings(analysis->findings);
        text += u" · "_s + tr("Errors: %1 · Warnings: %2").arg(counts.errors).arg(counts.warnings);
    }
    if (m_analysis->isRunning()) {
        text += u" · "_s + tr("checking...");
    }
    m_statusSummary->setText(text);
}

void MainWindow::updateTitle() {
    if (!m_document) {
        setWindowTitle(QApplication::applicationDisplayName());
        setWindowModified(false);
        return;
    }
    const QString title = toQString(m_document->roadmap().title);
    const QString edition = toQString(m_document->roadmap().edition);
    QString text =
        tr("%1 (%2)[*]")
            .arg(edition.isEmpty() ? title : title + u", "_s + edition, m_document->displayName());
    if (m_document->isReadOnly()) {
        text += u" "_s + tr("[read-only]");
    }
    setWindowTitle(text);
    setWindowModified(m_document->isModified());
}

void MainWindow::openDialog() {
    QSettings settings;
    const QString folder = settings.value(u"lastFolder"_s, QDir::homePath()).toString();
    const QString filePath = QFileDialog::getOpenFileName(
        this, tr("Open Roadmap"), folder, tr("Orrery roadmaps (*.roadmap.json *.json)"));
    if (filePath.isEmpty()) {
        return;
    }
    settings.setValue(u"lastFolder"_s, QFileInfo(filePath).absolutePath());
    openFile(filePath);
}

void MainWindow::showLoadErrors(const QString& filePath, const std::vector<LoadError>& errors) {
    QStringList details;
    for (const LoadError& error : errors) {
        details << toQString(error.describe());
    }
    const LoadError& first = errors.front();
    QString where;
    if (first.line > 0) {
        where = tr("Line %1, column %2: ").arg(first.line).arg(first.column);
    }
    const QString summary =
        where + toQString(first.message) +
        (errors.size() > 1 ? tr("\n\nProblems in all: %1; see the details.").arg(errors.size())
                           : QString());
    if (!m_document) {
        // The start page says it, with the ways to open something else; it names the file
        // once, so the details need not repeat where it is.
        m_startPage->setError(filePath, summary,
                              details.join(u'\n').replace(render::toQString(first.file),
                                                          QFileInfo(filePath).fileName()));
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Roadmap"),
                                tr("%1 could not be opened.").arg(QFileInfo(filePath).fileName()),
                                QMessageBox::Ok, this);
    box->setObjectName(u"loadErrorMessage"_s);
    box->setInformativeText(summary);
    box->setDetailedText(details.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::addRecentFile(const QString& filePath) {
    if (filePath.startsWith(u":/"_s)) {
        return;
    }
    QSettings settings;
    QStringList files = settings.value(kRecentFilesKey).toStringList();
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles) {
        files.removeLast();
    }
    settings.setValue(kRecentFilesKey, files);
    rebuildRecentFilesMenu();
}

void MainWindow::rebuildRecentFilesMenu() {
    if (!m_recentMenu) {
        return;
    }
    m_recentMenu->clear();
    const QStringList files = QSettings().value(kRecentFilesKey).toStringList();
    for (const QString& file : files) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::readSettings() {
    const QSettings settings;
    const bool restored = restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    fitToScreen(!restored);
    const int mode = settings.value(kColorModeKey, 0).toInt();
    for (QAction* action : m_colorModes->actions()) {
        if (action->data().toInt() == mode) {
            action->setChecked(true);
            m_presentation->setColorMode(static_cast<render::ColorMode>(mode));
        }
    }
    m_allArrowsAction->setChecked(settings.value(kAllArrowsKey, false).toBool());
    const QString theme =
        settings.value(kThemeKey, toSettingsValue(ThemeChoice::System)).toString();
    for (QAction* action : m_themes->actions()) {
        action->setChecked(action->data().toString() == theme);
    }
    if (const ThemeChoice choice = themeChoiceFromSettingsValue(theme);
        choice != ThemeChoice::System) {
        applyTheme(choice);
    }
}

void MainWindow::sizeDocks() {
    // A share of the window: on a laptop the timeline keeps most of the width.
    resizeDocks({m_inspector}, {std::clamp(width() / 4, 300, 400)}, Qt::Horizontal);
    resizeDocks({m_findings}, {std::clamp(height() / 5, 140, 220)}, Qt::Vertical);
    resizeDocks({m_inspector, m_legend}, {height() * 3 / 4, height() / 4}, Qt::Vertical);
}

void MainWindow::fitToScreen(bool firstStart) {
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        return;
    }
    // The window system adds a title bar and a frame around the window; before the window is
    // shown they are not known, so leave room for them.
    const QMargins frame = isVisible() && windowHandle()
                               ? windowHandle()->frameMargins()
                               : QMargins(kFrameAllowance / 8, kFrameAllowance, kFrameAllowance / 8,
                                          kFrameAllowance / 8);
    const QRect available = screen->availableGeometry().marginsRemoved(frame);
    if (firstStart) {
        // Generous on a large screen, all of a small one.
        const QSize wanted(std::min(kPreferredSize.width(), available.width() * 9 / 10),
                           std::min(kPreferredSize.height(), available.height() * 9 / 10));
        resize(wanted.boundedTo(available.size()));
        move(available.center() - rect().center());
        sizeDocks();
        return;
    }
    // A maximised window is the window system's to fit.
    if (windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)) {
        return;
    }
    // A layout saved on a larger screen (or at a smaller scale) is brought back inside.
    QRect inner = geometry();
    if (available.contains(inner)) {
        return;
    }
    inner.setSize(inner.size().boundedTo(available.size()));
    inner.moveLeft(
        std::clamp(inner.left(), available.left(), available.right() - inner.width() + 1));
    inner.moveTop(
        std::clamp(inner.top(), available.top(), available.bottom() - inner.height() + 1));
    setGeometry(inner);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // Now the frame is known: make sure all of the window is on the screen.
    if (!event->spontaneous()) {
        fitToScreen(false);
    }
}

void MainWindow::writeSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, m_hiddenLayout.isEmpty() ? saveState() : m_hiddenLayout);
    settings.setValue(kColorModeKey, static_cast<int>(m_presentation->colorMode()));
    settings.setValue(kAllArrowsKey, m_allArrowsAction->isChecked());
}

ContributionDialog* MainWindow::createContributionDialog() {
    if (!m_document) {
        return nullptr;
    }
    // The draft was most likely made from the file that is open, unless that file is the
    // draft itself.
    QString baseline = m_document->filePath();
    if (m_document->roadmap().contribution || baseline.isEmpty()) {
        baseline = QSettings().value(kLastBaselineKey, defaultRoadmapPath()).toString();
    }
    return new ContributionDialog(m_document->roadmap(), baseline, this);
}

bool MainWindow::saveAsContribution(const ContributionChoices& choices) {
    if (!m_document) {
        return false;
    }
    auto baseline = Document::load(choices.baselinePath);
    if (!baseline) {
        showLoadErrors(choices.baselinePath, baseline.error());
        return false;
    }
    const Roadmap& base = (*baseline)->roadmap();
    Contribution header;
    header.agency = render::toStdString(choices.agency);
    header.baseline.title = base.title;
    header.baseline.edition = base.edition;
    header.baseline.fingerprint = contentFingerprint(base);
    header.summary = render::toStdString(choices.summary);
    if (choices.date.isValid()) {
        header.date =
            Date::fromYearMonthDay(choices.date.year(), choices.date.month(), choices.date.day());
    }
    if (m_document->roadmap().contribution != header) {
        Roadmap marked = m_document->roadmap();
        marked.contribution = std::move(header);
        if (!commands::changeRoadmap(*m_document, std::move(marked),
                                     tr("Mark as %1's Contribution").arg(choices.agency))) {
            return false;
        }
    }
    QSettings().setValue(kLastBaselineKey, choices.baselinePath);
    return saveDocumentAs(choices.filePath);
}

std::optional<std::pair<Roadmap, QString>>
MainWindow::findBaseline(const Roadmap& contribution, const QString& contributionPath) const {
    const std::string wanted = contribution.contribution->baseline.fingerprint;
    if (m_document && contentFingerprint(m_document->roadmap()) == wanted) {
        return std::pair{m_document->roadmap(), m_document->filePath()};
    }
    // Where a baseline is usually kept: among the examples, the files opened lately, beside
    // the contribution, or one folder up (contributions often have a folder of their own).
    QStringList candidates = exampleRoadmapPaths();
    candidates += QSettings().value(kRecentFilesKey).toStringList();
    const QDir beside = QFileInfo(contributionPath).absoluteDir();
    for (const QDir& folder : {beside, QDir(beside.absoluteFilePath(u".."_s))}) {
        for (const QString& name :
             folder.entryList({u"*.roadmap.json"_s}, QDir::Files | QDir::Readable, QDir::Name)) {
            candidates << folder.absoluteFilePath(name);
        }
    }
    candidates.removeDuplicates();
    candidates.removeAll(QFileInfo(contributionPath).absoluteFilePath());
    int read = 0;
    for (const QString& candidate : std::as_const(candidates)) {
        if (candidate.endsWith(u".contribution.roadmap.json"_s) ||
            ++read > kMaxBaselineCandidates) {
            continue;
        }
        if (auto loaded = Document::load(candidate);
            loaded && contentFingerprint((*loaded)->roadmap()) == wanted) {
            return std::pair{(*loaded)->roadmap(), candidate};
        }
    }
    return std::nullopt;
}

bool MainWindow::reviewContribution(const QString& contributionPath, const QString& baselinePath,
                                    const QString& contributor) {
    if (!m_document) {
        return false;
    }
    auto loaded = Document::load(contributionPath);
    if (!loaded) {
        showLoadErrors(contributionPath, loaded.error());
        return false;
    }
    Roadmap contribution = (*loaded)->roadmap();
    std::optional<Roadmap> baseline;
    if (!baselinePath.isEmpty()) {
        auto base = Document::load(baselinePath);
        if (!base) {
            showLoadErrors(baselinePath, base.error());
            return false;
        }
        baseline = (*base)->roadmap();
    } else if (!contribution.contribution) {
        // A plain roadmap: compared with the open one, which stands for its baseline.
        baseline = m_document->roadmap();
    } else if (auto found = findBaseline(contribution, contributionPath)) {
        baseline = std::move(found->first);
    } else {
        const BaselineReference& wanted = contribution.contribution->baseline;
        QMessageBox box(QMessageBox::Question, tr("Baseline Not Found"),
                        tr("%1 was drafted from %2 (%3), which is neither the open roadmap nor "
                           "a file beside the contribution.")
                            .arg(QFileInfo(contributionPath).fileName(),
                                 render::toQString(wanted.title),
                                 render::toQString(wanted.edition)),
                        QMessageBox::Cancel, this);
        box.setInformativeText(tr("The merge needs that baseline to tell the agency's changes "
                                  "from what changed in the roadmap since."));
        QPushButton* choose = box.addButton(tr("Choose Baseline..."), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() != choose) {
            return false;
        }
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Baseline of the Contribution"), QFileInfo(contributionPath).absolutePath(),
            tr("Orrery roadmaps (*.json)"));
        if (path.isEmpty()) {
            return false;
        }
        return reviewContribution(contributionPath, path, contributor);
    }

    // A plain roadmap does not say who sent it; the review is judged and recorded for an
    // agency, so ask (the planner's own agency first: drafts mostly come from colleagues).
    QString sender = contributor;
    if (!contribution.contribution && sender.isEmpty()) {
        AgencyDialog ask(m_document->roadmap(), tr("Contributing Agency"),
                         tr("%1 is a plain roadmap, not a contribution: which agency sent it? "
                            "Its changes to other agencies' missions wait for a decision.")
                             .arg(QFileInfo(contributionPath).fileName()),
                         myAgency(), this);
        if (ask.exec() != QDialog::Accepted) {
            return false;
        }
        sender = ask.agency();
    }

    endReview();
    m_review = new ReviewSession(m_document.get(), std::move(*baseline), std::move(contribution),
                                 contributionPath, m_presentation, sender, this);
    // The review's own tab: the proposed timeline above, the changes and decisions below,
    // both the width of the window.
    m_reviewPage = new QSplitter(Qt::Vertical, m_views);
    m_reviewPage->setObjectName(u"reviewPage"_s);
    m_reviewPage->setChildrenCollapsible(false);
    m_proposedTimeline = new TimelineView(m_review->previewPresentation(), m_reviewPage);
    m_proposedTimeline->setObjectName(u"proposedTimeline"_s);
    m_proposedTimeline->setMinimumHeight(kMinimumViewHeight / 2);
    m_reviewPanel = new ReviewPanel(m_review, m_reviewPage);
    m_reviewPage->addWidget(m_proposedTimeline);
    m_reviewPage->addWidget(m_reviewPanel);
    m_reviewPage->setStretchFactor(0, 1);
    m_reviewPage->setStretchFactor(1, 1);
    m_views->addTab(m_reviewPage, tr("Review: Proposed by %1").arg(m_review->contributor()));
    m_views->setCurrentWidget(m_reviewPage);
    m_proposedTimeline->zoomToFit();
    connect(m_reviewPanel, &ReviewPanel::finished, this, &MainWindow::endReview);
    statusBar()->showMessage(tr("Reviewing %1").arg(QDir::toNativeSeparators(contributionPath)),
                             5000);
    return true;
}

void MainWindow::endReview() {
    if (!m_review) {
        return;
    }
    // The panel may be ending itself (Apply, Discard): everything goes once control returns
    // to the event loop, the session last since the others observe it. Until then the
    // session stays quiet.
    m_review->blockSignals(true);
    m_views->removeTab(m_views->indexOf(m_reviewPage));
    m_reviewPage->hide();
    m_reviewPage->deleteLater();
    m_review->deleteLater();
    m_reviewPage = nullptr;
    m_proposedTimeline = nullptr;
    m_reviewPanel = nullptr;
    m_review = nullptr;
    m_views->setCurrentWidget(m_timeline);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Closing without saving was a decision: the recovery copy goes too.
    m_recovery->discard();
    m_fileGuard->unlock();
    writeSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::ApplicationPaletteChange) {
        m_presentation->setTheme(render::Theme::fromPalette(palette()));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showUserGuide() {
    if (!m_help) {
        m_help = new HelpWindow(this);
        m_help->setWindowIcon(windowIcon());
    }
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showAbout() {
    QMessageBox box(this);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(tr("About Orrery"));
    box.setIconPixmap(QIcon(u":/icons/orrery.svg"_s).pixmap(96, 96));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Orrery %1</h3><p>Plans a shared space exploration roadmap: missions to "
                   "the ISS, the Moon, near-Earth asteroids and Mars, their prerequisites and "
                   "their feasibility.</p>")
                    .arg(QApplication::applicationVersion()));
    box.setInformativeText(
        tr("<p>Licensed under the Apache License, Version 2.0.</p>"
           "<p>The example roadmaps follow the International Space Exploration Coordination "
           "Group's Global Exploration Roadmap (2nd edition, August 2013; 3rd edition, "
           "January 2018, <a href=\"https://www.globalspaceexploration.org\">"
           "globalspaceexploration.org</a>); each mission names its sources in its "
           "references.</p><p>Built with Qt %2, Boost.Graph, Graphviz and nlohmann/json.</p>")
            .arg(QString::fromLatin1(qVersion())));
    QPushButton* guide = box.addButton(tr("User Guide"), QMessageBox::HelpRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == guide) {
        showUserGuide();
    }
}

} // namespace orrery::app
