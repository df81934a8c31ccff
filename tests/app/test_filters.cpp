// Filters and dialogs: chosen agencies show a check mark and the button a count, the menu
// stays open for several picks, a search that matched notes says so; export and review
// start beside the roadmap, and the bundled contributions are offered.

#include "support/qtstrings.h"
#include "windowoncopy.h"

#include <orrery/filter.h>

#include <app/dialogs/exportdialog.h>
#include <app/filterbar.h>
#include <app/mainwindow.h>
#include <app/presentation.h>
#include <app/review/reviewsession.h>
#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QToolButton>

using namespace orrery;
using namespace orrery::app;

namespace {

QAction* entry(QMenu* menu, const QString& startsWith) {
    for (QAction* action : menu->actions()) {
        if (action->text().startsWith(startsWith)) {
            return action;
        }
    }
    FAIL("no entry " << startsWith.toStdString());
    return nullptr;
}

QImage iconImage(const QIcon& icon, QIcon::State state) {
    return icon.pixmap(QSize(16, 16), QIcon::Normal, state).toImage();
}

} // namespace

TEST_CASE("Filters and dialogs: chosen agencies are ticked, counted, and picked several at "
          "once",
          "[filters]") {
    test::WindowOnCopy open;
    FilterBar* bar = open.window.filterBar();
    QMenu* agencies = bar->agencyMenu();
    QAction* esa = entry(agencies, QStringLiteral("ESA"));
    // Checked, its swatch carries a check mark: the icon differs in its "on" state.
    CHECK(esa->isCheckable());
    CHECK(iconImage(esa->icon(), QIcon::On) != iconImage(esa->icon(), QIcon::Off));

    // Clicks in the open menu tick and keep it open.
    agencies->popup(bar->mapToGlobal(QPoint(0, bar->height())));
    REQUIRE(QTest::qWaitForWindowExposed(agencies));
    QTest::mouseClick(agencies, Qt::LeftButton, {}, agencies->actionGeometry(esa).center());
    CHECK(esa->isChecked());
    CHECK(agencies->isVisible());
    QAction* jaxa = entry(agencies, QStringLiteral("JAXA"));
    QTest::mouseClick(agencies, Qt::LeftButton, {}, agencies->actionGeometry(jaxa).center());
    CHECK(jaxa->isChecked());
    CHECK(agencies->isVisible());
    agencies->hide();
    CHECK(bar->agencyButton()->text() == QStringLiteral("Agencies (2)"));
    CHECK(open.window.presentation()->filter().agencies == std::set<std::string>{"ESA", "JAXA"});
    bar->reset();
    CHECK(bar->agencyButton()->text() == QStringLiteral("Agencies"));
}

TEST_CASE("Filters and dialogs: a search that matched notes says so", "[filters]") {
    test::WindowOnCopy open;
    FilterBar* bar = open.window.filterBar();
    bar->searchField()->setText(QStringLiteral("drill"));
    CHECK(open.window.presentation()->visibleCount() == 1);
    CHECK(bar->searchInfo()->text() == QStringLiteral("1 mission, 1 found only in its notes"));
    bar->searchField()->setText(QStringLiteral("sample return"));
    CHECK(bar->searchInfo()->text() == QStringLiteral("5 missions"));
    bar->searchField()->clear();
    CHECK(bar->searchInfo()->text().isEmpty());
}

TEST_CASE("Filters and dialogs: export and review start beside the roadmap; the bundled "
          "contributions are offered",
          "[filters]") {
    test::WindowOnCopy open;
    const QString beside = QFileInfo(open.file).absolutePath();
    ExportDialog* dialog = open.window.createExportDialog();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->startFolder() == beside);
    delete dialog;
    CHECK(open.window.reviewStartFolder() == beside);

    const QStringList bundled = MainWindow::exampleContributionPaths();
    CHECK(bundled.size() == 4);
    QAction* esa = nullptr;
    for (QMenu* menu : open.window.findChildren<QMenu*>()) {
        if (menu->title().remove(QLatin1Char('&')) ==
            QStringLiteral("Review Example Contribution")) {
            esa = entry(menu, QStringLiteral("ESA's, of 2016"));
        }
    }
    REQUIRE(esa != nullptr);
    esa->trigger();
    REQUIRE(open.window.review() != nullptr);
    CHECK(open.window.review()->contributor() == QStringLiteral("ESA"));
    CHECK(open.window.review()->baselineMatches());
    open.window.endReview();
}
