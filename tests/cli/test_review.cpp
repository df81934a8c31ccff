#include "clirun.h"
#include "support/testsupport.h"

#include <orrery/io/writer.h>
#include <orrery/merge.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace orrery;
using namespace orrery::test;

namespace {

const std::string ger = sourcePath("roadmaps/ger-2013.roadmap.json").string();
const std::string ger2018 = sourcePath("roadmaps/ger-2018.roadmap.json").string();

std::string contribution(std::string_view agencyAndYear) {
    return sourcePath("roadmaps/contributions/" + std::string(agencyAndYear) +
                      ".contribution.roadmap.json")
        .string();
}

const nlohmann::json* findSubject(const nlohmann::json& changes, std::string_view subject) {
    const auto found = std::find_if(changes.begin(), changes.end(), [&](const auto& change) {
        return change.at("subject") == subject;
    });
    return found == changes.end() ? nullptr : &*found;
}

const Mission& missionOf(const Roadmap& roadmap, std::string_view id) {
    const Mission* mission = roadmap.missions.find(id);
    REQUIRE(mission);
    return *mission;
}

} // namespace

TEST_CASE("diff says whether two roadmaps differ", "[cli][review]") {
    SECTION("the same roadmap") {
        const CliOutcome same = runCli({"diff", ger, ger});
        CHECK(same.exitCode == 0);
        CHECK(same.out == "no changes\n");
    }
    SECTION("a contribution, one line per change, dates with their shift") {
        const CliOutcome differs = runCli({"diff", ger, contribution("nasa-2016")});
        INFO(differs.err);
        CHECK(differs.exitCode == 1);
        CHECK(differs.out.find("mission em2 (NASA): start \"2021\" -> \"2023\" (+24 months)\n") !=
              std::string::npos);
        CHECK(differs.out.find("14 changes\n") != std::string::npos);
    }
    SECTION("removals, of a mission and of a dependency on it") {
        const CliOutcome removed = runCli({"diff", ger, contribution("jaxa-2015")});
        CHECK(removed.exitCode == 1);
        CHECK(removed.out.find("mission selene2 (JAXA): removed\n") != std::string::npos);
        CHECK(removed.out.find("mission hls requires selene2 (ISECG): removed\n") !=
              std::string::npos);
    }
    SECTION("a file that does not load") {
        const CliOutcome unloadable =
            runCli({"diff", ger, testDataPath("malformed/month-13.roadmap.json").string()});
        CHECK(unloadable.exitCode == 2);
        CHECK(unloadable.out.empty());
        CHECK(unloadable.err.find("month-13.roadmap.json") != std::string::npos);
    }
}

TEST_CASE("diff --format json lists every change with its subject", "[cli][review]") {
    const CliOutcome outcome = runCli({"diff", ger, contribution("jaxa-2015"), "--format", "json"});
    REQUIRE(outcome.exitCode == 1);
    const auto json = nlohmann::json::parse(outcome.out);
    CHECK(json.at("base") == ger);
    const auto& changes = json.at("changes");
    REQUIRE(changes.size() == 4);
    const auto* start = findSubject(changes, "mission/hayabusa2/start");
    REQUIRE(start);
    CHECK(start->at("entity") == "mission");
    CHECK(start->at("kind") == "changed");
    CHECK(start->at("owner") == "JAXA");
    CHECK(start->at("before") == "2014");
    CHECK(start->at("after") == "2014-12-03");
    CHECK(start->at("shiftMonths") == 0);
    const auto* dependency = findSubject(changes, "mission/hls/requires/selene2");
    REQUIRE(dependency);
    CHECK(dependency->at("entity") == "dependency");
    CHECK(dependency->at("kind") == "removed");
    CHECK(dependency->at("prerequisite") == "selene2");
    const auto* mission = findSubject(changes, "mission/selene2");
    REQUIRE(mission);
    CHECK(mission->at("kind") == "removed");
}

