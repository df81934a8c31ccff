#include "fields.h"

#include <orrery/editing.h>
#include <orrery/identifier.h>
#include <orrery/io/writer.h>
#include <orrery/merge.h>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace orrery {

std::size_t MergeResult::pendingCount() const {
    return static_cast<std::size_t>(std::count_if(
        items.begin(), items.end(), [](const MergeItem& item) { return item.pending(); }));
}

bool isDraftedFrom(const Roadmap& contribution, const Roadmap& baseline) {
    return contribution.contribution &&
           contribution.contribution->baseline.fingerprint == contentFingerprint(baseline);
}

namespace {

/// The kind of entity a change is about, for matching: a dependency belongs to its
/// dependent mission.
EntityKind holderOf(EntityKind kind) {
    return kind == EntityKind::Dependency ? EntityKind::Mission : kind;
}

/// Ids as one side of the merge knows them, translated to and from the baseline's.
class IdMap {
public:
    void learn(const RoadmapDiff& diff) {
        for (const Change& change : diff.changes) {
            if (change.kind == ChangeKind::Renamed) {
                set(change.entity, change.previousId, change.id);
            }
        }
    }
    /// baseline id -> this side's id
    void set(EntityKind kind, const std::string& base, const std::string& side) {
        m_toSide[{kind, base}] = side;
        m_toBase[{kind, side}] = base;
    }
    std::string toBase(EntityKind kind, const std::string& id) const {
        const auto found = m_toBase.find({kind, id});
        return found == m_toBase.end() ? id : found->second;
    }
    std::string toSide(EntityKind kind, const std::string& id) const {
        const auto found = m_toSide.find({kind, id});
        return found == m_toSide.end() ? id : found->second;
    }

private:
    std::map<std::pair<EntityKind, std::string>, std::string> m_toSide;
    std::map<std::pair<EntityKind, std::string>, std::string> m_toBase;
};

/// What a change is about, in the baseline's ids: the same key on both sides means the
/// two changed the same thing.
std::string keyOf(const Change& change, const IdMap& ids) {
    const std::string id = change.kind == ChangeKind::Renamed
                               ? change.previousId
                               : ids.toBase(holderOf(change.entity), change.id);
    const std::string prerequisite = change.prerequisite.empty()
                                         ? std::string()
                                         : ids.toBase(EntityKind::Mission, change.prerequisite);
    const bool fieldChange = change.kind == ChangeKind::Changed && change.field;
    return fmt::format("{}|{}|{}|{}|{}", toString(change.entity), id, prerequisite,
                       fieldChange ? "changed" : toString(change.kind),
                       fieldChange ? change.field->field : std::string());
}

std::string entityKeyOf(const Change& change, const IdMap& ids) {
    const std::string id = change.kind == ChangeKind::Renamed
                               ? change.previousId
                               : ids.toBase(holderOf(change.entity), change.id);
    return fmt::format("{}|{}", toString(holderOf(change.entity)), id);
}

/// Both sides added the same entity: alike, or a conflict.
bool sameAddition(const Change& change, const Roadmap& ours, const Roadmap& theirs) {
    switch (change.entity) {
    case EntityKind::Agency:
        return *ours.agencies.find(change.id) == *theirs.agencies.find(change.id);
    case EntityKind::Destination:
        return *ours.destinations.find(change.id) == *theirs.destinations.find(change.id);
    case EntityKind::Capability:
        return *ours.capabilities.find(change.id) == *theirs.capabilities.find(change.id);
    case EntityKind::Goal:
        return *ours.goals.find(change.id) == *theirs.goals.find(change.id);
    case EntityKind::Objective:
        return *ours.objectives.find(change.id) == *theirs.objectives.find(change.id);
    case EntityKind::KnowledgeGap:
        return *ours.knowledgeGaps.find(change.id) == *theirs.knowledgeGaps.find(change.id);
    case EntityKind::Scenario:
        return *ours.scenarios.find(change.id) == *theirs.scenarios.find(change.id);
    case EntityKind::Edition:
        return *ours.editions.find(change.id) == *theirs.editions.find(change.id);
    case EntityKind::Mission:
        return *ours.missions.find(change.id) == *theirs.missions.find(change.id);
    case EntityKind::Dependency: {
        const auto prerequisiteOf = [&](const Roadmap& roadmap) -> std::optional<Prerequisite> {
            const Mission* mission = roadmap.missions.find(change.id);
            if (!mission) {
                return std::nullopt;
            }
            for (const Prerequisite& prerequisite : mission->prerequisites) {
                if (prerequisite.mission == change.prerequisite) {
                    return prerequisite;
                }
            }
            return std::nullopt;
        };
        return prerequisiteOf(ours) == prerequisiteOf(theirs);
    }
    case EntityKind::Roadmap:
        break;
    }
    return false;
}

class Merger {
public:
    Merger(const Roadmap& base, const Roadmap& ours, const Roadmap& theirs,
           const MergeOptions& options)
        : m_base(base), m_ours(ours), m_theirs(theirs), m_options(options) {}

