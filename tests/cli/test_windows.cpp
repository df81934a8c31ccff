// orrery-cli windows and porkchop: launch opportunities and porkchop plots on the command
// line, for Mars and for an asteroid of a roadmap, as text, JSON, CSV, PNG and SVG.

#include "clirun.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#ifdef ORRERY_WITH_EXPORT
#include <QImage>
#endif

#include <fstream>
#include <sstream>

using namespace orrery;
using namespace orrery::test;

namespace {

const std::string ger2013 = sourcePath("roadmaps/ger-2013.roadmap.json").string();
const std::string ger2018 = sourcePath("roadmaps/ger-2018.roadmap.json").string();

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        lines.push_back(line);
    }
    return lines;
}

} // namespace

TEST_CASE("windows lists the opportunities to Mars with their best launch and C3",
          "[cli][windows]") {
    const CliOutcome text = runCli({"windows", "--to", "mars", "--from", "2026", "--to", "2040"});
    INFO(text.err);
    REQUIRE(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("C3 at most 20 km²/s² (the usual limit)"));
    // The 2026 opportunity's cheapest launch, as NASA's handbook gives it (31 Oct 2026).
    CHECK_THAT(text.out, Catch::Contains("2026-09-21  2027-04-08  2026-10-31"));

    const CliOutcome json =
        runCli({"windows", "--to", "mars", "--from", "2026", "--to", "2040", "--format", "json"});
    REQUIRE(json.exitCode == 0);
    const auto report = nlohmann::json::parse(json.out);
    CHECK(report.at("c3Max").get<double>() == 20);
    const auto& list = report.at("opportunities");
    REQUIRE(list.size() == 7); // 2026, 2028, 2031, 2033, 2035, 2037, 2039
    for (const auto& opportunity : list) {
        const auto opens = opportunity.at("opens").get<std::string>();
        const auto closes = opportunity.at("closes").get<std::string>();
        const auto best = opportunity.at("bestDeparture").get<std::string>();
        CHECK(opens <= best);
        CHECK(best <= closes);
        CHECK(opportunity.at("c3").get<double>() <= 20);
    }

    const CliOutcome csv =
        runCli({"windows", "--to", "mars", "--from", "2031", "--format", "csv", "--c3-max", "9"});
    REQUIRE(csv.exitCode == 0);
    const auto rows = linesOf(csv.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] ==
          "opens,closes,best_departure,best_arrival,flight_days,c3_km2_s2,arrival_vinf_km_s");
    CHECK(rows[1].starts_with("2031-0"));

    // None in 2019: exit 1.
    const CliOutcome none =
        runCli({"windows", "--to", "mars", "--from", "2019-03", "--to", "2019-12"});
    CHECK(none.exitCode == 1);
    CHECK_THAT(none.out, Catch::Contains("none"));
}

TEST_CASE("windows reads an asteroid's orbit, and a mission's launcher, from a roadmap",
          "[cli][windows]") {
    const CliOutcome bennu = runCli({"windows", "--to", "bennu", "--roadmap", ger2018, "--from",
                                     "2014", "--to", "2017", "--format", "json"});
    INFO(bennu.err);
    REQUIRE(bennu.exitCode == 0);
    const auto report = nlohmann::json::parse(bennu.out);
    CHECK(report.at("target") == "Asteroid Bennu");
    CHECK(report.at("c3Max").get<double>() == 60);
    CHECK(report.at("opportunities").size() >= 2);

    // A mission: its destination, and its start as the span.
    const CliOutcome mission = runCli({"windows", "--roadmap", ger2013, "--mission", "mars2020"});
    INFO(mission.err);
    REQUIRE(mission.exitCode == 0);
    CHECK_THAT(mission.out, Catch::Contains("Launch opportunities to Mars, 2020-07-01 to "
                                            "2020-07-31"));
}

