// Scenarios and editions in the window: showing a scenario, editing inside it (the edit goes
// into the scenario, undo comes back to it), what stays the plan's, the bar that says which
// is shown, the comparison panel, and the ghosts of another scenario or an earlier edition.

#include "support/pictures.h"
#include "support/poppler.h"
#include "support/qtstrings.h"
#include "support/roadmapbuilder.h"
#include "support/testsupport.h"

#include <orrery/analysis/structure.h>
#include <orrery/io/writer.h>
#include <orrery/resolution.h>

#include <app/commands/commands.h>
#include <app/dialogs/exportdialog.h>
#include <app/docks/inspectordock.h>
#include <app/docks/missiontabledock.h>
#include <app/document.h>
#include <app/mainwindow.h>
#include <app/models/missiontablemodel.h>
#include <app/presentation.h>
#include <app/recovery.h>
#include <app/scenarios/comparisondock.h>
#include <app/scenarios/scenariobar.h>
#include <app/scenarios/scenariocommands.h>
#include <app/scenarios/trendchart.h>
#include <app/selection.h>
#include <app/views/timeline/timelineview.h>
#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace orrery;
using namespace orrery::app;
using namespace Qt::StringLiterals;

namespace {

QString bundled(const char* name) {
    return QString::fromStdString(
        test::sourcePath("roadmaps/" + std::string(name) + ".roadmap.json").string());
}

/// A full-HD window on a copy of a bundled roadmap (and the files it names) in a temporary
/// folder.
struct WindowOn {
    test::TemporaryDirectory folder;
    QString file;
    MainWindow window;

    explicit WindowOn(const char* name) {
        for (const char* edition : {"ger-2011", "ger-2013", "ger-2018"}) {
            test::writeFile(folder / (std::string(edition) + ".roadmap.json"),
                            test::readFile(test::sourcePath("roadmaps/" + std::string(edition) +
                                                            ".roadmap.json")));
        }
        file = QString::fromStdString((folder / (std::string(name) + ".roadmap.json")).string());
        window.resize(1920, 1080);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openFile(file));
        QApplication::processEvents();
    }
    ~WindowOn() {
        if (window.document() && window.document()->isModified()) {
            window.document()->undoStack()->setClean();
        }
    }
    WindowOn(const WindowOn&) = delete;
    WindowOn& operator=(const WindowOn&) = delete;

    Document& document() { return *window.document(); }
};

const Scenario& scenarioOf(const Document& document, std::string_view id) {
    const Scenario* scenario = document.wholeRoadmap().scenarios.find(id);
    REQUIRE(scenario);
    return *scenario;
}

} // namespace

TEST_CASE("A document shows the plan or one of its scenarios", "[app][scenarios]") {
    auto loaded = Document::load(bundled("ger-2011"));
    REQUIRE(loaded);
    Document& document = **loaded;
    CHECK(document.scenario().empty());
    CHECK(document.roadmap().missions.size() == 18);
    const Roadmap plan = document.wholeRoadmap();

    REQUIRE(document.showScenario("moon-next"));
    CHECK(document.scenario() == "moon-next");
    CHECK(document.roadmap().missions.size() == 21);
    CHECK(document.roadmap().missions.contains("lunar-crew-first"));
    CHECK(document.roadmap().scenarios.empty());
    CHECK(document.wholeRoadmap() == plan);
    CHECK_FALSE(document.isModified());

    const auto refused = document.showScenario("mars-direct");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(u"there is no scenario \"mars-direct\""_s));
    CHECK(document.scenario() == "moon-next");

    REQUIRE(document.showScenario({}));
    CHECK(document.roadmap() == plan);
}

