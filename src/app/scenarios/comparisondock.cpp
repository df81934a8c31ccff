#include "comparisondock.h"

#include "../docks/refreshinsight.h"
#include "../document.h"

#include <orrery/analysis/scenarios.h>

#include <render/utf8.h>

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace orrery::app {

using namespace Qt::StringLiterals;
using render::toQString;
using render::toStdString;

namespace {

QString joined(const std::vector<std::string>& ids, const QString& separator = u", "_s) {
    QStringList list;
    for (const std::string& id : ids) {
        list << toQString(id);
    }
    return list.join(separator);
}

QString monthText(const std::optional<MonthIndex>& month) {
    return month ? toQString(monthIndexToString(*month)) : QString();
}

} // namespace

ComparisonDock::ComparisonDock(Presentation* presentation, QWidget* parent)
    : QDockWidget(tr("Compare Scenarios"), parent), m_presentation(presentation) {
    setObjectName(u"comparisonDock"_s);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_target = new QLabel(content);
    m_target->setObjectName(u"comparisonTarget"_s);
    layout->addWidget(m_target);
    m_table = new QTableWidget(content);
    m_table->setObjectName(u"comparisonTable"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Scenario"), tr("Target earliest"), tr("Target planned"),
                                        tr("Critical path"), tr("Errors"), tr("Warnings"),
                                        tr("Objectives open"), tr("Gaps open"), tr("Added"),
                                        tr("Dropped"), tr("Changed")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    setWidget(content);
    // Enter activates; a double-click does in every style (showing it twice is nothing).
    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row, int) { showScenarioAt(row); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { showScenarioAt(row); });
    refreshWhenInSight(
        this, m_presentation, [this] { refresh(); },
        [this] {
            m_table->setRowCount(0);
            m_target->clear();
        });
}

void ComparisonDock::refresh() {
    Document* document = m_presentation->document();
    m_table->setRowCount(0);
    if (!document) {
        m_target->clear();
        return;
    }
    const Roadmap& whole = document->wholeRoadmap();
    const ScenarioComparison comparison = compareScenarios(whole);
    const Mission* target = whole.missions.find(comparison.target);
    m_target->setText(
        whole.scenarios.empty()
            ? tr("The roadmap defines no scenarios. A scenario changes, adds or drops missions "
                 "of the plan: one is written in the roadmap's file (see the guide).")
            : tr("Measured towards %1; double-click a row to show that scenario.")
                  .arg(target ? toQString(target->name) : tr("no target")));
    m_table->setRowCount(static_cast<int>(comparison.rows.size()));
    for (int row = 0; row < static_cast<int>(comparison.rows.size()); ++row) {
        const ScenarioFigures& figures = comparison.rows[static_cast<std::size_t>(row)];
        const auto set = [&](Column column, const QString& text, const QString& tip = {}) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            if (column == Errors || column == Warnings) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(row, column, item);
        };
        set(Name, figures.scenario.empty() ? tr("Plan") : toQString(figures.name));
        m_table->item(row, Name)->setData(Qt::UserRole, toQString(figures.scenario));
        if (figures.scenario == document->scenario()) {
            QFont bold = m_table->font();
            bold.setBold(true);
            m_table->item(row, Name)->setFont(bold);
        }
        if (!figures.error.empty()) {
            set(TargetEarliest, tr("cannot be resolved"), toQString(figures.error));
            continue;
        }
        set(TargetEarliest,
            figures.targetFlies ? monthText(figures.targetEarliestStart) : tr("not flown"));
        set(TargetPlanned, monthText(figures.targetPlannedStart));
        set(CriticalPath, joined(figures.criticalPath, u" \u2192 "_s));
        set(Errors, QString::number(figures.findings.errors));
        set(Warnings, QString::number(figures.findings.warnings));
        set(ObjectivesOpen, joined(figures.objectivesOpen));
        set(GapsOpen, joined(figures.gapsOpen));
        set(Added, joined(figures.added));
        set(Dropped, joined(figures.dropped));
        set(Changed, joined(figures.changed));
    }
    m_table->resizeColumnsToContents();
}

void ComparisonDock::showScenarioAt(int row) {
    Document* document = m_presentation->document();
    const QTableWidgetItem* item = m_table->item(row, Name);
    if (!document || !item) {
        return;
    }
    // After the table's own event: showing the scenario fills the table anew.
    QMetaObject::invokeMethod(
        this,
        [this, id = toStdString(item->data(Qt::UserRole).toString())] {
            if (Document* shownIn = m_presentation->document()) {
                [[maybe_unused]] const auto shown = shownIn->showScenario(id);
            }
        },
        Qt::QueuedConnection);
}

} // namespace orrery::app
