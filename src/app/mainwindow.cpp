#include "mainwindow.h"

#include "analysiscontroller.h"
#include "commands/commands.h"
#include "dialogs/contributiondialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/publishing.h"
#include "dialogs/roadmapsettingsdialog.h"
#include "docks/findingsdock.h"
#include "docks/inspectordock.h"
#include "docks/missioneditor.h"
#include "docks/missiontabledock.h"
#include "docks/reviewhistorydock.h"
#include "docks/windowdocks.h"
#include "document.h"
#include "filecommands.h"
#include "filterbar.h"
#include "help/aboutbox.h"
#include "help/helpwindow.h"
#include "help/shortcutsdialog.h"
#include "history/repositoryhistory.h"
#include "presentation.h"
#include "prompts.h"
#include "review/reviewcommands.h"
#include "review/reviewmodel.h"
#include "review/reviewpage.h"
#include "review/reviewpanel.h"
#include "review/reviewsession.h"
#include "review/reviewworkflow.h"
#include "scenarios/comparisondock.h"
#include "scenarios/scenariobar.h"
#include "scenarios/scenariocommands.h"
#include "selection.h"
#include "statussummary.h"
#include "views/graph/dependencyview.h"
#include "views/startpage.h"
#include "views/timeline/timelineview.h"
#include "widgets/messagebar.h"
#include "windowgeometry.h"
#include "windowsettings.h"

#include <orrery/resolution.h>

#include <render/utf8.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

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
using render::toQString;

QIcon applicationIcon() {
    initResources();
    // The sizes drawn from resources/icons/orrery.svg, which the window system picks from.
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        icon.addFile(u":/icons/orrery-%1.png"_s.arg(size), QSize(size, size));
    }
    return icon;
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    initResources();
    setObjectName(u"mainWindow"_s);
    // Windows show the application's icon; decoding its sizes once is enough.
    if (QApplication::windowIcon().availableSizes().isEmpty()) {
        QApplication::setWindowIcon(applicationIcon());
    }
    m_documents = new DocumentController(this);
    m_selection = new MissionSelection(this);
    m_analysis = new AnalysisController(this);
    m_presentation = new Presentation(m_selection, m_analysis, this);
    m_reviews = new ReviewWorkflow(m_documents, m_presentation, this);
    m_undoGroup = new QUndoGroup(this);
    m_actions = WindowActions::create(this, m_undoGroup);

    m_publishing = new Publishing(m_presentation, this);
    createCentralArea();
    m_files = new FileCommands(m_documents, this, m_startPage, m_messageBar, m_actions.editAnyway);
    m_reviewCommands = new ReviewCommands(m_reviews, m_documents, m_files, this);
    m_importCommands = new ImportCommands(m_documents, m_files, m_reviewCommands, this);
    m_repositoryHistory = new RepositoryHistory(this);
    m_docks = WindowDocks::create(this, m_presentation, m_undoGroup, m_repositoryHistory);
    m_scenarioBar->setCompareAction(m_docks.comparison->toggleViewAction());
    m_docks.size(*this);
    m_menus = addMenus(menuBar(), m_actions, {m_filterBar->hideAction()},
                       m_docks.toggles() << m_filterBar->toggleViewAction());
    m_scenarioCommands = new ScenarioCommands([this] { return document(); }, this);
    m_menus.scenario->addActions({m_scenarioCommands->newScenario(),
                                  m_scenarioCommands->renameScenario(),
                                  m_scenarioCommands->deleteScenario()});
    connect(m_scenarioCommands, &ScenarioCommands::refused, this,
            [this](const QString& reason) { statusBar()->showMessage(reason, 8000); });
    rebuildFileMenus();
    connectActions();
    m_status = new StatusSummary(m_presentation, statusBar());

    connect(m_documents, &DocumentController::aboutToChangeDocument, m_messageBar,
            &MessageBar::hide);
    connect(m_documents, &DocumentController::documentChanged, this, &MainWindow::documentChanged);
    connect(m_documents, &DocumentController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_documents, &DocumentController::recentFilesChanged, this,
            &MainWindow::rebuildFileMenus);
    connect(m_reviews, &ReviewWorkflow::started, this, &MainWindow::showReview);
    connect(m_reviews, &ReviewWorkflow::ended, this, &MainWindow::hideReview);
    connect(m_publishing, &Publishing::message, statusBar(), &QStatusBar::showMessage);
    connect(m_scenarioBar, &ScenarioBar::message, statusBar(), &QStatusBar::showMessage);
    connect(m_reviewCommands, &ReviewCommands::message, statusBar(), &QStatusBar::showMessage);
    connect(m_importCommands, &ImportCommands::message, statusBar(), &QStatusBar::showMessage);
    connect(m_selection, &MissionSelection::changed, this, &MainWindow::updateEditActions);
    if (!restoreWindowSettings(*this, m_actions, m_presentation)) {
        m_docks.size(*this);
    }
    showStartPage(true);
    updateTitle();
    updateEditActions();
}

