// The reader has two paths: a fast one that builds the model straight from simdjson and
// leaves whatever it doubts to the precise one, which finds and places every problem. They
// must decide alike: what the fast path reads, the precise reader reads to the same model;
// what the precise reader refuses, the fast path leaves to it. And the fast path must take
// the files it exists for, or it would only cost time.

#include "io/compiledschema.h"
#include "io/readpaths.h"
#include "support/testsupport.h"

#include <orrery/generator.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace orrery;
using namespace orrery::test;

namespace {

/// Both paths on `text`. Returns whether the fast path read it.
bool bothPathsAgree(const std::string& text, const std::string& label,
                    const ReadLimits& limits = {}) {
    const ReadResult precise = read_paths::readPrecisely(text, label, limits);
    const auto fast = read_paths::readFast(text, text.size(), limits);
    if (fast) {
        INFO(label);
        REQUIRE(precise.has_value());
        REQUIRE(*fast == *precise);
        REQUIRE(fast->readFrom.formatVersion == precise->readFrom.formatVersion);
    }
    // parseRoadmap() is the two together: the same roadmap, or the precise reader's errors.
    const ReadResult combined = parseRoadmap(text, label, limits);
    REQUIRE(combined.has_value() == precise.has_value());
    if (combined) {
        REQUIRE(*combined == *precise);
    } else {
        REQUIRE(combined.error() == precise.error());
    }
    return fast.has_value();
}

std::vector<std::filesystem::path> filesUnder(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
}

} // namespace

TEST_CASE("Both read paths decide alike on every test file and bundled roadmap",
          "[reader][readpaths]") {
    std::size_t files = 0;
    std::size_t readFast = 0;
    for (const auto& folder : {testDataPath(""), sourcePath("roadmaps")}) {
        for (const auto& path : filesUnder(folder)) {
            readFast += bothPathsAgree(readFile(path), path.string()) ? 1 : 0;
            ++files;
        }
    }
    CHECK(files > 40);
    // The valid ones at least: the bundled roadmaps and contributions, minimal, every-field
    // and structure-errors.
    CHECK(readFast >= 8);
}

TEST_CASE("The fast path reads the files it is for, to the same model", "[reader][readpaths]") {
    SECTION("the bundled roadmaps and contributions, and the test files of every field") {
        for (const auto& path :
             {sourcePath("roadmaps/ger-2013.roadmap.json"),
              sourcePath("roadmaps/ger-2018.roadmap.json"), testDataPath("minimal.roadmap.json"),
              testDataPath("every-field.roadmap.json"),
              testDataPath("version-1/every-field.roadmap.json"),
              testDataPath("conflicted.roadmap.json"),
              testDataPath("structure-errors.roadmap.json")}) {
            INFO(path.string());
            CHECK(bothPathsAgree(readFile(path), path.string()));
        }
        for (const auto& path : filesUnder(sourcePath("roadmaps/contributions"))) {
            INFO(path.string());
            CHECK(bothPathsAgree(readFile(path), path.string()));
        }
    }
    SECTION("generated roadmaps of several seeds, with and without cycles") {
        for (std::uint64_t seed : {1U, 7U, 2026U}) {
            for (std::size_t cycles : {0U, 3U}) {
                const auto text = toCanonicalJson(generateRoadmap({400, seed, cycles}));
                INFO("seed " << seed << ", cycles " << cycles);
                CHECK(bothPathsAgree(text, "generated"));
            }
        }
    }
    SECTION("what a writer other than Orrery may do: any key order, other spacing, CRLF, "
            "escapes, extensions of every kind") {
        std::string text = minimalRoadmapText();
        // One line, CRLF elsewhere: whitespace is whitespace.
        text =
            replaced(text, "\"format\": \"orrery.roadmap\",", "\"format\":\"orrery.roadmap\",\r\n");
        // Members in another order than the canonical one.
        text = replaced(
            text, "\"title\": ",
            "\"x-first\": {\"b\": [1, 2.50, -0, true, null], \"a\": \"\"},\n  \"title\": ");
        text = replaced(text, "\"Lunar lander\"",
                        "\"Lunar \\\"Eagle\\\" lander\\n\\twith a \\\\ slash\"");
        const auto fast = read_paths::readFast(text, text.size(), {});
        REQUIRE(fast.has_value());
        CHECK(fast->missions[0].name == "Lunar \"Eagle\" lander\n\twith a \\ slash");
        CHECK(fast->extensions.at("x-first") == R"({"a":"","b":[1,2.5,0,true,null]})");
        CHECK(bothPathsAgree(text, "other writer"));
    }
}

