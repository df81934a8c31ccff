// orrery-cli and scenarios: --scenario on the commands that read a roadmap, the comparison
// of scenarios, the slips since an edition and the naming of editions.

#include "clirun.h"
#include "support/roadmapbuilder.h"
#include "support/testsupport.h"

#include <orrery/io/editions.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace orrery;
using namespace orrery::test;

namespace {

std::string bundled(std::string_view name) {
    return sourcePath("roadmaps/" + std::string(name) + ".roadmap.json").string();
}

} // namespace

TEST_CASE("The scenario option reads the roadmap as that scenario, on every command that reads one",
          "[cli][scenarios]") {
    const std::string ger2011 = bundled("ger-2011");
    const auto plan = runCli({"schedule", ger2011, "--format", "json"});
    REQUIRE(plan.exitCode == 0);
    const auto asteroid =
        runCli({"schedule", ger2011, "--scenario", "asteroid-next", "--format", "json"});
    REQUIRE(asteroid.exitCode == 0);
    const auto planIds = nlohmann::json::parse(plan.out).at("missions").size();
    const auto asteroidIds = nlohmann::json::parse(asteroid.out).at("missions").size();
    // Asteroid Next adds five missions to the plan's eighteen.
    CHECK(planIds == 18);
    CHECK(asteroidIds == 23);

    // The option may also come before the command.
    const auto moon = runCli({"--scenario", "moon-next", "validate", ger2011});
    CHECK(moon.exitCode == 0);
    CHECK_THAT(moon.out, Catch::StartsWith(ger2011 + ": 21 missions, no errors"));

    const auto trace = runCli({"trace", ger2011, "--scenario", "moon-next", "--gaps"});
    CHECK(trace.exitCode == 0);

    // A scenario the file does not have is a load error, naming those it has.
    const auto unknown = runCli({"validate", ger2011, "--scenario", "mars-direct"});
    CHECK(unknown.exitCode == 2);
    CHECK_THAT(unknown.out, Catch::Contains("there is no scenario \"mars-direct\"; the roadmap "
                                            "has \"asteroid-next\", \"moon-next\""));

    // Commands that work on the whole file refuse it.
    const auto format = runCli({"format", "--check", ger2011, "--scenario", "moon-next"});
    CHECK(format.exitCode == 2);
    CHECK_THAT(format.err, Catch::Contains("--scenario does not apply"));
}

TEST_CASE("scenarios compares the plan and each pathway", "[cli][scenarios]") {
    const auto text = runCli({"scenarios", bundled("ger-2011")});
    CHECK(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::StartsWith("Target: hmars\n\nPlan\n"));
    CHECK_THAT(text.out,
               Catch::Contains("Asteroid Next (asteroid-next)\n  target: planned 2036-01"));
    CHECK_THAT(text.out, Catch::Contains("  added: nea-robotic, cis-dsh, nea-crew, "
                                         "lunar-after-nea, mars-orbit; dropped: none; changed: "
                                         "hmars\n"));

    const auto json = runCli({"scenarios", bundled("ger-2011"), "--format", "json"});
    REQUIRE(json.exitCode == 0);
    const auto report = nlohmann::json::parse(json.out);
    CHECK(report.at("target") == "hmars");
    REQUIRE(report.at("scenarios").size() == 3);
    CHECK(report.at("scenarios").at(0).at("id").is_null());
    const auto& moon = report.at("scenarios").at(2);
    CHECK(moon.at("id") == "moon-next");
    CHECK(moon.at("criticalPath").back() == "hmars");
    CHECK(moon.at("findings").at("errors") == 0);
    CHECK(moon.at("added") ==
          nlohmann::json({"lunar-crew-first", "lunar-extended", "nea-crew-mn"}));

    // Without scenarios there is only the plan, and the exit code says so.
    const auto none = runCli({"scenarios", bundled("ger-2013")});
    CHECK(none.exitCode == 1);
    CHECK_THAT(none.out, Catch::StartsWith("The roadmap defines no scenarios"));
    CHECK(runCli({"scenarios", bundled("ger-2011"), "--target", "nothing"}).exitCode == 2);
}

