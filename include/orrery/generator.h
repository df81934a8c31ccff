#pragma once

#include <orrery/roadmap.h>

#include <cstddef>
#include <cstdint>

namespace orrery {

struct GeneratorOptions {
    std::size_t missions = 1000;
    std::uint64_t seed = 1;
    /// Dependency cycles to inject; each is separate from the others, so that the checks
    /// must report each exactly once.
    std::size_t cycles = 0;
    /// Goals, objectives that missions pursue, and knowledge gaps that robotic missions close
    /// and later missions need.
    bool purpose = true;
};

/// A synthetic roadmap that looks like a real one, for tests and benchmarks: the ISECG
/// agencies, the GER's destinations as lanes, about three prerequisites per mission,
/// capabilities that missions demonstrate and later missions need, the GER's eight goals with
/// objectives every mission pursues, knowledge gaps closed before the missions that need
/// them, statuses that agree with the as-of date, and Mars launches inside transfer
/// opportunities. Without injected
/// cycles it is consistent: every check passes. The same options give the same roadmap
/// on every platform.
Roadmap generateRoadmap(const GeneratorOptions& options);

} // namespace orrery
