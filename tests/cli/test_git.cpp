// A roadmap shared in a git repository: real git merges agencies' branches through Orrery's
// merge driver, shows changes through its diff driver, and verifies SSH signatures made
// with keys generated here, which `orrery-cli verify` maps to the agencies owning what
// each commit changes.

#include "clirun.h"
#include "core/review/reviewfixtures.h"
#include "support/gitrepository.h"
#include "support/testsupport.h"

#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace orrery;
using namespace orrery::test;

namespace {

void removeMission(Roadmap& roadmap, const std::string& id) {
    const auto index = roadmap.missions.indexOf(id);
    REQUIRE(index);
    roadmap.missions.take(*index);
}

} // namespace

TEST_CASE("git-setup writes the attributes and drivers once, and changes nothing run again",
          "[git]") {
    GitRepository repository;
    const CliOutcome first =
        runCli({"git-setup", repository.root().string(), "--program", ORRERY_CLI_PROGRAM});
    INFO(first.out << first.err);
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.find("added      .gitattributes") != std::string::npos);
    CHECK(readFile(repository.root() / ".gitattributes") ==
          "*.roadmap.json merge=orrery diff=orrery\n");
    const ProgramRun driver = repository.git({"config", "--local", "--get", "merge.orrery.driver"});
    CHECK(driver.out == std::string(ORRERY_CLI_PROGRAM) + " merge-driver %O %A %B %P\n");
    const ProgramRun attribute =
        repository.git({"check-attr", "merge", "diff", "--", "x.roadmap.json"});
    CHECK(attribute.out == "x.roadmap.json: merge: orrery\nx.roadmap.json: diff: orrery\n");

    const std::string attributes = readFile(repository.root() / ".gitattributes");
    const std::string config = readFile(repository.root() / ".git" / "config");
    const CliOutcome second =
        runCli({"git-setup", repository.root().string(), "--program", ORRERY_CLI_PROGRAM});
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.find("nothing to change") != std::string::npos);
    CHECK(second.out.find("set        ") == std::string::npos);
    CHECK(second.out.find("added") == std::string::npos);
    CHECK(readFile(repository.root() / ".gitattributes") == attributes);
    CHECK(readFile(repository.root() / ".git" / "config") == config);

    SECTION("an existing .gitattributes keeps its lines") {
        writeFile(repository.root() / ".gitattributes", "*.png binary");
        REQUIRE(runCli({"git-setup", repository.root().string(), "--program", ORRERY_CLI_PROGRAM})
                    .exitCode == 0);
        CHECK(readFile(repository.root() / ".gitattributes") ==
              "*.png binary\n*.roadmap.json merge=orrery diff=orrery\n");
    }
    SECTION("outside a repository it says so") {
        TemporaryDirectory elsewhere;
        const CliOutcome outside = runCli({"git-setup", elsewhere.path().string()});
        CHECK(outside.exitCode == 2);
        CHECK(outside.err.find("not in a git repository") != std::string::npos);
    }
}

TEST_CASE("Two agencies' branches changing different missions merge cleanly through the driver",
          "[git][merge-driver]") {
    GitRepository repository;
    repository.startWithGer2013();
    repository.gitOk({"checkout", "-q", "-b", "esa"});
    Roadmap esa = repository.load();
    esa = withMission(esa, "exomars16", [](Mission& m) { m.start = date("2016-03"); });
    repository.save(esa);
    repository.commit("ExoMars TGO launched in March 2016");

    repository.gitOk({"checkout", "-q", "main"});
    repository.gitOk({"checkout", "-q", "-b", "nasa"});
    Roadmap nasa = repository.load();
    nasa = withMission(nasa, "msr", [](Mission& m) { m.start = date("2028"); });
    nasa = withMission(nasa, "msr", [](Mission& m) { m.notes = "Moved after the 2023 review."; });
    repository.save(nasa);
    repository.commit("MSR moves to 2028");

    repository.gitOk({"checkout", "-q", "main"});
    repository.gitOk({"merge", "-q", "--no-ff", "--no-edit", "esa"});
    const ProgramRun merge = repository.git({"merge", "--no-ff", "--no-edit", "nasa"});
    INFO(merge.out << merge.err);
    REQUIRE(merge.exitCode == 0);
    CHECK(merge.err.find("orrery: plan.roadmap.json: 2 changes of theirs merged") !=
          std::string::npos);

    const std::string text = readFile(repository.file());
    CHECK(text.find("<<<<<<<") == std::string::npos);
    const Roadmap merged = repository.load();
    CHECK(merged.missions.find("exomars16")->start == date("2016-03"));
    CHECK(merged.missions.find("msr")->start == date("2028"));
    CHECK(merged.missions.find("msr")->notes == "Moved after the 2023 review.");
    CHECK(merged.conflicts.empty());
    CHECK(text == toCanonicalJson(merged));
    CHECK(runCli({"validate", repository.file().string()}).exitCode == 0);
}

