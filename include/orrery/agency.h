#pragma once

#include <orrery/extensions.h>

#include <string>

namespace orrery {

/// A space agency that leads or joins missions. Its id is its short name ("ESA").
struct Agency {
    std::string id;
    std::string name;
    /// The country or body behind the agency ("Europe" for ESA).
    std::string country;
    /// Display colour as "#RRGGBB"; the roadmap's charts colour the agency's missions with it.
    std::string color;
    Extensions extensions;

    friend bool operator==(const Agency&, const Agency&) = default;
};

} // namespace orrery
