#include "clirun.h"
#include "support/poppler.h"
#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QImage>

#include <regex>

using namespace orrery;
using namespace orrery::test;

namespace {

CliOutcome runExport(std::vector<std::string> args) {
    args.insert(args.begin(), "export");
    return runCli(std::move(args));
}

const std::string ger = sourcePath("roadmaps/ger-2013.roadmap.json").string();

QString q(const std::filesystem::path& path) {
    return QString::fromStdString(path.string());
}

} // namespace

TEST_CASE("export writes the PDF the options ask for", "[cli][export]") {
    const TemporaryDirectory folder;
    const auto pdf = folder / "ger-a3.pdf";
    const CliOutcome outcome = runExport({ger, "-o", pdf.string(), "--page", "a3", "--portrait",
                                          "--sections", "title,timeline,dependencies", "--pdfa"});
    INFO(outcome.err);
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.out == pdf.string() + ": 3 pages\n");
    const auto sizes = pdfPageSizes(q(pdf));
    REQUIRE(sizes.size() == 3);
    CHECK(sizes[0].width() == Approx(842).margin(1));
    CHECK(sizes[0].height() == Approx(1191).margin(1));
    const QString xmp = pdfMetadata(q(pdf));
    CHECK(xmp.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    CHECK(xmp.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    // PDF/A-1 allows no transparency: every opacity is 1, no soft mask.
    const std::string raw = readFile(pdf);
    const std::regex opacity(R"(/(ca|CA) ([0-9.]+))");
    int opacities = 0;
    for (auto match = std::sregex_iterator(raw.begin(), raw.end(), opacity);
         match != std::sregex_iterator(); ++match) {
        ++opacities;
        CHECK(std::stod((*match)[2].str()) == 1.0);
    }
    CHECK(opacities > 0);
    const std::regex softMask(R"(/SMask\s*(/\w+|\d+ \d+ R))");
    for (auto match = std::sregex_iterator(raw.begin(), raw.end(), softMask);
         match != std::sregex_iterator(); ++match) {
        CHECK((*match)[1].str() == "/None");
    }
}

TEST_CASE("export applies the filters", "[cli][export]") {
    const TemporaryDirectory folder;
    const auto pdf = folder / "human.pdf";
    const CliOutcome outcome =
        runExport({ger, "-o", pdf.string(), "--crew", "human", "--destination", "lunar-surface"});
    INFO(outcome.err);
    REQUIRE(outcome.exitCode == 0);
    const QString text = pdfPlainText(q(pdf));
    CHECK(text.contains(QStringLiteral("Humans to the lunar surface")));
    CHECK_FALSE(text.contains(QStringLiteral("Chang\u2019e 3 lander")));  // robotic
    CHECK_FALSE(text.contains(QStringLiteral("Human missions to Mars"))); // elsewhere
}

TEST_CASE("export writes SVG and PNG charts", "[cli][export]") {
    const TemporaryDirectory folder;
    const auto svg = folder / "graph.svg";
    CliOutcome outcome = runExport({ger, "-o", svg.string(), "--chart", "dependencies"});
    INFO(outcome.err);
    REQUIRE(outcome.exitCode == 0);
    CHECK(readFile(svg).find("<svg") != std::string::npos);
    CHECK(readFile(svg).find("Human missions to Mars") != std::string::npos);

    const auto png = folder / "timeline.png";
    outcome = runExport({ger, "-o", png.string(), "--dpi", "48"});
    REQUIRE(outcome.exitCode == 0);
    const auto atDouble = folder / "timeline-2x.png";
    REQUIRE(runExport({ger, "-o", atDouble.string(), "--dpi", "96"}).exitCode == 0);
    const QImage small(q(png));
    const QImage large(q(atDouble));
    REQUIRE_FALSE(small.isNull());
    CHECK(std::abs(large.width() - 2 * small.width()) <= 1);
    CHECK(std::abs(large.height() - 2 * small.height()) <= 1);
}

TEST_CASE("export refuses what it cannot do, and writes nothing", "[cli][export]") {
    const TemporaryDirectory folder;
    const auto target = folder / "kept.pdf";
    writeFile(target, "an earlier export");
    const auto unchanged = [&] { return readFile(target) == "an earlier export"; };

    CliOutcome outcome = runExport({ger, "-o", (folder / "roadmap.txt").string()});
    CHECK(outcome.exitCode == 2);
    CHECK(outcome.err.find(".pdf, .svg, .png, .xml, .csv, .ics, .tjp, .graphml or .dot") !=
          std::string::npos);

    outcome = runExport({ger, "-o", target.string(), "--agency", "ESAX"});
    CHECK(outcome.exitCode == 2);
    CHECK(outcome.err.find("no agency \"ESAX\"") != std::string::npos);
    CHECK(outcome.err.find("ESA, ") != std::string::npos); // the ones it could have been
    CHECK(unchanged());

    outcome = runExport({ger, "-o", target.string(), "--search", "no such mission anywhere"});
    CHECK(outcome.exitCode == 2);
    CHECK(outcome.err.find("no mission passes the filter") != std::string::npos);
    CHECK(unchanged());

    outcome = runExport({ger, "-o", target.string(), "--sections", "timeline,appendix"});
    CHECK(outcome.exitCode == 2);
    CHECK(outcome.err.find("unknown section \"appendix\"") != std::string::npos);
    CHECK(unchanged());

    outcome = runExport({ger, "-o", target.string(), "--page", "A5"});
    CHECK(outcome.exitCode == 2);
    CHECK(unchanged());

    outcome = runExport(
        {testDataPath("malformed/month-13.roadmap.json").string(), "-o", target.string()});
    CHECK(outcome.exitCode == 2);
    CHECK(outcome.err.find("month-13.roadmap.json") != std::string::npos);
    CHECK(unchanged());
}

TEST_CASE("export of a large roadmap stays bounded and says what it left out", "[cli][export]") {
    const TemporaryDirectory folder;
    const auto large = folder / "large.roadmap.json";
    REQUIRE(
        runCli({"generate", "--missions", "1500", "--seed", "4", "-o", large.string()}).exitCode ==
        0);

    SECTION("the PDF's diagram is summarised, and the command says so") {
        const auto pdf = folder / "large.pdf";
        const CliOutcome outcome =
            runExport({large.string(), "-o", pdf.string(), "--sections", "dependencies"});
        INFO(outcome.err);
        REQUIRE(outcome.exitCode == 0);
        CHECK_THAT(outcome.out, Catch::Contains("1,500 missions are more than a diagram can show "
                                                "one by one (1,000): they are grouped by "
                                                "destination"));
        CHECK(pdfText(q(pdf)).simplified().contains(QStringLiteral("grouped by destination")));
    }
    SECTION("so is the diagram as a chart") {
        const auto svg = folder / "large.svg";
        const CliOutcome outcome =
            runExport({large.string(), "-o", svg.string(), "--chart", "dependencies"});
        INFO(outcome.err);
        REQUIRE(outcome.exitCode == 0);
        CHECK_THAT(outcome.out, Catch::Contains("grouped by destination"));
    }
    SECTION("a timeline SVG past its limit is refused, and nothing is written") {
        const auto huge = folder / "huge.roadmap.json";
        REQUIRE(runCli({"generate", "--missions", "20001", "--seed", "4", "-o", huge.string()})
                    .exitCode == 0);
        const auto svg = folder / "huge.svg";
        const CliOutcome outcome = runExport({huge.string(), "-o", svg.string()});
        CHECK(outcome.exitCode == 2);
        CHECK_THAT(outcome.err, Catch::Contains("A timeline of 20001 missions is more than an SVG "
                                                "can hold (20000)"));
        CHECK_FALSE(std::filesystem::exists(svg));
    }
}

TEST_CASE("export publishes the goals and the knowledge gaps when asked, coloured by goal",
          "[cli][export][strategy]") {
    const TemporaryDirectory folder;
    const auto pdf = folder / "purpose.pdf";
    const CliOutcome outcome =
        runExport({ger, "-o", pdf.string(), "--sections", "goals,gaps", "--color-by", "goal"});
    INFO(outcome.err);
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.out == pdf.string() + ": 2 pages\n");
    const QString text = pdfPlainText(q(pdf)).simplified();
    CHECK(text.startsWith(QStringLiteral("Goals and objectives")));
    CHECK(text.contains(QStringLiteral("Knowledge gaps")));
    CHECK(text.contains(QStringLiteral("Radiation at the Martian surface")));
    CHECK(
        runExport({ger, "-o", (folder / "x.pdf").string(), "--sections", "objectives"}).exitCode ==
        2);
}

