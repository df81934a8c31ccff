#pragma once

#include <orrery/extensions.h>

#include <string>

namespace orrery {

/// Something a mission demonstrates and later missions rely on (deep-space habitation,
/// Mars entry-descent-landing ...). Some exist before the roadmap starts.
struct Capability {
    std::string id;
    std::string name;
    bool initiallyAvailable = false;
    Extensions extensions;

    friend bool operator==(const Capability&, const Capability&) = default;
};

} // namespace orrery
