#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <orrery/generator.h>

#include <app/analysiscontroller.h>
#include <app/commands/commands.h>
#include <app/document.h>
#include <catch2/catch.hpp>

#include <QTest>

using namespace orrery;
using namespace orrery::app;

namespace {

MonthIndex plannedStartOf(const Analysis& analysis, std::size_t mission) {
    return analysis.schedule.missions.at(mission).plannedStart;
}

} // namespace

TEST_CASE("An analysis says which revision it describes: an older one is never current",
          "[analysis]") {
    SECTION("a small roadmap is analysed at once, so every edit is current at once") {
        Document document(generateRoadmap({40, 3, 0}));
        AnalysisController analysis;
        analysis.setDocument(&document);
        REQUIRE(analysis.current());
        const MonthIndex before = document.roadmap().missions[5].start.firstMonth();
        REQUIRE(commands::moveMissions(
            document, {QString::fromStdString(document.roadmap().missions[5].id)}, 4));
        REQUIRE(analysis.current());
        CHECK(analysis.latestRevision() == document.revision());
        CHECK(plannedStartOf(*analysis.current(), 5) == before + 4);
    }

    SECTION("a large roadmap: while a move is analysed, the analysis before it is not current") {
        const std::size_t count = AnalysisController::kBackgroundThreshold + 200;
        Document document(generateRoadmap({count, 8, 0}));
        AnalysisController analysis;
        analysis.setDocument(&document);
        REQUIRE(QTest::qWaitFor([&] { return analysis.current() != nullptr; }, 20000));
        const auto beforeMove = analysis.current();
        const quint64 revisionBeforeMove = document.revision();
        const MonthIndex before = document.roadmap().missions[7].start.firstMonth();

        // The move keeps the mission count: the count cannot tell the analyses apart.
        REQUIRE(commands::moveMissions(
            document, {QString::fromStdString(document.roadmap().missions[7].id)}, 6));
        CHECK(document.revision() > revisionBeforeMove);
        CHECK(analysis.current() == nullptr);
        CHECK(analysis.latest() == beforeMove);
        CHECK(analysis.latestRevision() == revisionBeforeMove);

        // A second move while the first is analysed: the first move's analysis is not
        // current either when it arrives.
        REQUIRE(commands::moveMissions(
            document, {QString::fromStdString(document.roadmap().missions[7].id)}, 1));
        REQUIRE(QTest::qWaitFor([&] { return analysis.current() != nullptr; }, 20000));
        CHECK(analysis.latestRevision() == document.revision());
        CHECK(plannedStartOf(*analysis.current(), 7) == before + 7);
        CHECK(analysis.current()->schedule.missions.size() == count);
    }

    SECTION("a new target makes the analysis of the old one not current") {
        const std::size_t count = AnalysisController::kBackgroundThreshold + 200;
        Document document(generateRoadmap({count, 8, 0}));
        AnalysisController analysis;
        analysis.setDocument(&document);
        REQUIRE(QTest::qWaitFor([&] { return analysis.current() != nullptr; }, 20000));
        const QString target = QString::fromStdString(document.roadmap().missions[3].id);
        analysis.setTarget(target);
        CHECK(analysis.current() == nullptr);
        REQUIRE(QTest::qWaitFor([&] { return analysis.current() != nullptr; }, 20000));
        REQUIRE(analysis.current()->schedule.target.has_value());
        CHECK(*analysis.current()->schedule.target == 3);
    }

    SECTION("the roadmap is copied on the worker: a change at once waits for the copy") {
        const std::size_t first = AnalysisController::kBackgroundThreshold + 3000;
        const std::size_t second = AnalysisController::kBackgroundThreshold + 500;
        Document document(generateRoadmap({first, 4, 0}));
        AnalysisController analysis;
        analysis.setDocument(&document);
        REQUIRE(analysis.isRunning());
        // Replaced while the worker may still be copying: the copy is whole, the old
        // roadmap is gone only after it, and the figures shown are of the new one.
        document.reset(generateRoadmap({second, 5, 0}));
        REQUIRE(QTest::qWaitFor([&] { return analysis.current() != nullptr; }, 30000));
        CHECK(analysis.current()->schedule.missions.size() == second);
    }

    SECTION("a document closed while the worker copies it waits for the copy") {
        auto document = std::make_unique<Document>(
            generateRoadmap({AnalysisController::kBackgroundThreshold + 3000, 6, 0}));
        AnalysisController analysis;
        analysis.setDocument(document.get());
        REQUIRE(analysis.isRunning());
        document.reset(); // under the address sanitizer, a copy of freed memory would fail
        REQUIRE(QTest::qWaitFor([&] { return !analysis.isRunning(); }, 30000));
        CHECK(analysis.current() == nullptr);
    }

    SECTION("another roadmap opened during a run: the first one's figures are never shown") {
        const std::size_t first = AnalysisController::kBackgroundThreshold + 300;
        const std::size_t second = AnalysisController::kBackgroundThreshold + 700;
        Document one(generateRoadmap({first, 8, 0}));
        Document other(generateRoadmap({second, 9, 0}));
        AnalysisController analysis;
        analysis.setDocument(&one);
        REQUIRE(analysis.isRunning());
        analysis.setDocument(&other);
        bool shownOfFirst = false;
        QObject::connect(&analysis, &AnalysisController::updated, [&] {
            if (const auto latest = analysis.latest()) {
                shownOfFirst = shownOfFirst || latest->schedule.missions.size() == first;
            }
        });
        REQUIRE(QTest::qWaitFor([&] { return analysis.current() != nullptr; }, 30000));
        CHECK_FALSE(shownOfFirst);
        CHECK(analysis.current()->schedule.missions.size() == second);
    }
}
