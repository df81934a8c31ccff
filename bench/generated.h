#pragma once

#include <orrery/generator.h>
#include <orrery/roadmap.h>

#include <cstdint>
#include <map>
#include <utility>

namespace orrery::bench {

/// One generated roadmap per size, shared by a program's benchmarks (generation is not
/// measured). With `purpose`, it has goals, objectives and knowledge gaps; without, the same
/// missions, dates and dependencies.
inline const Roadmap& roadmapOf(std::int64_t missions, bool purpose = true) {
    static std::map<std::pair<std::int64_t, bool>, Roadmap> cache;
    const auto key = std::make_pair(missions, purpose);
    auto found = cache.find(key);
    if (found == cache.end()) {
        found =
            cache
                .emplace(key,
                         generateRoadmap({static_cast<std::size_t>(missions), 2026, 0, purpose}))
                .first;
    }
    return found->second;
}

} // namespace orrery::bench
