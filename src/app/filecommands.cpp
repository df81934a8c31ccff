#include "filecommands.h"

#include "document.h"
#include "loaderrors.h"
#include "prompts.h"
#include "recoveryoffer.h"
#include "views/startpage.h"
#include "widgets/messagebar.h"

#include <render/utf8.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace orrery::app {

using namespace Qt::StringLiterals;

FileCommands::FileCommands(DocumentController* documents, QWidget* window, StartPage* startPage,
                           MessageBar* messageBar, QAction* editAnyway)
    : QObject(window), m_documents(documents), m_window(window), m_startPage(startPage),
      m_messageBar(messageBar), m_editAnyway(editAnyway) {
    connect(m_documents, &DocumentController::heldElsewhere, this,
            &FileCommands::showHeldElsewhere);
    connect(m_documents, &DocumentController::changedOnDisk, this,
            &FileCommands::askAboutChangeOnDisk);
    connect(m_documents, &DocumentController::olderFormatOpened, this,
            &FileCommands::showOlderFormat);
}

bool FileCommands::open(const QString& filePath) {
    if (!maybeSave()) {
        return false;
    }
    if (auto opened = m_documents->open(filePath); !opened) {
        showLoadErrors(filePath, opened.error());
        return false;
    }
    return true;
}

void FileCommands::openWithDialog() {
    QSettings settings;
    const QString folder = settings.value(u"lastFolder"_s, QDir::homePath()).toString();
    const QString filePath = QFileDialog::getOpenFileName(
        m_window, tr("Open Roadmap"), folder, tr("Orrery roadmaps (*.roadmap.json *.json)"));
    if (!filePath.isEmpty()) {
        settings.setValue(u"lastFolder"_s, QFileInfo(filePath).absolutePath());
        open(filePath);
    }
}

bool FileCommands::maybeSave() {
    const Document* document = m_documents->document();
    if (!document || !document->isModified()) {
        return true;
    }
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them?").arg(document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

bool FileCommands::save() {
    const Document* document = m_documents->document();
    if (!document) {
        return false;
    }
    return m_documents->needsFileName() ? saveWithDialog() : saveAs(document->filePath());
}

bool FileCommands::saveWithDialog() {
    const Document* document = m_documents->document();
    if (!document) {
        return false;
    }
    const QString suggestion = !m_documents->needsFileName()
                                   ? document->filePath()
                                   : QDir::home().filePath(u"roadmap.roadmap.json"_s);
    const QString filePath = QFileDialog::getSaveFileName(
        m_window, tr("Save Roadmap As"), suggestion, tr("Orrery roadmaps (*.roadmap.json)"));
    return !filePath.isEmpty() && saveAs(filePath);
}

bool FileCommands::saveAs(const QString& filePath) {
    if (!m_documents->document()) {
        return false;
    }
    if (const auto saved = m_documents->saveAs(filePath); !saved) {
        QMessageBox::critical(m_window, tr("Cannot Save"),
                              tr("The roadmap could not be saved. The file on disk is unchanged.") +
                                  u"\n\n"_s + render::toQString(saved.error().describe()));
        return false;
    }
    return true;
}

void FileCommands::newRoadmap() {
    if (maybeSave()) {
        m_documents->newRoadmap();
    }
}

void FileCommands::close() {
    if (maybeSave()) {
        m_documents->close();
    }
}

void FileCommands::revert() {
    const Document* document = m_documents->document();
    if (!document || document->filePath().isEmpty() || !document->isModified() ||
        QMessageBox::question(
            m_window, tr("Revert"),
            tr("Discard your changes and reload %1 from disk?").arg(document->displayName())) !=
            QMessageBox::Yes) {
        return;
    }
    if (auto reverted = m_documents->revert(); !reverted) {
        showLoadErrors(document->filePath(), reverted.error());
    }
}

void FileCommands::offerRecovery() {
    offerRecoveryCopies(m_window, Recovery::pending(), [this](const Recovery::Entry& entry) {
        if (auto restored = m_documents->restore(entry); !restored) {
            showLoadErrors(entry.recoveryFile, restored.error());
        }
    });
}

void FileCommands::showLoadErrors(const QString& filePath, const LoadErrors& errors) {
    const LoadErrorReport report = describeLoadErrors(errors);
    if (!m_documents->document()) {
        // The start page says it, with the ways to open something else; it names the file
        // once, so the details need not repeat where it is.
        QString details = report.details;
        if (!errors.empty()) {
            details.replace(render::toQString(errors.front().file), QFileInfo(filePath).fileName());
        }
        m_startPage->setError(filePath, report.summary, details);
        return;
    }
    showLoadErrorMessage(m_window, filePath, report);
}

void FileCommands::editAnyway() {
    if (const Document* document = m_documents->document()) {
        m_documents->editAnyway();
        m_messageBar->showMessage(
            MessageBar::Kind::Warning,
            editingAnywayText(*m_documents->fileGuard(), document->displayName()));
    }
}

void FileCommands::askAboutChangeOnDisk(const Roadmap& newer) {
    askReloadChangedFile(m_window, m_documents->document()->displayName(),
                         [this, newer] { m_documents->reload(newer); });
}

void FileCommands::showOlderFormat(int version) {
    m_messageBar->showMessage(
        MessageBar::Kind::Information,
        tr("%1 was written in version %2 of the roadmap format. Saving writes version %3, "
           "which adds goals, objectives, knowledge gaps, scenarios and editions; Orrery "
           "before 0.2 cannot open "
           "it. Nothing of the file is lost.")
            .arg(m_documents->document()->displayName())
            .arg(version)
            .arg(kFormatVersion));
}

void FileCommands::showHeldElsewhere() {
    m_messageBar->showMessage(
        MessageBar::Kind::Information,
        heldElsewhereText(*m_documents->fileGuard(), m_documents->document()->displayName()),
        {m_editAnyway});
}

} // namespace orrery::app
