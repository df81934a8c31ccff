// The analysis on whatever loads: every check, the schedule towards each mission, and the
// impact of a slip of any size, without a crash, a hang or a date outside the format.

#include "property.h"

#include <orrery/analysis/analysis.h>
#include <orrery/analysis/impact.h>
#include <orrery/analysis/schedule.h>
#include <orrery/io/reader.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

using orrery::fuzz::require;

namespace {

bool inFormatRange(orrery::MonthIndex month) {
    return month >= orrery::Date::kMinYear * 12 && month <= orrery::Date::kMaxYear * 12 + 11;
}

/// A slip from -32768 to 32767 months, chosen by the input (its FNV-1a hash), so that the
/// seeds stay plain roadmap files and still try slips of every size.
int slipFor(std::string_view text) {
    std::uint32_t hash = 2166136261u;
    for (const char byte : text) {
        hash = (hash ^ static_cast<unsigned char>(byte)) * 16777619u;
    }
    return static_cast<std::int16_t>(hash & 0xFFFFu);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto loaded = orrery::parseRoadmap(text, "fuzz");
    if (!loaded) {
        return 0;
    }
    const auto& roadmap = *loaded;
    (void)orrery::analyzeRoadmap(roadmap);

    const auto schedule = orrery::computeSchedule(roadmap);
    for (const auto& mission : schedule.missions) {
        require(!mission.earliestStart || inFormatRange(*mission.earliestStart),
                "scheduled dates stay in the format's range");
    }
    if (!roadmap.missions.empty()) {
        const auto& target = roadmap.missions[0].id;
        (void)orrery::computeSchedule(roadmap, target);
        (void)orrery::assessImpact(roadmap, target, slipFor(text));
    }
    return 0;
}
