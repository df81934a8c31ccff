#pragma once

#include <optional>
#include <string_view>

namespace orrery {

/// What a roadmap is made of, as its ids name them: the roadmap itself, its agencies,
/// destinations, capabilities, goals, objectives, knowledge gaps and missions, and the
/// dependencies between missions.
enum class EntityKind {
    Roadmap,
    Agency,
    Destination,
    Capability,
    Goal,
    Objective,
    KnowledgeGap,
    Scenario,
    Edition,
    Mission,
    Dependency
};

/// "agency", "knowledge-gap"...: the word the subjects of changes use.
std::string_view toString(EntityKind kind);
std::optional<EntityKind> entityKindFromString(std::string_view text);
/// "agency", "knowledge gap"...: the word a sentence uses.
std::string_view nounOf(EntityKind kind);

} // namespace orrery