TEST_CASE("diff reports a renamed id as a rename", "[cli][review]") {
    const TemporaryDirectory folder;
    std::string text = readFile(ger);
    // Every occurrence: the mission's id and the references to it.
    for (std::size_t at = text.find("\"selene2\""); at != std::string::npos;
         at = text.find("\"selene2\"", at)) {
        text.replace(at, 9, "\"selene-2\"");
    }
    writeFile(folder / "renamed.json", text);
    const CliOutcome outcome =
        runCli({"diff", ger, (folder / "renamed.json").string(), "--format", "json"});
    REQUIRE(outcome.exitCode == 1);
    const auto changes = nlohmann::json::parse(outcome.out).at("changes");
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].at("kind") == "renamed");
    CHECK(changes[0].at("id") == "selene-2");
    CHECK(changes[0].at("previousId") == "selene2");
}

TEST_CASE("merge writes what applies and records the review", "[cli][review]") {
    const TemporaryDirectory folder;
    const auto out = folder / "merged.json";
    const CliOutcome outcome = runCli({"merge", ger, ger, contribution("nasa-2016"), "-o",
                                       out.string(), "--reviewer", "ISECG secretariat"});
    INFO(outcome.err);
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.out.find("merged 14 changes into " + out.string()) != std::string::npos);

    const Roadmap merged = loadRoadmap(out);
    CHECK(missionOf(merged, "em2").start.toString() == "2023");
    CHECK(missionOf(merged, "insight").start.toString() == "2018-05-05");
    CHECK_FALSE(merged.contribution); // the merged roadmap is the roadmap, not the draft
    REQUIRE(merged.reviews.size() == loadRoadmap(ger).reviews.size() + 1);
    const Review& review = merged.reviews.back();
    CHECK(review.reviewer == "ISECG secretariat");
    CHECK(review.contribution.agency == "NASA");
    CHECK(review.contribution.fingerprint ==
          contentFingerprint(loadRoadmap(contribution("nasa-2016"))));
    CHECK(review.decisions.size() == 14);
    CHECK(std::all_of(review.decisions.begin(), review.decisions.end(),
                      [](const ReviewDecision& d) { return d.verdict == Verdict::Accepted; }));
}

TEST_CASE("merge stops at undecided cross-agency changes", "[cli][review]") {
    const TemporaryDirectory folder;
    const auto out = folder / "merged.json";
    const std::string esa = contribution("esa-2016");

    SECTION("listed, and nothing written") {
        const CliOutcome outcome = runCli({"merge", ger, ger, esa, "-o", out.string()});
        CHECK(outcome.exitCode == 1);
        CHECK(outcome.out.find("cross-agency  mission lunaresurs (Roscosmos): start \"2017\" -> "
                               "\"2019\"") != std::string::npos);
        CHECK(outcome.out.find("--accept mission/lunaresurs/start") != std::string::npos);
        CHECK(outcome.out.find("2 changes waiting for a decision; nothing written") !=
              std::string::npos);
        CHECK_FALSE(std::filesystem::exists(out));
    }
    SECTION("as JSON") {
        const CliOutcome outcome =
            runCli({"merge", ger, ger, esa, "-o", out.string(), "--format", "json"});
        CHECK(outcome.exitCode == 1);
        const auto json = nlohmann::json::parse(outcome.out);
        CHECK(json.at("contributor") == "ESA");
        CHECK(json.at("complete") == false);
        CHECK(json.at("written") == false);
        CHECK(json.at("pending") == 2);
        const auto* start = findSubject(json.at("changes"), "mission/lunaresurs/start");
        REQUIRE(start);
        CHECK(start->at("status") == "cross-agency");
        CHECK(start->at("crossAgency") == true);
        CHECK(start->at("owner") == "Roscosmos");
        const auto* own = findSubject(json.at("changes"), "mission/exomars18/start");
        REQUIRE(own);
        CHECK(own->at("status") == "applied");
        CHECK(own->at("crossAgency") == false);
        CHECK_FALSE(std::filesystem::exists(out));
    }
    SECTION("accepted and rejected by subject") {
        const CliOutcome outcome =
            runCli({"merge", ger, ger, esa, "-o", out.string(), "--accept",
                    "mission/lunaresurs/start", "--reject", "mission/lunaresurs/notes"});
        INFO(outcome.err);
        REQUIRE(outcome.exitCode == 0);
        const Roadmap merged = loadRoadmap(out);
        const Roadmap base = loadRoadmap(ger);
        CHECK(missionOf(merged, "lunaresurs").start.toString() == "2019");
        CHECK(missionOf(merged, "lunaresurs").notes == missionOf(base, "lunaresurs").notes);
        const auto& decisions = merged.reviews.back().decisions;
        const auto notes = std::find_if(decisions.begin(), decisions.end(), [](const auto& d) {
            return d.subject == "mission/lunaresurs/notes";
        });
        REQUIRE(notes != decisions.end());
        CHECK(notes->verdict == Verdict::Rejected);
    }
}

