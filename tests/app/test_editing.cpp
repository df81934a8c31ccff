// Editing as a planner does it: drags on the timeline, keys, the inspector, files.

#include "support/pictures.h"
#include "support/qtstrings.h"
#include "support/testsupport.h"
#include "windowoncopy.h"

#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <app/docks/inspectordock.h>
#include <app/docks/missioneditor.h>
#include <app/document.h>
#include <app/fileguard.h>
#include <app/mainwindow.h>
#include <app/myagency.h>
#include <app/presentation.h>
#include <app/recovery.h>
#include <app/selection.h>
#include <app/views/graph/dependencyview.h>
#include <app/views/timeline/timelineview.h>
#include <app/widgets/messagebar.h>
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace orrery;
using namespace orrery::app;

namespace {

/// The GER 2013 window, with what editing tests do to it.
struct EditingWindow : test::WindowOnCopy {
    Document& document() const { return *window.document(); }
    const Mission& mission(const char* id) const {
        const Mission* found = document().roadmap().missions.find(id);
        REQUIRE(found != nullptr);
        return *found;
    }
    std::size_t indexOf(const char* id) const { return *document().roadmap().missions.indexOf(id); }
    TimelineView* timeline() const { return window.timelineView(); }
    /// Where a mission's bar is, with the view scrolled to show it.
    QRectF barOf(const char* id) {
        timeline()->reveal(QString::fromLatin1(id));
        QApplication::processEvents();
        return timeline()->viewportRectOf(indexOf(id));
    }
    int pixelsForMonths(int months) const {
        return static_cast<int>(std::lround(months * 30.4375 * timeline()->pixelsPerDay()));
    }
    void drag(const QPoint& from, const QPoint& to, Qt::KeyboardModifiers modifiers = {}) {
        QWidget* viewport = timeline()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
        const QPoint middle = (from + to) / 2;
        QTest::mouseMove(viewport, middle);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
        QApplication::processEvents();
    }
};

QMessageBox* messageBox(QWidget& parent, const char* name) {
    return parent.findChild<QMessageBox*>(QLatin1String(name));
}

QAbstractButton* buttonCalled(QMessageBox* box, const QString& text) {
    for (QAbstractButton* button : box->buttons()) {
        if (button->text() == text) {
            return button;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Dragging a bar moves the mission by whole months; one undo restores it", "[editing]") {
    EditingWindow editing;
    editing.timeline()->setPixelsPerDay(240.0 / 365.25); // 20 pixels a month
    const QRectF bar = editing.barOf("ladee");
    const QPoint from = bar.center().toPoint();
    editing.drag(from, from + QPoint(editing.pixelsForMonths(6), 0));
    CHECK(editing.mission("ladee").start.toString() == "2014-03");
    // Its year-precise end moves its last month: the mission keeps its length.
    CHECK(editing.mission("ladee").end->toString() == "2015-06");
    CHECK(editing.document().undoStack()->count() == 1);
    CHECK(editing.document().isModified());
    editing.document().undoStack()->undo();
    CHECK(editing.mission("ladee").start.toString() == "2013-09");
    CHECK(editing.mission("ladee").end->toString() == "2014");

    // With Shift, whole years: a year-precise mission stays year-precise.
    const QRectF eft = editing.barOf("eft1");
    editing.drag(eft.center().toPoint(),
                 eft.center().toPoint() + QPoint(editing.pixelsForMonths(14), 0),
                 Qt::ShiftModifier);
    CHECK(editing.mission("eft1").start.toString() == "2015");
}

TEST_CASE("Moving a mission keeps its length, its row, and the axis under the pointer",
          "[editing]") {
    EditingWindow editing;
    TimelineView* timeline = editing.timeline();
    timeline->zoomToFit(); // fitted to the window, as a roadmap opens
    const double scale = timeline->pixelsPerDay();
    const std::size_t hls = editing.indexOf("hls");
    const int row = timeline->layout().missions[hls].row;
    CHECK(editing.mission("hls").start.toString() == "2028");
    CHECK(editing.mission("hls").end->toString() == "2030");

    // Past the end of the chart, so that the chart grows and a scroll bar comes.
    const QRectF bar = editing.barOf("hls");
    const QPoint from = bar.center().toPoint();
    const QPoint to = from + QPoint(editing.pixelsForMonths(6 * 12 + 6), 0);
    const auto dayAtPointer = [&] {
        return timeline->layout().scale.dayAt(to.x() + timeline->horizontalScrollBar()->value());
    };
    QWidget* viewport = timeline->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QApplication::processEvents();
    CHECK(timeline->layout().missions[hls].row == row);
    CHECK(timeline->pixelsPerDay() == scale);
    const auto dayBefore = dayAtPointer();
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QApplication::processEvents();

    const Mission& moved = editing.mission("hls");
    CHECK(moved.start.toString() == "2034-07");
    CHECK(moved.end->toString() == "2037-06");
    CHECK(moved.end->lastMonth() - moved.start.firstMonth() == 35);
    CHECK(timeline->layout().missions[hls].row == row);
    CHECK(timeline->pixelsPerDay() == scale);
    CHECK(dayAtPointer() == dayBefore);

    // Nudges keep the length too.
    editing.document().undoStack()->undo();
    editing.window.selection()->selectOne(QStringLiteral("hls"));
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Right, Qt::AltModifier);
    CHECK(editing.mission("hls").start.toString() == "2028-02");
    CHECK(editing.mission("hls").end->toString() == "2031-01");
}

TEST_CASE("Dragging a bar's end changes the end date", "[editing]") {
    EditingWindow editing;
    editing.timeline()->setPixelsPerDay(240.0 / 365.25);
    const QRectF bar = editing.barOf("osirisrex");
    const QPoint edge(static_cast<int>(bar.right()) - 1, static_cast<int>(bar.center().y()));
    editing.drag(edge, edge + QPoint(editing.pixelsForMonths(12), 0));
    const Mission& mission = editing.mission("osirisrex");
    CHECK(mission.start.toString() == "2016");
    REQUIRE(mission.end);
    CHECK(mission.end->precision() == DatePrecision::Month);
    CHECK(mission.end->firstMonth() >= Date::fromYearMonth(2024, 11).firstMonth());
    CHECK(mission.end->firstMonth() <= Date::fromYearMonth(2025, 1).firstMonth());
    CHECK(editing.document().undoStack()->undoText().startsWith(QStringLiteral("Change dates")));
}

TEST_CASE("Alt and the arrow keys nudge the selection by a month, with Shift by a year",
          "[editing]") {
    EditingWindow editing;
    editing.window.selection()->selectOne(QStringLiteral("insight"));
    editing.timeline()->setFocus();
    QTest::keyClick(editing.timeline(), Qt::Key_Right, Qt::AltModifier);
    CHECK(editing.mission("insight").start.toString() == "2016-04");
    QTest::keyClick(editing.timeline(), Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
    CHECK(editing.mission("insight").start.toString() == "2015-04");
    // Nudges in a row are one step: one undo puts the mission back.
    CHECK(editing.document().undoStack()->count() == 1);
    editing.document().undoStack()->undo();
    CHECK(editing.mission("insight").start.toString() == "2016-03");
}

TEST_CASE("Delete removes the mission and its dependencies; undo brings both back", "[editing]") {
    EditingWindow editing;
    const std::string before = toCanonicalJson(editing.document().roadmap());
    editing.window.selection()->selectOne(QStringLiteral("em1"));
    editing.timeline()->setFocus();
    QTest::keyClick(editing.timeline(), Qt::Key_Delete);
    CHECK_FALSE(editing.document().roadmap().missions.contains("em1"));
    CHECK(editing.mission("em2").prerequisites.empty());
    editing.document().undoStack()->undo();
    CHECK(toCanonicalJson(editing.document().roadmap()) == before);
}

TEST_CASE("Alt+drag from one mission to another makes a dependency", "[editing]") {
    EditingWindow editing;
    const QRectF from = editing.barOf("mom");
    const QRectF to = editing.timeline()->viewportRectOf(editing.indexOf("msr"));
    REQUIRE(QRectF(editing.timeline()->viewport()->rect()).contains(to.center()));
    editing.drag(from.center().toPoint(), to.center().toPoint(), Qt::AltModifier);
    const Mission& msr = editing.mission("msr");
    CHECK(std::any_of(msr.prerequisites.begin(), msr.prerequisites.end(),
                      [](const Prerequisite& p) { return p.mission == "mom"; }));
    CHECK(editing.document().undoStack()->count() == 1);
}

namespace {

/// A viewport point of the diagram over the mission, found by asking the view.
std::optional<QPoint> pointOver(DependencyView* diagram, std::size_t mission) {
    const QRect area = diagram->viewport()->rect();
    for (int y = area.top() + 2; y < area.bottom(); y += 3) {
        for (int x = area.left() + 2; x < area.right(); x += 3) {
            if (diagram->missionAt({x, y}) == mission) {
                return QPoint(x, y);
            }
        }
    }
    return std::nullopt;
}

void altDrag(QWidget* viewport, QPoint from, QPoint to) {
    QTest::mousePress(viewport, Qt::LeftButton, Qt::AltModifier, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::AltModifier, to);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("Drawing a dependency is one gesture in both views, refused alike", "[editing]") {
    EditingWindow editing;
    QUndoStack* undo = editing.document().undoStack();

    // The diagram: mom becomes a prerequisite of msr.
    auto* diagram = editing.window.findChild<DependencyView*>();
    REQUIRE(diagram);
    editing.window.views()->setCurrentWidget(diagram);
    QApplication::processEvents();
    // From mom to msr, wherever the diagram has laid them out.
    const auto linkInDiagram = [&] {
        diagram->zoomToFit();
        const auto mom = pointOver(diagram, editing.indexOf("mom"));
        const auto msr = pointOver(diagram, editing.indexOf("msr"));
        REQUIRE(mom);
        REQUIRE(msr);
        altDrag(diagram->viewport(), *mom, *msr);
    };
    linkInDiagram();
    CHECK(undo->count() == 1);
    CHECK(undo->text(0).contains(QStringLiteral("require")));

    // Again (the diagram is laid out anew with the new arrow): refused, and the reason shows
    // where the pointer is.
    QToolTip::hideText();
    linkInDiagram();
    CHECK(undo->count() == 1);
    REQUIRE(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 2000));
    const QString diagramRefusal = QToolTip::text();
    CHECK(diagramRefusal.contains(QStringLiteral("already requires")));

    // On the timeline, the same refusal shown the same way.
    QToolTip::hideText();
    editing.window.views()->setCurrentWidget(editing.timeline());
    QApplication::processEvents();
    const QRectF from = editing.barOf("mom");
    const QRectF to = editing.timeline()->viewportRectOf(editing.indexOf("msr"));
    altDrag(editing.timeline()->viewport(), from.center().toPoint(), to.center().toPoint());
    CHECK(undo->count() == 1);
    REQUIRE(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 2000));
    CHECK(QToolTip::text() == diagramRefusal);

    // Released on the mission it started from: a click, nothing refused.
    QToolTip::hideText();
    altDrag(editing.timeline()->viewport(), from.center().toPoint(),
            from.center().toPoint() + QPoint(1, 0));
    CHECK(undo->count() == 1);
    CHECK_FALSE(QToolTip::isVisible());
}

TEST_CASE("The inspector edits each kind of field and refuses bad input", "[editing]") {
    EditingWindow editing;
    editing.window.selection()->selectOne(QStringLiteral("mars2020"));
    MissionEditor* editor = editing.window.inspector()->editor();
    QUndoStack* undo = editing.document().undoStack();

    const auto type = [](QLineEdit* field, const QString& text) {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    };

    type(editor->nameField(), QStringLiteral("Perseverance"));
    CHECK(editing.mission("mars2020").name == "Perseverance");

    type(editor->startField(), QStringLiteral("2020-07-30"));
    CHECK(editing.mission("mars2020").start.toString() == "2020-07-30");
    const int steps = undo->count();

    // Typing shows at once what would be refused...
    editor->startField()->setFocus();
    editor->startField()->selectAll();
    QTest::keyClicks(editor->startField(), QStringLiteral("2020-13"));
    CHECK(editor->message().contains(QStringLiteral("month 13")));
    QTest::keyClick(editor->startField(), Qt::Key_Backspace);
    QTest::keyClick(editor->startField(), Qt::Key_Backspace);
    QTest::keyClicks(editor->startField(), QStringLiteral("07-30"));
    CHECK(editor->message().isEmpty());
    QTest::keyClick(editor->startField(), Qt::Key_Return);

    // ...and a date that does not exist changes nothing and says why.
    type(editor->startField(), QStringLiteral("2021-02-30"));
    CHECK(editing.mission("mars2020").start.toString() == "2020-07-30");
    CHECK(undo->count() == steps);
    CHECK(editor->message().contains(QStringLiteral("February 2021 has 28 days")));
    // A picture of this moment for the user guide (docs/screenshots/editing.png).
    test::keepPicture(editing.window, QStringLiteral("editing.png"));

    // The rejected text stays for the planner to correct; correct it.
    type(editor->startField(), QStringLiteral("2020-07-30"));
    type(editor->endField(), QStringLiteral("2019"));
    CHECK_FALSE(editing.mission("mars2020").end);
    CHECK(editor->message().contains(QStringLiteral("before the start")));

    editor->statusChooser()->setCurrentIndex(
        editor->statusChooser()->findData(static_cast<int>(MissionStatus::Operating)));
    Q_EMIT editor->statusChooser()->activated(editor->statusChooser()->currentIndex());
    CHECK(editing.mission("mars2020").status == MissionStatus::Operating);

    type(editor->partnersField(), QStringLiteral("ESA, NOSUCH"));
    CHECK(editing.mission("mars2020").partners.empty());
    CHECK(editor->message().contains(QStringLiteral("NOSUCH")));
    type(editor->partnersField(), QStringLiteral("ESA, JAXA"));
    CHECK(editing.mission("mars2020").partners == std::vector<std::string>{"ESA", "JAXA"});

    type(editor->providesField(), QStringLiteral("mars-sample-caching@2021-02"));
    REQUIRE(editing.mission("mars2020").provides.size() == 1);
    CHECK(editing.mission("mars2020").provides[0].from->toString() == "2021-02");

    editor->notesField()->setFocus();
    editor->notesField()->setPlainText(QStringLiteral("Landed in Jezero crater."));
    editor->nameField()->setFocus(); // leaving the notes commits them
    QApplication::processEvents();
    CHECK(editing.mission("mars2020").notes == "Landed in Jezero crater.");

    type(editor->prerequisiteField(), QStringLiteral("insight"));
    CHECK(editing.mission("mars2020").prerequisites.back().mission == "insight");
    editor->prerequisiteList()->setCurrentRow(editor->prerequisiteList()->count() - 1);
    editor->removePrerequisiteButton()->click();
    CHECK(editing.mission("mars2020").prerequisites.back().mission == "msl");
}

TEST_CASE("Renaming an id in the inspector updates every reference", "[editing]") {
    EditingWindow editing;
    editing.window.selection()->selectOne(QStringLiteral("em1"));
    QLineEdit* id = editing.window.inspector()->editor()->idField();
    id->setFocus();
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("artemis-1"));
    QTest::keyClick(id, Qt::Key_Return);
    CHECK(editing.document().roadmap().missions.contains("artemis-1"));
    CHECK(editing.mission("em2").prerequisites[0].mission == "artemis-1");
    const auto& arcm = editing.mission("arcm").prerequisites;
    CHECK(std::any_of(arcm.begin(), arcm.end(),
                      [](const Prerequisite& p) { return p.mission == "artemis-1"; }));
    CHECK(editing.window.selection()->current() == QStringLiteral("artemis-1"));
    CHECK(editing.document().undoStack()->count() == 1);

    // An id that is taken is refused.
    id->setFocus();
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("iss"));
    QTest::keyClick(id, Qt::Key_Return);
    CHECK(editing.document().roadmap().missions.contains("artemis-1"));
    CHECK(editing.window.inspector()->editor()->message().contains(QStringLiteral("already")));
}

TEST_CASE("Save writes the canonical form and the clean state follows it", "[editing]") {
    EditingWindow editing;
    REQUIRE(editing.window.selection());
    editing.window.selection()->selectOne(QStringLiteral("insight"));
    editing.timeline()->setFocus();
    QTest::keyClick(editing.timeline(), Qt::Key_Right, Qt::AltModifier);
    INFO(editing.window.windowTitle().toStdString()
         << " modified " << editing.document().isModified());
    CHECK(editing.window.isWindowModified());
    REQUIRE(editing.window.saveDocument());
    CHECK_FALSE(editing.window.isWindowModified());
    CHECK_FALSE(editing.document().isModified());
    const std::string saved = test::readFile(editing.file.toStdString());
    CHECK(saved == toCanonicalJson(editing.document().roadmap()));
    CHECK(parseRoadmap(saved, "saved")->missions.find("insight")->start.toString() == "2016-04");
    editing.document().undoStack()->undo();
    CHECK(editing.document().isModified());
    editing.document().undoStack()->redo();
    CHECK_FALSE(editing.document().isModified());
}

TEST_CASE("A new mission goes to the clicked lane and month", "[editing]") {
    EditingWindow editing;
    TimelineView* timeline = editing.timeline();
    const QRectF mom = editing.barOf("mom");
    const QPoint spot(static_cast<int>(mom.left()), static_cast<int>(mom.center().y()) + 3);
    setMyAgency(QStringLiteral("ISRO"));
    timeline->newMissionAt(spot);
    setMyAgency({});
    const QString id = editing.window.selection()->current();
    REQUIRE(id.startsWith(QStringLiteral("new-mission")));
    const Mission& added = *editing.document().roadmap().missions.find(id.toStdString());
    CHECK(added.destination == "mars-orbit");
    CHECK(added.lead == "ISRO");
    CHECK(added.start.firstMonth() ==
          timeline->monthAt(spot.x() + timeline->horizontalScrollBar()->value()));
    editing.document().undoStack()->undo();
    CHECK_FALSE(editing.document().roadmap().missions.contains(id.toStdString()));
}

TEST_CASE("Autosave writes a recovery copy that a fresh window offers", "[editing][recovery]") {
    for (const Recovery::Entry& stale : Recovery::pending()) {
        Recovery::remove(stale);
    }
    QString recoveredFrom;
    {
        EditingWindow editing;
        editing.window.recovery()->setInterval(50);
        editing.window.selection()->selectOne(QStringLiteral("insight"));
        editing.timeline()->setFocus();
        QTest::keyClick(editing.timeline(), Qt::Key_Right, Qt::AltModifier);
        const QString copy = editing.window.recovery()->currentFile();
        REQUIRE(QTest::qWaitFor([&] { return QFile::exists(copy); }, 5000));
        // Its own instance is alive: nobody else is offered the copy.
        CHECK(Recovery::pending().isEmpty());
        recoveredFrom = editing.file;
        // A crash: the window goes away without saving or discarding.
        editing.window.recovery()->setDocument(nullptr);
        editing.document().undoStack()->setClean();
    }
    REQUIRE(Recovery::pending().size() == 1);
    const Recovery::Entry entry = Recovery::pending().first();
    CHECK(entry.originalPath == recoveredFrom);
    CHECK(entry.title == QStringLiteral("Global Exploration Roadmap"));

    MainWindow fresh;
    fresh.show();
    fresh.offerRecovery();
    QMessageBox* box = messageBox(fresh, "recoveryMessage");
    REQUIRE(box != nullptr);
    CHECK(box->text().contains(QStringLiteral("Global Exploration Roadmap")));
    buttonCalled(box, QStringLiteral("Restore"))->click();
    REQUIRE(fresh.document() != nullptr);
    CHECK(fresh.document()->isModified());
    CHECK(fresh.document()->filePath() == recoveredFrom);
    CHECK(fresh.document()->roadmap().missions.find("insight")->start.toString() == "2016-04");
    // Still recoverable until saved or discarded: the restoring instance keeps a copy, its
    // own now, so that nobody else is offered it.
    CHECK(QFile::exists(fresh.recovery()->currentFile()));
    CHECK(Recovery::pending().isEmpty());
    fresh.document()->undoStack()->resetClean();
    fresh.recovery()->discard();
    fresh.document()->undoStack()->setClean();
    CHECK(Recovery::pending().isEmpty());
}

TEST_CASE("Read-only can be lifted: a message bar says who holds the file, since when, and "
          "offers Edit Anyway",
          "[editing]") {
    test::TemporaryDirectory folder;
    const QString file = QString::fromStdString((folder / "locked.roadmap.json").string());
    test::writeFile(file.toStdString(),
                    test::readFile(test::sourcePath("roadmaps/ger-2013.roadmap.json")));
    QLockFile other(FileGuard::lockFileFor(file));
    REQUIRE(other.tryLock(0));

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    REQUIRE(window.openFile(file));
    QApplication::processEvents();
    // No dialog in the way: a bar above the chart.
    CHECK(messageBox(window, "lockMessage") == nullptr);
    MessageBar* bar = window.messageBar();
    REQUIRE(bar->isVisible());
    const QString text = bar->label()->text();
    CHECK(text.contains(QStringLiteral("locked.roadmap.json")));
    CHECK(text.contains(QStringLiteral("another Orrery on this computer (process %1)")
                            .arg(QCoreApplication::applicationPid())));
    CHECK(text.contains(QStringLiteral("today")));
    CHECK(text.contains(QStringLiteral("read-only")));
    CHECK(window.document()->isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));

