#include "jsontext.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <unordered_set>

namespace orrery::json_text {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::size_t kNotFound = std::string_view::npos;

std::size_t skipByteOrderMark(std::string_view text) {
    return text.substr(0, 3) == kByteOrderMark ? 3 : 0;
}

bool isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t skipWhitespace(std::string_view text, std::size_t pos) {
    while (pos < text.size() && isWhitespace(text[pos])) {
        ++pos;
    }
    return pos;
}

/// From an opening quote to just past the closing one; kNotFound if unterminated.
std::size_t skipString(std::string_view text, std::size_t pos) {
    for (++pos; pos < text.size(); ++pos) {
        if (text[pos] == '\\') {
            ++pos;
        } else if (text[pos] == '"') {
            return pos + 1;
        }
    }
    return kNotFound;
}

/// The text of a string token without quotes, with escapes resolved. Keys almost never
/// hold escapes, so the parser is only asked when one does.
std::string decodeString(std::string_view token) {
    const std::string_view inner = token.substr(1, token.size() - 2);
    if (inner.find('\\') == std::string_view::npos) {
        return std::string(inner);
    }
    const auto decoded = nlohmann::json::parse(token, nullptr, false);
    return decoded.is_string() ? decoded.get<std::string>() : std::string(inner);
}

/// Past the value starting at `pos`; kNotFound if the text ends first. Iterative, so deep
/// nesting cannot overflow the stack.
std::size_t skipValue(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) {
        return kNotFound;
    }
    if (text[pos] == '"') {
        return skipString(text, pos);
    }
    if (text[pos] != '{' && text[pos] != '[') {
        while (pos < text.size() && !isWhitespace(text[pos]) && text[pos] != ',' &&
               text[pos] != '}' && text[pos] != ']') {
            ++pos;
        }
        return pos;
    }
    int depth = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        if (c == '"') {
            pos = skipString(text, pos);
            if (pos == kNotFound) {
                return kNotFound;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                return pos + 1;
            }
        }
        ++pos;
    }
    return kNotFound;
}

struct ObjectKeys {
    // Roadmap objects have a handful of keys: a short list beats hashing. A set takes over
    // for the rare object with many keys, so that no input makes the scan quadratic.
    static constexpr std::size_t kListLimit = 24;
    std::vector<std::string> list;
    std::unordered_set<std::string> set;

    bool insert(std::string key) {
        if (!set.empty()) {
            return set.insert(std::move(key)).second;
        }
        if (std::find(list.begin(), list.end(), key) != list.end()) {
            return false;
        }
        list.push_back(std::move(key));
        if (list.size() > kListLimit) {
            set.insert(std::make_move_iterator(list.begin()), std::make_move_iterator(list.end()));
            list.clear();
        }
        return true;
    }
};

struct Frame {
    bool isObject = false;
    bool expectingKey = false;
    std::size_t index = 0;
    std::string currentKey;
    ObjectKeys keys;
};

} // namespace

TextPosition positionOf(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    const std::string_view before = text.substr(0, offset);
    const std::size_t lastNewline = before.rfind('\n');
    std::size_t lineStart = lastNewline == std::string_view::npos ? 0 : lastNewline + 1;
    if (lineStart == 0) {
        lineStart = std::min(skipByteOrderMark(text), offset);
    }
    TextPosition position;
    position.line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    position.column = 1;
    for (std::size_t i = lineStart; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0) != 0x80) {
            ++position.column;
        }
    }
    return position;
}

Location locate(std::string_view text, std::string_view pointer) {
    Location location;
    std::size_t pos = skipWhitespace(text, skipByteOrderMark(text));
    location.valueOffset = pos;
    for (const std::string& token : splitPointer(pointer)) {
        if (pos >= text.size()) {
            return location;
        }
        if (text[pos] == '{') {
            std::optional<std::size_t> found;
            std::size_t keyStart = 0;
            pos = skipWhitespace(text, pos + 1);
            while (pos < text.size() && text[pos] == '"') {
                keyStart = pos;
                const std::size_t keyEnd = skipString(text, pos);
                if (keyEnd == kNotFound) {
                    return location;
                }
                const bool matches = decodeString(text.substr(pos, keyEnd - pos)) == token;
                pos = skipWhitespace(text, keyEnd);
                if (pos >= text.size() || text[pos] != ':') {
                    return location;
                }
                pos = skipWhitespace(text, pos + 1);
                if (matches) {
                    found = pos;
                    break;
                }
                pos = skipWhitespace(text, skipValue(text, pos));
                if (pos >= text.size() || text[pos] != ',') {
                    break;
                }
                pos = skipWhitespace(text, pos + 1);
            }
            if (!found) {
                return location;
            }
            location.keyOffset = keyStart;
            location.valueOffset = *found;
        } else if (text[pos] == '[') {
            std::size_t wanted = 0;
            const auto parsed = std::from_chars(token.data(), token.data() + token.size(), wanted);
            if (parsed.ec != std::errc{} || parsed.ptr != token.data() + token.size()) {
                return location;
            }
            pos = skipWhitespace(text, pos + 1);
            for (std::size_t index = 0; index < wanted; ++index) {
                pos = skipWhitespace(text, skipValue(text, pos));
                if (pos >= text.size() || text[pos] != ',') {
                    return location;
                }
                pos = skipWhitespace(text, pos + 1);
            }
            if (pos >= text.size() || text[pos] == ']') {
                return location;
            }
            location.keyOffset.reset();
            location.valueOffset = pos;
        } else {
            return location;
        }
    }
    location.exact = true;
    return location;
}

