#include <orrery/filter.h>
#include <orrery/roadmap.h>

#include <algorithm>

namespace orrery {
namespace {

char lowered(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool containsIgnoringCase(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) {
        return true;
    }
    const auto found = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                   [](char a, char b) { return lowered(a) == lowered(b); });
    return found != haystack.end();
}

} // namespace

bool MissionFilter::isActive() const {
    return !agencies.empty() || !destinations.empty() || crew || !statuses.empty() ||
           !objectives.empty() || !text.empty();
}

bool MissionFilter::matches(const Mission& mission) const {
    if (!agencies.empty() && !agencies.contains(mission.lead) &&
        std::none_of(mission.partners.begin(), mission.partners.end(),
                     [&](const std::string& partner) { return agencies.contains(partner); })) {
        return false;
    }
    if (!destinations.empty() && !destinations.contains(mission.destination)) {
        return false;
    }
    if (crew && mission.crew != *crew) {
        return false;
    }
    if (!statuses.empty() && !statuses.contains(mission.status)) {
        return false;
    }
    if (!objectives.empty() && std::none_of(mission.objectives.begin(), mission.objectives.end(),
                                            [&](const std::string& objective) {
                                                return objectives.contains(objective);
                                            })) {
        return false;
    }
    return textMatch(mission) != TextMatch::None;
}

MissionFilter::TextMatch MissionFilter::textMatch(const Mission& mission) const {
    if (text.empty() || containsIgnoringCase(mission.id, text) ||
        containsIgnoringCase(mission.name, text)) {
        return TextMatch::Shown;
    }
    return containsIgnoringCase(mission.notes, text) ? TextMatch::NotesOnly : TextMatch::None;
}

std::vector<bool> applyFilter(const Roadmap& roadmap, const MissionFilter& filter) {
    std::vector<bool> visible;
    visible.reserve(roadmap.missions.size());
    for (const Mission& mission : roadmap.missions) {
        visible.push_back(filter.matches(mission));
    }
    return visible;
}

} // namespace orrery
