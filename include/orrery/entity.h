#pragma once

namespace orrery {

/// What a roadmap is made of, as its ids name them: the roadmap itself, its agencies,
/// destinations, capabilities and missions, and the dependencies between missions.
enum class EntityKind { Roadmap, Agency, Destination, Capability, Mission, Dependency };

} // namespace orrery