TEST_CASE("The same field changed on both branches stops the merge with a valid file that "
          "validate reports and merge --resolve decides",
          "[git][merge-driver]") {
    GitRepository repository;
    repository.startWithGer2013();
    repository.gitOk({"checkout", "-q", "-b", "esa"});
    Roadmap esa = repository.load();
    esa = withMission(esa, "msr", [](Mission& m) { m.start = date("2030"); });
    esa = withMission(esa, "exomars18", [](Mission& m) { m.start = date("2020-07"); });
    repository.save(esa);
    repository.commit("MSR in 2030 as ESA plans it");

    repository.gitOk({"checkout", "-q", "main"});
    Roadmap nasa = repository.load();
    nasa = withMission(nasa, "msr", [](Mission& m) { m.start = date("2028"); });
    repository.save(nasa);
    repository.commit("MSR in 2028");

    const ProgramRun merge = repository.git({"merge", "--no-edit", "esa"});
    INFO(merge.out << merge.err);
    REQUIRE(merge.exitCode != 0);
    CHECK(merge.err.find("mission/msr/start") != std::string::npos);
    CHECK(merge.out.find("CONFLICT (content): Merge conflict in plan.roadmap.json") !=
          std::string::npos);

    // Never conflict markers: the file is a roadmap, holding ours, with the conflict in it.
    const std::string text = readFile(repository.file());
    CHECK(text.find("<<<<<<<") == std::string::npos);
    const Roadmap conflicted = repository.load();
    CHECK(conflicted.missions.find("msr")->start == date("2028"));
    CHECK(conflicted.missions.find("exomars18")->start == date("2020-07"));
    REQUIRE(conflicted.conflicts.size() == 1);
    const RecordedConflict& conflict = conflicted.conflicts.front();
    CHECK(conflict.subject == "mission/msr/start");
    CHECK(conflict.owner == "NASA");
    CHECK(conflict.entity == EntityKind::Mission);
    REQUIRE(conflict.theirs);
    CHECK(nlohmann::json::parse(*conflict.theirs).at("start") == "2030");
    CHECK(nlohmann::json::parse(*conflict.ours).at("start") == "2028");
    CHECK(nlohmann::json::parse(*conflict.base).at("start") == "2026");

    const CliOutcome validate = runCli({"validate", repository.file().string()});
    CHECK(validate.exitCode == 1);
    CHECK(validate.out.find("unresolved-conflict") != std::string::npos);
    CHECK(validate.out.find("mission/msr/start") != std::string::npos);

    const CliOutcome listed = runCli({"merge", "--resolve", repository.file().string()});
    CHECK(listed.exitCode == 1);
    CHECK(listed.out.find("conflict      mission msr (NASA): start \"2026\" -> \"2030\"") !=
          std::string::npos);
    CHECK(readFile(repository.file()) == text);

    SECTION("taking theirs") {
        const CliOutcome resolved = runCli(
            {"merge", "--resolve", repository.file().string(), "--accept", "mission/msr/start"});
        INFO(resolved.out << resolved.err);
        REQUIRE(resolved.exitCode == 0);
        const Roadmap decided = repository.load();
        CHECK(decided.missions.find("msr")->start == date("2030"));
        CHECK(decided.missions.find("exomars18")->start == date("2020-07"));
        CHECK(decided.conflicts.empty());
        CHECK(runCli({"validate", repository.file().string()}).exitCode == 0);
        repository.gitOk({"add", "plan.roadmap.json"});
        repository.gitOk({"commit", "-q", "--no-edit"});
        CHECK(repository.git({"log", "-1", "--format=%P"}).out.find(' ') != std::string::npos);
    }
    SECTION("keeping ours") {
        REQUIRE(runCli({"merge", "--resolve", repository.file().string(), "--reject",
                        "mission/msr/start"})
                    .exitCode == 0);
        const Roadmap decided = repository.load();
        CHECK(decided.missions.find("msr")->start == date("2028"));
        CHECK(decided.conflicts.empty());
    }
    SECTION("a subject that is not in conflict is refused, nothing written") {
        const CliOutcome wrong = runCli(
            {"merge", "--resolve", repository.file().string(), "--accept", "mission/iss/end"});
        CHECK(wrong.exitCode == 2);
        CHECK(wrong.err.find("no conflict about mission/iss/end") != std::string::npos);
        CHECK(readFile(repository.file()) == text);
    }
}

