#pragma once

#include <orrery/merge.h>

#include <QAbstractItemModel>

#include <string>
#include <vector>

namespace orrery::app {

class ReviewSession;

/// The changes of a contribution under review as a tree: one row per mission (or agency,
/// destination, capability, the roadmap itself), its changes below with before, after,
/// owner, flags, decision and comment. The check box of a change is its decision (ticked:
/// accepted, unticked: rejected); a change that waits for a decision has a question mark and
/// a tinted row instead, so that it is not taken for a mission whose changes are mixed (a
/// partial tick). A mission's box decides all its changes.
/// Comments are edited in place. The model only shows and forwards: the session decides.
class ReviewModel : public QAbstractItemModel {
    Q_OBJECT

public:
    /// Why a change waits (decision, flags, owner) comes before what it changes.
    enum Column { ChangeColumn, Decision, Flags, Owner, Before, After, Comment, ColumnCount };
    enum Role {
        /// The change's subject ("mission/em2/start"); empty on a group row.
        SubjectRole = Qt::UserRole + 1,
        /// The mission a row is about, if any.
        MissionIdRole,
        /// The change needs a decision before the review can be applied.
        PendingRole,
    };

    explicit ReviewModel(ReviewSession* session, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The merge item of a change row; null for a group row.
    const MergeItem* itemAt(const QModelIndex& index) const;
    /// The subjects of the changes a row stands for: its own, or its group's.
    std::vector<std::string> subjectsAt(const QModelIndex& index) const;
    /// The row of a change, by subject.
    QModelIndex indexOf(const std::string& subject, int column = 0) const;

private:
    struct Group {
        std::string key;
        QString label;
        std::string missionId;
        QString owner;
        std::vector<std::size_t> items;
    };
    void rebuild(bool itemsReplaced);
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant itemData(const MergeItem& item, int column, int role) const;
    QString describeEntity(const Group& group) const;

    ReviewSession* m_session;
    std::vector<Group> m_groups;
    /// The planner's agency, whose missions' changes are pointed out.
    QString m_myAgency;
};

} // namespace orrery::app
