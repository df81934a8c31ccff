#include <orrery/signing.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

namespace orrery {

SignatureStatus signatureStatusFromGit(char letter) {
    switch (letter) {
    case 'G':
        return SignatureStatus::Good;
    case 'N':
        return SignatureStatus::Unsigned;
    case 'B':
        return SignatureStatus::Bad;
    case 'U':
        return SignatureStatus::UnlistedKey;
    case 'X':
    case 'Y':
        return SignatureStatus::ExpiredKey;
    case 'R':
        return SignatureStatus::RevokedKey;
    default:
        return SignatureStatus::Uncheckable;
    }
}

std::string_view toString(SignatureStatus status) {
    switch (status) {
    case SignatureStatus::Good:
        return "good";
    case SignatureStatus::Unsigned:
        return "unsigned";
    case SignatureStatus::Bad:
        return "bad";
    case SignatureStatus::UnlistedKey:
        return "unlisted key";
    case SignatureStatus::ExpiredKey:
        return "expired";
    case SignatureStatus::RevokedKey:
        return "revoked key";
    case SignatureStatus::Uncheckable:
        break;
    }
    return "uncheckable";
}

namespace {

std::string signatureProblem(const CommitSignature& signature) {
    switch (signature.status) {
    case SignatureStatus::Good:
        return {};
    case SignatureStatus::Unsigned:
        return "unsigned: nobody vouches for these changes";
    case SignatureStatus::Bad:
        return "the signature does not match the commit: it was altered after signing";
    case SignatureStatus::UnlistedKey:
        return fmt::format("signed by a key no agency lists in the signers file ({})",
                           signature.key.empty() ? "unknown key" : signature.key);
    case SignatureStatus::ExpiredKey:
        return "signed with an expired key or signature";
    case SignatureStatus::RevokedKey:
        return "signed with a revoked key";
    case SignatureStatus::Uncheckable:
        break;
    }
    return "the signature cannot be checked on this machine";
}

} // namespace

std::vector<AuthorityProblem> authorityProblems(const CommitSignature& signature,
                                                const std::vector<Change>& changes) {
    std::vector<AuthorityProblem> problems;
    if (changes.empty()) {
        return problems;
    }
    if (std::string reason = signatureProblem(signature); !reason.empty()) {
        problems.push_back({{}, std::move(reason)});
        return problems;
    }
    // One problem per thing of another agency's, not per field: "changes mission em2 of
    // NASA (start, end)".
    std::map<std::string, std::vector<const Change*>> byThing;
    std::vector<std::string> order;
    for (const Change& change : changes) {
        if (change.owner.empty() || change.owner == signature.signer) {
            continue;
        }
        const std::string thing = change.mission().empty()
                                      ? fmt::format("{}/{}", toString(change.entity), change.id)
                                      : "mission/" + change.mission();
        auto [entry, added] = byThing.try_emplace(thing);
        if (added) {
            order.push_back(thing);
        }
        entry->second.push_back(&change);
    }
    for (const std::string& thing : order) {
        const std::vector<const Change*>& owned = byThing.at(thing);
        std::vector<std::string> what;
        for (const Change* change : owned) {
            std::string part =
                change->field ? change->field->field : std::string(toString(change->kind));
            if (!change->prerequisite.empty()) {
                part = fmt::format("{} requires {}", toString(change->kind), change->prerequisite);
            }
            if (std::find(what.begin(), what.end(), part) == what.end()) {
                what.push_back(std::move(part));
            }
        }
        const Change& first = *owned.front();
        const std::string noun = first.mission().empty()
                                     ? fmt::format("{} {}", nounOf(first.entity), first.id)
                                     : fmt::format("mission {}", first.mission());
        problems.push_back(
            {first.subject(), fmt::format("changes {} of {} ({}), signed by {}", noun, first.owner,
                                          fmt::join(what, ", "), signature.signer)});
    }
    return problems;
}

std::vector<Change> changesOfMerge(const RoadmapDiff& fromFirstParent,
                                   const RoadmapDiff& fromSecondParent) {
    // What a parent lacked altogether, it shows as added: a change made to it in the merge
    // is then in the other parent's diff alone.
    const auto addedIn = [](const RoadmapDiff& diff, const Change& change) {
        const std::string& holder = change.mission().empty() ? change.id : change.mission();
        const EntityKind kind =
            change.entity == EntityKind::Dependency ? EntityKind::Mission : change.entity;
        return std::any_of(diff.changes.begin(), diff.changes.end(), [&](const Change& other) {
            return other.kind == ChangeKind::Added && other.entity == kind && other.id == holder;
        });
    };
    const auto sameChange = [](const Change& a, const Change& b) {
        return a.subject() == b.subject() && a.kind == b.kind &&
               (!a.field || (b.field && b.field->after == a.field->after));
    };
    std::vector<Change> own;
    for (const Change& change : fromFirstParent.changes) {
        const bool inBoth =
            std::any_of(fromSecondParent.changes.begin(), fromSecondParent.changes.end(),
                        [&](const Change& other) { return sameChange(change, other); });
        const bool newToSecond =
            change.kind != ChangeKind::Added && addedIn(fromSecondParent, change);
        if (inBoth || newToSecond) {
            own.push_back(change);
        }
    }
    for (const Change& change : fromSecondParent.changes) {
        if (change.kind != ChangeKind::Added && addedIn(fromFirstParent, change)) {
            own.push_back(change);
        }
    }
    return own;
}

std::vector<Change> changesOfCommit(const Roadmap& after,
                                    const std::vector<const Roadmap*>& parents) {
    if (parents.empty()) {
        return diffRoadmaps(Roadmap{}, after).changes;
    }
    if (parents.size() == 1) {
        return diffRoadmaps(*parents.front(), after).changes;
    }
    return changesOfMerge(diffRoadmaps(*parents[0], after), diffRoadmaps(*parents[1], after));
}

} // namespace orrery
