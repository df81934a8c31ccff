#pragma once

#include <orrery/destination.h>
#include <orrery/extensions.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orrery {

/// The agencies' coordination group, which owns the common goals and objectives: a change an
/// agency makes to them is a change to what another owns.
inline constexpr std::string_view kCoordinationGroup = "ISECG";

/// A common goal of the roadmap ("Search for Life", "Extend Human Presence"): why agencies
/// explore at all. Objectives break it down; missions pursue objectives.
struct Goal {
    std::string id;
    std::string name;
    std::string description;
    std::vector<std::string> references;
    Extensions extensions;

    friend bool operator==(const Goal&, const Goal&) = default;
};

/// What a goal asks for in terms a mission can pursue.
struct Objective {
    std::string id;
    std::string name;
    /// The goal it supports (a goal id).
    std::string goal;
    std::string description;
    std::vector<std::string> references;
    Extensions extensions;

    friend bool operator==(const Objective&, const Objective&) = default;
};

/// Something not yet known that crews need to know before they go (a Strategic Knowledge
/// Gap: the form of water in lunar polar craters, the radiation at the surface of Mars).
/// Missions close gaps by measuring; missions that need the knowledge may not start before.
struct KnowledgeGap {
    std::string id;
    std::string name;
    /// Where the gap lies: a destination of the roadmap when it concerns one lane, or only
    /// the body when it concerns all of it. Both may be unset for a gap of deep space.
    std::string destination;
    std::optional<CelestialBody> body;
    std::string description;
    /// The observation or measurement that closes it.
    std::string measurement;
    std::vector<std::string> references;
    Extensions extensions;

    friend bool operator==(const KnowledgeGap&, const KnowledgeGap&) = default;
};

} // namespace orrery
