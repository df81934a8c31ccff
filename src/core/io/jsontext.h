#pragma once

// Positions in JSON text. nlohmann/json parses but does not say where a value stood, and a
// planner needs "line 12, column 5" to find a problem in a file. These functions walk the
// raw text: positionOf() turns a byte offset into a line and column; locate() finds the
// value (or key) that a JSON pointer names; scanStructure() finds what nlohmann/json would
// accept silently but the reader must not (nesting too deep, keys given twice).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orrery::json_text {

struct TextPosition {
    int line = 0;   ///< 1-based
    int column = 0; ///< 1-based, in Unicode code points
};

/// Line and column of a byte offset. A leading byte-order mark does not count as a column.
TextPosition positionOf(std::string_view text, std::size_t offset);

/// Where a JSON pointer leads in well-formed JSON text: the offset of the member's key (for
/// object members) and of the value. When the pointer names a member that does not exist,
/// the result is the place of the deepest value that does exist (the object that lacks it).
struct Location {
    std::optional<std::size_t> keyOffset;
    std::size_t valueOffset = 0;
    bool exact = false;
};
Location locate(std::string_view text, std::string_view pointer);

struct DuplicateKey {
    std::string pointer; ///< of the second occurrence
    std::size_t offset = 0;
};

/// A number written so that a double cannot hold it: reading would change its value
/// ("12345678901234567890123" would become 1.2345678901234568e+22, "1e-400" 0).
struct LossyNumber {
    std::size_t offset = 0;
    std::string written;
    std::string becomes;
    std::string pointer;
};

struct StructureScan {
    /// Offset of the first bracket that opens a level deeper than allowed.
    std::optional<std::size_t> tooDeepAt;
    std::vector<DuplicateKey> duplicateKeys;
    /// Numbers that would not be read as written (whole numbers that fit 64 bits are), in
    /// the scope asked for.
    std::vector<LossyNumber> lossyNumbers;
};

/// One pass over the text. Tolerates malformed JSON (it stops where the text stops making
/// sense; the parser reports that), so it can run before parsing.
/// Where a number read otherwise than written matters: in an extension's value, which is
/// promised back unchanged; the format's own numbers (orbital elements, limits) are read as
/// the nearest double, as JPL's 17-digit elements must be.
enum class LossyScope { Everywhere, UnderExtensionKeys };
StructureScan scanStructure(std::string_view text, int maxDepth, std::size_t maxReports,
                            LossyScope lossyScope = LossyScope::Everywhere);

/// Where a number written as `literal` ("1e400") first stands as a value or in an array,
/// outside strings; none when it does not.
std::optional<std::size_t> findNumber(std::string_view text, std::string_view literal);

/// The text with every byte that is not part of valid UTF-8 written as "\xFF", so that a
/// message quoting broken input can itself be printed and put into JSON.
std::string printableUtf8(std::string_view text);

/// "/missions/3/start" from path tokens, escaping "~" and "/" as RFC 6901 requires.
std::string makePointer(const std::vector<std::string>& tokens);
/// The unescaped tokens of a pointer.
std::vector<std::string> splitPointer(std::string_view pointer);

} // namespace orrery::json_text
