#include "documentcontroller.h"

#include "document.h"
#include "fileguard.h"

#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <render/utf8.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace orrery::app {

using namespace Qt::StringLiterals;
using render::toQString;

namespace {

constexpr int kMaxRecentFiles = 10;
const auto kRecentFilesKey = u"recentFiles"_s;

/// The resource files of a bundled folder, by name.
QStringList bundled(const QString& folderPath, const QString& pattern) {
    QStringList paths;
    const QDir folder(folderPath);
    for (const QString& name : folder.entryList({pattern}, QDir::Files, QDir::Name)) {
        paths << folder.filePath(name);
    }
    return paths;
}

} // namespace

DocumentController::DocumentController(QObject* parent)
    : QObject(parent), m_fileGuard(new FileGuard(this)), m_recovery(new Recovery(this)) {
    connect(m_fileGuard, &FileGuard::changedOnDisk, this, &DocumentController::fileChangedOnDisk);
}

DocumentController::~DocumentController() = default;

Expected<void, LoadErrors> DocumentController::open(const QString& filePath) {
    auto loaded = loadRoadmapFile(filePath);
    if (!loaded) {
        return make_unexpected(std::move(loaded.error()));
    }
    const int version = loaded->readFrom.formatVersion;
    setDocument(std::make_unique<Document>(std::move(*loaded), filePath));
    addRecentFile(filePath);
    Q_EMIT message(tr("Opened %1").arg(QDir::toNativeSeparators(filePath)), 5000);
    if (version < kFormatVersion && m_document && !m_document->isReadOnly()) {
        Q_EMIT olderFormatOpened(version);
    }
    return {};
}

void DocumentController::setDocument(std::unique_ptr<Document> document) {
    Q_EMIT aboutToChangeDocument();
    // The previous document is closed: its recovery copy and lock go with it.
    m_recovery->discard();
    m_fileGuard->unlock();
    // Kept until the observers have moved to the new one.
    std::unique_ptr<Document> previous = std::move(m_document);
    m_document = std::move(document);
    m_recovery->setDocument(m_document.get());
    bool held = false;
    if (m_document) {
        m_document->setParent(this);
        connect(m_document.get(), &Document::filePathChanged, this, [this](const QString& path) {
            m_fileGuard->lock(path);
            m_fileGuard->watch(path);
        });
        held = m_fileGuard->lock(m_document->filePath()) == FileGuard::LockResult::HeldElsewhere;
        if (held) {
            m_document->setReadOnly(true);
        }
        m_fileGuard->watch(m_document->filePath());
    } else {
        m_fileGuard->watch({});
    }
    Q_EMIT documentChanged(m_document.get());
    if (previous) {
        previous.reset();
        // What the closed roadmap held goes back to the system, not only to this process.
        releaseFreeMemory();
    }
    if (held) {
        Q_EMIT heldElsewhere();
    }
}

void DocumentController::newRoadmap() {
    Roadmap roadmap;
    if (auto model = loadRoadmapFile(defaultRoadmapPath())) {
        roadmap.agencies = model->agencies;
        roadmap.destinations = model->destinations;
        roadmap.capabilities = model->capabilities;
    }
    roadmap.title = render::toStdString(tr("Untitled roadmap"));
    const QDate today = QDate::currentDate();
    roadmap.asOf = Date::fromYearMonth(today.year(), today.month());
    setDocument(std::make_unique<Document>(std::move(roadmap)));
}

void DocumentController::close() {
    setDocument(nullptr);
}

bool DocumentController::needsFileName() const {
    return m_document && (m_document->filePath().isEmpty() || m_document->isBundledExample());
}

Expected<void, SaveError> DocumentController::saveAs(const QString& filePath) {
    if (!m_document) {
        return make_unexpected(SaveError{render::toStdString(filePath), "no roadmap is open"});
    }
    if (auto saved = m_document->saveAs(filePath); !saved) {
        return saved;
    }
    m_recovery->discard();
    addRecentFile(filePath);
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(filePath)), 5000);
    return {};
}

Expected<void, LoadErrors> DocumentController::revert() {
    if (!m_document || m_document->filePath().isEmpty()) {
        return {};
    }
    auto loaded = loadRoadmapFile(m_document->filePath());
    if (!loaded) {
        return make_unexpected(std::move(loaded.error()));
    }
    reload(std::move(*loaded));
    return {};
}

Expected<void, LoadErrors> DocumentController::restore(const Recovery::Entry& entry) {
    auto loaded = loadRoadmapFile(entry.recoveryFile);
    if (!loaded) {
        return make_unexpected(std::move(loaded.error()));
    }
    setDocument(std::make_unique<Document>(std::move(*loaded), entry.originalPath));
    m_document->markModified();
    if (m_recovery->saveNow() && m_recovery->currentFile() != entry.recoveryFile) {
        Recovery::remove(entry);
    }
    Q_EMIT message(tr("Restored unsaved work; save it to keep it"), 10000);
    return {};
}

void DocumentController::reload(Roadmap newer) {
    if (m_document) {
        m_document->reset(std::move(newer));
        m_recovery->discard();
    }
}

void DocumentController::editAnyway() {
    if (m_document) {
        m_document->setReadOnly(false);
    }
}

void DocumentController::shutDown() {
    m_recovery->discard();
    m_fileGuard->unlock();
}

QString DocumentController::folder() const {
    if (!m_document || m_document->filePath().isEmpty() || m_document->isBundledExample()) {
        return {};
    }
    return QFileInfo(m_document->filePath()).absolutePath();
}

void DocumentController::fileChangedOnDisk(const QString& filePath) {
    if (!m_document || QFileInfo(filePath) != QFileInfo(m_document->filePath())) {
        return;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return; // removed or being replaced: the next change will tell
    }
    const QByteArray bytes = file.readAll();
    const std::string current = toCanonicalJson(m_document->wholeRoadmap());
    if (bytes.size() == static_cast<qsizetype>(current.size()) &&
        std::equal(current.begin(), current.end(), bytes.constBegin())) {
        return; // what we wrote ourselves
    }
    auto parsed =
        parseRoadmap(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                     render::toStdString(filePath));
    if (!parsed) {
        // Never replace the open roadmap by a file that does not load.
        Q_EMIT message(
            tr("%1 changed on disk and cannot be read: %2")
                .arg(QFileInfo(filePath).fileName(), toQString(parsed.error().front().message)),
            10000);
        return;
    }
    if (!m_document->isModified()) {
        m_document->reset(std::move(*parsed));
        Q_EMIT message(tr("Reloaded %1: it changed on disk").arg(m_document->displayName()), 10000);
        return;
    }
    Q_EMIT changedOnDisk(*parsed);
}

QStringList DocumentController::recentFiles() {
    return QSettings().value(kRecentFilesKey).toStringList();
}

void DocumentController::addRecentFile(const QString& filePath) {
    if (filePath.startsWith(u":/"_s)) {
        return;
    }
    QSettings settings;
    QStringList files = settings.value(kRecentFilesKey).toStringList();
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles) {
        files.removeLast();
    }
    settings.setValue(kRecentFilesKey, files);
    Q_EMIT recentFilesChanged();
}

QString DocumentController::defaultRoadmapPath() {
    return u":/roadmaps/ger-2013.roadmap.json"_s;
}

QStringList DocumentController::exampleRoadmapPaths() {
    return bundled(u":/roadmaps"_s, u"*.roadmap.json"_s);
}

QStringList DocumentController::exampleContributionPaths() {
    return bundled(u":/roadmaps/contributions"_s, u"*.contribution.roadmap.json"_s);
}

} // namespace orrery::app
