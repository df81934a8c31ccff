#pragma once

#include <orrery/analysis/finding.h>

#include <QAbstractTableModel>

#include <vector>

namespace orrery::app {

/// Findings as a table: severity, code, missions, message. Fed by whoever runs the
/// analysis; it only shows what it is given.
class FindingTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SeverityColumn, Code, Missions, Message, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, MissionIdsRole };

    explicit FindingTableModel(QObject* parent = nullptr);

    void setFindings(std::vector<Finding> findings);
    const std::vector<Finding>& findings() const { return m_findings; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Finding> m_findings;
};

} // namespace orrery::app
