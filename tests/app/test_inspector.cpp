// Inspector and history speak names: one scroll area, fields that open at their start,
// completion by name, history entries that name missions, schedule figures in words.

#include "support/qtstrings.h"
#include "windowoncopy.h"

#include <app/docks/inspectordock.h>
#include <app/docks/missioneditor.h>
#include <app/document.h>
#include <app/mainwindow.h>
#include <app/selection.h>
#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace orrery;
using namespace orrery::app;

namespace {

struct InspectorWindow : test::WindowOnCopy {
    InspectorDock* inspector() const { return window.inspector(); }
    MissionEditor* editor() const { return inspector()->editor(); }
    void select(const char* id) {
        window.selection()->selectOne(QString::fromLatin1(id));
        QApplication::processEvents();
    }
    /// Types into a field and lets its completer offer what matches.
    QStringList offered(QLineEdit* field, const QString& typed) {
        field->setFocus();
        field->clear();
        QTest::keyClicks(field, typed);
        QApplication::processEvents();
        QStringList rows;
        QCompleter* completer = field->completer();
        // What the field hands its completer as the planner types (offscreen, the window
        // may not have the focus that makes the field do it).
        completer->setCompletionPrefix(field->text());
        const QAbstractItemModel* shown = completer->completionModel();
        for (int i = 0; i < shown->rowCount(); ++i) {
            rows << shown->index(i, 0).data().toString();
        }
        return rows;
    }
    /// Picks the completer's row that contains `text`, as a click in its list would.
    void choose(QLineEdit* field, const QString& text) {
        QCompleter* completer = field->completer();
        const QAbstractItemModel* shown = completer->completionModel();
        for (int i = 0; i < shown->rowCount(); ++i) {
            if (shown->index(i, 0).data().toString().contains(text)) {
                // What the field writes when the row is clicked in the completer's list.
                field->setText(completer->pathFromIndex(shown->index(i, 0)));
                return;
            }
        }
        FAIL("nothing offered with " << text.toStdString());
    }
};

} // namespace

TEST_CASE("Inspector and history speak names: one scroll area, fields at their start",
          "[inspector]") {
    InspectorWindow open;
    open.select("lunaresurs");
    // The fields and the details scroll together; the details have no scroll bar of their own.
    const auto areas = open.inspector()->findChildren<QAbstractScrollArea*>();
    int scrolling = 0;
    for (QAbstractScrollArea* area : areas) {
        if (qobject_cast<QScrollArea*>(area) && area->isVisible()) {
            ++scrolling;
        }
    }
    CHECK(scrolling == 1);
    // The details are as tall as their text: nothing of them scrolls on its own.
    QTextBrowser* details = open.inspector()->browser();
    CHECK(details->verticalScrollBar()->maximum() == 0);
    CHECK(details->height() >= static_cast<int>(details->document()->size().height()));
    CHECK(details->document()->size().height() > 300);
    CHECK(open.editor()->isAncestorOf(open.editor()->nameField()));
    CHECK(details->parentWidget() == open.editor()->parentWidget());
    // A long name opens at its start, where it says what the mission is.
    CHECK(open.editor()->nameField()->text().size() > 40);
    CHECK(open.editor()->nameField()->cursorPosition() == 0);
    CHECK(open.editor()->needsField()->cursorPosition() == 0);
}

TEST_CASE("Inspector and history speak names: completion by name, history by name", "[inspector]") {
    InspectorWindow open;
    open.select("edcm");
    QLineEdit* prerequisite = open.editor()->prerequisiteField();
    const QStringList offered = open.offered(prerequisite, QStringLiteral("Explo"));
    CHECK(offered.filter(QStringLiteral("Exploration Mission-1")).size() == 1);
    CHECK(offered.filter(QStringLiteral("Exploration Flight Test-1")).size() == 1);
    // Choosing one writes its id; Add makes it a prerequisite.
    open.choose(prerequisite, QStringLiteral("Exploration Mission-1"));
    CHECK(prerequisite->text() == QStringLiteral("em1"));
    open.editor()->addPrerequisiteButton()->click();
    const Mission* edcm = open.window.document()->roadmap().missions.find("edcm");
    CHECK(std::any_of(edcm->prerequisites.begin(), edcm->prerequisites.end(),
                      [](const Prerequisite& p) { return p.mission == "em1"; }));
    // The history names the missions as the chart does.
    CHECK(open.window.document()->undoStack()->undoText() ==
          QStringLiteral("Make Extended-duration crew missions in the lunar vicinity require "
                         "Exploration Mission-1 (first SLS, uncrewed Orion)"));
    // A whole name typed without choosing works too.
    open.window.document()->undoStack()->undo();
    prerequisite->setText(QStringLiteral("exploration mission-1 (first sls, uncrewed orion)"));
    open.editor()->addPrerequisiteButton()->click();
    CHECK(open.window.document()->undoStack()->count() == 1);

    // Capabilities complete by name in a list of several, keeping those already there.
    QLineEdit* needs = open.editor()->needsField();
    const QString before = needs->text();
    REQUIRE_FALSE(before.isEmpty());
    open.offered(needs, before + QStringLiteral(", solar-elec"));
    CHECK(open.offered(needs, before + QStringLiteral(", High-power"))
              .filter(QStringLiteral("High-power solar-electric propulsion"))
              .size() == 1);
    open.choose(needs, QStringLiteral("High-power solar-electric propulsion"));
    CHECK(needs->text() == before + QStringLiteral(", high-power-sep"));
}

