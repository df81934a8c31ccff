// Conflicts a merge cannot decide stay in the merged roadmap as records: written, read by
// both read paths, reported by the structure check, and enough to work the merge out
// again and decide it.

#include "core/review/reviewfixtures.h"
#include "support/testsupport.h"

#include <orrery/analysis/structure.h>
#include <orrery/conflicts.h>
#include <orrery/diff.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>
#include <orrery/signing.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace orrery;
using namespace orrery::test;

namespace {

Roadmap without(Roadmap roadmap, const std::string& id) {
    const auto index = roadmap.missions.indexOf(id);
    REQUIRE(index);
    roadmap.missions.take(*index);
    return roadmap;
}

const Roadmap& ger2013() {
    static const Roadmap roadmap = loadRoadmap(sourcePath("roadmaps/ger-2013.roadmap.json"));
    return roadmap;
}

} // namespace

TEST_CASE("A merge's conflicts are recorded in the merged roadmap, and decided from it alone",
          "[conflicts]") {
    const Roadmap& base = ger2013();
    Roadmap ours = withMission(base, "msr", [](Mission& m) { m.start = date("2028"); });
    ours = withMission(ours, "msr", [](Mission& m) { m.end = date("2031"); });
    Roadmap theirs = withMission(base, "msr", [](Mission& m) { m.start = date("2030"); });
    theirs = withMission(theirs, "msr", [](Mission& m) { m.name = "Mars Sample Return campaign"; });
    theirs = withMission(theirs, "exomars18", [](Mission& m) { m.start = date("2020-07"); });

    const MergeResult merge = mergeRoadmaps(base, ours, theirs);
    const Roadmap recorded = recordConflicts(merge, base, theirs);
    // Ours where they disagree; what merged cleanly in.
    CHECK(recorded.missions.find("msr")->start == date("2028"));
    CHECK(recorded.missions.find("msr")->end == date("2031"));
    CHECK(recorded.missions.find("msr")->name == "Mars Sample Return campaign");
    CHECK(recorded.missions.find("exomars18")->start == date("2020-07"));
    REQUIRE(recorded.conflicts.size() == 1);
    const RecordedConflict& conflict = recorded.conflicts.front();
    CHECK(conflict.subject == "mission/msr/start");
    CHECK(conflict.owner == "NASA");
    CHECK_FALSE(conflict.reason.empty());
    CHECK(nlohmann::json::parse(*conflict.base).at("start") == "2026");
    CHECK(nlohmann::json::parse(*conflict.ours).at("start") == "2028");
    CHECK(nlohmann::json::parse(*conflict.theirs).at("start") == "2030");

    SECTION("the file is written and read back by both read paths, a fixed point") {
        const std::string text = toCanonicalJson(recorded);
        CHECK(text.find("\"conflicts\": [") != std::string::npos);
        const Roadmap read = parseRoadmapText(text);
        CHECK(read.conflicts == recorded.conflicts);
        CHECK(toCanonicalJson(read) == text);
        TemporaryDirectory folder;
        REQUIRE(saveRoadmapFile(recorded, folder / "merged.roadmap.json"));
        const ReadResult fromFile = readRoadmapFile(folder / "merged.roadmap.json");
        REQUIRE(fromFile);
        CHECK(fromFile->conflicts == recorded.conflicts);
    }
    SECTION("the structure check reports each as an error naming the mission") {
        const auto findings = checkStructure(recorded);
        const auto found = std::find_if(findings.begin(), findings.end(), [](const Finding& f) {
            return f.code == "unresolved-conflict";
        });
        REQUIRE(found != findings.end());
        CHECK(found->severity == Severity::Error);
        CHECK(found->missions == std::vector<std::string>{"msr"});
        CHECK(found->message.find("mission/msr/start") != std::string::npos);
        CHECK(found->message.find("NASA") != std::string::npos);
    }
    SECTION("the three versions come back from the records") {
        auto sides = conflictSides(recorded);
        REQUIRE(sides);
        CHECK(sides->ours.conflicts.empty());
        CHECK(sides->base.missions.find("msr")->start == date("2026"));
        CHECK(sides->theirs.missions.find("msr")->start == date("2030"));
        auto again = resolveConflicts(recorded, {});
        REQUIRE(again);
        CHECK(again->pendingCount() == 1);
        REQUIRE(again->merged.conflicts.size() == 1);
        const RecordedConflict& kept = again->merged.conflicts.front();
        CHECK(kept.subject == conflict.subject);
        CHECK(kept.base == conflict.base);
        CHECK(kept.ours == conflict.ours);
        CHECK(kept.theirs == conflict.theirs);
        CHECK(kept.reason.find("in ours") != std::string::npos);
    }
    SECTION("accepting takes theirs and keeps the rest; rejecting keeps ours") {
        auto accepted = resolveConflicts(recorded, {{"mission/msr/start", Verdict::Accepted}});
        REQUIRE(accepted);
        CHECK(accepted->complete());
        const Roadmap& taken = accepted->merged;
        CHECK(taken.conflicts.empty());
        CHECK(taken.missions.find("msr")->start == date("2030"));
        CHECK(taken.missions.find("msr")->end == date("2031"));
        CHECK(taken.missions.find("msr")->name == "Mars Sample Return campaign");
        CHECK(taken.missions.find("exomars18")->start == date("2020-07"));

        auto rejected = resolveConflicts(recorded, {{"mission/msr/start", Verdict::Rejected}});
        REQUIRE(rejected);
        CHECK(rejected->merged.conflicts.empty());
        Roadmap expected = recorded;
        expected.conflicts.clear();
        CHECK(toCanonicalJson(rejected->merged) == toCanonicalJson(expected));
    }
}