TEST_CASE("Edits made while a scenario is shown go into it, and undo comes back to it",
          "[app][scenarios]") {
    test::TemporaryDirectory folder;
    const QString file = QString::fromStdString((folder / "ger-2011.roadmap.json").string());
    test::writeFile(file.toStdString(),
                    test::readFile(test::sourcePath("roadmaps/ger-2011.roadmap.json")));
    auto loaded = Document::load(file);
    REQUIRE(loaded);
    Document& document = **loaded;
    const Roadmap original = document.wholeRoadmap();

    REQUIRE(document.showScenario("moon-next"));
    // One of the scenario's own missions, and one of the plan's.
    REQUIRE(commands::setMissionDates(document, u"lunar-crew-first"_s, test::date("2029"),
                                      test::date("2029")));
    REQUIRE(commands::moveMissions(document, {u"em2"_s}, 12));
    CHECK(document.roadmap().missions.find("em2")->start == test::date("2022"));
    CHECK(document.isModified());

    const Scenario& moon = scenarioOf(document, "moon-next");
    CHECK(moon.adds.find("lunar-crew-first")->start == test::date("2029"));
    const auto em2 =
        std::find_if(moon.changes.begin(), moon.changes.end(),
                     [](const MissionOverride& change) { return change.mission == "em2"; });
    REQUIRE(em2 != moon.changes.end());
    CHECK(em2->fields == std::vector<std::string>{"start", "end"});
    // The plan and the other pathway are as they were.
    CHECK(document.wholeRoadmap().missions == original.missions);
    CHECK(scenarioOf(document, "asteroid-next") == *original.scenarios.find("asteroid-next"));

    // Removing a plan mission inside the scenario drops it there.
    REQUIRE(commands::deleteMissions(document, {u"selene2"_s}));
    CHECK(scenarioOf(document, "moon-next").drops == std::vector<std::string>{"selene2"});
    CHECK(document.wholeRoadmap().missions.contains("selene2"));

    // What belongs to the plan is refused, saying why.
    const auto settings = commands::changeRoadmap(document, document.roadmap(), u"Settings"_s);
    CHECK(settings.isRefused());
    CHECK(settings.reason().contains(u"show the plan"_s));
    const auto rename = commands::renameMission(document, u"em2"_s, u"artemis2"_s);
    CHECK(rename.isRefused());

    // Saved, the scenario holds the edits; read again, it resolves to what was shown.
    const Roadmap shown = document.roadmap();
    REQUIRE(document.saveAs(file));
    auto again = Document::load(file);
    REQUIRE(again);
    CHECK((*again)->roadmap() == document.wholeRoadmap());
    REQUIRE((*again)->showScenario("moon-next"));
    CHECK((*again)->roadmap().missions.items() == shown.missions.items());

    // Shown the plan, undo shows the scenario again and undoes there, step by step.
    REQUIRE(document.showScenario({}));
    document.undoStack()->undo();
    CHECK(document.scenario() == "moon-next");
    CHECK(document.roadmap().missions.contains("selene2"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(document.wholeRoadmap() == original);
    document.undoStack()->redo();
    CHECK(scenarioOf(document, "moon-next").adds.find("lunar-crew-first")->start ==
          test::date("2029"));
}

TEST_CASE("The scenario bar shows a scenario, says that edits go into it, and compares",
          "[app][scenarios]") {
    WindowOn open("ger-2011");
    ScenarioBar* bar = open.window.scenarioBar();
    QComboBox* chooser = bar->scenarioChooser();
    REQUIRE(chooser->count() == 3);
    CHECK(chooser->itemText(0) == u"Plan"_s);
    CHECK(chooser->itemText(1) == u"Asteroid Next"_s);
    CHECK_FALSE(bar->noticeShown());

    // Chosen with the keyboard, as a planner would.
    chooser->setFocus();
    QTest::keyClick(chooser, Qt::Key_Down);
    QTest::keyClick(chooser, Qt::Key_Down);
    QApplication::processEvents();
    if (open.document().scenario().empty()) {
        // Styles that open the list on arrow keys take the choice on Return.
        QTest::keyClick(chooser, Qt::Key_Return);
        QApplication::processEvents();
    }
    CHECK(open.document().scenario() == "moon-next");
    CHECK(bar->noticeShown());
    CHECK(bar->notice()->text() == u"Edits go into \u201cMoon Next\u201d"_s);
    CHECK(bar->notice()->toolTip().contains(u"the plan stays as it is"_s));
    CHECK(open.window.windowTitle().contains(u"scenario Moon Next"_s));

    // Compared with the plan: its own missions are marked as added.
    bar->compareWith(u"plan"_s);
    const auto& marks = open.window.presentation()->proposalMarks();
    REQUIRE(marks.contains("lunar-crew-first"));
    CHECK(marks.at("lunar-crew-first").change == render::ProposedChange::Added);
    CHECK_FALSE(marks.contains("em2"));
    test::keepPicture(open.window, QStringLiteral("scenario-moon-next.png"));

    // Back to the plan: the notice goes, and so does the comparison with the plan.
    chooser->setCurrentIndex(0);
    Q_EMIT chooser->activated(0);
    QApplication::processEvents();
    CHECK(open.document().scenario().empty());
    CHECK_FALSE(bar->noticeShown());
    CHECK(open.window.presentation()->proposalMarks().empty());
}

TEST_CASE("The timeline draws an earlier edition's dates as ghosts", "[app][scenarios][editions]") {
    WindowOn open("ger-2018");
    ScenarioBar* bar = open.window.scenarioBar();
    CHECK_FALSE(bar->scenarioChooser()->isEnabled());
    REQUIRE(bar->comparisonChooser()->findData(u"edition:ger-2013"_s) > 0);
    bar->compareWith(u"edition:ger-2013"_s);
    const auto& marks = open.window.presentation()->proposalMarks();
    REQUIRE(marks.contains("em1"));
    CHECK(marks.at("em1").change == render::ProposedChange::Changed);
    REQUIRE(marks.at("em1").previous);
    CHECK(marks.at("em1").previous->start == test::date("2017"));
    CHECK(marks.at("gateway").change == render::ProposedChange::Added);
    // Told more exactly is not moved: 2014 in 2013, December 2014 in 2018.
    CHECK_FALSE(marks.contains("hayabusa2"));
    test::keepPicture(open.window, QStringLiteral("edition-ghosts.png"));

    // An edition whose file changed since it was named is refused, and nothing is drawn.
    test::writeFile(open.folder / "ger-2011.roadmap.json",
                    toCanonicalJson(test::loadRoadmap(open.folder / "ger-2013.roadmap.json")));
    bar->compareWith(u"edition:ger-2011"_s);
    CHECK(open.window.presentation()->proposalMarks().empty());
    CHECK(bar->comparisonChooser()->currentIndex() == 0);
}

TEST_CASE("The comparison panel sets the plan and the pathways side by side", "[app][scenarios]") {
    WindowOn open("ger-2011");
    ComparisonDock* dock = open.window.comparisonDock();
    CHECK_FALSE(dock->isVisible());
    // Opened from the scenario bar.
    QAction* compare = dock->toggleViewAction();
    REQUIRE(open.window.scenarioBar()->actions().contains(compare));
    compare->trigger();
    dock->raise();
    open.window.resizeDocks({dock}, {300}, Qt::Vertical);
    QApplication::processEvents();
    QTableWidget* table = dock->table();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, ComparisonDock::Name)->text() == u"Plan"_s);
    CHECK(table->item(1, ComparisonDock::Name)->text() == u"Asteroid Next"_s);
    CHECK(table->item(2, ComparisonDock::Name)->text() == u"Moon Next"_s);
    CHECK(table->item(1, ComparisonDock::Added)->text() ==
          u"nea-robotic, cis-dsh, nea-crew, lunar-after-nea, mars-orbit"_s);
    CHECK(table->item(2, ComparisonDock::CriticalPath)->text().endsWith(u"hmars"_s));
    CHECK(table->item(0, ComparisonDock::Errors)->text() == u"0"_s);
    test::keepPicture(open.window, QStringLiteral("compare-scenarios.png"));

    // A double-click shows the scenario; an edit in it is in the panel at once (the
    // dependencies on the removed mission go with it, so no error follows).
    const QRect cell = table->visualItemRect(table->item(2, ComparisonDock::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QApplication::processEvents();
    CHECK(open.document().scenario() == "moon-next");
    REQUIRE(commands::deleteMissions(open.document(), {u"lunar-extended"_s}));
    QApplication::processEvents();
    CHECK(table->item(2, ComparisonDock::Dropped)->text().isEmpty());
    CHECK_FALSE(table->item(2, ComparisonDock::Added)->text().contains(u"lunar-extended"_s));
    CHECK(table->item(2, ComparisonDock::Errors)->text() == u"0"_s);
}

TEST_CASE("The mission table shows how far each mission moved since each edition",
          "[app][scenarios][editions]") {
    WindowOn open("ger-2018");
    MissionTableModel* model = open.window.missionTableDock()->model();
    // Two columns for each of the editions GER 2018 names, 2011 and 2013.
    REQUIRE(model->columnCount() == MissionTableModel::ColumnCount + 4);
    const int since2013 = MissionTableModel::ColumnCount + 2;
    CHECK(model->headerData(since2013, Qt::Horizontal).toString() == u"Start since ger-2013"_s);
    CHECK(model->headerData(since2013 + 1, Qt::Horizontal).toString() == u"End since ger-2013"_s);
    const auto cell = [&](const char* id, int column) {
        return model->index(model->rowOf(QString::fromLatin1(id)), column);
    };
    CHECK(cell("em1", since2013).data().toString() == u"+36"_s);
    CHECK(cell("em1", since2013).data(Qt::ToolTipRole).toString() == u"2017 then, 2020 now"_s);
    CHECK(cell("msr", since2013).data().toString() == u"+24"_s);
    CHECK(cell("hayabusa2", since2013).data().toString() == u"0"_s);
    CHECK(cell("gateway", since2013).data().toString() == u"\u2014"_s);
    CHECK(cell("gateway", since2013).data(Qt::ToolTipRole).toString() == u"Not in this edition"_s);
    // Since 2011, Mars Sample Return slipped six years.
    CHECK(cell("msr", MissionTableModel::ColumnCount).data().toString() == u"+72"_s);
    // Sorted by the slip, the biggest comes first.
    CHECK(cell("em1", since2013).data(MissionTableModel::SortRole).toInt() == 36);
    CHECK(cell("gateway", since2013).data(MissionTableModel::SortRole).toInt() <
          cell("iss", since2013).data(MissionTableModel::SortRole).toInt());
}

TEST_CASE("The inspector charts a mission's dates across editions", "[app][scenarios][editions]") {
    WindowOn open("ger-2018");
    // As wide as a planner would make the inspector to read it.
    open.window.resizeDocks({open.window.inspector()}, {560}, Qt::Horizontal);
    open.window.selection()->selectOne(u"msr"_s);
    QApplication::processEvents();
    TrendChart* chart = open.window.inspector()->trendChart();
    REQUIRE(chart->isVisible());
    const auto& rows = chart->rows();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].label == u"ger-2011"_s);
    CHECK(rows[0].title == u"1st edition (September 2011)"_s);
    CHECK(rows[0].start == test::date("2022"));
    CHECK(rows[1].start == test::date("2026"));
    CHECK(rows[2].label == u"Now"_s);
    CHECK(rows[2].start == test::date("2028"));
    CHECK(chart->toolTip().contains(u"2nd edition (August 2013): 2026"_s));
    test::keepPicture(*chart, QStringLiteral("trend-chart.png"));

    // A mission new since then: the earlier editions say so.
    open.window.selection()->selectOne(u"gateway"_s);
    QApplication::processEvents();
    CHECK_FALSE(chart->rows()[0].start);
    CHECK(chart->rows()[2].start == test::date("2022"));

    // A roadmap that names no editions has no chart.
    REQUIRE(open.window.openFile(bundled("ger-2013")));
    open.window.selection()->selectOne(u"msr"_s);
    QApplication::processEvents();
    CHECK_FALSE(chart->isVisible());
}

