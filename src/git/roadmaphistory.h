#pragma once

#include "repository.h"

#include <orrery/diff.h>
#include <orrery/expected.h>
#include <orrery/roadmap.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace orrery::git {

/// What one commit did to one mission.
struct MissionEvent {
    Commit commit;
    /// The mission's changes, with the ids the commit gave (a rename's new id).
    std::vector<Change> changes;
};

/// A roadmap file's history in the repository that holds it: the commits that changed it,
/// the roadmap as each left it, what each changed, and one mission's own history. Every
/// version is read once: what the history needs of it (each mission's fingerprint) is kept
/// by blob id, so that asking about another mission reads nothing again. Not for use from
/// two threads at once.
class RoadmapHistory {
public:
    /// `file`: the roadmap's path relative to the top of the repository's work tree.
    RoadmapHistory(Repository repository, std::string file);
    ~RoadmapHistory();
    RoadmapHistory(const RoadmapHistory&) = delete;
    RoadmapHistory& operator=(const RoadmapHistory&) = delete;

    const Repository& repository() const { return m_repository; }
    const std::string& file() const { return m_file; }

    /// The commits that changed the file, newest first; read from git once. Signatures are
    /// not verified (git runs a program per signed commit): signatures() does that.
    Expected<std::vector<Commit>, std::string> commits();
    /// Each commit's signature as git verifies it, by commit id.
    Expected<std::map<std::string, CommitSignature>, std::string> signatures();

    /// The roadmap as a version (blob) of the file holds it.
    Expected<Roadmap, std::string> version(const std::string& blob);
    /// What a commit changed: against its parent, or for a merge, what it changed beyond
    /// both its parents.
    Expected<std::vector<Change>, std::string> changesOf(const Commit& commit);

    /// Reads every version once, to know each mission's fingerprint in each: what a
    /// mission's history needs. Done by missionHistory() when not done already.
    Expected<void, std::string> indexVersions();
    /// The commits that changed the mission, newest first, each with what it changed of it;
    /// a rename is followed to the mission's earlier id.
    Expected<std::vector<MissionEvent>, std::string> missionHistory(const std::string& mission);

private:
    struct VersionIndex;
    Expected<const VersionIndex*, std::string> indexOf(const std::string& blob);
    std::uint32_t numberOf(std::string_view mission);
    std::optional<std::uint64_t> fingerprint(const VersionIndex& index, std::string_view mission);
    Expected<std::vector<Change>, std::string>
    missionChanges(const std::string& before, const std::string& after, const std::string& mission);

    Repository m_repository;
    std::string m_file;
    std::optional<std::vector<Commit>> m_commits;
    std::unordered_map<std::string, std::unique_ptr<VersionIndex>> m_indexes;
    std::unordered_map<std::string, std::uint32_t> m_missionNumbers;
    /// The last versions read whole, by blob id: selecting commits one after the other reads
    /// each once.
    std::vector<std::pair<std::string, Roadmap>> m_recentVersions;
};

/// Who last changed each field of a mission, from its history (newest first).
struct FieldBlame {
    /// By field name ("start", "requires em2", "id" for a rename): the last event that
    /// changed it.
    std::map<std::string, const MissionEvent*> lastChanged;
    /// The event that added the mission, if the history has it: the fields no event changed
    /// are as it added them.
    const MissionEvent* added = nullptr;
};
FieldBlame blameFields(const std::vector<MissionEvent>& history);

} // namespace orrery::git
