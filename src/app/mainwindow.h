#pragma once

#include "docks/windowdocks.h"
#include "documentcontroller.h"
#include "filecommands.h"
#include "importcommands.h"
#include "recovery.h"
#include "review/reviewcommands.h"
#include "windowactions.h"

#include <orrery/io/loaderror.h>
#include <orrery/roadmap.h>

#include <QMainWindow>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QPrinter;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QUndoGroup;

namespace orrery::app {

class AnalysisController;
class ContributionDialog;
class DependencyView;
class Document;
class ExportDialog;
class ImportDialog;
class Publishing;
class FileGuard;
class FilterBar;
class FindingsDock;
class HelpWindow;
class InspectorDock;
class LegendDock;
class KnowledgeGapsDock;
class MissionSelection;
class MissionTableDock;
class Presentation;
class ReviewPage;
class ScenarioCommands;
class ReviewPanel;
class ReviewHistoryDock;
class TraceabilityDock;
class ReviewSession;
class HistoryDock;
class RepositoryHistory;
class ReviewWorkflow;
class StatusSummary;
class MessageBar;
class ComparisonDock;
class ScenarioBar;
class StartPage;
class TimelineView;
struct ContributionChoices;

/// The application's icon, in every size the window system may ask for.
QIcon applicationIcon();

/// The application's main window: the timeline and the dependency diagram in the centre,
/// docks for the inspector, findings, mission table and legend around them. It holds the
/// current Document and wires the shared selection, analysis and presentation.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a roadmap file (or a bundled example, ":/roadmaps/..."). On failure the current
    /// roadmap stays open and a message lists every problem with its place in the file.
    bool openFile(const QString& filePath) { return m_files->open(filePath); }
    void setDocument(std::unique_ptr<Document> document);

    /// Saves to the document's file; asks for one if it has none (or is a bundled example).
    bool saveDocument() { return m_files->save(); }
    /// Saves to `filePath`, which becomes the document's file. Reports failures.
    bool saveDocumentAs(const QString& filePath) { return m_files->saveAs(filePath); }
    /// A new roadmap with the ISECG agencies, the GER's destinations and capabilities.
    void newRoadmap() { m_files->newRoadmap(); }
    /// Asks whether to save unsaved changes; false when the planner cancels.
    bool maybeSave() { return m_files->maybeSave(); }
    /// Offers the recovery copies a crash left behind.
    void offerRecovery() { m_files->offerRecovery(); }
    Recovery* recovery() const { return m_documents->recovery(); }
    FileGuard* fileGuard() const { return m_documents->fileGuard(); }
    Document* document() const { return m_documents->document(); }
    /// The open roadmap's life: open, save, revert, lock, watch, recovery.
    DocumentController* documents() const { return m_documents; }
    /// Reviewing contributions and drafting one.
    ReviewWorkflow* reviews() const { return m_reviews; }

    /// File > Export: the dialog for the current roadmap, with the window's filter and
    /// colours (not yet shown; it deletes itself when closed). Null without a roadmap.
    ExportDialog* createExportDialog();
    /// Prints the publication with the last export choices on the printer's paper.
    bool printTo(QPrinter& printer);

    /// File > Save as Contribution: the dialog, not yet shown; null without a roadmap.
    ContributionDialog* createContributionDialog() {
        return m_reviewCommands->createContributionDialog();
    }
    /// Marks the roadmap as the agency's contribution and saves it to the chosen file.
    bool saveAsContribution(const ContributionChoices& choices) {
        return m_reviewCommands->saveAsContribution(choices);
    }
    /// File > Review Contribution: reviews the contribution against the open roadmap (see
    /// ReviewCommands::review) in its own tab.
    bool reviewContribution(const QString& contributionPath, const QString& baselinePath = {},
                            const QString& contributor = {}) {
        return m_reviewCommands->review(contributionPath, baselinePath, contributor);
    }
    /// File > Import: the import dialog of a file (null when it cannot be read), and what
    /// its choices make (see ImportCommands).
    ImportDialog* createImportDialog(const QString& filePath) {
        return m_importCommands->createImportDialog(filePath);
    }
    bool finishImport(const ImportDialog& dialog, const QString& contributionPath = {}) {
        return m_importCommands->finish(dialog, contributionPath);
    }
    /// Closes the review without applying it.
    void endReview();
    ReviewSession* review() const;
    /// The review's tab: the proposed timeline above the review panel.
    QSplitter* reviewPage() const;
    ReviewPanel* reviewPanel() const;
    TimelineView* proposedTimeline() const;
    ReviewHistoryDock* reviewHistory() const { return m_docks.reviewHistory; }
    /// Help > User Guide's window, once it has been opened.
    HelpWindow* helpWindow() const { return m_help; }

