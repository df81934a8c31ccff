// Bad input must give a clear error that says what and where, and nothing may crash or hang
// the reader. The cases in tests/data/malformed/ are variations of minimal.roadmap.json;
// expected.json gives for each the code, line, column, JSON pointer and a phrase of the
// message (worked out from the file, not from the reader's output).

#include "support/testsupport.h"

#include <orrery/io/reader.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <random>

using namespace orrery;
using namespace orrery::test;

namespace {

LoadError onlyError(const ReadResult& result) {
    REQUIRE_FALSE(result.has_value());
    for (const LoadError& error : result.error()) {
        UNSCOPED_INFO(error.describe());
    }
    REQUIRE(result.error().size() == 1);
    return result.error().front();
}

std::string withMissionName(std::string_view name) {
    std::string text = minimalRoadmapText();
    const std::string original = "\"Lunar lander\"";
    text.replace(text.find(original), original.size(), std::string(name));
    return text;
}

} // namespace

TEST_CASE("Every malformed file is refused with its code and place", "[reader][malformed]") {
    const auto expectations =
        nlohmann::json::parse(readFile(testDataPath("malformed/expected.json")));
    REQUIRE(expectations.size() >= 25);
    for (const auto& [name, expected] : expectations.items()) {
        DYNAMIC_SECTION(name) {
            const auto path = testDataPath("malformed/" + name + ".roadmap.json");
            const ReadResult result = readRoadmapFile(path);
            const LoadError error = onlyError(result);
            CHECK(toString(error.code) == expected.at("code").get<std::string>());
            CHECK(error.line == expected.at("line").get<int>());
            CHECK(error.column == expected.at("column").get<int>());
            CHECK(error.pointer == expected.at("pointer").get<std::string>());
            CHECK_THAT(error.message,
                       Catch::Contains(expected.at("messageContains").get<std::string>()));
            CHECK(error.file == path.string());
            // The one-line form names the file and place, as compilers do.
            CHECK_THAT(error.describe(),
                       Catch::StartsWith(path.string() + ":" + std::to_string(error.line)));
        }
    }
}

TEST_CASE("Every malformed case file has an expectation", "[reader][malformed]") {
    const auto expectations =
        nlohmann::json::parse(readFile(testDataPath("malformed/expected.json")));
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(testDataPath("malformed"))) {
        if (entry.path().string().ends_with(".roadmap.json")) {
            ++files;
            const std::string stem = entry.path().filename().string();
            CHECK(expectations.contains(stem.substr(0, stem.size() - 13)));
        }
    }
    CHECK(files == expectations.size());
}

TEST_CASE("The minimal roadmap the cases vary is itself valid", "[reader][malformed]") {
    const Roadmap roadmap = parseRoadmapText(minimalRoadmapText());
    CHECK(roadmap.missions.size() == 1);
}

TEST_CASE("Several problems are reported together, in file order", "[reader][malformed]") {
    std::string text = minimalRoadmapText();
    text.replace(text.find("\"robotic\""), 9, "\"crewed\"");
    text.replace(text.find("\"2030-07\""), 9, "\"2030-13\"");
    text.replace(text.find("\"#003399\""), 9, "\"blue\"");
    const ReadResult result = parseRoadmap(text, "several.roadmap.json");
    REQUIRE_FALSE(result);
    REQUIRE(result.error().size() == 3);
    CHECK(result.error()[0].pointer == "/agencies/0/color");
    CHECK(result.error()[1].pointer == "/missions/0/crew");
    CHECK(result.error()[2].pointer == "/missions/0/start");
    CHECK(result.error()[2].code == LoadErrorCode::BadDate);
}

TEST_CASE("The number of reported problems is capped", "[reader][malformed]") {
    std::string text = R"({"format":"orrery.roadmap","formatVersion":1,"title":"T","asOf":"2013",
        "agencies":[],"destinations":[],"missions":[)";
    for (int i = 0; i < 500; ++i) {
        text += std::string(i ? "," : "") + "{\"id\":\"m" + std::to_string(i) + "\"}";
    }
    text += "]}";
    ReadLimits limits;
    limits.maxErrors = 20;
    const ReadResult result = parseRoadmap(text, "many.json", limits);
    REQUIRE_FALSE(result);
    CHECK(result.error().size() == 20);
}

TEST_CASE("Deep nesting is refused, not followed", "[reader][malformed]") {
    std::string text = minimalRoadmapText();
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    text.replace(text.find("\"Lunar lander\""), 14, "\"Lunar lander\", \"x-deep\": " + deep);
    const LoadError error = onlyError(parseRoadmap(text, "deep.json"));
    CHECK(error.code == LoadErrorCode::TooDeep);
    CHECK(error.line == 15);
}

TEST_CASE("Nesting inside the limit is kept in extensions", "[reader][malformed]") {
    std::string text = minimalRoadmapText();
    const std::string nested = std::string(50, '[') + "1" + std::string(50, ']');
    text.replace(text.find("\"Lunar lander\""), 14, "\"Lunar lander\", \"x-nested\": " + nested);
    const Roadmap roadmap = parseRoadmapText(text);
    CHECK(roadmap.missions[0].extensions.at("x-nested").size() == 101);
}