TEST_CASE("The fast path leaves to the precise reader what it doubts", "[reader][readpaths]") {
    const std::string minimal = minimalRoadmapText();
    REQUIRE(read_paths::readFast(minimal, minimal.size(), {}).has_value());

    struct Case {
        const char* what;
        std::string text;
        bool preciseReads;
    };
    const std::vector<Case> cases = {
        // Files the precise reader reads, which the fast path does not try.
        {"an escaped code point", replaced(minimal, "\"Lunar lander\"", "\"Lunar \\u00e9\""), true},
        {"a byte-order mark", "\xEF\xBB\xBF" + minimal, true},
        // Files the precise reader refuses.
        {"a key given twice",
         replaced(minimal, "\"title\": ", "\"title\": \"Once\",\n  \"title\": "), false},
        {"an extension given twice",
         replaced(minimal, "\"title\": ", "\"x-a\": 1, \"x-a\": 2,\n  \"title\": "), false},
        {"an unknown key", replaced(minimal, "\"title\": ", "\"colour\": 1,\n  \"title\": "),
         false},
        {"a date the calendar lacks", replaced(minimal, "\"2030-07\"", "\"2031-02-30\""), false},
        {"a date of the wrong form", replaced(minimal, "\"2030-07\"", "\"2030-1\""), false},
        {"an empty name", replaced(minimal, "\"Lunar lander\"", "\"\""), false},
        {"an id with a space", replaced(minimal, "\"lander\"", "\"lunar lander\""), false},
        {"a status not in the list", replaced(minimal, "\"planned\"", "\"hoped-for\""), false},
        {"a required key missing", replaced(minimal, "\"crew\": \"robotic\",", ""), false},
        {"a newer format", replaced(minimal, "\"formatVersion\": 1", "\"formatVersion\": 3"),
         false},
        {"a whole number written as a fraction",
         replaced(minimal, "\"formatVersion\": 1", "\"formatVersion\": 1.0"), false},
        {"text after the roadmap", minimal + "{}", false},
        {"a NUL byte", minimal + std::string(1, '\0'), false},
        {"an extension number a double cannot hold",
         replaced(minimal, "\"title\": ", "\"x-big\": 12345678901234567890123,\n  \"title\": "),
         false},
        {"an extension number too large for any value",
         replaced(minimal, "\"title\": ", "\"x-big\": [1e400],\n  \"title\": "), false},
        {"a raw control character in a string",
         replaced(minimal, "\"Lunar lander\"", "\"Lunar\tlander\""), false},
        {"a trailing comma", replaced(minimal, "\"robotic\",", "\"robotic\",,"), false},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        CHECK_FALSE(read_paths::readFast(c.text, c.text.size(), {}).has_value());
        CHECK(read_paths::readPrecisely(c.text, "case", {}).has_value() == c.preciseReads);
        bothPathsAgree(c.text, c.what);
    }

    SECTION("an orbit that is not an ellipse, and launch limits out of range") {
        const std::string every = readFile(testDataPath("every-field.roadmap.json"));
        REQUIRE(read_paths::readFast(every, every.size(), {}).has_value());
        struct Bad {
            std::string text;
            const char* pointer;
        };
        const std::vector<Bad> bad = {
            {replaced(every, "\"eccentricity\": 0.2037450762416414", "\"eccentricity\": 1"),
             "/destinations/2/orbit"},
            {replaced(every, "\"semiMajorAxis\": 1.126391025894812", "\"semiMajorAxis\": 0"),
             "/destinations/2/orbit"},
            {replaced(every, "\"c3Limit\": 22.5", "\"c3Limit\": -1"), "/destinations/0/c3Limit"},
            {replaced(every, "\"c3Limit\": 15.25", "\"c3Limit\": \"15\""), "/missions/1/c3Limit"},
            {replaced(every, "\"c3Limit\": 15.25", "\"c3Limit\": 0"), "/missions/1/c3Limit"},
            // Null lets a scenario's change fall back to the destination; a mission has none.
            {replaced(every, "\"c3Limit\": 15.25", "\"c3Limit\": null"), "/missions/1/c3Limit"},
            {replaced(every, "\"epoch\": 2455562.5,", ""), "/destinations/2/orbit"}};
        // JPL writes elements to 17 digits, more than a double keeps: read as the nearest.
        const std::string seventeen = replaced(every, "66.22306084084298", "66.223060840842984");
        const auto read = read_paths::readPrecisely(seventeen, "seventeen", {});
        REQUIRE(read.has_value());
        CHECK(read->destinations.find("bennu")->orbit->elements.argumentOfPerihelion ==
              66.223060840842984);
        CHECK(bothPathsAgree(seventeen, "seventeen digits"));
        // In an extension, where values come back as written, it is refused as before.
        CHECK_FALSE(read_paths::readPrecisely(
            replaced(every, "\"x-uncertainty\": \"1-sigma below 1e-9 au\"",
                     "\"x-uncertainty\": 66.223060840842984"),
            "extension", {}));
        for (const Bad& c : bad) {
            INFO(c.pointer);
            CHECK_FALSE(read_paths::readFast(c.text, c.text.size(), {}).has_value());
            const auto precise = read_paths::readPrecisely(c.text, "case", {});
            REQUIRE_FALSE(precise.has_value());
            CHECK(precise.error().front().pointer == c.pointer);
        }
    }

    SECTION("a depth limit tighter than a roadmap's own nesting is the precise reader's") {
        ReadLimits shallow;
        shallow.maxDepth = 2;
        CHECK_FALSE(read_paths::readFast(minimal, minimal.size(), shallow).has_value());
        CHECK_FALSE(read_paths::readPrecisely(minimal, "shallow", shallow).has_value());
    }
}