TEST_CASE("Inspector and history speak names: the schedule figures say what they mean",
          "[inspector]") {
    InspectorWindow open;
    open.select("hls");
    const QString text = open.inspector()->browser()->toPlainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("could start from")));
    CHECK(text.contains(QStringLiteral("before planned")));
    CHECK(text.contains(QStringLiteral("can slip")));
    CHECK(text.contains(QStringLiteral("without delaying")));
}

TEST_CASE("The inspector says why a mission flies and edits it, one undo step an edit",
          "[inspector][strategy]") {
    InspectorWindow open;
    open.select("hmars");
    const QString text = open.inspector()->browser()->toPlainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("pursues Sustainable human missions to the surface of "
                                       "Mars (Extend Human Presence)")));
    CHECK(text.contains(QStringLiteral("needs known: Radiation at the Martian surface, closed in "
                                       "time by Curiosity (Mars Science Laboratory), 205 months "
                                       "before")));
    open.select("msl");
    CHECK(open.inspector()->browser()->toPlainText().contains(
        QStringLiteral("closes Radiation at the Martian surface from 2013-12")));
    CHECK(open.editor()->closesField()->text() ==
          QStringLiteral("mars-surface-radiation@2013-12, mars-atmosphere-edl@2012-08"));

    // Objectives complete by name and are kept in one edit with the gaps.
    QUndoStack* undo = open.window.document()->undoStack();
    QLineEdit* objectives = open.editor()->objectivesField();
    const QString before = objectives->text();
    CHECK(open.offered(objectives, before + QStringLiteral(", Demonstrate"))
              .filter(QStringLiteral("Demonstrate in-situ resource utilization on Mars"))
              .size() == 1);
    open.choose(objectives, QStringLiteral("Demonstrate in-situ resource utilization on Mars"));
    QTest::keyClick(objectives, Qt::Key_Return);
    const Mission* msl = open.window.document()->roadmap().missions.find("msl");
    CHECK(msl->objectives.back() == "mars-isru-demonstration");
    CHECK(undo->undoText().contains(QStringLiteral("objectives and knowledge gaps")));

    // A closing date moved keeps the note that says how sure the closing is.
    QLineEdit* closes = open.editor()->closesField();
    closes->setFocus();
    closes->selectAll();
    QTest::keyClicks(closes, QStringLiteral("mars-surface-radiation@2014, mars-atmosphere-edl"));
    QTest::keyClick(closes, Qt::Key_Return);
    msl = open.window.document()->roadmap().missions.find("msl");
    REQUIRE(msl->closes.size() == 2);
    CHECK(msl->closes[0].from->toString() == "2014");
    CHECK(msl->closes[0].note.starts_with("The RAD instrument"));
    CHECK_FALSE(msl->closes[1].from);

    // What does not exist is refused, saying what.
    closes->setFocus();
    closes->selectAll();
    QTest::keyClicks(closes, QStringLiteral("no-such-gap"));
    QTest::keyClick(closes, Qt::Key_Return);
    CHECK(open.editor()->message() == QStringLiteral("There is no knowledge gap \"no-such-gap\"."));
    CHECK(open.window.document()->roadmap().missions.find("msl")->closes.size() == 2);

    undo->undo();
    undo->undo();
    msl = open.window.document()->roadmap().missions.find("msl");
    CHECK(msl->closes[0].from->toString() == "2013-12");
    CHECK(msl->objectives.size() == 2);
}
