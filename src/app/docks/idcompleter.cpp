#include "idcompleter.h"

#include <QLineEdit>
#include <QStandardItemModel>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {

const auto kSeparator = u" \u00b7 "_s;

/// The text before the id being typed: "a, b, " of "a, b, c".
QString kept(const QString& text) {
    const qsizetype comma = text.lastIndexOf(u',');
    return comma < 0 ? QString() : text.left(comma + 1) + u' ';
}

} // namespace

IdCompleter::IdCompleter(QLineEdit* field, bool commaSeparated)
    : QCompleter(field), m_field(field), m_entries(new QStandardItemModel(this)),
      m_commaSeparated(commaSeparated) {
    setModel(m_entries);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionRole(Qt::DisplayRole);
    setMaxVisibleItems(12);
    field->setCompleter(this);
}

void IdCompleter::setEntries(const QList<Entry>& entries) {
    m_entries->clear();
    for (const Entry& entry : entries) {
        auto* item = new QStandardItem(entry.name.isEmpty() || entry.name == entry.id
                                           ? entry.id
                                           : entry.name + kSeparator + entry.id);
        item->setData(entry.id, Qt::UserRole);
        item->setToolTip(entry.id);
        m_entries->appendRow(item);
    }
}

QStringList IdCompleter::splitPath(const QString& path) const {
    return {m_commaSeparated ? path.section(u',', -1).trimmed() : path.trimmed()};
}

QString IdCompleter::pathFromIndex(const QModelIndex& index) const {
    const QString id = index.data(Qt::UserRole).toString();
    return m_commaSeparated ? kept(m_field->text()) + id : id;
}

QString idNamed(const QList<IdCompleter::Entry>& entries, const QString& text) {
    const QString wanted = text.trimmed();
    QString byName;
    int named = 0;
    for (const IdCompleter::Entry& entry : entries) {
        if (entry.id == wanted || entry.name + kSeparator + entry.id == wanted) {
            return entry.id;
        }
        if (entry.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            byName = entry.id;
            ++named;
        }
    }
    return named == 1 ? byName : QString();
}

} // namespace orrery::app
