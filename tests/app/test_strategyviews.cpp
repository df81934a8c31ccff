// The traceability matrix and the knowledge-gap panel: what they show of the bundled GER
// 2013 roadmap and of hand-made ones, and how a click leads to the mission.

#include "support/pictures.h"
#include "support/qtstrings.h"
#include "support/roadmapbuilder.h"
#include "support/testsupport.h"

#include <app/commands/commands.h>
#include <app/docks/knowledgegapsdock.h>
#include <app/docks/traceabilitydock.h>
#include <app/document.h>
#include <app/filterbar.h>
#include <app/mainwindow.h>
#include <app/models/knowledgegapmodel.h>
#include <app/models/traceabilitymodel.h>
#include <app/presentation.h>
#include <app/selection.h>
#include <catch2/catch.hpp>
#include <render/palette.h>
#include <render/style.h>

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace orrery;
using namespace orrery::app;

namespace {

struct OpenGer2013 {
    MainWindow window;

    OpenGer2013() {
        window.resize(1920, 1080);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openFile(MainWindow::defaultRoadmapPath()));
        QApplication::processEvents();
    }
};

/// The row of the view whose first column reads `name` (an objective's is indented).
int rowNamed(const QAbstractItemModel& model, const QString& name) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, TraceabilityModel::Name).data().toString().trimmed() == name) {
            return row;
        }
    }
    return -1;
}