TEST_CASE("windows and porkchop say what they cannot answer, and write nothing", "[cli][windows]") {
    const TemporaryDirectory folder;
    const auto out = folder / "p.png";
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"windows", "--from", "2026"},
             {"windows", "--to", "mars"},
             {"windows", "--to", "ceres", "--from", "2026"},
             {"windows", "--to", "lunar-surface", "--roadmap", ger2013, "--from", "2026"},
             {"windows", "--to", "mars", "--from", "2150"},
             {"windows", "--to", "mars", "--from", "2100-01", "--shortest", "30", "--longest",
              "60"},
             {"windows", "--to", "mars", "--to", "venus", "--from", "2026"},
             {"windows", "--to", "mars", "--from", "2030", "--to", "2026"},
             {"windows", "--roadmap", ger2013, "--mission", "nothing"},
             {"porkchop", "--to", "mars", "--from", "2150", "-o", out.string()},
             {"porkchop", "--to", "mars", "--from", "2026", "-o", (folder / "p.pdf").string()}}) {
        INFO(args[0] << " " << args[1] << " " << args[2]);
        const CliOutcome outcome = runCli(args);
        CHECK(outcome.exitCode == 2);
        CHECK_FALSE(outcome.err.empty());
    }
    CHECK(std::filesystem::is_empty(folder.path()));
}

TEST_CASE("porkchop writes the grid as CSV, each cell its launch, flight and C3",
          "[cli][windows]") {
    const TemporaryDirectory folder;
    const auto csv = folder / "mars.csv";
    const CliOutcome outcome =
        runCli({"porkchop", "--to", "mars", "--from", "2026-10-31", "-o", csv.string()});
    INFO(outcome.err);
    REQUIRE(outcome.exitCode == 0);
    std::ifstream in(csv);
    std::stringstream text;
    text << in.rdbuf();
    const auto rows = linesOf(text.str());
    REQUIRE(rows.size() > 1000);
    CHECK(rows[0] == "departure,flight_days,arrival,c3_km2_s2,arrival_vinf_km_s");
    // The cheapest cell is the handbook's: 31 Oct 2026, about 9.1 km^2/s^2.
    double cheapest = 1e9;
    std::string where;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        std::istringstream row(rows[i]);
        std::string departure, flight, arrival, c3;
        std::getline(row, departure, ',');
        std::getline(row, flight, ',');
        std::getline(row, arrival, ',');
        std::getline(row, c3, ',');
        if (!c3.empty() && std::stod(c3) < cheapest) {
            cheapest = std::stod(c3);
            where = departure;
        }
    }
    CHECK(cheapest == Approx(9.144).epsilon(0.02));
    CHECK(where >= "2026-10-28");
    CHECK(where <= "2026-11-03");
}

#ifdef ORRERY_WITH_EXPORT
TEST_CASE("porkchop draws a mission's plot as PNG and SVG", "[cli][windows]") {
    const TemporaryDirectory folder;
    const auto png = folder / "msr.png";
    const CliOutcome drawn = runCli({"porkchop", "--roadmap", ger2013, "--mission", "msr", "-o",
                                     png.string(), "--size", "900x600"});
    INFO(drawn.err);
    REQUIRE(drawn.exitCode == 0);
    const QImage image(QString::fromStdString(png.string()));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(900, 600));
    // Viridis's brightest (the cheapest launches) is somewhere on it.
    bool bright = false;
    for (int y = 0; y < image.height() && !bright; y += 2) {
        for (int x = 0; x < image.width() && !bright; x += 2) {
            const QColor c = image.pixelColor(x, y);
            bright = c.red() > 150 && c.green() > 190 && c.blue() < 90;
        }
    }
    CHECK(bright);

    const auto svg = folder / "mars.svg";
    REQUIRE(runCli({"porkchop", "--to", "mars", "--from", "2028-12", "-o", svg.string(), "--dark"})
                .exitCode == 0);
    std::ifstream in(svg);
    std::stringstream text;
    text << in.rdbuf();
    CHECK_THAT(text.str(), Catch::Contains("<svg"));
    CHECK_THAT(text.str(), Catch::Contains("Launch date"));
}
#endif
