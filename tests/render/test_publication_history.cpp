// The publication's "Scenarios compared" and "Changes since" sections, read back with poppler.

#include "support/poppler.h"
#include "support/qtstrings.h"
#include "support/roadmapbuilder.h"
#include "support/testsupport.h"

#include <orrery/analysis/analysis.h>
#include <orrery/analysis/scenarios.h>
#include <orrery/io/editions.h>
#include <orrery/resolution.h>

#include <catch2/catch.hpp>
#include <render/exporters.h>
#include <render/report.h>
#include <render/utf8.h>

#include <QImage>

#include <algorithm>

using namespace orrery;
using namespace orrery::render;
using orrery::test::date;
using orrery::test::TemporaryDirectory;
using orrery::test::TestRoadmap;

namespace {

/// A plan towards Mars and two scenarios of it: one that brings the lander forward and adds a
/// crewed Moon landing, one that goes without the lander.
Roadmap twoPathways() {
    Roadmap roadmap = TestRoadmap()
                          .mission("precursor", "2025", "2026")
                          .mission("lander", "2028", "2029")
                          .mission("mars", "2035", {}, MissionStatus::Conceptual, "mars")
                          .dependsOn("lander", "precursor")
                          .dependsOn("mars", "lander")
                          .goal("explore")
                          .objective("land", "explore")
                          .pursues("lander", "land")
                          .gap("dust")
                          .closes("lander", "dust")
                          .roadmap();
    auto named = [&roadmap](const std::string& id, const std::string& name) {
        Mission mission = *roadmap.missions.find(id);
        mission.name = name;
        roadmap.missions.replace(*roadmap.missions.indexOf(id), mission);
    };
    named("lander", "Lunar lander");
    named("mars", "Humans to Mars");

    Scenario fast;
    fast.id = "fast";
    fast.name = "Fast Track";
    fast.owner = "ESA";
    MissionOverride earlier;
    earlier.mission = "lander";
    earlier.fields = {"name", "start", "end"};
    earlier.values.name = "Early lunar lander";
    earlier.values.start = date("2026");
    earlier.values.end = date("2027");
    fast.changes.push_back(earlier);
    Mission crew;
    crew.id = "crew-moon";
    crew.name = "Crew to the Moon";
    crew.lead = "NASA";
    crew.destination = "moon";
    crew.crew = Crew::Human;
    crew.start = date("2030");
    crew.end = date("2030");
    fast.adds.append(crew);
    roadmap.scenarios.append(fast);

    Scenario lean;
    lean.id = "lean";
    lean.name = "Lean";
    lean.owner = "NASA";
    lean.drops = {"lander"};
    roadmap.scenarios.append(lean);
    return roadmap;
}

QString exported(const Report& report, const QString& file) {
    const auto written = exportPdf(report, file);
    INFO((written ? std::string() : written.error().toStdString()));
    REQUIRE(written);
    return file;
}

/// Pixels of the comparison's marks (rings and ghosts) on a page, or in a part of it (in
/// pixels): those near the theme's proposal colour.
int markPixels(const QImage& page, QRect area = {}) {
    const QColor mark = Theme::light().proposal;
    area = area.isNull() ? page.rect() : area.intersected(page.rect());
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = page.pixelColor(x, y);
            if (std::abs(pixel.red() - mark.red()) + std::abs(pixel.green() - mark.green()) +
                    std::abs(pixel.blue() - mark.blue()) <
                40) {
                ++count;
            }
        }
    }
    return count;
}

} // namespace

