#include "support/poppler.h"
#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <orrery/analysis/analysis.h>
#include <orrery/filter.h>
#include <orrery/generator.h>

#include <catch2/catch.hpp>
#include <render/diagramsummary.h>
#include <render/exporters.h>
#include <render/report.h>
#include <render/utf8.h>

#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <numeric>
#include <set>

using namespace orrery;
using namespace orrery::render;
using orrery::test::TemporaryDirectory;

namespace {

QString pathIn(const TemporaryDirectory& folder, const char* name) {
    return QString::fromStdString((folder / name).string());
}

struct Loaded {
    Roadmap roadmap;
    Analysis analysis;
};

Loaded ger2013() {
    Loaded loaded{test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json")), {}};
    loaded.analysis = analyzeRoadmap(loaded.roadmap);
    return loaded;
}

QString exported(const Report& report, const QString& file) {
    const auto written = exportPdf(report, file);
    INFO((written ? std::string() : written.error().toStdString()));
    REQUIRE(written);
    CHECK(*written == report.pageCount());
    return file;
}

/// Text heights poppler reports are the font's ascent plus descent; this turns one into
/// the font size it was set in, for the font the report uses.
double pointsOfHeight(double height) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(1000);
    const QFontMetricsF metrics(font);
    return height * 1000.0 / (metrics.ascent() + metrics.descent());
}

QStringList svgTexts(const QString& file) {
    QFile svg(file);
    REQUIRE(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader reader(&svg);
    QStringList texts;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.name() == QLatin1String("text")) {
            texts << reader.readElementText().simplified();
        }
    }
    INFO(reader.errorString().toStdString());
    REQUIRE_FALSE(reader.hasError());
    return texts;
}

} // namespace

