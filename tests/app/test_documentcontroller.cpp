// The document's life without a window: open, save, revert, lock, watch and recover, as the
// window drives it.

#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <orrery/io/reader.h>

#include <app/commands/commands.h>
#include <app/document.h>
#include <app/documentcontroller.h>
#include <app/fileguard.h>
#include <app/recovery.h>
#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace orrery;
using namespace orrery::app;

namespace {

struct CopyOfGer {
    test::TemporaryDirectory folder;
    QString file;
    CopyOfGer() {
        file = QString::fromStdString((folder / "ger.roadmap.json").string());
        test::writeFile(file.toStdString(),
                        test::readFile(test::sourcePath("roadmaps/ger-2013.roadmap.json")));
    }
};

void moveInsight(Document& document, int months) {
    REQUIRE(commands::moveMissions(document, {QStringLiteral("insight")}, months));
}

} // namespace

TEST_CASE("Document controller: open, save, revert and new without a window",
          "[documentcontroller]") {
    CopyOfGer copy;
    DocumentController documents;
    QSignalSpy changed(&documents, &DocumentController::documentChanged);

    SECTION("a file that does not load leaves nothing open, and says where") {
        const QString broken =
            QString::fromStdString((copy.folder / "broken.roadmap.json").string());
        test::writeFile(broken.toStdString(), "{\"formatVersion\": 1,\n \"title\": 3}");
        const auto opened = documents.open(broken);
        REQUIRE_FALSE(opened);
        CHECK_FALSE(opened.error().empty());
        CHECK(opened.error().front().line > 0);
        CHECK(documents.document() == nullptr);
        CHECK(changed.isEmpty());
    }

    SECTION("open, edit, save: the file loads again with the edit, and is recent") {
        REQUIRE(documents.open(copy.file));
        CHECK(changed.count() == 1);
        CHECK(DocumentController::recentFiles().value(0) == copy.file);
        Document& document = *documents.document();
        CHECK_FALSE(documents.needsFileName());
        moveInsight(document, 2);
        REQUIRE(document.isModified());
        REQUIRE(documents.saveAs(copy.file));
        CHECK_FALSE(document.isModified());
        const Roadmap reread = test::loadRoadmap(copy.file.toStdString());
        CHECK(reread == document.roadmap());
    }

    SECTION("a save that cannot be written changes nothing on disk") {
        REQUIRE(documents.open(copy.file));
        moveInsight(*documents.document(), 1);
        const QString nowhere =
            QString::fromStdString((copy.folder / "no-such-folder" / "x.roadmap.json").string());
        const auto saved = documents.saveAs(nowhere);
        REQUIRE_FALSE(saved);
        CHECK_FALSE(saved.error().message.empty());
        CHECK(documents.document()->isModified());
        CHECK_FALSE(QFile::exists(nowhere));
    }

    SECTION("revert drops the changes and reads the file again") {
        REQUIRE(documents.open(copy.file));
        const Roadmap before = documents.document()->roadmap();
        moveInsight(*documents.document(), 5);
        REQUIRE(documents.revert());
        CHECK(documents.document()->roadmap() == before);
    }

    SECTION("a new roadmap is untitled, with the GER's agencies and destinations") {
        documents.newRoadmap();
        REQUIRE(documents.document());
        CHECK(documents.needsFileName());
        CHECK(documents.document()->roadmap().missions.empty());
        CHECK(documents.document()->roadmap().agencies.contains("ESA"));
        CHECK_FALSE(documents.document()->roadmap().destinations.empty());
        documents.close();
        CHECK(documents.document() == nullptr);
        CHECK(changed.last().at(0).value<Document*>() == nullptr);
    }
}

TEST_CASE("Document controller: the lock, the file watch and the recovery copy",
          "[documentcontroller]") {
    CopyOfGer copy;

    SECTION("a file another instance holds opens read-only until edited anyway") {
        DocumentController first;
        REQUIRE(first.open(copy.file));
        CHECK_FALSE(first.document()->isReadOnly());
        DocumentController second;
        QSignalSpy held(&second, &DocumentController::heldElsewhere);
        REQUIRE(second.open(copy.file));
        CHECK(second.document()->isReadOnly());
        CHECK(held.count() == 1);
        CHECK_FALSE(second.fileGuard()->lockOwner().isEmpty());
        CHECK_FALSE(commands::moveMissions(*second.document(), {QStringLiteral("insight")}, 1));
        second.editAnyway();
        CHECK_FALSE(second.document()->isReadOnly());
        moveInsight(*second.document(), 1);
    }

    SECTION("a change on disk reloads a clean roadmap, and asks about one with changes") {
        DocumentController documents;
        REQUIRE(documents.open(copy.file));
        QSignalSpy conflict(&documents, &DocumentController::changedOnDisk);
        Roadmap elsewhere = documents.document()->roadmap();
        elsewhere.title = "Changed by another program";
        test::writeFile(copy.file.toStdString(), toCanonicalJson(elsewhere));
        REQUIRE(QTest::qWaitFor(
            [&] { return documents.document()->roadmap().title == elsewhere.title; }, 5000));
        CHECK(conflict.isEmpty());

        moveInsight(*documents.document(), 3);
        elsewhere.title = "Changed again";
        test::writeFile(copy.file.toStdString(), toCanonicalJson(elsewhere));
        REQUIRE(conflict.wait(5000));
        CHECK(documents.document()->roadmap().title != "Changed again"); // kept until asked
        documents.reload(conflict.last().at(0).value<Roadmap>());
        CHECK(documents.document()->roadmap().title == "Changed again");
        CHECK_FALSE(documents.document()->isModified());
    }

    SECTION("unsaved work survives a crash and is restored under its own file") {
        for (const Recovery::Entry& stale : Recovery::pending()) {
            Recovery::remove(stale);
        }
        Recovery::Entry left;
        {
            auto crashed = std::make_unique<DocumentController>();
            REQUIRE(crashed->open(copy.file));
            moveInsight(*crashed->document(), 4);
            REQUIRE(crashed->recovery()->saveNow());
            // A crash: nothing is closed or discarded; the lock on the copy goes with the
            // process, here with the controller's recovery.
            crashed->recovery()->setDocument(nullptr);
            const QList<Recovery::Entry> pending = Recovery::pending();
            REQUIRE(pending.size() == 1);
            left = pending.front();
            crashed->fileGuard()->unlock();
        }
        DocumentController documents;
        REQUIRE(documents.restore(left));
        REQUIRE(documents.document());
        CHECK(documents.document()->filePath() == copy.file);
        CHECK(documents.document()->isModified());
        const Roadmap onDisk = test::loadRoadmap(copy.file.toStdString());
        CHECK(documents.document()->roadmap() != onDisk);
        REQUIRE(documents.saveAs(copy.file));
        CHECK(Recovery::pending().isEmpty());
    }
}
