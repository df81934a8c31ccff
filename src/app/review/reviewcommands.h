#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace orrery::app {

class ContributionDialog;
class DocumentController;
class FileCommands;
class ReviewWorkflow;
struct ContributionChoices;

/// File > Save as Contribution and File > Review Contribution as the planner meets them:
/// each asks what the review workflow cannot know (a baseline it cannot find, the agency
/// behind a plain roadmap, the file to review) and says what went wrong; the workflow does
/// the work.
class ReviewCommands : public QObject {
    Q_OBJECT

public:
    ReviewCommands(ReviewWorkflow* reviews, DocumentController* documents, FileCommands* files,
                   QWidget* window);

    /// The Save as Contribution dialog, not yet shown; null without a roadmap.
    ContributionDialog* createContributionDialog();
    /// Asks for the contribution's header and file, then saves.
    void saveAsContributionWithDialog();
    /// Marks the roadmap as the agency's contribution drafted from the chosen baseline (one
    /// undoable step) and saves it to the chosen file, which becomes the document's.
    bool saveAsContribution(const ContributionChoices& choices);

    /// Reviews a contribution against the open roadmap; the baseline is `baselinePath`, or
    /// the one the contribution names, or the one the planner then chooses. A plain roadmap
    /// is reviewed as `contributor`'s, or the agency the planner names.
    bool review(const QString& contributionPath, const QString& baselinePath = {},
                const QString& contributor = {});
    /// Asks for the contribution to review, then reviews it.
    void reviewWithDialog();
    /// Where choosing a contribution starts: beside the roadmap, or where the last one was.
    QString startFolder() const;

Q_SIGNALS:
    void message(const QString& text, int milliseconds);

private:
    ReviewWorkflow* m_reviews;
    DocumentController* m_documents;
    FileCommands* m_files;
    QWidget* m_window;
};

} // namespace orrery::app
