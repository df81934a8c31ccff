#include "document.h"

#include <orrery/io/reader.h>
#include <orrery/resolution.h>

#include <render/utf8.h>

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include <atomic>
#include <filesystem>

namespace orrery::app {

using render::toQString;
using render::toStdString;

namespace {

/// Revisions are counted across all documents, so that a revision names one state of one
/// document: an analysis of a closed document is never taken for one of the next.
quint64 nextRevision() {
    static std::atomic<quint64> counter{0};
    return ++counter;
}

} // namespace

Document::Document(Roadmap roadmap, QString filePath, QObject* parent)
    : QObject(parent), m_roadmap(std::move(roadmap)), m_filePath(std::move(filePath)),
      m_undoStack(new QUndoStack(this)), m_revision(nextRevision()) {
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document() {
    awaitCopies();
}

void Document::holdUntilCopied(std::shared_future<void> copied) {
    std::erase_if(m_copies, [](const std::shared_future<void>& copy) {
        return copy.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    });
    m_copies.push_back(std::move(copied));
}

void Document::awaitCopies() {
    for (const std::shared_future<void>& copy : m_copies) {
        copy.wait();
    }
    m_copies.clear();
}

Expected<Roadmap, std::vector<LoadError>> loadRoadmapFile(const QString& filePath) {
    const std::string fileName = toStdString(filePath);
    const auto failure = [&](LoadErrorCode code, const QString& message) {
        return make_unexpected(
            std::vector<LoadError>{{code, toStdString(message), fileName, 0, 0, {}}});
    };
    QFile file(filePath);
    if (!file.exists()) {
        return failure(LoadErrorCode::FileNotFound, Document::tr("no such file"));
    }
    if (QFileInfo(filePath).isDir()) {
        return failure(LoadErrorCode::FileUnreadable,
                       Document::tr("this is a folder, not a roadmap file"));
    }
    if (!filePath.startsWith(u':')) {
        // The core reads files of the file system itself: the size limit holds while
        // reading, and the text lands where the fast read path reads it without a copy.
        return readRoadmapFile(std::filesystem::path(fileName));
    }
    // A bundled example, from Qt's resources.
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(LoadErrorCode::FileUnreadable, file.errorString());
    }
    const QByteArray bytes = file.readAll();
    return parseRoadmap(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                        fileName);
}

Expected<std::unique_ptr<Document>, std::vector<LoadError>>
Document::load(const QString& filePath) {
    auto loaded = loadRoadmapFile(filePath);
    if (!loaded) {
        return make_unexpected(std::move(loaded.error()));
    }
    return std::make_unique<Document>(std::move(*loaded), filePath);
}

QString Document::displayName() const {
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool Document::isBundledExample() const {
    return m_filePath.startsWith(QLatin1String(":/"));
}

bool Document::isModified() const {
    return !m_undoStack->isClean();
}

void Document::markModified() {
    m_undoStack->resetClean();
    Q_EMIT modifiedChanged(true);
}

void Document::setReadOnly(bool readOnly) {
    if (readOnly != m_readOnly) {
        m_readOnly = readOnly;
        Q_EMIT readOnlyChanged(readOnly);
    }
}

void Document::refuseEdit() {
    Q_EMIT editRefused();
}

Expected<void, SaveError> Document::saveAs(const QString& filePath) {
    auto saved = saveRoadmapFile(wholeRoadmap(), toStdString(filePath));
    if (!saved) {
        return saved;
    }
    if (filePath != m_filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    m_undoStack->setClean();
    return {};
}

void Document::reset(Roadmap roadmap) {
    m_undoStack->clear();
    awaitCopies();
    m_roadmap = std::move(roadmap);
    m_whole.reset();
    if (!m_scenario.empty()) {
        m_scenario.clear();
        Q_EMIT scenarioShown(QString());
    }
    // notify() counts the revision.
    notify({DocumentChange::Kind::Reset, {}});
    Q_EMIT modifiedChanged(false);
}

void Document::replaceMission(std::size_t index, Mission mission) {
    awaitCopies();
    m_roadmap.missions.replace(index, std::move(mission));
}

void Document::insertMission(std::size_t index, Mission mission) {
    awaitCopies();
    m_roadmap.missions.insert(index, std::move(mission));
}

Mission Document::takeMission(std::size_t index) {
    awaitCopies();
    return m_roadmap.missions.take(index);
}

void Document::replaceRoadmap(Roadmap roadmap, DocumentChange::Kind kind) {
    // The whole roadmap is the plan's to replace (commands show the plan first).
    showScenarioOf({});
    awaitCopies();
    m_roadmap = std::move(roadmap);
    notify({kind, {}});
}

Expected<void, QString> Document::showScenario(const std::string& id) {
    if (id == m_scenario) {
        return {};
    }
    awaitCopies();
    if (id.empty()) {
        m_roadmap = std::move(*m_whole);
        m_whole.reset();
    } else {
        auto resolved = resolveScenario(wholeRoadmap(), id);
        if (!resolved) {
            return make_unexpected(toQString(resolved.error()));
        }
        if (!m_whole) {
            m_whole = std::move(m_roadmap);
        }
        m_roadmap = std::move(*resolved);
    }
    m_scenario = id;
    notify({DocumentChange::Kind::ScenarioShown, {}});
    Q_EMIT scenarioShown(toQString(id));
    return {};
}

void Document::showScenarioOf(const std::string& id) {
    // An edit was made in a scenario the roadmap still has: undo and redo come back in order.
    [[maybe_unused]] const auto shown = showScenario(id);
}

void Document::notify(const DocumentChange& change) {
    if (m_whole && (change.kind == DocumentChange::Kind::MissionsEdited ||
                    change.kind == DocumentChange::Kind::MissionsAddedOrRemoved)) {
        *m_whole = recordInScenario(*m_whole, m_scenario, m_roadmap.missions);
    }
    m_revision = nextRevision();
    Q_EMIT changed(change);
}

} // namespace orrery::app
