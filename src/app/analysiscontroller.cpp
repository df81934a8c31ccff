#include "analysiscontroller.h"

#include "document.h"

#include <render/qtconvert.h>

#include <QtConcurrent/QtConcurrentRun>

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
    m_current.reset();
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

void AnalysisController::refresh() {
    ++m_generation;
    if (!m_document) {
        m_current.reset();
        Q_EMIT updated();
        return;
    }
    const Roadmap& roadmap = m_document->roadmap();
    if (roadmap.missions.size() < kBackgroundThreshold) {
        m_current = analyse(roadmap, m_target);
        Q_EMIT updated();
        return;
    }
    if (m_running) {
        // One run at a time; the newest state is analysed when the current run ends.
        m_pending = true;
        return;
    }
    m_running = true;
    m_runningGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run(
        [snapshot = roadmap, target = m_target] { return analyse(snapshot, target); }));
}

void AnalysisController::finished() {
    m_running = false;
    if (m_runningGeneration == m_generation) {
        m_current = m_watcher.result();
        Q_EMIT updated();
    }
    if (m_pending || m_runningGeneration != m_generation) {
        m_pending = false;
        refresh();
    }
}

} // namespace orrery::app
