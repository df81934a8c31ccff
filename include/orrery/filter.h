#pragma once

#include <orrery/mission.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace orrery {

struct Roadmap;

/// Which missions a view or an export shows: "only ESA's missions", "only human missions".
/// Empty sets mean "any". The same filter drives the application's views and the exports,
/// so that a document shows exactly what the planner chose.
struct MissionFilter {
    /// Missions an agency leads or joins as a partner.
    std::set<std::string> agencies;
    std::set<std::string> destinations;
    std::optional<Crew> crew;
    std::set<MissionStatus> statuses;
    /// Missions that pursue any of these objectives (ids); a goal is chosen as all of its
    /// objectives.
    std::set<std::string> objectives;
    /// Case-insensitive (for ASCII letters) text found in the id, name or notes.
    std::string text;

    bool isActive() const;
    bool matches(const Mission& mission) const;

    /// Where the text is found: in what the chart shows (id or name), or only in the notes,
    /// which the planner is told since nothing on the chart says why the mission is kept.
    enum class TextMatch { None, Shown, NotesOnly };
    TextMatch textMatch(const Mission& mission) const;

    friend bool operator==(const MissionFilter&, const MissionFilter&) = default;
};

/// matches() for every mission, in roadmap order.
std::vector<bool> applyFilter(const Roadmap& roadmap, const MissionFilter& filter);

/// Whether mission `index` is kept by `kept`, as applyFilter() gives it; an empty `kept`
/// keeps every mission (the exporters' "no filter").
inline bool isKept(const std::vector<bool>& kept, std::size_t index) {
    return kept.empty() || (index < kept.size() && kept[index]);
}

} // namespace orrery
