// The rules of changing a roadmap: renaming ids with their references, removing missions
// with the dependencies on them, new missions and new prerequisites.

#include "support/roadmapbuilder.h"
#include "support/testsupport.h"

#include <orrery/analysis/structure.h>
#include <orrery/editing.h>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace orrery;

namespace {

Roadmap ger2013() {
    return test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
}

/// Every id a mission refers to, with what it is.
std::vector<std::pair<EntityKind, std::string>> references(const Roadmap& roadmap) {
    std::vector<std::pair<EntityKind, std::string>> found;
    for (const Mission& mission : roadmap.missions) {
        found.emplace_back(EntityKind::Agency, mission.lead);
        for (const std::string& partner : mission.partners) {
            found.emplace_back(EntityKind::Agency, partner);
        }
        found.emplace_back(EntityKind::Destination, mission.destination);
        for (const std::string& need : mission.needs) {
            found.emplace_back(EntityKind::Capability, need);
        }
        for (const CapabilityGrant& grant : mission.provides) {
            found.emplace_back(EntityKind::Capability, grant.capability);
        }
        for (const Prerequisite& prerequisite : mission.prerequisites) {
            found.emplace_back(EntityKind::Mission, prerequisite.mission);
        }
    }
    return found;
}

} // namespace

TEST_CASE("Renaming an id follows every reference to it", "[editing]") {
    const Roadmap original = ger2013();
    Roadmap roadmap = original;
    const struct {
        EntityKind kind;
        const char* from;
        const char* to;
    } renames[] = {{EntityKind::Agency, "NASA", "nasa-usa"},
                   {EntityKind::Destination, "lunar-surface", "moon"},
                   {EntityKind::Capability, "crew-deep-space-transport", "crew-beyond-leo"},
                   {EntityKind::Mission, "em1", "artemis-1"}};
    for (const auto& rename : renames) {
        INFO(rename.from << " -> " << rename.to);
        auto renamed = renameId(roadmap, rename.kind, rename.from, rename.to);
        REQUIRE(renamed);
        roadmap = std::move(*renamed);
    }
    // No reference to an old id is left, and every reference resolves.
    for (const auto& [kind, id] : references(roadmap)) {
        for (const auto& rename : renames) {
            CHECK_FALSE((kind == rename.kind && id == rename.from));
        }
    }
    CHECK(checkStructure(roadmap).empty());
    CHECK(references(roadmap).size() == references(original).size());
    CHECK(roadmap.missions.find("artemis-1")->name == original.missions.find("em1")->name);
    CHECK(roadmap.missions.find("em2")->lead == "nasa-usa");
    // Nothing but ids changed: renaming back gives the roadmap that was.
    for (auto rename = std::rbegin(renames); rename != std::rend(renames); ++rename) {
        roadmap = *renameId(roadmap, rename->kind, rename->to, rename->from);
    }
    CHECK(roadmap == original);
}

TEST_CASE("A rename is refused with its reason", "[editing]") {
    const Roadmap roadmap = ger2013();
    const auto unknown = renameId(roadmap, EntityKind::Mission, "nowhere", "x");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error() == "There is no mission \"nowhere\".");
    const auto taken = renameId(roadmap, EntityKind::Agency, "ESA", "NASA");
    REQUIRE_FALSE(taken);
    CHECK(taken.error() == "Another agency already has the id \"NASA\".");
    const auto malformed = renameId(roadmap, EntityKind::Capability, "mars-edl", "mars edl");
    REQUIRE_FALSE(malformed);
    CHECK(malformed.error().find("is not a valid id") != std::string::npos);
    CHECK(renameId(roadmap, EntityKind::Mission, "em1", "em1"));
}

TEST_CASE("Removing missions takes the dependencies on them along", "[editing]") {
    const Roadmap roadmap = ger2013();
    const MissionRemoval removal = removeMissions(roadmap, {"em1", "em2", "nowhere"});
    REQUIRE(removal.removed.size() == 2);
    CHECK(removal.removed[0].second.id == "em1");
    CHECK(roadmap.missions[removal.removed[0].first].id == "em1");
    REQUIRE_FALSE(removal.cut.empty());
    for (const MissionEdit& edit : removal.cut) {
        INFO(edit.before.id);
        CHECK(edit.before == roadmap.missions[edit.index]);
        for (const Prerequisite& prerequisite : edit.after.prerequisites) {
            CHECK(prerequisite.mission != "em1");
            CHECK(prerequisite.mission != "em2");
        }
        CHECK(edit.after.prerequisites.size() < edit.before.prerequisites.size());
    }
}

TEST_CASE("A new mission starts from the planner's defaults", "[editing]") {
    const Roadmap roadmap = ger2013();
    CHECK(uniqueId(roadmap, EntityKind::Mission, "New mission") == "new-mission");
    CHECK(uniqueId(roadmap, EntityKind::Mission, "EM1") == "em1-2");
    CHECK(uniqueId(roadmap, EntityKind::Mission, "  -- Über Mission! --") == "ber-mission");
    CHECK(uniqueId(roadmap, EntityKind::Mission, "!!!") == "mission");

    const auto mission =
        newMission(roadmap, {"Argonaut lander", "ESA", "lunar-surface", 2030 * 12 + 5});
    REQUIRE(mission);
    CHECK(mission->id == "argonaut-lander");
    CHECK(mission->lead == "ESA");
    CHECK(mission->crew == Crew::Robotic);
    CHECK(mission->status == MissionStatus::Planned);
    CHECK(mission->start.toString() == "2030-06");
    CHECK(mission->end->toString() == "2031-06");
    CHECK_FALSE(newMission(roadmap, {"x", "NOBODY", "lunar-surface", 2030 * 12}));
    CHECK_FALSE(newMission(roadmap, {"x", "ESA", "jupiter", 2030 * 12}));
    // At the edge of time it keeps its year inside the format's range.
    CHECK(newMission(roadmap, {"x", "ESA", "mars-surface", 9999 * 12 + 11})->end->year() == 9999);
}