TEST_CASE("The driver decides conflicts of one merge at a time, and merges contributions whole",
          "[git][merge-driver]") {
    GitRepository repository;
    repository.startWithGer2013();
    repository.gitOk({"checkout", "-q", "-b", "esa"});
    repository.save(
        withMission(repository.load(), "msr", [](Mission& m) { m.start = date("2030"); }));
    repository.commit("MSR in 2030");
    repository.gitOk({"checkout", "-q", "main"});
    repository.save(
        withMission(repository.load(), "msr", [](Mission& m) { m.start = date("2028"); }));
    repository.commit("MSR in 2028");
    REQUIRE(repository.git({"merge", "--no-edit", "esa"}).exitCode != 0);
    // Committed undecided, as a hurried planner might.
    repository.gitOk({"commit", "-q", "-a", "--no-edit"});
    const std::string undecided = readFile(repository.file());

    repository.gitOk({"checkout", "-q", "-b", "later", "esa"});
    repository.save(
        withMission(repository.load(), "msr", [](Mission& m) { m.end = date("2036"); }));
    repository.commit("MSR back in 2036");
    repository.gitOk({"checkout", "-q", "main"});
    const ProgramRun again = repository.git({"merge", "--no-edit", "later"});
    CHECK(again.exitCode != 0);
    CHECK(again.err.find("ours still records 1 undecided conflict from an earlier merge") !=
          std::string::npos);
    // Nothing of it is lost: the file is ours as it was.
    CHECK(readFile(repository.file()) == undecided);
    repository.gitOk({"merge", "--abort"});

    SECTION("a contribution file's changes to other agencies' missions are merged, not held") {
        const std::filesystem::path contribution = repository.root() / "esa.roadmap.json";
        writeFile(contribution, readFile(sourcePath(
                                    "roadmaps/contributions/esa-2016.contribution.roadmap.json")));
        repository.commit("ESA's contribution");
        repository.gitOk({"checkout", "-q", "-b", "edit-contribution"});
        Roadmap edited = loadRoadmap(contribution);
        edited = withMission(edited, "iss", [](Mission& m) { m.notes = "Extended to 2030."; });
        REQUIRE(saveRoadmapFile(edited, contribution));
        repository.commit("A note on the ISS in ESA's contribution");
        repository.gitOk({"checkout", "-q", "main"});
        Roadmap other = loadRoadmap(contribution);
        other = withMission(other, "exomars16", [](Mission& m) { m.notes = "Launched."; });
        REQUIRE(saveRoadmapFile(other, contribution));
        repository.commit("A note on ExoMars");
        const ProgramRun merged = repository.git({"merge", "--no-edit", "edit-contribution"});
        INFO(merged.out << merged.err);
        REQUIRE(merged.exitCode == 0);
        const Roadmap result = loadRoadmap(contribution);
        CHECK(result.missions.find("iss")->notes == "Extended to 2030.");
        CHECK(result.missions.find("exomars16")->notes == "Launched.");
    }
}

