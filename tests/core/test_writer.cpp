#include "support/testsupport.h"

#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>

#include <array>
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

namespace {

/// A roadmap with extensions at every depth and strings that need escaping.
Roadmap withEverythingToEscape() {
    Roadmap roadmap = loadRoadmap(testDataPath("every-field.roadmap.json"));
    // In the model's form: nlohmann/json's compact text, keys sorted.
    roadmap.extensions["x-top"] = R"({"a":null,"b":[1,{"c":[[],{}],"d":"\u0001\"\\"}]})";
    Mission mission = roadmap.missions[0];
    mission.name = "Name with \"quotes\", a \\, \xC3\xA9, \xE2\x80\xA8 and a\ttab";
    mission.extensions["x-deep"] = R"([{"z":{"y":[1,2.5,{"w":"tab\there"}]}}])";
    mission.prerequisites.push_back({"other",
                                     DependencyType::StartToStart,
                                     -3,
                                     DependencyStrength::Soft,
                                     {{"x-r", R"({"k":[]})"}}});
    roadmap.missions.replace(0, std::move(mission));
    return roadmap;
}

std::string sha256Of(std::string_view text) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    REQUIRE(EVP_Digest(text.data(), text.size(), digest.data(), &length, EVP_sha256(), nullptr) ==
            1);
    std::string hex = "sha256:";
    for (unsigned int i = 0; i < length; ++i) {
        hex += fmt::format("{:02x}", digest[i]);
    }
    return hex;
}

} // namespace

TEST_CASE("The canonical text is what nlohmann/json's pretty-printer makes of it", "[writer]") {
    // The writer streams the text from the model; nlohmann/json judges its layout.
    std::vector<Roadmap> roadmaps = {loadRoadmap(sourcePath("roadmaps/ger-2013.roadmap.json")),
                                     loadRoadmap(sourcePath("roadmaps/ger-2018.roadmap.json")),
                                     withEverythingToEscape(),
                                     parseRoadmapText(minimalRoadmapText())};
    roadmaps.back().missions = {};
    roadmaps.back().agencies = {};
    for (const Roadmap& roadmap : roadmaps) {
        const std::string text = toCanonicalJson(roadmap);
        const auto document = nlohmann::ordered_json::parse(text);
        CHECK(text == document.dump(2) + "\n");
        CHECK(parseRoadmapText(text) == roadmap);
    }
}

TEST_CASE("The content fingerprint is the SHA-256 of the canonical text without the review "
          "record",
          "[writer]") {
    for (const auto& path :
         {sourcePath("roadmaps/ger-2013.roadmap.json"),
          sourcePath("roadmaps/contributions/esa-2016.contribution.roadmap.json"),
          testDataPath("every-field.roadmap.json")}) {
        INFO(path.string());
        const Roadmap roadmap = loadRoadmap(path);
        Roadmap content = roadmap;
        content.reviews.clear();
        content.contribution.reset();
        CHECK(contentFingerprint(roadmap) == sha256Of(toCanonicalJson(content)));
    }
    SECTION("a roadmap version 1 can hold is fingerprinted in its version 1 form") {
        // As Orrery wrote it before version 2: a contribution's baseline names it so.
        const Roadmap roadmap = loadRoadmap(testDataPath("version-1/every-field.roadmap.json"));
        Roadmap content = roadmap;
        content.reviews.clear();
        content.contribution.reset();
        std::string versionOne = toCanonicalJson(content);
        const auto replace = [&versionOne](std::string_view from, std::string_view to) {
            const auto at = versionOne.find(from);
            REQUIRE(at != std::string::npos);
            versionOne.replace(at, from.size(), to);
        };
        replace("\"formatVersion\": 2,", "\"formatVersion\": 1,");
        replace("\n  \"goals\": [],\n  \"objectives\": [],\n  \"knowledgeGaps\": [],", "");
        CHECK(contentFingerprint(roadmap) == sha256Of(versionOne));
        CHECK(contentFingerprint(roadmap) != sha256Of(toCanonicalJson(content)));
        // One objective makes it a version 2 roadmap, fingerprinted as it is written.
        Roadmap withGoal = content;
        withGoal.goals.append({"g", "A goal", {}, {}, {}});
        CHECK(contentFingerprint(withGoal) == sha256Of(toCanonicalJson(withGoal)));
    }
    // Larger than the writer's pieces, so that hashing piece by piece is what is checked.
    const Roadmap large = withEverythingToEscape();
    Roadmap grown = large;
    grown.reviews.clear();
    grown.contribution.reset();
    for (int i = 0; i < 400; ++i) {
        Mission copy = grown.missions[0];
        copy.id = "copy-" + std::to_string(i);
        grown.missions.append(std::move(copy));
    }
    REQUIRE(toCanonicalJson(grown).size() > 3 * (std::size_t{64} << 10));
    CHECK(contentFingerprint(grown) == sha256Of(toCanonicalJson(grown)));
}