TEST_CASE("What is written while a scenario is shown is the whole roadmap", "[app][scenarios]") {
    WindowOn open("ger-2011");
    Document& document = open.document();
    REQUIRE(document.showScenario("asteroid-next"));
    REQUIRE(commands::moveMissions(document, {u"nea-crew"_s}, 12));
    // The recovery copy holds the plan and every scenario, the edit included.
    REQUIRE(open.window.recovery()->saveNow());
    const Roadmap copy = test::loadRoadmap(open.window.recovery()->currentFile().toStdString());
    CHECK(copy == document.wholeRoadmap());
    CHECK(copy.missions.size() == 18);
    CHECK(copy.scenarios.find("asteroid-next")->adds.find("nea-crew")->start == test::date("2026"));
    // Saved, the file is taken for what it is, not for a change made elsewhere: the scenario
    // and the history stay.
    REQUIRE(open.window.saveDocument());
    QApplication::processEvents();
    CHECK(document.scenario() == "asteroid-next");
    CHECK(document.undoStack()->count() == 1);
    open.window.recovery()->discard();

    // A new mission cannot take the id of a plan mission the scenario drops.
    REQUIRE(commands::deleteMissions(document, {u"msr"_s}));
    Mission again = *document.wholeRoadmap().missions.find("msr");
    const auto refused = commands::addMission(document, again);
    CHECK(refused.isRefused());
    CHECK(refused.reason().contains(u"this scenario does without it"_s));
}

