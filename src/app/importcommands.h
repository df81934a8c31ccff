#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace orrery::app {

class DocumentController;
class FileCommands;
class ImportDialog;
class ReviewCommands;

/// File > Import as the planner meets it: choose an MS Project XML or CSV file, see its
/// missions in the import dialog, then open them as a new roadmap or save them as an
/// agency's contribution and review it against the open roadmap.
class ImportCommands : public QObject {
    Q_OBJECT

public:
    ImportCommands(DocumentController* documents, FileCommands* files, ReviewCommands* reviews,
                   QWidget* window);

    /// The import dialog of a file, not yet shown; null (and the reason said) when the file
    /// cannot be read or is no MS Project XML.
    ImportDialog* createImportDialog(const QString& filePath);
    /// What the dialog's choices make: a new roadmap, opened unsaved; or a contribution,
    /// saved to `contributionPath` (asked for when empty) and reviewed.
    bool finish(const ImportDialog& dialog, QString contributionPath = {});
    /// Asks for a file, shows its import dialog, and imports.
    void importWithDialog();

Q_SIGNALS:
    void message(const QString& text, int milliseconds);

private:
    DocumentController* m_documents;
    FileCommands* m_files;
    ReviewCommands* m_reviews;
    QWidget* m_window;
};

} // namespace orrery::app
