#include "knowledgegapsdock.h"

#include "../models/knowledgegapmodel.h"
#include "../presentation.h"
#include "../selection.h"
#include "refreshinsight.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace orrery::app {

KnowledgeGapsDock::KnowledgeGapsDock(Presentation* presentation, QWidget* parent)
    : QDockWidget(tr("Knowledge Gaps"), parent), m_presentation(presentation) {
    setObjectName(QStringLiteral("knowledgeGapsDock"));
    m_model = new KnowledgeGapModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(KnowledgeGapModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("knowledgeGapsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the roadmap's order of gaps
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    setWidget(m_view);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(KnowledgeGapModel::MissionIdRole).toString();
        if (!id.isEmpty()) {
            m_presentation->selection()->reveal(id);
        }
    });
    refreshWhenInSight(
        this, presentation,
        [this] {
            m_model->setRoadmap(m_presentation->roadmap());
            m_view->resizeColumnsToContents();
        },
        [this] { m_model->setRoadmap(nullptr); });
}

} // namespace orrery::app