MainWindow::~MainWindow() {
    // The views observe the document: let them go first, the review's with them (a page of
    // an ended review may still wait for the event loop), then the review itself.
    qDeleteAll(findChildren<ReviewPage*>());
    delete m_reviews;
    m_presentation->setDocument(nullptr);
    m_analysis->setDocument(nullptr);
}

QTableView* MainWindow::missionView() const {
    return m_docks.missionTable->view();
}

QTableView* MainWindow::findingsView() const {
    return m_docks.findings->view();
}

ReviewSession* MainWindow::review() const {
    return m_reviews->session();
}

QSplitter* MainWindow::reviewPage() const {
    return m_reviewPage;
}

ReviewPanel* MainWindow::reviewPanel() const {
    return m_reviewPage ? m_reviewPage->panel() : nullptr;
}

TimelineView* MainWindow::proposedTimeline() const {
    return m_reviewPage ? m_reviewPage->proposedTimeline() : nullptr;
}

void MainWindow::connectActions() {
    const WindowActions& a = m_actions;
    connect(a.newRoadmap, &QAction::triggered, m_files, &FileCommands::newRoadmap);
    connect(a.open, &QAction::triggered, m_files, &FileCommands::openWithDialog);
    connect(a.save, &QAction::triggered, m_files, &FileCommands::save);
    connect(a.saveAs, &QAction::triggered, m_files, &FileCommands::saveWithDialog);
    connect(a.revert, &QAction::triggered, m_files, &FileCommands::revert);
    connect(a.close, &QAction::triggered, m_files, &FileCommands::close);
    connect(a.editAnyway, &QAction::triggered, m_files, &FileCommands::editAnyway);
    connect(a.saveContribution, &QAction::triggered, m_reviewCommands,
            &ReviewCommands::saveAsContributionWithDialog);
    connect(a.review, &QAction::triggered, m_reviewCommands, &ReviewCommands::reviewWithDialog);
    connect(a.importPlan, &QAction::triggered, m_importCommands, &ImportCommands::importWithDialog);
    connect(a.exportRoadmap, &QAction::triggered, this, [this] {
        if (ExportDialog* dialog = createExportDialog()) {
            dialog->open();
        }
    });
    connect(a.print, &QAction::triggered, m_publishing, &Publishing::print);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    connect(a.newMission, &QAction::triggered, this, [this] {
        m_views->setCurrentWidget(m_timeline);
        m_timeline->newMissionAt(m_timeline->newMissionPosition());
    });
    connect(a.deleteMissions, &QAction::triggered, this, &MainWindow::deleteSelection);
    connect(a.find, &QAction::triggered, this, [this] {
        m_filterBar->show();
        m_filterBar->searchField()->setFocus();
        m_filterBar->searchField()->selectAll();
    });
    connect(a.settings, &QAction::triggered, this, [this] {
        if (!document()) {
            return;
        }
        RoadmapSettingsDialog dialog(document()->roadmap(), this);
        if (dialog.exec() == QDialog::Accepted) {
            if (auto edited = dialog.result()) {
                commands::changeRoadmap(*document(), std::move(*edited),
                                        tr("Change roadmap settings"));
            }
        }
    });

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
    connect(a.zoomIn, &QAction::triggered, this,
            onCurrentView(&TimelineView::zoomIn, &DependencyView::zoomIn));
    connect(a.zoomOut, &QAction::triggered, this,
            onCurrentView(&TimelineView::zoomOut, &DependencyView::zoomOut));
    connect(a.zoomFit, &QAction::triggered, this,
            onCurrentView(&TimelineView::zoomToFit, &DependencyView::zoomToFit));
    connectViewOptions(a, m_presentation, m_analysis, m_selection);

    connect(a.userGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(a.shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    connect(a.about, &QAction::triggered, this, [this] {
        if (showAboutBox(this)) {
            showUserGuide();
        }
    });
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildFileMenus() {
    const auto open = [this](const QString& path) { openFile(path); };
    fillFileMenu(m_menus.recent, recentFileEntries(), open);
    if (m_menus.examples->isEmpty()) { // the bundled files do not change
        fillFileMenu(m_menus.examples, exampleRoadmapEntries(), open);
        fillFileMenu(m_menus.exampleContributions, exampleContributionEntries(),
                     [this](const QString& path) { reviewContribution(path); });
    }
}

ExportDialog* MainWindow::createExportDialog() {
    return m_publishing->createExportDialog(roadmapFolder());
}

bool MainWindow::printTo(QPrinter& printer) {
    return m_publishing->printTo(printer);
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
    connect(m_startPage, &StartPage::openRequested, this, [this] { m_files->openWithDialog(); });
    connect(m_startPage, &StartPage::newRequested, this, [this] { m_files->newRoadmap(); });
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
    m_scenarioBar = new ScenarioBar(m_presentation, this);
    addToolBar(Qt::TopToolBarArea, m_scenarioBar);
    m_scenarioBar->installEventFilter(this);
}

void MainWindow::placeScenarioBar() {
    if (toolBarArea(m_scenarioBar) != Qt::TopToolBarArea ||
        toolBarArea(m_filterBar) != Qt::TopToolBarArea) {
        return; // moved by the planner: where they put it
    }
    const int needed = m_filterBar->sizeHint().width() + m_scenarioBar->sizeHint().width() + 24;
    const bool ownRow = needed > width();
    if (ownRow != toolBarBreak(m_scenarioBar)) {
        if (ownRow) {
            insertToolBarBreak(m_scenarioBar);
        } else {
            removeToolBarBreak(m_scenarioBar);
        }
    }
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    placeScenarioBar();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    // The bar asks for another size when its notice comes or goes.
    if (watched == m_scenarioBar && event->type() == QEvent::LayoutRequest) {
        QMetaObject::invokeMethod(this, &MainWindow::placeScenarioBar, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setDocument(std::unique_ptr<Document> document) {
    m_documents->setDocument(std::move(document));
}

void MainWindow::documentChanged(Document* document) {
    m_selection->clear();
    m_filterBar->reset();
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        connect(document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::scenarioShown, this, [this] {
            updateTitle();
            updateEditActions();
        });
        connect(document, &Document::readOnlyChanged, this, [this] {
            updateTitle();
            updateEditActions();
        });
        connect(document, &Document::editRefused, this, [this] {
            m_messageBar->remind();
            statusBar()->showMessage(
                tr("The roadmap is open read-only: choose Edit Anyway to change it."), 5000);
        });
    }
    m_analysis->setDocument(document);
    m_docks.reviewHistory->setDocument(document);
    m_repositoryHistory->setDocument(document);
    // The panels come back before the views lay out the new roadmap: the timeline then
    // fits it once, to its final size, rather than once for every size on the way.
    showStartPage(document == nullptr);
    m_presentation->setDocument(document);
    m_timeline->zoomToFit();
    m_dependencies->zoomToFit();
    updateTitle();
    updateEditActions();
    // A merge that could not decide everything left its conflicts in the file: deciding
    // them is the first thing to do with it.
    if (const std::optional<QString> problem = m_reviews->startRecordedConflicts()) {
        statusBar()->showMessage(*problem, 15000);
    }
}

void MainWindow::showStartPage(bool show) {
    if (show) {
        m_startPage->setExamplePaths(exampleRoadmapPaths());
        m_startPage->setRecentFiles(DocumentController::recentFiles());
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
    m_docks.inspector->show();
    m_docks.inspector->raise();
    // The inspector follows the selection once the event loop has passed it on.
    QMetaObject::invokeMethod(
        m_docks.inspector, [this] { m_docks.inspector->editor()->focusFirstField(); },
        Qt::QueuedConnection);
}

void MainWindow::deleteSelection() {
    if (document() && !m_selection->isEmpty()) {
        const QStringList ids = m_selection->ids();
        m_selection->clear();
        commands::deleteMissions(*document(), ids);
    }
}

void MainWindow::updateEditActions() {
    const WindowActions& a = m_actions;
    const Document* open = document();
    // Without a roadmap there is nothing to save, show, edit or publish.
    for (QAction* action : {a.exportRoadmap, a.print, a.find, a.zoomIn, a.zoomOut, a.zoomFit,
                            a.targetSelection, a.targetDefault, a.saveAs, a.close}) {
        action->setEnabled(open != nullptr);
    }
    const bool editable = open && !open->isReadOnly();
    a.deleteMissions->setEnabled(editable && !m_selection->isEmpty());
    // Saving in place would replace the version of whoever holds the file; Save As may go.
    for (QAction* action : {a.newMission, a.save, a.review, a.settings}) {
        action->setEnabled(editable);
    }
    a.revert->setEnabled(open && !open->filePath().isEmpty() && !open->isBundledExample());
    a.saveContribution->setEnabled(editable && !open->roadmap().agencies.empty());
    m_menus.exampleContributions->setEnabled(editable);
    m_scenarioCommands->update();
}

void MainWindow::updateTitle() {
    const Document* open = document();
    if (!open) {
        setWindowTitle(QApplication::applicationDisplayName());
        setWindowModified(false);
        return;
    }
    const QString title = toQString(open->roadmap().title);
    const QString edition = toQString(open->roadmap().edition);
    QString text =
        tr("%1 (%2)[*]")
            .arg(edition.isEmpty() ? title : title + u", "_s + edition, open->displayName());
    if (const Scenario* scenario = open->wholeRoadmap().scenarios.find(open->scenario())) {
        text += u" \u2014 "_s + tr("scenario %1").arg(toQString(nameOf(*scenario)));
    }
    if (open->isReadOnly()) {
        text += u" "_s + tr("[read-only]");
    }
    setWindowTitle(text);
    setWindowModified(open->isModified());
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // Now the frame is known: make sure all of the window is on the screen.
    if (!event->spontaneous()) {
        fitToScreen(*this, false);
    }
}

void MainWindow::showReview(ReviewSession* session) {
    m_reviewPage = new ReviewPage(session, m_views);
    m_views->addTab(m_reviewPage, session->resolvesRecordedConflicts()
                                      ? tr("Merge Conflicts")
                                      : tr("Review: Proposed by %1").arg(session->contributor()));
    m_views->setCurrentWidget(m_reviewPage);
    m_reviewPage->proposedTimeline()->zoomToFit();
    if (session->resolvesRecordedConflicts() && !session->items().empty()) {
        // The first conflict is the first thing to look at: its row current, its mission
        // brought into view above.
        m_reviewPage->panel()->view()->setCurrentIndex(
            m_reviewPage->panel()->model()->indexOf(session->items().front().change.subject()));
    }
    connect(m_reviewPage->panel(), &ReviewPanel::finished, m_reviews, &ReviewWorkflow::end);
}

void MainWindow::endReview() {
    m_reviews->end();
}

void MainWindow::hideReview() {
    if (!m_reviewPage) {
        return;
    }
    // The panel may be ending the review itself (Apply, Discard): the page goes once control
    // returns to the event loop.
    m_views->removeTab(m_views->indexOf(m_reviewPage));
    m_reviewPage->hide();
    m_reviewPage->deleteLater();
    m_reviewPage = nullptr;
    m_views->setCurrentWidget(m_timeline);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Closing without saving was a decision: the recovery copy goes too.
    m_documents->shutDown();
    saveWindowSettings(*this, m_hiddenLayout.isEmpty() ? saveState() : m_hiddenLayout, m_actions,
                       *m_presentation);
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

} // namespace orrery::app