    /// The roadmap opened when no file is given: the bundled GER 2013 roadmap.
    static QString defaultRoadmapPath() { return DocumentController::defaultRoadmapPath(); }
    /// The bundled example roadmaps, as resource paths.
    static QStringList exampleRoadmapPaths() { return DocumentController::exampleRoadmapPaths(); }
    /// The bundled example contributions (drafted from GER 2013), as resource paths.
    static QStringList exampleContributionPaths() {
        return DocumentController::exampleContributionPaths();
    }
    /// The folder of the open roadmap's file; empty for an example or an untitled roadmap.
    QString roadmapFolder() const { return m_documents->folder(); }
    /// Where File > Review Contribution starts looking: beside the roadmap.
    QString reviewStartFolder() const { return m_reviewCommands->startFolder(); }

    MissionSelection* selection() const { return m_selection; }
    AnalysisController* analysis() const { return m_analysis; }
    Presentation* presentation() const { return m_presentation; }
    QTabWidget* views() const { return m_views; }
    TimelineView* timelineView() const { return m_timeline; }
    StartPage* startPage() const { return m_startPage; }
    MessageBar* messageBar() const { return m_messageBar; }
    DependencyView* dependencyView() const { return m_dependencies; }
    InspectorDock* inspector() const { return m_docks.inspector; }
    /// The commits of the roadmap's git repository.
    HistoryDock* repositoryHistoryDock() const { return m_docks.repositoryHistory; }
    RepositoryHistory* repositoryHistory() const { return m_repositoryHistory; }
    FindingsDock* findingsDock() const { return m_docks.findings; }
    MissionTableDock* missionTableDock() const { return m_docks.missionTable; }
    TraceabilityDock* traceabilityDock() const { return m_docks.traceability; }
    ComparisonDock* comparisonDock() const { return m_docks.comparison; }
    KnowledgeGapsDock* knowledgeGapsDock() const { return m_docks.knowledgeGaps; }
    FilterBar* filterBar() const { return m_filterBar; }
    ScenarioBar* scenarioBar() const { return m_scenarioBar; }
    ScenarioCommands* scenarioCommands() const { return m_scenarioCommands; }
    QTableView* missionView() const;
    QTableView* findingsView() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The scenario bar beside the filter bar where both fit, on a row of its own below it
    /// where they do not (a laptop's screen, a scenario's notice shown): never half hidden
    /// behind the tool bar's overflow button.
    void placeScenarioBar();
    void connectActions();
    void createCentralArea();
    void rebuildFileMenus();
    void updateTitle();
    void updateEditActions();
    /// Views, panels and actions follow the roadmap the document controller has open.
    void documentChanged(Document* document);
    void deleteSelection();
    /// The start page instead of the views, when no roadmap is open.
    void showStartPage(bool show);
    /// Shows the current mission's fields in the inspector, the cursor in the first.
    void editCurrentMission();
    void showUserGuide();
    /// The review's tab: the proposed timeline above the decisions.
    void showReview(ReviewSession* session);
    void hideReview();

    DocumentController* m_documents = nullptr;
    ReviewWorkflow* m_reviews = nullptr;
    RepositoryHistory* m_repositoryHistory = nullptr;
    FileCommands* m_files = nullptr;
    ScenarioCommands* m_scenarioCommands = nullptr;
    ReviewCommands* m_reviewCommands = nullptr;
    ImportCommands* m_importCommands = nullptr;
    MissionSelection* m_selection = nullptr;
    AnalysisController* m_analysis = nullptr;
    Presentation* m_presentation = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    WindowActions m_actions;
    WindowMenus m_menus;

    QStackedWidget* m_central = nullptr;
    StartPage* m_startPage = nullptr;
    MessageBar* m_messageBar = nullptr;
    /// The panels' layout while the start page hides them.
    QByteArray m_hiddenLayout;
    bool m_startPageShown = false;
    QTabWidget* m_views = nullptr;
    TimelineView* m_timeline = nullptr;
    DependencyView* m_dependencies = nullptr;
    WindowDocks m_docks;
    Publishing* m_publishing = nullptr;
    FilterBar* m_filterBar = nullptr;
    ScenarioBar* m_scenarioBar = nullptr;
    StatusSummary* m_status = nullptr;
    ReviewPage* m_reviewPage = nullptr;
    HelpWindow* m_help = nullptr;
};

} // namespace orrery::app
