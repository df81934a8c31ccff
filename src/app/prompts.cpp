#include "prompts.h"

#include "dialogs/agencydialog.h"
#include "fileguard.h"
#include "labels.h"
#include "myagency.h"

#include <render/utf8.h>

#include <QCoreApplication>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace orrery::app {

using namespace Qt::StringLiterals;

QString heldElsewhereText(const FileGuard& guard, const QString& fileName) {
    const QDateTime since = guard.lockedSince();
    const QString owner = guard.lockOwner();
    if (!since.isValid()) {
        return windowText("%1 is open in %2. It is open here read-only, so that neither of you "
                          "overwrites the other's changes.")
            .arg(fileName, owner);
    }
    if (since.date() == QDate::currentDate()) {
        return windowText(
                   "%1 is open in %2 since %3 today. It is open here read-only, so that neither "
                   "of you overwrites the other's changes.")
            .arg(fileName, owner, QLocale().toString(since.time(), QLocale::ShortFormat));
    }
    return windowText(
               "%1 is open in %2 since %3. It is open here read-only, so that neither of you "
               "overwrites the other's changes.")
        .arg(fileName, owner, QLocale().toString(since, QLocale::ShortFormat));
}

QString editingAnywayText(const FileGuard& guard, const QString& fileName) {
    return windowText(
               "You are editing %1 while %2 has it open: saving here replaces its version, and "
               "its next save replaces yours.")
        .arg(fileName, guard.lockOwner());
}

void askReloadChangedFile(QWidget* parent, const QString& fileName, std::function<void()> reload) {
    auto* box = new QMessageBox(
        QMessageBox::Question, windowText("File Changed on Disk"),
        windowText("%1 was changed by another program, and you have unsaved changes.")
            .arg(fileName),
        QMessageBox::NoButton, parent);
    box->setObjectName(u"externalChangeMessage"_s);
    box->setInformativeText(
        windowText("Reload it and lose your changes, or keep your version (saving "
                   "it will replace theirs)?"));
    QPushButton* reloadButton = box->addButton(windowText("Reload"), QMessageBox::DestructiveRole);
    box->addButton(windowText("Keep Mine"), QMessageBox::RejectRole);
    QObject::connect(reloadButton, &QPushButton::clicked, box, std::move(reload));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString askForBaseline(QWidget* parent, const QString& contributionPath,
                       const BaselineReference& baseline) {
    QMessageBox box(
        QMessageBox::Question, windowText("Baseline Not Found"),
        windowText("%1 was drafted from %2 (%3), which is neither the open roadmap nor a "
                   "file beside the contribution.")
            .arg(QFileInfo(contributionPath).fileName(), render::toQString(baseline.title),
                 render::toQString(baseline.edition)),
        QMessageBox::Cancel, parent);
    box.setInformativeText(
        windowText("The merge needs that baseline to tell the agency's changes from "
                   "what changed in the roadmap since."));
    QPushButton* choose = box.addButton(windowText("Choose Baseline..."), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() != choose) {
        return {};
    }
    return QFileDialog::getOpenFileName(parent, windowText("Baseline of the Contribution"),
                                        QFileInfo(contributionPath).absolutePath(),
                                        windowText("Orrery roadmaps (*.json)"));
}

QString askForContributor(QWidget* parent, const Roadmap& roadmap,
                          const QString& contributionPath) {
    AgencyDialog ask(
        roadmap, windowText("Contributing Agency"),
        windowText("%1 is a plain roadmap, not a contribution: which agency sent it? Its "
                   "changes to other agencies' missions wait for a decision.")
            .arg(QFileInfo(contributionPath).fileName()),
        myAgency(), parent);
    return ask.exec() == QDialog::Accepted ? ask.agency() : QString();
}

} // namespace orrery::app