TEST_CASE("export publishes the scenarios compared and the changes since an edition",
          "[cli][export][scenarios]") {
    const TemporaryDirectory folder;
    const std::string ger2011 = sourcePath("roadmaps/ger-2011.roadmap.json").string();
    const std::string ger2018 = sourcePath("roadmaps/ger-2018.roadmap.json").string();

    const auto pathways = folder / "pathways.pdf";
    CliOutcome outcome = runExport({ger2011, "-o", pathways.string(), "--sections", "scenarios"});
    INFO(outcome.err);
    REQUIRE(outcome.exitCode == 0);
    const QString compared = pdfPlainText(q(pathways));
    CHECK(compared.contains(QStringLiteral("Scenarios compared")));
    CHECK(compared.contains(QStringLiteral("Scenario Asteroid Next")));
    CHECK(compared.contains(QStringLiteral("Scenario Moon Next")));

    // One scenario published: its title page and footers say which; the comparison is of all.
    const auto moon = folder / "moon.pdf";
    outcome = runCli({"--scenario", "moon-next", "export", ger2011, "-o", moon.string(),
                      "--sections", "title,scenarios"});
    REQUIRE(outcome.exitCode == 0);
    CHECK(pdfPlainText(q(moon), 1, 1).contains(QStringLiteral("scenario Moon Next")));
    CHECK(pdfPlainText(q(moon)).contains(QStringLiteral("Scenario Asteroid Next")));

    // --since names the edition and publishes the section.
    const auto since = folder / "since.pdf";
    outcome =
        runExport({ger2018, "-o", since.string(), "--sections", "title", "--since", "ger-2011"});
    REQUIRE(outcome.exitCode == 0);
    const QString changes = pdfPlainText(q(since));
    CHECK(changes.contains(QStringLiteral("Changes since 1st edition (September 2011)")));
    CHECK(changes.contains(QStringLiteral("Timeline against 1st edition (September 2011)")));
    // The section asked for alone measures against the last edition named.
    const auto latest = folder / "latest.pdf";
    outcome = runExport({ger2018, "-o", latest.string(), "--sections", "changes"});
    REQUIRE(outcome.exitCode == 0);
    CHECK(pdfPlainText(q(latest), 1, 1)
              .contains(QStringLiteral("Changes since 2nd edition (August 2013)")));
    // By default, as in the window, the changes since the last edition named are published.
    const auto plain = folder / "plain.pdf";
    outcome = runExport({ger2018, "-o", plain.string()});
    REQUIRE(outcome.exitCode == 0);
    CHECK(pdfPlainText(q(plain)).contains(QStringLiteral("Changes since 2nd edition")));
    // Without the edition's file, the section is left out with a note, and the rest published.
    const auto alone = folder / "alone";
    std::filesystem::create_directories(alone);
    std::filesystem::copy_file(ger2018, alone / "ger-2018.roadmap.json");
    const auto without = folder / "without.pdf";
    outcome = runExport({(alone / "ger-2018.roadmap.json").string(), "-o", without.string()});
    REQUIRE(outcome.exitCode == 0);
    CHECK_THAT(outcome.out, Catch::Contains("changes since the last edition are left out"));
    CHECK_THAT(outcome.out, Catch::Contains("ger-2013.roadmap.json"));
    CHECK_FALSE(pdfPlainText(q(without)).contains(QStringLiteral("Changes since")));
}

