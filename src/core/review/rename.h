#pragma once

#include <orrery/diff.h>
#include <orrery/roadmap.h>

#include <string>

namespace orrery::review {

/// Gives an entity a new id and follows it everywhere the roadmap refers to it: an
/// agency in leads and partners, a destination in missions, a capability in needs and
/// grants, a mission in prerequisites. Returns false when there is no entity with the old
/// id or one with the new id already exists.
bool renameEntity(Roadmap& roadmap, EntityKind kind, const std::string& from,
                  const std::string& to);

} // namespace orrery::review
