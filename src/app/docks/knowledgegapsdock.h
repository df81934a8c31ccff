#pragma once

#include <QDockWidget>

class QSortFilterProxyModel;
class QTableView;

namespace orrery::app {

class KnowledgeGapModel;
class Presentation;

/// The knowledge gaps: who closes each when, who needs it when, the margin in months. A
/// double-click leads to the mission of the cell (the closer in the closing columns).
class KnowledgeGapsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit KnowledgeGapsDock(Presentation* presentation, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    KnowledgeGapModel* model() const { return m_model; }

private:
    Presentation* m_presentation;
    KnowledgeGapModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
};

} // namespace orrery::app
