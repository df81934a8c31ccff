#pragma once

#include <orrery/analysis/analysis.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

namespace orrery::app {

class Document;

/// Runs the feasibility analysis on load and after every change. Small roadmaps are
/// analysed at once; large ones on a worker thread, on a snapshot of the roadmap, so that
/// typing never waits. A result that arrives after a newer change is dropped: a stale
/// analysis is never shown as current.
class AnalysisController : public QObject {
    Q_OBJECT

public:
    explicit AnalysisController(QObject* parent = nullptr);
    ~AnalysisController() override;

    void setDocument(Document* document);
    /// The mission the schedule's slack and critical path are measured towards; empty for
    /// the default (the latest-ending mission).
    void setTarget(const QString& missionId);
    QString target() const { return m_target; }

    /// The latest analysis of the current roadmap, or null while the first one runs.
    std::shared_ptr<const Analysis> current() const { return m_current; }
    /// An analysis of an older state is being replaced.
    bool isRunning() const { return m_running; }

    /// Roadmaps with at least this many missions are analysed off the GUI thread.
    static constexpr std::size_t kBackgroundThreshold = 2000;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void updated();

private:
    void finished();

    QPointer<Document> m_document;
    QString m_target;
    std::shared_ptr<const Analysis> m_current;
    QFutureWatcher<std::shared_ptr<const Analysis>> m_watcher;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    bool m_running = false;
    bool m_pending = false;
};

} // namespace orrery::app
