#pragma once

// Text as the interchange formats' readers compare it: ASCII case and white space, which is
// what a planner's spreadsheet or scheduling tool varies (" Agency", "AGENCY").

#include <cctype>
#include <string>
#include <string_view>

namespace orrery::ascii_text {

inline std::string_view trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

inline std::string lowered(std::string_view text) {
    std::string result(text);
    for (char& c : result) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return result;
}

} // namespace orrery::ascii_text
