#pragma once

// The dependency network as a TaskJuggler project, for tj3 to schedule: a second scheduler's
// opinion of the earliest starts.

#include <orrery/expected.h>
#include <orrery/roadmap.h>

#include <string>
#include <vector>

namespace orrery {

struct TaskJugglerProject {
    /// The .tjp text.
    std::string text;
    /// Each kept mission's task id (TaskJuggler ids take letters, digits and '_' only), in
    /// roadmap order; empty for a mission left out.
    std::vector<std::string> taskIds;
};

/// The kept missions (`kept` by mission, empty for all) as TaskJuggler tasks scheduled as
/// Orrery schedules them: a mission without prerequisites from its planned start (the middle
/// of its first month), every other one as soon as its prerequisites allow, a duration in
/// TaskJuggler's months (a twelfth of a year) from the first month of its start to the first
/// month of its end, and each prerequisite with its lag. A prerequisite that lets the
/// dependent start before the prerequisite does (a negative gap) has no TaskJuggler form: it
/// is written as a comment. Refused, naming the missions, when the schedule reaches outside
/// the years tj3 schedules (1970 to 2035).
Expected<TaskJugglerProject, std::string> toTaskJuggler(const Roadmap& roadmap,
                                                        const std::vector<bool>& kept = {});

} // namespace orrery
