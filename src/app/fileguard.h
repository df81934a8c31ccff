#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>

#include <memory>

class QLockFile;

namespace orrery::app {

/// Keeps two promises about the open file: a lock (QLockFile beside it) tells another
/// Orrery that the roadmap is open here, and a watch (QFileSystemWatcher) notices when
/// another program changes it.
class FileGuard : public QObject {
    Q_OBJECT

public:
    explicit FileGuard(QObject* parent = nullptr);
    ~FileGuard() override;

    enum class LockResult { Locked, HeldElsewhere, NotApplicable };

    /// Locks `filePath` for this process; HeldElsewhere when another live process holds
    /// it (lockOwner() says which). Bundled examples and untitled roadmaps need no lock.
    LockResult lock(const QString& filePath);
    /// Whoever holds the lock that lock() could not take, in words: "another Orrery on this
    /// computer (process 4242)".
    QString lockOwner() const { return m_owner; }
    /// Since when they have held it.
    QDateTime lockedSince() const { return m_ownerSince; }
    void unlock();
    /// The lock file used for a roadmap file.
    static QString lockFileFor(const QString& filePath);

    /// Watches a file (and follows it across atomic replacements); empty to stop.
    void watch(const QString& filePath);

Q_SIGNALS:
    void changedOnDisk(const QString& filePath);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_owner;
    QDateTime m_ownerSince;
    QFileSystemWatcher m_watcher;
    QString m_watched;
};

} // namespace orrery::app
