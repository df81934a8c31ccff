#include "support/testsupport.h"

#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <catch2/catch.hpp>

#include <sstream>

using namespace orrery;
using namespace orrery::test;

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> result;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);) {
        result.push_back(line);
    }
    return result;
}

/// The lines that differ between two texts of the same line count.
std::vector<std::size_t> changedLines(const std::string& a, const std::string& b) {
    const auto left = lines(a);
    const auto right = lines(b);
    REQUIRE(left.size() == right.size());
    std::vector<std::size_t> changed;
    for (std::size_t i = 0; i < left.size(); ++i) {
        if (left[i] != right[i]) {
            changed.push_back(i);
        }
    }
    return changed;
}

} // namespace

TEST_CASE("Bundled roadmaps round-trip byte for byte", "[writer][bundled]") {
    for (const char* name : {"roadmaps/ger-2013.roadmap.json", "roadmaps/ger-2018.roadmap.json",
                             "tests/data/every-field.roadmap.json"}) {
        INFO(name);
        const std::string original = readFile(sourcePath(name));
        const Roadmap loaded = parseRoadmapText(original);
        const std::string saved = toCanonicalJson(loaded);
        CHECK(saved == original);
        const Roadmap reloaded = parseRoadmapText(saved);
        CHECK(reloaded == loaded);
        CHECK(toCanonicalJson(reloaded) == saved);
    }
}

TEST_CASE("Any valid layout becomes canonical, and stays so", "[writer]") {
    // The same roadmap written compactly, keys shuffled, defaults spelled out.
    const std::string compact =
        R"({"missions":[{"start":"2030-07","status":"planned","crew":"robotic","destination":)"
        R"("moon","lead":"ESA","name":"Lunar lander","id":"lander","partners":[],"requires":[],)"
        R"("notes":""}],"destinations":[{"name":"Lunar surface","id":"moon"}],"agencies":[{"color":)"
        R"("#003399","country":"Europe","name":"European Space Agency","id":"ESA"}],"asOf":)"
        R"("2013-08","title":"Malformed input","formatVersion":1,"format":"orrery.roadmap"})";
    const std::string first = toCanonicalJson(parseRoadmapText(compact));
    const std::string second = toCanonicalJson(parseRoadmapText(first));
    CHECK(first == second);
    CHECK(first.find("\"partners\"") == std::string::npos);
    CHECK(first.find("\"notes\"") == std::string::npos);
    CHECK(first.back() == '\n');
    // Keys come in the documented order.
    CHECK(first.find("\"format\"") < first.find("\"formatVersion\""));
    CHECK(first.find("\"asOf\"") < first.find("\"agencies\""));
    CHECK(first.find("\"id\": \"lander\"") < first.find("\"name\": \"Lunar lander\""));
    CHECK(first.find("\"name\": \"Lunar lander\"") < first.find("\"start\""));
}

TEST_CASE("Changing one field of a mission changes one line", "[writer]") {
    const Roadmap original = loadRoadmap(sourcePath("roadmaps/ger-2013.roadmap.json"));
    const std::string before = toCanonicalJson(original);

    Roadmap edited = original;
    const std::size_t index = *edited.missions.indexOf("em2");
    Mission mission = edited.missions[index];
    mission.start = *Date::parse("2023");
    edited.missions.replace(index, mission);
    const auto changed = changedLines(before, toCanonicalJson(edited));
    REQUIRE(changed.size() == 1);
    CHECK(lines(toCanonicalJson(edited))[changed[0]] == "      \"start\": \"2023\",");

    Roadmap renamed = original;
    const std::size_t agencyIndex = *renamed.agencies.indexOf("ESA");
    Agency agency = renamed.agencies[agencyIndex];
    agency.color = "#112233";
    renamed.agencies.replace(agencyIndex, agency);
    CHECK(changedLines(before, toCanonicalJson(renamed)).size() == 1);
}

TEST_CASE("Dependency defaults are left out, other values written", "[writer]") {
    const Roadmap roadmap = loadRoadmap(testDataPath("every-field.roadmap.json"));
    const std::string text = toCanonicalJson(roadmap);
    CHECK(text.find("\"type\": \"finish-to-start\"") == std::string::npos);
    CHECK(text.find("\"strength\": \"hard\"") == std::string::npos);
    CHECK(text.find("\"type\": \"start-to-start\"") != std::string::npos);
    CHECK(text.find("\"lagMonths\": -6") != std::string::npos);
    CHECK(text.find("\"strength\": \"soft\"") != std::string::npos);
}

TEST_CASE("Text that is not UTF-8 cannot break a save", "[writer]") {
    Roadmap roadmap = parseRoadmapText(minimalRoadmapText());
    roadmap.title = "Broken \xFF title";
    const std::string text = toCanonicalJson(roadmap);
    const Roadmap reloaded = parseRoadmapText(text);
    CHECK(reloaded.title == "Broken \xEF\xBF\xBD title");
}
