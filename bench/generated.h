#pragma once

#include <orrery/generator.h>
#include <orrery/roadmap.h>

#include <cstdint>
#include <map>

namespace orrery::bench {

/// One generated roadmap per size, shared by a program's benchmarks (generation is not
/// measured).
inline const Roadmap& roadmapOf(std::int64_t missions) {
    static std::map<std::int64_t, Roadmap> cache;
    auto found = cache.find(missions);
    if (found == cache.end()) {
        found =
            cache.emplace(missions, generateRoadmap({static_cast<std::size_t>(missions), 2026, 0}))
                .first;
    }
    return found->second;
}

} // namespace orrery::bench
