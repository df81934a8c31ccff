#include "reviewfixtures.h"
#include "support/roadmapbuilder.h"
#include "support/testsupport.h"

#include <orrery/analysis/analysis.h>
#include <orrery/generator.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>
#include <orrery/merge.h>

#include <catch2/catch.hpp>

using namespace orrery;
using namespace orrery::test;

namespace {

/// ESA's contribution drafted from `base`.
Roadmap fromEsa(Roadmap draft, const Roadmap& base) {
    draft.contribution =
        Contribution{"ESA", {base.title, base.edition, contentFingerprint(base), {}}, "", {}, {}};
    return draft;
}

const Mission& missionIn(const Roadmap& roadmap, const char* id) {
    const Mission* mission = roadmap.missions.find(id);
    REQUIRE(mission);
    return *mission;
}

const MergeItem& itemFor(const MergeResult& result, const std::string& subject) {
    const auto found =
        std::find_if(result.items.begin(), result.items.end(),
                     [&](const MergeItem& item) { return item.change.subject() == subject; });
    REQUIRE(found != result.items.end());
    return *found;
}

} // namespace

TEST_CASE("Changes that only one side made all apply", "[review][merge]") {
    const Roadmap base = threeMissions();
    const Roadmap ours =
        withMission(base, "b", [](Mission& mission) { mission.end = test::date("2032-06"); });
    const Roadmap theirs = fromEsa(
        withMission(base, "a", [](Mission& mission) { mission.start = test::date("2030-03"); }),
        base);

    const MergeResult result = mergeRoadmaps(base, ours, theirs);
    CHECK_FALSE(result.baselineMismatch);
    CHECK(result.contributor == "ESA");
    REQUIRE(result.items.size() == 1);
    const MergeItem& item = result.items[0];
    CHECK(item.applied);
    CHECK_FALSE(item.conflict);
    CHECK_FALSE(item.crossAgency);
    CHECK(result.complete());
    CHECK(missionIn(result.merged, "a").start == test::date("2030-03"));
    CHECK(missionIn(result.merged, "b").end == test::date("2032-06")); // ours kept
    // The merged roadmap is ours plus their change: nothing else moved.
    const RoadmapDiff left = diffRoadmaps(ours, result.merged);
    REQUIRE(left.changes.size() == 1);
    CHECK(left.changes[0].subject() == "mission/a/start");

    // A rejected change stays out.
    MergeOptions reject;
    reject.decisions["mission/a/start"] = Verdict::Rejected;
    const MergeResult rejected = mergeRoadmaps(base, ours, theirs, reject);
    CHECK_FALSE(rejected.items[0].applied);
    CHECK(rejected.merged == ours);
}

TEST_CASE("The same change on both sides applies once", "[review][merge]") {
    const Roadmap base = threeMissions();
    const auto move = [](Mission& mission) { mission.start = test::date("2030-03"); };
    Roadmap ours = withMission(base, "a", move);
    ours = withMission(
        ours, "c", [](Mission& mission) { mission.prerequisites.push_back(prerequisiteOn("a")); });
    Roadmap theirs = withMission(base, "a", move);
    theirs = withMission(theirs, "c", [](Mission& mission) {
        mission.prerequisites.push_back(prerequisiteOn("a"));
    });
    const MergeResult result = mergeRoadmaps(base, ours, fromEsa(theirs, base));
    REQUIRE(result.items.size() == 2);
    for (const MergeItem& item : result.items) {
        CHECK(item.alreadyMade);
        CHECK_FALSE(item.conflict);
        CHECK_FALSE(item.applied);
    }
    CHECK(result.merged == ours);
    CHECK(missionIn(result.merged, "c").prerequisites.size() == 1);
}

