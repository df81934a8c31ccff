#include "support/testsupport.h"

#include <orrery/identifier.h>
#include <orrery/io/reader.h>

#include <catch2/catch.hpp>

#include <string>

using orrery::isWellFormedId;

TEST_CASE("An id is what the file format accepts as one", "[identifier]") {
    for (const char* good : {"em1", "ESA", "x", "2008-ev5", "a.b_c-d", "9"}) {
        INFO(good);
        CHECK(isWellFormedId(good));
    }
    for (const char* bad : {"", "-em1", ".hidden", "em 1", "é", "a/b", "x\"y"}) {
        INFO(bad);
        CHECK_FALSE(isWellFormedId(bad));
    }
    CHECK(isWellFormedId(std::string(64, 'a')));
    CHECK_FALSE(isWellFormedId(std::string(65, 'a')));
    // The schema agrees: a mission with each id loads, or is refused.
    for (const std::string& id :
         {std::string("a.b_c-d"), std::string("-em1"), std::string(65, 'a')}) {
        std::string text = orrery::test::minimalRoadmapText();
        const std::string mission = "\"lander\"";
        const auto at = text.find(mission);
        REQUIRE(at != std::string::npos);
        text.replace(at, mission.size(), "\"" + id + "\"");
        INFO(id);
        CHECK(static_cast<bool>(orrery::parseRoadmap(text, "id.json")) == isWellFormedId(id));
    }
}
