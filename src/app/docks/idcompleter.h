#pragma once

#include <QCompleter>
#include <QList>
#include <QString>

class QLineEdit;
class QStandardItemModel;

namespace orrery::app {

/// Completes the ids of a field by name as well as by id: typing "Explo" offers
/// "Exploration Mission-1 (first SLS, uncrewed Orion) · em1", and choosing it writes "em1".
/// In a field of comma-separated ids it completes the one being typed and keeps the others.
class IdCompleter : public QCompleter {
    Q_OBJECT

public:
    struct Entry {
        QString id;
        QString name;
    };

    IdCompleter(QLineEdit* field, bool commaSeparated);

    void setEntries(const QList<Entry>& entries);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;

private:
    QLineEdit* m_field;
    QStandardItemModel* m_entries;
    bool m_commaSeparated;
};

/// The id a planner means by `text`: the id itself, or the name of exactly one entry (in any
/// case), or "name · id" as the completer shows it. Empty when there is no such entry or the
/// name is ambiguous.
QString idNamed(const QList<IdCompleter::Entry>& entries, const QString& text);

} // namespace orrery::app
