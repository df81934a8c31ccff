#include "importcommands.h"

#include "dialogs/importdialog.h"
#include "document.h"
#include "documentcontroller.h"
#include "filecommands.h"
#include "review/reviewcommands.h"

#include <orrery/io/csv.h>
#include <orrery/io/writer.h>

#include <render/utf8.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace orrery::app {

namespace {

const QString kLastFolderKey = u"import/folder"_s;

} // namespace

ImportCommands::ImportCommands(DocumentController* documents, FileCommands* files,
                               ReviewCommands* reviews, QWidget* window)
    : QObject(window), m_documents(documents), m_files(files), m_reviews(reviews),
      m_window(window) {}

ImportDialog* ImportCommands::createImportDialog(const QString& filePath) {
    const std::string path = render::toStdString(filePath);
    const auto format = importFormatOf(path);
    const auto refuse = [&](const QString& why) {
        QMessageBox::warning(
            m_window, tr("Import Failed"),
            tr("%1 cannot be imported.\n\n%2").arg(QDir::toNativeSeparators(filePath), why));
        return nullptr;
    };
    if (!format) {
        return refuse(tr("Orrery imports MS Project XML (.xml) and mission tables (.csv)."));
    }
    const auto text = readImportFile(path);
    if (!text) {
        return refuse(render::toQString(text.error().describe(path)));
    }
    std::optional<MspdiProject> project;
    ImportedPlan csv;
    if (*format == ImportFormat::Mspdi) {
        auto read = readMspdi(*text);
        if (!read) {
            return refuse(render::toQString(read.error().describe(path)));
        }
        project = std::move(*read);
    } else {
        csv = readMissionCsv(*text);
    }
    const Document* open = m_documents->document();
    auto* dialog = new ImportDialog(filePath, std::move(project), std::move(csv),
                                    open ? &open->wholeRoadmap() : nullptr, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

bool ImportCommands::finish(const ImportDialog& dialog, QString contributionPath) {
    Roadmap roadmap = dialog.result();
    if (dialog.target() == ImportDialog::Target::NewRoadmap) {
        if (!m_files->maybeSave()) {
            return false;
        }
        const std::size_t missions = roadmap.missions.size();
        auto document = std::make_unique<Document>(std::move(roadmap));
        // Nothing of it is on disk yet: closing asks to save.
        document->markModified();
        m_documents->setDocument(std::move(document));
        Q_EMIT message(missions == 1 ? tr("Imported 1 mission; save to keep it")
                                     : tr("Imported %1 missions; save to keep them").arg(missions),
                       8000);
        return true;
    }
    if (contributionPath.isEmpty()) {
        const QString folder =
            m_documents->folder().isEmpty() ? QDir::homePath() : m_documents->folder();
        contributionPath = QFileDialog::getSaveFileName(
            m_window, tr("Save %1's Contribution").arg(dialog.contributor()),
            QDir(folder).filePath(dialog.contributor().toLower() + u".contribution.roadmap.json"_s),
            tr("Roadmap (*.roadmap.json *.json)"));
        if (contributionPath.isEmpty()) {
            return false;
        }
    }
    if (auto saved = saveRoadmapFile(roadmap, render::toStdString(contributionPath)); !saved) {
        QMessageBox::warning(m_window, tr("Import Failed"),
                             render::toQString(saved.error().describe()));
        return false;
    }
    return m_reviews->review(contributionPath, {}, dialog.contributor());
}

void ImportCommands::importWithDialog() {
    QSettings settings;
    const QString filePath = QFileDialog::getOpenFileName(
        m_window, tr("Import a Plan"), settings.value(kLastFolderKey, QDir::homePath()).toString(),
        tr("Plans (*.xml *.csv);;MS Project XML (*.xml);;Mission table (*.csv)"));
    if (filePath.isEmpty()) {
        return;
    }
    settings.setValue(kLastFolderKey, QFileInfo(filePath).absolutePath());
    ImportDialog* dialog = createImportDialog(filePath);
    if (!dialog) {
        return;
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { finish(*dialog); });
    dialog->open();
}

} // namespace orrery::app