TEST_CASE("A new prerequisite is refused with its reason", "[editing]") {
    const Roadmap roadmap = ger2013();
    const auto added = withPrerequisite(roadmap, "edcm", "em1");
    REQUIRE(added);
    CHECK(added->prerequisites.back().mission == "em1");
    CHECK(withPrerequisite(roadmap, "em1", "em1").error() == "A mission cannot require itself.");
    CHECK(withPrerequisite(roadmap, "em1", "nowhere").error() ==
          "There is no mission \"nowhere\".");
    CHECK(withPrerequisite(roadmap, "arcm", "em1").error() ==
          "Asteroid Redirect Crewed Mission already requires Exploration Mission-1 (first SLS, "
          "uncrewed Orion).");
}

TEST_CASE("References follow renames made all at once, swaps too", "[editing]") {
    const Roadmap original = ger2013();
    Roadmap roadmap = original;
    renameReferences(roadmap, EntityKind::Agency, {{"ESA", "NASA"}, {"NASA", "ESA"}});
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        const Mission& before = original.missions[i];
        const Mission& after = roadmap.missions[i];
        INFO(before.id);
        CHECK(after.lead == (before.lead == "ESA"    ? "NASA"
                             : before.lead == "NASA" ? "ESA"
                                                     : before.lead));
    }
    renameReferences(roadmap, EntityKind::Agency, {{"ESA", "NASA"}, {"NASA", "ESA"}});
    CHECK(roadmap == original);
}

TEST_CASE("An edit says which fields of a mission it changed", "[editing]") {
    const Roadmap roadmap = ger2013();
    const Mission& before = roadmap.missions[*roadmap.missions.indexOf("em1")];
    CHECK(changedFields(before, before).empty());

    const MissionFields moved = changedFields(before, shiftedMission(before, 3));
    CHECK(moved == MissionFields(MissionField::Dates));
    CHECK_FALSE(moved.hasOtherThan(MissionField::Dates));

    Mission renamed = before;
    renamed.name = "Exploration Mission One";
    renamed.status = MissionStatus::Conceptual;
    const MissionFields fields = changedFields(before, renamed);
    CHECK(fields.has(MissionField::Name));
    CHECK(fields.has(MissionField::Status));
    CHECK_FALSE(fields.has(MissionField::Dates));
    CHECK(fields.hasOtherThan(MissionField::Name));
    CHECK_FALSE(fields.hasOtherThan(MissionField::Name | MissionField::Status));

    Mission everything = before;
    everything.id = "other";
    everything.name = "Other";
    everything.start = everything.start.addMonths(1);
    everything.destination = "mars-surface";
    everything.partners.push_back("JAXA");
    everything.crew = Crew::Human;
    everything.status = MissionStatus::Conceptual;
    everything.prerequisites.push_back({});
    everything.needs.push_back("mars-edl");
    everything.notes = "changed";
    CHECK(changedFields(before, everything) != MissionFields::all());
    everything.objectives.push_back("extend-human-presence");
    CHECK(changedFields(before, everything) == MissionFields::all());

    Mission purpose = before;
    purpose.closes.push_back({"lunar-polar-volatiles", std::nullopt, {}, {}});
    CHECK(changedFields(before, purpose) == MissionFields(MissionField::Purpose));
    purpose = before;
    purpose.needsKnowledge.push_back("lunar-polar-volatiles");
    CHECK(changedFields(before, purpose) == MissionFields(MissionField::Purpose));
}

TEST_CASE("Renaming a goal, objective or knowledge gap follows every reference to it",
          "[editing][strategy]") {
    const Roadmap roadmap = test::TestRoadmap()
                                .goal("life")
                                .objective("samples", "life")
                                .gap("ice")
                                .mission("a", "2030", "2031")
                                .mission("b", "2032")
                                .pursues("a", "samples")
                                .closes("a", "ice")
                                .needsKnowledge("b", "ice");
    const auto goal = renameId(roadmap, EntityKind::Goal, "life", "search-for-life");
    REQUIRE(goal);
    CHECK(goal->objectives[0].goal == "search-for-life");
    const auto objective = renameId(roadmap, EntityKind::Objective, "samples", "return-samples");
    REQUIRE(objective);
    CHECK(objective->missions.find("a")->objectives == std::vector<std::string>{"return-samples"});
    const auto gap = renameId(roadmap, EntityKind::KnowledgeGap, "ice", "polar-ice");
    REQUIRE(gap);
    CHECK(gap->missions.find("a")->closes[0].gap == "polar-ice");
    CHECK(gap->missions.find("b")->needsKnowledge == std::vector<std::string>{"polar-ice"});
    const auto refused = renameId(roadmap, EntityKind::KnowledgeGap, "dust", "x");
    REQUIRE_FALSE(refused);
    CHECK(refused.error() == "There is no knowledge gap \"dust\".");

    Roadmap withGapLane = roadmap;
    KnowledgeGap ice = withGapLane.knowledgeGaps[0];
    ice.destination = "moon";
    withGapLane.knowledgeGaps.replace(0, ice);
    const auto lane = renameId(withGapLane, EntityKind::Destination, "moon", "lunar-surface");
    REQUIRE(lane);
    CHECK(lane->knowledgeGaps[0].destination == "lunar-surface");
}