TEST_CASE("Renaming a plan mission renames it in the scenarios too, in one step",
          "[app][scenarios]") {
    WindowOn open("ger-2011");
    Document& document = open.document();
    const Roadmap before = document.wholeRoadmap();
    REQUIRE(commands::renameMission(document, u"lunaglob"_s, u"luna25"_s));
    const Scenario& moon = *document.wholeRoadmap().scenarios.find("moon-next");
    const Mission& landing = *moon.adds.find("lunar-crew-first");
    CHECK(std::any_of(landing.prerequisites.begin(), landing.prerequisites.end(),
                      [](const Prerequisite& p) { return p.mission == "luna25"; }));
    CHECK(document.roadmap().missions.contains("luna25"));
    CHECK(document.undoStack()->count() == 1);
    document.undoStack()->undo();
    CHECK(document.wholeRoadmap() == before);
}

TEST_CASE("The variance columns follow an edit", "[app][scenarios][editions]") {
    WindowOn open("ger-2018");
    MissionTableModel* model = open.window.missionTableDock()->model();
    const int since2013 = MissionTableModel::ColumnCount + 2;
    const QModelIndex em1 = model->index(model->rowOf(u"em1"_s), since2013);
    CHECK(em1.data().toString() == u"+36"_s);
    REQUIRE(commands::moveMissions(open.document(), {u"em1"_s}, 12));
    const QModelIndex moved = model->index(model->rowOf(u"em1"_s), since2013);
    CHECK(moved.data().toString() == u"+48"_s);
}

