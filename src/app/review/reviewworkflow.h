#pragma once

#include "../documentcontroller.h"

#include <orrery/contribution.h>
#include <orrery/roadmap.h>

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <utility>

namespace orrery::app {

class Presentation;
class ReviewSession;
struct ContributionChoices;

/// Reviewing an agency's contribution against the open roadmap, and drafting one: finding
/// the baseline a contribution names by fingerprint, starting and ending the review
/// session, marking the open roadmap as a contribution. What only the planner can say (a
/// baseline that cannot be found, the agency behind a plain roadmap) comes back as what
/// is still needed; the window asks and starts again. Tested without a window.
class ReviewWorkflow : public QObject {
    Q_OBJECT

public:
    ReviewWorkflow(DocumentController* documents, Presentation* presentation,
                   QObject* parent = nullptr);
    ~ReviewWorkflow() override;

    struct Request {
        QString contributionPath;
        /// The roadmap the contribution was drafted from; by default the one it names.
        QString baselinePath;
        /// The agency that sent it: a plain roadmap's is not written in it.
        QString contributor;
    };

    /// What starting a review came to.
    struct Start {
        enum class Outcome {
            Started,
            /// A file does not load: `file` and its `errors`.
            Unreadable,
            /// The baseline the contribution names is nowhere to be found: `baseline` says
            /// which it is; ask for its file.
            NeedsBaseline,
            /// A plain roadmap: ask which agency sent it.
            NeedsContributor,
            /// No roadmap is open to review against.
            NothingOpen,
        };
        Outcome outcome = Outcome::NothingOpen;
        QString file = {};
        LoadErrors errors = {};
        BaselineReference baseline = {};
    };
    /// Starts reviewing a contribution (a previous review ends): the session is then
    /// session(), and started() says so.
    Start start(const Request& request);
    /// The review under way, if any.
    ReviewSession* session() const { return m_session; }
    /// Starts deciding the conflicts a merge recorded in the open roadmap (git's merge
    /// driver leaves them there). Nothing when it has none; the reason when the records do
    /// not make the versions they came from.
    std::optional<QString> startRecordedConflicts();
    /// Ends the review without applying it. The session goes once control returns to the
    /// event loop (it may be ending itself); until then it is quiet.
    void end();

    /// The roadmap a contribution names as its baseline (by content fingerprint), with its
    /// file: the open one, a bundled example, a file opened lately, one beside the
    /// contribution or one folder up.
    std::optional<std::pair<Roadmap, QString>> findBaseline(const Roadmap& contribution,
                                                            const QString& contributionPath) const;

    /// The baseline to propose for a new contribution: the open file, unless it is itself a
    /// contribution; then the one chosen last.
    QString suggestedBaseline() const;
    /// Marks the open roadmap as the agency's contribution drafted from the chosen baseline,
    /// as one undoable step; saving it is the caller's. The baseline's load errors, if it
    /// does not load; a refusal (read-only) as an error with no place.
    Expected<void, LoadErrors> markAsContribution(const ContributionChoices& choices);

Q_SIGNALS:
    void started(orrery::app::ReviewSession* session);
    void ended();

private:
    DocumentController* m_documents;
    Presentation* m_presentation;
    QPointer<ReviewSession> m_session;
};

} // namespace orrery::app