TEST_CASE("The GER 2013 roadmap as a PDF", "[render][export]") {
    const Loaded ger = ger2013();
    const TemporaryDirectory folder;
    const Report report(ger.roadmap, &ger.analysis, ReportOptions{});
    const QString file = exported(report, pathIn(folder, "ger.pdf"));

    SECTION("every mission is named in the text") {
        const QString text = test::pdfPlainText(file);
        for (const Mission& mission : ger.roadmap.missions) {
            INFO(mission.name);
            CHECK(text.contains(toQString(mission.name)));
        }
    }

    SECTION("the pages are the sections, each continued as far as it needs") {
        const QStringList titles = report.pageTitles();
        REQUIRE(test::pdfInfo(file).at(QStringLiteral("Pages")).toInt() == report.pageCount());
        CHECK(titles.value(0) == QStringLiteral("Overview"));
        // The GER's timeline and diagram each fit one landscape A4 page.
        CHECK(titles.value(1) == QStringLiteral("Timeline"));
        CHECK(titles.value(2) == QStringLiteral("Dependencies"));
        // Why the missions fly: the matrix and the knowledge gaps, one page each.
        CHECK(titles.value(3) == QStringLiteral("Goals and objectives"));
        CHECK(titles.value(4) == QStringLiteral("Knowledge gaps"));
        const auto count = [&](const QString& prefix) {
            return std::count_if(titles.begin(), titles.end(),
                                 [&](const QString& title) { return title.startsWith(prefix); });
        };
        const auto tablePages = count(QStringLiteral("Missions"));
        const auto sourcePages = count(QStringLiteral("Sources"));
        CHECK(tablePages >= 2);
        CHECK(sourcePages >= 1);
        // The porkchops of the nine missions to Mars, two a page.
        const auto launchPages = count(QStringLiteral("Launch opportunities"));
        CHECK(launchPages == 5);
        CHECK(5 + launchPages + tablePages + sourcePages == report.pageCount());
        CHECK(count(QStringLiteral("Findings")) == 0); // off unless asked for
        for (int page = 1; page <= report.pageCount(); ++page) {
            const QString text = test::pdfPlainText(file, page, page);
            INFO("page " << page);
            if (page > 1) {
                CHECK(text.contains(titles[page - 1]));
            }
            CHECK(text.contains(QStringLiteral("%1 / %2").arg(page).arg(report.pageCount())));
            CHECK(text.contains(QStringLiteral("as of 2013-08")));
        }
    }

    SECTION("Launch opportunities: each Mars mission's porkchop with its opportunities in "
            "words") {
        const QStringList titles = report.pageTitles();
        QString launches;
        for (int page = 1; page <= report.pageCount(); ++page) {
            if (titles[page - 1].startsWith(QStringLiteral("Launch opportunities"))) {
                launches += test::pdfPlainText(file, page, page) + QLatin1Char(' ');
            }
        }
        launches = launches.simplified();
        // Mars Sample Return, planned for 2026: the opportunity of late 2026, the handbook's
        // best day.
        CHECK(launches.contains(QStringLiteral("Mars Sample Return: launch to Mars")));
        CHECK(launches.contains(QStringLiteral("2026-09-21 to 2027-04-08 (best 2026-10-31")));
        CHECK(launches.contains(QStringLiteral("The planned launch meets one.")));
        CHECK(launches.contains(QStringLiteral("Opportunities at C3 up to 20 km²/s² (the usual "
                                               "limit)")));
        CHECK(launches.contains(QStringLiteral("Time of flight (days)")));
        CHECK_FALSE(launches.contains(QStringLiteral("Hayabusa"))); // no orbit in GER 2013
    }

    SECTION("Tables in the PDF speak names: prerequisites and capabilities by name, pages "
            "counted as pages") {
        QString tables;
        const QStringList titles = report.pageTitles();
        for (int page = 1; page <= report.pageCount(); ++page) {
            if (titles[page - 1].startsWith(QStringLiteral("Missions"))) {
                tables += test::pdfPlainText(file, page, page) + QLatin1Char(' ');
                CHECK(titles[page - 1].contains(QStringLiteral("(page ")));
            }
        }
        // Prerequisites and capabilities by name, not by id.
        CHECK(tables.contains(QStringLiteral("needs Proximity operations at a near-Earth")));
        CHECK_FALSE(tables.contains(QStringLiteral("nea-proximity-operations")));
        CHECK_FALSE(tables.contains(QStringLiteral("em2, arrm")));
        CHECK(tables.contains(QStringLiteral("Exploration Mission-2 (first crewed")));
        // A page that starts inside a destination says which.
        CHECK(tables.contains(QStringLiteral(", continued")));
        for (const QString& title : titles) {
            CHECK_FALSE(title.contains(QRegularExpression(QStringLiteral(", \\d+ of \\d+$"))));
        }
    }

    SECTION("every table row can be traced to a numbered source") {
        const QString text = test::pdfPlainText(file);
        for (const Mission& mission : ger.roadmap.missions) {
            for (const std::string& reference : mission.references) {
                // The source's opening words, before any line break could fall.
                const QString opening =
                    toQString(reference).section(QLatin1Char(' '), 0, 2).simplified();
                INFO(mission.id << ": " << reference);
                CHECK(text.contains(opening));
            }
        }
        CHECK(text.contains(QStringLiteral("[1]")));
    }

    SECTION("landscape A4 on every page") {
        for (const QSizeF& size : test::pdfPageSizes(file)) {
            CHECK(size.width() == Approx(842).margin(1));
            CHECK(size.height() == Approx(595).margin(1));
        }
    }

    SECTION("every font is embedded") {
        const std::vector<test::PdfFont> fonts = test::pdfFonts(file);
        REQUIRE_FALSE(fonts.empty());
        for (const test::PdfFont& font : fonts) {
            INFO(font.name.toStdString());
            CHECK(font.embedded);
        }
    }

    SECTION("title, author and creator are set") {
        const auto info = test::pdfInfo(file);
        const QString title =
            QStringLiteral("Global Exploration Roadmap, 2nd edition (August 2013)");
        CHECK(info.at(QStringLiteral("Title")) == title);
        CHECK(info.at(QStringLiteral("Author")) == title);
        CHECK(info.at(QStringLiteral("Creator")) == creatorName());
        CHECK(info.at(QStringLiteral("CreationDate")).contains(QStringLiteral("UTC")));
        CHECK(creatorName().startsWith(QStringLiteral("Orrery ")));
        const QString xmp = test::pdfMetadata(file);
        CHECK(xmp.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>") + title));
        CHECK(xmp.contains(QStringLiteral("<xmp:CreatorTool>") + creatorName()));
        CHECK(xmp.contains(QStringLiteral("<xmp:CreateDate>")));
        CHECK_FALSE(xmp.contains(QStringLiteral("pdfaid")));
    }
}

TEST_CASE("Page size and orientation are the requested ones", "[render][export]") {
    const Loaded ger = ger2013();
    const TemporaryDirectory folder;
    struct Expected {
        QPageSize::PageSizeId size;
        double shortSide;
        double longSide;
    };
    for (const Expected& expected :
         {Expected{QPageSize::A4, 595, 842}, Expected{QPageSize::A3, 842, 1191},
          Expected{QPageSize::Letter, 612, 792}, Expected{QPageSize::Tabloid, 792, 1224}}) {
        for (const auto orientation : {QPageLayout::Portrait, QPageLayout::Landscape}) {
            ReportOptions options;
            options.pageSize = expected.size;
            options.orientation = orientation;
            options.sections = {Section::Title, Section::Timeline};
            const Report report(ger.roadmap, &ger.analysis, options);
            const QString file = exported(report, pathIn(folder, "sized.pdf"));
            const auto sizes = test::pdfPageSizes(file);
            REQUIRE(sizes.size() == static_cast<std::size_t>(report.pageCount()));
            const bool portrait = orientation == QPageLayout::Portrait;
            for (const QSizeF& size : sizes) {
                INFO(QPageSize(expected.size).name().toStdString()
                     << (portrait ? " portrait" : " landscape"));
                CHECK(size.width() ==
                      Approx(portrait ? expected.shortSide : expected.longSide).margin(1));
                CHECK(size.height() ==
                      Approx(portrait ? expected.longSide : expected.shortSide).margin(1));
            }
        }
    }
}

TEST_CASE("Text keeps inside the chosen margins", "[render][export]") {
    const Loaded ger = ger2013();
    const TemporaryDirectory folder;
    for (const double margin : {8.0, 25.0}) {
        ReportOptions options;
        options.marginMillimetres = margin;
        // Charts continued over pages are cut at the edges, text and all; these are not.
        options.sections = {Section::Title, Section::Timeline, Section::Tables, Section::Sources};
        const Report report(ger.roadmap, &ger.analysis, options);
        REQUIRE(report.pageTitles().contains(QStringLiteral("Timeline")));
        const QString file = exported(report, pathIn(folder, "margins.pdf"));
        const double points = margin / 25.4 * 72.0;
        double left = 1e9;
        double right = 0;
        double top = 1e9;
        double bottom = 0;
        for (const test::PdfWord& word : test::pdfWords(file)) {
            left = std::min(left, word.box.left());
            right = std::max(right, word.box.right());
            top = std::min(top, word.box.top());
            bottom = std::max(bottom, word.box.bottom());
        }
        INFO(margin << " mm");
        CHECK(left >= points - 0.5);
        CHECK(left <= points + 3); // the text starts at the margin, not further in
        CHECK(right <= 842 - points + 0.5);
        CHECK(right >= 842 - points - 3); // the page number ends there
        CHECK(top >= points - 0.5);
        CHECK(bottom <= 595 - points + 0.5);
    }
}

TEST_CASE("The chosen sections make the document", "[render][export]") {
    const Loaded ger = ger2013();
    const TemporaryDirectory folder;

    ReportOptions timelineOnly;
    timelineOnly.sections = {Section::Timeline};
    const Report timeline(ger.roadmap, &ger.analysis, timelineOnly);
    CHECK(timeline.pageTitles() == QStringList{QStringLiteral("Timeline")});
    CHECK(test::pdfInfo(exported(timeline, pathIn(folder, "timeline.pdf")))
              .at(QStringLiteral("Pages")) == QStringLiteral("1"));

    ReportOptions findingsOnly;
    findingsOnly.sections = {Section::Findings};
    const Report findings(ger.roadmap, &ger.analysis, findingsOnly);
    const QString text = test::pdfPlainText(exported(findings, pathIn(folder, "findings.pdf")));
    REQUIRE_FALSE(ger.analysis.findings.empty());
    for (const Finding& finding : ger.analysis.findings) {
        CHECK(text.contains(toQString(finding.code)));
    }

    ReportOptions noTitle;
    noTitle.sections = {Section::Dependencies, Section::Tables};
    const Report untitled(ger.roadmap, &ger.analysis, noTitle);
    CHECK(untitled.pageTitles().value(0) == QStringLiteral("Dependencies"));
    CHECK_FALSE(untitled.pageTitles().contains(QStringLiteral("Overview")));
}

TEST_CASE("A filtered export contains exactly the filtered missions", "[render][export]") {
    const Loaded ger = ger2013();
    const TemporaryDirectory folder;
    MissionFilter esa;
    esa.agencies = {"ESA"};
    MissionFilter human;
    human.crew = Crew::Human;
    MissionFilter moon;
    moon.destinations = {"lunar-surface", "lunar-orbit"};
    moon.statuses = {MissionStatus::Planned};
    for (const MissionFilter& filter : {esa, human, moon}) {
        ReportOptions options;
        options.filter = filter;
        // A knowledge gap's measurement may name a mission in words ("May require Mars Sample
        // Return"): what is checked here are the missions themselves.
        options.sections.erase(Section::KnowledgeGaps);
        const Report report(ger.roadmap, &ger.analysis, options);
        const QString text = test::pdfPlainText(exported(report, pathIn(folder, "filtered.pdf")));
        const std::vector<bool> kept = applyFilter(ger.roadmap, filter);
        REQUIRE(std::count(kept.begin(), kept.end(), true) > 0);
        REQUIRE(std::count(kept.begin(), kept.end(), false) > 0);
        for (std::size_t i = 0; i < kept.size(); ++i) {
            const Mission& mission = ger.roadmap.missions[i];
            INFO(mission.name << (kept[i] ? " is kept" : " is filtered out"));
            CHECK(text.contains(toQString(mission.name)) == kept[i]);
        }
        CHECK(text.contains(QStringLiteral("only ")));
    }

    // The title page speaks of ESA's missions only: their agencies, their figures.
    ReportOptions options;
    options.filter = esa;
    options.sections = {Section::Title};
    const Report title(ger.roadmap, &ger.analysis, options);
    const QString page = test::pdfPlainText(exported(title, pathIn(folder, "title.pdf")));
    CHECK(page.contains(QStringLiteral("only missions of ESA")));
    for (const char* absent : {"CNSA", "ISRO", "KARI"}) {
        INFO(absent);
        CHECK_FALSE(page.contains(QLatin1String(absent)));
    }
    const std::vector<bool> kept = applyFilter(ger.roadmap, esa);
    CHECK(page.contains(
        QStringLiteral("%1 missions,").arg(std::count(kept.begin(), kept.end(), true))));
    // Of the two warnings about missions, one is about a mission ESA takes part in (em2), one
    // is not; the one about the whole roadmap (an objective no mission pursues) counts too.
    CHECK(page.contains(QRegularExpression(QStringLiteral(R"(Checks: 0 errors, 2 warnings\b)"))));
}

TEST_CASE("A 1,000-mission roadmap over 60 years tiles onto readable pages", "[render][export]") {
    GeneratorOptions generator;
    generator.missions = 1000;
    const Roadmap roadmap = generateRoadmap(generator);
    const Analysis analysis = analyzeRoadmap(roadmap);
    const TemporaryDirectory folder;
    static const QRegularExpression decade(QStringLiteral(R"(\b(19|20)\d0s\b)"));
    static const QRegularExpression year(QStringLiteral(R"(\b(19|20)\d\d\b)"));

    for (const auto orientation : {QPageLayout::Landscape, QPageLayout::Portrait}) {
        ReportOptions options;
        options.orientation = orientation;
        options.sections = {Section::Timeline, Section::Dependencies};
        const Report report(roadmap, &analysis, options);
        const QString file = exported(report, pathIn(folder, "wide.pdf"));
        const QStringList titles = report.pageTitles();

        // "Timeline, part k of N" on N pages, in order.
        const auto timelinePages =
            std::count_if(titles.begin(), titles.end(), [](const QString& title) {
                return title.startsWith(QStringLiteral("Timeline, part"));
            });
        REQUIRE(timelinePages > 1);
        CHECK(titles.value(static_cast<int>(timelinePages) - 1) ==
              QStringLiteral("Timeline, part %1 of %1").arg(timelinePages));
        CHECK(titles.value(static_cast<int>(timelinePages))
                  .startsWith(QStringLiteral("Dependencies")));

        // Every part carries the axis (decades and years) and the lanes' names.
        std::set<QString> firstDecades;
        std::set<QString> lastDecades;
        for (int page = 1; page <= timelinePages; ++page) {
            const QString text = test::pdfPlainText(file, page, page);
            INFO("timeline page " << page);
            CHECK(text.contains(decade));
            CHECK(text.contains(year));
            const bool namesALane =
                std::any_of(roadmap.destinations.begin(), roadmap.destinations.end(),
                            [&](const Destination& destination) {
                                return text.contains(toQString(destination.name));
                            });
            CHECK(namesALane);
            std::set<QString>& decades = page == 1 ? firstDecades : lastDecades;
            if (page == 1 || page == timelinePages) {
                for (auto match = decade.globalMatch(text); match.hasNext();) {
                    decades.insert(match.next().captured());
                }
            }
        }
        if (orientation == QPageLayout::Portrait) {
            // Too wide for a portrait page: the later parts go on along the time axis.
            CHECK(firstDecades != lastDecades);
        }

        // Nothing is shrunk below the documented minimum to make it fit.
        const std::vector<test::PdfWord> words = test::pdfWords(file);
        REQUIRE(words.size() > 1000);
        const auto smallest =
            std::min_element(words.begin(), words.end(), [](const auto& a, const auto& b) {
                return a.box.height() < b.box.height();
            });
        INFO("smallest: \"" << smallest->text.toStdString() << "\" on page " << smallest->page);
        CHECK(pointsOfHeight(smallest->box.height()) >= kMinimumTextPoints - 0.01);
    }
}

TEST_CASE("SVG charts are well-formed and name every mission", "[render][export]") {
    const Loaded ger = ger2013();
    const TemporaryDirectory folder;
    for (const Chart chart : {Chart::Timeline, Chart::Dependencies}) {
        ChartOptions options;
        options.chart = chart;
        const QString file = pathIn(folder, "chart.svg");
        const auto written = exportSvg(ger.roadmap, &ger.analysis, options, file);
        REQUIRE(written);
        // A long name may be set on several lines, one text element each.
        const QString texts = svgTexts(file).join(QLatin1Char(' '));
        for (const Mission& mission : ger.roadmap.missions) {
            INFO((chart == Chart::Timeline ? "timeline: " : "dependencies: ") << mission.name);
            CHECK(texts.contains(toQString(mission.name)));
        }
    }
}

TEST_CASE("PNG charts have the size the resolution asks for", "[render][export]") {
    const Loaded ger = ger2013();
    const TemporaryDirectory folder;
    for (const Chart chart : {Chart::Timeline, Chart::Dependencies}) {
        for (const double dpi : {96.0, 150.0, 300.0}) {
            ChartOptions options;
            options.chart = chart;
            options.dpi = dpi;
            const QString file = pathIn(folder, "chart.png");
            REQUIRE(exportPng(ger.roadmap, &ger.analysis, options, file));
            const QImage image(file);
            const QSize expected =
                (chartSize(ger.roadmap, &ger.analysis, options) * dpi / 96.0).toSize();
            INFO(dpi << " dpi");
            CHECK(image.size() == expected);
            CHECK(image.dotsPerMeterX() == static_cast<int>(std::lround(dpi / 0.0254)));
        }
    }
}

TEST_CASE("A failed export writes nothing and keeps what was there", "[render][export]") {
    const Loaded ger = ger2013();
    const TemporaryDirectory folder;

    // A folder that does not exist: an error that names the file, no file.
    const QString missing = pathIn(folder, "no-such-folder/ger.pdf");
    const Report report(ger.roadmap, &ger.analysis, ReportOptions{});
    const auto pdf = exportPdf(report, missing);
    REQUIRE_FALSE(pdf);
    CHECK(pdf.error().contains(QStringLiteral("no-such-folder")));
    CHECK_FALSE(QFile::exists(missing));

    // An image too large to make: refused before anything is written over the old file.
    GeneratorOptions generator;
    generator.missions = 1000;
    const Roadmap large = generateRoadmap(generator);
    const QString png = pathIn(folder, "chart.png");
    test::writeFile((folder / "chart.png"), "the previous picture");
    ChartOptions huge;
    huge.dpi = 1200;
    const auto refused = exportPng(large, nullptr, huge, png);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("dpi")));
    CHECK(test::readFile(folder / "chart.png") == "the previous picture");
}