TEST_CASE("Scenarios compared: the table of each scenario's figures, then its timeline",
          "[render][export][scenarios]") {
    const Roadmap roadmap = twoPathways();
    const ScenarioComparison comparison = compareScenarios(roadmap);
    REQUIRE(comparison.target == "mars");
    REQUIRE(comparison.rows.size() == 3);
    const Analysis analysis = analyzeRoadmap(roadmap);
    ReportOptions options;
    options.sections = {Section::Scenarios};
    const Report report(roadmap, &analysis, options);
    CHECK(report.pageTitles() == QStringList{QStringLiteral("Scenarios compared"),
                                             QStringLiteral("Scenario Fast Track"),
                                             QStringLiteral("Scenario Lean")});
    const TemporaryDirectory folder;
    const QString file = exported(report, QString::fromStdString((folder / "s.pdf").string()));
    const QString table = test::pdfPlainText(file, 1, 1);
    INFO(table.toStdString());
    CHECK(table.contains(QStringLiteral("measured towards Humans to Mars")));
    // The plan row, then each scenario with its owner.
    const auto plan = table.indexOf(QStringLiteral("Plan planned"));
    const auto fast = table.indexOf(QStringLiteral("Fast Track by ESA"));
    const auto leanRow = table.indexOf(QStringLiteral("Lean by NASA"));
    REQUIRE(plan >= 0);
    REQUIRE(fast > plan);
    REQUIRE(leanRow > fast);
    // The target's dates as the comparison has them, in each row.
    for (const ScenarioFigures& row : comparison.rows) {
        INFO(row.name);
        REQUIRE(row.targetPlannedStart);
        CHECK(table.contains(
            QStringLiteral("planned %1")
                .arg(toQString(Date::fromMonthIndex(*row.targetPlannedStart).toString()))));
    }
    // The critical paths by name, as each has them: Fast Track renamed the lander.
    CHECK(table.mid(plan, fast - plan)
              .contains(
                  QStringLiteral("Mission precursor \u2192 Lunar lander \u2192 Humans to Mars")));
    CHECK(table.mid(fast, leanRow - fast)
              .contains(QStringLiteral("Mission precursor \u2192 Early lunar lander \u2192 Humans "
                                       "to Mars")));
    // What each scenario does to the plan, by name.
    CHECK(table.contains(QStringLiteral("adds Crew to the Moon changes Early lunar lander")));
    CHECK(table.contains(QStringLiteral("drops Lunar lander")));
    // Lean goes without the lander: Mars requires a mission that is not there (an error), the
    // objective it pursued and the gap it closed are left open.
    const QString lean = table.mid(leanRow);
    CHECK(lean.contains(QStringLiteral("1 error")));
    CHECK(lean.contains(QStringLiteral("Objective land Gap dust")));

    // Fast Track's timeline rings the lander it moved and the landing it adds; Lean changes
    // no mission it keeps, and its timeline has no marks.
    const QImage fastPage = test::pdfPageImage(file, 2, 60);
    const QImage plain = test::pdfPageImage(file, 3, 60);
    CHECK(markPixels(fastPage) > 50);
    CHECK(markPixels(plain) == 0);
    CHECK(test::pdfPlainText(file, 2, 2).contains(QStringLiteral("Fast Track against the plan")));

    // A roadmap without scenarios publishes no such pages.
    Roadmap none = roadmap;
    none.scenarios = {};
    CHECK(Report(none, nullptr, options).pageCount() == 0);
}

TEST_CASE("A publication of one scenario says so, and compares all of them",
          "[render][export][scenarios]") {
    const Roadmap whole = twoPathways();
    const auto resolved = resolveScenario(whole, "fast");
    REQUIRE(resolved);
    const Analysis analysis = analyzeRoadmap(*resolved);
    ReportOptions options;
    options.sections = {Section::Title, Section::Timeline, Section::Scenarios};
    options.scenarioName = QStringLiteral("Fast Track");
    options.scenariosOf = std::make_shared<const Roadmap>(whole);
    const Report report(*resolved, &analysis, options);
    CHECK(report.pageTitles().contains(QStringLiteral("Scenarios compared")));
    CHECK(report.pageTitles().contains(QStringLiteral("Scenario Lean")));
    const TemporaryDirectory folder;
    const QString file = exported(report, QString::fromStdString((folder / "f.pdf").string()));
    CHECK(test::pdfPlainText(file, 1, 1).contains(QStringLiteral("scenario Fast Track")));
    // Every page's footer names the scenario.
    for (int page = 1; page <= report.pageCount(); ++page) {
        INFO("page " << page);
        CHECK(test::pdfPlainText(file, page, page).contains(QStringLiteral("scenario Fast Track")));
    }
}

