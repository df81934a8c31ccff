#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

namespace orrery::app {

class Document;

/// Autosave of a recovery copy. While the document has unsaved changes, its roadmap is
/// written every minute (atomically, in canonical form) to the application's data folder,
/// beside a small description of where it belongs.
///
/// Each open document has a copy of its own, named for that session, and the instance
/// that writes it holds a lock on it (QLockFile, like the lock on the roadmap file). So a
/// copy is deleted only by its own instance (when the document is saved, or closed on
/// purpose without saving) or by the planner's Delete; another instance, even one open on
/// the same file, never offers or touches a copy whose owner is alive. After a crash the
/// lock is stale and the next start offers the copy back.
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
    /// Leaves the copy, if any, for the next start: only discard() removes it.
    ~Recovery() override;

    /// Starts a new session for `document`. The previous session's copy is not removed
    /// (discard() first when that is meant): left unlocked, it is offered at the next start.
    void setDocument(Document* document);
    void setInterval(int milliseconds);

    /// Writes the recovery copy now, if there are unsaved changes.
    bool saveNow();
    /// Removes this session's recovery copy (saved, or discarded on purpose).
    void discard();
    /// Where this session's recovery copy goes.
    QString currentFile() const;

    /// The folder recovery copies live in.
    static QString folder();
    /// Recovery copies that no running instance owns: left by a crash, or kept for later.
    static QList<Entry> pending();
    /// Removes a recovery copy and its description, unless a running instance owns it
    /// (then false, and nothing is touched).
    static bool remove(const Entry& entry);
    /// Holds a copy while it is being offered, so that another Orrery starting meanwhile
    /// neither offers nor deletes it; null when another instance has it.
    static std::unique_ptr<QLockFile> claim(const Entry& entry);

private:
    void releaseLock();

    QPointer<Document> m_document;
    QTimer m_timer;
    /// This session's copy.
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace orrery::app
