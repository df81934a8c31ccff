#pragma once

#include "../presentation.h"

#include <orrery/analysis/finding.h>
#include <orrery/conflicts.h>
#include <orrery/merge.h>
#include <orrery/roadmap.h>

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace orrery::app {

class AnalysisController;
class Document;

/// The review of one contribution against the open roadmap: the three-way merge of the
/// baseline it was drafted from, the document ("ours") and the contribution, with the
/// coordinator's decisions and comments. The merge is worked out again whenever a decision
/// or the document changes; the proposed roadmap lives in a read-only preview document
/// that the views and the analysis show like any other. Nothing touches the document until
/// apply(), which is one undoable command.
class ReviewSession : public QObject {
    Q_OBJECT

public:
    /// `current` presents the document: the proposal is shown with its selection, colours
    /// and filter, and its analysis is what the proposal's findings are compared with.
    /// `contributor` is the agency that sent the contribution: its header's unless given
    /// (a plain roadmap has none, and the review record must name one).
    ReviewSession(Document* document, Roadmap baseline, Roadmap contribution,
                  QString contributionPath, Presentation* current, QString contributor = {},
                  QObject* parent = nullptr);
    /// The conflicts a merge (git's merge driver) recorded in the document, decided like a
    /// contribution's changes: theirs against ours, from the base version. Applying clears
    /// the records and adds no review record (the version history is the record).
    static ReviewSession* forRecordedConflicts(Document* document, ConflictSides sides,
                                               Presentation* current, QObject* parent = nullptr);
    /// The session decides conflicts recorded in the document, not a contribution.
    bool resolvesRecordedConflicts() const { return m_recordedConflicts; }
    ~ReviewSession() override;

    Document* document() const { return m_document; }
    const Roadmap& baseline() const { return m_baseline; }
    const Roadmap& contribution() const { return m_contribution; }
    QString contributionPath() const { return m_contributionPath; }
    /// The agency the contribution comes from.
    QString contributor() const;
    /// The contribution names the baseline it is reviewed against.
    bool baselineMatches() const { return !m_result.baselineMismatch; }

    const MergeResult& result() const { return m_result; }
    const std::vector<MergeItem>& items() const { return m_result.items; }

    /// Accepted takes the contribution's change (for a conflict, its side); rejected keeps
    /// the roadmap as it is; none leaves the default (applied, unless the change waits for
    /// a decision).
    void decide(const std::vector<std::string>& subjects, std::optional<Verdict> verdict);
    /// The same decision for every change `which` selects (a change already made stays).
    void decideWhere(const std::function<bool(const MergeItem&)>& which,
                     std::optional<Verdict> verdict);
    void setComment(const std::string& subject, const QString& comment);
    QString comment(const std::string& subject) const;

    /// The roadmap as it would be with the current decisions, its analysis, and the views'
    /// presentation of it (shares the window's selection).
    Document* preview() const { return m_preview.get(); }
    AnalysisController* previewAnalysis() const { return m_previewAnalysis; }
    Presentation* previewPresentation() const { return m_previewPresentation; }

    /// Findings the merged roadmap has and the roadmap has not: what applying would break.
    std::vector<Finding> newFindings() const;
    /// Findings of the roadmap that the merged one no longer has.
    std::vector<Finding> resolvedFindings() const;
    /// Both analyses are there and describe the present state.
    bool findingsReady() const;

    /// Which missions the applied changes touch, and where moved ones were.
    Presentation::ProposalMarks proposalMarks() const;

    /// Applies the merge with its review record (reviewer, date, each change's verdict and
    /// comment, the contribution's fingerprint) as one undoable command. Refused (false)
    /// while a change waits for a decision.
    bool apply(const QString& reviewer);

Q_SIGNALS:
    /// The merge was worked out again; `itemsReplaced` when its list of changes is new
    /// (the document changed), not only decisions.
    void changed(bool itemsReplaced);
    /// The findings of the proposal or of the roadmap were updated.
    void findingsChanged();

private:
    /// What every session does once its first merge is worked out: the preview and its
    /// analysis, presented like `current`.
    void init(Presentation* current);
    void remerge(bool itemsReplaced);
    MergeOptions mergeOptions() const;
    /// The document's roadmap as the merge's "ours": without its conflict records, when
    /// those are what is decided.
    Roadmap ours() const;

    QPointer<Document> m_document;
    Roadmap m_baseline;
    Roadmap m_contribution;
    std::string m_baselineFingerprint;
    std::string m_contributor;
    QString m_contributionPath;
    QPointer<Presentation> m_current;
    std::map<std::string, Verdict, std::less<>> m_decisions;
    std::map<std::string, std::string, std::less<>> m_comments;
    MergeResult m_result;
    bool m_recordedConflicts = false;
    std::unique_ptr<Document> m_preview;
    AnalysisController* m_previewAnalysis;
    Presentation* m_previewPresentation;
};

} // namespace orrery::app
