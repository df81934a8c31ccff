#include "recovery.h"

#include "document.h"

#include <orrery/io/writer.h>

#include <render/qtconvert.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultInterval = 60 * 1000;

QString descriptionFile(const QString& recoveryFile) {
    return recoveryFile + u".info"_s;
}

} // namespace

Recovery::Recovery(QObject* parent) : QObject(parent) {
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &Recovery::saveNow);
}

void Recovery::setDocument(Document* document) {
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_untitledKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
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

void Recovery::setInterval(int milliseconds) {
    m_timer.setInterval(milliseconds);
}

QString Recovery::folder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s;
}

QString Recovery::fileForDocument() const {
    const QString key = m_document->filePath().isEmpty() ? m_untitledKey : m_document->filePath();
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return folder() + u'/' + QString::fromLatin1(hash) + u".roadmap.json"_s;
}

bool Recovery::saveNow() {
    if (!m_document || !m_document->isModified()) {
        return false;
    }
    if (!QDir().mkpath(folder())) {
        return false;
    }
    const QString file = fileForDocument();
    if (!writeFileAtomically(render::toStdString(file), toCanonicalJson(m_document->roadmap()))) {
        return false;
    }
    QJsonObject description;
    description[u"originalPath"_s] =
        m_document->isBundledExample() ? QString() : m_document->filePath();
    description[u"title"_s] = render::toQString(m_document->roadmap().title);
    description[u"savedAt"_s] = QDateTime::currentDateTime().toString(Qt::ISODate);
    const QByteArray bytes = QJsonDocument(description).toJson();
    return static_cast<bool>(writeFileAtomically(
        render::toStdString(descriptionFile(file)),
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))));
}

void Recovery::discard() {
    if (!m_document) {
        return;
    }
    const QString file = fileForDocument();
    QFile::remove(file);
    QFile::remove(descriptionFile(file));
}

QList<Recovery::Entry> Recovery::pending() {
    QList<Entry> entries;
    const QDir dir(folder());
    for (const QString& name : dir.entryList({u"*.roadmap.json"_s}, QDir::Files, QDir::Time)) {
        Entry entry;
        entry.recoveryFile = dir.filePath(name);
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

void Recovery::remove(const Entry& entry) {
    QFile::remove(entry.recoveryFile);
    QFile::remove(descriptionFile(entry.recoveryFile));
}

} // namespace orrery::app
