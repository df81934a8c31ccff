#include <orrery/identifier.h>

#include <algorithm>

namespace orrery {

namespace {

bool letterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

} // namespace

bool isWellFormedId(std::string_view text) {
    constexpr std::size_t kLongest = 64;
    return !text.empty() && text.size() <= kLongest && letterOrDigit(text.front()) &&
           std::all_of(text.begin(), text.end(),
                       [](char c) { return letterOrDigit(c) || c == '.' || c == '_' || c == '-'; });
}

} // namespace orrery
