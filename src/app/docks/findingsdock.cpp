#include "findingsdock.h"

#include "../analysiscontroller.h"
#include "../models/findingtablemodel.h"
#include "../presentation.h"
#include "../selection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace orrery::app {

/// The code of the findings listed only on request: in a roadmap being traced to its
/// objectives, one per mission would bury the rest.
constexpr std::string_view kOnRequest = "mission-without-objective";

/// Keeps the findings at or above a severity whose text contains the search.
class FindingFilterModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMinimumSeverity(Severity severity) {
        m_minimum = severity;
        invalidateFilter();
    }
    void setShowOnRequest(bool show) {
        m_showOnRequest = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const auto* model = static_cast<const FindingTableModel*>(sourceModel());
        const auto index = static_cast<std::size_t>(row);
        if (index < model->findings().size()) {
            const Finding& finding = model->findings()[index];
            if (finding.severity < m_minimum || (!m_showOnRequest && finding.code == kOnRequest)) {
                return false;
            }
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    Severity m_minimum = Severity::Info;
    bool m_showOnRequest = false;
};

FindingsDock::FindingsDock(Presentation* presentation, QWidget* parent)
    : QDockWidget(tr("Findings"), parent), m_presentation(presentation) {
    setObjectName(QStringLiteral("findingsDock"));
    m_model = new FindingTableModel(this);
    m_filter = new FindingFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(FindingTableModel::SortRole);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* controls = new QHBoxLayout;
    m_severity = new QComboBox(content);
    m_severity->setObjectName(QStringLiteral("findingsSeverity"));
    m_severity->addItem(tr("All findings"), static_cast<int>(Severity::Info));
    m_severity->addItem(tr("Warnings and errors"), static_cast<int>(Severity::Warning));
    m_severity->addItem(tr("Errors only"), static_cast<int>(Severity::Error));
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("findingsSearch"));
    m_search->setPlaceholderText(tr("Filter findings"));
    m_search->setClearButtonEnabled(true);
    m_unassigned = new QCheckBox(tr("Missions without objective"), content);
    m_unassigned->setObjectName(QStringLiteral("findingsUnassigned"));
    m_unassigned->setToolTip(tr("Also list each mission that pursues none of the roadmap's "
                                "objectives"));
    controls->addWidget(m_severity);
    controls->addWidget(m_unassigned);
    controls->addWidget(m_search, 1);
    layout->addLayout(controls);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("findingsTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingTableModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumSeverity(static_cast<Severity>(m_severity->currentData().toInt()));
    });
    connect(m_unassigned, &QCheckBox::toggled, m_filter, &FindingFilterModel::setShowOnRequest);
    connect(m_view, &QTableView::activated, this, &FindingsDock::activate);
    connect(presentation->analysis(), &AnalysisController::updated, this, &FindingsDock::refresh);
    refresh();
}

void FindingsDock::refresh() {
    // The newest findings stay listed while the roadmap is checked again (a large roadmap is
    // checked in the background), and the title says they are being checked.
    const AnalysisController* analyses = m_presentation->analysis();
    const auto analysis = analyses->latest();
    m_model->setFindings(analysis ? analysis->findings : std::vector<Finding>{});
    setWindowTitle(analyses->current() || !analysis ? tr("Findings")
                                                    : tr("Findings (checking...)"));
    m_view->resizeColumnToContents(FindingTableModel::SeverityColumn);
    m_view->resizeColumnToContents(FindingTableModel::Code);
    m_view->resizeColumnToContents(FindingTableModel::Missions);
}

void FindingsDock::activate(const QModelIndex& index) {
    const QStringList missions =
        index.siblingAtColumn(0).data(FindingTableModel::MissionIdsRole).toStringList();
    if (!missions.isEmpty()) {
        m_presentation->selection()->reveal(missions.first());
    }
}

} // namespace orrery::app
