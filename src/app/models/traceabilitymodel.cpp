#include "traceabilitymodel.h"

#include <render/utf8.h>

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace orrery::app {

using render::toQString;

TraceabilityModel::TraceabilityModel(QObject* parent) : QAbstractTableModel(parent) {}

void TraceabilityModel::setRoadmap(const Roadmap* roadmap) {
    beginResetModel();
    m_roadmap = roadmap;
    m_rows.clear();
    m_lane.clear();
    m_trace = roadmap ? traceObjectives(*roadmap) : Traceability{};
    if (roadmap) {
        const std::size_t columns = m_trace.missions.size();
        std::vector<std::size_t> columnOf(roadmap->missions.size());
        m_lane.reserve(columns);
        for (std::size_t c = 0; c < columns; ++c) {
            const Mission& mission = roadmap->missions[m_trace.missions[c]];
            columnOf[m_trace.missions[c]] = c;
            m_lane.push_back(roadmap->destinations.indexOf(mission.destination)
                                 .value_or(roadmap->destinations.size()));
        }
        for (std::size_t g = 0; g < m_trace.goals.size(); ++g) {
            const GoalTrace& goal = m_trace.goals[g];
            Row goalRow{g, goal.goal, std::nullopt, std::vector<unsigned char>(columns, 0), 0};
            std::vector<Row> objectiveRows;
            for (const ObjectiveTrace& objective : goal.objectives) {
                Row row{g, goal.goal, objective.objective, std::vector<unsigned char>(columns, 0),
                        static_cast<int>(objective.missions.size())};
                for (const std::size_t mission : objective.missions) {
                    row.marks[columnOf[mission]] = 2;
                    goalRow.marks[columnOf[mission]] = 1;
                }
                objectiveRows.push_back(std::move(row));
            }
            goalRow.count =
                static_cast<int>(std::count(goalRow.marks.begin(), goalRow.marks.end(), 1));
            m_rows.push_back(std::move(goalRow));
            std::move(objectiveRows.begin(), objectiveRows.end(), std::back_inserter(m_rows));
        }
    }
    endResetModel();
}

int TraceabilityModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TraceabilityModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_roadmap
               ? 0
               : FirstMission + static_cast<int>(m_trace.missions.size());
}

std::optional<std::size_t> TraceabilityModel::missionOfColumn(int column) const {
    if (column < FirstMission || column >= columnCount()) {
        return std::nullopt;
    }
    return m_trace.missions[static_cast<std::size_t>(column - FirstMission)];
}

QVariant TraceabilityModel::data(const QModelIndex& index, int role) const {
    if (!m_roadmap || !index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool isGoal = !row.objective;
    const auto mission = missionOfColumn(index.column());
    const unsigned char mark =
        mission ? row.marks[static_cast<std::size_t>(index.column() - FirstMission)] : 0;
    const auto rowName = [&]() {
        if (!isGoal) {
            return toQString(m_roadmap->objectives[*row.objective].name);
        }
        return row.goal ? toQString(m_roadmap->goals[*row.goal].name)
                        : tr("Objectives of undefined goals");
    };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name) {
            return isGoal ? rowName() : QStringLiteral("    %1").arg(rowName());
        }
        if (index.column() == Count) {
            return row.count;
        }
        return mark == 2   ? QStringLiteral("\u25CF")
               : mark == 1 ? QStringLiteral("\u25CB")
                           : QString();
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignCenter);
    case Qt::FontRole:
        if (isGoal) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // Every other destination shaded, so that the lanes read apart across the matrix.
        if (mission && m_lane[static_cast<std::size_t>(index.column() - FirstMission)] % 2 == 1) {
            return QApplication::palette().alternateBase();
        }
        return {};
    case Qt::ToolTipRole:
        if (mission) {
            const Mission& m = m_roadmap->missions[*mission];
            return mark == 2 ? tr("%1 pursues \"%2\"").arg(toQString(m.name), rowName())
                   : mark == 1
                       ? tr("%1 pursues an objective of \"%2\"").arg(toQString(m.name), rowName())
                       : tr("%1").arg(toQString(m.name));
        }
        if (index.column() == Name && !isGoal) {
            const Objective& objective = m_roadmap->objectives[*row.objective];
            return toQString(objective.description.empty() ? objective.name
                                                           : objective.description);
        }
        return {};
    case SortRole:
        return index.column() == Name    ? QVariant(rowName())
               : index.column() == Count ? QVariant(row.count)
                                         : QVariant(static_cast<int>(mark));
    case GoalRankRole:
        return static_cast<qulonglong>(row.goalRank);
    case IsGoalRole:
        return isGoal;
    case MissionIdRole:
        return mission ? toQString(m_roadmap->missions[*mission].id) : QString();
    default:
        return {};
    }
}

QVariant TraceabilityModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || !m_roadmap) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const auto mission = missionOfColumn(section);
    if (role == Qt::DisplayRole) {
        if (section == Name) {
            return tr("Goal / objective");
        }
        if (section == Count) {
            return tr("Missions");
        }
        return mission ? toQString(m_roadmap->missions[*mission].id) : QVariant();
    }
    if (role == Qt::ToolTipRole && mission) {
        const Mission& m = m_roadmap->missions[*mission];
        const Destination* destination = m_roadmap->destinations.find(m.destination);
        return tr("%1\n%2, %3")
            .arg(toQString(m.name),
                 destination ? toQString(destination->name) : toQString(m.destination),
                 toQString(m.start.toString()));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace orrery::app
