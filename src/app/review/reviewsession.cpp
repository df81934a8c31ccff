#include "reviewsession.h"

#include "../analysiscontroller.h"
#include "../commands/commands.h"
#include "../document.h"

#include <orrery/io/writer.h>

#include <render/utf8.h>

#include <algorithm>
#include <set>

namespace orrery::app {

namespace {

/// The findings of `of` that `in` has not.
std::vector<Finding> missingFrom(const std::vector<Finding>& of, const std::vector<Finding>& in) {
    std::vector<Finding> missing;
    std::copy_if(of.begin(), of.end(), std::back_inserter(missing), [&](const Finding& finding) {
        return std::find(in.begin(), in.end(), finding) == in.end();
    });
    return missing;
}

} // namespace

ReviewSession::ReviewSession(Document* document, Roadmap baseline, Roadmap contribution,
                             QString contributionPath, Presentation* current, QString contributor,
                             QObject* parent)
    : QObject(parent), m_document(document), m_baseline(std::move(baseline)),
      m_contribution(std::move(contribution)), m_contributionPath(std::move(contributionPath)),
      m_current(current), m_previewAnalysis(new AnalysisController(this)),
      m_previewPresentation(new Presentation(current->selection(), m_previewAnalysis, this)) {
    m_baselineFingerprint = contentFingerprint(m_baseline);
    m_contributor = render::toStdString(contributor);
    m_result = mergeRoadmaps(m_baseline, m_document->roadmap(), m_contribution, mergeOptions());
    m_preview = std::make_unique<Document>(m_result.merged);
    init(current);
}

ReviewSession* ReviewSession::forRecordedConflicts(Document* document, ConflictSides sides,
                                                   Presentation* current, QObject* parent) {
    auto* session = new ReviewSession(document, std::move(sides.base), std::move(sides.theirs),
                                      document->filePath(), current, {}, parent);
    session->m_recordedConflicts = true;
    session->m_baselineFingerprint = contentFingerprint(session->m_baseline);
    session->remerge(true);
    return session;
}

void ReviewSession::init(Presentation* current) {
    m_preview->setReadOnly(true);
    m_previewAnalysis->setTarget(current->analysis()->target());
    m_previewAnalysis->setDocument(m_preview.get());
    m_previewPresentation->setColorMode(current->colorMode());
    m_previewPresentation->setArrowMode(current->arrowMode());
    m_previewPresentation->setFilter(current->filter());
    m_previewPresentation->setHidesFiltered(current->hidesFiltered());
    m_previewPresentation->setTheme(current->context().theme);
    m_previewPresentation->setFont(current->context().font);
    m_previewPresentation->setDocument(m_preview.get());
    m_previewPresentation->setProposalMarks(proposalMarks());

    connect(m_document, &Document::changed, this, [this] { remerge(true); });
    connect(m_previewAnalysis, &AnalysisController::updated, this, &ReviewSession::findingsChanged);
    connect(current->analysis(), &AnalysisController::updated, this,
            &ReviewSession::findingsChanged);
    connect(current, &Presentation::changed, this, [this] {
        // The window's view options hold for the proposal too.
        if (m_previewPresentation->colorMode() != m_current->colorMode()) {
            m_previewPresentation->setColorMode(m_current->colorMode());
        }
        if (m_previewPresentation->arrowMode() != m_current->arrowMode()) {
            m_previewPresentation->setArrowMode(m_current->arrowMode());
        }
        m_previewPresentation->setFilter(m_current->filter());
        m_previewPresentation->setHidesFiltered(m_current->hidesFiltered());
        if (m_previewPresentation->context().theme.background !=
            m_current->context().theme.background) {
            m_previewPresentation->setTheme(m_current->context().theme);
        }
    });
}

ReviewSession::~ReviewSession() {
    // Whoever observes the session may be gone already: say nothing more.
    blockSignals(true);
    // The preview's observers go before the preview.
    m_previewPresentation->setDocument(nullptr);
    m_previewAnalysis->setDocument(nullptr);
}

QString ReviewSession::contributor() const {
    return render::toQString(m_result.contributor);
}

void ReviewSession::decide(const std::vector<std::string>& subjects,
                           std::optional<Verdict> verdict) {
    const std::set<std::string, std::less<>> chosen(subjects.begin(), subjects.end());
    decideWhere([&](const MergeItem& item) { return chosen.contains(item.change.subject()); },
                verdict);
}

void ReviewSession::decideWhere(const std::function<bool(const MergeItem&)>& which,
                                std::optional<Verdict> verdict) {
    bool any = false;
    for (const MergeItem& item : m_result.items) {
        if (item.alreadyMade || !which(item)) {
            continue;
        }
        const std::string subject = item.change.subject();
        if (verdict) {
            m_decisions[subject] = *verdict;
        } else {
            m_decisions.erase(subject);
        }
        any = true;
    }
    if (any) {
        remerge(false);
    }
}

void ReviewSession::setComment(const std::string& subject, const QString& comment) {
    const std::string text = render::toStdString(comment.trimmed());
    if (text.empty()) {
        m_comments.erase(subject);
    } else {
        m_comments[subject] = text;
    }
}

QString ReviewSession::comment(const std::string& subject) const {
    const auto found = m_comments.find(subject);
    return found == m_comments.end() ? QString() : render::toQString(found->second);
}

void ReviewSession::remerge(bool itemsReplaced) {
    if (!m_document) {
        return;
    }
    m_result = mergeRoadmaps(m_baseline, ours(), m_contribution, mergeOptions());
    if (m_recordedConflicts) {
        // The recorded versions are plain roadmaps: nobody's contribution.
        m_result.baselineMismatch = false;
    }
    m_preview->reset(m_result.merged);
    m_previewPresentation->setProposalMarks(proposalMarks());
    Q_EMIT changed(itemsReplaced);
}

Roadmap ReviewSession::ours() const {
    Roadmap roadmap = m_document->roadmap();
    if (m_recordedConflicts) {
        roadmap.conflicts.clear();
    }
    return roadmap;
}

MergeOptions ReviewSession::mergeOptions() const {
    MergeOptions options;
    if (m_recordedConflicts) {
        options.oursName = "ours";
        options.theirsName = "theirs";
        options.holdCrossAgency = false;
    }
    options.contributor = m_contributor;
    options.decisions = m_decisions;
    options.baselineFingerprint = m_baselineFingerprint;
    return options;
}

bool ReviewSession::findingsReady() const {
    if (!m_current) {
        return false;
    }
    const auto proposed = m_previewAnalysis->current();
    const auto current = m_current->analysis()->current();
    return proposed && current && !m_previewAnalysis->isRunning() &&
           !m_current->analysis()->isRunning();
}

std::vector<Finding> ReviewSession::newFindings() const {
    if (!findingsReady()) {
        return {};
    }
    return missingFrom(m_previewAnalysis->current()->findings,
                       m_current->analysis()->current()->findings);
}

std::vector<Finding> ReviewSession::resolvedFindings() const {
    if (!findingsReady()) {
        return {};
    }
    return missingFrom(m_current->analysis()->current()->findings,
                       m_previewAnalysis->current()->findings);
}

Presentation::ProposalMarks ReviewSession::proposalMarks() const {
    Presentation::ProposalMarks marks;
    if (!m_document) {
        return marks;
    }
    const Roadmap& ours = m_document->roadmap();
    const Roadmap& merged = m_result.merged;
    for (const MergeItem& item : m_result.items) {
        const std::string& missionId = item.change.mission();
        if (!item.applied || item.alreadyMade || missionId.empty()) {
            continue;
        }
        const Mission* after = merged.missions.find(missionId);
        if (!after) {
            continue; // removed: the review lists it; there is nothing left to mark
        }
        Presentation::ProposalMark& mark = marks[missionId];
        const bool added =
            item.change.entity == EntityKind::Mission && item.change.kind == ChangeKind::Added;
        if (added) {
            mark.change = render::ProposedChange::Added;
            continue;
        }
        if (mark.change == render::ProposedChange::Added) {
            continue;
        }
        const std::string& previousId =
            item.change.kind == ChangeKind::Renamed ? item.change.previousId : missionId;
        const Mission* before = ours.missions.find(previousId);
        if (before && (before->start != after->start || before->end != after->end)) {
            mark.previous = render::PreviousDates{before->start, before->end};
        }
    }
    return marks;
}

bool ReviewSession::apply(const QString& reviewer) {
    if (!m_document || !m_result.complete()) {
        return false;
    }
    if (m_recordedConflicts) {
        return commands::changeRoadmap(*m_document, m_result.merged, tr("Resolve Merge Conflicts"))
            .isChanged();
    }
    const std::string summary =
        m_contribution.contribution ? m_contribution.contribution->summary : std::string();
    auto record = reviewRecord(m_result, m_contribution, render::toStdString(reviewer.trimmed()),
                               Date::today(), m_comments, summary);
    if (!record) {
        return false; // a record the roadmap could not load again is not written
    }
    Roadmap merged = m_result.merged;
    merged.reviews.push_back(std::move(*record));
    return commands::changeRoadmap(*m_document, std::move(merged),
                                   tr("Review %1's Contribution").arg(contributor()))
        .isChanged();
}

} // namespace orrery::app