TEST_CASE("Changes since an edition: the slips, biggest first, and the timeline with ghosts",
          "[render][export][editions]") {
    const auto plan = test::sourcePath("roadmaps/ger-2018.roadmap.json");
    const Roadmap roadmap = test::loadRoadmap(plan);
    const EditionReference* edition = roadmap.editions.find("ger-2013");
    REQUIRE(edition);
    auto earlier = loadEdition(*edition, plan);
    REQUIRE(earlier);
    const Analysis analysis = analyzeRoadmap(roadmap);
    ReportOptions options;
    options.sections = {Section::Timeline, Section::Changes};
    options.since = std::make_shared<const Baseline>(Baseline{*edition, *earlier});
    const Report report(roadmap, &analysis, options);
    const QStringList titles = report.pageTitles();
    INFO(titles.join(QStringLiteral(" | ")).toStdString());
    CHECK(titles.first() == QStringLiteral("Timeline"));
    CHECK(titles.filter(QStringLiteral("Changes since 2nd edition (August 2013)")).size() >= 1);
    CHECK(titles.last() == QStringLiteral("Timeline against 2nd edition (August 2013)"));

    const TemporaryDirectory folder;
    const QString file = exported(report, QString::fromStdString((folder / "c.pdf").string()));
    const int tableStart = 2;
    const int tableEnd = report.pageCount() - 1;
    const QString table = test::pdfPlainText(file, tableStart, tableEnd);
    INFO(table.toStdString());
    CHECK(table.contains(QStringLiteral("since Global Exploration Roadmap, 2nd edition")));
    // Each row: name and id, start then, now and by how much, end then, now and by how much.
    CHECK(table.contains(QStringLiteral("International Space Station iss 1998-11-20 1998-11-20 "
                                        "unchanged 2020 2024 +48 months")));
    CHECK(table.contains(QStringLiteral("em1 2017 2020 +36 months 2017 2020 +36 months")));
    CHECK(table.contains(QStringLiteral("Mars Sample Return msr 2026 2028 +24 months")));
    // Biggest first, then the added and the removed.
    const auto at = [&table](const char* text) {
        const auto index = table.indexOf(QString::fromUtf8(text));
        INFO(text);
        REQUIRE(index >= 0);
        return index;
    };
    CHECK(at(" iss ") < at(" em1 "));
    CHECK(at(" em1 ") < at(" msr "));
    CHECK(at("Moved") < at("Added since"));
    CHECK(at("Added since") < at("Removed since"));
    CHECK(table.contains(QStringLiteral("Gateway (Deep Space Gateway, later LOP-G) gateway")));
    CHECK(table.contains(QStringLiteral("Asteroid Redirect Crewed Mission arcm")));

    // The timeline against the edition rings Exploration Mission-1, which moved, and draws
    // where the edition had it in its row, before its label; the plain timeline draws it alone.
    const auto em1Row = [&file](int page) {
        constexpr int dpi = 72; // a pixel a point
        const auto words = test::pdfWords(file);
        const auto label = std::find_if(words.begin(), words.end(), [page](const auto& word) {
            return word.page == page && word.text == QStringLiteral("Mission-1");
        });
        REQUIRE(label != words.end());
        const QRectF box = label->box;
        return markPixels(
            test::pdfPageImage(file, page, dpi),
            QRect(0, qRound(box.top() - 2), qRound(box.left() - 60), qRound(box.height() + 4)));
    };
    CHECK(em1Row(report.pageCount()) > 10);
    CHECK(em1Row(1) == 0);

    // A filtered publication lists the changes of the missions it shows.
    MissionFilter marsSurface;
    marsSurface.destinations = {"mars-surface"};
    options.filter = marsSurface;
    options.sections = {Section::Changes};
    const Report filtered(roadmap, &analysis, options);
    const QString filteredFile =
        exported(filtered, QString::fromStdString((folder / "m.pdf").string()));
    const QString marsTable = test::pdfPlainText(filteredFile, 1, 1);
    CHECK(marsTable.contains(QStringLiteral(" msr ")));
    CHECK(marsTable.contains(QStringLiteral(" hmars ")));
    CHECK(marsTable.contains(QStringLiteral(" tianwen1 ")));
    CHECK_FALSE(marsTable.contains(QStringLiteral(" em1 ")));
    CHECK_FALSE(marsTable.contains(QStringLiteral(" arcm ")));
    // A filter that keeps no mission that moved says so.
    MissionFilter nothingMoved;
    nothingMoved.text = "Curiosity";
    options.filter = nothingMoved;
    const Report quiet(roadmap, &analysis, options);
    const QString quietFile = exported(quiet, QString::fromStdString((folder / "q.pdf").string()));
    CHECK(test::pdfPlainText(quietFile, 1, 1)
              .contains(QStringLiteral("No mission shown moved since 2nd edition (August 2013).")));

    // Nothing moved: the table says so.
    options.filter.reset();
    options.since = std::make_shared<const Baseline>(Baseline{*edition, roadmap});
    const Report unchanged(roadmap, &analysis, options);
    const QString unchangedFile =
        exported(unchanged, QString::fromStdString((folder / "u.pdf").string()));
    CHECK(test::pdfPlainText(unchangedFile, 1, 1)
              .contains(QStringLiteral("Nothing moved since 2nd edition (August 2013).")));
    // Without an edition the section adds no pages.
    options.since.reset();
    CHECK(Report(roadmap, &analysis, options).pageCount() == 0);
}
