// The window a planner lives in, driven as a planner would: clicks in the table, the
// timeline and the findings; filters; zoom. Runs on Qt's offscreen platform.

#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <orrery/generator.h>

#include <app/analysiscontroller.h>
#include <app/commands/commands.h>
#include <app/docks/findingsdock.h>
#include <app/docks/inspectordock.h>
#include <app/docks/missiontabledock.h>
#include <app/document.h>
#include <app/filterbar.h>
#include <app/mainwindow.h>
#include <app/models/missiontablemodel.h>
#include <app/presentation.h>
#include <app/selection.h>
#include <app/views/graph/dependencyview.h>
#include <app/views/timeline/timelineview.h>
#include <catch2/catch.hpp>
#include <render/diagramsummary.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>
#include <QWheelEvent>

using namespace orrery;
using namespace orrery::app;

namespace {

/// A window on the GER 2013 roadmap, shown and laid out.
struct OpenWindow {
    MainWindow window;

    OpenWindow() {
        window.resize(1600, 1000);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openFile(MainWindow::defaultRoadmapPath()));
        QApplication::processEvents();
    }

    const Roadmap& roadmap() const { return window.document()->roadmap(); }
    std::size_t indexOf(const char* id) const { return *roadmap().missions.indexOf(id); }
    bool selectedInViews(const char* id) const {
        return window.presentation()->context().missions[indexOf(id)].selected;
    }
};

QModelIndex tableIndexOf(QTableView* table, const QString& id) {
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, MissionTableModel::Id);
        if (index.data().toString() == id) {
            return index;
        }
    }
    return {};
}

int placedCount(const render::TimelineLayout& layout) {
    int placed = 0;
    for (const auto& item : layout.missions) {
        placed += item.placed ? 1 : 0;
    }
    return placed;
}

} // namespace

TEST_CASE("The window opens on the GER roadmap with both views", "[views]") {
    OpenWindow open;
    MainWindow& window = open.window;
    CHECK(window.views()->count() == 2);
    CHECK(window.views()->currentWidget() == window.timelineView());
    CHECK(placedCount(window.timelineView()->layout()) == 29);
    CHECK(window.timelineView()->layout().lanes.size() == 7);
    CHECK(window.missionView()->model()->rowCount() == 29);
}

TEST_CASE("The table is sorted and its columns fit their contents once it is in sight", "[views]") {
    // Sorting reads every row and sizing columns a thousand: a table behind another
    // panel's tab waits.
    OpenWindow open;
    MainWindow& window = open.window;
    QTableView* table = window.missionView();
    const auto nameFits = [table] {
        const QAbstractItemView* view = table; // where sizeHintForColumn() is public
        return table->columnWidth(MissionTableModel::Name) >=
               view->sizeHintForColumn(MissionTableModel::Name);
    };
    REQUIRE(table->visibleRegion().isEmpty());
    CHECK_FALSE(nameFits());
    window.missionTableDock()->raise();
    QApplication::processEvents();
    REQUIRE_FALSE(table->visibleRegion().isEmpty());
    CHECK(nameFits());
    // By start date, as the header shows.
    REQUIRE(table->horizontalHeader()->sortIndicatorSection() == MissionTableModel::Start);
    REQUIRE(table->model()->rowCount() == 29);
    for (int row = 1; row < table->model()->rowCount(); ++row) {
        const QModelIndex earlier = table->model()->index(row - 1, MissionTableModel::Start);
        const QModelIndex later = table->model()->index(row, MissionTableModel::Start);
        INFO(later.data().toString().toStdString());
        CHECK(later.data(MissionTableModel::SortRole).toLongLong() >=
              earlier.data(MissionTableModel::SortRole).toLongLong());
    }
    // In sight, it follows the roadmap: a longer name widens the column at once.
    const QString longName(120, QLatin1Char('W'));
    Mission renamed = open.roadmap().missions[open.indexOf("em2")];
    renamed.name = longName.toStdString();
    REQUIRE(commands::editMission(*window.document(), QStringLiteral("em2"), renamed,
                                  QStringLiteral("name")));
    QApplication::processEvents();
    CHECK(nameFits());
    CHECK(table->columnWidth(MissionTableModel::Name) >
          QFontMetrics(table->font()).horizontalAdvance(longName));
}

