#include "windowdocks.h"

#include "../history/historydock.h"
#include "../history/missionhistoryview.h"
#include "../presentation.h"
#include "../scenarios/comparisondock.h"
#include "../selection.h"
#include "../views/porkchopview.h"
#include "findingsdock.h"
#include "inspectordock.h"
#include "knowledgegapsdock.h"
#include "legenddock.h"
#include "missiontabledock.h"
#include "reviewhistorydock.h"
#include "traceabilitydock.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QUndoView>

#include <algorithm>

namespace orrery::app {

WindowDocks WindowDocks::create(QMainWindow* window, Presentation* presentation,
                                QUndoGroup* undoGroup, RepositoryHistory* repositoryHistory) {
    WindowDocks docks;
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    docks.inspector = new InspectorDock(presentation, window);
    window->addDockWidget(Qt::RightDockWidgetArea, docks.inspector);
    docks.legend = new LegendDock(presentation, window);
    window->addDockWidget(Qt::RightDockWidgetArea, docks.legend);
    docks.findings = new FindingsDock(presentation, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, docks.findings);
    docks.missionTable = new MissionTableDock(presentation, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, docks.missionTable);
    window->tabifyDockWidget(docks.findings, docks.missionTable);
    docks.traceability = new TraceabilityDock(presentation, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, docks.traceability);
    window->tabifyDockWidget(docks.missionTable, docks.traceability);
    docks.knowledgeGaps = new KnowledgeGapsDock(presentation, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, docks.knowledgeGaps);
    window->tabifyDockWidget(docks.traceability, docks.knowledgeGaps);
    docks.comparison = new ComparisonDock(presentation, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, docks.comparison);
    window->tabifyDockWidget(docks.knowledgeGaps, docks.comparison);
    // Opened when asked for (the scenario bar's Compare button, View > Panels): one more tab
    // would widen the window past a small screen's.
    docks.comparison->hide();
    docks.history = new QDockWidget(
        QCoreApplication::translate("orrery::app::MainWindow", "Undo History"), window);
    docks.history->setObjectName(QStringLiteral("historyDock"));
    auto* history = new QUndoView(undoGroup, docks.history);
    history->setObjectName(QStringLiteral("historyView"));
    history->setEmptyLabel(QCoreApplication::translate("orrery::app::MainWindow", "<opened>"));
    docks.history->setWidget(history);
    window->addDockWidget(Qt::BottomDockWidgetArea, docks.history);
    window->tabifyDockWidget(docks.comparison, docks.history);
    docks.reviewHistory = new ReviewHistoryDock(window);
    window->addDockWidget(Qt::BottomDockWidgetArea, docks.reviewHistory);
    window->tabifyDockWidget(docks.history, docks.reviewHistory);
    QObject::connect(docks.reviewHistory, &ReviewHistoryDock::missionActivated,
                     presentation->selection(), &MissionSelection::reveal);
    docks.repositoryHistory = new HistoryDock(repositoryHistory, presentation, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, docks.repositoryHistory);
    window->tabifyDockWidget(docks.reviewHistory, docks.repositoryHistory);
    docks.inspector->addSection(new PorkchopView(presentation));
    docks.inspector->addSection(new MissionHistoryView(repositoryHistory, presentation));
    docks.findings->raise();
    return docks;
}

void WindowDocks::size(QMainWindow& window) const {
    const int width = window.width();
    const int height = window.height();
    window.resizeDocks({inspector}, {std::clamp(width / 4, 300, 400)}, Qt::Horizontal);
    window.resizeDocks({findings}, {std::clamp(height / 5, 140, 220)}, Qt::Vertical);
    window.resizeDocks({inspector, legend}, {height * 3 / 4, height / 4}, Qt::Vertical);
}

QList<QAction*> WindowDocks::toggles() const {
    return {inspector->toggleViewAction(),     findings->toggleViewAction(),
            missionTable->toggleViewAction(),  traceability->toggleViewAction(),
            knowledgeGaps->toggleViewAction(), comparison->toggleViewAction(),
            legend->toggleViewAction(),        history->toggleViewAction(),
            reviewHistory->toggleViewAction(), repositoryHistory->toggleViewAction()};
}

} // namespace orrery::app