TEST_CASE("A deletion against a change is a conflict through the driver", "[git][merge-driver]") {
    GitRepository repository;
    repository.startWithGer2013();
    repository.gitOk({"checkout", "-q", "-b", "cnsa"});
    Roadmap cnsa = repository.load();
    cnsa = withMission(cnsa, "change5", [](Mission& m) { m.name = "Chang'e 5 sample return"; });
    repository.save(cnsa);
    repository.commit("Chang'e 5's full name");

    repository.gitOk({"checkout", "-q", "main"});
    Roadmap coordinator = repository.load();
    removeMission(coordinator, "change5");
    repository.save(coordinator);
    repository.commit("Chang'e 5 flown: out of the plan");

    const ProgramRun merge = repository.git({"merge", "--no-edit", "cnsa"});
    REQUIRE(merge.exitCode != 0);
    const Roadmap conflicted = repository.load();
    CHECK(conflicted.missions.find("change5") == nullptr);
    REQUIRE(conflicted.conflicts.size() == 1);
    CHECK(conflicted.conflicts.front().subject == "mission/change5/name");
    CHECK_FALSE(conflicted.conflicts.front().ours);
    CHECK(conflicted.conflicts.front().theirs);

    SECTION("taking the change brings the mission back, changed") {
        REQUIRE(runCli({"merge", "--resolve", repository.file().string(), "--accept",
                        "mission/change5/name"})
                    .exitCode == 0);
        const Roadmap decided = repository.load();
        REQUIRE(decided.missions.find("change5") != nullptr);
        CHECK(decided.missions.find("change5")->name == "Chang'e 5 sample return");
        CHECK(decided.conflicts.empty());
    }
    SECTION("keeping the deletion") {
        REQUIRE(runCli({"merge", "--resolve", repository.file().string(), "--reject",
                        "mission/change5/name"})
                    .exitCode == 0);
        const Roadmap decided = repository.load();
        CHECK(decided.missions.find("change5") == nullptr);
        CHECK(decided.conflicts.empty());
    }
}

TEST_CASE("git diff, git log -p and git show print what changed in the roadmap", "[git][diff]") {
    GitRepository repository;
    repository.startWithGer2013();
    Roadmap roadmap = repository.load();
    roadmap = withMission(roadmap, "msr", [](Mission& m) { m.start = date("2028"); });
    removeMission(roadmap, "ladee");
    repository.save(roadmap);

    const ProgramRun diff = repository.git({"diff"});
    INFO(diff.out << diff.err);
    REQUIRE(diff.exitCode == 0);
    CHECK(diff.out.find("diff --orrery a/plan.roadmap.json b/plan.roadmap.json") !=
          std::string::npos);
    CHECK(diff.out.find("mission msr (NASA): start \"2026\" -> \"2028\" (+24 months)") !=
          std::string::npos);
    CHECK(diff.out.find("mission ladee (NASA): removed") != std::string::npos);
    CHECK(diff.out.find('{') == std::string::npos);

    repository.commit("MSR to 2028; LADEE done");
    const ProgramRun log = repository.git({"log", "-p", "-1"});
    CHECK(log.out.find("-mission msr start: 2026") != std::string::npos);
    CHECK(log.out.find("+mission msr start: 2028") != std::string::npos);
    CHECK(log.out.find("-mission ladee name: ") != std::string::npos);
    const ProgramRun extended = repository.git({"show", "--ext-diff"});
    CHECK(extended.out.find("mission msr (NASA): start \"2026\" -> \"2028\" (+24 months)") !=
          std::string::npos);

    SECTION("a working file that is not a roadmap does not stop git") {
        writeFile(repository.file(), "{ not json");
        const ProgramRun broken = repository.git({"diff"});
        CHECK(broken.exitCode == 0);
        CHECK(broken.out.find("not comparable as roadmaps") != std::string::npos);
    }
}

