#include "recoveryoffer.h"

#include "labels.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace orrery::app {

using namespace Qt::StringLiterals;

void offerRecoveryCopies(QWidget* parent, QList<Recovery::Entry> entries,
                         std::function<void(const Recovery::Entry&)> restore) {
    // The answers share the claim, and each lets it go first: restoring and deleting take
    // the copy's own lock.
    auto claimed = std::make_shared<std::unique_ptr<QLockFile>>();
    Recovery::Entry entry;
    while (!*claimed && !entries.isEmpty()) {
        entry = entries.takeFirst();
        *claimed = Recovery::claim(entry);
    }
    if (!*claimed) {
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, windowText("Recover Unsaved Work"),
        windowText("Orrery found unsaved work from %1: \"%2\"%3.")
            .arg(QLocale().toString(entry.savedAt, QLocale::ShortFormat), entry.title,
                 entry.originalPath.isEmpty()
                     ? QString()
                     : windowText(", belonging to %1")
                           .arg(QDir::toNativeSeparators(entry.originalPath))),
        QMessageBox::NoButton, parent);
    box->setObjectName(u"recoveryMessage"_s);
    QString question = windowText("Restore it, keep it for later, or delete it for good?");
    if (!entries.isEmpty()) {
        question +=
            u"\n\n"_s + windowText("%n more copies are waiting.", static_cast<int>(entries.size()));
    }
    box->setInformativeText(question);
    QPushButton* restoreButton = box->addButton(windowText("Restore"), QMessageBox::AcceptRole);
    QPushButton* keep = box->addButton(windowText("Keep for Later"), QMessageBox::RejectRole);
    QPushButton* remove = box->addButton(windowText("Delete"), QMessageBox::DestructiveRole);
    QObject::connect(restoreButton, &QPushButton::clicked, box, [entry, claimed, restore] {
        claimed->reset();
        restore(entry);
    });
    // The next copy is offered once this one is answered.
    QObject::connect(keep, &QPushButton::clicked, box, [parent, entries, claimed, restore] {
        claimed->reset();
        offerRecoveryCopies(parent, entries, restore);
    });
    QObject::connect(remove, &QPushButton::clicked, box,
                     [parent, entry, entries, claimed, restore] {
                         claimed->reset();
                         Recovery::remove(entry);
                         offerRecoveryCopies(parent, entries, restore);
                     });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace orrery::app
