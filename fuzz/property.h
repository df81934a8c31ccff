#pragma once

// A property a fuzz target holds for every input. A broken one is a crash as far as
// libFuzzer is concerned: it keeps the input that broke it and stops.

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace orrery::fuzz {

inline void require(bool holds, std::string_view property) {
    if (!holds) {
        std::fprintf(stderr, "property broken: %.*s\n", static_cast<int>(property.size()),
                     property.data());
        std::abort();
    }
}

} // namespace orrery::fuzz