TEST_CASE("Selecting in the table selects in both views and fills the inspector", "[views]") {
    OpenWindow open;
    MainWindow& window = open.window;
    window.missionTableDock()->raise();
    QTableView* table = window.missionView();
    const QModelIndex index = tableIndexOf(table, QStringLiteral("em2"));
    REQUIRE(index.isValid());
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());

    CHECK(window.selection()->current() == QStringLiteral("em2"));
    CHECK(open.selectedInViews("em2"));
    const QString html = window.inspector()->browser()->toPlainText();
    CHECK(html.contains(QStringLiteral("Exploration Mission-2 (first crewed SLS/Orion)")));
    CHECK(html.contains(QStringLiteral("Prerequisites")));
    CHECK(html.contains(QStringLiteral("Exploration Mission-1")));
    CHECK(html.contains(QStringLiteral("Earliest start")));

    // The timeline draws the selection: the bar's outline takes the highlight colour.
    TimelineView* timeline = window.timelineView();
    timeline->reveal(QStringLiteral("em2"));
    QApplication::processEvents();
    const QImage image = timeline->viewport()->grab().toImage();
    const QRectF bar = timeline->viewportRectOf(open.indexOf("em2"));
    const QColor highlight = window.presentation()->context().theme.highlight;
    bool outlined = false;
    for (int dy = -2; dy <= 2 && !outlined; ++dy) {
        const QColor pixel = image.pixelColor(
            QPoint(static_cast<int>(bar.center().x()), static_cast<int>(bar.top()) + dy));
        // Antialiasing blends the outline's edge: compare hue and saturation, not values.
        outlined =
            std::abs(pixel.hsvHue() - highlight.hsvHue()) < 12 && pixel.hsvSaturation() > 100;
    }
    CHECK(outlined);
}

TEST_CASE("Clicking a mission on the timeline selects it in the table and the diagram", "[views]") {
    OpenWindow open;
    MainWindow& window = open.window;
    TimelineView* timeline = window.timelineView();
    timeline->reveal(QStringLiteral("hayabusa2"));
    QApplication::processEvents();
    const QRectF bar = timeline->viewportRectOf(open.indexOf("hayabusa2"));
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, bar.center().toPoint());
    CHECK(window.selection()->ids() == QStringList{QStringLiteral("hayabusa2")});
    const QModelIndexList rows = window.missionView()->selectionModel()->selectedRows();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().siblingAtColumn(MissionTableModel::Id).data().toString() ==
          QStringLiteral("hayabusa2"));

    // Ctrl adds to the selection; a click on empty space clears it.
    timeline->reveal(QStringLiteral("osirisrex"));
    QApplication::processEvents();
    const QRectF other = timeline->viewportRectOf(open.indexOf("osirisrex"));
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      other.center().toPoint());
    CHECK(window.selection()->ids().size() == 2);
    const QPoint empty(5, timeline->viewport()->height() - 5);
    REQUIRE_FALSE(timeline->missionAt(empty));
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, empty);
    CHECK(window.selection()->isEmpty());

    // The diagram selects the same way.
    window.views()->setCurrentWidget(window.dependencyView());
    QApplication::processEvents();
    DependencyView* diagram = window.dependencyView();
    diagram->reveal(QStringLiteral("mars2020"));
    QApplication::processEvents();
    const auto& layout = diagram->layout();
    const QRectF box = layout.nodes[*layout.nodeOfMission[open.indexOf("mars2020")]].box;
    const QPointF inView =
        (box.center() + QPointF(24, 24)) * diagram->scale() -
        QPointF(diagram->horizontalScrollBar()->value(), diagram->verticalScrollBar()->value());
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, inView.toPoint());
    CHECK(window.selection()->current() == QStringLiteral("mars2020"));
}

TEST_CASE("A double-click in the findings selects the mission and shows it", "[views]") {
    OpenWindow open;
    MainWindow& window = open.window;
    window.findingsDock()->raise();
    QTableView* findings = window.findingsView();
    // Three warnings (two of them about arcm) and four goals without objectives; the
    // missions without an objective are listed on request only.
    REQUIRE(findings->model()->rowCount() == 7);
    const QModelIndex first = findings->model()->index(0, 3);
    QSignalSpy revealed(window.selection(), &MissionSelection::revealRequested);
    // QTest's double-click on a widget sends only the second press; a view needs the first.
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {},
                      findings->visualRect(first).center());
    QTest::mouseDClick(findings->viewport(), Qt::LeftButton, {},
                       findings->visualRect(first).center());
    CHECK(window.selection()->current() == QStringLiteral("arcm"));
    CHECK(revealed.count() == 1);
    CHECK(open.selectedInViews("arcm"));
    const QRectF bar = window.timelineView()->viewportRectOf(open.indexOf("arcm"));
    CHECK(QRectF(window.timelineView()->viewport()->rect()).contains(bar));
}

