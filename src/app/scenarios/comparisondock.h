#pragma once

#include <QDockWidget>

class QLabel;
class QTableWidget;

namespace orrery::app {

class Presentation;

/// The plan and its scenarios side by side: when the target mission may start in each, its
/// critical path, the findings by severity, the objectives and knowledge gaps left open, and
/// the missions each adds, drops and changes. A double-click shows that scenario.
class ComparisonDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ComparisonDock(Presentation* presentation, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

    /// The columns, in order.
    enum Column {
        Name,
        TargetEarliest,
        TargetPlanned,
        CriticalPath,
        Errors,
        Warnings,
        ObjectivesOpen,
        GapsOpen,
        Added,
        Dropped,
        Changed,
        ColumnCount
    };

private:
    void refresh();
    void showScenarioAt(int row);

    Presentation* m_presentation;
    QLabel* m_target;
    QTableWidget* m_table;
};

} // namespace orrery::app