TEST_CASE("Different changes to one field conflict until decided", "[review][merge]") {
    const Roadmap base = threeMissions();
    const Roadmap ours =
        withMission(base, "c", [](Mission& mission) { mission.start = test::date("2033"); });
    const Roadmap theirs = fromEsa(
        withMission(base, "c", [](Mission& mission) { mission.start = test::date("2034"); }), base);

    const MergeResult open = mergeRoadmaps(base, ours, theirs);
    const MergeItem& item = itemFor(open, "mission/c/start");
    CHECK(item.conflict);
    CHECK(item.pending());
    CHECK_FALSE(item.applied);
    REQUIRE(item.ours);
    CHECK(item.ours->field->after == "2033");
    CHECK(item.conflictReason.find("\"2033\" in the roadmap, \"2034\" in the contribution") !=
          std::string::npos);
    CHECK(open.pendingCount() == 1);
    CHECK(missionIn(open.merged, "c").start == test::date("2033")); // ours until decided

    MergeOptions theirsWins;
    theirsWins.decisions["mission/c/start"] = Verdict::Accepted;
    const MergeResult taken = mergeRoadmaps(base, ours, theirs, theirsWins);
    CHECK(taken.complete());
    CHECK(missionIn(taken.merged, "c").start == test::date("2034"));

    MergeOptions oursWins;
    oursWins.decisions["mission/c/start"] = Verdict::Rejected;
    const MergeResult kept = mergeRoadmaps(base, ours, theirs, oursWins);
    CHECK(kept.complete());
    CHECK(missionIn(kept.merged, "c").start == test::date("2033"));
}

TEST_CASE("Removing what the other side changed is a conflict", "[review][merge]") {
    const Roadmap base = threeMissions();

    // We removed c; they moved it.
    Roadmap ours = base;
    ours.missions.take(*ours.missions.indexOf("c"));
    const Roadmap theirs = fromEsa(
        withMission(base, "c", [](Mission& mission) { mission.start = test::date("2034"); }), base);
    const MergeResult changedThere = mergeRoadmaps(base, ours, theirs);
    const MergeItem& moved = itemFor(changedThere, "mission/c/start");
    CHECK(moved.conflict);
    CHECK(moved.conflictReason == "the roadmap has removed what the contribution changes");
    CHECK_FALSE(changedThere.merged.missions.contains("c"));

    // We moved c; they removed it.
    const Roadmap oursMoved =
        withMission(base, "c", [](Mission& mission) { mission.start = test::date("2033"); });
    Roadmap theirsRemoved = base;
    theirsRemoved.missions.take(*theirsRemoved.missions.indexOf("c"));
    const MergeResult removedThere = mergeRoadmaps(base, oursMoved, fromEsa(theirsRemoved, base));
    const MergeItem& removed = itemFor(removedThere, "mission/c");
    CHECK(removed.conflict);
    CHECK(removed.conflictReason == "the contribution removes what the roadmap has changed");
    CHECK(removedThere.merged.missions.contains("c"));

    MergeOptions remove;
    remove.decisions["mission/c"] = Verdict::Accepted;
    CHECK_FALSE(mergeRoadmaps(base, oursMoved, fromEsa(theirsRemoved, base), remove)
                    .merged.missions.contains("c"));
}

