#include "rename.h"

#include <algorithm>

namespace orrery::review {
namespace {

template <class T>
bool renameIn(IdList<T>& list, const std::string& from, const std::string& to) {
    const auto index = list.indexOf(from);
    if (!index || list.contains(to)) {
        return false;
    }
    T item = list[*index];
    item.id = to;
    list.replace(*index, std::move(item));
    return true;
}

/// Rewrites every mission with `rewrite`, replacing only those it changed.
template <class Rewrite>
void rewriteMissions(Roadmap& roadmap, Rewrite rewrite) {
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        Mission mission = roadmap.missions[i];
        if (rewrite(mission)) {
            roadmap.missions.replace(i, std::move(mission));
        }
    }
}

bool replaceIn(std::string& text, const std::string& from, const std::string& to) {
    if (text != from) {
        return false;
    }
    text = to;
    return true;
}

bool replaceIn(std::vector<std::string>& list, const std::string& from, const std::string& to) {
    bool changed = false;
    for (std::string& item : list) {
        changed = replaceIn(item, from, to) || changed;
    }
    return changed;
}

} // namespace

bool renameEntity(Roadmap& roadmap, EntityKind kind, const std::string& from,
                  const std::string& to) {
    switch (kind) {
    case EntityKind::Agency:
        if (!renameIn(roadmap.agencies, from, to)) {
            return false;
        }
        rewriteMissions(roadmap, [&](Mission& mission) {
            const bool lead = replaceIn(mission.lead, from, to);
            const bool partners = replaceIn(mission.partners, from, to);
            return lead || partners;
        });
        return true;
    case EntityKind::Destination:
        if (!renameIn(roadmap.destinations, from, to)) {
            return false;
        }
        rewriteMissions(roadmap,
                        [&](Mission& mission) { return replaceIn(mission.destination, from, to); });
        return true;
    case EntityKind::Capability:
        if (!renameIn(roadmap.capabilities, from, to)) {
            return false;
        }
        rewriteMissions(roadmap, [&](Mission& mission) {
            bool changed = replaceIn(mission.needs, from, to);
            for (CapabilityGrant& grant : mission.provides) {
                changed = replaceIn(grant.capability, from, to) || changed;
            }
            return changed;
        });
        return true;
    case EntityKind::Mission:
        if (!renameIn(roadmap.missions, from, to)) {
            return false;
        }
        rewriteMissions(roadmap, [&](Mission& mission) {
            bool changed = false;
            for (Prerequisite& prerequisite : mission.prerequisites) {
                changed = replaceIn(prerequisite.mission, from, to) || changed;
            }
            return changed;
        });
        return true;
    case EntityKind::Roadmap:
    case EntityKind::Dependency:
        break;
    }
    return false;
}

} // namespace orrery::review
