// Keyboard like other planning tools, and My agency: the selection moves with the arrows,
// Enter and a double-click open the mission in the inspector, Ctrl+N makes a mission led by
// the planner's own agency with its name ready to type, Ctrl+Y redoes.

#include "support/qtstrings.h"
#include "windowoncopy.h"

#include <app/dialogs/agencydialog.h>
#include <app/dialogs/contributiondialog.h>
#include <app/docks/inspectordock.h>
#include <app/docks/missioneditor.h>
#include <app/document.h>
#include <app/mainwindow.h>
#include <app/myagency.h>
#include <app/selection.h>
#include <app/views/graph/dependencyview.h>
#include <app/views/timeline/timelineview.h>
#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace orrery;
using namespace orrery::app;

namespace {

struct KeyboardWindow : test::WindowOnCopy {
    QString current() const { return window.selection()->current(); }
    const Mission* mission(const QString& id) const {
        return window.document()->roadmap().missions.find(id.toStdString());
    }
    void press(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
        QTest::keyClick(widget, key, modifiers);
        QApplication::processEvents();
    }
    bool editingName() const {
        return QApplication::focusWidget() == window.inspector()->editor()->nameField();
    }
    QToolButton* myAgencyButton() const {
        return window.statusBar()->findChild<QToolButton*>(QStringLiteral("myAgencyButton"));
    }
};

} // namespace

TEST_CASE("Keyboard like other planning tools: the arrows move the selection on the timeline",
          "[keyboard]") {
    KeyboardWindow keys;
    TimelineView* timeline = keys.window.timelineView();
    timeline->setFocus();
    // Nothing selected: the first key starts at the roadmap's first mission.
    keys.press(timeline, Qt::Key_Down);
    CHECK(keys.current() == QStringLiteral("iss"));
    keys.press(timeline, Qt::Key_Down);
    CHECK(keys.current() == QStringLiteral("eft1"));
    keys.press(timeline, Qt::Key_Up);
    CHECK(keys.current() == QStringLiteral("iss"));

    keys.window.selection()->selectOne(QStringLiteral("change3"));
    keys.press(timeline, Qt::Key_Right);
    CHECK(keys.current() == QStringLiteral("lunaglob"));
    keys.press(timeline, Qt::Key_Left);
    CHECK(keys.current() == QStringLiteral("change3"));
    keys.press(timeline, Qt::Key_End);
    CHECK(keys.current() == QStringLiteral("hls"));
    keys.press(timeline, Qt::Key_Home);
    CHECK(keys.current() == QStringLiteral("change3"));
    // Shift adds to the selection; moving changes no date.
    keys.press(timeline, Qt::Key_Right, Qt::ShiftModifier);
    CHECK(keys.window.selection()->ids() ==
          QStringList{QStringLiteral("change3"), QStringLiteral("lunaglob")});
    CHECK(keys.window.document()->undoStack()->count() == 0);

    // Enter opens the current mission in the inspector, the cursor in its name.
    keys.press(timeline, Qt::Key_Return);
    CHECK(keys.editingName());
    CHECK(keys.window.inspector()->editor()->nameField()->text() ==
          QStringLiteral("Luna-Glob south-polar lander (later Luna-25)"));
}

TEST_CASE("Keyboard like other planning tools: double-click opens a mission for editing",
          "[keyboard]") {
    KeyboardWindow keys;
    TimelineView* timeline = keys.window.timelineView();
    timeline->reveal(QStringLiteral("ladee"));
    QApplication::processEvents();
    const QPoint bar =
        timeline->viewportRectOf(*keys.window.document()->roadmap().missions.indexOf("ladee"))
            .center()
            .toPoint();
    QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, {}, bar);
    QApplication::processEvents();
    CHECK(keys.current() == QStringLiteral("ladee"));
    CHECK(keys.editingName());
}

