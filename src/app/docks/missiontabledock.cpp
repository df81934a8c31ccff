#include "missiontabledock.h"

#include "../models/missiontablemodel.h"
#include "../presentation.h"
#include "../selection.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace orrery::app {

/// Hides the rows of missions the filter hides.
class VisibleMissionsModel : public QSortFilterProxyModel {
public:
    VisibleMissionsModel(Presentation* presentation, QObject* parent)
        : QSortFilterProxyModel(parent), m_presentation(presentation) {}

    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override {
        const auto& missions = m_presentation->context().missions;
        const auto index = static_cast<std::size_t>(row);
        return index >= missions.size() || (missions[index].visible && !missions[index].dimmed);
    }

private:
    Presentation* m_presentation;
};

MissionTableDock::MissionTableDock(Presentation* presentation, QWidget* parent)
    : QDockWidget(tr("Missions"), parent), m_presentation(presentation) {
    setObjectName(QStringLiteral("missionTableDock"));
    m_model = new MissionTableModel(this);
    m_model->setEditions(presentation->editions());
    auto* proxy = new VisibleMissionsModel(presentation, this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MissionTableModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("missionTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MissionTableModel::Start, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    setWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MissionTableDock::selectionFromTable);
    connect(presentation, &Presentation::changed, this, [this, proxy](Presentation::Update update) {
        if (update != Presentation::Update::Repaint) {
            // Sorting reads every row and sizing columns a thousand: a table out of sight
            // keeps the roadmap's order and its columns until it is in sight again.
            if (m_view->visibleRegion().isEmpty() && proxy->sortColumn() >= 0) {
                proxy->sort(-1);
            }
            m_model->setDocument(m_presentation->document());
            proxy->refilter();
            m_columnsSized = false;
            settleIfShown();
        }
        selectionToTable();
    });
    // Shown, or its tab chosen: size once the layout has settled, if it is still in sight.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            QTimer::singleShot(0, this, &MissionTableDock::settleIfShown);
        }
    });
    connect(presentation->selection(), &MissionSelection::revealRequested, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            m_view->scrollTo(rows.first());
        }
    });
}

void MissionTableDock::settleIfShown() {
    // A panel whose tab is behind another's counts as visible, but nothing of it shows.
    if (m_view->visibleRegion().isEmpty()) {
        return;
    }
    if (m_proxy->sortColumn() < 0) {
        const QHeaderView* header = m_view->horizontalHeader();
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    if (!m_columnsSized) {
        m_view->resizeColumnsToContents();
        m_columnsSized = true;
    }
}

void MissionTableDock::selectionFromTable() {
    if (m_syncing) {
        return;
    }
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        ids << index.data(MissionTableModel::MissionIdRole).toString();
    }
    const QString current = m_view->currentIndex().isValid()
                                ? m_view->currentIndex()
                                      .siblingAtColumn(0)
                                      .data(MissionTableModel::MissionIdRole)
                                      .toString()
                                : QString();
    m_syncing = true;
    m_presentation->selection()->select(ids, ids.contains(current) ? current : QString());
    m_syncing = false;
}

void MissionTableDock::selectionToTable() {
    if (m_syncing) {
        return;
    }
    m_syncing = true;
    QItemSelection selection;
    const MissionSelection* missions = m_presentation->selection();
    for (const QString& id : missions->ids()) {
        const int row = m_model->rowOf(id);
        if (row < 0) {
            continue;
        }
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            selection.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
}

} // namespace orrery::app
