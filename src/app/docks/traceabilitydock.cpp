#include "traceabilitydock.h"

#include "../models/traceabilitymodel.h"
#include "../presentation.h"
#include "../selection.h"
#include "refreshinsight.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace orrery::app {

/// Sorts objectives within their goal, the goal's row first, and keeps the rows whose goal
/// or objective holds the search.
class TraceabilityProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override {
        const auto rank = [](const QModelIndex& index) {
            return index.data(TraceabilityModel::GoalRankRole).toULongLong();
        };
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        // Whatever the order asked for, goals keep theirs and lead their objectives: the
        // comparison is turned so that the view's reversal undoes it.
        if (rank(left) != rank(right)) {
            return ascending ? rank(left) < rank(right) : rank(left) > rank(right);
        }
        const bool leftGoal = left.data(TraceabilityModel::IsGoalRole).toBool();
        const bool rightGoal = right.data(TraceabilityModel::IsGoalRole).toBool();
        if (leftGoal != rightGoal) {
            return ascending ? leftGoal : rightGoal;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }

    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QRegularExpression pattern = filterRegularExpression();
        if (pattern.pattern().isEmpty()) {
            return true;
        }
        const auto* model = sourceModel();
        const QModelIndex index = model->index(row, TraceabilityModel::Name, parent);
        if (index.data().toString().contains(pattern)) {
            return true;
        }
        // A goal stays when one of its objectives matches; an objective when its goal does.
        const auto rank = index.data(TraceabilityModel::GoalRankRole);
        for (int other = 0; other < model->rowCount(parent); ++other) {
            const QModelIndex candidate = model->index(other, TraceabilityModel::Name, parent);
            if (candidate.data(TraceabilityModel::GoalRankRole) != rank || other == row) {
                continue;
            }
            const bool candidateIsGoal = candidate.data(TraceabilityModel::IsGoalRole).toBool();
            const bool rowIsGoal = index.data(TraceabilityModel::IsGoalRole).toBool();
            if ((rowIsGoal || candidateIsGoal) && candidate.data().toString().contains(pattern)) {
                return true;
            }
        }
        return false;
    }
};

/// Mission headings written upwards, so that a column is as narrow as a mark and every id
/// reads whole.
class UprightHeader : public QHeaderView {
public:
    explicit UprightHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent) {
        setSectionsClickable(true);
        setHighlightSections(false);
    }

protected:
    QSize sizeHint() const override {
        QSize size = QHeaderView::sizeHint();
        int longest = 0;
        for (int section = TraceabilityModel::FirstMission; section < count(); ++section) {
            longest =
                std::max(longest, fontMetrics().horizontalAdvance(
                                      model()->headerData(section, Qt::Horizontal).toString()));
        }
        size.setHeight(std::max(size.height(), longest + fontMetrics().height()));
        return size;
    }

    void paintSection(QPainter* painter, const QRect& rect, int section) const override {
        if (section < TraceabilityModel::FirstMission) {
            QHeaderView::paintSection(painter, rect, section);
            return;
        }
        // The frame and background as the style draws them, the text turned upright.
        QStyleOptionHeader option;
        initStyleOption(&option);
        option.rect = rect;
        option.section = section;
        style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);
        painter->save();
        painter->translate(rect.left() + (rect.width() + fontMetrics().ascent()) / 2 - 2,
                           rect.bottom() - fontMetrics().height() / 2);
        painter->rotate(-90);
        painter->setPen(palette().color(QPalette::ButtonText));
        painter->drawText(0, 0, model()->headerData(section, Qt::Horizontal).toString());
        painter->restore();
    }
};

TraceabilityDock::TraceabilityDock(Presentation* presentation, QWidget* parent)
    : QDockWidget(tr("Traceability"), parent), m_presentation(presentation) {
    setObjectName(QStringLiteral("traceabilityDock"));
    m_model = new TraceabilityModel(this);
    m_proxy = new TraceabilityProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TraceabilityModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("traceabilitySearch"));
    m_search->setPlaceholderText(tr("Filter goals and objectives"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("traceabilityTable"));
    m_view->setHorizontalHeader(new UprightHeader(m_view));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 3 / 2);
    m_view->horizontalHeader()->setMinimumSectionSize(m_view->fontMetrics().height());
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_search, &QLineEdit::textChanged, m_proxy, [this](const QString& text) {
        m_proxy->setFilterRegularExpression(QRegularExpression(
            QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption));
    });
    connect(m_view, &QTableView::clicked, this,
            [this](const QModelIndex& index) { activateColumn(index.column()); });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this,
            &TraceabilityDock::activateColumn);
    refreshWhenInSight(
        this, presentation,
        [this] {
            m_model->setRoadmap(m_presentation->roadmap());
            m_view->resizeColumnToContents(TraceabilityModel::Name);
            m_view->resizeColumnToContents(TraceabilityModel::Count);
            showFilteredColumns();
        },
        [this] { m_model->setRoadmap(nullptr); });
}

void TraceabilityDock::activateColumn(int column) {
    const QString id = m_proxy->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    if (m_model->missionOfColumn(column)) {
        m_presentation->selection()->reveal(id);
    }
}

void TraceabilityDock::showFilteredColumns() {
    const auto& missions = m_presentation->context().missions;
    for (int column = TraceabilityModel::FirstMission; column < m_model->columnCount(); ++column) {
        const auto mission = m_model->missionOfColumn(column);
        const bool shown = !mission || *mission >= missions.size() ||
                           (missions[*mission].visible && !missions[*mission].dimmed);
        m_view->setColumnHidden(column, !shown);
    }
}

} // namespace orrery::app
