#pragma once

#include <string_view>

namespace orrery {

/// What a roadmap is made of, as its ids name them: the roadmap itself, its agencies,
/// destinations, capabilities and missions, and the dependencies between missions.
enum class EntityKind { Roadmap, Agency, Destination, Capability, Mission, Dependency };

/// "agency", "mission"...: the word the file format, subjects of changes and messages use.
std::string_view toString(EntityKind kind);

} // namespace orrery
