#pragma once

#include "documentcontroller.h"

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace orrery::app {

class MessageBar;
class StartPage;

/// The File menu's verbs as the planner meets them: each asks what the document controller
/// cannot know (a file name, whether to save, revert or reload) and says what went wrong,
/// in a message or on the start page when no roadmap is open. The controller does the work.
class FileCommands : public QObject {
    Q_OBJECT

public:
    FileCommands(DocumentController* documents, QWidget* window, StartPage* startPage,
                 MessageBar* messageBar, QAction* editAnyway);

    /// Opens a roadmap file, once unsaved changes are saved or dropped; on failure the
    /// current roadmap stays open and every problem is listed with its place in the file.
    bool open(const QString& filePath);
    /// Asks for a roadmap file, then opens it.
    void openWithDialog();
    /// Asks whether to save unsaved changes; false when the planner cancels.
    bool maybeSave();
    /// Saves to the document's file; asks for one if it has none (or is a bundled example).
    bool save();
    /// Asks for a file, then saves there.
    bool saveWithDialog();
    /// Saves to `filePath`, which becomes the document's file. Says why when it cannot.
    bool saveAs(const QString& filePath);
    void newRoadmap();
    void close();
    /// Drops the changes and reloads the file, if the planner agrees.
    void revert();
    /// Offers the recovery copies a crash left behind.
    void offerRecovery();
    /// A file's problems: in a message, or on the start page when no roadmap is open.
    void showLoadErrors(const QString& filePath, const LoadErrors& errors);
    /// Lifts read-only, and warns what saving now means.
    void editAnyway();

private:
    void askAboutChangeOnDisk(const Roadmap& newer);
    void showHeldElsewhere();
    void showOlderFormat(int version);

    DocumentController* m_documents;
    QWidget* m_window;
    StartPage* m_startPage;
    MessageBar* m_messageBar;
    QAction* m_editAnyway;
};

} // namespace orrery::app
