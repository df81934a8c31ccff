#pragma once

#include <QDockWidget>

class QSortFilterProxyModel;
class QTableView;

namespace orrery::app {

class MissionTableModel;
class Presentation;

/// The missions as a sortable table that shares the views' selection and filter.
class MissionTableDock : public QDockWidget {
    Q_OBJECT

public:
    explicit MissionTableDock(Presentation* presentation, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    MissionTableModel* model() const { return m_model; }

private:
    /// Sorts the rows and sizes the columns, once the table is in sight.
    void settleIfShown();
    void selectionFromTable();
    void selectionToTable();

    Presentation* m_presentation;
    MissionTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    bool m_syncing = false;
    bool m_columnsSized = false;
};

} // namespace orrery::app
