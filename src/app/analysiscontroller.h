#pragma once

#include <orrery/analysis/analysis.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace orrery::app {

class Document;

/// Runs the feasibility analysis on load and after every change. Small roadmaps are
/// analysed at once; large ones on a worker thread, on a snapshot of the roadmap, so that
/// typing never waits. Every analysis knows the document revision it describes: a stale one
/// is never current.
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

    /// The analysis of the document as it is now (its revision, the chosen target); null
    /// while that is still being worked out. Nothing older is ever current.
    std::shared_ptr<const Analysis> current() const;
    /// The newest analysis if it describes this document as it is now (with the chosen
    /// target): what a view of that document may show. Null for any other state, another
    /// document's included.
    std::shared_ptr<const Analysis> analysisOf(const Document& document) const;
    /// The newest analysis there is, possibly of an older revision: for figures that say
    /// they are being checked again ("checking...").
    std::shared_ptr<const Analysis> latest() const { return m_latest; }
    /// The document revision the newest analysis describes.
    quint64 latestRevision() const { return m_latestRevision; }
    /// The newest analysis is being replaced by one of the document as it is now.
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
    std::shared_ptr<const Analysis> m_latest;
    /// What the newest analysis describes: the document's revision and the target.
    quint64 m_latestRevision = 0;
    QString m_latestTarget;
    QThreadPool m_pool;
    QFutureWatcher<std::shared_ptr<const Analysis>> m_watcher;
    /// What the run under way analyses.
    QPointer<Document> m_runningDocument;
    quint64 m_runningRevision = 0;
    QString m_runningTarget;
    bool m_running = false;
};

} // namespace orrery::app
