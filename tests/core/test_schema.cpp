#include "support/testsupport.h"

#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace orrery;
using namespace orrery::test;

TEST_CASE("The reader enforces the published schema file itself", "[schema]") {
    CHECK(roadmapSchemaText() == readFile(sourcePath("docs/roadmap.schema.json")));
}

TEST_CASE("The schema is draft-07 and describes format versions 1 and 2", "[schema]") {
    const auto schema = nlohmann::json::parse(roadmapSchemaText());
    CHECK(schema.at("$schema").get<std::string>() == "http://json-schema.org/draft-07/schema#");
    CHECK(schema.at("/properties/formatVersion/minimum"_json_pointer).get<int>() == 1);
    CHECK(schema.at("/properties/formatVersion/maximum"_json_pointer).get<int>() == kFormatVersion);
    CHECK(schema.at("/properties/format/const"_json_pointer).get<std::string>() ==
          "orrery.roadmap");
}

TEST_CASE("Every key the writer produces is one the schema defines", "[schema]") {
    // every-field.roadmap.json uses each key of the format at least once.
    const auto schema = nlohmann::json::parse(roadmapSchemaText());
    const auto written = nlohmann::json::parse(
        toCanonicalJson(loadRoadmap(testDataPath("every-field.roadmap.json"))));
    const auto definition = [&](const char* name) -> const nlohmann::json& {
        return schema.at("definitions").at(name).at("properties");
    };
    const auto checkKeys = [](const nlohmann::json& object, const nlohmann::json& properties) {
        for (const auto& [key, value] : object.items()) {
            INFO(key);
            CHECK((properties.contains(key) || key.starts_with("x-")));
        }
    };
    checkKeys(written, schema.at("properties"));
    const auto& contribution = schema.at("properties").at("contribution");
    checkKeys(written.at("contribution"), contribution.at("properties"));
    checkKeys(written.at("contribution").at("baseline"),
              contribution.at("properties").at("baseline").at("properties"));
    checkKeys(written.at("agencies").at(0), definition("agency"));
    checkKeys(written.at("destinations").at(0), definition("destination"));
    checkKeys(written.at("destinations").at(2), definition("destination"));
    checkKeys(written.at("destinations").at(2).at("orbit"), definition("orbit"));
    // ...and every key the schema defines for a destination and an orbit is used.
    for (const auto& [key, value] : definition("destination").items()) {
        INFO(key);
        CHECK((written.at("destinations").at(0).contains(key) ||
               written.at("destinations").at(2).contains(key)));
    }
    for (const auto& [key, value] : definition("orbit").items()) {
        INFO(key);
        CHECK(written.at("destinations").at(2).at("orbit").contains(key));
    }
    checkKeys(written.at("capabilities").at(0), definition("capability"));
    checkKeys(written.at("missions").at(1), definition("mission"));
    checkKeys(written.at("missions").at(1).at("provides").at(0), definition("grant"));
    checkKeys(written.at("missions").at(2).at("requires").at(1), definition("prerequisite"));
    checkKeys(written.at("reviews").at(0), definition("review"));
    // ...and every key the schema defines for a mission is used by the test file.
    for (const auto& [key, value] : definition("mission").items()) {
        INFO(key);
        const bool used = written.at("missions").at(1).contains(key) ||
                          written.at("missions").at(2).contains(key);
        CHECK(used);
    }
}

TEST_CASE("The schema rejects what the documentation says it rejects", "[schema]") {
    const auto variant = [](const std::string& from, const std::string& to) {
        std::string text = minimalRoadmapText();
        text.replace(text.find(from), from.size(), to);
        return parseRoadmap(text, "variant.json");
    };
    CHECK(variant("\"destination\": \"moon\"", "\"destination\": \"moon\", \"x-ok\": 1"));
    CHECK_FALSE(variant("\"id\": \"moon\"", "\"id\": \"-moon\""));
    CHECK_FALSE(variant("\"id\": \"moon\"", "\"id\": \"" + std::string(65, 'm') + "\""));
    CHECK(variant("\"id\": \"moon\"", "\"id\": \"" + std::string(64, 'm') + "\""));
    CHECK_FALSE(variant("\"name\": \"Lunar surface\"", "\"name\": \"Lunar surface\", "
                                                       "\"body\": \"venus\""));
    CHECK(
        variant("\"name\": \"Lunar surface\"", "\"name\": \"Lunar surface\", \"body\": \"moon\""));
    CHECK_FALSE(variant("\"title\": \"Malformed input\"", "\"title\": \"\""));
    CHECK_FALSE(
        variant("\"status\": \"planned\"", "\"status\": \"planned\", \"needs\": [\"a\", \"a\"]"));
}
