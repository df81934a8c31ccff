#include "recovery.h"

#include "document.h"

#include <orrery/io/writer.h>

#include <render/utf8.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultInterval = 60 * 1000;

QString descriptionFile(const QString& recoveryFile) {
    return recoveryFile + u".info"_s;
}

QString lockFile(const QString& recoveryFile) {
    return recoveryFile + u".lock"_s;
}

/// A lock on a recovery copy. A lock whose process has died is stale at once: its copy
/// belongs to nobody and may be offered.
std::unique_ptr<QLockFile> lockOf(const QString& recoveryFile) {
    auto lock = std::make_unique<QLockFile>(lockFile(recoveryFile));
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

Recovery::Recovery(QObject* parent) : QObject(parent) {
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &Recovery::saveNow);
}

Recovery::~Recovery() {
    releaseLock();
}

void Recovery::setDocument(Document* document) {
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    releaseLock();
    m_document = document;
    m_file =
        folder() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u".roadmap.json"_s;
    m_timer.stop();
    if (!m_document) {
        return;
    }
    connect(m_document, &Document::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            m_timer.start();
        } else {
            m_timer.stop();
        }
    });
    connect(m_document, &Document::filePathChanged, this, [this] { discard(); });
    if (m_document->isModified()) {
        m_timer.start();
    }
}

QString Recovery::currentFile() const {
    return m_document ? m_file : QString();
}

void Recovery::setInterval(int milliseconds) {
    m_timer.setInterval(milliseconds);
}

QString Recovery::folder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s;
}

void Recovery::releaseLock() {
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

bool Recovery::saveNow() {
    if (!m_document || !m_document->isModified()) {
        return false;
    }
    if (!QDir().mkpath(folder())) {
        return false;
    }
    // The lock comes first: from the moment the copy exists, other instances must see
    // that its owner is alive. A folder that cannot hold a lock still gets the copy.
    if (!m_lock) {
        auto lock = lockOf(m_file);
        if (lock->tryLock(0)) {
            m_lock = std::move(lock);
        }
    }
    if (!writeFileAtomically(render::toStdString(m_file),
                             toCanonicalJson(m_document->wholeRoadmap()))) {
        return false;
    }
    QJsonObject description;
    description[u"originalPath"_s] =
        m_document->isBundledExample() ? QString() : m_document->filePath();
    description[u"title"_s] = render::toQString(m_document->wholeRoadmap().title);
    description[u"savedAt"_s] = QDateTime::currentDateTime().toString(Qt::ISODate);
    const QByteArray bytes = QJsonDocument(description).toJson();
    return static_cast<bool>(writeFileAtomically(
        render::toStdString(descriptionFile(m_file)),
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))));
}

void Recovery::discard() {
    if (!m_document) {
        return;
    }
    QFile::remove(m_file);
    QFile::remove(descriptionFile(m_file));
    releaseLock();
}

QList<Recovery::Entry> Recovery::pending() {
    QList<Entry> entries;
    const QDir dir(folder());
    for (const QString& name : dir.entryList({u"*.roadmap.json"_s}, QDir::Files, QDir::Time)) {
        Entry entry;
        entry.recoveryFile = dir.filePath(name);
        if (!lockOf(entry.recoveryFile)->tryLock(0)) {
            continue; // its instance is running: the copy is that instance's
        }
        QFile info(descriptionFile(entry.recoveryFile));
        if (info.open(QIODevice::ReadOnly)) {
            const QJsonObject description = QJsonDocument::fromJson(info.readAll()).object();
            entry.originalPath = description.value(u"originalPath"_s).toString();
            entry.title = description.value(u"title"_s).toString();
            entry.savedAt =
                QDateTime::fromString(description.value(u"savedAt"_s).toString(), Qt::ISODate);
        }
        if (!entry.savedAt.isValid()) {
            entry.savedAt = QFileInfo(entry.recoveryFile).lastModified();
        }
        entries << entry;
    }
    return entries;
}

std::unique_ptr<QLockFile> Recovery::claim(const Entry& entry) {
    auto lock = lockOf(entry.recoveryFile);
    return lock->tryLock(0) ? std::move(lock) : nullptr;
}

bool Recovery::remove(const Entry& entry) {
    const auto lock = lockOf(entry.recoveryFile);
    if (!lock->tryLock(0)) {
        return false;
    }
    QFile::remove(entry.recoveryFile);
    QFile::remove(descriptionFile(entry.recoveryFile));
    return true;
}

} // namespace orrery::app