    MergeResult run() {
        MergeResult result;
        result.merged = m_ours;
        result.contributor = !m_options.contributor.empty() ? m_options.contributor
                             : m_theirs.contribution        ? m_theirs.contribution->agency
                                                            : std::string();
        result.baselineMismatch =
            !m_theirs.contribution ||
            m_theirs.contribution->baseline.fingerprint != (m_options.baselineFingerprint
                                                                ? *m_options.baselineFingerprint
                                                                : contentFingerprint(m_base));

        const RoadmapDiff oursDiff = diffRoadmaps(m_base, m_ours);
        const RoadmapDiff theirsDiff = diffRoadmaps(m_base, m_theirs);
        m_oursIds.learn(oursDiff);
        m_theirsIds.learn(theirsDiff);
        std::map<std::string, const Change*> oursByKey;
        std::set<std::string> oursRemoved;
        std::set<std::string> oursTouched;
        for (const Change& change : oursDiff.changes) {
            oursByKey[keyOf(change, m_oursIds)] = &change;
            if (change.kind == ChangeKind::Removed && change.entity != EntityKind::Dependency) {
                oursRemoved.insert(entityKeyOf(change, m_oursIds));
            } else if (change.kind != ChangeKind::Added ||
                       change.entity == EntityKind::Dependency) {
                oursTouched.insert(entityKeyOf(change, m_oursIds));
            }
        }

        for (const Change& change : theirsDiff.changes) {
            MergeItem item;
            item.change = change;
            const auto counterpart = oursByKey.find(keyOf(change, m_theirsIds));
            if (counterpart != oursByKey.end()) {
                const Change& ours = *counterpart->second;
                item.ours = ours;
                item.alreadyMade = sameOutcome(change, ours);
                if (!item.alreadyMade) {
                    item.conflict = true;
                    item.conflictReason = bothChangedReason(change, ours);
                }
            } else if (change.kind != ChangeKind::Added &&
                       oursRemoved.contains(entityKeyOf(change, m_theirsIds))) {
                item.conflict = true;
                item.conflictReason = fmt::format("{} has removed what {} changes",
                                                  m_options.oursName, m_options.theirsName);
            } else if (change.entity == EntityKind::Dependency &&
                       change.kind == ChangeKind::Added &&
                       oursRemoved.contains(
                           fmt::format("mission|{}", m_theirsIds.toBase(EntityKind::Mission,
                                                                        change.prerequisite)))) {
                item.conflict = true;
                item.conflictReason = fmt::format("{} depends on a mission {} has removed",
                                                  m_options.theirsName, m_options.oursName);
            } else if (change.kind == ChangeKind::Removed &&
                       change.entity != EntityKind::Dependency &&
                       oursTouched.contains(entityKeyOf(change, m_theirsIds))) {
                item.conflict = true;
                item.conflictReason = fmt::format("{} removes what {} has changed",
                                                  m_options.theirsName, m_options.oursName);
            }
            item.crossAgency = m_options.holdCrossAgency && !result.contributor.empty() &&
                               !change.owner.empty() && change.owner != result.contributor;
            if (const auto decided = m_options.decisions.find(change.subject());
                decided != m_options.decisions.end()) {
                item.decision = decided->second;
            }
            const bool take = !item.alreadyMade && (item.conflict || item.crossAgency
                                                        ? item.decision == Verdict::Accepted
                                                        : item.decision != Verdict::Rejected);
            item.applied = take && apply(result.merged, change);
            result.items.push_back(std::move(item));
        }
        return result;
    }

private:
    bool sameOutcome(const Change& theirs, const Change& ours) const {
        switch (theirs.kind) {
        case ChangeKind::Changed:
            return theirs.field && ours.field && theirs.field->after == ours.field->after;
        case ChangeKind::Renamed:
            return theirs.id == ours.id;
        case ChangeKind::Removed:
            return true;
        case ChangeKind::Added:
            return sameAddition(theirs, m_ours, m_theirs);
        }
        return false;
    }

