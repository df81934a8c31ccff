#pragma once

// The three-way merge of a contribution: the baseline it was drafted from, the roadmap as
// it is now ("ours") and the contribution ("theirs"). What only one side changed applies;
// what both changed alike applies once; what they changed differently, or what one side
// removed and the other changed, is a conflict; what the contribution changes of another
// agency's missions is cross-agency. Conflicts and cross-agency changes wait for a
// decision: nothing of them is applied without one.

#include <orrery/diff.h>
#include <orrery/expected.h>
#include <orrery/review.h>
#include <orrery/roadmap.h>

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace orrery {

/// Where a change of the contribution stands in the merge.
enum class MergeOutcome {
    Applied,     ///< in the merged roadmap
    AlreadyMade, ///< the roadmap had made the very same change
    Rejected,    ///< left out by decision
    Undecided,   ///< a conflict or cross-agency change with no decision yet: left out
};

/// One change of the contribution and what the merge made of it.
struct MergeItem {
    /// The contribution's change, in the contribution's ids.
    Change change;
    /// The roadmap's own change to the same thing, when there is one.
    std::optional<Change> ours;
    /// The roadmap already has this very change: it is there once.
    bool alreadyMade = false;
    /// Both sides changed it, differently; or one removed what the other changed.
    bool conflict = false;
    /// Why it conflicts, in a sentence.
    std::string conflictReason;
    /// The contribution changes what another agency owns.
    bool crossAgency = false;
    /// The decision about it, if one was given: accepted takes the contribution's change,
    /// rejected keeps the roadmap as it is.
    std::optional<Verdict> decision;
    /// The change is in the merged roadmap.
    bool applied = false;

    /// It needs a decision before the merge is complete.
    bool pending() const { return !alreadyMade && !decision && (conflict || crossAgency); }
    MergeOutcome outcome() const {
        return alreadyMade ? MergeOutcome::AlreadyMade
               : applied   ? MergeOutcome::Applied
               : pending() ? MergeOutcome::Undecided
                           : MergeOutcome::Rejected;
    }
};

struct MergeOptions {
    /// The contributing agency; by default the contribution's own header says.
    std::string contributor;
    /// Decisions by change subject (Change::subject()). Without one a change applies,
    /// unless it conflicts or is cross-agency.
    std::map<std::string, Verdict, std::less<>> decisions;
    /// The baseline's contentFingerprint(), when the caller has it: a review merges again
    /// after every decision, and fingerprinting is the slowest part of a small merge.
    std::optional<std::string> baselineFingerprint;
    /// Hold changes to another agency's missions for a decision (a review does); a merge of
    /// versions in git leaves who may change what to the signatures.
    bool holdCrossAgency = true;
    /// What the reasons for conflicts call the two sides.
    std::string oursName = "the roadmap";
    std::string theirsName = "the contribution";
};

struct MergeResult {
    /// The roadmap with the applied changes. Its reviews are the roadmap's: recording the
    /// review is the caller's (reviewRecord()).
    Roadmap merged;
    std::vector<MergeItem> items;
    std::string contributor;
    /// The contribution says it was drafted from another baseline (or does not say).
    bool baselineMismatch = false;

    std::size_t pendingCount() const;
    /// Nothing waits for a decision.
    bool complete() const { return pendingCount() == 0; }
};

MergeResult mergeRoadmaps(const Roadmap& base, const Roadmap& ours, const Roadmap& theirs,
                          const MergeOptions& options = {});

/// Whether the contribution's header names `baseline` (by content fingerprint).
bool isDraftedFrom(const Roadmap& contribution, const Roadmap& baseline);

/// The review record of a merge: every change of the contribution with its verdict
/// (accepted when applied or already made, rejected otherwise) and the comment given for
/// its subject, if any. Refused, with the reason, when the record could not be read back:
/// without a reviewer, or without the contributing agency (a plain roadmap names none of
/// its own; MergeOptions::contributor does).
Expected<Review, std::string>
reviewRecord(const MergeResult& result, const Roadmap& contribution, std::string reviewer,
             Date date, const std::map<std::string, std::string, std::less<>>& comments,
             std::string summary = {});

} // namespace orrery