TEST_CASE("merge lists conflicts between two contributions", "[cli][review]") {
    // Roscosmos's draft is merged first; ESA's, drafted from the same baseline, moves the
    // same mission elsewhere.
    const TemporaryDirectory folder;
    const auto ours = folder / "with-roscosmos.json";
    REQUIRE(
        runCli({"merge", ger, ger, contribution("roscosmos-2014"), "-o", ours.string()}).exitCode ==
        0);
    const auto out = folder / "merged.json";
    const std::vector<std::string> merge = {
        "merge", ger, ours.string(), contribution("esa-2016"), "-o", out.string()};

    SECTION("nothing written") {
        std::vector<std::string> args = merge;
        args.insert(args.end(), {"--format", "json"});
        const CliOutcome outcome = runCli(args);
        CHECK(outcome.exitCode == 1);
        const auto json = nlohmann::json::parse(outcome.out);
        const auto* start = findSubject(json.at("changes"), "mission/lunaresurs/start");
        REQUIRE(start);
        CHECK(start->at("status") == "conflict");
        CHECK(start->at("ours").at("after") == "2020");
        CHECK(start->at("after") == "2019");
        CHECK_FALSE(start->at("conflict").get<std::string>().empty());
        CHECK_FALSE(std::filesystem::exists(out));
    }
    SECTION("--write-conflicts keeps ours and records why") {
        std::vector<std::string> args = merge;
        args.push_back("--write-conflicts");
        const CliOutcome outcome = runCli(args);
        CHECK(outcome.exitCode == 1);
        CHECK(outcome.out.find("written with the roadmap's version of them to " + out.string()) !=
              std::string::npos);
        const Roadmap merged = loadRoadmap(out);
        CHECK(missionOf(merged, "lunaresurs").start.toString() == "2020");
        CHECK(missionOf(merged, "exomars18").start.toString() == "2020"); // ESA's own change
        const auto& decisions = merged.reviews.back().decisions;
        const auto start = std::find_if(decisions.begin(), decisions.end(), [](const auto& d) {
            return d.subject == "mission/lunaresurs/start";
        });
        REQUIRE(start != decisions.end());
        CHECK(start->verdict == Verdict::Rejected);
        CHECK(start->comment.rfind("conflict: ", 0) == 0);
    }
    SECTION("--accept takes the contribution's side") {
        std::vector<std::string> args = merge;
        args.insert(args.end(), {"--accept", "mission/lunaresurs/start", "--accept",
                                 "mission/lunaresurs/notes"});
        const CliOutcome outcome = runCli(args);
        INFO(outcome.out);
        REQUIRE(outcome.exitCode == 0);
        CHECK(missionOf(loadRoadmap(out), "lunaresurs").start.toString() == "2019");
    }
}

