#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace orrery::app {

class Document;

/// Autosave of a recovery copy. While the document has unsaved changes, its roadmap is
/// written every minute (atomically, in canonical form) to the application's data folder,
/// beside a small description of where it belongs. A save or an explicit discard removes
/// the copy; a crash leaves it, and the next start offers it back. Nothing is ever deleted
/// without the planner saying so.
class Recovery : public QObject {
    Q_OBJECT

public:
    struct Entry {
        QString recoveryFile; ///< the saved copy
        QString originalPath; ///< the file it belongs to; empty for an untitled roadmap
        QString title;
        QDateTime savedAt;
    };

    explicit Recovery(QObject* parent = nullptr);

    void setDocument(Document* document);
    void setInterval(int milliseconds);

    /// Writes the recovery copy now, if there are unsaved changes.
    bool saveNow();
    /// Removes the current document's recovery copy (saved, or discarded on purpose).
    void discard();
    /// Where the current document's recovery copy goes.
    QString currentFile() const { return m_document ? fileForDocument() : QString(); }

    /// The folder recovery copies live in.
    static QString folder();
    /// Recovery copies left by a previous run.
    static QList<Entry> pending();
    /// Removes a recovery copy and its description.
    static void remove(const Entry& entry);

private:
    QString fileForDocument() const;

    QPointer<Document> m_document;
    QTimer m_timer;
    QString m_untitledKey;
};

} // namespace orrery::app
