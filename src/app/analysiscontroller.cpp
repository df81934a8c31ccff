#include "analysiscontroller.h"

#include "document.h"

#include <render/utf8.h>

#include <QtConcurrent/QtConcurrentRun>

#include <future>
#include <optional>

namespace orrery::app {

namespace {

std::shared_ptr<const Analysis> analyse(const Roadmap& roadmap, const QString& target) {
    AnalysisOptions options;
    if (!target.isEmpty()) {
        options.target = render::toStdString(target);
    }
    return std::make_shared<const Analysis>(analyzeRoadmap(roadmap, options));
}

} // namespace

AnalysisController::AnalysisController(QObject* parent) : QObject(parent) {
    // A pool of its own: the copy must start at once, not queue behind other work, for
    // the document waits on it before any change.
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const Analysis>>::finished, this,
            &AnalysisController::finished);
}

AnalysisController::~AnalysisController() {
    m_watcher.waitForFinished();
}

void AnalysisController::setDocument(Document* document) {
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_latest.reset();
    if (m_document) {
        connect(m_document, &Document::changed, this, &AnalysisController::refresh);
    }
    refresh();
}

void AnalysisController::setTarget(const QString& missionId) {
    if (missionId == m_target) {
        return;
    }
    m_target = missionId;
    refresh();
}

std::shared_ptr<const Analysis> AnalysisController::current() const {
    return m_document ? analysisOf(*m_document) : nullptr;
}

std::shared_ptr<const Analysis> AnalysisController::analysisOf(const Document& document) const {
    // Revisions are unique across documents: the revision alone says which state it is.
    const bool fresh = m_latestRevision == document.revision() && m_latestTarget == m_target;
    return fresh ? m_latest : nullptr;
}

void AnalysisController::refresh() {
    if (!m_document) {
        m_latest.reset();
        Q_EMIT updated();
        return;
    }
    const Roadmap& roadmap = m_document->roadmap();
    if (roadmap.missions.size() < kBackgroundThreshold) {
        m_latest = analyse(roadmap, m_target);
        m_latestRevision = m_document->revision();
        m_latestTarget = m_target;
        Q_EMIT updated();
        return;
    }
    if (m_running) {
        // One run at a time; the newest state is analysed when the current run ends.
        Q_EMIT updated(); // what is shown is no longer current
        return;
    }
    m_running = true;
    m_runningDocument = m_document;
    m_runningRevision = m_document->revision();
    m_runningTarget = m_target;
    // The worker copies the roadmap itself, and the document holds still until it has:
    // copying a large roadmap on this thread would hold up the window instead.
    auto copied = std::make_shared<std::promise<void>>();
    m_document->holdUntilCopied(copied->get_future().share());
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [&roadmap, copied, target = m_target] {
        std::optional<Roadmap> snapshot;
        try {
            snapshot.emplace(roadmap);
        } catch (...) {
            copied->set_value();
            throw;
        }
        copied->set_value();
        return analyse(*snapshot, target);
    }));
    Q_EMIT updated();
}

void AnalysisController::finished() {
    m_running = false;
    if (m_runningDocument != m_document) {
        // Of a roadmap no longer open: not even the newest figures of this one.
        refresh();
        return;
    }
    m_latest.reset();
    try {
        m_latest = m_watcher.result();
    } catch (const std::exception&) {
        // Out of memory copying or analysing a huge roadmap: no figures for this state
        // rather than the end of the application; the next change tries again.
    }
    m_latestRevision = m_runningRevision;
    m_latestTarget = m_runningTarget;
    if (!m_document || m_document->revision() != m_runningRevision || m_target != m_runningTarget) {
        refresh(); // the document moved on meanwhile: analyse it as it is now
        return;
    }
    Q_EMIT updated();
}

} // namespace orrery::app
