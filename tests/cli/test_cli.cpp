#include "clirun.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace orrery;
using namespace orrery::test;

namespace {

std::string path(std::string_view relative) {
    return sourcePath(relative).string();
}

std::string dataPath(std::string_view relative) {
    return testDataPath(relative).string();
}

/// The minimal roadmap with a prerequisite listed twice: a warning, no error.
std::string warningOnlyRoadmap(const TemporaryDirectory& folder) {
    std::string text = minimalRoadmapText();
    text.replace(text.find("\"start\": \"2030-07\""), 18,
                 "\"start\": \"2030-07\", \"requires\": [{\"mission\": \"orbiter\"}, "
                 "{\"mission\": \"orbiter\"}]");
    text.replace(text.find("\n  ]\n}"), 6,
                 ",\n    {\"id\": \"orbiter\", \"name\": \"Orbiter\", \"lead\": \"ESA\", "
                 "\"destination\": \"moon\", \"crew\": \"robotic\", \"status\": \"planned\", "
                 "\"start\": \"2028\"}\n  ]\n}");
    const auto file = folder / "warning.roadmap.json";
    writeFile(file, text);
    return file.string();
}

} // namespace

TEST_CASE("validate passes the bundled roadmaps", "[cli]") {
    const auto outcome = runCli({"validate", path("roadmaps/ger-2013.roadmap.json"),
                                 path("roadmaps/ger-2018.roadmap.json")});
    CHECK(outcome.exitCode == 0);
    CHECK_THAT(outcome.out, Catch::Contains("ger-2013.roadmap.json: 29 missions, no errors"));
    CHECK_THAT(outcome.out, Catch::Contains("ger-2018.roadmap.json: 26 missions, no errors"));
}

TEST_CASE("validate exits 1 on findings that are errors, and lists them as JSON", "[cli]") {
    const auto outcome =
        runCli({"validate", "--format", "json", dataPath("structure-errors.roadmap.json")});
    CHECK(outcome.exitCode == 1);
    const auto report = nlohmann::json::parse(outcome.out);
    const auto& file = report.at("files").at(0);
    CHECK(file.at("file").get<std::string>() == dataPath("structure-errors.roadmap.json"));
    CHECK(file.at("loaded").get<bool>());
    CHECK(file.at("errors").empty());
    const auto& findings = file.at("findings");
    REQUIRE(findings.size() == 8);
    for (const auto& finding : findings) {
        CHECK(finding.at("severity").get<std::string>() == "error");
        CHECK_FALSE(finding.at("message").get<std::string>().empty());
        CHECK(finding.at("missions").is_array());
    }
    CHECK(findings.at(0).at("code").get<std::string>() == "duplicate-id");
    CHECK(findings.at(0).at("missions") == nlohmann::json::array({"lander"}));
}

TEST_CASE("validate exits 2 on a file that cannot be loaded, with the place", "[cli]") {
    const auto outcome =
        runCli({"validate", "--format", "json", dataPath("malformed/month-13.roadmap.json"),
                path("roadmaps/ger-2013.roadmap.json")});
    CHECK(outcome.exitCode == 2);
    const auto report = nlohmann::json::parse(outcome.out);
    REQUIRE(report.at("files").size() == 2);
    const auto& failed = report.at("files").at(0);
    CHECK_FALSE(failed.at("loaded").get<bool>());
    const auto& error = failed.at("errors").at(0);
    CHECK(error.at("code").get<std::string>() == "bad-date");
    CHECK(error.at("line").get<int>() == 20);
    CHECK(error.at("column").get<int>() == 16);
    CHECK(error.at("pointer").get<std::string>() == "/missions/0/start");
    CHECK(report.at("files").at(1).at("loaded").get<bool>());

    const auto text = runCli({"validate", dataPath("malformed/month-13.roadmap.json")});
    CHECK(text.exitCode == 2);
    CHECK_THAT(text.out, Catch::Contains("month-13.roadmap.json:20:16: month 13"));
}

TEST_CASE("validate allows warnings unless --strict", "[cli]") {
    TemporaryDirectory folder;
    const std::string file = warningOnlyRoadmap(folder);
    const auto lenient = runCli({"validate", file});
    CHECK(lenient.exitCode == 0);
    CHECK_THAT(lenient.out, Catch::Contains("1 warning"));
    CHECK_THAT(lenient.out, Catch::Contains("[duplicate-dependency]"));
    CHECK(runCli({"validate", "--strict", file}).exitCode == 1);
}

