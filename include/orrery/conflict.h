#pragma once

#include <orrery/entity.h>
#include <orrery/extensions.h>

#include <optional>
#include <string>

namespace orrery {

/// A change two versions of a roadmap made differently (or one removed what the other
/// changed) that a merge could not decide on its own, kept in the merged roadmap so that
/// the file stays a roadmap, never a text with conflict markers, until someone decides.
/// The merged roadmap holds "ours" side of it; the record holds what the three versions
/// had, so that the merge can be worked out again from the file alone.
struct RecordedConflict {
    /// The change of "theirs" that waits for a decision, as review records name it
    /// ("mission/em2/start").
    std::string subject;
    /// What the snapshots are of: for a change of a dependency, its dependent mission; for
    /// the roadmap's own fields, the roadmap.
    EntityKind entity = EntityKind::Mission;
    /// The agency that owns what changed; empty for what all share.
    std::string owner;
    /// Why it conflicts, in a sentence.
    std::string reason;
    /// The entity in the base version, ours and theirs, each as the compact JSON of its
    /// object in a roadmap file (for the roadmap itself: its title, edition and asOf);
    /// unset where that version does not have it.
    std::optional<std::string> base;
    std::optional<std::string> ours;
    std::optional<std::string> theirs;
    Extensions extensions;

    friend bool operator==(const RecordedConflict&, const RecordedConflict&) = default;
};

} // namespace orrery
