#pragma once

#include <QDockWidget>

class QLineEdit;
class QTableView;

namespace orrery::app {

class Presentation;
class TraceabilityModel;
class TraceabilityProxy;

/// The traceability matrix: goals and objectives down, missions across (grouped by
/// destination; those the filter hides are left out). Sorting keeps each objective under
/// its goal; the search keeps the goals and objectives whose names hold it. A click on a
/// mark or a mission's heading selects the mission.
class TraceabilityDock : public QDockWidget {
    Q_OBJECT

public:
    explicit TraceabilityDock(Presentation* presentation, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    TraceabilityModel* model() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }

private:
    void showFilteredColumns();
    void activateColumn(int column);

    Presentation* m_presentation;
    TraceabilityModel* m_model;
    TraceabilityProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_search;
};

} // namespace orrery::app
