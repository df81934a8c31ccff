// orrery-cli trace: the traceability matrix and the knowledge gaps, as text, JSON and CSV.

#include "clirun.h"
#include "support/roadmapbuilder.h"
#include "support/testsupport.h"

#include <orrery/io/writer.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace orrery;
using namespace orrery::test;

namespace {

std::string everyField() {
    return testDataPath("every-field.roadmap.json").string();
}

} // namespace

TEST_CASE("trace lists each goal's objectives and the missions that pursue them", "[cli][trace]") {
    const auto outcome = runCli({"trace", everyField()});
    CHECK(outcome.exitCode == 0);
    CHECK(outcome.out == "Search for Life (search-for-life)\n"
                         "  Return samples from Mars (return-samples): rover, return\n"
                         "  Relay data from the surface (relay-data): rover\n"
                         "Engage the Public in Exploration (engage-public)\n"
                         "  (no objectives)\n"
                         "Missions that pursue no objective: orbiter\n");
}

TEST_CASE("trace --format csv is the matrix, an x where a mission pursues an objective",
          "[cli][trace]") {
    TemporaryDirectory folder;
    Roadmap roadmap = TestRoadmap()
                          .goal("life")
                          .objective("samples", "life")
                          .objective("unloved", "life")
                          .mission("late", "2035")
                          .mission("early", "2030")
                          .pursues("late", "samples")
                          .pursues("early", "samples");
    Objective samples = roadmap.objectives[0];
    samples.name = "Return \"pristine\" samples, cached";
    roadmap.objectives.replace(0, samples);
    const auto file = folder / "trace.roadmap.json";
    writeFile(file, toCanonicalJson(roadmap));

    const auto outcome = runCli({"trace", "--format", "csv", file.string()});
    // An objective nobody pursues: the command found something to say.
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.out ==
          "goal,goal name,objective,objective name,early,late\r\n"
          "life,Goal life,samples,\"Return \"\"pristine\"\" samples, cached\",x,x\r\n"
          "life,Goal life,unloved,Objective unloved,,\r\n");
}

TEST_CASE("trace --format json names goals, objectives and missions by id", "[cli][trace]") {
    const auto outcome = runCli({"trace", "--format", "json", everyField()});
    REQUIRE(outcome.exitCode == 0);
    const auto report = nlohmann::json::parse(outcome.out);
    REQUIRE(report.at("missions").size() == 3);
    CHECK(report.at("missions")[0].at("id") == "rover"); // the lanes' order: mars first
    const auto& goal = report.at("goals")[0];
    CHECK(goal.at("id") == "search-for-life");
    CHECK(goal.at("objectives")[0].at("missions") == nlohmann::json::array({"rover", "return"}));
    CHECK(report.at("goals")[1].at("objectives").empty());
}

TEST_CASE("trace --gaps says who closes each gap when, who needs it, and the margin",
          "[cli][trace]") {
    const auto text = runCli({"trace", "--gaps", everyField()});
    CHECK(text.exitCode == 0);
    CHECK(text.out == "Radiation at the Martian surface (surface-radiation)\n"
                      "  closed by: rover 2022-03\n"
                      "  needed by: return 2033 (crewed): in time, margin 130 months\n"
                      "Toxicity of Martian dust (dust-toxicity)\n"
                      "  closed by: rover 2031\n"
                      "  needed by: return 2033 (crewed): in time, margin 13 months\n");

    TemporaryDirectory folder;
    const auto file = folder / "late.roadmap.json";
    writeFile(file, toCanonicalJson(TestRoadmap()
                                        .gap("ice")
                                        .gap("dust")
                                        .mission("orbiter", "2028", "2031-06")
                                        .closes("orbiter", "ice")
                                        .mission("lander", "2030-01")
                                        .crewed("lander")
                                        .needsKnowledge("lander", "ice")
                                        .needsKnowledge("lander", "dust")));
    const auto late = runCli({"trace", "--gaps", file.string()});
    CHECK(late.exitCode == 1);
    CHECK_THAT(late.out, Catch::Contains("needed by: lander 2030-01 (crewed): LATE: closed only "
                                         "from 2031-06 by orbiter") &&
                             Catch::Contains("NOT CLOSED by any mission"));
    const auto csv = runCli({"trace", "--gaps", "--format", "csv", file.string()});
    CHECK(csv.out ==
          "gap,gap name,needed by,start,closed first by,closed from,margin months,timing\r\n"
          "ice,Gap ice,lander,2030-01,orbiter,2031-06,-17,late\r\n"
          "dust,Gap dust,lander,2030-01,,,,not-closed\r\n");
    const auto json =
        nlohmann::json::parse(runCli({"trace", "--gaps", "--format", "json", file.string()}).out);
    const auto& need = json.at("knowledgeGaps")[0].at("neededBy")[0];
    CHECK(need.at("timing") == "late");
    CHECK(need.at("marginMonths") == -17);
    CHECK(json.at("knowledgeGaps")[1].at("neededBy")[0].at("closedFirstBy").is_null());
}

TEST_CASE("trace of a roadmap without goals or gaps says so", "[cli][trace]") {
    const auto path = testDataPath("minimal.roadmap.json").string();
    CHECK(runCli({"trace", path}).out == "The roadmap states no goals or objectives.\n");
    CHECK(runCli({"trace", "--gaps", path}).out == "The roadmap states no knowledge gaps.\n");
    CHECK(runCli({"trace", "missing.roadmap.json"}).exitCode == 2);
}