TEST_CASE("Both read paths decide alike on mutations of a real roadmap", "[reader][readpaths]") {
    // The differential fuzz target does this for hours; here a fixed sample runs every time.
    const std::string original = readFile(sourcePath("roadmaps/ger-2018.roadmap.json"));
    std::mt19937 random(20180101);
    const std::string alphabet = "{}[]\",:0123456789-eE.truefalsnulx \\\n\t\xFF\xC3";
    std::size_t readFast = 0;
    for (int round = 0; round < 1500; ++round) {
        std::string text = original;
        const int edits = 1 + static_cast<int>(random() % 3);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t at = random() % text.size();
            switch (random() % 3) {
            case 0:
                text[at] = alphabet[random() % alphabet.size()];
                break;
            case 1:
                text.insert(at, 1, alphabet[random() % alphabet.size()]);
                break;
            default:
                text.erase(at, 1 + random() % 8);
                break;
            }
        }
        readFast += bothPathsAgree(text, "mutated") ? 1 : 0;
    }
    // Some edits land in names and notes and leave a valid file: those the fast path reads.
    CHECK(readFast > 50);
}

namespace {

/// The shipped schema with one change made by `edit`, as text.
std::string schemaWith(const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json schema = nlohmann::json::parse(roadmapSchemaText());
    edit(schema);
    return schema.dump();
}

} // namespace

TEST_CASE("The compiled schema refuses what it would not check as valijson does",
          "[reader][readpaths]") {
    const auto shipped = compiled_schema::compileSchema(roadmapSchemaText());
    REQUIRE(shipped.root);
    CHECK(shipped.unsupported.empty());

    using nlohmann::json;
    const auto agency = json::json_pointer("/definitions/agency");
    const std::vector<std::pair<const char*, std::string>> refused = {
        {"constraint on members matching", schemaWith([&](json& s) {
             s[agency]["patternProperties"]["^x-."] = {{"enum", {"ok"}}};
         })},
        {"constraint on members matching", schemaWith([&](json& s) {
             s[agency]["patternProperties"]["^x-b"] = {{"type", "string"}};
         })},
        {"uniqueItems on a list of other than text",
         schemaWith([](json& s) { s["properties"]["agencies"]["uniqueItems"] = true; })},
        {"(.)",
         schemaWith([&](json& s) { s[agency]["properties"]["color"]["pattern"] = "^#.{6}$"; })},
        {"(\\s)", schemaWith([&](json& s) {
             s[agency]["properties"]["color"]["pattern"] = "^#\\s?[0-9A-Fa-f]{6}$";
         })},
        {"the keyword \"maxItems\"",
         schemaWith([](json& s) { s["properties"]["agencies"]["maxItems"] = 3; })},
    };
    for (const auto& [reason, text] : refused) {
        INFO(reason);
        const auto compiled = compiled_schema::compileSchema(text);
        CHECK_FALSE(compiled.root);
        CHECK_THAT(compiled.unsupported, Catch::Contains(reason));
    }
    // A "." inside a class is itself, as both read it.
    CHECK(compiled_schema::compileSchema(schemaWith([&](json& s) {
              s[agency]["properties"]["color"]["pattern"] = "^#[0-9A-Fa-f.]{6}$";
          })).root);
}

TEST_CASE("A size limit of everything reads files as any other", "[reader][readpaths]") {
    ReadLimits unlimited;
    unlimited.maxFileBytes = std::numeric_limits<std::size_t>::max();
    const auto loaded = readRoadmapFile(testDataPath("minimal.roadmap.json"), unlimited);
    REQUIRE(loaded.has_value());
    CHECK(loaded->missions.size() == 1);
}