    // What read-only forbids is not offered, and what is tried anyway is refused, saying why.
    const auto actionCalled = [&](const QString& name) {
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->text().remove(QLatin1Char('&')) == name) {
                return action;
            }
        }
        FAIL("no action " << name.toStdString());
        return static_cast<QAction*>(nullptr);
    };
    for (const QString& name :
         {QStringLiteral("Save"), QStringLiteral("New Mission"),
          QStringLiteral("Roadmap Settings..."), QStringLiteral("Review Contribution...")}) {
        INFO(name.toStdString());
        CHECK_FALSE(actionCalled(name)->isEnabled());
    }
    CHECK(actionCalled(QStringLiteral("Save As..."))->isEnabled());
    QSignalSpy refused(window.document(), &Document::editRefused);
    window.selection()->selectOne(QStringLiteral("insight"));
    window.timelineView()->setFocus();
    QTest::keyClick(window.timelineView(), Qt::Key_Right, Qt::AltModifier);
    CHECK(window.document()->undoStack()->count() == 0);
    CHECK(refused.count() == 1);
    window.timelineView()->reveal(QStringLiteral("insight"));
    QApplication::processEvents();
    const QPoint bar0 =
        window.timelineView()
            ->viewportRectOf(*window.document()->roadmap().missions.indexOf("insight"))
            .center()
            .toPoint();
    QWidget* viewport = window.timelineView()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, bar0);
    QTest::mouseMove(viewport, bar0 + QPoint(40, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, bar0 + QPoint(40, 0));
    CHECK(refused.count() == 2);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Edit Anyway")));
    CHECK(window.document()->undoStack()->count() == 0);

    // Edit Anyway lifts it, and the bar warns of what saving now means.
    REQUIRE(bar->buttons().size() == 1);
    CHECK(bar->buttons().first()->text() == QStringLiteral("Edit Anyway"));
    bar->buttons().first()->click();
    QApplication::processEvents();
    CHECK_FALSE(window.document()->isReadOnly());
    CHECK(actionCalled(QStringLiteral("Save"))->isEnabled());
    CHECK(bar->isVisible());
    CHECK(bar->label()->text().contains(QStringLiteral("replaces")));
    QTest::keyClick(window.timelineView(), Qt::Key_Right, Qt::AltModifier);
    CHECK(window.document()->undoStack()->count() == 1);
    window.document()->undoStack()->setClean();
}

