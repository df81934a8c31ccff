#include "reviewcommands.h"

#include "../dialogs/contributiondialog.h"
#include "../document.h"
#include "../filecommands.h"
#include "../prompts.h"
#include "reviewsession.h"
#include "reviewworkflow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {
const auto kReviewFolderKey = u"review/folder"_s;
} // namespace

ReviewCommands::ReviewCommands(ReviewWorkflow* reviews, DocumentController* documents,
                               FileCommands* files, QWidget* window)
    : QObject(window), m_reviews(reviews), m_documents(documents), m_files(files),
      m_window(window) {}

ContributionDialog* ReviewCommands::createContributionDialog() {
    const Document* document = m_documents->document();
    return document ? new ContributionDialog(document->roadmap(), m_reviews->suggestedBaseline(),
                                             m_window)
                    : nullptr;
}

void ReviewCommands::saveAsContributionWithDialog() {
    if (ContributionDialog* dialog = createContributionDialog()) {
        if (dialog->exec() == QDialog::Accepted) {
            saveAsContribution(dialog->choices());
        }
        delete dialog;
    }
}

bool ReviewCommands::saveAsContribution(const ContributionChoices& choices) {
    if (auto marked = m_reviews->markAsContribution(choices); !marked) {
        // No errors: the roadmap refused the change (read-only), and said so.
        if (!marked.error().empty()) {
            m_files->showLoadErrors(choices.baselinePath, marked.error());
        }
        return false;
    }
    return m_files->saveAs(choices.filePath);
}

bool ReviewCommands::review(const QString& contributionPath, const QString& baselinePath,
                            const QString& contributor) {
    using Outcome = ReviewWorkflow::Start::Outcome;
    ReviewWorkflow::Request request{contributionPath, baselinePath, contributor};
    for (;;) {
        const ReviewWorkflow::Start start = m_reviews->start(request);
        switch (start.outcome) {
        case Outcome::Started:
            Q_EMIT message(tr("Reviewing %1").arg(QDir::toNativeSeparators(contributionPath)),
                           5000);
            return true;
        case Outcome::NothingOpen:
            return false;
        case Outcome::Unreadable:
            m_files->showLoadErrors(start.file, start.errors);
            return false;
        case Outcome::NeedsBaseline:
            request.baselinePath = askForBaseline(m_window, contributionPath, start.baseline);
            if (request.baselinePath.isEmpty()) {
                return false;
            }
            break;
        case Outcome::NeedsContributor:
            request.contributor =
                askForContributor(m_window, m_documents->document()->roadmap(), contributionPath);
            if (request.contributor.isEmpty()) {
                return false;
            }
            break;
        }
    }
}

void ReviewCommands::reviewWithDialog() {
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Review Contribution"), startFolder(),
        tr("Orrery contributions (*.contribution.roadmap.json);;Orrery roadmaps (*.json)"));
    if (!path.isEmpty()) {
        QSettings().setValue(kReviewFolderKey, QFileInfo(path).absolutePath());
        review(path);
    }
}

QString ReviewCommands::startFolder() const {
    // Contributions arrive beside the roadmap they are for, or where the last one was.
    const QString beside = m_documents->folder();
    return !beside.isEmpty() ? beside : QSettings().value(kReviewFolderKey).toString();
}

} // namespace orrery::app
