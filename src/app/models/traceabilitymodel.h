#pragma once

#include <orrery/analysis/strategy.h>
#include <orrery/roadmap.h>

#include <QAbstractTableModel>

#include <vector>

namespace orrery::app {

/// The traceability matrix: each goal with its objectives below it, down; the missions
/// across, grouped by destination; a mark where a mission pursues an objective (on a goal's
/// row, a fainter mark where it pursues any of the goal's objectives).
class TraceabilityModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// Columns before the missions'.
    enum Column { Name, Count, FirstMission };
    enum Role {
        SortRole = Qt::UserRole + 1,
        /// The goal a row belongs to (its index), so that sorting keeps objectives under it.
        GoalRankRole,
        IsGoalRole,
        /// The mission of a column.
        MissionIdRole,
    };

    explicit TraceabilityModel(QObject* parent = nullptr);

    void setRoadmap(const Roadmap* roadmap);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The mission of a column, or nothing for the first columns.
    std::optional<std::size_t> missionOfColumn(int column) const;

private:
    struct Row {
        std::size_t goalRank = 0;
        /// Index into roadmap.goals; unset for the group of undefined goals.
        std::optional<std::size_t> goal;
        /// Index into roadmap.objectives; unset on a goal's row.
        std::optional<std::size_t> objective;
        /// Per column of missions: pursued (2), pursued through another objective of the
        /// goal (1, on goal rows), or not (0).
        std::vector<unsigned char> marks;
        int count = 0;
    };

    const Roadmap* m_roadmap = nullptr;
    Traceability m_trace;
    /// Per column of missions: its lane, to shade the destinations apart.
    std::vector<std::size_t> m_lane;
    std::vector<Row> m_rows;
};

} // namespace orrery::app