TEST_CASE("A diagram past the limit is summarised by destination, the critical path whole",
          "[render][export][summary]") {
    const Roadmap roadmap = generateRoadmap({kDiagramMissionLimit + 500, 8, 0});
    const Analysis analysis = analyzeRoadmap(roadmap);
    const PaintContext context = publicationContext(roadmap, &analysis, {}, ColorMode::Agency);
    const DiagramPlan plan = planDependencyDiagram(context);
    REQUIRE(plan.form == DiagramForm::Summarised);
    CHECK(plan.missions == roadmap.missions.size());

    // One box per destination that has missions off the critical path, and one per
    // mission of the critical path.
    const auto& path = analysis.schedule.criticalPath;
    REQUIRE(path.size() >= 2);
    std::set<std::string> destinations;
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        if (std::find(path.begin(), path.end(), i) == path.end()) {
            destinations.insert(roadmap.missions[i].destination);
        }
    }
    CHECK(plan.criticalMissions == path.size());
    CHECK(plan.boxes == destinations.size() + path.size());
    const Roadmap& summary = *plan.summary;
    REQUIRE(summary.missions.size() == plan.boxes);
    for (const std::size_t mission : path) {
        INFO(roadmap.missions[mission].id);
        REQUIRE(summary.missions.find(roadmap.missions[mission].id));
    }
    // The critical path's links stay, and are drawn as the critical path.
    CHECK(plan.context.criticalDependencies.size() == path.size() - 1);
    // A group box counts its missions, and the counts add up to the roadmap's.
    std::size_t counted = 0;
    static const QRegularExpression count(QStringLiteral(R"(: (\d+) missions? \()"));
    for (const Mission& box : summary.missions) {
        const auto match = count.match(toQString(box.name));
        if (box.id.rfind("group:", 0) == 0) {
            REQUIRE(match.hasMatch());
            counted += match.captured(1).toULongLong();
        }
        for (const Prerequisite& link : box.prerequisites) {
            CHECK(summary.missions.find(link.mission));
            CHECK(link.mission != box.id);
        }
    }
    CHECK(counted + path.size() == roadmap.missions.size());

    // The published diagram says so on its pages, and the report tells its caller.
    ReportOptions options;
    options.sections = {Section::Dependencies};
    const Report report(roadmap, &analysis, options);
    CHECK(report.dependencyDiagramNote() == plan.note());
    CHECK(report.pageTitles().first().startsWith(QStringLiteral("Dependencies, summarised")));
    const TemporaryDirectory folder;
    const QString file = exported(report, pathIn(folder, "summary.pdf"));
    const QString text = test::pdfText(file).simplified();
    CHECK(text.contains(QStringLiteral("grouped by destination")));
}

