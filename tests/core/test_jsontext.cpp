#include "io/jsontext.h"

#include <catch2/catch.hpp>

using namespace orrery::json_text;

TEST_CASE("Offsets become lines and columns counted in characters", "[jsontext]") {
    const std::string text = "{\n  \"name\": \"Chang\xE2\x80\x99"
                             "e 3\", \"x\": 1\n}";
    const auto position = positionOf(text, text.find("\"x\""));
    CHECK(position.line == 2);
    // The curly apostrophe is three bytes but one column.
    CHECK(position.column == 24);
    CHECK(positionOf(text, 0).line == 1);
    CHECK(positionOf(text, 0).column == 1);
}

TEST_CASE("A byte-order mark is not a column, and CRLF ends lines", "[jsontext]") {
    const std::string text = "\xEF\xBB\xBF{\r\n  \"a\": 1\r\n}";
    CHECK(positionOf(text, 3).column == 1);
    const auto position = positionOf(text, text.find("\"a\""));
    CHECK(position.line == 2);
    CHECK(position.column == 3);
}

TEST_CASE("Pointers locate keys and values in the text", "[jsontext]") {
    const std::string text = R"({ "missions": [ {"id": "a"}, { "id": "b", "start": "2030" } ],
  "a/b": { "c~d": [1, [2, 3]] } })";
    const auto start = locate(text, "/missions/1/start");
    REQUIRE(start.exact);
    CHECK(text.substr(start.valueOffset, 6) == "\"2030\"");
    REQUIRE(start.keyOffset);
    CHECK(text.substr(*start.keyOffset, 7) == "\"start\"");

    const auto escaped = locate(text, "/a~1b/c~0d/1/0");
    REQUIRE(escaped.exact);
    CHECK(text[escaped.valueOffset] == '2');

    const auto whole = locate(text, "");
    CHECK(whole.exact);
    CHECK(whole.valueOffset == 0);
}

TEST_CASE("A pointer to something missing leads to its nearest existing parent", "[jsontext]") {
    const std::string text = R"({ "missions": [ { "id": "a" } ] })";
    const auto missing = locate(text, "/missions/0/start");
    CHECK_FALSE(missing.exact);
    CHECK(text[missing.valueOffset] == '{');
    CHECK(missing.valueOffset == text.find("{ \"id\""));

    const auto outOfRange = locate(text, "/missions/4");
    CHECK_FALSE(outOfRange.exact);
    CHECK(text[outOfRange.valueOffset] == '[');
}

TEST_CASE("Keys given twice are found with their path", "[jsontext]") {
    const std::string text =
        R"({ "a": 1, "list": [ {}, { "k": 1, "k": 2 } ], "nested": { "\u0061": 1, "a": 2 }, "a": 3 })";
    const auto scan = scanStructure(text, 64, 10);
    CHECK_FALSE(scan.tooDeepAt);
    REQUIRE(scan.duplicateKeys.size() == 3);
    CHECK(scan.duplicateKeys[0].pointer == "/list/1/k");
    CHECK(text.substr(scan.duplicateKeys[0].offset, 3) == "\"k\"");
    // Escapes are resolved before comparing: "\u0061" is "a".
    CHECK(scan.duplicateKeys[1].pointer == "/nested/a");
    CHECK(scan.duplicateKeys[2].pointer == "/a");
}

TEST_CASE("Duplicate detection stays linear in objects with many keys", "[jsontext]") {
    std::string text = "{";
    for (int i = 0; i < 20000; ++i) {
        text += "\"k" + std::to_string(i) + "\": 0, ";
    }
    text += "\"k5\": 1}";
    const auto scan = scanStructure(text, 64, 10);
    REQUIRE(scan.duplicateKeys.size() == 1);
    CHECK(scan.duplicateKeys[0].pointer == "/k5");
}

TEST_CASE("Nesting beyond the limit is found without recursion", "[jsontext]") {
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    const auto scan = scanStructure(deep, 64, 10);
    REQUIRE(scan.tooDeepAt);
    CHECK(*scan.tooDeepAt == 64);
    const std::string inString = "{\"a\": \"[[[[[[[[[[\"}";
    CHECK_FALSE(scanStructure(inString, 2, 10).tooDeepAt);
}

TEST_CASE("Broken UTF-8 becomes printable", "[jsontext]") {
    CHECK(printableUtf8("plain") == "plain");
    CHECK(printableUtf8("Chang\xE2\x80\x99"
                        "e") == "Chang\xE2\x80\x99"
                                "e");
    CHECK(printableUtf8("a\xFF"
                        "b") == "a\\xFFb");
    CHECK(printableUtf8("\xE2\x80") == "\\xE2\\x80");          // truncated sequence
    CHECK(printableUtf8("\xED\xA0\x80") == "\\xED\\xA0\\x80"); // UTF-16 surrogate
    CHECK(printableUtf8("\xC0\xAF") == "\\xC0\\xAF");          // overlong
}

TEST_CASE("Pointer tokens are escaped and unescaped as RFC 6901 says", "[jsontext]") {
    CHECK(makePointer({"a/b", "c~d", "0"}) == "/a~1b/c~0d/0");
    CHECK(splitPointer("/a~1b/c~0d/0") == std::vector<std::string>{"a/b", "c~d", "0"});
    CHECK(splitPointer("").empty());
    CHECK(splitPointer("/") == std::vector<std::string>{""});
}