    std::string bothChangedReason(const Change& theirs, const Change& ours) {
        switch (theirs.kind) {
        case ChangeKind::Changed:
            return fmt::format("changed on both sides: \"{}\" in {}, \"{}\" in {}",
                               ours.field ? ours.field->after : "", m_options.oursName,
                               theirs.field ? theirs.field->after : "", m_options.theirsName);
        case ChangeKind::Renamed:
            return fmt::format("renamed on both sides: to \"{}\" in {}, to \"{}\" in {}", ours.id,
                               m_options.oursName, theirs.id, m_options.theirsName);
        case ChangeKind::Added:
            return "added on both sides, differently";
        case ChangeKind::Removed:
            break;
        }
        return {};
    }

    /// The id the merged roadmap knows an entity of the contribution by.
    std::string mergedId(EntityKind kind, const std::string& theirsId) const {
        return m_oursIds.toSide(kind, m_theirsIds.toBase(kind, theirsId));
    }

    template <class T>
    static bool copyField(IdList<T>& list, const std::string& id, const T& from,
                          const std::string& name) {
        const auto index = list.indexOf(id);
        if (!index) {
            return false;
        }
        T entity = list[*index];
        const auto field = review::fieldNamed(entity, from, name);
        if (!field) {
            return false;
        }
        field->copy(entity, from);
        list.replace(*index, std::move(entity));
        return true;
    }

    template <class T>
    bool applyTo(IdList<T>& list, const IdList<T>& theirs, EntityKind kind, const Change& change) {
        switch (change.kind) {
        case ChangeKind::Added:
            if (list.contains(change.id)) {
                return false;
            }
            list.append(*theirs.find(change.id));
            return true;
        case ChangeKind::Removed: {
            const auto index = list.indexOf(mergedId(kind, change.id));
            if (!index) {
                return false;
            }
            list.take(*index);
            return true;
        }
        case ChangeKind::Changed: {
            const std::string id = mergedId(kind, change.id);
            if (!list.contains(id) && !list.contains(change.id)) {
                // The roadmap removed it and the change is taken all the same: it comes
                // back as the contribution has it.
                list.append(*theirs.find(change.id));
                return true;
            }
            return copyField(list, id, *theirs.find(change.id), change.field->field);
        }
        case ChangeKind::Renamed:
            break;
        }
        return false;
    }

    bool applyDependency(Roadmap& merged, const Change& change) {
        const auto missionIndex = merged.missions.indexOf(mergedId(EntityKind::Mission, change.id));
        const Mission* theirsMission = m_theirs.missions.find(change.id);
        if (!missionIndex) {
            return false;
        }
        Mission mission = merged.missions[*missionIndex];
        const std::string prerequisite = mergedId(EntityKind::Mission, change.prerequisite);
        const auto inMerged =
            std::find_if(mission.prerequisites.begin(), mission.prerequisites.end(),
                         [&](const Prerequisite& p) { return p.mission == prerequisite; });
        const Prerequisite* inTheirs = nullptr;
        if (theirsMission) {
            for (const Prerequisite& candidate : theirsMission->prerequisites) {
                if (candidate.mission == change.prerequisite) {
                    inTheirs = &candidate;
                    break;
                }
            }
        }
        switch (change.kind) {
        case ChangeKind::Added: {
            if (inMerged != mission.prerequisites.end() || !inTheirs) {
                return false;
            }
            Prerequisite added = *inTheirs;
            added.mission = prerequisite;
            mission.prerequisites.push_back(std::move(added));
            break;
        }
        case ChangeKind::Removed:
            if (inMerged == mission.prerequisites.end()) {
                return false;
            }
            mission.prerequisites.erase(inMerged);
            break;
        case ChangeKind::Changed: {
            if (inMerged == mission.prerequisites.end() || !inTheirs) {
                return false;
            }
            const auto field = review::fieldNamed(*inMerged, *inTheirs, change.field->field);
            if (!field) {
                return false;
            }
            field->copy(*inMerged, *inTheirs);
            break;
        }
        case ChangeKind::Renamed:
            return false;
        }
        merged.missions.replace(*missionIndex, std::move(mission));
        return true;
    }