TEST_CASE("validate reports a missing file", "[cli]") {
    const auto outcome = runCli({"validate", "/nonexistent/roadmap.json"});
    CHECK(outcome.exitCode == 2);
    CHECK_THAT(outcome.out, Catch::Contains("no such file"));
}

TEST_CASE("format rewrites files into canonical form, and --check reports them", "[cli]") {
    TemporaryDirectory folder;
    const auto file = (folder / "compact.roadmap.json").string();
    const std::string compact = nlohmann::json::parse(minimalRoadmapText()).dump();
    writeFile(file, compact);

    const auto check = runCli({"format", "--check", file});
    CHECK(check.exitCode == 1);
    CHECK_THAT(check.out, Catch::Contains("not in canonical form (format version 1; rewriting "
                                          "upgrades it to 2)"));
    CHECK(readFile(file) == compact);

    const auto rewrite = runCli({"format", file});
    CHECK(rewrite.exitCode == 0);
    CHECK_THAT(rewrite.out, Catch::Contains("rewritten in canonical form, upgraded from format "
                                            "version 1 to 2"));
    CHECK(parseRoadmapText(readFile(file)).readFrom.formatVersion == 2);
    CHECK(readFile(file) != compact);
    CHECK(parseRoadmapText(readFile(file)) == parseRoadmapText(compact));

    const auto again = runCli({"format", "--check", file});
    CHECK(again.exitCode == 0);
    CHECK_THAT(again.out, Catch::Contains("already canonical"));
}

TEST_CASE("format leaves a file that cannot be loaded untouched", "[cli]") {
    TemporaryDirectory folder;
    const auto file = (folder / "broken.roadmap.json").string();
    const std::string broken = readFile(testDataPath("malformed/trailing-comma.roadmap.json"));
    writeFile(file, broken);
    const auto outcome = runCli({"format", file});
    CHECK(outcome.exitCode == 2);
    CHECK_THAT(outcome.err, Catch::Contains("left unchanged"));
    CHECK(readFile(file) == broken);
}

TEST_CASE("Input the parser would cut short or abort on is refused where it stands, and kept",
          "[cli]") {
    // A NUL byte ended the text for the parser, and format dropped what followed; a number
    // beyond a double's range aborted every command.
    for (const char* name : {"nul-byte", "number-overflow", "number-overflow-alone"}) {
        INFO(name);
        TemporaryDirectory folder;
        const auto file = (folder / "odd.roadmap.json").string();
        const std::string odd =
            readFile(testDataPath(std::string("malformed/") + name + ".roadmap.json"));
        writeFile(file, odd);
        const auto validated = runCli({"validate", file});
        CHECK(validated.exitCode == 2);
        CHECK_THAT(validated.err + validated.out, Catch::Contains("odd.roadmap.json:"));
        for (const char* command : {"format", "schedule", "diff"}) {
            INFO(command);
            const auto outcome = command == std::string("diff") ? runCli({command, file, file})
                                                                : runCli({command, file});
            CHECK(outcome.exitCode == 2);
        }
        CHECK(readFile(file) == odd);
    }
}

TEST_CASE("Help is there for the tool and each command", "[cli]") {
    const auto tool = runCli({"--help"});
    CHECK(tool.exitCode == 0);
    CHECK_THAT(tool.out, Catch::Contains("validate"));
    CHECK_THAT(tool.out, Catch::Contains("format"));
    CHECK_THAT(tool.out, Catch::Contains("Exit codes"));

    const auto validate = runCli({"validate", "--help"});
    CHECK(validate.exitCode == 0);
    CHECK_THAT(validate.out, Catch::Contains("--strict"));
    CHECK_THAT(validate.out, Catch::Contains("--format"));

    const auto format = runCli({"format", "--help"});
    CHECK(format.exitCode == 0);
    CHECK_THAT(format.out, Catch::Contains("--check"));
}

TEST_CASE("Wrong usage exits 2 with a message", "[cli]") {
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCli({"frobnicate"}).exitCode == 2);
    CHECK(runCli({"validate"}).exitCode == 2);
    const auto badFormat =
        runCli({"validate", "--format", "xml", path("roadmaps/ger-2013.roadmap.json")});
    CHECK(badFormat.exitCode == 2);
    CHECK_FALSE(badFormat.err.empty());
}

