#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace orrery::app {

class Document;

/// The missions of a document as a table, one row per mission in file order. Sorting is
/// left to a QSortFilterProxyModel, which sorts by SortRole: dates sort by the first day
/// they can mean, not as text.
class MissionTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Id,
        Name,
        Lead,
        Partners,
        Destination,
        Crew,
        Status,
        Start,
        End,
        Requires,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, MissionIdRole };

    explicit MissionTableModel(QObject* parent = nullptr);

    void setDocument(Document* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The row of a mission id, or -1.
    int rowOf(const QString& missionId) const;

private:
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;

    QPointer<Document> m_document;
};

} // namespace orrery::app
