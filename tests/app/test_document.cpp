#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <app/document.h>
#include <app/mainwindow.h>
#include <catch2/catch.hpp>

#include <QSignalSpy>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <thread>

using namespace orrery;
using namespace orrery::app;

TEST_CASE("Documents open the bundled roadmaps from the application's resources", "[document]") {
    const QStringList examples = MainWindow::exampleRoadmapPaths();
    REQUIRE(examples.size() == 3); // the editions of 2011, 2013 and 2018
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

TEST_CASE("While another thread copies the roadmap, changes and the document's end wait",
          "[document]") {
    // The analysis thread copies a large roadmap itself; the document must not change or
    // go while it does. A copy that takes a while: what waits must see it finished.
    struct Copy {
        std::shared_future<void> done;
        std::shared_ptr<std::atomic<bool>> finished = std::make_shared<std::atomic<bool>>(false);
    };
    const auto copying = [] {
        Copy copy;
        auto promise = std::make_shared<std::promise<void>>();
        copy.done = promise->get_future().share();
        std::thread([promise, finished = copy.finished] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            *finished = true;
            promise->set_value();
        }).detach();
        return copy;
    };

    SECTION("a change waits") {
        Document document(test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json")));
        const Copy copy = copying();
        document.holdUntilCopied(copy.done);
        Mission mission = document.roadmap().missions[0];
        mission.name = "Renamed while copied";
        document.replaceMission(0, mission);
        CHECK(*copy.finished);
        CHECK(document.roadmap().missions[0].name == "Renamed while copied");
    }
    SECTION("a reset waits") {
        Document document(Roadmap{});
        const Copy copy = copying();
        document.holdUntilCopied(copy.done);
        document.reset(Roadmap{});
        CHECK(*copy.finished);
    }
    SECTION("the end waits") {
        auto document = std::make_unique<Document>(Roadmap{});
        const Copy copy = copying();
        document->holdUntilCopied(copy.done);
        document.reset();
        CHECK(*copy.finished);
    }
}