TEST_CASE("Verbose logging goes to standard error, never into the output", "[cli]") {
    const auto outcome =
        runCli({"-v", "validate", "--format", "json", path("roadmaps/ger-2013.roadmap.json")});
    CHECK(outcome.exitCode == 0);
    CHECK_THAT(outcome.err, Catch::Contains("debug"));
    CHECK_NOTHROW(nlohmann::json::parse(outcome.out));
}

TEST_CASE("schedule prints earliest starts, slack and the critical path as JSON", "[cli]") {
    const auto outcome =
        runCli({"schedule", "--format", "json", path("roadmaps/ger-2013.roadmap.json")});
    CHECK(outcome.exitCode == 0);
    const auto report = nlohmann::json::parse(outcome.out);
    CHECK(report.at("target").get<std::string>() == "hmars");
    CHECK(report.at("missions").size() == 29);
    CHECK(report.at("criticalPath") == nlohmann::json::array({"iss", "edcm", "hmars"}));
    CHECK(report.at("excluded").empty());
    const auto& first = report.at("missions").at(0);
    CHECK(first.at("id").get<std::string>() == "iss");
    CHECK(first.at("plannedStart").get<std::string>() == "1998-11");
    CHECK(first.at("earliestStart").get<std::string>() == "1998-11");
    CHECK(first.at("slackMonths").get<int>() == 0);
    CHECK(first.at("critical").get<bool>());
    // Missions that do not lead to the target have no slack towards it.
    for (const auto& mission : report.at("missions")) {
        if (mission.at("id").get<std::string>() == "ladee") {
            CHECK(mission.at("slackMonths").get<int>() > 0);
        }
    }
}

TEST_CASE("schedule takes a target, and refuses an unknown one", "[cli]") {
    const auto outcome = runCli({"schedule", "--target", "arcm", "--format", "json",
                                 path("roadmaps/ger-2013.roadmap.json")});
    CHECK(outcome.exitCode == 0);
    const auto report = nlohmann::json::parse(outcome.out);
    CHECK(report.at("target").get<std::string>() == "arcm");
    CHECK(report.at("criticalPath").back().get<std::string>() == "arcm");

    const auto text = runCli({"schedule", path("roadmaps/ger-2013.roadmap.json")});
    CHECK_THAT(text.out, Catch::Contains("Critical path: iss -> edcm -> hmars"));

    const auto unknown =
        runCli({"schedule", "--target", "nowhere", path("roadmaps/ger-2013.roadmap.json")});
    CHECK(unknown.exitCode == 2);
    CHECK_THAT(unknown.err, Catch::Contains("\"nowhere\""));
}

TEST_CASE("schedule exits 1 when a mission cannot start as planned", "[cli]") {
    TemporaryDirectory folder;
    const auto generated = folder / "cycles.roadmap.json";
    REQUIRE(runCli({"generate", "--missions", "200", "--seed", "5", "--cycles", "2", "-o",
                    generated.string()})
                .exitCode == 0);
    const auto outcome = runCli({"schedule", "--format", "json", generated.string()});
    CHECK(outcome.exitCode == 1);
    const auto report = nlohmann::json::parse(outcome.out);
    CHECK(report.at("excluded").size() >= 4);
}

TEST_CASE("impact lists what slips with a mission and what it breaks", "[cli]") {
    const auto outcome = runCli({"impact", "--format", "json", "--mission", "em1", "--slip", "60",
                                 path("roadmaps/ger-2013.roadmap.json")});
    CHECK(outcome.exitCode == 0); // new warnings, no new error
    const auto report = nlohmann::json::parse(outcome.out);
    CHECK(report.at("mission").get<std::string>() == "em1");
    CHECK(report.at("slipMonths").get<int>() == 60);
    CHECK(report.at("slipped") ==
          nlohmann::json::parse(R"([{"id":"em2","months":12},{"id":"arcm","months":12}])"));
    CHECK(report.at("newFindings").size() == 3);
    CHECK(report.at("resolvedFindings").size() == 1);
    CHECK(report.at("newFindings").at(0).at("code").get<std::string>() ==
          "starts-before-prerequisite");

    const auto text = runCli(
        {"impact", "--mission", "em1", "--slip", "60", path("roadmaps/ger-2013.roadmap.json")});
    CHECK_THAT(text.out, Catch::Contains("em2 slips 12 months"));
}

