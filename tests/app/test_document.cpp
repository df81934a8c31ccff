#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <app/document.h>
#include <app/mainwindow.h>
#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace orrery;
using namespace orrery::app;

TEST_CASE("Documents open the bundled roadmaps from the application's resources", "[document]") {
    const QStringList examples = MainWindow::exampleRoadmapPaths();
    REQUIRE(examples.size() == 2);
    CHECK(examples.contains(MainWindow::defaultRoadmapPath()));
    for (const QString& path : examples) {
        INFO(path.toStdString());
        auto document = Document::load(path);
        REQUIRE(document);
        CHECK((*document)->isBundledExample());
        CHECK((*document)->roadmap().title == "Global Exploration Roadmap");
    }
}

TEST_CASE("A document keeps its file path and shows its file name", "[document]") {
    const QString path =
        QString::fromStdString(test::sourcePath("roadmaps/ger-2018.roadmap.json").string());
    auto document = Document::load(path);
    REQUIRE(document);
    CHECK((*document)->filePath() == path);
    CHECK((*document)->displayName() == QStringLiteral("ger-2018.roadmap.json"));
    CHECK_FALSE((*document)->isBundledExample());
    CHECK((*document)->roadmap().missions.size() == 26);

    const Document untitled(Roadmap{});
    CHECK(untitled.displayName() == QStringLiteral("Untitled"));
}

TEST_CASE("Load failures come back with their place in the file", "[document]") {
    const QString path =
        QString::fromStdString(test::testDataPath("malformed/february-30.roadmap.json").string());
    auto document = Document::load(path);
    REQUIRE_FALSE(document);
    const LoadError& error = document.error().front();
    CHECK(error.code == LoadErrorCode::BadDate);
    CHECK(error.line == 20);
    CHECK(error.pointer == "/missions/0/start");

    auto missing = Document::load(QStringLiteral("/nonexistent/file.roadmap.json"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().front().code == LoadErrorCode::FileNotFound);
}