TEST_CASE("Missions without an objective are listed on request", "[views][strategy]") {
    OpenWindow open;
    FindingsDock* dock = open.window.findingsDock();
    QTableView* view = dock->view();
    const auto listed = [view](const char* code) {
        int count = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QString text = view->model()->index(row, 1).data().toString();
            count += text == QLatin1String(code) ? 1 : 0;
        }
        return count;
    };
    CHECK_FALSE(dock->unassignedToggle()->isChecked());
    CHECK(listed("mission-without-objective") == 0);
    CHECK(listed("objective-unpursued") == 1);
    dock->unassignedToggle()->click();
    CHECK(listed("mission-without-objective") > 10);
    dock->unassignedToggle()->click();
    CHECK(listed("mission-without-objective") == 0);
}

TEST_CASE("The findings list filters by severity and text", "[views]") {
    MainWindow window;
    REQUIRE(window.openFile(
        QString::fromStdString(test::testDataPath("structure-errors.roadmap.json").string())));
    FindingsDock* dock = window.findingsDock();
    QTableView* view = dock->view();
    CHECK(view->model()->rowCount() == 8);
    dock->searchField()->setText(QStringLiteral("itself"));
    CHECK(view->model()->rowCount() == 2);
    dock->searchField()->clear();
    dock->severityChooser()->setCurrentIndex(2); // errors only
    CHECK(view->model()->rowCount() == 8);
}

TEST_CASE("Filters hide the expected missions in every view", "[views]") {
    OpenWindow open;
    MainWindow& window = open.window;
    FilterBar* filters = window.filterBar();
    int humans = 0;
    for (const Mission& mission : open.roadmap().missions) {
        humans += mission.crew == Crew::Human ? 1 : 0;
    }
    filters->crewChooser()->setCurrentIndex(1); // human
    CHECK(placedCount(window.timelineView()->layout()) == humans);
    CHECK(window.missionView()->model()->rowCount() == humans);
    window.views()->setCurrentWidget(window.dependencyView());
    QApplication::processEvents();
    CHECK(static_cast<int>(window.dependencyView()->layout().nodes.size()) == humans);

    filters->reset();
    CHECK(placedCount(window.timelineView()->layout()) == 29);

    // ESA leads or joins: iss, em1, em2, lunaresurs, lpsr, exomars16, exomars18, msr.
    QAction* esa = nullptr;
    for (QAction* action : filters->agencyMenu()->actions()) {
        if (action->data().toString() == QStringLiteral("ESA")) {
            esa = action;
        }
    }
    REQUIRE(esa != nullptr);
    esa->setChecked(true);
    CHECK(placedCount(window.timelineView()->layout()) == 8);

    filters->reset();
    filters->searchField()->setText(QStringLiteral("sample return"));
    std::vector<std::string> shown;
    const auto& layout = window.timelineView()->layout();
    for (std::size_t i = 0; i < layout.missions.size(); ++i) {
        if (layout.missions[i].placed) {
            shown.push_back(open.roadmap().missions[i].id);
        }
    }
    std::sort(shown.begin(), shown.end());
    CHECK(shown == std::vector<std::string>{"change5", "hayabusa2", "lpsr", "msr", "osirisrex"});

    // Shown faintly instead of hidden when "Hide filtered" is off.
    filters->hideAction()->setChecked(false);
    CHECK(placedCount(window.timelineView()->layout()) == 29);
    CHECK(window.presentation()->context().missions[open.indexOf("iss")].dimmed);
    CHECK_FALSE(window.presentation()->context().missions[open.indexOf("msr")].dimmed);
}

