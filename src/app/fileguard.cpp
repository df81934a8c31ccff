#include "fileguard.h"

#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

namespace orrery::app {

FileGuard::FileGuard(QObject* parent) : QObject(parent) {
    const auto changed = [this](const QString&) {
        // An atomic save replaces the file: the watcher forgets it. Watch the new one.
        if (!m_watched.isEmpty() && !m_watcher.files().contains(m_watched) &&
            QFileInfo::exists(m_watched)) {
            m_watcher.addPath(m_watched);
        }
        if (!m_watched.isEmpty()) {
            Q_EMIT changedOnDisk(m_watched);
        }
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    // A replacement by rename shows on the folder too.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this, changed](const QString&) {
                if (!m_watched.isEmpty() && !m_watcher.files().contains(m_watched) &&
                    QFileInfo::exists(m_watched)) {
                    changed(m_watched);
                }
            });
}

FileGuard::~FileGuard() {
    unlock();
}

QString FileGuard::lockFileFor(const QString& filePath) {
    const QFileInfo info(filePath);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

FileGuard::LockResult FileGuard::lock(const QString& filePath) {
    unlock();
    if (filePath.isEmpty() || filePath.startsWith(QLatin1String(":/"))) {
        return LockResult::NotApplicable;
    }
    auto lock = std::make_unique<QLockFile>(lockFileFor(filePath));
    lock->setStaleLockTime(0); // a lock whose process has died is stale at once
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return LockResult::Locked;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (lock->getLockInfo(&pid, &host, &application)) {
            m_owner = host == QSysInfo::machineHostName()
                          ? tr("another Orrery on this computer (process %1)").arg(pid)
                          : tr("Orrery on %1 (process %2)").arg(host).arg(pid);
        } else {
            m_owner = tr("another Orrery");
        }
        // The lock file is written once, when the lock is taken.
        m_ownerSince = QFileInfo(lockFileFor(filePath)).lastModified();
        return LockResult::HeldElsewhere;
    }
    // The folder is read-only or similar: nothing to lock, nothing to warn about.
    return LockResult::NotApplicable;
}

void FileGuard::unlock() {
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    m_owner.clear();
    m_ownerSince = {};
}

void FileGuard::watch(const QString& filePath) {
    if (!m_watcher.files().isEmpty()) {
        m_watcher.removePaths(m_watcher.files());
    }
    if (!m_watcher.directories().isEmpty()) {
        m_watcher.removePaths(m_watcher.directories());
    }
    m_watched.clear();
    if (filePath.isEmpty() || filePath.startsWith(QLatin1String(":/")) ||
        !QFileInfo::exists(filePath)) {
        return;
    }
    m_watched = QFileInfo(filePath).absoluteFilePath();
    m_watcher.addPath(m_watched);
    m_watcher.addPath(QFileInfo(m_watched).absolutePath());
}

} // namespace orrery::app