TEST_CASE("Changing another agency's mission waits for a decision", "[review][merge]") {
    const Roadmap base = threeMissions();
    // ESA moves NASA's b, and its own a.
    Roadmap draft =
        withMission(base, "b", [](Mission& mission) { mission.start = test::date("2031-06"); });
    draft = withMission(draft, "a", [](Mission& mission) { mission.name = "Mission a (ESA)"; });
    const Roadmap theirs = fromEsa(draft, base);

    const MergeResult result = mergeRoadmaps(base, base, theirs);
    const MergeItem& nasa = itemFor(result, "mission/b/start");
    CHECK(nasa.crossAgency);
    CHECK(nasa.change.owner == "NASA");
    CHECK_FALSE(nasa.conflict);
    CHECK(nasa.pending());
    CHECK_FALSE(nasa.applied);
    const MergeItem& own = itemFor(result, "mission/a/name");
    CHECK_FALSE(own.crossAgency);
    CHECK(own.applied);
    CHECK(missionIn(result.merged, "b").start == test::date("2031-01"));
    CHECK_FALSE(result.complete());

    MergeOptions accept;
    accept.decisions["mission/b/start"] = Verdict::Accepted;
    const MergeResult accepted = mergeRoadmaps(base, base, theirs, accept);
    CHECK(accepted.complete());
    CHECK(missionIn(accepted.merged, "b").start == test::date("2031-06"));

    // The same draft from NASA: its own mission, nothing cross-agency about it.
    MergeOptions asNasa;
    asNasa.contributor = "NASA";
    CHECK_FALSE(itemFor(mergeRoadmaps(base, base, theirs, asNasa), "mission/b/start").crossAgency);
    // A dependency belongs to its dependent: ESA adding one to NASA's b is cross-agency.
    const Roadmap linked = fromEsa(
        withMission(base, "b",
                    [](Mission& mission) { mission.prerequisites.push_back(prerequisiteOn("c")); }),
        base);
    CHECK(itemFor(mergeRoadmaps(base, base, linked), "mission/b/requires/c").crossAgency);
}

TEST_CASE("A contribution drafted from another baseline is noticed", "[review][merge]") {
    const Roadmap base = threeMissions();
    const Roadmap other =
        withMission(base, "a", [](Mission& mission) { mission.notes = "a later baseline"; });
    const Roadmap draft = withMission(other, "c", [](Mission& mission) { mission.name = "C"; });

    CHECK(isDraftedFrom(fromEsa(draft, other), other));
    CHECK_FALSE(isDraftedFrom(fromEsa(draft, other), base));
    CHECK(mergeRoadmaps(base, base, fromEsa(draft, other)).baselineMismatch);
    CHECK_FALSE(mergeRoadmaps(other, other, fromEsa(draft, other)).baselineMismatch);
    CHECK(mergeRoadmaps(base, base, draft).baselineMismatch); // no header at all
}

TEST_CASE("A rename on one side and edits on the other both apply", "[review][merge]") {
    const Roadmap base = threeMissions();
    // We moved a; they renamed it (and b's dependency follows the new id).
    const Roadmap ours =
        withMission(base, "a", [](Mission& mission) { mission.start = test::date("2030-02"); });
    Roadmap draft = withMission(base, "a", [](Mission& mission) { mission.id = "a-lander"; });
    draft = withMission(draft, "b",
                        [](Mission& mission) { mission.prerequisites[0].mission = "a-lander"; });
    const MergeResult result = mergeRoadmaps(base, ours, fromEsa(draft, base));
    CHECK(itemFor(result, "mission/a/id").applied);
    CHECK(result.complete());
    CHECK_FALSE(result.merged.missions.contains("a"));
    CHECK(missionIn(result.merged, "a-lander").start == test::date("2030-02"));
    CHECK(missionIn(result.merged, "b").prerequisites[0].mission == "a-lander");
}

TEST_CASE("The review record keeps every verdict and comment", "[review][merge]") {
    const Roadmap base = threeMissions();
    Roadmap draft =
        withMission(base, "a", [](Mission& mission) { mission.start = test::date("2030-04"); });
    draft = withMission(draft, "b", [](Mission& mission) { mission.notes = "NASA's note"; });
    const Roadmap theirs = fromEsa(draft, base);
    const MergeResult result = mergeRoadmaps(base, base, theirs);
    const auto record =
        reviewRecord(result, theirs, "Coordinator", test::date("2026-11-26"),
                     {{"mission/b/notes", "NASA writes its own notes"}}, "ESA's draft");
    REQUIRE(record);
    const Review& review = *record;
    CHECK(review.reviewer == "Coordinator");
    CHECK(review.contribution.agency == "ESA");
    CHECK(review.contribution.fingerprint == contentFingerprint(theirs));
    CHECK(review.summary == "ESA's draft");
    REQUIRE(review.decisions.size() == 2);
    CHECK(review.decisions[0].subject == "mission/a/start");
    CHECK(review.decisions[0].verdict == Verdict::Accepted);
    CHECK(review.decisions[1].subject == "mission/b/notes");
    CHECK(review.decisions[1].verdict == Verdict::Rejected); // cross-agency, undecided
    CHECK(review.decisions[1].comment == "NASA writes its own notes");
}

