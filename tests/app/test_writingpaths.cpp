// Every file Orrery writes must load again: each path that writes a roadmap, in the window
// and on the command line, writes a file and the reader takes it back.

#include "cli/clirun.h"
#include "support/testsupport.h"
#include "windowoncopy.h"

#include <orrery/io/reader.h>
#include <orrery/merge.h>

#include <app/commands/commands.h>
#include <app/dialogs/contributiondialog.h>
#include <app/document.h>
#include <app/mainwindow.h>
#include <app/recovery.h>
#include <app/review/reviewpanel.h>
#include <app/review/reviewsession.h>
#include <app/selection.h>
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDate>
#include <QFile>
#include <QUndoStack>

using namespace orrery;
using namespace orrery::app;

namespace {

std::string bundled(std::string_view name) {
    return test::sourcePath("roadmaps/" + std::string(name)).string();
}

/// Loads what a path wrote; the whole test stops with the reader's errors when it fails.
Roadmap loadsAgain(const QString& file) {
    INFO("written by Orrery: " << file.toStdString());
    REQUIRE(QFile::exists(file));
    return test::loadRoadmap(file.toStdString());
}
Roadmap loadsAgain(const std::filesystem::path& file) {
    return loadsAgain(QString::fromStdString(file.string()));
}

QString inFolder(const test::TemporaryDirectory& folder, const char* name) {
    return QString::fromStdString((folder / name).string());
}

/// Decides every change waiting for a decision by accepting it, and applies the review.
void acceptEverythingAndApply(MainWindow& window) {
    ReviewSession* session = window.review();
    REQUIRE(session != nullptr);
    session->decideWhere([](const MergeItem& item) { return item.pending(); }, Verdict::Accepted);
    REQUIRE(session->apply(QStringLiteral("ISECG coordinator")));
    window.endReview();
    QApplication::processEvents();
}

} // namespace

TEST_CASE("Every file Orrery writes must load again", "[writing]") {
    const test::TemporaryDirectory folder;
    test::WindowOnCopy copy;
    MainWindow& window = copy.window;
    Document& document = *window.document();

    SECTION("Save and Save As, after an edit") {
        REQUIRE(commands::moveMissions(document, {QStringLiteral("em1")}, 7));
        REQUIRE(window.saveDocument());
        CHECK(loadsAgain(copy.file).missions.find("em1")->start.toString() == "2017-08");
        const QString other = inFolder(folder, "other.roadmap.json");
        REQUIRE(window.saveDocumentAs(other));
        CHECK(loadsAgain(other) == document.roadmap());
    }

    SECTION("the recovery copy") {
        REQUIRE(commands::moveMissions(document, {QStringLiteral("insight")}, 1));
        REQUIRE(window.recovery()->saveNow());
        CHECK(loadsAgain(window.recovery()->currentFile()) == document.roadmap());
    }

    SECTION("Save as Contribution") {
        ContributionChoices choices;
        choices.agency = QStringLiteral("JAXA");
        choices.baselinePath = MainWindow::defaultRoadmapPath();
        choices.summary = QStringLiteral("Hayabusa2 as flown");
        choices.date = QDate(2015, 1, 20);
        choices.filePath = inFolder(folder, "jaxa.contribution.roadmap.json");
        REQUIRE(window.saveAsContribution(choices));
        CHECK(loadsAgain(choices.filePath).contribution->agency == "JAXA");
    }

    SECTION("Apply Review of a contribution, then Save") {
        REQUIRE(window.reviewContribution(
            QString::fromStdString(bundled("contributions/esa-2016.contribution.roadmap.json"))));
        acceptEverythingAndApply(window);
        REQUIRE(window.saveDocument());
        const Roadmap saved = loadsAgain(copy.file);
        REQUIRE(saved.reviews.size() == 1);
        CHECK(saved.reviews.back().contribution.agency == "ESA");
    }

    SECTION("Apply Review of a plain roadmap, then Save") {
        REQUIRE(window.reviewContribution(QString::fromStdString(bundled("ger-2018.roadmap.json")),
                                          copy.file, QStringLiteral("NASA")));
        CHECK(window.review()->contributor() == QStringLiteral("NASA"));
        acceptEverythingAndApply(window);
        REQUIRE(window.saveDocument());
        CHECK(loadsAgain(copy.file).reviews.back().contribution.agency == "NASA");
    }

    SECTION("a new roadmap, saved") {
        window.newRoadmap();
        const QString fresh = inFolder(folder, "new.roadmap.json");
        REQUIRE(window.saveDocumentAs(fresh));
        CHECK(loadsAgain(fresh).missions.empty());
    }

    SECTION("orrery-cli format") {
        const auto file = folder / "unformatted.roadmap.json";
        std::string text = test::readFile(bundled("ger-2013.roadmap.json"));
        std::replace(text.begin(), text.end(), '\n', ' ');
        test::writeFile(file, text);
        REQUIRE(test::runCli({"format", file.string()}).exitCode == 0);
        CHECK(loadsAgain(file) ==
              loadsAgain(QString::fromStdString(bundled("ger-2013.roadmap.json"))));
    }

    SECTION("orrery-cli merge, clean and with its conflicts written") {
        const auto clean = folder / "clean.roadmap.json";
        REQUIRE(test::runCli({"merge", bundled("ger-2013.roadmap.json"),
                              bundled("ger-2013.roadmap.json"),
                              bundled("contributions/nasa-2016.contribution.roadmap.json"), "-o",
                              clean.string()})
                    .exitCode == 0);
        loadsAgain(clean);
        const auto conflicts = folder / "conflicts.roadmap.json";
        REQUIRE(test::runCli({"merge", bundled("ger-2013.roadmap.json"),
                              bundled("ger-2013.roadmap.json"),
                              bundled("contributions/esa-2016.contribution.roadmap.json"), "-o",
                              conflicts.string(), "--write-conflicts"})
                    .exitCode == 1);
        loadsAgain(conflicts);
    }

    SECTION("orrery-cli merge of a plain roadmap from any baseline") {
        const auto merged = folder / "merged.roadmap.json";
        REQUIRE(test::runCli({"merge", bundled("ger-2013.roadmap.json"),
                              bundled("ger-2013.roadmap.json"), bundled("ger-2018.roadmap.json"),
                              "-o", merged.string(), "--any-baseline", "--agency", "NASA",
                              "--write-conflicts"})
                    .exitCode == 1);
        CHECK(loadsAgain(merged).reviews.back().contribution.agency == "NASA");
    }

    SECTION("orrery-cli generate") {
        const auto generated = folder / "generated.roadmap.json";
        REQUIRE(test::runCli({"generate", "--missions", "200", "--seed", "7", "--cycles", "2", "-o",
                              generated.string()})
                    .exitCode == 0);
        CHECK(loadsAgain(generated).missions.size() == 200);
    }
}
