#pragma once

#include <orrery/analysis/strategy.h>
#include <orrery/roadmap.h>

#include <QAbstractTableModel>

#include <vector>

namespace orrery::app {

/// Where each knowledge gap stands: a row per mission that needs it (a gap nothing needs
/// has a row of its own), with the mission that closes it first, when, the margin in months
/// and whether that is in time.
class KnowledgeGapModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Gap, ClosedBy, ClosedFrom, NeededBy, Start, Margin, Status, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        /// The mission a row leads to: in the closing columns the closer, otherwise the
        /// mission that needs the gap (or, without one, the closer).
        MissionIdRole,
    };

    explicit KnowledgeGapModel(QObject* parent = nullptr);

    /// Works the standings out again from the roadmap (null: no roadmap).
    void setRoadmap(const Roadmap* roadmap);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        std::size_t gap = 0;
        std::optional<GapNeed> need;
        /// The first closing of the gap that counts for the row.
        std::optional<GapClosing> closing;
    };

    QString statusText(const Row& row) const;

    const Roadmap* m_roadmap = nullptr;
    std::vector<Row> m_rows;
};

} // namespace orrery::app
