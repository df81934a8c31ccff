#pragma once

#include <orrery/extensions.h>

#include <optional>
#include <string>
#include <string_view>

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

/// The ISECG agencies with their names, countries and colours, by id in any case ("nasa"):
/// what an imported plan that names only an id is completed with.
std::optional<Agency> knownAgency(std::string_view id);

/// A colour for the n-th agency Orrery knows nothing of, distinct from its neighbours'.
std::string fallbackAgencyColor(std::size_t n);

} // namespace orrery
