#pragma once

// Who may change what. Agencies sign their commits; the signature's verdict comes from git
// (which lets ssh-keygen or gpg do the cryptography), naming the agency whose key signed.
// What Orrery adds is the roadmap's side: a commit may change what its signer's agency
// owns, and what all share; a change to another agency's mission, or any unsigned change,
// is flagged for a person to look at.

#include <orrery/diff.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orrery {

enum class SignatureStatus {
    Good,        ///< a valid signature by a key the signers file lists
    Unsigned,    ///< no signature
    Bad,         ///< the signature does not match the commit
    UnlistedKey, ///< valid, by a key the signers file does not list
    ExpiredKey,  ///< by a key, or with a signature, that has expired
    RevokedKey,  ///< by a revoked key
    Uncheckable, ///< the signature cannot be checked here (a missing program or key)
};

/// The status git's "%G?" letter stands for.
SignatureStatus signatureStatusFromGit(char letter);
/// "good", "unsigned", "bad", "unlisted key"...: what tables and messages say.
std::string_view toString(SignatureStatus status);

struct CommitSignature {
    SignatureStatus status = SignatureStatus::Unsigned;
    /// The agency the key belongs to, as the signers file names it (git's "%GS").
    std::string signer;
    /// The key's fingerprint (git's "%GK"), when signed.
    std::string key;
};

/// One reason a commit needs a person's attention.
struct AuthorityProblem {
    /// The change it is about ("mission/em2/start"), or empty when it is about the commit.
    std::string subject;
    std::string message;

    friend bool operator==(const AuthorityProblem&, const AuthorityProblem&) = default;
};

/// What is wrong with a commit that made `changes`, signed as `signature`: nothing for a
/// commit that changes nothing, or that is signed by a listed key of the agency owning
/// each thing it changes (what all share, any listed agency may change). An unsigned
/// change, a signature that does not hold, and each change to what another agency owns are
/// problems.
std::vector<AuthorityProblem> authorityProblems(const CommitSignature& signature,
                                                const std::vector<Change>& changes);

/// The changes a merge made of its own, beyond what it took from either side: those in
/// both its diffs against its two parents, alike; and the changes to what one parent did
/// not have at all (its diff shows it added), made against the other's version.
std::vector<Change> changesOfMerge(const RoadmapDiff& fromFirstParent,
                                   const RoadmapDiff& fromSecondParent);

/// What a commit changed, from the version it left and its parents' (none for the first
/// commit): the diff against its parent; for a merge, changesOfMerge() of its first two.
std::vector<Change> changesOfCommit(const Roadmap& after,
                                    const std::vector<const Roadmap*>& parents);

} // namespace orrery
