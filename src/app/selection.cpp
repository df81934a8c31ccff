#include "selection.h"

namespace orrery::app {

MissionSelection::MissionSelection(QObject* parent) : QObject(parent) {}

void MissionSelection::select(const QStringList& ids, const QString& current) {
    const QString newCurrent = current.isEmpty() ? ids.value(0) : current;
    if (ids == m_ids && newCurrent == m_current) {
        return;
    }
    m_ids = ids;
    m_lookup = QSet<QString>(ids.begin(), ids.end());
    m_current = newCurrent;
    Q_EMIT changed();
}

void MissionSelection::clear() {
    select({});
}

void MissionSelection::reveal(const QString& id) {
    selectOne(id);
    Q_EMIT revealRequested(id);
}

void MissionSelection::revealAdding(const QString& id) {
    QStringList ids = m_ids;
    if (!ids.contains(id)) {
        ids.append(id);
    }
    select(ids, id);
    Q_EMIT revealRequested(id);
}

} // namespace orrery::app
