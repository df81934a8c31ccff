#pragma once

// Launches, milestones and mission spans for the planners' calendars (RFC 5545).

#include <orrery/expected.h>
#include <orrery/roadmap.h>

#include <string>
#include <vector>

namespace orrery {

/// One all-day event per kept mission (`kept` by mission, empty for all), written by libical:
/// a mission from the first day of its start to the last day of its end, a milestone over
/// the day, month or year its date is known to, so that "2030-06" is all of June. Summary the
/// name; description the lead, partners, destination, crew, status, dates as the roadmap
/// tells them, prerequisites and notes; one category per agency and the destination's name;
/// status TENTATIVE for planned and conceptual missions. The UID is the mission id at the
/// roadmap's title ("mars-sample-return@global-exploration-roadmap.orrery"), so that a
/// calendar that imports a later export updates its events instead of adding them again.
/// Refused, naming the missions, when a date lies in the year 3000 or later, which libical
/// cannot write.
Expected<std::string, std::string> toICalendar(const Roadmap& roadmap,
                                               const std::vector<bool>& kept = {});

/// What libical's parser finds wrong with iCalendar text: nothing when it is valid.
std::vector<std::string> iCalendarErrors(const std::string& text);

} // namespace orrery