TEST_CASE("A removal against a change is recorded and decided either way", "[conflicts]") {
    const Roadmap& base = ger2013();
    const Roadmap ours = without(base, "change5");
    const Roadmap theirs =
        withMission(base, "change5", [](Mission& m) { m.name = "Chang'e 5 sample return"; });
    const Roadmap recorded = recordConflicts(mergeRoadmaps(base, ours, theirs), base, theirs);
    REQUIRE(recorded.conflicts.size() == 1);
    CHECK_FALSE(recorded.conflicts.front().ours);
    CHECK(recorded.missions.find("change5") == nullptr);

    auto taken = resolveConflicts(recorded, {{"mission/change5/name", Verdict::Accepted}});
    REQUIRE(taken);
    REQUIRE(taken->merged.missions.find("change5") != nullptr);
    CHECK(taken->merged.missions.find("change5")->name == "Chang'e 5 sample return");

    SECTION("and the other way round") {
        const Roadmap changedHere =
            withMission(base, "change5", [](Mission& m) { m.end = date("2020-12"); });
        const Roadmap removedThere = without(base, "change5");
        const Roadmap other =
            recordConflicts(mergeRoadmaps(base, changedHere, removedThere), base, removedThere);
        REQUIRE(other.conflicts.size() == 1);
        CHECK(other.conflicts.front().subject == "mission/change5");
        CHECK_FALSE(other.conflicts.front().theirs);
        auto removed = resolveConflicts(other, {{"mission/change5", Verdict::Accepted}});
        REQUIRE(removed);
        CHECK(removed->merged.missions.find("change5") == nullptr);
        CHECK(removed->merged.conflicts.empty());
    }
}

TEST_CASE("Records edited into something else are refused with the reason", "[conflicts]") {
    const Roadmap& base = ger2013();
    const Roadmap ours = withMission(base, "msr", [](Mission& m) { m.start = date("2028"); });
    const Roadmap theirs = withMission(base, "msr", [](Mission& m) { m.start = date("2030"); });
    Roadmap recorded = recordConflicts(mergeRoadmaps(base, ours, theirs), base, theirs);
    REQUIRE(recorded.conflicts.size() == 1);
    recorded.conflicts.front().theirs = R"({"id":"msr","name":"no lead, no dates"})";
    const auto sides = conflictSides(recorded);
    REQUIRE_FALSE(sides);
    CHECK(sides.error().find("merged-in version") != std::string::npos);
}

TEST_CASE("A roadmap as lines: one per field, with its entity", "[conflicts][lines]") {
    const std::string lines = roadmapAsLines(ger2013());
    CHECK(lines.find("roadmap title: Global Exploration Roadmap\n") != std::string::npos);
    CHECK(lines.find("mission msr start: 2026\n") != std::string::npos);
    CHECK(lines.find("mission msr lead: NASA\n") != std::string::npos);
    CHECK(lines.find("agency ESA name: European Space Agency\n") != std::string::npos);
    CHECK(lines.find(" requires ") != std::string::npos);
    // A changed field is one changed line.
    const Roadmap moved =
        withMission(ger2013(), "msr", [](Mission& m) { m.notes = "line one\nline two"; });
    const std::string after = roadmapAsLines(moved);
    CHECK(after.find("mission msr notes: line one | line two\n") != std::string::npos);
    CHECK(std::count(after.begin(), after.end(), '\n') ==
          std::count(lines.begin(), lines.end(), '\n') +
              (ger2013().missions.find("msr")->notes.empty() ? 1 : 0));
}

