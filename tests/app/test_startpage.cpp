// Empty state: without a roadmap the window shows a start page (open, new, examples, recent
// files, and why the last file did not open), and nothing that needs a roadmap is offered.

#include "support/pictures.h"
#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <app/docks/inspectordock.h>
#include <app/docks/reviewhistorydock.h>
#include <app/document.h>
#include <app/mainwindow.h>
#include <app/views/startpage.h>
#include <app/views/timeline/timelineview.h>
#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

using namespace orrery;
using namespace orrery::app;

namespace {

QString dataFile(std::string_view relative) {
    return QString::fromStdString(test::testDataPath(relative).string());
}

QAction* action(QWidget& window, const QString& text) {
    for (QAction* candidate : window.findChildren<QAction*>()) {
        if (candidate->text().remove(QLatin1Char('&')) == text) {
            return candidate;
        }
    }
    FAIL("no action " << text.toStdString());
    return nullptr;
}

const QStringList kNeedARoadmap = {QStringLiteral("Save"),
                                   QStringLiteral("Save As..."),
                                   QStringLiteral("Export..."),
                                   QStringLiteral("Print..."),
                                   QStringLiteral("Close"),
                                   QStringLiteral("Save as Contribution..."),
                                   QStringLiteral("Review Contribution..."),
                                   QStringLiteral("New Mission"),
                                   QStringLiteral("Find Missions"),
                                   QStringLiteral("Zoom to Fit"),
                                   QStringLiteral("Roadmap Settings...")};

} // namespace

TEST_CASE("Empty state: a file that fails to load leaves a start page that says why",
          "[startpage]") {
    QSettings().remove(QStringLiteral("recentFiles"));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(window.openFile(dataFile("malformed/month-13.roadmap.json")));
    QApplication::processEvents();

    StartPage* start = window.startPage();
    CHECK(start->isVisible());
    CHECK_FALSE(window.timelineView()->isVisible());
    // The reason is on the page, not in a box to click away.
    CHECK(window.findChild<QMessageBox*>(QStringLiteral("loadErrorMessage")) == nullptr);
    REQUIRE(start->errorLabel()->isVisible());
    CHECK(start->errorLabel()->text().contains(QStringLiteral("month-13.roadmap.json")));
    CHECK(start->errorLabel()->text().contains(QStringLiteral("Line 20, column 16")));
    // No panels of a roadmap that is not there, and nothing that needs one.
    CHECK_FALSE(window.inspector()->isVisible());
    CHECK_FALSE(window.reviewHistory()->isVisible());
    for (const QString& text : kNeedARoadmap) {
        INFO(text.toStdString());
        CHECK_FALSE(action(window, text)->isEnabled());
    }
    // Keep a picture of the page (docs/screenshots/start-page.png).
    test::keepPicture(window, QStringLiteral("start-page.png"));

    // An example opens from the page, and the panels come back.
    const auto examples =
        start->findChildren<QCommandLinkButton*>(QStringLiteral("startPageExample"));
    REQUIRE(examples.size() == 3); // the editions of 2011, 2013 and 2018
    CHECK(examples.first()->text().contains(QStringLiteral("Global Exploration Roadmap")));
    examples.first()->click();
    QApplication::processEvents();
    REQUIRE(window.document() != nullptr);
    CHECK(window.timelineView()->isVisible());
    CHECK(window.inspector()->isVisible());
    for (const QString& text : {QStringLiteral("Export..."), QStringLiteral("Save As..."),
                                QStringLiteral("Zoom to Fit")}) {
        CHECK(action(window, text)->isEnabled());
    }
}

TEST_CASE("Empty state: Close shows the start page with the files opened lately", "[startpage]") {
    QSettings().remove(QStringLiteral("recentFiles"));
    MainWindow window;
    window.show();
    const QString file = dataFile("every-field.roadmap.json");
    REQUIRE(window.openFile(file));
    action(window, QStringLiteral("Close"))->trigger();
    QApplication::processEvents();
    CHECK(window.document() == nullptr);
    CHECK(window.startPage()->isVisible());
    CHECK_FALSE(window.startPage()->errorLabel()->isVisible());
    const auto recent =
        window.startPage()->findChildren<QCommandLinkButton*>(QStringLiteral("startPageRecent"));
    REQUIRE(recent.size() == 1);
    recent.first()->click();
    REQUIRE(window.document() != nullptr);
    CHECK(window.document()->filePath() == file);
}