TEST_CASE("A change on disk is reloaded, or asked about when there are local changes",
          "[editing]") {
    EditingWindow editing;
    Roadmap theirs = editing.document().roadmap();
    theirs.title = "Changed elsewhere";
    REQUIRE(writeFileAtomically(editing.file.toStdString(), toCanonicalJson(theirs)));
    REQUIRE(QTest::qWaitFor(
        [&] { return editing.document().roadmap().title == "Changed elsewhere"; }, 5000));
    CHECK_FALSE(editing.document().isModified());

    // Local changes are never discarded silently.
    editing.window.selection()->selectOne(QStringLiteral("insight"));
    editing.timeline()->setFocus();
    QTest::keyClick(editing.timeline(), Qt::Key_Right, Qt::AltModifier);
    theirs.title = "Changed again";
    REQUIRE(writeFileAtomically(editing.file.toStdString(), toCanonicalJson(theirs)));
    REQUIRE(
        QTest::qWaitFor([&] { return messageBox(editing.window, "externalChangeMessage"); }, 5000));
    CHECK(editing.document().roadmap().title == "Changed elsewhere");
    CHECK(editing.document().isModified());
    QMessageBox* box = messageBox(editing.window, "externalChangeMessage");
    buttonCalled(box, QStringLiteral("Reload"))->click();
    CHECK(editing.document().roadmap().title == "Changed again");
    CHECK_FALSE(editing.document().isModified());
}