    bool apply(Roadmap& merged, const Change& change) {
        if (change.kind == ChangeKind::Renamed) {
            const std::string current = mergedId(change.entity, change.id);
            if (current == change.id || !renameIdIn(merged, change.entity, current, change.id)) {
                return false;
            }
            m_oursIds.set(change.entity, change.previousId, change.id);
            return true;
        }
        switch (change.entity) {
        case EntityKind::Roadmap: {
            const auto field = review::fieldNamed(merged, m_theirs, change.field->field);
            if (!field) {
                return false;
            }
            field->copy(merged, m_theirs);
            return true;
        }
        case EntityKind::Agency:
            return applyTo(merged.agencies, m_theirs.agencies, change.entity, change);
        case EntityKind::Destination:
            return applyTo(merged.destinations, m_theirs.destinations, change.entity, change);
        case EntityKind::Capability:
            return applyTo(merged.capabilities, m_theirs.capabilities, change.entity, change);
        case EntityKind::Goal:
            return applyTo(merged.goals, m_theirs.goals, change.entity, change);
        case EntityKind::Objective:
            return applyTo(merged.objectives, m_theirs.objectives, change.entity, change);
        case EntityKind::KnowledgeGap:
            return applyTo(merged.knowledgeGaps, m_theirs.knowledgeGaps, change.entity, change);
        case EntityKind::Scenario:
            return applyTo(merged.scenarios, m_theirs.scenarios, change.entity, change);
        case EntityKind::Edition:
            return applyTo(merged.editions, m_theirs.editions, change.entity, change);
        case EntityKind::Mission:
            return applyTo(merged.missions, m_theirs.missions, change.entity, change);
        case EntityKind::Dependency:
            return applyDependency(merged, change);
        }
        return false;
    }

    const Roadmap& m_base;
    const Roadmap& m_ours;
    const Roadmap& m_theirs;
    const MergeOptions& m_options;
    IdMap m_oursIds;
    IdMap m_theirsIds;
};

} // namespace

MergeResult mergeRoadmaps(const Roadmap& base, const Roadmap& ours, const Roadmap& theirs,
                          const MergeOptions& options) {
    return Merger(base, ours, theirs, options).run();
}

Expected<Review, std::string>
reviewRecord(const MergeResult& result, const Roadmap& contribution, std::string reviewer,
             Date date, const std::map<std::string, std::string, std::less<>>& comments,
             std::string summary) {
    // What the file format requires of a record, so that a roadmap that keeps it loads again.
    if (!isWellFormedId(result.contributor)) {
        return make_unexpected(
            result.contributor.empty()
                ? std::string("the contribution does not say which agency sent it")
                : fmt::format("\"{}\" is not an agency id", result.contributor));
    }
    if (reviewer.empty()) {
        return make_unexpected(std::string("the review names no reviewer"));
    }
    Review review;
    review.reviewer = std::move(reviewer);
    review.date = date;
    review.summary = std::move(summary);
    review.contribution.agency = result.contributor;
    review.contribution.title = contribution.title;
    review.contribution.edition = contribution.edition;
    review.contribution.fingerprint = contentFingerprint(contribution);
    for (const MergeItem& item : result.items) {
        ReviewDecision decision;
        decision.subject = item.change.subject();
        decision.verdict = item.applied || item.alreadyMade ? Verdict::Accepted : Verdict::Rejected;
        if (const auto comment = comments.find(decision.subject); comment != comments.end()) {
            decision.comment = comment->second;
        }
        review.decisions.push_back(std::move(decision));
    }
    return review;
}

} // namespace orrery
