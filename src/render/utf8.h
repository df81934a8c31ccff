#pragma once

// The core speaks UTF-8 std::string, Qt speaks QString: these are the only conversions
// between the two, so that the encoding is decided in one place.

#include <QString>

#include <string>
#include <string_view>

namespace orrery::render {

inline QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline std::string toStdString(const QString& text) {
    return text.toStdString();
}

} // namespace orrery::render