TEST_CASE("export refuses a changes section it cannot make, and writes nothing",
          "[cli][export][scenarios]") {
    const TemporaryDirectory folder;
    const auto target = folder / "kept.pdf";
    writeFile(target, "an earlier export");
    const std::string ger2018 = sourcePath("roadmaps/ger-2018.roadmap.json").string();

    CliOutcome outcome = runExport({ger2018, "-o", target.string(), "--since", "ger-2015"});
    CHECK(outcome.exitCode == 2);
    CHECK_THAT(outcome.err,
               Catch::Contains("names no edition \"ger-2015\" (it names ger-2011, ger-2013)"));
    outcome = runExport({ger, "-o", target.string(), "--sections", "changes"});
    CHECK(outcome.exitCode == 2);
    CHECK_THAT(outcome.err, Catch::Contains("the roadmap names none"));
    outcome = runExport({ger2018, "-o", (folder / "chart.svg").string(), "--since", "ger-2013"});
    CHECK(outcome.exitCode == 2);
    CHECK_THAT(outcome.err, Catch::Contains("--since publishes the changes section of a PDF"));

    // An edition whose file changed since it was named is refused by its fingerprint.
    const auto copy = folder / "copy";
    std::filesystem::create_directories(copy);
    std::filesystem::copy_file(ger2018, copy / "ger-2018.roadmap.json");
    std::string edition = readFile(sourcePath("roadmaps/ger-2013.roadmap.json"));
    edition.replace(edition.find("\"2017\""), 6, "\"2016\"");
    writeFile(copy / "ger-2013.roadmap.json", edition);
    outcome = runExport(
        {(copy / "ger-2018.roadmap.json").string(), "-o", target.string(), "--since", "ger-2013"});
    CHECK(outcome.exitCode == 2);
    CHECK_THAT(outcome.err, Catch::Contains("fingerprint"));
    CHECK(readFile(target) == "an earlier export");
    CHECK_FALSE(std::filesystem::exists(folder / "chart.svg"));
}
