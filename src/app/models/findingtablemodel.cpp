#include "findingtablemodel.h"

#include <render/palette.h>
#include <render/utf8.h>
#include <render/vocabulary.h>

#include <QStringList>

namespace orrery::app {

using render::toQString;

FindingTableModel::FindingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FindingTableModel::setFindings(std::vector<Finding> findings) {
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Finding& finding = m_findings[static_cast<std::size_t>(index.row())];
    QStringList missions;
    for (const std::string& id : finding.missions) {
        missions << toQString(id);
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return render::severityName(finding.severity);
        case Code:
            return toQString(finding.code);
        case Missions:
            return missions.join(QLatin1String(", "));
        case Message:
            return toQString(finding.message);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Message ? toQString(finding.message) : QVariant();
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? render::severityColor(finding.severity)
                                                : QVariant();
    case SortRole:
        // Errors first when sorted descending, as a planner reads them.
        return index.column() == SeverityColumn ? QVariant(static_cast<int>(finding.severity))
                                                : data(index, Qt::DisplayRole);
    case MissionIdsRole:
        return missions;
    default:
        return {};
    }
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case Code:
        return tr("Code");
    case Missions:
        return tr("Missions");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace orrery::app
