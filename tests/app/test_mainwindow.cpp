#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <app/document.h>
#include <app/mainwindow.h>
#include <app/models/missiontablemodel.h>
#include <catch2/catch.hpp>

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace orrery;
using namespace orrery::app;

namespace {

QString dataFile(std::string_view relative) {
    return QString::fromStdString(test::testDataPath(relative).string());
}

QAction* findMenuAction(QWidget* window, const QString& menuTitle, const QString& text) {
    for (QMenu* menu : window->findChildren<QMenu*>()) {
        if (menu->title().remove(QLatin1Char('&')) != menuTitle) {
            continue;
        }
        for (QAction* action : menu->actions()) {
            if (action->text().remove(QLatin1Char('&')) == text) {
                return action;
            }
        }
    }
    return nullptr;
}

QString statusSummary(MainWindow& window) {
    QString text;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        text += label->text();
    }
    return text;
}

} // namespace

TEST_CASE("The window shows the default roadmap's missions in a table", "[mainwindow]") {
    MainWindow window;
    REQUIRE(window.openFile(MainWindow::defaultRoadmapPath()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QTableView* table = window.missionView();
    CHECK(table->model()->rowCount() == 29);
    CHECK(window.windowTitle().contains(QStringLiteral("Global Exploration Roadmap")));
    CHECK(statusSummary(window).contains(QStringLiteral("Missions: 29")));
    CHECK(statusSummary(window).contains(QStringLiteral("Errors: 0")));
}

TEST_CASE("Clicking a column header sorts the table", "[mainwindow]") {
    MainWindow window;
    REQUIRE(window.openFile(MainWindow::defaultRoadmapPath()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTableView* table = window.missionView();
    QHeaderView* header = table->horizontalHeader();
    const auto firstId = [&] {
        return table->model()->index(0, MissionTableModel::Id).data().toString();
    };
    // Sorted by start date, oldest first, when it opens.
    CHECK(firstId() == QStringLiteral("iss"));

    const int x = header->sectionViewportPosition(MissionTableModel::Start) +
                  header->sectionSize(MissionTableModel::Start) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(firstId() == QStringLiteral("hmars"));

    const int nameX = header->sectionViewportPosition(MissionTableModel::Name) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(nameX, header->height() / 2));
    CHECK(header->sortIndicatorSection() == MissionTableModel::Name);
    CHECK(firstId() == QStringLiteral("arcm")); // "Asteroid Redirect Crewed Mission"
}

TEST_CASE("A file that fails to load is reported and the open roadmap stays", "[mainwindow]") {
    MainWindow window;
    REQUIRE(window.openFile(MainWindow::defaultRoadmapPath()));
    window.show();
    Document* before = window.document();

    CHECK_FALSE(window.openFile(dataFile("malformed/month-13.roadmap.json")));
    CHECK(window.document() == before);
    CHECK(window.missionView()->model()->rowCount() == 29);

    auto* box = window.findChild<QMessageBox*>(QStringLiteral("loadErrorMessage"));
    REQUIRE(box != nullptr);
    CHECK(box->isVisible());
    CHECK(box->text().contains(QStringLiteral("month-13.roadmap.json")));
    CHECK(box->informativeText().contains(QStringLiteral("Line 20, column 16")));
    CHECK(box->informativeText().contains(QStringLiteral("month 13")));
    CHECK(box->detailedText().contains(QStringLiteral("/missions/0/start")));
    box->accept();
}

TEST_CASE("Structural problems are listed in the findings dock", "[mainwindow]") {
    MainWindow window;
    REQUIRE(window.openFile(dataFile("structure-errors.roadmap.json")));
    QAbstractItemModel* findings = window.findingsView()->model();
    CHECK(findings->rowCount() == 8);
    CHECK(statusSummary(window).contains(QStringLiteral("Errors: 8")));
    bool sawDuplicate = false;
    for (int row = 0; row < findings->rowCount(); ++row) {
        sawDuplicate = sawDuplicate ||
                       findings->index(row, 1).data().toString() == QStringLiteral("duplicate-id");
    }
    CHECK(sawDuplicate);
}

TEST_CASE("The examples menu opens the bundled roadmaps", "[mainwindow]") {
    MainWindow window;
    REQUIRE(window.openFile(MainWindow::defaultRoadmapPath()));
    QAction* ger2018 = findMenuAction(&window, QStringLiteral("Open Example"),
                                      QStringLiteral("ger-2018.roadmap.json"));
    REQUIRE(ger2018 != nullptr);
    ger2018->trigger();
    CHECK(window.missionView()->model()->rowCount() == 26);
    CHECK(window.document()->roadmap().edition == "3rd edition (January 2018)");
}

TEST_CASE("Opened files are remembered in Open Recent", "[mainwindow]") {
    MainWindow window;
    const QString file = dataFile("every-field.roadmap.json");
    REQUIRE(window.openFile(file));
    MainWindow another;
    QAction* recent = findMenuAction(&another, QStringLiteral("Open Recent"), file);
    REQUIRE(recent != nullptr);
    recent->trigger();
    CHECK(another.document()->filePath() == file);
}