TEST_CASE("slips lists what moved since an edition, biggest first", "[cli][editions]") {
    const auto text = runCli({"slips", bundled("ger-2018"), "--since", "ger-2013"});
    CHECK(text.exitCode == 1);
    CHECK_THAT(text.out,
               Catch::StartsWith("Since Global Exploration Roadmap, 2nd edition (August 2013):\n"
                                 "  iss (International Space Station): end 2020 -> 2024 (+48 "
                                 "months)\n"
                                 "  em1 (Exploration Mission-1 (first SLS, uncrewed Orion)): start "
                                 "2017 -> 2020 (+36 months), end 2017 -> 2020 (+36 months)\n"));
    CHECK_THAT(text.out, Catch::Contains("  msr (Mars Sample Return): start 2026 -> 2028 (+24 "
                                         "months)\n"));
    CHECK_THAT(text.out, Catch::Contains("  hmars (Human missions to Mars): start 2031 -> 2033 "
                                         "(+24 months)\n"));
    CHECK_THAT(text.out, Catch::Contains("  gateway (Gateway (Deep Space Gateway, later "
                                         "LOP-G)): added, from 2022\n"));
    CHECK_THAT(text.out, Catch::Contains("  arcm (Asteroid Redirect Crewed Mission): removed "
                                         "(was from 2021)\n"));
    // A date told more exactly has not moved.
    CHECK_THAT(text.out, !Catch::Contains("hayabusa2"));

    const auto json =
        runCli({"slips", bundled("ger-2018"), "--since", "ger-2011", "--format", "json"});
    REQUIRE(json.exitCode == 1);
    const auto report = nlohmann::json::parse(json.out);
    CHECK(report.at("since").at("id") == "ger-2011");
    const auto& first = report.at("slips").at(0);
    CHECK(first.at("mission") == "msr");
    CHECK(first.at("startBefore") == "2022");
    CHECK(first.at("startMonths") == 72);

    const auto unknown = runCli({"slips", bundled("ger-2018"), "--since", "ger-2008"});
    CHECK(unknown.exitCode == 2);
    CHECK_THAT(unknown.err, Catch::Contains("names no edition \"ger-2008\" (it names ger-2011, "
                                            "ger-2013)"));
}

TEST_CASE("editions names an earlier edition, and says when its file changed", "[cli][editions]") {
    TemporaryDirectory folder;
    const auto earlier = folder / "old" / "first.roadmap.json";
    std::filesystem::create_directories(earlier.parent_path());
    writeFile(earlier, toCanonicalJson(TestRoadmap().mission("a", "2030").mission("b", "2031")));
    const auto plan = folder / "plan.roadmap.json";
    writeFile(plan, toCanonicalJson(TestRoadmap().mission("a", "2032")));

    const auto named = runCli({"editions", plan.string(), "--name", earlier.string()});
    CHECK(named.exitCode == 0);
    CHECK_THAT(named.out, Catch::StartsWith(plan.string() + ": names old/first.roadmap.json as "
                                                            "edition \"first\"\n"));
    const Roadmap saved = loadRoadmap(plan);
    REQUIRE(saved.editions.size() == 1);
    CHECK(saved.editions[0].path == "old/first.roadmap.json");
    CHECK(loadEdition(saved.editions[0], plan));

    const auto slips = runCli({"slips", plan.string(), "--since", "first"});
    CHECK(slips.exitCode == 1);
    CHECK(slips.out == "Since Test roadmap:\n"
                       "  a (Mission a): start 2030 -> 2032 (+24 months)\n"
                       "  b (Mission b): removed (was from 2031)\n");

    CHECK(runCli({"editions", plan.string(), "--name", earlier.string()}).exitCode == 2);

    writeFile(earlier, toCanonicalJson(TestRoadmap().mission("a", "2029")));
    const auto changed = runCli({"editions", plan.string()});
    CHECK(changed.exitCode == 1);
    CHECK_THAT(changed.out, Catch::Contains("holds other content than the edition named"));
    const auto refused = runCli({"slips", plan.string(), "--since", "first"});
    CHECK(refused.exitCode == 2);
    CHECK_THAT(refused.err, Catch::Contains("holds other content"));
}