TEST_CASE("Deleting a plan mission takes it out of the scenarios too, in one step",
          "[app][scenarios]") {
    WindowOn open("ger-2011");
    Document& document = open.document();
    const Roadmap before = document.wholeRoadmap();
    // Moon Next's first landing requires Luna-Glob; both pathways change Mars.
    REQUIRE(commands::deleteMissions(document, {u"lunaglob"_s, u"hmars"_s}));
    const Roadmap& after = document.wholeRoadmap();
    CHECK_FALSE(after.missions.contains("lunaglob"));
    const Scenario& moon = *after.scenarios.find("moon-next");
    CHECK(moon.changes.empty());
    const Mission& landing = *moon.adds.find("lunar-crew-first");
    CHECK(std::none_of(landing.prerequisites.begin(), landing.prerequisites.end(),
                       [](const Prerequisite& p) { return p.mission == "lunaglob"; }));
    CHECK(checkStructure(*resolveScenario(after, "moon-next")).empty());
    CHECK(document.undoStack()->count() == 1);
    document.undoStack()->undo();
    CHECK(document.wholeRoadmap() == before);
}

TEST_CASE("The export dialog publishes the changes since a chosen edition",
          "[app][scenarios][editions][export]") {
    QSettings().remove(u"export"_s);
    WindowOn open("ger-2018");
    const auto titlesOf = [](const ExportDialog& dialog) {
        return dialog.report().pageTitles().join(u" | "_s);
    };
    {
        ExportDialog* dialog = open.window.createExportDialog();
        REQUIRE(dialog);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        // The editions the roadmap names, the last one chosen; no scenarios to compare.
        QComboBox* since = dialog->sinceBox();
        REQUIRE(since->count() == 2);
        CHECK(since->itemText(0) == u"1st edition (September 2011)"_s);
        CHECK(since->currentText() == u"2nd edition (August 2013)"_s);
        CHECK(dialog->sectionBox(render::Section::Changes)->isChecked());
        CHECK(since->isEnabled());
        CHECK_FALSE(dialog->sectionBox(render::Section::Scenarios)->isEnabled());
        CHECK(titlesOf(*dialog).contains(u"Changes since 2nd edition (August 2013)"_s));
        CHECK(titlesOf(*dialog).contains(u"Timeline against 2nd edition (August 2013)"_s));
        test::keepPicture(*dialog, QStringLiteral("export-changes.png"));

        // Another edition, chosen with the keyboard.
        since->setFocus();
        QTest::keyClick(since, Qt::Key_Up);
        QTRY_VERIFY(titlesOf(*dialog).contains(u"Changes since 1st edition (September 2011)"_s));
        const test::TemporaryDirectory folder;
        const QString file = QString::fromStdString((folder / "since.pdf").string());
        const auto written = dialog->exportTo(file);
        REQUIRE(written);
        CHECK(test::pdfPlainText(file).contains(u"Changes since 1st edition (September 2011)"_s));

        // Without the section, the edition cannot be chosen and no page measures against it.
        QCheckBox* changes = dialog->sectionBox(render::Section::Changes);
        QTest::mouseClick(changes, Qt::LeftButton, {}, QPoint(8, changes->height() / 2));
        CHECK_FALSE(since->isEnabled());
        QTRY_VERIFY(!titlesOf(*dialog).contains(u"Changes since"_s));
        QTest::mouseClick(changes, Qt::LeftButton, {}, QPoint(8, changes->height() / 2));
        dialog->close();
    }
    // The edition chosen is remembered, also past a roadmap that names none.
    ExportDialog* again = open.window.createExportDialog();
    CHECK(again->sinceBox()->currentText() == u"1st edition (September 2011)"_s);
    again->close();
    {
        auto plain = Document::load(bundled("ger-2013"));
        REQUIRE(plain);
        ExportDialog none((*plain)->roadmap(), nullptr, {}, render::ColorMode::Agency, u"x"_s);
        none.setEditions({});
        CHECK_FALSE(none.sectionBox(render::Section::Changes)->isEnabled());
        CHECK(none.choices().since == "ger-2011");
    }
    QSettings().remove(u"export"_s);
}

