#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace orrery {

/// Why a file could not be loaded. The names (toString) are stable: the command-line
/// tool's JSON output and scripts use them.
enum class LoadErrorCode {
    FileNotFound,       ///< "file-not-found"
    FileUnreadable,     ///< "file-unreadable"
    FileTooLarge,       ///< "file-too-large"
    JsonSyntax,         ///< "json-syntax": not JSON at all, or broken JSON
    TooDeep,            ///< "too-deep": nesting beyond what any roadmap needs
    DuplicateKey,       ///< "duplicate-key": an object names the same key twice
    NotARoadmap,        ///< "not-a-roadmap": JSON, but not an Orrery roadmap
    UnsupportedVersion, ///< "unsupported-version": written by a newer Orrery
    MissingKey,         ///< "missing-key"
    UnknownKey,         ///< "unknown-key": neither in the format nor an "x-" extension
    WrongType,          ///< "wrong-type": e.g. a number where text belongs
    InvalidValue,       ///< "invalid-value": right type, value not allowed
    BadDate,            ///< "bad-date": not a date, or a date that does not exist
};

std::string_view toString(LoadErrorCode code);
std::optional<LoadErrorCode> loadErrorCodeFromString(std::string_view text);

/// One reason a file failed to load, with where it is: the file, the line and column
/// (1-based; 0 when the problem has no place in the text, e.g. an unreadable file) and the
/// JSON pointer of the offending value (RFC 6901; "" is the whole document).
struct LoadError {
    LoadErrorCode code = LoadErrorCode::JsonSyntax;
    std::string message;
    std::string file;
    int line = 0;
    int column = 0;
    std::string pointer;

    /// "file:line:column: message [code]", the form compilers use, so that editors and CI
    /// logs link to the place.
    std::string describe() const;

    friend bool operator==(const LoadError&, const LoadError&) = default;
};

} // namespace orrery