int columnOf(const QAbstractItemModel& model, const QString& missionId) {
    for (int column = TraceabilityModel::FirstMission; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString() == missionId) {
            return column;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("The traceability matrix puts goals and objectives down and missions across",
          "[app][strategy]") {
    OpenGer2013 open;
    TraceabilityDock* dock = open.window.traceabilityDock();
    dock->raise();
    open.window.resizeDocks({dock}, {520}, Qt::Vertical);
    QApplication::processEvents();
    test::keepPicture(open.window, QStringLiteral("traceability.png"));
    const QAbstractItemModel& matrix = *dock->view()->model();
    const Roadmap& roadmap = open.window.document()->roadmap();
    CHECK(matrix.rowCount() == static_cast<int>(roadmap.goals.size() + roadmap.objectives.size()));
    CHECK(matrix.columnCount() ==
          TraceabilityModel::FirstMission + static_cast<int>(roadmap.missions.size()));
    // Grouped by destination: the lanes' order, Earth orbit first, the Mars surface last.
    CHECK(matrix.headerData(TraceabilityModel::FirstMission, Qt::Horizontal).toString() ==
          QStringLiteral("iss"));

    const int goal = rowNamed(matrix, QStringLiteral("Extend Human Presence"));
    const int objective =
        rowNamed(matrix, QStringLiteral("Sustainable human missions to the surface of Mars"));
    REQUIRE(goal >= 0);
    REQUIRE(objective == goal + 1);
    const int hmars = columnOf(matrix, QStringLiteral("hmars"));
    const int rp = columnOf(matrix, QStringLiteral("rp"));
    CHECK(matrix.index(objective, hmars).data().toString() == QStringLiteral("\u25CF"));
    CHECK(matrix.index(goal, hmars).data().toString() == QStringLiteral("\u25CB"));
    CHECK(matrix.index(objective, rp).data().toString().isEmpty());
    CHECK(matrix.index(objective, TraceabilityModel::Count).data().toInt() == 1);
    const int unpursued =
        rowNamed(matrix, QStringLiteral("Identify near-Earth asteroids that human missions can "
                                        "reach"));
    CHECK(matrix.index(unpursued, TraceabilityModel::Count).data().toInt() == 0);

    SECTION("sorting by the number of missions keeps each objective under its goal") {
        dock->view()->sortByColumn(TraceabilityModel::Count, Qt::DescendingOrder);
        const int science =
            rowNamed(matrix, QStringLiteral("Perform Science to Support Human Exploration"));
        REQUIRE(science >= 0);
        int previous = std::numeric_limits<int>::max();
        for (int row = science + 1;
             row < matrix.rowCount() &&
             !matrix.index(row, 0).data(TraceabilityModel::IsGoalRole).toBool();
             ++row) {
            const int count = matrix.index(row, TraceabilityModel::Count).data().toInt();
            CHECK(count <= previous);
            previous = count;
        }
        CHECK(previous == 0); // the unpursued objective last
    }
    SECTION("the search keeps the matching objectives and their goals") {
        dock->searchField()->setText(QStringLiteral("radiation"));
        REQUIRE(matrix.rowCount() == 2);
        CHECK(matrix.index(0, 0).data().toString() ==
              QStringLiteral("Perform Science to Support Human Exploration"));
        CHECK(matrix.index(1, 0).data().toString().trimmed() ==
              QStringLiteral("Characterize the ionizing radiation environment at the Martian "
                             "surface"));
    }
    SECTION("a click on a mark selects its mission") {
        QTableView* view = dock->view();
        view->scrollTo(matrix.index(objective, hmars));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(matrix.index(objective, hmars)).center());
        CHECK(open.window.selection()->current() == QStringLiteral("hmars"));
    }
    SECTION("missions the filter hides leave the matrix") {
        MissionFilter filter;
        filter.agencies = {"ESA"};
        open.window.presentation()->setFilter(filter);
        QApplication::processEvents();
        CHECK(dock->view()->isColumnHidden(hmars));
        CHECK_FALSE(dock->view()->isColumnHidden(columnOf(matrix, QStringLiteral("exomars16"))));
    }
}

TEST_CASE("The knowledge-gap panel gives closer, need, margin and status of each gap",
          "[app][strategy]") {
    const Roadmap roadmap = test::TestRoadmap()
                                .gap("ice")
                                .gap("dust")
                                .gap("spare")
                                .mission("orbiter", "2028", "2031-06")
                                .closes("orbiter", "ice")
                                .mission("probe", "2026", "2027")
                                .closes("probe", "spare")
                                .mission("lander", "2030-01")
                                .crewed("lander")
                                .needsKnowledge("lander", "ice")
                                .needsKnowledge("lander", "dust");
    KnowledgeGapModel model;
    model.setRoadmap(&roadmap);
    REQUIRE(model.rowCount() == 3);
    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    CHECK(cell(0, KnowledgeGapModel::Gap) == QStringLiteral("Gap ice"));
    CHECK(cell(0, KnowledgeGapModel::ClosedBy) == QStringLiteral("Mission orbiter"));
    CHECK(cell(0, KnowledgeGapModel::ClosedFrom) == QStringLiteral("2031-06"));
    CHECK(cell(0, KnowledgeGapModel::NeededBy) == QStringLiteral("Mission lander (crewed)"));
    CHECK(cell(0, KnowledgeGapModel::Margin) == QStringLiteral("-17 months"));
    CHECK(cell(0, KnowledgeGapModel::Status) == QStringLiteral("Closed late"));
    CHECK(cell(1, KnowledgeGapModel::ClosedBy) == QStringLiteral("nothing"));
    CHECK(cell(1, KnowledgeGapModel::Status) == QStringLiteral("Not closed"));
    CHECK(cell(2, KnowledgeGapModel::Status) == QStringLiteral("Closed; no mission needs it"));
    // Each cell leads to a mission: the closer in the closing columns, else the one in need.
    CHECK(model.index(0, KnowledgeGapModel::ClosedBy).data(KnowledgeGapModel::MissionIdRole) ==
          QStringLiteral("orbiter"));
    CHECK(model.index(0, KnowledgeGapModel::Margin).data(KnowledgeGapModel::MissionIdRole) ==
          QStringLiteral("lander"));
    CHECK(model.index(2, KnowledgeGapModel::Gap).data(KnowledgeGapModel::MissionIdRole) ==
          QStringLiteral("probe"));
}

TEST_CASE("The knowledge-gap panel of GER 2013 leads to the missions", "[app][strategy]") {
    OpenGer2013 open;
    KnowledgeGapsDock* dock = open.window.knowledgeGapsDock();
    dock->raise();
    open.window.resizeDocks({dock}, {360}, Qt::Vertical);
    QApplication::processEvents();
    test::keepPicture(open.window, QStringLiteral("knowledge-gaps.png"));
    QTableView* view = dock->view();
    const QAbstractItemModel& gaps = *view->model();
    REQUIRE(gaps.rowCount() >= 7);
    for (int row = 0; row < gaps.rowCount(); ++row) {
        CHECK(gaps.index(row, KnowledgeGapModel::Status).data().toString() ==
              QStringLiteral("In time"));
    }
    int radiation = -1;
    for (int row = 0; row < gaps.rowCount(); ++row) {
        if (gaps.index(row, KnowledgeGapModel::Gap).data().toString() ==
            QStringLiteral("Radiation at the Martian surface")) {
            radiation = row;
        }
    }
    REQUIRE(radiation >= 0);
    CHECK(gaps.index(radiation, KnowledgeGapModel::ClosedFrom).data().toString() ==
          QStringLiteral("2013-12"));
    const QModelIndex closer = gaps.index(radiation, KnowledgeGapModel::ClosedBy);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(closer).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(closer).center());
    CHECK(open.window.selection()->current() == QStringLiteral("msl"));

    // An edit that makes a gap late shows at once, and undoing it puts it back.
    Document& document = *open.window.document();
    commands::setMissionDates(document, QStringLiteral("hmars"), test::date("2013-06"),
                              std::nullopt);
    QApplication::processEvents();
    int late = 0;
    for (int row = 0; row < gaps.rowCount(); ++row) {
        late += gaps.index(row, KnowledgeGapModel::Status).data().toString() ==
                        QStringLiteral("Closed late")
                    ? 1
                    : 0;
    }
    CHECK(late == 3); // radiation (2013-12), water and dust toxicity close after mid-2013
    document.undoStack()->undo();
    QApplication::processEvents();
    for (int row = 0; row < gaps.rowCount(); ++row) {
        CHECK(gaps.index(row, KnowledgeGapModel::Status).data().toString() ==
              QStringLiteral("In time"));
    }
}

