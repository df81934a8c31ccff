#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>
#include <string>
#include <utility>

namespace orrery::app {

class Document;
class EditionLibrary;

/// The missions of a document as a table, one row per mission in file order. Sorting is
/// left to a QSortFilterProxyModel, which sorts by SortRole: dates sort by the first day
/// they can mean, not as text. After the fixed columns come two per earlier edition the
/// roadmap names: how many months the start and the end moved since it.
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
    /// Where the earlier editions are read from, for the variance columns.
    void setEditions(EditionLibrary* editions);
    /// The edition a variance column measures against, and whether it is the end's; nothing
    /// for a fixed column.
    std::optional<std::pair<std::string, bool>> varianceOf(int column) const;

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
    /// Months the mission's start (or end) moved since the edition; nothing when the
    /// edition lacks the mission or a date, or cannot be read.
    std::optional<int> variance(int row, int column) const;

    QPointer<Document> m_document;
    QPointer<EditionLibrary> m_editions;
};

} // namespace orrery::app