TEST_CASE("Keyboard like other planning tools: the diagram moves the selection too", "[keyboard]") {
    KeyboardWindow keys;
    keys.window.views()->setCurrentWidget(keys.window.dependencyView());
    DependencyView* diagram = keys.window.dependencyView();
    diagram->setFocus();
    keys.window.selection()->selectOne(QStringLiteral("em1"));
    keys.press(diagram, Qt::Key_Right);
    const QString dependentSide = keys.current();
    CHECK(dependentSide != QStringLiteral("em1"));
    keys.press(diagram, Qt::Key_Left);
    CHECK(keys.current() != dependentSide);
    keys.press(diagram, Qt::Key_Return);
    CHECK(keys.editingName());
}

TEST_CASE("Keyboard like other planning tools: redo is also Ctrl+Y", "[keyboard]") {
    KeyboardWindow keys;
    keys.window.selection()->selectOne(QStringLiteral("insight"));
    keys.window.timelineView()->setFocus();
    keys.press(keys.window.timelineView(), Qt::Key_Right, Qt::AltModifier);
    CHECK(keys.mission(QStringLiteral("insight"))->start.toString() == "2016-04");
    keys.press(keys.window.timelineView(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(keys.mission(QStringLiteral("insight"))->start.toString() == "2016-03");
    keys.press(keys.window.timelineView(), Qt::Key_Y, Qt::ControlModifier);
    CHECK(keys.mission(QStringLiteral("insight"))->start.toString() == "2016-04");
}

TEST_CASE("Keyboard like other planning tools: Ctrl+N makes a mission of my agency, its name "
          "ready to type",
          "[keyboard][myagency]") {
    KeyboardWindow keys;
    setMyAgency(QStringLiteral("ESA"));
    keys.window.timelineView()->setFocus();
    keys.press(keys.window.timelineView(), Qt::Key_N, Qt::ControlModifier);
    const Mission* added = keys.mission(keys.current());
    REQUIRE(added != nullptr);
    CHECK(added->lead == "ESA");
    CHECK(keys.editingName());
    // Typing names it.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Argonaut lander"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(keys.mission(keys.current())->name == "Argonaut lander");
    setMyAgency({});
}

TEST_CASE("My agency: asked the first time it is needed, then kept and shown in the status bar",
          "[keyboard][myagency]") {
    KeyboardWindow keys;
    setMyAgency({});
    REQUIRE(keys.myAgencyButton() != nullptr);
    CHECK(keys.myAgencyButton()->text() == QStringLiteral("My agency: not set"));

    keys.window.timelineView()->setFocus();
    keys.press(keys.window.timelineView(), Qt::Key_N, Qt::ControlModifier);
    auto* asked = keys.window.findChild<AgencyDialog*>(QStringLiteral("myAgencyDialog"));
    REQUIRE(asked != nullptr);
    REQUIRE(asked->isVisible());
    CHECK(keys.window.document()->undoStack()->count() == 0);
    asked->agencyChooser()->setCurrentIndex(
        asked->agencyChooser()->findData(QStringLiteral("JAXA")));
    asked->accept();
    QApplication::processEvents();

    CHECK(myAgency() == QStringLiteral("JAXA"));
    CHECK(keys.mission(keys.current())->lead == "JAXA");
    CHECK(keys.myAgencyButton()->text() == QStringLiteral("My agency: JAXA"));
    // Known now: the next new mission asks nothing. (The window system gives the window
    // back its focus when the dialog closes; offscreen, the test does.)
    keys.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&keys.window));
    keys.window.timelineView()->setFocus();
    keys.press(keys.window.timelineView(), Qt::Key_N, Qt::ControlModifier);
    CHECK(keys.window.document()->undoStack()->count() == 2);
    CHECK(keys.mission(keys.current())->lead == "JAXA");
    setMyAgency({});
}

TEST_CASE("My agency: Save as Contribution offers it as the contributing agency",
          "[keyboard][myagency]") {
    KeyboardWindow keys;
    setMyAgency(QStringLiteral("JAXA"));
    ContributionDialog* dialog = keys.window.createContributionDialog();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->agencyChooser()->currentData().toString() == QStringLiteral("JAXA"));
    delete dialog;
    setMyAgency({});
}