TEST_CASE("The export dialog of a scenario says so and compares every scenario",
          "[app][scenarios][export]") {
    QSettings().remove(u"export"_s);
    WindowOn open("ger-2011");
    REQUIRE(open.document().showScenario("moon-next"));
    QApplication::processEvents();
    ExportDialog* dialog = open.window.createExportDialog();
    REQUIRE(dialog);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // GER 2011 names no earlier edition.
    CHECK_FALSE(dialog->sectionBox(render::Section::Changes)->isEnabled());
    CHECK(dialog->sectionBox(render::Section::Changes)->toolTip() ==
          u"The roadmap names no earlier edition"_s);
    REQUIRE(dialog->sectionBox(render::Section::Scenarios)->isEnabled());
    const QStringList titles = dialog->report().pageTitles();
    CHECK(titles.contains(u"Scenarios compared"_s));
    CHECK(titles.contains(u"Scenario Asteroid Next"_s));
    CHECK(titles.contains(u"Scenario Moon Next"_s));
    const test::TemporaryDirectory folder;
    const QString file = QString::fromStdString((folder / "moon.pdf").string());
    REQUIRE(dialog->exportTo(file));
    CHECK(test::pdfPlainText(file, 1, 1).contains(u"scenario Moon Next"_s));
    dialog->close();
    QSettings().remove(u"export"_s);
}

