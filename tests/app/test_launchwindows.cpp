// Launch windows in the window: the inspector's porkchop of a Mars mission, which follows
// the mission's edits, and the opportunities shaded on the Mars lanes of the timeline.

#include "support/pictures.h"
#include "windowoncopy.h"

#include <app/commands/commands.h>
#include <app/docks/inspectordock.h>
#include <app/presentation.h>
#include <app/selection.h>
#include <app/views/porkchopview.h>
#include <app/views/timeline/timelineview.h>
#include <catch2/catch.hpp>
#include <render/timelinepainter.h>

#include <QAction>
#include <QDialog>
#include <QImage>
#include <QPainter>
#include <QScrollArea>

using namespace orrery;
using namespace orrery::app;
using namespace std::chrono;

namespace {

struct LaunchWindow : test::WindowOnCopy {
    PorkchopView* porkchop() const {
        auto* view = window.findChild<PorkchopView*>(QStringLiteral("porkchop"));
        REQUIRE(view);
        return view;
    }
    void select(const char* id) {
        window.selection()->selectOne(QString::fromLatin1(id));
        QApplication::processEvents();
    }
};

} // namespace

TEST_CASE("The inspector shows a Mars mission's porkchop and follows its edits",
          "[app][launchwindow]") {
    LaunchWindow open;
    open.select("msr");
    PorkchopView* view = open.porkchop();
    // Worked out in the background, then shown.
    REQUIRE(QTest::qWaitFor([&] { return !view->isPending() && view->figure(); }, 30000));
    REQUIRE(view->isVisible());
    const render::PorkchopFigure& figure = *view->figure();
    CHECK(figure.target.name == "Mars");
    CHECK(figure.target.limits.c3Max == 20);
    // Planned for 2026: the year shaded, the opportunity of late 2026 marked.
    REQUIRE(figure.plannedLaunch);
    CHECK(figure.plannedLaunch->first == sys_days{year{2026} / 1 / 1});
    CHECK(figure.plannedLaunch->second == sys_days{year{2026} / 12 / 31});
    REQUIRE(figure.opportunities.size() == 1);
    CHECK(figure.opportunities[0].bestDeparture == sys_days{year{2026} / 10 / 31});
    // Pointing at the plot tells the launch there.
    const QRectF plot =
        render::porkchopPlotRect(QRectF(view->rect()), open.window.presentation()->context().font);
    CHECK(view->describeAt(plot.center()).startsWith(QStringLiteral("Launch 20")));
    CHECK(view->describeAt(plot.center()).contains(QStringLiteral(" days, arrival ")));
    CHECK(view->describeAt(QPointF(1, 1)).isEmpty());
    // In sight in the inspector's scrolling, as a planner scrolls to it.
    auto* scroll = open.window.inspector()->findChild<QScrollArea*>();
    REQUIRE(scroll);
    REQUIRE(QTest::qWaitFor([&] {
        scroll->ensureWidgetVisible(view, 0, 0);
        return !view->visibleRegion().isEmpty();
    }));
    test::keepPicture(open.window, QStringLiteral("porkchop-inspector.png"));

    // A year later, the plot moves with it; undone, back.
    const auto plannedFrom = [&](sys_days day) {
        return QTest::qWaitFor(
            [&] {
                return !view->isPending() && view->figure() &&
                       view->figure()->plannedLaunch->first == day;
            },
            30000);
    };
    REQUIRE(commands::moveMissions(*open.window.document(), {QStringLiteral("msr")}, 12));
    CHECK(plannedFrom(sys_days{year{2027} / 1 / 1}));
    open.window.document()->undoStack()->undo();
    CHECK(plannedFrom(sys_days{year{2026} / 1 / 1}));
    // A heavier launcher for the mission: the plot's limit follows.
    Mission heavier = *open.window.document()->roadmap().missions.find("msr");
    heavier.c3Limit = 30;
    REQUIRE(commands::editMission(*open.window.document(), QStringLiteral("msr"), heavier,
                                  QStringLiteral("Heavier launcher")));
    CHECK(QTest::qWaitFor(
        [&] {
            return !view->isPending() && view->figure() &&
                   view->figure()->target.limits.c3Max == 30;
        },
        30000));
    open.window.document()->undoStack()->undo();

    // Double-clicking opens it larger.
    QTest::mouseDClick(view, Qt::LeftButton, {}, plot.center().toPoint());
    QDialog* larger = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (QDialog* dialog : open.window.findChildren<QDialog*>()) {
                if (dialog->isVisible() && dialog->windowTitle().contains(QStringLiteral("Mars"))) {
                    larger = dialog;
                }
            }
            return larger != nullptr;
        },
        5000));
    CHECK(larger->width() > view->width());
    larger->close();

    // A mission to Earth orbit has no porkchop.
    open.select("iss");
    CHECK_FALSE(view->isVisible());
    CHECK_FALSE(view->figure());
}

TEST_CASE("The Mars lanes shade the launch opportunities; the View menu hides them",
          "[app][launchwindow]") {
    LaunchWindow open;
    Presentation* presentation = open.window.presentation();
    REQUIRE(QTest::qWaitFor([&] { return !presentation->launchWindowsPending(); }, 30000));
    QApplication::processEvents();
    const Roadmap& roadmap = open.window.document()->roadmap();
    const std::size_t mars = *roadmap.destinations.indexOf("mars-surface");
    const std::size_t moon = *roadmap.destinations.indexOf("lunar-surface");
    const auto& windows = presentation->context().launchWindows;
    REQUIRE(windows.size() == roadmap.destinations.size());
    CHECK(windows[moon].empty());
    const sys_days best{year{2026} / 10 / 31};
    CHECK(std::any_of(windows[mars].begin(), windows[mars].end(), [&](const auto& window) {
        return window.first <= best && best <= window.second;
    }));

    // Drawn: the lane's top rule is the highlight colour inside an opportunity, not outside.
    const render::TimelineLayout& layout = open.window.timelineView()->layout();
    const auto lane = std::find_if(layout.lanes.begin(), layout.lanes.end(),
                                   [&](const auto& l) { return l.destination == mars; });
    REQUIRE(lane != layout.lanes.end());
    const auto pixelAt = [&](sys_days day) {
        QImage image(static_cast<int>(layout.width) + 1, static_cast<int>(layout.height) + 1,
                     QImage::Format_RGB32);
        QPainter painter(&image);
        render::paintLanesArea(painter, layout, presentation->context(), render::ArrowMode::None,
                               QRectF(0, 0, layout.width, layout.height));
        painter.end();
        return image.pixelColor(static_cast<int>(layout.scale.x(day)),
                                static_cast<int>(lane->top + 1));
    };
    const QColor inside = pixelAt(best);
    const QColor between = pixelAt(sys_days{year{2025} / 12 / 1});
    CHECK(inside != between);
    CHECK(inside.red() > inside.blue()); // the light theme's highlight is orange

    QAction* toggle = nullptr;
    for (QAction* action : open.window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("Show Launch &Windows")) {
            toggle = action;
        }
    }
    REQUIRE(toggle);
    CHECK(toggle->isChecked());
    toggle->trigger();
    CHECK_FALSE(presentation->showsLaunchWindows());
    CHECK(presentation->context().launchWindows.empty());
    CHECK(pixelAt(best) == between);
    toggle->trigger();
    CHECK(presentation->context().launchWindows.size() == roadmap.destinations.size());
}
