#pragma once

#include <QAbstractTableModel>

namespace orrery::app {

class RepositoryHistory;

/// The commits that changed the open roadmap, newest first: date, author, message and, when
/// the repository lists its signers, the signature and whether the commit needs a look.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Author, Message, Signature, ColumnCount };
    /// The commit's full id.
    static constexpr int CommitIdRole = Qt::UserRole + 1;
    /// The commit needs a look (bool).
    static constexpr int FlaggedRole = Qt::UserRole + 2;

    explicit HistoryModel(RepositoryHistory* history, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RepositoryHistory* m_history;
};

} // namespace orrery::app
