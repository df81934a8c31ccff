#pragma once

// Lets Catch print Qt strings in failed checks.

#include <catch2/catch.hpp>

#include <QString>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch
