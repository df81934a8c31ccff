#pragma once

#include "recovery.h"

#include <orrery/expected.h>
#include <orrery/io/loaderror.h>
#include <orrery/io/writer.h>
#include <orrery/roadmap.h>

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace orrery::app {

class Document;
class FileGuard;

using LoadErrors = std::vector<LoadError>;

/// The open roadmap's life: opening, saving, reverting, the lock on its file, watching the
/// file for other programs' changes, and the recovery copy. It owns the Document. It shows
/// nothing: what needs the planner (a question, a message) it reports, and the window asks;
/// so it is tested without a window.
class DocumentController : public QObject {
    Q_OBJECT

public:
    explicit DocumentController(QObject* parent = nullptr);
    ~DocumentController() override;

    Document* document() const { return m_document.get(); }
    FileGuard* fileGuard() const { return m_fileGuard; }
    Recovery* recovery() const { return m_recovery; }

    /// Opens a roadmap file (or a bundled example, ":/roadmaps/..."). The open roadmap is
    /// replaced only by one that loads; otherwise every problem comes back, with its place.
    Expected<void, LoadErrors> open(const QString& filePath);
    /// Makes `document` the open one; null closes. The previous one's recovery copy and lock
    /// go with it (asking to save is the caller's). A file another Orrery holds is opened
    /// read-only, and heldElsewhere() says so.
    void setDocument(std::unique_ptr<Document> document);
    /// A new, untitled roadmap with the bundled GER's agencies, destinations and
    /// capabilities, as of this month.
    void newRoadmap();
    /// Closes the roadmap: unsaved changes are dropped on purpose, so their copy goes.
    void close();

    /// Untitled, or a bundled example: saving needs a file chosen first.
    bool needsFileName() const;
    /// Saves to `filePath`, which becomes the document's file; the recovery copy goes and
    /// the file joins the recent ones. On failure the file on disk is unchanged.
    Expected<void, SaveError> saveAs(const QString& filePath);
    /// Reloads the file from disk, dropping unsaved changes.
    Expected<void, LoadErrors> revert();
    /// The roadmap of a recovery copy, restored under the file it belongs to and marked
    /// unsaved. The copy is written again under this session's name before the old one
    /// goes, so that a crash meanwhile loses nothing.
    Expected<void, LoadErrors> restore(const Recovery::Entry& entry);
    /// Replaces the roadmap by the newer version on disk (the planner chose Reload).
    void reload(Roadmap newer);
    /// Lifts read-only: the planner edits although another Orrery holds the file.
    void editAnyway();
    /// The application is quitting without saving: the recovery copy and the lock go.
    void shutDown();

    /// The folder of the open roadmap's file; empty for an example or an untitled roadmap.
    QString folder() const;

    /// The roadmap files opened lately, newest first.
    static QStringList recentFiles();
    /// Puts a file first among the recent ones (bundled examples are not kept).
    void addRecentFile(const QString& filePath);
    /// The roadmap opened when no file is given: the bundled GER 2013 roadmap.
    static QString defaultRoadmapPath();
    /// The bundled example roadmaps and contributions, as resource paths.
    static QStringList exampleRoadmapPaths();
    static QStringList exampleContributionPaths();

Q_SIGNALS:
    /// The open roadmap is about to be replaced (or closed): what speaks of it ends.
    void aboutToChangeDocument();
    /// Another roadmap is open (null: none).
    void documentChanged(orrery::app::Document* document);
    /// The file is open in another Orrery: this one has it read-only.
    void heldElsewhere();
    /// The roadmap just opened is in an older version of the file format: saving it will
    /// write the current one, which older Orrery cannot open. Said once, when it opens.
    void olderFormatOpened(int version);
    /// Another program changed the file while there are unsaved changes here: reload() the
    /// newer version, or keep this one.
    void changedOnDisk(const orrery::Roadmap& newer);
    /// What happened, for the status bar.
    void message(const QString& text, int milliseconds);
    void recentFilesChanged();

private:
    void fileChangedOnDisk(const QString& filePath);

    std::unique_ptr<Document> m_document;
    FileGuard* m_fileGuard;
    Recovery* m_recovery;
};

} // namespace orrery::app
