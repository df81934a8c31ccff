// The window on the screens planners have: a laptop's 1366x768, a full-HD screen at a scale
// factor of 2. These run under CTest with the screen they are about (tests/CMakeLists.txt);
// ORRERY_SCREEN names the logical size the test expects to be on.

#include "support/pictures.h"
#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <app/docks/findingsdock.h>
#include <app/docks/inspectordock.h>
#include <app/document.h>
#include <app/mainwindow.h>
#include <app/review/reviewsession.h>
#include <app/scenarios/scenariobar.h>
#include <app/views/timeline/timelineview.h>
#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace orrery;
using namespace orrery::app;

namespace {

QRect availableGeometry() {
    return QGuiApplication::primaryScreen()->availableGeometry();
}

/// The screen the test runs on is the one CTest asked for.
void requireScreen() {
    const QString wanted = qEnvironmentVariable("ORRERY_SCREEN");
    if (!wanted.isEmpty()) {
        const QSize size = availableGeometry().size();
        REQUIRE(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()) == wanted);
    }
}

/// A widget of the window is shown, and wholly inside the window.
void checkInside(const MainWindow& window, const QWidget* widget) {
    INFO(widget->objectName().toStdString());
    REQUIRE(widget->isVisible());
    const QRect inWindow(widget->mapTo(&window, QPoint(0, 0)), widget->size());
    CHECK(window.rect().contains(inWindow));
}

QString screenName() {
    const QSize size = availableGeometry().size();
    const qreal scale = QGuiApplication::primaryScreen()->devicePixelRatio();
    return scale > 1 ? QStringLiteral("window-scale-%1").arg(scale)
                     : QStringLiteral("window-%1x%2").arg(size.width()).arg(size.height());
}

} // namespace

TEST_CASE("Fit the screen: the first window fits, with its panels and status bar in view",
          "[.screen]") {
    requireScreen();
    QSettings().remove(QStringLiteral("mainWindow"));
    MainWindow window;
    REQUIRE(window.openFile(MainWindow::defaultRoadmapPath()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();

    INFO("frame " << window.frameGeometry().width() << "x" << window.frameGeometry().height()
                  << " at " << window.frameGeometry().x() << "," << window.frameGeometry().y()
                  << "; available " << availableGeometry().width() << "x"
                  << availableGeometry().height() << "; minimum "
                  << window.minimumSizeHint().width() << "x" << window.minimumSizeHint().height());
    CHECK(availableGeometry().contains(window.frameGeometry()));
    CHECK(window.width() >= availableGeometry().width() * 3 / 4);
    checkInside(window, window.inspector());
    checkInside(window, window.findingsDock());
    checkInside(window, window.statusBar());
    checkInside(window, window.timelineView());
    CHECK(window.timelineView()->height() >= 200);
    test::keepPicture(window, screenName() + QStringLiteral(".png"));
}

TEST_CASE("Fit the screen: a scenario's bar and notice stay wholly in view", "[.screen]") {
    requireScreen();
    QSettings().remove(QStringLiteral("mainWindow"));
    // A copy of its own: another test may have the bundled file open.
    const test::TemporaryDirectory folder;
    const auto file = folder / "ger-2011.roadmap.json";
    test::writeFile(file, test::readFile(test::sourcePath("roadmaps/ger-2011.roadmap.json")));
    MainWindow window;
    REQUIRE(window.openFile(QString::fromStdString(file.string())));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.document()->showScenario("asteroid-next"));
    ScenarioBar* bar = window.scenarioBar();
    QTRY_VERIFY(bar->noticeShown());
    QApplication::processEvents();
    // Every control of the bar is shown, none behind the tool bar's overflow button.
    QTRY_VERIFY(bar->comparisonChooser()->isVisible());
    checkInside(window, bar->scenarioChooser());
    checkInside(window, bar->notice());
    checkInside(window, bar->comparisonChooser());
    for (QAction* action : bar->actions()) {
        if (QWidget* button = bar->widgetForAction(action); button && !action->isSeparator()) {
            INFO(action->text().toStdString());
            CHECK(button->isVisible() == action->isVisible());
        }
    }
    // The chooser is wide enough to read the scenario's name whole.
    const QComboBox* chooser = bar->scenarioChooser();
    CHECK(chooser->width() >=
          chooser->fontMetrics().horizontalAdvance(chooser->currentText()) + 20);
    checkInside(window, window.timelineView());
    CHECK(window.timelineView()->height() >= 200);
    test::keepPicture(window, screenName() + QStringLiteral("-scenario.png"));
    window.close();
    QSettings().remove(QStringLiteral("mainWindow"));
}

TEST_CASE("Fit the screen: a layout saved on a larger screen is brought inside this one",
          "[.screen]") {
    requireScreen();
    {
        MainWindow large;
        large.show();
        REQUIRE(QTest::qWaitForWindowExposed(&large));
        large.setGeometry(100, 80, 3200, 1920);
        large.resizeDocks({large.findingsDock()}, {1400}, Qt::Vertical);
        large.resizeDocks({large.inspector()}, {1500}, Qt::Horizontal);
        QApplication::processEvents();
        REQUIRE(large.close());
    }
    MainWindow window;
    REQUIRE(window.openFile(MainWindow::defaultRoadmapPath()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    INFO("window " << window.frameGeometry().x() << "," << window.frameGeometry().y() << " "
                   << window.frameGeometry().width() << "x" << window.frameGeometry().height());
    INFO("frame " << window.frameGeometry().width() << "x" << window.frameGeometry().height()
                  << " at " << window.frameGeometry().x() << "," << window.frameGeometry().y()
                  << "; available " << availableGeometry().width() << "x"
                  << availableGeometry().height() << "; minimum "
                  << window.minimumSizeHint().width() << "x" << window.minimumSizeHint().height());
    CHECK(availableGeometry().contains(window.frameGeometry()));
    checkInside(window, window.statusBar());
    checkInside(window, window.inspector());
    // The docks give way to the timeline, not the other way round.
    CHECK(window.timelineView()->height() >= 200);
    CHECK(window.timelineView()->width() >= 300);
    window.close();
    QSettings().remove(QStringLiteral("mainWindow"));
}

TEST_CASE("Set-up: no picture of the window shows a path of the machine that made it", "[screen]") {
    test::TemporaryDirectory folder;
    const QString file = QString::fromStdString((folder / "ger.roadmap.json").string());
    test::writeFile(file.toStdString(),
                    test::readFile(test::sourcePath("roadmaps/ger-2013.roadmap.json")));
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(file));
    REQUIRE(window.statusBar()->currentMessage().contains(QFileInfo(file).absolutePath()));
    qputenv("ORRERY_TEST_IMAGES", folder.path().string().c_str());
    test::keepPicture(window, QStringLiteral("window.png"));
    qunsetenv("ORRERY_TEST_IMAGES");
    CHECK(QFile::exists(QString::fromStdString((folder / "window.png").string())));
    CHECK(window.statusBar()->currentMessage().isEmpty());
    // The title names the file, never its folder.
    CHECK_FALSE(window.windowTitle().contains(QFileInfo(file).absolutePath()));
}
