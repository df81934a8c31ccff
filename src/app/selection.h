#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace orrery::app {

/// The missions the planner has selected, shared by every view and dock: selecting in one
/// selects in all. Missions are named by id, so the selection survives edits that reorder
/// or reload the roadmap.
class MissionSelection : public QObject {
    Q_OBJECT

public:
    explicit MissionSelection(QObject* parent = nullptr);

    /// Replaces the selection; `current` is the mission the inspector shows (by default
    /// the first).
    void select(const QStringList& ids, const QString& current = {});
    void selectOne(const QString& id) { select({id}, id); }
    void clear();

    const QStringList& ids() const { return m_ids; }
    QString current() const { return m_current; }
    bool contains(const QString& id) const { return m_lookup.contains(id); }
    bool isEmpty() const { return m_ids.isEmpty(); }

Q_SIGNALS:
    void changed();
    /// Someone asked to bring the current mission into view (a double-click in the
    /// findings, a link in the inspector).
    void revealRequested(const QString& id);

public:
    /// Selects the mission and asks the views to scroll to it.
    void reveal(const QString& id);
    /// Adds the mission to the selection as the current one and asks the views to show it.
    void revealAdding(const QString& id);

private:
    QStringList m_ids;
    QSet<QString> m_lookup;
    QString m_current;
};

} // namespace orrery::app
