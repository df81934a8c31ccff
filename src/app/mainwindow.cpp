#include "mainwindow.h"

#include "analysiscontroller.h"
#include "docks/findingsdock.h"
#include "docks/inspectordock.h"
#include "docks/legenddock.h"
#include "docks/missiontabledock.h"
#include "document.h"
#include "filterbar.h"
#include "presentation.h"
#include "selection.h"
#include "views/graph/dependencyview.h"
#include "views/timeline/timelineview.h"

#include <render/qtconvert.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace orrery::app {

using namespace Qt::StringLiterals;
using render::toQString;

namespace {

constexpr int kMaxRecentFiles = 10;
const auto kRecentFilesKey = u"recentFiles"_s;
const auto kGeometryKey = u"mainWindow/geometry"_s;
const auto kStateKey = u"mainWindow/state"_s;
const auto kColorModeKey = u"view/colorMode"_s;
const auto kAllArrowsKey = u"view/allArrows"_s;

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(u"mainWindow"_s);
    m_selection = new MissionSelection(this);
    m_analysis = new AnalysisController(this);
    m_presentation = new Presentation(m_selection, m_analysis, this);

    createActions();
    createCentralArea();
    createDocks();
    createMenus();

    m_statusSummary = new QLabel(this);
    m_statusSummary->setObjectName(u"statusSummary"_s);
    statusBar()->addPermanentWidget(m_statusSummary);
    connect(m_presentation, &Presentation::changed, this, &MainWindow::updateStatus);
    readSettings();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() {
    // The views observe the document: let them go first.
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
            if (m_views->currentWidget() == m_timeline) {
                (m_timeline->*timeline)();
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

    m_targetSelectionAction = new QAction(tr("Critical Path to &Selected Mission"), this);
    connect(m_targetSelectionAction, &QAction::triggered, this,
            [this] { m_analysis->setTarget(m_selection->current()); });
    m_targetDefaultAction = new QAction(tr("Critical Path to &Latest Mission"), this);
    connect(m_targetDefaultAction, &QAction::triggered, this,
            [this] { m_analysis->setTarget({}); });
}

void MainWindow::createMenus() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openAction);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_examplesMenu = fileMenu->addMenu(tr("Open &Example"));
    for (const QString& path : exampleRoadmapPaths()) {
        QAction* action = m_examplesMenu->addAction(QFileInfo(path).fileName());
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    rebuildRecentFilesMenu();
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_findAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_zoomInAction);
    viewMenu->addAction(m_zoomOutAction);
    viewMenu->addAction(m_zoomFitAction);
    viewMenu->addSeparator();
    viewMenu->addActions(m_colorModes->actions());
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
    panels->addAction(m_filterBar->toggleViewAction());

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
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
    m_views->addTab(m_timeline, tr("Timeline"));
    m_views->addTab(m_dependencies, tr("Dependencies"));
    setCentralWidget(m_views);

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
    m_findings->raise();
    resizeDocks({m_inspector}, {380}, Qt::Horizontal);
    resizeDocks({m_findings}, {190}, Qt::Vertical);
    resizeDocks({m_inspector, m_legend}, {520, 300}, Qt::Vertical);
}

bool MainWindow::openFile(const QString& filePath) {
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
    std::unique_ptr<Document> previous = std::move(m_document);
    m_document = std::move(document);
    if (m_document) {
        m_document->setParent(this);
    }
    m_selection->clear();
    m_filterBar->reset();
    m_analysis->setDocument(m_document.get());
    m_presentation->setDocument(m_document.get());
    m_timeline->zoomToFit();
    m_dependencies->zoomToFit();
    updateTitle();
    updateStatus();
}

void MainWindow::updateStatus() {
    const Roadmap* roadmap = m_presentation->roadmap();
    if (!roadmap) {
        m_statusSummary->clear();
        return;
    }
    const int total = static_cast<int>(roadmap->missions.size());
    const int shown = m_presentation->visibleCount();
    QString text = shown == total ? tr("Missions: %1").arg(total)
                                  : tr("Missions: %1 of %2 shown").arg(shown).arg(total);
    if (const auto analysis = m_analysis->current()) {
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
        return;
    }
    const QString title = toQString(m_document->roadmap().title);
    const QString edition = toQString(m_document->roadmap().edition);
    setWindowTitle(
        tr("%1 (%2)[*]")
            .arg(edition.isEmpty() ? title : title + u", "_s + edition, m_document->displayName()));
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
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Roadmap"),
                                tr("%1 could not be opened.").arg(QFileInfo(filePath).fileName()),
                                QMessageBox::Ok, this);
    box->setObjectName(u"loadErrorMessage"_s);
    box->setInformativeText(
        where + toQString(first.message) +
        (errors.size() > 1 ? tr("\n\nProblems in all: %1; see the details.").arg(errors.size())
                           : QString()));
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
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1600, 960);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    const int mode = settings.value(kColorModeKey, 0).toInt();
    for (QAction* action : m_colorModes->actions()) {
        if (action->data().toInt() == mode) {
            action->setChecked(true);
            m_presentation->setColorMode(static_cast<render::ColorMode>(mode));
        }
    }
    m_allArrowsAction->setChecked(settings.value(kAllArrowsKey, false).toBool());
}

void MainWindow::writeSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kColorModeKey, static_cast<int>(m_presentation->colorMode()));
    settings.setValue(kAllArrowsKey, m_allArrowsAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event) {
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

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Orrery"),
        tr("<h3>Orrery %1</h3><p>Plans a shared space exploration roadmap: missions to the "
           "ISS, the Moon, near-Earth asteroids and Mars, their prerequisites and their "
           "feasibility.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace orrery::app