TEST_CASE("verify flags unsigned commits and changes to another agency's missions",
          "[git][verify]") {
    GitRepository repository;
    const std::filesystem::path esaKey = repository.makeKey("esa");
    const std::filesystem::path nasaKey = repository.makeKey("nasa");
    const std::filesystem::path strangerKey = repository.makeKey("stranger");
    repository.allowSigners({{"ESA", esaKey}, {"NASA", nasaKey}});
    repository.startWithGer2013();
    repository.gitOk({"tag", "published"});

    Roadmap roadmap = repository.load();
    roadmap = withMission(roadmap, "exomars18", [](Mission& m) { m.start = date("2020-07"); });
    repository.save(roadmap);
    repository.commit("ExoMars rover to 2020", signedBy(esaKey));
    repository.gitOk({"tag", "esa-own"});

    roadmap = withMission(roadmap, "msr", [](Mission& m) { m.start = date("2030"); });
    repository.save(roadmap);
    repository.commit("ESA moves MSR", signedBy(esaKey));
    repository.gitOk({"tag", "esa-other"});

    roadmap =
        withMission(roadmap, "insight", [](Mission& m) { m.notes = "Landed November 2018."; });
    repository.save(roadmap);
    repository.commit("InSight note, unsigned");
    repository.gitOk({"tag", "unsigned"});

    roadmap = withMission(roadmap, "msr", [](Mission& m) { m.end = date("2033"); });
    repository.save(roadmap);
    repository.commit("Signed by a key nobody listed", signedBy(strangerKey));

    const std::string root = repository.root().string();
    const CliOutcome own = runCli({"verify", root, "published..esa-own"});
    INFO(own.out << own.err);
    CHECK(own.exitCode == 0);
    CHECK(own.out.find("ok      good         ESA        ExoMars rover to 2020") !=
          std::string::npos);
    CHECK(own.out.find("1 commit checked, 0 flagged") != std::string::npos);

    const CliOutcome other = runCli({"verify", root, "esa-own..esa-other"});
    INFO(other.out << other.err);
    CHECK(other.exitCode == 1);
    CHECK(other.out.find("FLAGGED good         ESA        ESA moves MSR") != std::string::npos);
    CHECK(other.out.find("changes mission msr of NASA (start), signed by ESA") !=
          std::string::npos);

    const CliOutcome unsignedOne = runCli({"verify", root, "esa-other..unsigned"});
    CHECK(unsignedOne.exitCode == 1);
    CHECK(unsignedOne.out.find("FLAGGED unsigned") != std::string::npos);

    const CliOutcome all = runCli({"verify", root, "published..HEAD", "--format", "json"});
    CHECK(all.exitCode == 1);
    const auto report = nlohmann::json::parse(all.out);
    CHECK(report.at("flagged") == 3);
    REQUIRE(report.at("commits").size() == 4);
    // Newest first, as git log lists them.
    CHECK(report.at("commits").at(0).at("signature") == "unlisted key");
    CHECK(report.at("commits").at(2).at("signer") == "ESA");
    CHECK(report.at("commits").at(3).at("flagged") == false);

    SECTION("a commit that changes no roadmap is not judged") {
        writeFile(repository.root() / "README", "notes\n");
        repository.commit("A readme, unsigned");
        const CliOutcome readme = runCli({"verify", root, "HEAD~1..HEAD"});
        CHECK(readme.exitCode == 0);
        INFO(readme.out);
        CHECK(readme.out.find("no commit changing a roadmap in HEAD~1..HEAD") != std::string::npos);
    }
    SECTION("a commit cannot vouch for itself: keys are trusted as the range's start lists "
            "them, and a change to the list is flagged") {
        writeFile(repository.root() / ".orrery" / "allowed-signers",
                  readFile(repository.root() / ".orrery" / "allowed-signers") +
                      "NASA namespaces=\"git\" " + readFile(strangerKey.string() + ".pub"));
        repository.commit("Another key for NASA", signedBy(strangerKey));
        repository.save(withMission(repository.load(), "msr",
                                    [](Mission& m) { m.notes = "Signed by the new key."; }));
        repository.commit("MSR note by the new key", signedBy(strangerKey));
        const CliOutcome added = runCli({"verify", root, "unsigned..HEAD"});
        INFO(added.out << added.err);
        CHECK(added.exitCode == 1);
        CHECK(added.out.find(".orrery/allowed-signers: changes which key signs for which agency") !=
              std::string::npos);
        CHECK(added.out.find("FLAGGED unlisted key -          MSR note by the new key") !=
              std::string::npos);
        // Trusting the list as it is now, the new key signs for NASA.
        const CliOutcome trusted =
            runCli({"verify", root, "HEAD~1..HEAD", "--signers-from", "HEAD"});
        INFO(trusted.out << trusted.err);
        CHECK(trusted.exitCode == 0);
        CHECK(trusted.out.find("ok      good         NASA       MSR note by the new key") !=
              std::string::npos);
    }
    SECTION("a range git does not know is an error") {
        const CliOutcome unknown = runCli({"verify", root, "no-such-branch"});
        CHECK(unknown.exitCode == 2);
        CHECK(unknown.err.find("no-such-branch") != std::string::npos);
    }
}
