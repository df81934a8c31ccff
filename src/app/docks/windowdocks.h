#pragma once

#include <QList>

class QAction;
class QDockWidget;
class QMainWindow;
class QUndoGroup;

namespace orrery::app {

class ComparisonDock;
class FindingsDock;
class HistoryDock;
class RepositoryHistory;
class InspectorDock;
class KnowledgeGapsDock;
class LegendDock;
class MissionTableDock;
class Presentation;
class ReviewHistoryDock;
class TraceabilityDock;

/// The main window's panels: the inspector and the legend on the right; the findings, the
/// mission table, the traceability matrix, the knowledge gaps, the comparison of scenarios,
/// the history of edits and
/// the history of reviews as tabs below.
struct WindowDocks {
    InspectorDock* inspector = nullptr;
    LegendDock* legend = nullptr;
    FindingsDock* findings = nullptr;
    MissionTableDock* missionTable = nullptr;
    TraceabilityDock* traceability = nullptr;
    KnowledgeGapsDock* knowledgeGaps = nullptr;
    ComparisonDock* comparison = nullptr;
    /// The edits that can be undone.
    QDockWidget* history = nullptr;
    ReviewHistoryDock* reviewHistory = nullptr;
    /// The commits of the roadmap's git repository.
    HistoryDock* repositoryHistory = nullptr;

    static WindowDocks create(QMainWindow* window, Presentation* presentation,
                              QUndoGroup* undoGroup, RepositoryHistory* repositoryHistory);
    /// Their first sizes, a share of the window: on a laptop the timeline keeps most of it.
    void size(QMainWindow& window) const;
    /// View > Panels.
    QList<QAction*> toggles() const;
};

} // namespace orrery::app