TEST_CASE("Zooming changes the visible period", "[views]") {
    OpenWindow open;
    TimelineView* timeline = open.window.timelineView();
    const auto [firstBefore, lastBefore] = timeline->visiblePeriod();
    const auto spanBefore = (lastBefore - firstBefore).count();

    timeline->zoomIn();
    const auto [first, last] = timeline->visiblePeriod();
    CHECK((last - first).count() < spanBefore * 0.75);

    // Ctrl+wheel zooms around the pointer: the day under it stays put.
    const QPoint pointer(300, 100);
    const double pointerDay =
        timeline->layout()
            .scale.dayAt(timeline->horizontalScrollBar()->value() + pointer.x())
            .time_since_epoch()
            .count();
    QWheelEvent wheel(QPointF(pointer), timeline->viewport()->mapToGlobal(QPointF(pointer)),
                      QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(timeline->viewport(), &wheel);
    const auto [zoomedFirst, zoomedLast] = timeline->visiblePeriod();
    CHECK((zoomedLast - zoomedFirst).count() < (last - first).count());
    const double after = timeline->layout()
                             .scale.dayAt(timeline->horizontalScrollBar()->value() + pointer.x())
                             .time_since_epoch()
                             .count();
    CHECK(std::abs(after - pointerDay) < 20);

    // At high zoom the axis speaks in months; at the overview, in decades.
    timeline->setPixelsPerDay(TimelineView::kMaximumPixelsPerDay);
    const auto months = render::axisTicks(timeline->layout().scale, timeline->visiblePeriod().first,
                                          timeline->visiblePeriod().second);
    CHECK(months.minor.size() > 1);
    timeline->zoomToFit();
    const auto [fitFirst, fitLast] = timeline->visiblePeriod();
    const auto [rangeFirst, rangeLast] =
        render::timelineRange(render::PaintContext::forRoadmap(open.roadmap()));
    CHECK(fitFirst <= rangeFirst);
    CHECK(fitLast >= rangeLast);
}

TEST_CASE("The dependency diagram shows every mission without overlap", "[views]") {
    OpenWindow open;
    open.window.views()->setCurrentWidget(open.window.dependencyView());
    QApplication::processEvents();
    const auto& layout = open.window.dependencyView()->layout();
    REQUIRE(layout.nodes.size() == 29);
    for (std::size_t a = 0; a < layout.nodes.size(); ++a) {
        for (std::size_t b = a + 1; b < layout.nodes.size(); ++b) {
            CHECK_FALSE(layout.nodes[a].box.intersects(layout.nodes[b].box));
        }
    }
    // The critical path to the latest mission is marked: ISS, EDCM, human Mars missions.
    const auto& context = open.window.presentation()->context();
    CHECK(context.isCriticalDependency(open.indexOf("iss"), open.indexOf("edcm")));
    CHECK(context.isCriticalDependency(open.indexOf("edcm"), open.indexOf("hmars")));
}

TEST_CASE("A diagram of more missions than a diagram can show is summarised, and stays usable",
          "[views]") {
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setDocument(std::make_unique<Document>(
        generateRoadmap({AnalysisController::kBackgroundThreshold + 200, 6, 0})));
    // Shown before the analysis has ended: the critical path joins the summary when it does.
    DependencyView* diagram = window.dependencyView();
    window.views()->setCurrentWidget(diagram);
    QApplication::processEvents();
    REQUIRE(diagram->form() == render::DiagramForm::Summarised);
    AnalysisController* analysis = window.analysis();
    REQUIRE(QTest::qWaitFor([&] { return !analysis->isRunning() && analysis->current(); }, 20000));
    QApplication::processEvents();

    const Roadmap& roadmap = window.document()->roadmap();
    const auto& path = analysis->current()->schedule.criticalPath;
    REQUIRE_FALSE(path.empty());
    const auto& layout = diagram->layout();
    // A box per destination, one per critical mission.
    CHECK(layout.nodes.size() < 40);

    const auto centreOf = [&](const render::DependencyNode& node) {
        diagram->setScale(1.0);
        const QPointF centre = (node.box.center() + QPointF(24, 24)) * diagram->scale();
        diagram->horizontalScrollBar()->setValue(
            static_cast<int>(centre.x() - diagram->viewport()->width() / 2.0));
        diagram->verticalScrollBar()->setValue(
            static_cast<int>(centre.y() - diagram->viewport()->height() / 2.0));
        // A box near the diagram's far edges cannot be scrolled to the middle: where it is.
        return QPoint(static_cast<int>(centre.x()) - diagram->horizontalScrollBar()->value(),
                      static_cast<int>(centre.y()) - diagram->verticalScrollBar()->value());
    };
    // A critical mission's box is that mission: clicking it selects it.
    const std::string& critical = roadmap.missions[path.back()].id;
    const auto criticalNode =
        std::find_if(layout.nodes.begin(), layout.nodes.end(), [&](const auto& node) {
            return diagram->missionAt(centreOf(node)) == path.back();
        });
    REQUIRE(criticalNode != layout.nodes.end());
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, centreOf(*criticalNode));
    CHECK(window.selection()->contains(QString::fromStdString(critical)));
    // A group is no mission: clicking it selects nothing.
    std::size_t groups = 0;
    for (const auto& node : layout.nodes) {
        const QPoint at = centreOf(node);
        if (!diagram->missionAt(at)) {
            ++groups;
            QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, at);
            CHECK(window.selection()->isEmpty());
        }
    }
    CHECK(groups >= 3);
}

