// Recovery copies: written while work is unsaved, offered after a crash, and deleted only by
// the instance that wrote them or by the planner's own Delete.

#include "support/testsupport.h"
#include "windowoncopy.h"

#include <app/document.h>
#include <app/fileguard.h>
#include <app/mainwindow.h>
#include <app/recovery.h>
#include <app/selection.h>
#include <app/views/timeline/timelineview.h>
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTest>
#include <QUndoStack>

using namespace orrery;
using namespace orrery::app;

namespace {

void removeLeftovers() {
    for (const Recovery::Entry& stale : Recovery::pending()) {
        Recovery::remove(stale);
    }
}

/// The recovery question the window shows now (an answered one lingers until deleted).
QMessageBox* recoveryBox(QWidget& window) {
    for (QMessageBox* box : window.findChildren<QMessageBox*>(QStringLiteral("recoveryMessage"))) {
        if (box->isVisible()) {
            return box;
        }
    }
    return nullptr;
}

void click(QMessageBox* box, const QString& text) {
    for (QAbstractButton* button : box->buttons()) {
        if (button->text() == text) {
            button->click();
            QApplication::processEvents();
            return;
        }
    }
    FAIL("no button " << text.toStdString());
}

/// Edits the window's roadmap (InSight a month later) and waits for the autosave.
QString editUntilAutosaved(MainWindow& window) {
    window.recovery()->setInterval(20);
    window.selection()->selectOne(QStringLiteral("insight"));
    window.timelineView()->setFocus();
    QTest::keyClick(window.timelineView(), Qt::Key_Right, Qt::AltModifier);
    REQUIRE(window.document()->isModified());
    const QString copy = window.recovery()->currentFile();
    REQUIRE(QTest::qWaitFor([&] { return QFile::exists(copy); }, 5000));
    return copy;
}

/// What a crash leaves: the copy, and no live owner of it or of the roadmap file.
void crash(MainWindow& window) {
    window.recovery()->setDocument(nullptr);
    window.fileGuard()->unlock();
    window.document()->undoStack()->setClean();
}

} // namespace

TEST_CASE("Recovery copies are deleted only with the user's say: a copy kept for later survives "
          "a restart that quits without editing",
          "[recovery]") {
    removeLeftovers();
    test::WindowOnCopy crashed;
    const QString copy = editUntilAutosaved(crashed.window);
    crash(crashed.window);
    REQUIRE(QFile::exists(copy));

    // The restart opens the same roadmap, is offered the copy, keeps it for later, and quits.
    {
        MainWindow restarted;
        restarted.show();
        REQUIRE(restarted.openFile(crashed.file));
        CHECK_FALSE(restarted.document()->isReadOnly());
        restarted.offerRecovery();
        QMessageBox* box = recoveryBox(restarted);
        REQUIRE(box != nullptr);
        click(box, QStringLiteral("Keep for Later"));
        CHECK(restarted.close());
    }
    CHECK(QFile::exists(copy));
    REQUIRE(Recovery::pending().size() == 1);
    CHECK(Recovery::pending().first().recoveryFile == copy);

    // Delete, on the other hand, is the planner's say.
    {
        MainWindow again;
        again.show();
        again.offerRecovery();
        QMessageBox* box = recoveryBox(again);
        REQUIRE(box != nullptr);
        click(box, QStringLiteral("Delete"));
        CHECK_FALSE(QFile::exists(copy));
    }
    CHECK(Recovery::pending().isEmpty());
}

TEST_CASE("Recovery copies are deleted only with the user's say: another instance on the same "
          "file neither offers nor touches a live instance's copy",
          "[recovery]") {
    removeLeftovers();
    test::WindowOnCopy first;
    const QString copy = editUntilAutosaved(first.window);

    {
        MainWindow second;
        second.show();
        REQUIRE(second.openFile(first.file));
        second.offerRecovery();
        CHECK(recoveryBox(second) == nullptr);
        CHECK(Recovery::pending().isEmpty());
        CHECK_FALSE(Recovery::remove({copy, first.file, {}, {}}));
        // Closing the second instance (it has nothing unsaved) leaves the first one's copy.
        CHECK(second.close());
    }
    CHECK(QFile::exists(copy));

    // The copy goes when its own instance saves.
    REQUIRE(first.window.saveDocument());
    CHECK_FALSE(QFile::exists(copy));
}

TEST_CASE("Recovery copies are deleted only with the user's say: several copies are offered one "
          "by one",
          "[recovery]") {
    removeLeftovers();
    QStringList copies;
    for (int i = 0; i < 2; ++i) {
        test::WindowOnCopy crashed;
        copies << editUntilAutosaved(crashed.window);
        crash(crashed.window);
    }
    MainWindow restarted;
    restarted.show();
    restarted.offerRecovery();
    QMessageBox* box = recoveryBox(restarted);
    REQUIRE(box != nullptr);
    CHECK(box->informativeText().contains(QStringLiteral("1 more")));
    const QString first = box->text();
    // While a copy is offered here, another Orrery starting now is offered the other one only.
    {
        MainWindow another;
        another.show();
        another.offerRecovery();
        QMessageBox* other = recoveryBox(another);
        REQUIRE(other != nullptr);
        CHECK(other->text() != first);
        CHECK_FALSE(other->informativeText().contains(QStringLiteral("more")));
        click(other, QStringLiteral("Keep for Later"));
    }
    click(box, QStringLiteral("Keep for Later"));
    REQUIRE(recoveryBox(restarted) != nullptr);
    CHECK(recoveryBox(restarted)->text() != first);
    click(recoveryBox(restarted), QStringLiteral("Restore"));
    REQUIRE(restarted.document() != nullptr);
    CHECK(restarted.document()->isModified());
    // The restored one is now this instance's; the other is still waiting.
    CHECK(Recovery::pending().size() == 1);
    restarted.recovery()->discard();
    restarted.document()->undoStack()->setClean();
    removeLeftovers();
}
