#pragma once

// A merge that cannot decide everything on its own (git's merge driver, `orrery-cli merge`)
// writes its result as a roadmap anyway: the side called "ours" where the two disagree, and
// a record of each undecided change with what the base version, ours and theirs had. From
// those records alone the three versions, and with them the merge, come back, so that the
// review panel or the command line can decide the conflicts later.

#include <orrery/expected.h>
#include <orrery/merge.h>
#include <orrery/roadmap.h>

#include <map>
#include <string>

namespace orrery {

/// The merged roadmap with the merge's undecided conflicts recorded in it, after any
/// records ours had. `base` and `theirs` are what was merged into ours; the merged roadmap
/// stands for ours. Undecided changes to
/// another agency's missions that conflict with nothing are not recorded: they are left
/// out, as the merge leaves them.
Roadmap recordConflicts(const MergeResult& result, const Roadmap& base, const Roadmap& theirs);

/// The three versions a roadmap's recorded conflicts came from, as far as they matter to
/// them: "ours" is the roadmap without its records; "base" and "theirs" have, in place of
/// each conflicting entity, that version's. Other differences of the original versions have
/// been merged already and are not rebuilt.
struct ConflictSides {
    Roadmap base;
    Roadmap ours;
    Roadmap theirs;
};

/// Refused, with the reason, when a record does not make a roadmap of its version (a file
/// edited by hand into something else).
Expected<ConflictSides, std::string> conflictSides(const Roadmap& roadmap);

/// The merge of a roadmap's recorded conflicts worked out again with `decisions` (by
/// change subject): accepted takes theirs, rejected keeps ours. The merged roadmap records
/// the conflicts still undecided, and none when all are.
Expected<MergeResult, std::string>
resolveConflicts(const Roadmap& roadmap,
                 const std::map<std::string, Verdict, std::less<>>& decisions);

} // namespace orrery