TEST_CASE("A diagram too large even summarised is left out, with the reason",
          "[render][export][summary]") {
    // A chain longer than the limit: every mission on the critical path.
    Roadmap roadmap = test::loadRoadmap(test::testDataPath("minimal.roadmap.json"));
    const Mission first = roadmap.missions[0];
    for (std::size_t i = 1; i <= kDiagramMissionLimit + 10; ++i) {
        Mission next = first;
        next.id = "step-" + std::to_string(i);
        next.start = Date::parse("2030-07").value().addMonths(static_cast<int>(i));
        Prerequisite previous;
        previous.mission = i == 1 ? first.id : "step-" + std::to_string(i - 1);
        next.prerequisites = {previous};
        roadmap.missions.append(std::move(next));
    }
    const Analysis analysis = analyzeRoadmap(roadmap);
    const DiagramPlan plan =
        planDependencyDiagram(publicationContext(roadmap, &analysis, {}, ColorMode::Agency));
    REQUIRE(plan.form == DiagramForm::LeftOut);
    CHECK(plan.note().contains(QStringLiteral("left out")));

    ReportOptions options;
    options.sections = {Section::Dependencies};
    const Report report(roadmap, &analysis, options);
    REQUIRE(report.pageCount() == 1);
    const TemporaryDirectory folder;
    const QString file = exported(report, pathIn(folder, "left-out.pdf"));
    CHECK(test::pdfText(file).simplified().contains(
        QStringLiteral("The dependency diagram is left out")));

    ChartOptions chart;
    chart.chart = Chart::Dependencies;
    const auto refused = exportSvg(roadmap, &analysis, chart, pathIn(folder, "left-out.svg"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error() == plan.note());
    CHECK_FALSE(QFile::exists(pathIn(folder, "left-out.svg")));
}

TEST_CASE("A PDF export reports each page and stops when told, writing nothing",
          "[render][export]") {
    const Loaded ger = ger2013();
    const Report report(ger.roadmap, &ger.analysis, {});
    REQUIRE(report.pageCount() > 3);
    const TemporaryDirectory folder;

    std::vector<int> told;
    const auto whole = exportPdf(report, pathIn(folder, "whole.pdf"), [&](int painted, int pages) {
        CHECK(pages == report.pageCount());
        told.push_back(painted);
        return true;
    });
    REQUIRE(whole);
    std::vector<int> expected(static_cast<std::size_t>(report.pageCount()));
    std::iota(expected.begin(), expected.end(), 1);
    CHECK(told == expected);

    const QString stoppedFile = pathIn(folder, "stopped.pdf");
    const auto stopped =
        exportPdf(report, stoppedFile, [](int painted, int) { return painted < 2; });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(QFile::exists(stoppedFile));
}

TEST_CASE("The publication's goals and knowledge gaps name every objective and gap, readably",
          "[render][export][strategy]") {
    const Loaded ger = ger2013();
    const TemporaryDirectory folder;
    ReportOptions options;
    options.sections = {Section::Goals, Section::KnowledgeGaps};
    const Report report(ger.roadmap, &ger.analysis, options);
    CHECK(report.pageTitles() ==
          QStringList{QStringLiteral("Goals and objectives"), QStringLiteral("Knowledge gaps")});
    const QString file = exported(report, pathIn(folder, "purpose.pdf"));
    // Words wrapped over lines in a cell are read back as one text.
    const QString text = test::pdfPlainText(file).simplified();
    for (const Goal& goal : ger.roadmap.goals) {
        INFO(goal.name);
        CHECK(text.contains(toQString(goal.name)));
    }
    for (const Objective& objective : ger.roadmap.objectives) {
        INFO(objective.name);
        CHECK(text.contains(toQString(objective.name)));
    }
    for (const KnowledgeGap& gap : ger.roadmap.knowledgeGaps) {
        INFO(gap.name);
        CHECK(text.contains(toQString(gap.name)));
    }
    CHECK(text.contains(QStringLiteral("205 months in time")));

    // Every mission heads a column of the matrix, written upright at a readable size.
    std::set<QString> ids;
    for (const Mission& mission : ger.roadmap.missions) {
        ids.insert(toQString(mission.id));
    }
    std::set<QString> columns;
    for (const test::PdfWord& word : test::pdfWords(file)) {
        // The matrix's page names missions only in its column headings, which run upwards:
        // their boxes are as wide as the text is high.
        const bool upright = ids.contains(word.text) && word.page == 1;
        const double size = pointsOfHeight(upright ? word.box.width() : word.box.height());
        INFO("\"" << word.text.toStdString() << "\" on page " << word.page);
        CHECK(size >= kMinimumTextPoints - 0.01);
        if (word.page == 1 && upright) {
            columns.insert(word.text);
        }
    }
    for (const Mission& mission : ger.roadmap.missions) {
        INFO(mission.id);
        CHECK(columns.contains(toQString(mission.id)));
    }
}

TEST_CASE("A large traceability matrix is tiled over pages, every objective on one",
          "[render][export][strategy]") {
    GeneratorOptions generator;
    generator.missions = 1000;
    const Roadmap roadmap = generateRoadmap(generator);
    ReportOptions options;
    options.sections = {Section::Goals};
    const Report report(roadmap, nullptr, options);
    REQUIRE(report.pageCount() > 4);
    for (const QString& title : report.pageTitles()) {
        CHECK(title.startsWith(QStringLiteral("Goals and objectives (page ")));
    }
    const TemporaryDirectory folder;
    const QString file = exported(report, pathIn(folder, "matrix.pdf"));
    const QString text = test::pdfPlainText(file);
    for (const Objective& objective : roadmap.objectives) {
        INFO(objective.name);
        CHECK(text.contains(toQString(objective.name)));
    }
    std::set<QString> columns;
    for (const test::PdfWord& word : test::pdfWords(file)) {
        if (roadmap.missions.contains(render::toStdString(word.text))) {
            columns.insert(word.text);
        }
    }
    CHECK(columns.size() == roadmap.missions.size());

    // A roadmap without goals or gaps gets no such pages.
    options.sections = {Section::Goals, Section::KnowledgeGaps};
    generator.purpose = false;
    CHECK(Report(generateRoadmap(generator), nullptr, options).pageCount() == 0);
}
