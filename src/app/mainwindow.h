#pragma once

#include "recovery.h"

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
class FileGuard;
class FilterBar;
class FindingsDock;
class HelpWindow;
class InspectorDock;
class LegendDock;
class MissionSelection;
class MissionTableDock;
class Presentation;
class ReviewPanel;
class ReviewHistoryDock;
class ReviewSession;
class MessageBar;
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
    bool openFile(const QString& filePath);
    void setDocument(std::unique_ptr<Document> document);

    /// Saves to the document's file; asks for one if it has none (or is a bundled example).
    bool saveDocument();
    /// Saves to `filePath`, which becomes the document's file. Reports failures.
    bool saveDocumentAs(const QString& filePath);
    /// A new roadmap with the ISECG agencies, the GER's destinations and capabilities.
    void newRoadmap();
    /// Asks whether to save unsaved changes; false when the planner cancels.
    bool maybeSave();
    /// Offers the recovery copies a crash left behind.
    void offerRecovery();
    Recovery* recovery() const { return m_recovery; }
    FileGuard* fileGuard() const { return m_fileGuard; }
    Document* document() const { return m_document.get(); }

    /// File > Export: the dialog for the current roadmap, with the window's filter and
    /// colours (not yet shown; it deletes itself when closed). Null without a roadmap.
    ExportDialog* createExportDialog();
    /// Prints the publication with the last export choices on the printer's paper.
    bool printTo(QPrinter& printer);

    /// File > Save as Contribution: the dialog, not yet shown; null without a roadmap.
    ContributionDialog* createContributionDialog();
    /// Marks the roadmap as the agency's contribution drafted from the chosen baseline (one
    /// undoable step) and saves it to the chosen file, which becomes the document's.
    bool saveAsContribution(const ContributionChoices& choices);

    /// File > Review Contribution: reviews the contribution against the open roadmap. The
    /// baseline is `baselinePath`, or else the roadmap the contribution names by
    /// fingerprint: the open one, an example, a recent file, or one beside the contribution;
    /// failing those the planner is asked. Opens the review panel and the proposed timeline.
    /// A plain roadmap (no contribution header) is reviewed as `contributor`'s; the planner
    /// is asked when it is not given.
    bool reviewContribution(const QString& contributionPath, const QString& baselinePath = {},
                            const QString& contributor = {});
    /// Closes the review without applying it.
    void endReview();
    ReviewSession* review() const { return m_review; }
    /// The review's tab: the proposed timeline above the review panel.
    QSplitter* reviewPage() const { return m_reviewPage; }
    ReviewPanel* reviewPanel() const { return m_reviewPanel; }
    TimelineView* proposedTimeline() const { return m_proposedTimeline; }
    ReviewHistoryDock* reviewHistory() const { return m_reviewHistory; }
    /// Help > User Guide's window, once it has been opened.
    HelpWindow* helpWindow() const { return m_help; }

    /// The roadmap opened when no file is given: the bundled GER 2013 roadmap.
    static QString defaultRoadmapPath();
    /// The bundled example roadmaps, as resource paths.
    static QStringList exampleRoadmapPaths();
    /// The bundled example contributions (drafted from GER 2013), as resource paths.
    static QStringList exampleContributionPaths();
    /// The folder of the open roadmap's file; empty for an example or an untitled roadmap.
    QString roadmapFolder() const;
    /// Where File > Review Contribution starts looking: beside the roadmap.
    QString reviewStartFolder() const;

    MissionSelection* selection() const { return m_selection; }
    AnalysisController* analysis() const { return m_analysis; }
    Presentation* presentation() const { return m_presentation; }
    QTabWidget* views() const { return m_views; }
    TimelineView* timelineView() const { return m_timeline; }
    StartPage* startPage() const { return m_startPage; }
    MessageBar* messageBar() const { return m_messageBar; }
    DependencyView* dependencyView() const { return m_dependencies; }
    InspectorDock* inspector() const { return m_inspector; }
    FindingsDock* findingsDock() const { return m_findings; }
    MissionTableDock* missionTableDock() const { return m_missionTable; }
    FilterBar* filterBar() const { return m_filterBar; }
    QTableView* missionView() const;
    QTableView* findingsView() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createDocks();
    void readSettings();
    /// Sizes the first window from the screen, or brings a restored one inside it.
    void fitToScreen(bool firstStart);
    /// The docks' first sizes, after the window's.
    void sizeDocks();
    void writeSettings() const;
    void openDialog();
    void showLoadErrors(const QString& filePath, const std::vector<LoadError>& errors);
    void addRecentFile(const QString& filePath);
    void rebuildRecentFilesMenu();
    void updateStatus();
    void updateTitle();
    void updateEditActions();
    void fileChangedOnDisk(const QString& filePath);
    void revert();
    void closeDocument();
    void deleteSelection();
    /// The start page instead of the views, when no roadmap is open.
    void showStartPage(bool show);
    /// Says that the roadmap is open read-only, who holds it, and offers Edit Anyway.
    void showReadOnlyMessage();
    /// Lifts read-only, and warns what saving now means.
    void editAnyway();
    /// Shows the current mission's fields in the inspector, the cursor in the first.
    void editCurrentMission();
    void restoreRecovery(const QString& recoveryFile, const QString& originalPath);
    /// Offers the first copy, and the others one by one as each is answered.
    void offerRecoveryCopies(QList<Recovery::Entry> entries);
    void showAbout();
    void showUserGuide();
    void showExportDialog();
    void print();
    /// The roadmap the contribution names as its baseline, and its file, when it is found.
    std::optional<std::pair<Roadmap, QString>> findBaseline(const Roadmap& contribution,
                                                            const QString& contributionPath) const;

    std::unique_ptr<Document> m_document;
    MissionSelection* m_selection = nullptr;
    AnalysisController* m_analysis = nullptr;
    Presentation* m_presentation = nullptr;

    QStackedWidget* m_central = nullptr;
    StartPage* m_startPage = nullptr;
    MessageBar* m_messageBar = nullptr;
    /// The panels' layout while the start page hides them.
    QByteArray m_hiddenLayout;
    bool m_startPageShown = false;
    QTabWidget* m_views = nullptr;
    TimelineView* m_timeline = nullptr;
    DependencyView* m_dependencies = nullptr;
    InspectorDock* m_inspector = nullptr;
    FindingsDock* m_findings = nullptr;
    MissionTableDock* m_missionTable = nullptr;
    LegendDock* m_legend = nullptr;
    FilterBar* m_filterBar = nullptr;
    QLabel* m_statusSummary = nullptr;
    QToolButton* m_myAgencyButton = nullptr;
    QDockWidget* m_historyDock = nullptr;
    ReviewHistoryDock* m_reviewHistory = nullptr;
    ReviewSession* m_review = nullptr;
    QSplitter* m_reviewPage = nullptr;
    ReviewPanel* m_reviewPanel = nullptr;
    TimelineView* m_proposedTimeline = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    FileGuard* m_fileGuard = nullptr;
    HelpWindow* m_help = nullptr;
    Recovery* m_recovery = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_revertAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_saveContributionAction = nullptr;
    QAction* m_reviewAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_editAnywayAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_newMissionAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomFitAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_allArrowsAction = nullptr;
    QAction* m_targetSelectionAction = nullptr;
    QAction* m_targetDefaultAction = nullptr;
    QActionGroup* m_colorModes = nullptr;
    QActionGroup* m_themes = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_examplesMenu = nullptr;
    QMenu* m_exampleContributionsMenu = nullptr;
};

} // namespace orrery::app