TEST_CASE("Who may change what: the signer's agency, its own missions and what all share",
          "[signing]") {
    const Roadmap& base = ger2013();
    const auto changes = [&base](const Roadmap& after) {
        return diffRoadmaps(base, after).changes;
    };
    const auto esaMission =
        changes(withMission(base, "exomars18", [](Mission& m) { m.start = date("2020-07"); }));
    const auto nasaMission =
        changes(withMission(base, "msr", [](Mission& m) { m.start = date("2030"); }));
    Roadmap retitled = base;
    retitled.title = "Global Exploration Roadmap, third edition draft";
    const auto shared = changes(retitled);

    const CommitSignature esa{SignatureStatus::Good, "ESA", "SHA256:esa"};
    CHECK(authorityProblems(esa, esaMission).empty());
    CHECK(authorityProblems(esa, shared).empty());
    const auto other = authorityProblems(esa, nasaMission);
    REQUIRE(other.size() == 1);
    CHECK(other.front().subject == "mission/msr/start");
    CHECK(other.front().message == "changes mission msr of NASA (start), signed by ESA");

    const CommitSignature none{};
    CHECK(authorityProblems(none, {}).empty());
    REQUIRE(authorityProblems(none, esaMission).size() == 1);
    CHECK(authorityProblems(none, esaMission).front().message.starts_with("unsigned"));
    const CommitSignature stranger{SignatureStatus::UnlistedKey, "", "SHA256:abc"};
    CHECK(authorityProblems(stranger, shared).front().message.find("SHA256:abc") !=
          std::string::npos);
    CHECK(signatureStatusFromGit('G') == SignatureStatus::Good);
    CHECK(signatureStatusFromGit('U') == SignatureStatus::UnlistedKey);
    CHECK(signatureStatusFromGit('N') == SignatureStatus::Unsigned);
    CHECK(signatureStatusFromGit('B') == SignatureStatus::Bad);
    CHECK(signatureStatusFromGit('E') == SignatureStatus::Uncheckable);

    SECTION("a merge answers for what it changed beyond both parents") {
        const Roadmap first = withMission(base, "msr", [](Mission& m) { m.start = date("2028"); });
        const Roadmap second = withMission(base, "msr", [](Mission& m) { m.start = date("2030"); });
        const Roadmap resolvedAsFirst = first;
        CHECK(changesOfMerge(diffRoadmaps(first, resolvedAsFirst),
                             diffRoadmaps(second, resolvedAsFirst))
                  .empty());
        const Roadmap third = withMission(base, "msr", [](Mission& m) { m.start = date("2029"); });
        const auto own = changesOfMerge(diffRoadmaps(first, third), diffRoadmaps(second, third));
        REQUIRE(own.size() == 1);
        CHECK(own.front().subject() == "mission/msr/start");
    }
    SECTION("a merge that changes what one side added answers for it") {
        Roadmap added = base;
        Mission mission = *base.missions.find("exomars18");
        mission.id = "esa-new";
        added.missions.append(mission);
        const Roadmap merged =
            withMission(added, "esa-new", [](Mission& m) { m.start = date("2045"); });
        const auto own = changesOfMerge(diffRoadmaps(base, merged), diffRoadmaps(added, merged));
        REQUIRE(own.size() == 1);
        CHECK(own.front().subject() == "mission/esa-new/start");
        CHECK(changesOfMerge(diffRoadmaps(base, added), diffRoadmaps(added, added)).empty());
    }
}

TEST_CASE("Conflicts about the roadmap's own fields, a mission field and a removed mission, "
          "from a file the merge driver wrote",
          "[conflicts]") {
    const Roadmap recorded = loadRoadmap(testDataPath("conflicted.roadmap.json"));
    REQUIRE(recorded.conflicts.size() == 3);
    CHECK(recorded.conflicts[0].subject == "roadmap/title");
    CHECK(recorded.conflicts[0].entity == EntityKind::Roadmap);
    CHECK(recorded.title == "Every field (ours)");
    std::map<std::string, Verdict, std::less<>> acceptAll;
    for (const RecordedConflict& conflict : recorded.conflicts) {
        acceptAll[conflict.subject] = Verdict::Accepted;
    }
    auto theirs = resolveConflicts(recorded, acceptAll);
    REQUIRE(theirs);
    CHECK(theirs->complete());
    CHECK(theirs->merged.title == "Every field (theirs)");
    CHECK(theirs->merged.missions.find("orbiter")->start == date("2032"));
    REQUIRE(theirs->merged.missions.find("return") != nullptr);
    CHECK(theirs->merged.missions.find("return")->name == "Sample return, renamed");
    // The records' reviews stay as the file had them.
    CHECK(theirs->merged.reviews == recorded.reviews);
}