TEST_CASE("Every file Orrery writes must load again: a review record names its agency and "
          "its reviewer",
          "[review][merge]") {
    const Roadmap base = threeMissions();
    // A plain roadmap: no header says who sent it.
    const Roadmap plain =
        withMission(base, "a", [](Mission& mission) { mission.start = test::date("2030-04"); });
    const MergeResult unnamed = mergeRoadmaps(base, base, plain);
    const auto refused = reviewRecord(unnamed, plain, "Coordinator", test::date("2026-11-26"), {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error() == "the contribution does not say which agency sent it");

    MergeOptions options;
    options.contributor = "ESA";
    const MergeResult named = mergeRoadmaps(base, base, plain, options);
    const auto record = reviewRecord(named, plain, "Coordinator", test::date("2026-11-26"), {});
    REQUIRE(record);
    CHECK(record->contribution.agency == "ESA");
    CHECK_FALSE(reviewRecord(named, plain, "", test::date("2026-11-26"), {}));
    options.contributor = "not an id";
    CHECK_FALSE(reviewRecord(mergeRoadmaps(base, base, plain, options), plain, "Coordinator",
                             test::date("2026-11-26"), {}));

    // What it writes, the reader takes back.
    Roadmap merged = named.merged;
    merged.reviews.push_back(*record);
    CHECK(parseRoadmap(toCanonicalJson(merged), "merged.json"));
}

TEST_CASE("The analysis judges the merged roadmap", "[review][merge]") {
    GeneratorOptions generator;
    generator.missions = 200;
    const Roadmap base = generateRoadmap(generator);
    REQUIRE(countFindings(analyzeRoadmap(base).findings).errors == 0);
    const std::string contributor = base.missions[0].lead;

    // The roadmap adds notes; the contribution renames its agency's missions and adds one
    // after the last of them: a sound merge.
    Roadmap ours = base;
    for (std::size_t i = 0; i < ours.missions.size(); i += 7) {
        ours = withMission(ours, ours.missions[i].id,
                           [](Mission& mission) { mission.notes += " (reviewed)"; });
    }
    Roadmap draft = base;
    const Mission* last = nullptr;
    for (std::size_t i = 0; i < draft.missions.size(); ++i) {
        if (draft.missions[i].lead == contributor) {
            draft = withMission(draft, draft.missions[i].id,
                                [](Mission& mission) { mission.name += " (final name)"; });
            last = &base.missions[i];
        }
    }
    REQUIRE(last);
    Mission follower = *last;
    follower.id = "follower";
    follower.start = last->finish().addMonths(24);
    follower.end = follower.start.addMonths(12);
    follower.prerequisites = {prerequisiteOn(last->id)};
    follower.provides.clear();
    follower.status = MissionStatus::Planned;
    draft.missions.append(follower);
    draft = fromEsa(draft, base);
    draft.contribution->agency = contributor;

    const MergeResult sound = mergeRoadmaps(base, ours, draft);
    CHECK(sound.complete());
    CHECK(sound.merged.missions.size() == base.missions.size() + 1);
    CHECK(countFindings(analyzeRoadmap(sound.merged).findings).errors == 0);
    for (std::size_t i = 0; i < base.missions.size(); i += 7) {
        CHECK(sound.merged.missions[i].notes == ours.missions[i].notes);
    }

    // The roadmap removed the mission the new one depends on: the merge goes through (the
    // addition touches nothing the roadmap changed) and the analysis says what broke.
    Roadmap withoutLast = ours;
    for (std::size_t i = 0; i < withoutLast.missions.size(); ++i) {
        const Mission& mission = withoutLast.missions[i];
        const bool dependsOnLast =
            std::any_of(mission.prerequisites.begin(), mission.prerequisites.end(),
                        [&](const Prerequisite& p) { return p.mission == last->id; });
        if (dependsOnLast) {
            withoutLast = withMission(withoutLast, mission.id, [&](Mission& m) {
                std::erase_if(m.prerequisites,
                              [&](const Prerequisite& p) { return p.mission == last->id; });
            });
        }
    }
    withoutLast.missions.take(*withoutLast.missions.indexOf(last->id));
    const MergeResult broken = mergeRoadmaps(base, withoutLast, draft);
    CHECK(itemFor(broken, "mission/follower").applied);
    const auto findings = analyzeRoadmap(broken.merged).findings;
    CHECK(countFindings(findings).errors >= 1);
    CHECK(std::any_of(findings.begin(), findings.end(), [](const Finding& finding) {
        return std::find(finding.missions.begin(), finding.missions.end(), "follower") !=
               finding.missions.end();
    }));
}

TEST_CASE("An agency's change to the common goals and objectives is cross-agency",
          "[review][merge][strategy]") {
    const Roadmap base = TestRoadmap()
                             .goal("life")
                             .objective("samples", "life")
                             .gap("ice")
                             .mission("a", "2030", "2031")
                             .pursues("a", "samples");
    Roadmap draft = base;
    Objective samples = draft.objectives[0];
    samples.name = "Return samples to Earth";
    draft.objectives.replace(0, samples);
    draft.goals.append({"economy", "Stimulate Economic Expansion", {}, {}, {}});
    KnowledgeGap ice = draft.knowledgeGaps[0];
    ice.body = CelestialBody::Moon;
    draft.knowledgeGaps.replace(0, ice);
    draft = withMission(draft, "a", [](Mission& mission) {
        mission.closes.push_back({"ice", std::nullopt, {}, {}});
    });
    const Roadmap theirs = fromEsa(draft, base);

    const MergeResult result = mergeRoadmaps(base, base, theirs);
    const MergeItem& objective = itemFor(result, "objective/samples/name");
    CHECK(objective.crossAgency);
    CHECK(objective.change.owner == "ISECG");
    CHECK_FALSE(objective.applied);
    CHECK(itemFor(result, "goal/economy").crossAgency);
    // Gaps are shared like capabilities, and ESA's own mission is its own.
    CHECK_FALSE(itemFor(result, "knowledge-gap/ice/body").crossAgency);
    CHECK(itemFor(result, "knowledge-gap/ice/body").applied);
    CHECK(itemFor(result, "mission/a/closes").applied);
    CHECK(result.merged.knowledgeGaps[0].body == CelestialBody::Moon);
    CHECK(missionIn(result.merged, "a").closes.size() == 1);
    CHECK(result.merged.objectives[0].name == "Objective samples");

    MergeOptions accept;
    accept.decisions["objective/samples/name"] = Verdict::Accepted;
    accept.decisions["goal/economy"] = Verdict::Accepted;
    const MergeResult accepted = mergeRoadmaps(base, base, theirs, accept);
    CHECK(accepted.complete());
    CHECK(accepted.merged.objectives[0].name == "Return samples to Earth");
    CHECK(accepted.merged.goals.contains("economy"));

    // The coordination group's own contribution changes its own goals.
    MergeOptions asIsecg;
    asIsecg.contributor = "ISECG";
    CHECK_FALSE(
        itemFor(mergeRoadmaps(base, base, theirs, asIsecg), "objective/samples/name").crossAgency);
}