namespace {

/// A decimal number as sign, significant digits and the power of ten of the last digit, so
/// that "1.50", "15e-1" and "1.5" compare equal.
struct DecimalValue {
    bool negative = false;
    std::string digits;
    long long exponent = 0;
    friend bool operator==(const DecimalValue&, const DecimalValue&) = default;
};

DecimalValue decimalValue(std::string_view literal) {
    DecimalValue value;
    std::size_t i = 0;
    if (i < literal.size() && (literal[i] == '-' || literal[i] == '+')) {
        value.negative = literal[i] == '-';
        ++i;
    }
    long long fractionDigits = 0;
    bool inFraction = false;
    for (; i < literal.size() && literal[i] != 'e' && literal[i] != 'E'; ++i) {
        if (literal[i] == '.') {
            inFraction = true;
        } else {
            value.digits += literal[i];
            fractionDigits += inFraction ? 1 : 0;
        }
    }
    long long exponent = 0;
    if (i < literal.size()) {
        const std::string_view power = literal.substr(i + 1);
        const bool negativePower = !power.empty() && power.front() == '-';
        for (const char c : power) {
            if (c >= '0' && c <= '9' && exponent < 1'000'000'000) {
                exponent = exponent * 10 + (c - '0');
            }
        }
        exponent = negativePower ? -exponent : exponent;
    }
    value.exponent = exponent - fractionDigits;
    const auto first = value.digits.find_first_not_of('0');
    if (first == std::string::npos) {
        return {}; // zero, whatever its sign
    }
    value.digits.erase(0, first);
    while (value.digits.back() == '0') {
        value.digits.pop_back();
        ++value.exponent;
    }
    return value;
}

bool isWholeNumberOf64Bits(std::string_view literal) {
    if (literal.find_first_of(".eE") != std::string_view::npos) {
        return false;
    }
    std::int64_t signedValue = 0;
    std::uint64_t unsignedValue = 0;
    const char* end = literal.data() + literal.size();
    return std::from_chars(literal.data(), end, signedValue).ec == std::errc() ||
           std::from_chars(literal.data(), end, unsignedValue).ec == std::errc();
}

bool startsNumber(char c) {
    return c == '-' || (c >= '0' && c <= '9');
}

/// Past the number that starts at `pos`.
std::size_t skipNumber(std::string_view text, std::size_t pos) {
    const auto inNumber = [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    while (pos < text.size() && inNumber(text[pos])) {
        ++pos;
    }
    return pos;
}

/// What a double makes of a number written as `literal`, when that is not its value; none
/// when it reads as written, or cannot be read at all (the parser refuses that, with its
/// place).
std::optional<std::string> lossyReading(std::string_view literal) {
    if (isWholeNumberOf64Bits(literal)) {
        return std::nullopt;
    }
    const std::string copy(literal);
    // The C locale's decimal point, whatever the process's locale says: Qt sets the user's
    // at start-up, and in a comma locale strtod would stop at the point.
    static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", nullptr);
    const double read = strtod_l(copy.c_str(), nullptr, cLocale);
    if (!std::isfinite(read)) {
        return std::nullopt;
    }
    std::string becomes = fmt::format("{}", read);
    if (decimalValue(literal) == decimalValue(becomes)) {
        return std::nullopt;
    }
    return becomes;
}

/// The pointer of where the scan stands.
std::string pointerOf(const std::vector<Frame>& stack) {
    std::vector<std::string> tokens;
    tokens.reserve(stack.size());
    for (const Frame& frame : stack) {
        tokens.push_back(frame.isObject ? frame.currentKey : std::to_string(frame.index));
    }
    return makePointer(tokens);
}

} // namespace

StructureScan scanStructure(std::string_view text, int maxDepth, std::size_t maxReports,
                            LossyScope lossyScope) {
    const auto inScope = [&](const std::vector<Frame>& stack) {
        return lossyScope == LossyScope::Everywhere ||
               std::any_of(stack.begin(), stack.end(), [](const Frame& frame) {
                   return frame.isObject && frame.currentKey.starts_with("x-");
               });
    };
    StructureScan scan;
    std::vector<Frame> stack;
    std::size_t pos = skipByteOrderMark(text);
    while (pos < text.size()) {
        const char c = text[pos];
        if (c == '{' || c == '[') {
            if (static_cast<int>(stack.size()) >= maxDepth) {
                scan.tooDeepAt = pos;
                return scan;
            }
            Frame frame;
            frame.isObject = c == '{';
            frame.expectingKey = frame.isObject;
            stack.push_back(std::move(frame));
        } else if (c == '}' || c == ']') {
            if (stack.empty()) {
                return scan;
            }
            stack.pop_back();
        } else if (c == ',') {
            if (!stack.empty()) {
                Frame& top = stack.back();
                if (top.isObject) {
                    top.expectingKey = true;
                } else {
                    ++top.index;
                }
            }
        } else if (c == '"') {
            const std::size_t end = skipString(text, pos);
            if (end == kNotFound) {
                return scan;
            }
            if (!stack.empty() && stack.back().isObject && stack.back().expectingKey) {
                Frame& top = stack.back();
                std::string key = decodeString(text.substr(pos, end - pos));
                top.expectingKey = false;
                top.currentKey = key;
                if (!top.keys.insert(std::move(key)) && scan.duplicateKeys.size() < maxReports) {
                    scan.duplicateKeys.push_back({pointerOf(stack), pos});
                }
            }
            pos = end;
            continue;
        } else if (startsNumber(c)) {
            const std::size_t end = skipNumber(text, pos);
            const std::string_view literal = text.substr(pos, end - pos);
            if (scan.lossyNumbers.size() < maxReports && inScope(stack)) {
                if (auto becomes = lossyReading(literal)) {
                    scan.lossyNumbers.push_back(
                        {pos, std::string(literal), std::move(*becomes), pointerOf(stack)});
                }
            }
            pos = end;
            continue;
        }
        ++pos;
    }
    return scan;
}

std::optional<std::size_t> findNumber(std::string_view text, std::string_view literal) {
    for (std::size_t pos = 0; pos < text.size();) {
        const char c = text[pos];
        if (c == '"') {
            pos = skipString(text, pos);
            if (pos == kNotFound) {
                break;
            }
        } else if (startsNumber(c)) {
            const std::size_t end = skipNumber(text, pos);
            if (text.substr(pos, end - pos) == literal) {
                return pos;
            }
            pos = end;
        } else {
            ++pos;
        }
    }
    return std::nullopt;
}

std::string printableUtf8(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        if (lead < 0x80) {
            length = 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
        }
        bool valid = length > 0 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k) {
            valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        }
        if (valid && length == 3) {
            const auto second = static_cast<unsigned char>(text[i + 1]);
            // No overlong forms, no UTF-16 surrogates.
            valid = !(lead == 0xE0 && second < 0xA0) && !(lead == 0xED && second >= 0xA0);
        }
        if (valid && length == 4) {
            const auto second = static_cast<unsigned char>(text[i + 1]);
            valid = !(lead == 0xF0 && second < 0x90) && !(lead == 0xF4 && second >= 0x90);
        }
        if (valid) {
            result.append(text.substr(i, length));
            i += length;
        } else {
            constexpr std::string_view kHex = "0123456789ABCDEF";
            result += "\\x";
            result += kHex[lead >> 4];
            result += kHex[lead & 0x0F];
            ++i;
        }
    }
    return result;
}

std::string makePointer(const std::vector<std::string>& tokens) {
    std::string pointer;
    for (const std::string& token : tokens) {
        pointer += '/';
        for (const char c : token) {
            if (c == '~') {
                pointer += "~0";
            } else if (c == '/') {
                pointer += "~1";
            } else {
                pointer += c;
            }
        }
    }
    return pointer;
}

std::vector<std::string> splitPointer(std::string_view pointer) {
    std::vector<std::string> tokens;
    std::size_t pos = 0;
    while (pos < pointer.size() && pointer[pos] == '/') {
        const std::size_t next = pointer.find('/', pos + 1);
        const std::string_view raw =
            pointer.substr(pos + 1, next == std::string_view::npos ? next : next - pos - 1);
        std::string token;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
                token += raw[i + 1] == '0' ? '~' : '/';
                ++i;
            } else {
                token += raw[i];
            }
        }
        tokens.push_back(std::move(token));
        if (next == std::string_view::npos) {
            break;
        }
        pos = next;
    }
    return tokens;
}

} // namespace orrery::json_text