TEST_CASE("merge refuses a contribution drafted from another baseline", "[cli][review]") {
    const TemporaryDirectory folder;
    const auto out = folder / "merged.json";
    const CliOutcome outcome =
        runCli({"merge", ger2018, ger2018, contribution("jaxa-2015"), "-o", out.string()});
    CHECK(outcome.exitCode == 2);
    CHECK(outcome.err.find("drafted from another baseline") != std::string::npos);
    CHECK(outcome.err.find(contentFingerprint(loadRoadmap(ger2018))) != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));

    SECTION("unless told to merge anyway") {
        const CliOutcome anyway = runCli({"merge", ger2018, ger2018, contribution("jaxa-2015"),
                                          "-o", out.string(), "--any-baseline"});
        // Merged against GER 2018, the 2013 draft undoes five years of other agencies' work:
        // every such change waits for a decision.
        CHECK(anyway.exitCode == 1);
        CHECK(anyway.out.find("cross-agency  mission gateway (NASA): removed") !=
              std::string::npos);
    }
}

TEST_CASE("Every file Orrery writes must load again: merge of a plain roadmap names its agency",
          "[cli][review]") {
    const TemporaryDirectory folder;
    const auto out = folder / "merged.json";
    // A plain roadmap says nothing of who sent it: the review record would have no agency.
    const CliOutcome unnamed =
        runCli({"merge", ger, ger, ger2018, "-o", out.string(), "--any-baseline"});
    CHECK(unnamed.exitCode == 2);
    CHECK(unnamed.err.find("--agency") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));

    const CliOutcome unknown = runCli(
        {"merge", ger, ger, ger2018, "-o", out.string(), "--any-baseline", "--agency", "NOBODY"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("no such agency") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));

    const CliOutcome other = runCli(
        {"merge", ger, ger, contribution("esa-2016"), "-o", out.string(), "--agency", "NASA"});
    CHECK(other.exitCode == 2);
    CHECK(other.err.find("ESA's, not NASA") != std::string::npos);

    const CliOutcome named = runCli({"merge", ger, ger, ger2018, "-o", out.string(),
                                     "--any-baseline", "--agency", "NASA", "--write-conflicts"});
    CHECK(named.exitCode == 1);
    const Roadmap merged = loadRoadmap(out);
    REQUIRE_FALSE(merged.reviews.empty());
    CHECK(merged.reviews.back().contribution.agency == "NASA");
    // Judged as NASA's: its changes to other agencies' missions wait for a decision.
    CHECK(named.out.find("cross-agency") != std::string::npos);
}

TEST_CASE("merge leaves an existing output untouched when it cannot write", "[cli][review]") {
    const TemporaryDirectory folder;
    const CliOutcome outcome = runCli({"merge", ger, ger, contribution("nasa-2016"), "-o",
                                       (folder / "missing" / "merged.json").string()});
    CHECK(outcome.exitCode == 2);
    CHECK_FALSE(outcome.err.empty());
    CHECK_FALSE(std::filesystem::exists(folder / "missing"));
}

TEST_CASE("The example contributions are drafted from GER 2013", "[cli][review]") {
    const Roadmap baseline = loadRoadmap(ger);
    std::set<std::string> agencies;
    for (const auto& entry :
         std::filesystem::directory_iterator(sourcePath("roadmaps/contributions"))) {
        INFO(entry.path());
        const Roadmap draft = loadRoadmap(entry.path());
        REQUIRE(draft.contribution);
        CHECK(isDraftedFrom(draft, baseline));
        CHECK(draft.contribution->baseline.title == baseline.title);
        CHECK(draft.agencies.contains(draft.contribution->agency));
        CHECK_FALSE(draft.contribution->summary.empty());
        CHECK(runCli({"format", "--check", entry.path().string()}).exitCode == 0);
        agencies.insert(draft.contribution->agency);
    }
    CHECK(agencies.size() >= 3);
}

TEST_CASE("Every file Orrery writes must load again: merge names a reviewer", "[cli][review]") {
    const TemporaryDirectory folder;
    const auto out = folder / "merged.json";
    const CliOutcome outcome = runCli(
        {"merge", ger, ger, contribution("nasa-2016"), "-o", out.string(), "--reviewer", ""});
    CHECK(outcome.exitCode == 2);
    CHECK(outcome.err.find("names no reviewer") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
}
