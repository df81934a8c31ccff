#include "missiontablemodel.h"

#include "../document.h"
#include "../scenarios/editionlibrary.h"

#include <render/palette.h>
#include <render/utf8.h>
#include <render/vocabulary.h>

#include <QStringList>

#include <limits>

namespace orrery::app {

using render::toQString;

namespace {

QString joined(const std::vector<std::string>& items) {
    QStringList list;
    list.reserve(static_cast<qsizetype>(items.size()));
    for (const std::string& item : items) {
        list << toQString(item);
    }
    return list.join(QLatin1String(", "));
}

} // namespace

MissionTableModel::MissionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MissionTableModel::setDocument(Document* document) {
    beginResetModel();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::changed, this, [this](const DocumentChange& change) {
            if (change.kind != DocumentChange::Kind::MissionsEdited) {
                beginResetModel();
                endResetModel();
                return;
            }
            for (const QString& id : change.missions) {
                const int row = rowOf(id);
                if (row >= 0) {
                    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                }
            }
        });
    }
    endResetModel();
}

int MissionTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_document) {
        return 0;
    }
    return static_cast<int>(m_document->roadmap().missions.size());
}

void MissionTableModel::setEditions(EditionLibrary* editions) {
    beginResetModel();
    m_editions = editions;
    endResetModel();
}

int MissionTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid()) {
        return 0;
    }
    const std::size_t editions = m_editions && m_document ? m_editions->named().size() : 0;
    return ColumnCount + 2 * static_cast<int>(editions);
}

std::optional<std::pair<std::string, bool>> MissionTableModel::varianceOf(int column) const {
    if (column < ColumnCount || !m_editions) {
        return std::nullopt;
    }
    const auto edition = static_cast<std::size_t>((column - ColumnCount) / 2);
    const auto& named = m_editions->named();
    if (edition >= named.size()) {
        return std::nullopt;
    }
    return std::make_pair(named[edition].id, (column - ColumnCount) % 2 == 1);
}

std::optional<int> MissionTableModel::variance(int row, int column) const {
    const auto measured = varianceOf(column);
    if (!measured) {
        return std::nullopt;
    }
    const Roadmap* edition = m_editions->roadmap(measured->first);
    const Mission& mission = m_document->roadmap().missions[static_cast<std::size_t>(row)];
    const Mission* before = edition ? edition->missions.find(mission.id) : nullptr;
    if (!before) {
        return std::nullopt;
    }
    if (!measured->second) {
        return before->start.monthsUntil(mission.start);
    }
    if (!before->end || !mission.end) {
        return std::nullopt;
    }
    return before->end->monthsUntil(*mission.end);
}

QVariant MissionTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_document || index.row() >= rowCount()) {
        return {};
    }
    const Roadmap& roadmap = m_document->roadmap();
    const Mission& mission = roadmap.missions[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case SortRole:
        return sortData(index.row(), index.column());
    case MissionIdRole:
        return toQString(mission.id);
    case Qt::DecorationRole:
        if (index.column() == Lead) {
            const Agency* agency = roadmap.agencies.find(mission.lead);
            return agency ? render::agencyColor(*agency) : render::unknownAgencyColor();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (varianceOf(index.column())) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (const auto measured = varianceOf(index.column())) {
            const QString problem = m_editions->problem(measured->first);
            if (!problem.isEmpty()) {
                return problem;
            }
            const Roadmap* edition = m_editions->roadmap(measured->first);
            const Mission* before = edition ? edition->missions.find(mission.id) : nullptr;
            if (!before) {
                return tr("Not in this edition");
            }
            const std::optional<Date>& then = measured->second ? before->end : before->start;
            const std::optional<Date> now =
                measured->second ? mission.end : std::optional<Date>(mission.start);
            return tr("%1 then, %2 now")
                .arg(then ? toQString(then->toString()) : tr("none"),
                     now ? toQString(now->toString()) : tr("none"));
        }
        if (index.column() == Name && !mission.notes.empty()) {
            return toQString(mission.notes);
        }
        if (index.column() == Lead) {
            const Agency* agency = roadmap.agencies.find(mission.lead);
            return agency ? toQString(agency->name) : tr("Unknown agency");
        }
        if (index.column() == Destination) {
            const auto* destination = roadmap.destinations.find(mission.destination);
            return destination ? toQString(destination->name) : tr("Unknown destination");
        }
        return {};
    default:
        return {};
    }
}

QVariant MissionTableModel::displayData(int row, int column) const {
    const Mission& mission = m_document->roadmap().missions[static_cast<std::size_t>(row)];
    switch (column) {
    case Id:
        return toQString(mission.id);
    case Name:
        return toQString(mission.name);
    case Lead:
        return toQString(mission.lead);
    case Partners:
        return joined(mission.partners);
    case Destination: {
        const auto* destination = m_document->roadmap().destinations.find(mission.destination);
        return destination ? toQString(destination->name) : toQString(mission.destination);
    }
    case Crew:
        return render::crewName(mission.crew);
    case Status:
        return render::statusName(mission.status);
    case Start:
        return toQString(mission.start.toString());
    case End:
        return mission.end ? toQString(mission.end->toString()) : QString();
    case Requires: {
        QStringList ids;
        for (const Prerequisite& prerequisite : mission.prerequisites) {
            ids << toQString(prerequisite.mission);
        }
        return ids.join(QLatin1String(", "));
    }
    default:
        if (const auto measured = varianceOf(column)) {
            if (!m_editions->roadmap(measured->first)) {
                return QStringLiteral("?");
            }
            const auto months = variance(row, column);
            if (!months) {
                return QStringLiteral("\u2014");
            }
            return *months == 0 ? QStringLiteral("0") : QString::asprintf("%+d", *months);
        }
        return {};
    }
}

QVariant MissionTableModel::sortData(int row, int column) const {
    const Roadmap& roadmap = m_document->roadmap();
    const Mission& mission = roadmap.missions[static_cast<std::size_t>(row)];
    switch (column) {
    case Destination:
        // Lane order, as on the timeline.
        return static_cast<qlonglong>(roadmap.destinations.indexOf(mission.destination)
                                          .value_or(roadmap.destinations.size()));
    case Status:
        return static_cast<int>(mission.status);
    case Start:
        return static_cast<qlonglong>(mission.start.firstDay().time_since_epoch().count());
    case End:
        return static_cast<qlonglong>(mission.finish().lastDay().time_since_epoch().count());
    case Requires:
        return static_cast<int>(mission.prerequisites.size());
    default:
        if (varianceOf(column)) {
            // Missions the edition lacks sort before any that moved.
            return variance(row, column).value_or(std::numeric_limits<int>::min());
        }
        return displayData(row, column);
    }
}

QVariant MissionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Id:
        return tr("Id");
    case Name:
        return tr("Mission");
    case Lead:
        return tr("Lead");
    case Partners:
        return tr("Partners");
    case Destination:
        return tr("Destination");
    case Crew:
        return tr("Crew");
    case Status:
        return tr("Status");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Requires:
        return tr("Requires");
    default:
        if (const auto measured = varianceOf(section)) {
            return (measured->second ? tr("End since %1") : tr("Start since %1"))
                .arg(render::toQString(measured->first));
        }
        return {};
    }
}

int MissionTableModel::rowOf(const QString& missionId) const {
    if (!m_document) {
        return -1;
    }
    const auto index = m_document->roadmap().missions.indexOf(render::toStdString(missionId));
    return index ? static_cast<int>(*index) : -1;
}

} // namespace orrery::app
