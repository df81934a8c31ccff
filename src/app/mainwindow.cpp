#include "mainwindow.h"

#include "document.h"
#include "models/findingtablemodel.h"
#include "models/missiontablemodel.h"

#include <orrery/analysis/feasibility.h>

#include <render/qtconvert.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
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

QTableView* makeTableView(QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(u"mainWindow"_s);
    m_missionModel = new MissionTableModel(this);
    m_missionProxy = new QSortFilterProxyModel(this);
    m_missionProxy->setSourceModel(m_missionModel);
    m_missionProxy->setSortRole(MissionTableModel::SortRole);
    m_findingModel = new FindingTableModel(this);
    m_findingProxy = new QSortFilterProxyModel(this);
    m_findingProxy->setSourceModel(m_findingModel);
    m_findingProxy->setSortRole(FindingTableModel::SortRole);

    createActions();
    createCentralArea();
    createDocks();
    createMenus();

    m_statusSummary = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusSummary);
    readSettings();
    updateTitle();
}

MainWindow::~MainWindow() = default;

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

void MainWindow::createActions() {
    m_openAction = new QAction(tr("&Open..."), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a roadmap file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
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

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_findingsDock->toggleViewAction());

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About Orrery"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createCentralArea() {
    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);
    m_missionView = makeTableView(m_views);
    m_missionView->setObjectName(u"missionTable"_s);
    m_missionView->setModel(m_missionProxy);
    m_missionView->sortByColumn(MissionTableModel::Start, Qt::AscendingOrder);
    m_views->addTab(m_missionView, tr("Missions"));
    setCentralWidget(m_views);
}

void MainWindow::createDocks() {
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(u"findingsDock"_s);
    m_findingsView = makeTableView(m_findingsDock);
    m_findingsView->setObjectName(u"findingsTable"_s);
    m_findingsView->setModel(m_findingProxy);
    m_findingsView->sortByColumn(FindingTableModel::SeverityColumn, Qt::DescendingOrder);
    m_findingsDock->setWidget(m_findingsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    resizeDocks({m_findingsDock}, {160}, Qt::Vertical);
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
    m_missionModel->setDocument(document.get());
    m_document = std::move(document);
    if (m_document) {
        m_document->setParent(this);
        connect(m_document.get(), &Document::roadmapReset, this, &MainWindow::refreshAnalysis);
    }
    refreshAnalysis();
    m_missionView->resizeColumnsToContents();
    updateTitle();
}

void MainWindow::refreshAnalysis() {
    std::vector<Finding> findings;
    if (m_document) {
        findings = checkFeasibility(m_document->roadmap());
    }
    const FindingCounts counts = countFindings(findings);
    m_findingModel->setFindings(std::move(findings));
    m_findingsView->resizeColumnsToContents();
    const int missions = m_document ? static_cast<int>(m_document->roadmap().missions.size()) : 0;
    m_statusSummary->setText(tr("Missions: %1 · Errors: %2 · Warnings: %3")
                                 .arg(missions)
                                 .arg(counts.errors)
                                 .arg(counts.warnings));
}

void MainWindow::updateTitle() {
    if (!m_document) {
        setWindowTitle(QApplication::applicationDisplayName());
        return;
    }
    const QString title = toQString(m_document->roadmap().title);
    setWindowTitle(tr("%1 (%2)[*]").arg(title, m_document->displayName()));
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
        resize(1400, 860);
    }
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::writeSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    writeSettings();
    event->accept();
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
