#include "reviewworkflow.h"

#include "../commands/commands.h"
#include "../dialogs/contributiondialog.h"
#include "../document.h"
#include "reviewsession.h"

#include <orrery/merge.h>

#include <render/utf8.h>

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {

const auto kLastBaselineKey = u"review/lastBaseline"_s;
/// How many roadmap files beside a contribution are read when looking for its baseline.
constexpr int kMaxBaselineCandidates = 64;

} // namespace

ReviewWorkflow::ReviewWorkflow(DocumentController* documents, Presentation* presentation,
                               QObject* parent)
    : QObject(parent), m_documents(documents), m_presentation(presentation) {
    // A review is of the roadmap that was open.
    connect(m_documents, &DocumentController::aboutToChangeDocument, this, &ReviewWorkflow::end);
}

ReviewWorkflow::~ReviewWorkflow() {
    delete m_session;
}

ReviewWorkflow::Start ReviewWorkflow::start(const Request& request) {
    using Outcome = Start::Outcome;
    Document* document = m_documents->document();
    if (!document) {
        return {};
    }
    // A contribution changes the plan (and its scenarios): it is reviewed with the plan shown.
    [[maybe_unused]] const auto plan = document->showScenario({});
    auto loaded = loadRoadmapFile(request.contributionPath);
    if (!loaded) {
        return {.outcome = Outcome::Unreadable,
                .file = request.contributionPath,
                .errors = std::move(loaded.error())};
    }
    Roadmap contribution = std::move(*loaded);
    std::optional<Roadmap> baseline;
    if (!request.baselinePath.isEmpty()) {
        auto base = loadRoadmapFile(request.baselinePath);
        if (!base) {
            return {.outcome = Outcome::Unreadable,
                    .file = request.baselinePath,
                    .errors = std::move(base.error())};
        }
        baseline = std::move(*base);
    } else if (!contribution.contribution) {
        // A plain roadmap: compared with the open one, which stands for its baseline.
        baseline = document->roadmap();
    } else if (auto found = findBaseline(contribution, request.contributionPath)) {
        baseline = std::move(found->first);
    } else {
        return {.outcome = Outcome::NeedsBaseline,
                .file = request.contributionPath,
                .baseline = contribution.contribution->baseline};
    }
    // A plain roadmap does not say who sent it, and a review is judged and recorded for
    // an agency.
    if (!contribution.contribution && request.contributor.isEmpty()) {
        return {.outcome = Outcome::NeedsContributor, .file = request.contributionPath};
    }

    end();
    m_session =
        new ReviewSession(document, std::move(*baseline), std::move(contribution),
                          request.contributionPath, m_presentation, request.contributor, this);
    Q_EMIT started(m_session);
    return {.outcome = Outcome::Started, .file = request.contributionPath};
}

std::optional<QString> ReviewWorkflow::startRecordedConflicts() {
    Document* document = m_documents->document();
    if (!document || document->wholeRoadmap().conflicts.empty()) {
        return std::nullopt;
    }
    auto sides = conflictSides(document->wholeRoadmap());
    if (!sides) {
        return tr("The merge conflicts recorded in the file cannot be decided here: %1")
            .arg(render::toQString(sides.error()));
    }
    end();
    m_session =
        ReviewSession::forRecordedConflicts(document, std::move(*sides), m_presentation, this);
    Q_EMIT started(m_session);
    return std::nullopt;
}

void ReviewWorkflow::end() {
    if (!m_session) {
        return;
    }
    ReviewSession* session = m_session;
    m_session = nullptr;
    // Those who show the session let it go first (ended()); the session last.
    session->blockSignals(true);
    Q_EMIT ended();
    session->deleteLater();
}

std::optional<std::pair<Roadmap, QString>>
ReviewWorkflow::findBaseline(const Roadmap& contribution, const QString& contributionPath) const {
    if (!contribution.contribution) {
        return std::nullopt;
    }
    const std::string wanted = contribution.contribution->baseline.fingerprint;
    if (const Document* document = m_documents->document();
        document && contentFingerprint(document->wholeRoadmap()) == wanted) {
        return std::pair{document->wholeRoadmap(), document->filePath()};
    }
    // Where a baseline is usually kept: among the examples, the files opened lately, beside
    // the contribution, or one folder up (contributions often have a folder of their own).
    QStringList candidates = DocumentController::exampleRoadmapPaths();
    candidates += DocumentController::recentFiles();
    const QDir beside = QFileInfo(contributionPath).absoluteDir();
    for (const QDir& folder : {beside, QDir(beside.absoluteFilePath(u".."_s))}) {
        for (const QString& name :
             folder.entryList({u"*.roadmap.json"_s}, QDir::Files | QDir::Readable, QDir::Name)) {
            candidates << folder.absoluteFilePath(name);
        }
    }
    candidates.removeDuplicates();
    candidates.removeAll(QFileInfo(contributionPath).absoluteFilePath());
    int read = 0;
    for (const QString& candidate : std::as_const(candidates)) {
        if (candidate.endsWith(u".contribution.roadmap.json"_s) ||
            ++read > kMaxBaselineCandidates) {
            continue;
        }
        if (auto loaded = loadRoadmapFile(candidate);
            loaded && contentFingerprint(*loaded) == wanted) {
            return std::pair{std::move(*loaded), candidate};
        }
    }
    return std::nullopt;
}

QString ReviewWorkflow::suggestedBaseline() const {
    const Document* document = m_documents->document();
    // The draft was most likely made from the file that is open, unless that file is the
    // draft itself.
    QString baseline = document ? document->filePath() : QString();
    if (!document || document->roadmap().contribution || baseline.isEmpty()) {
        baseline = QSettings()
                       .value(kLastBaselineKey, DocumentController::defaultRoadmapPath())
                       .toString();
    }
    return baseline;
}

Expected<void, LoadErrors> ReviewWorkflow::markAsContribution(const ContributionChoices& choices) {
    Document* document = m_documents->document();
    if (!document) {
        return make_unexpected(LoadErrors{});
    }
    auto baseline = loadRoadmapFile(choices.baselinePath);
    if (!baseline) {
        return make_unexpected(std::move(baseline.error()));
    }
    Contribution header;
    header.agency = render::toStdString(choices.agency);
    header.baseline.title = baseline->title;
    header.baseline.edition = baseline->edition;
    header.baseline.fingerprint = contentFingerprint(*baseline);
    header.summary = render::toStdString(choices.summary);
    if (choices.date.isValid()) {
        header.date =
            Date::fromYearMonthDay(choices.date.year(), choices.date.month(), choices.date.day());
    }
    // The header is the whole file's: it is set with the plan shown.
    [[maybe_unused]] const auto plan = document->showScenario({});
    if (document->roadmap().contribution != header) {
        Roadmap marked = document->roadmap();
        marked.contribution = std::move(header);
        if (!commands::changeRoadmap(*document, std::move(marked),
                                     tr("Mark as %1's Contribution").arg(choices.agency))) {
            return make_unexpected(LoadErrors{});
        }
    }
    QSettings().setValue(kLastBaselineKey, choices.baselinePath);
    return {};
}

} // namespace orrery::app