TEST_CASE("Files larger than the limit are refused before parsing", "[reader][malformed]") {
    ReadLimits limits;
    limits.maxFileBytes = 1000;
    const std::string text = minimalRoadmapText() + std::string(2000, ' ');
    const LoadError error = onlyError(parseRoadmap(text, "large.json", limits));
    CHECK(error.code == LoadErrorCode::FileTooLarge);

    TemporaryDirectory folder;
    writeFile(folder / "large.roadmap.json", text);
    const LoadError fileError = onlyError(readRoadmapFile(folder / "large.roadmap.json", limits));
    CHECK(fileError.code == LoadErrorCode::FileTooLarge);

    // A device or a pipe has no size to check first: the limit holds while reading, where
    // /dev/zero used to be read until memory ran out.
    if (std::filesystem::exists("/dev/zero")) {
        const LoadError endless = onlyError(readRoadmapFile("/dev/zero", limits));
        CHECK(endless.code == LoadErrorCode::FileTooLarge);
        CHECK_THAT(endless.message, Catch::Contains("more than the 1000 bytes"));
    }
}

TEST_CASE("A byte-order mark and CRLF line ends are accepted", "[reader][malformed]") {
    std::string text = minimalRoadmapText();
    std::string crlf;
    for (const char c : text) {
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    }
    const Roadmap roadmap = parseRoadmapText("\xEF\xBB\xBF" + crlf);
    CHECK(roadmap.missions[0].name == "Lunar lander");

    // ...and errors in such a file still point at the right place.
    crlf.replace(crlf.find("\"2030-07\""), 9, "\"2030-13\"");
    const LoadError error = onlyError(parseRoadmap("\xEF\xBB\xBF" + crlf, "bom.json"));
    CHECK(error.line == 20);
    CHECK(error.column == 16);
}

TEST_CASE("Unusual Unicode is text like any other", "[reader][malformed]") {
    // Emoji, right-to-left text, combining marks, an escaped NUL and a non-BMP escape.
    const std::string name = "\"\xF0\x9F\x9A\x80 \xD7\x9E\xD7\xA9\xD7\x99\xD7\x9E\xD7\x94 "
                             "e\xCC\x81 \\u0000 \\ud83d\\ude80\"";
    const Roadmap roadmap = parseRoadmapText(withMissionName(name));
    const std::string& parsed = roadmap.missions[0].name;
    CHECK(parsed.find("\xF0\x9F\x9A\x80") == 0);
    CHECK(parsed.find(std::string(1, '\0')) != std::string::npos);
    CHECK(parsed.size() > 20);
}

TEST_CASE("A huge value gives an error, not a crash", "[reader][malformed]") {
    std::string text = minimalRoadmapText();
    const std::string hugeId = std::string(5 * 1024 * 1024, 'a');
    text.replace(text.find("\"lander\""), 8, "\"" + hugeId + "\"");
    const LoadError error = onlyError(parseRoadmap(text, "huge.json"));
    CHECK(error.code == LoadErrorCode::InvalidValue);
    CHECK(error.pointer == "/missions/0/id");
    // The message quotes only the beginning of the value.
    CHECK(error.message.size() < 300);
}

TEST_CASE("Missing files and folders give file errors", "[reader][malformed]") {
    TemporaryDirectory folder;
    const LoadError missing = onlyError(readRoadmapFile(folder / "absent.roadmap.json"));
    CHECK(missing.code == LoadErrorCode::FileNotFound);
    CHECK(missing.line == 0);

    const LoadError directory = onlyError(readRoadmapFile(folder.path()));
    CHECK(directory.code == LoadErrorCode::FileUnreadable);
}

TEST_CASE("No mutation of a valid file crashes the reader", "[reader][malformed]") {
    // Truncations, byte flips, insertions and deletions at random places: every outcome
    // must be a roadmap or errors that say where, never a crash (the asan build checks
    // memory errors along the way).
    const std::string original = readFile(sourcePath("roadmaps/ger-2013.roadmap.json"));
    std::mt19937 random(20130820);
    const std::string alphabet = "{}[]\",:0123456789-eE.truefalsnul \\\n\xFF\xC3";
    for (int round = 0; round < 2000; ++round) {
        std::string text = original;
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const std::size_t at = random() % text.size();
            switch (random() % 4) {
            case 0:
                text.resize(at);
                break;
            case 1:
                text[at] = alphabet[random() % alphabet.size()];
                break;
            case 2:
                text.insert(at, 1, alphabet[random() % alphabet.size()]);
                break;
            default:
                text.erase(at, 1 + random() % 40);
                break;
            }
        }
        const ReadResult result = parseRoadmap(text, "mutated.json");
        if (!result) {
            REQUIRE_FALSE(result.error().empty());
            for (const LoadError& error : result.error()) {
                REQUIRE_FALSE(error.message.empty());
                REQUIRE(error.line >= 1);
                REQUIRE(error.column >= 1);
            }
        }
    }
}
