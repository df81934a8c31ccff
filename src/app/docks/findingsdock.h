#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace orrery::app {

class FindingTableModel;
class FindingFilterModel;
class Presentation;

/// The findings of the analysis as a sortable list, filtered by severity and text; a
/// double-click selects the first mission of a finding and brings it into view. Missions
/// without an objective are listed only on request.
class FindingsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit FindingsDock(Presentation* presentation, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* severityChooser() const { return m_severity; }
    /// Whether missions that pursue no objective are listed (they are not by default).
    QCheckBox* unassignedToggle() const { return m_unassigned; }

private:
    void refresh();
    void activate(const QModelIndex& index);

    Presentation* m_presentation;
    FindingTableModel* m_model;
    FindingFilterModel* m_filter;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_severity;
    QCheckBox* m_unassigned;
};

} // namespace orrery::app