TEST_CASE("Scenarios are made, renamed and deleted from the Edit menu, one undo step each",
          "[app][scenarios]") {
    WindowOn open("ger-2013");
    ScenarioCommands* scenarios = open.window.scenarioCommands();
    QUndoStack* undo = open.document().undoStack();
    // Nothing to choose yet: the bar stays out of the way.
    CHECK_FALSE(open.window.scenarioBar()->isVisible());
    CHECK(scenarios->newScenario()->isEnabled());
    CHECK_FALSE(scenarios->renameScenario()->isEnabled());
    CHECK_FALSE(scenarios->deleteScenario()->isEnabled());

    // Edit > Scenario > New Scenario..., its name typed in the dialog.
    // (Checked after the dialog: a failure inside its event loop would not reach the test.)
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
            asked = true;
            dialog->setTextValue(u"Lunar first"_s);
            dialog->accept();
        }
    });
    scenarios->newScenario()->trigger();
    REQUIRE(asked);
    REQUIRE(open.document().scenario() == "lunar-first");
    const Scenario& made = scenarioOf(open.document(), "lunar-first");
    CHECK(made.name == "Lunar first");
    CHECK((made.owner == "ISECG" || open.document().wholeRoadmap().agencies.contains(made.owner)));
    CHECK(made.changes.empty());
    QTRY_VERIFY(open.window.scenarioBar()->isVisible());
    CHECK(open.window.scenarioBar()->noticeShown());
    CHECK(scenarios->renameScenario()->isEnabled());
    CHECK(undo->undoText() == u"New scenario Lunar first"_s);

    // An edit goes into it; a second scenario of the same name gets an id of its own.
    REQUIRE(commands::moveMissions(open.document(), {u"em1"_s}, 12));
    CHECK(scenarioOf(open.document(), "lunar-first").changes.size() == 1);
    REQUIRE(scenarios->createNamed(u"Lunar first"_s));
    CHECK(open.document().scenario() == "lunar-first-2");
    CHECK_FALSE(scenarios->createNamed(u"  "_s));
    // Undone, the scenario worked in before is shown again; redone, the new one.
    undo->undo();
    CHECK(open.document().wholeRoadmap().scenarios.size() == 1);
    CHECK(open.document().scenario() == "lunar-first");
    undo->redo();
    CHECK(open.document().scenario() == "lunar-first-2");
    undo->undo();

    // Renamed: the id stays; undo brings the old name back.
    REQUIRE(open.document().showScenario("lunar-first"));
    REQUIRE(scenarios->renameShownTo(u"Moon first"_s));
    CHECK(open.document().scenario() == "lunar-first");
    CHECK(scenarioOf(open.document(), "lunar-first").name == "Moon first");
    CHECK(open.window.scenarioBar()->notice()->text().contains(u"Moon first"_s));
    undo->undo();
    CHECK(scenarioOf(open.document(), "lunar-first").name == "Lunar first");
    CHECK(open.document().scenario() == "lunar-first");
    undo->redo();
    CHECK(open.document().scenario() == "lunar-first");

    // Deleted with its change; the plan is shown, and undo brings both back.
    REQUIRE(open.document().showScenario("lunar-first"));
    REQUIRE(scenarios->deleteShown());
    CHECK(open.document().scenario().empty());
    CHECK(open.document().wholeRoadmap().scenarios.empty());
    CHECK_FALSE(scenarios->deleteScenario()->isEnabled());
    undo->undo();
    CHECK(scenarioOf(open.document(), "lunar-first").changes.size() == 1);
    CHECK(open.document().scenario() == "lunar-first");

    // Read-only, nothing is made.
    open.document().setReadOnly(true);
    QApplication::processEvents();
    CHECK_FALSE(scenarios->newScenario()->isEnabled());
    CHECK_FALSE(scenarios->createNamed(u"Mars first"_s));
    open.document().setReadOnly(false);
}

TEST_CASE("The timeline takes in the ghosts of an edition that planned later",
          "[app][scenarios][editions]") {
    WindowOn open("ger-2018");
    const TimelineView* timeline = open.window.timelineView();
    const auto lastDay = [timeline] { return timeline->layout().lastDay; };
    const auto before = lastDay();
    // GER 2011 put humans on the Mars surface in 2036, three years after GER 2018's last.
    open.window.scenarioBar()->compareWith(u"edition:ger-2011"_s);
    REQUIRE(open.window.presentation()->proposalMarks().contains("hmars"));
    CHECK(lastDay() > before);
    const auto hmars = *open.document().roadmap().missions.indexOf("hmars");
    const auto ghostEnd = open.window.presentation()->context().missions[hmars].previous->start;
    CHECK(timeline->layout().scale.x(ghostEnd.lastDay()) < timeline->layout().width);
    // Compared with nothing, the years are the roadmap's own again.
    open.window.scenarioBar()->compareWith({});
    CHECK(lastDay() == before);
}
