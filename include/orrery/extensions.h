#pragma once

#include <map>
#include <string>

namespace orrery {

/// Keys beginning with "x-" that a file carries in any of its objects, kept so that tools
/// can annotate a roadmap without Orrery dropping what it does not understand. Each value is
/// the key's JSON value in compact text form; the model never interprets it. A sorted map,
/// so that writing is canonical.
using Extensions = std::map<std::string, std::string, std::less<>>;

/// True for the keys that Extensions hold.
inline bool isExtensionKey(std::string_view key) {
    return key.size() > 2 && key[0] == 'x' && key[1] == '-';
}

} // namespace orrery