TEST_CASE("impact exits 1 when the slip creates an error, 2 for an unknown mission", "[cli]") {
    TemporaryDirectory folder;
    std::string text = minimalRoadmapText();
    text.replace(text.find("\"start\": \"2030-07\""), 18,
                 "\"start\": \"2030-07\", \"requires\": [{\"mission\": \"orbiter\"}]");
    text.replace(text.find("\n  ]\n}"), 6,
                 ",\n    {\"id\": \"orbiter\", \"name\": \"Orbiter\", \"lead\": \"ESA\", "
                 "\"destination\": \"moon\", \"crew\": \"robotic\", \"status\": \"planned\", "
                 "\"start\": \"2029-01\", \"end\": \"2029-06\"}\n  ]\n}");
    const auto file = (folder / "pair.roadmap.json").string();
    writeFile(file, text);
    // The lander waits for the orbiter and slips with it: nothing breaks...
    CHECK(runCli({"impact", "--mission", "orbiter", "--slip", "24", file}).exitCode == 0);
    // ...but moving the lander before the orbiter ends does.
    CHECK(runCli({"impact", "--mission", "lander", "--slip", "-15", file}).exitCode == 1);
    CHECK(runCli({"impact", "--mission", "ghost", "--slip", "1", file}).exitCode == 2);
}

TEST_CASE("generate writes the same roadmap for the same seed", "[cli]") {
    TemporaryDirectory folder;
    const auto first = (folder / "first.roadmap.json").string();
    const auto second = (folder / "second.roadmap.json").string();
    const auto other = (folder / "other.roadmap.json").string();
    CHECK(runCli({"generate", "--missions", "300", "--seed", "9", "-o", first}).exitCode == 0);
    CHECK(runCli({"generate", "--missions", "300", "--seed", "9", "-o", second}).exitCode == 0);
    CHECK(runCli({"generate", "--missions", "300", "--seed", "10", "-o", other}).exitCode == 0);
    CHECK(readFile(first) == readFile(second));
    CHECK(readFile(first) != readFile(other));
    const auto check = runCli({"validate", "--strict", first});
    CHECK(check.exitCode == 0);
    CHECK_THAT(check.out, Catch::Contains("300 missions, no errors, no warnings"));
}

TEST_CASE("generate refuses what it cannot do, and writes nothing", "[cli]") {
    TemporaryDirectory folder;
    const auto file = (folder / "generated.roadmap.json").string();
    // Ten missions cannot hold fifty separate cycles: it used to say "50 cycles" and make none.
    const auto tooMany = runCli({"generate", "--missions", "10", "--cycles", "50", "-o", file});
    CHECK(tooMany.exitCode == 2);
    CHECK_THAT(tooMany.err, Catch::Contains("0 of the 50 cycles"));
    CHECK_FALSE(std::filesystem::exists(file));
    // A negative seed used to wrap around to 18446744073709551611.
    const auto negative = runCli({"generate", "--missions", "10", "--seed", "-5", "-o", file});
    CHECK(negative.exitCode == 2);
    CHECK_THAT(negative.err, Catch::Contains("whole number from 0"));
    CHECK_FALSE(std::filesystem::exists(file));
    // What it can do, it does, and says truly.
    const auto done = runCli({"generate", "--missions", "200", "--cycles", "5", "-o", file});
    CHECK(done.exitCode == 0);
    CHECK_THAT(done.out, Catch::Contains("5 cycles"));
    const auto check = runCli({"validate", file});
    CHECK_THAT(check.out, Catch::Contains("5 errors"));
}

TEST_CASE("diff of a file with itself finds nothing, even with an id given twice", "[cli]") {
    TemporaryDirectory folder;
    const auto file = (folder / "twice.roadmap.json").string();
    auto document = nlohmann::json::parse(minimalRoadmapText());
    auto second = document["missions"][0];
    second["name"] = "Another mission under the same id";
    document["missions"].push_back(second);
    writeFile(file, document.dump(2));
    REQUIRE(runCli({"validate", file}).exitCode == 1); // the structure check reports the id
    const auto outcome = runCli({"diff", file, file});
    CHECK(outcome.exitCode == 0);
}