TEST_CASE("Goals filter the views and colour the missions", "[app][strategy]") {
    OpenGer2013 open;
    const Roadmap& roadmap = open.window.document()->roadmap();
    FilterBar* bar = open.window.filterBar();
    QMenu* goals = bar->objectiveMenu();
    QAction* science = nullptr;
    for (QAction* action : goals->actions()) {
        if (action->text() == QStringLiteral("Perform Science to Support Human Exploration")) {
            science = action;
        }
    }
    REQUIRE(science);
    science->trigger();
    QApplication::processEvents();
    // The goal stands for its objectives: the missions that pursue any of them stay.
    const MissionFilter& filter = open.window.presentation()->filter();
    CHECK(filter.objectives.size() == 5);
    std::set<std::string> kept;
    const auto& shown = open.window.presentation()->context().missions;
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        if (shown[i].visible) {
            kept.insert(roadmap.missions[i].id);
        }
    }
    CHECK(kept == std::set<std::string>{"rp", "msl", "maven", "exomars16"});
    // One objective of it unticked: the goal is no longer all chosen.
    for (QAction* action : goals->actions()) {
        if (action->text().trimmed() ==
            QStringLiteral("Understand the water and other volatiles of the lunar polar regions")) {
            action->trigger();
        }
    }
    QApplication::processEvents();
    CHECK(open.window.presentation()->filter().objectives.size() == 4);
    CHECK_FALSE(
        open.window.presentation()->context().missions[*roadmap.missions.indexOf("rp")].visible);
    bar->reset();

    // Coloured by goal: the goal of the first objective, grey without one.
    open.window.presentation()->setColorMode(render::ColorMode::Goal);
    const render::PaintContext& context = open.window.presentation()->context();
    const Mission& hmars = *roadmap.missions.find("hmars");
    const Mission& em1 = *roadmap.missions.find("em1");
    CHECK(render::goalOf(&roadmap, hmars) == roadmap.goals.indexOf("extend-human-presence"));
    CHECK_FALSE(render::goalOf(&roadmap, em1));
    CHECK(render::missionColor(context, hmars) ==
          render::readableOn(render::goalColor(1), context.theme));
    CHECK(render::missionColor(context, em1) ==
          render::readableOn(render::noGoalColor(), context.theme));
    CHECK(render::missionColor(context, hmars) != render::missionColor(context, em1));
    test::keepPicture(open.window, QStringLiteral("colour-by-goal.png"));
}
