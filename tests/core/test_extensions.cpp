#include "support/testsupport.h"

#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>

using namespace orrery;
using namespace orrery::test;

namespace {

/// A roadmap with an "x-" key in every kind of object the format has.
std::string annotatedRoadmap() {
    auto document = nlohmann::json::parse(readFile(testDataPath("every-field.roadmap.json")));
    const auto annotate = [](nlohmann::json& object, const std::string& where) {
        object["x-where"] = where;
    };
    annotate(document, "roadmap");
    document["x-tool"] = nlohmann::json::parse(R"({"name": "planner", "weights": [1, 2.5, null]})");
    annotate(document.at("agencies").at(0), "agency");
    annotate(document.at("destinations").at(0), "destination");
    annotate(document.at("capabilities").at(0), "capability");
    annotate(document.at("missions").at(1), "mission");
    annotate(document.at("missions").at(1).at("provides").at(0), "grant");
    annotate(document.at("missions").at(2).at("requires").at(1), "prerequisite");
    annotate(document.at("scenarios").at(0), "scenario");
    annotate(document.at("scenarios").at(0).at("changes").at(0), "change");
    annotate(document.at("scenarios").at(0).at("adds").at(0), "added mission");
    annotate(document.at("editions").at(0), "edition");
    annotate(document.at("reviews").at(0), "review");
    annotate(document.at("reviews").at(0).at("contribution"), "contribution");
    annotate(document.at("reviews").at(0).at("decisions").at(1), "decision");
    return document.dump(2);
}

} // namespace

TEST_CASE("Keys starting with x- are kept in every object", "[extensions]") {
    const Roadmap roadmap = parseRoadmapText(annotatedRoadmap());
    CHECK(roadmap.extensions.at("x-where") == "\"roadmap\"");
    CHECK(roadmap.agencies[0].extensions.at("x-where") == "\"agency\"");
    CHECK(roadmap.destinations[0].extensions.at("x-where") == "\"destination\"");
    CHECK(roadmap.capabilities[0].extensions.at("x-where") == "\"capability\"");
    CHECK(roadmap.missions[1].extensions.at("x-where") == "\"mission\"");
    CHECK(roadmap.missions[1].provides[0].extensions.at("x-where") == "\"grant\"");
    CHECK(roadmap.missions[2].prerequisites[1].extensions.at("x-where") == "\"prerequisite\"");
    CHECK(roadmap.scenarios[0].extensions.at("x-where") == "\"scenario\"");
    CHECK(roadmap.scenarios[0].changes[0].extensions.at("x-where") == "\"change\"");
    CHECK(roadmap.scenarios[0].adds[0].extensions.at("x-where") == "\"added mission\"");
    CHECK(roadmap.editions[0].extensions.at("x-where") == "\"edition\"");
    CHECK(roadmap.reviews[0].extensions.at("x-where") == "\"review\"");
    CHECK(roadmap.reviews[0].contribution.extensions.at("x-where") == "\"contribution\"");
    CHECK(roadmap.reviews[0].decisions[1].extensions.at("x-where") == "\"decision\"");
}

TEST_CASE("Extensions are written back with their values unchanged", "[extensions]") {
    const std::string original = annotatedRoadmap();
    const std::string saved = toCanonicalJson(parseRoadmapText(original));

    const auto before = nlohmann::json::parse(original);
    const auto after = nlohmann::json::parse(saved);
    CHECK(after == before);
    CHECK(after.at("x-tool").at("weights").at(1).get<double>() == 2.5);
    // Extensions follow the keys Orrery defines.
    CHECK(saved.find("\"x-where\": \"mission\"") > saved.find("\"references\""));
}

TEST_CASE("A key that is neither defined nor x- is refused by name", "[extensions]") {
    std::string text = minimalRoadmapText();
    text.replace(text.find("\"lead\""), 6, "\"y-lead\": 1, \"lead\"");
    const ReadResult result = parseRoadmap(text, "unknown.json");
    REQUIRE_FALSE(result);
    CHECK(result.error()[0].code == LoadErrorCode::UnknownKey);
    CHECK_THAT(result.error()[0].message, Catch::Contains("\"y-lead\""));
    // "x-" alone is not an extension key: a name must follow.
    text = minimalRoadmapText();
    text.replace(text.find("\"lead\""), 6, "\"x-\": 1, \"lead\"");
    CHECK_FALSE(parseRoadmap(text, "bare.json"));
}

TEST_CASE("Extension numbers a double holds survive a save; others are refused where written",
          "[extensions]") {
    std::string text = test::minimalRoadmapText();
    text.replace(text.find("\"start\": \"2030-07\""), 18,
                 "\"start\": \"2030-07\", \"x-figures\": [1.50, 0.1, 2.5e3, -0, "
                 "18446744073709551615, -9223372036854775808, 1e300]");
    const Roadmap roadmap = test::parseRoadmapText(text);
    const Roadmap again = test::parseRoadmapText(toCanonicalJson(roadmap));
    CHECK(again == roadmap);
    const auto figures = nlohmann::json::parse(again.missions[0].extensions.at("x-figures"));
    CHECK(figures[4].get<std::uint64_t>() == 18446744073709551615ULL);
    CHECK(figures[5].get<std::int64_t>() == std::numeric_limits<std::int64_t>::min());
    CHECK(figures[0].get<double>() == 1.5);

    for (const char* lossy : {"12345678901234567890123", "1e-400", "0.30000000000000000000001"}) {
        INFO(lossy);
        std::string changed = test::minimalRoadmapText();
        changed.replace(changed.find("\"start\": \"2030-07\""), 18,
                        std::string("\"start\": \"2030-07\", \"x-n\": ") + lossy);
        const auto read = parseRoadmap(changed, "lossy.json");
        REQUIRE_FALSE(read);
        CHECK(read.error().front().code == LoadErrorCode::InvalidValue);
        CHECK(read.error().front().line > 0);
    }
}