TEST_CASE("A version 1 file opens, says once that saving upgrades it, and keeps every field",
          "[editing][versions]") {
    test::TemporaryDirectory folder;
    const QString file = QString::fromStdString((folder / "older.roadmap.json").string());
    const std::string original =
        test::readFile(test::testDataPath("version-1/ger-2013.roadmap.json"));
    test::writeFile(file.toStdString(), original);

    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        REQUIRE(window.openFile(file));
        QApplication::processEvents();
        MessageBar* bar = window.messageBar();
        REQUIRE(bar->isVisible());
        CHECK(bar->label()->text().contains(QStringLiteral("older.roadmap.json")));
        CHECK(bar->label()->text().contains(QStringLiteral("version 1 of the roadmap format")));
        CHECK(bar->label()->text().contains(QStringLiteral("Saving writes version 2")));
        CHECK_FALSE(window.document()->isReadOnly());
        // Nothing is rewritten until the planner saves.
        CHECK(test::readFile(file.toStdString()) == original);

        REQUIRE(window.saveDocument());
        const Roadmap saved = test::loadRoadmap(file.toStdString());
        CHECK(saved.readFrom.formatVersion == 2);
        CHECK(saved == test::loadRoadmap(test::testDataPath("version-1/ger-2013.roadmap.json")));
    }

    // The upgraded file opens without a word about versions (the first window, closed, has
    // let go of its lock).
    MainWindow again;
    again.resize(1600, 1000);
    again.show();
    REQUIRE(again.openFile(file));
    QApplication::processEvents();
    CHECK_FALSE(again.messageBar()->isVisible());
}
