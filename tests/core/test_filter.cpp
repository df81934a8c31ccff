#include <orrery/filter.h>

#include <catch2/catch.hpp>

using namespace orrery;

TEST_CASE("A filter keeps missions by agency, destination, crew, status and text", "[filter]") {
    Mission mission;
    mission.id = "em1";
    mission.name = "Exploration Mission-1";
    mission.lead = "NASA";
    mission.partners = {"ESA"};
    mission.destination = "cislunar";
    mission.crew = Crew::Robotic;
    mission.status = MissionStatus::Planned;
    mission.notes = "First flight of the Space Launch System";

    MissionFilter filter;
    CHECK_FALSE(filter.isActive());
    CHECK(filter.matches(mission));
    filter.agencies = {"ESA"};
    CHECK(filter.matches(mission)); // a partner counts
    filter.agencies = {"JAXA"};
    CHECK_FALSE(filter.matches(mission));
    filter.agencies.clear();
    filter.crew = Crew::Human;
    CHECK_FALSE(filter.matches(mission));
    filter.crew.reset();
    filter.statuses = {MissionStatus::Planned};
    CHECK(filter.matches(mission));
}

TEST_CASE("A filter keeps the missions that pursue one of its objectives", "[filter][strategy]") {
    Mission mission;
    mission.id = "msl";
    mission.objectives = {"mars-surface-radiation", "mars-atmosphere-for-landing"};
    Mission aimless;
    aimless.id = "other";

    MissionFilter filter;
    filter.objectives = {"mars-surface-radiation", "lunar-polar-volatiles"};
    CHECK(filter.isActive());
    CHECK(filter.matches(mission));
    CHECK_FALSE(filter.matches(aimless));
    filter.objectives = {"lunar-polar-volatiles"};
    CHECK_FALSE(filter.matches(mission));
}

TEST_CASE("Filters and dialogs: the search says where it found the text", "[filter]") {
    Mission mission;
    mission.id = "em1";
    mission.name = "Exploration Mission-1";
    mission.notes = "First flight of the Space Launch System";
    MissionFilter filter;
    filter.text = "MISSION";
    CHECK(filter.textMatch(mission) == MissionFilter::TextMatch::Shown);
    filter.text = "em1";
    CHECK(filter.textMatch(mission) == MissionFilter::TextMatch::Shown);
    filter.text = "launch system";
    CHECK(filter.textMatch(mission) == MissionFilter::TextMatch::NotesOnly);
    CHECK(filter.matches(mission));
    filter.text = "Mars";
    CHECK(filter.textMatch(mission) == MissionFilter::TextMatch::None);
    CHECK_FALSE(filter.matches(mission));
}
