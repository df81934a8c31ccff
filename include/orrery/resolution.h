#pragma once

// A scenario resolved into a plain roadmap, and an edit of that roadmap recorded back into
// the scenario: the two halves of working inside a scenario. Whatever reads a roadmap
// (checks, schedule, impact, export, diff) reads a resolved one unchanged.

#include <orrery/expected.h>
#include <orrery/roadmap.h>

#include <string>
#include <string_view>

namespace orrery {

/// Whether field `key` (one of kOverridableFields) is the same in both missions.
bool sameField(const Mission& a, const Mission& b, std::string_view key);
/// Sets field `key` of `into` to its value in `from`.
void copyField(Mission& into, const Mission& from, std::string_view key);

/// The plan's mission as the change has it.
Mission overridden(Mission mission, const MissionOverride& change);

/// The roadmap the scenario describes: the plan's missions without those it drops, with its
/// changes, and its own missions after them. It has no scenarios of its own and keeps the
/// editions. Changes and drops of missions the plan does not have are left out (the
/// structure check reports them); a dropped mission others require leaves them a reference to
/// a mission that does not exist, which the structure check reports for that scenario only.
/// Refused when the roadmap has no scenario of that id.
Expected<Roadmap, std::string> resolveScenario(const Roadmap& roadmap, std::string_view id);

/// The roadmap whose scenario `id` resolves to these missions: each mission the plan has is
/// a change of the fields that differ from the plan (none when it is the plan's), each it has
/// not is added, and each of the plan's that is missing is dropped. How an edit made while a
/// scenario is shown goes into that scenario. A field brought back to the plan's value stops
/// being a change. Unchanged when the roadmap has no such scenario.
Roadmap recordInScenario(const Roadmap& roadmap, std::string_view id,
                         const IdList<Mission>& missions);

/// A scenario's name, or its id when it has none.
const std::string& nameOf(const Scenario& scenario);

} // namespace orrery
