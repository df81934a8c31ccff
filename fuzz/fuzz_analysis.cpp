// The analysis on whatever loads: every check, the schedule towards each mission, the
// impact of a slip of any size, each scenario resolved, compared and recorded back, and the
// dependency network written for other tools, without a crash, a hang or a date outside the
// format.

#include "property.h"

#include <orrery/analysis/analysis.h>
#include <orrery/analysis/impact.h>
#include <orrery/analysis/scenarios.h>
#include <orrery/analysis/schedule.h>
#include <orrery/io/network.h>
#include <orrery/io/reader.h>
#include <orrery/io/taskjuggler.h>
#include <orrery/io/writer.h>
#include <orrery/resolution.h>

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
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

    (void)orrery::toGraphML(roadmap);
    (void)orrery::toDot(roadmap);
    if (const auto project = orrery::toTaskJuggler(roadmap)) {
        std::set<std::string> ids;
        for (const auto& id : project->taskIds) {
            require(ids.insert(id).second, "every mission has a task id of its own");
        }
    }

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
    if (!roadmap.scenarios.empty()) {
        (void)orrery::compareScenarios(roadmap);
    }
    for (const auto& scenario : roadmap.scenarios) {
        const auto resolved = orrery::resolveScenario(roadmap, scenario.id);
        require(resolved.has_value(), "each scenario of a roadmap resolves");
        if (resolved->missions.hasDuplicateIds()) {
            continue; // ids that name two missions cannot say which one an edit changed
        }
        // What an edit inside the scenario records: the same missions give the same
        // scenario back, and the roadmap that holds it writes out and loads again.
        const auto recorded = orrery::recordInScenario(roadmap, scenario.id, resolved->missions);
        const auto again = orrery::resolveScenario(recorded, scenario.id);
        require(again.has_value() && again->missions.size() == resolved->missions.size(),
                "a scenario recorded from what it resolves to resolves to it again");
        const auto reloaded = orrery::parseRoadmap(orrery::toCanonicalJson(recorded), "recorded");
        require(reloaded.has_value() && *reloaded == recorded,
                "a recorded scenario writes out and loads again");
    }
    return 0;
}