TEST_CASE("The critical path follows the chosen target", "[views]") {
    OpenWindow open;
    open.window.selection()->selectOne(QStringLiteral("arcm"));
    open.window.analysis()->setTarget(QStringLiteral("arcm"));
    const auto& context = open.window.presentation()->context();
    CHECK(context.missions[open.indexOf("arcm")].critical);
    CHECK_FALSE(context.missions[open.indexOf("hmars")].critical);
}

TEST_CASE("Large roadmaps are analysed off the GUI thread", "[views]") {
    MainWindow window;
    AnalysisController* analysis = window.analysis();
    QSignalSpy updated(analysis, &AnalysisController::updated);
    window.setDocument(std::make_unique<Document>(
        generateRoadmap({AnalysisController::kBackgroundThreshold + 500, 8, 0})));
    CHECK(analysis->isRunning());
    // A second roadmap replaces the first before its analysis ends: the first result must
    // never be shown for the second.
    window.setDocument(std::make_unique<Document>(
        generateRoadmap({AnalysisController::kBackgroundThreshold + 900, 9, 0})));
    REQUIRE(QTest::qWaitFor([&] { return !analysis->isRunning() && analysis->current(); }, 20000));
    CHECK(analysis->current()->schedule.missions.size() ==
          AnalysisController::kBackgroundThreshold + 900);
}

TEST_CASE("Dock layout and view options are remembered", "[views]") {
    {
        MainWindow window;
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget*>(QStringLiteral("legendDock"))->hide();
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Colour by Crew")) {
                action->trigger();
            }
        }
        window.close();
    }
    MainWindow again;
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK_FALSE(again.findChild<QDockWidget*>(QStringLiteral("legendDock"))->isVisible());
    CHECK(again.presentation()->colorMode() == render::ColorMode::Crew);
    // Leave the defaults for the other tests.
    again.findChild<QDockWidget*>(QStringLiteral("legendDock"))->show();
    for (QAction* action : again.findChildren<QAction*>()) {
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Colour by Agency")) {
            action->trigger();
        }
    }
    again.close();
}

TEST_CASE("A move lays the timeline out again without measuring a label; a new name does",
          "[views]") {
    OpenWindow open;
    MainWindow& window = open.window;
    TimelineView* timeline = window.timelineView();
    Document& document = *window.document();
    const std::size_t em1 = open.indexOf("em1");
    const double barBefore = timeline->layout().missions[em1].bar.left();
    const std::size_t measured = timeline->labelsMeasured();

    REQUIRE(commands::moveMissions(document, {QStringLiteral("em1")}, 12));
    CHECK(timeline->layout().missions[em1].bar.left() > barBefore); // laid out again
    CHECK(timeline->labelsMeasured() == measured);                  // ...not measured

    // Status and crew reach the colours and the filter, not the labels either.
    Mission recoloured = open.roadmap().missions[em1];
    recoloured.crew = Crew::Human;
    REQUIRE(
        commands::editMission(document, QStringLiteral("em1"), recoloured, QStringLiteral("crew")));
    CHECK(timeline->labelsMeasured() == measured);

    Mission renamed = open.roadmap().missions[em1];
    renamed.name = "Exploration Mission-1, with a much longer name than it had before";
    REQUIRE(
        commands::editMission(document, QStringLiteral("em1"), renamed, QStringLiteral("name")));
    CHECK(timeline->labelsMeasured() == measured + open.roadmap().missions.size());
    CHECK(timeline->layout().missions[em1].label.width() >
          QFontMetricsF(window.presentation()->context().font)
              .horizontalAdvance(QStringLiteral("Exploration Mission-1, with a much longer name")));

    // Undoing the rename measures again; undoing the moves does not.
    document.undoStack()->undo();
    CHECK(timeline->labelsMeasured() == measured + 2 * open.roadmap().missions.size());
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(timeline->labelsMeasured() == measured + 2 * open.roadmap().missions.size());
    CHECK(timeline->layout().missions[em1].bar.left() == barBefore);
}
