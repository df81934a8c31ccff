#include "knowledgegapmodel.h"

#include <render/palette.h>
#include <render/utf8.h>
#include <render/vocabulary.h>

#include <cstdlib>
#include <limits>

namespace orrery::app {

using render::toQString;

KnowledgeGapModel::KnowledgeGapModel(QObject* parent) : QAbstractTableModel(parent) {}

void KnowledgeGapModel::setRoadmap(const Roadmap* roadmap) {
    beginResetModel();
    m_roadmap = roadmap;
    m_rows.clear();
    if (roadmap) {
        for (const GapStanding& standing : knowledgeGapStandings(*roadmap)) {
            if (standing.needs.empty()) {
                m_rows.push_back({standing.gap, std::nullopt,
                                  standing.closings.empty()
                                      ? std::nullopt
                                      : std::optional<GapClosing>(standing.closings.front())});
            }
            for (const GapNeed& need : standing.needs) {
                m_rows.push_back({standing.gap, need, need.closer});
            }
        }
    }
    endResetModel();
}

int KnowledgeGapModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KnowledgeGapModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString KnowledgeGapModel::statusText(const Row& row) const {
    if (!row.need) {
        return row.closing ? tr("Closed; no mission needs it") : tr("Open; no mission needs it");
    }
    return render::gapTimingName(row.need->timing);
}

QVariant KnowledgeGapModel::data(const QModelIndex& index, int role) const {
    if (!m_roadmap || !index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const KnowledgeGap& gap = m_roadmap->knowledgeGaps[row.gap];
    const Mission* needer = row.need ? &m_roadmap->missions[row.need->mission] : nullptr;
    const Mission* closer = row.closing ? &m_roadmap->missions[row.closing->mission] : nullptr;
    const auto missionName = [](const Mission* mission) {
        return mission ? toQString(mission->name) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Gap:
            return toQString(gap.name);
        case ClosedBy:
            return closer ? missionName(closer) : tr("nothing");
        case ClosedFrom:
            return row.closing ? toQString(row.closing->from.toString()) : QString();
        case NeededBy:
            return needer ? (needer->crew == Crew::Human ? tr("%1 (crewed)") : QStringLiteral("%1"))
                                .arg(missionName(needer))
                          : QString();
        case Start:
            return needer ? toQString(needer->start.toString()) : QString();
        case Margin:
            if (!row.need || !row.need->marginMonths) {
                return QString();
            }
            return (std::abs(*row.need->marginMonths) == 1 ? tr("%1 month") : tr("%1 months"))
                .arg(*row.need->marginMonths);
        case Status:
            return statusText(row);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Gap) {
            return tr("%1 (%2)\nClosed by: %3")
                .arg(toQString(gap.name), toQString(gap.id), toQString(gap.measurement));
        }
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() != Status || !row.need) {
            return {};
        }
        switch (row.need->timing) {
        case GapTiming::InTime:
            return {};
        case GapTiming::MaybeLate:
            return render::severityColor(Severity::Info);
        case GapTiming::Late:
            return render::severityColor(Severity::Warning);
        case GapTiming::NotClosed:
            return render::severityColor(Severity::Error);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Margin:
            return row.need && row.need->marginMonths ? QVariant(*row.need->marginMonths)
                                                      : QVariant(std::numeric_limits<int>::min());
        case Start:
            return needer ? QVariant(static_cast<qlonglong>(needer->start.firstMonth()))
                          : QVariant();
        case ClosedFrom:
            return row.closing ? QVariant(static_cast<qlonglong>(row.closing->from.firstMonth()))
                               : QVariant();
        case Status:
            return row.need ? static_cast<int>(row.need->timing) : -1;
        default:
            return data(index, Qt::DisplayRole);
        }
    case MissionIdRole: {
        const bool closing = index.column() == ClosedBy || index.column() == ClosedFrom;
        const Mission* mission = closing ? closer : (needer ? needer : closer);
        return mission ? toQString(mission->id) : QString();
    }
    default:
        return {};
    }
}

QVariant KnowledgeGapModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Gap:
        return tr("Knowledge gap");
    case ClosedBy:
        return tr("Closed first by");
    case ClosedFrom:
        return tr("From");
    case NeededBy:
        return tr("Needed by");
    case Start:
        return tr("Starts");
    case Margin:
        return tr("Margin");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace orrery::app
