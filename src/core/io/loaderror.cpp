#include <orrery/io/loaderror.h>

#include <fmt/format.h>

#include <array>
#include <utility>

namespace orrery {
namespace {

constexpr std::array<std::pair<LoadErrorCode, std::string_view>, 13> kCodeNames{{
    {LoadErrorCode::FileNotFound, "file-not-found"},
    {LoadErrorCode::FileUnreadable, "file-unreadable"},
    {LoadErrorCode::FileTooLarge, "file-too-large"},
    {LoadErrorCode::JsonSyntax, "json-syntax"},
    {LoadErrorCode::TooDeep, "too-deep"},
    {LoadErrorCode::DuplicateKey, "duplicate-key"},
    {LoadErrorCode::NotARoadmap, "not-a-roadmap"},
    {LoadErrorCode::UnsupportedVersion, "unsupported-version"},
    {LoadErrorCode::MissingKey, "missing-key"},
    {LoadErrorCode::UnknownKey, "unknown-key"},
    {LoadErrorCode::WrongType, "wrong-type"},
    {LoadErrorCode::InvalidValue, "invalid-value"},
    {LoadErrorCode::BadDate, "bad-date"},
}};

} // namespace

std::string_view toString(LoadErrorCode code) {
    for (const auto& [candidate, name] : kCodeNames) {
        if (candidate == code) {
            return name;
        }
    }
    return "unknown";
}

std::optional<LoadErrorCode> loadErrorCodeFromString(std::string_view text) {
    for (const auto& [candidate, name] : kCodeNames) {
        if (name == text) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::string LoadError::describe() const {
    std::string where = file.empty() ? std::string("<input>") : file;
    if (line > 0) {
        where += fmt::format(":{}:{}", line, column);
    }
    const std::string at = pointer.empty() ? std::string() : fmt::format(" (at {})", pointer);
    return fmt::format("{}: {}{} [{}]", where, message, at, toString(code));
}

} // namespace orrery
