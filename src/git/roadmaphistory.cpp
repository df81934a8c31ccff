#include "roadmaphistory.h"

#include <orrery/io/reader.h>
#include <orrery/signing.h>

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <functional>
#include <set>
#include <thread>

namespace orrery::git {

namespace {

/// Each mission's object in a version's text, by id, in the file's order.
using MissionSlices = std::vector<std::pair<std::string_view, std::string_view>>;

/// The missions of a roadmap as Orrery writes it (canonical text: a mission's id on the line
/// after its opening brace): found by their lines alone, without reading the JSON, since a
/// long history has hundreds of megabytes of versions. Nothing when the text is laid out
/// otherwise.
std::optional<MissionSlices> canonicalMissions(std::string_view text) {
    constexpr std::string_view kList = "\n  \"missions\": [";
    constexpr std::string_view kOpen = "\n    {\n      \"id\": \"";
    constexpr std::string_view kClose = "\n    }";
    std::size_t at = text.find(kList);
    if (at == std::string_view::npos) {
        return std::nullopt;
    }
    at += kList.size();
    MissionSlices missions;
    if (text.substr(at).starts_with("]")) {
        return missions;
    }
    while (true) {
        if (text.substr(at, kOpen.size()) != kOpen) {
            return std::nullopt;
        }
        const std::size_t begin = at + 1;
        const std::size_t idStart = at + kOpen.size();
        const std::size_t idEnd = text.find('"', idStart);
        const std::size_t end = text.find(kClose, idStart);
        if (idEnd == std::string_view::npos || end == std::string_view::npos ||
            text.substr(idStart, idEnd - idStart).find('\\') != std::string_view::npos) {
            return std::nullopt;
        }
        const std::size_t after = end + kClose.size();
        missions.emplace_back(text.substr(idStart, idEnd - idStart),
                              text.substr(begin, after - begin));
        if (text.substr(after).starts_with(",")) {
            at = after + 1;
        } else if (text.substr(after).starts_with("\n  ]")) {
            return missions;
        } else {
            return std::nullopt;
        }
    }
}

/// The same for any layout, reading the JSON (simdjson keeps the text of each object).
std::optional<MissionSlices> anyMissions(std::string_view text, simdjson::padded_string& copy) {
    copy = simdjson::padded_string(text);
    static thread_local simdjson::ondemand::parser parser;
    MissionSlices missions;
    try {
        simdjson::ondemand::document document = parser.iterate(copy);
        for (auto element : document["missions"].get_array()) {
            simdjson::ondemand::object mission = element.get_object();
            const std::string_view raw = mission.raw_json();
            mission.reset();
            const std::string_view id = mission["id"].get_string();
            missions.emplace_back(id, raw);
        }
    } catch (const simdjson::simdjson_error&) {
        return std::nullopt;
    }
    return missions;
}

/// The missions of a version, whatever its layout; nothing when it is not a roadmap.
std::optional<MissionSlices> missionsOf(std::string_view text, simdjson::padded_string& copy) {
    if (std::optional<MissionSlices> missions = canonicalMissions(text)) {
        return missions;
    }
    return anyMissions(text, copy);
}

std::uint64_t hashOf(std::string_view text) {
    return std::hash<std::string_view>{}(text);
}

/// A roadmap of one mission (or none), to compare a mission of two versions with the same
/// diff that compares whole roadmaps.
std::string roadmapAround(std::string_view mission) {
    return fmt::format(R"({{"format":"orrery.roadmap","formatVersion":2,"title":"-",)"
                       R"("asOf":"2000","agencies":[],"destinations":[],"missions":[{}]}})",
                       mission);
}

} // namespace

struct RoadmapHistory::VersionIndex {
    /// (mission number, fingerprint of its text), sorted by number.
    std::vector<std::pair<std::uint32_t, std::uint64_t>> missions;
    /// The version is not a roadmap the history can read.
    std::string problem;
};

RoadmapHistory::RoadmapHistory(Repository repository, std::string file)
    : m_repository(std::move(repository)), m_file(std::move(file)) {}

RoadmapHistory::~RoadmapHistory() = default;

Expected<std::vector<Commit>, std::string> RoadmapHistory::commits() {
    if (!m_commits && !m_repository.run({"rev-parse", "--verify", "--quiet", "HEAD"})) {
        m_commits.emplace(); // a repository without a commit yet
    }
    if (!m_commits) {
        Repository::LogOptions options;
        options.signatures = false;
        auto read = m_repository.log(":(literal)" + m_file, options);
        if (!read) {
            return make_unexpected(read.error());
        }
        m_commits = std::move(*read);
    }
    return *m_commits;
}

Expected<std::map<std::string, CommitSignature>, std::string> RoadmapHistory::signatures() {
    // The keys as the newest commit lists them, not as the working tree may have them.
    auto signers = SignersFile::at(m_repository, "HEAD");
    if (!signers) {
        return make_unexpected(signers.error());
    }
    Repository::LogOptions options;
    options.allowedSigners = allowedSignersPath(*signers);
    auto commits = m_repository.log(":(literal)" + m_file, options);
    if (!commits) {
        return make_unexpected(commits.error());
    }
    std::map<std::string, CommitSignature> signatures;
    for (Commit& commit : *commits) {
        signatures.emplace(std::move(commit.id), std::move(commit.signature));
    }
    return signatures;
}

Expected<Roadmap, std::string> RoadmapHistory::version(const std::string& blob) {
    if (blob.empty()) {
        return Roadmap{};
    }
    for (const auto& [id, roadmap] : m_recentVersions) {
        if (id == blob) {
            return roadmap;
        }
    }
    auto text = m_repository.blob(blob);
    if (!text) {
        return make_unexpected(text.error());
    }
    ReadResult read = parseRoadmap(*text, fmt::format("{} ({})", m_file, blob.substr(0, 10)));
    if (!read) {
        return make_unexpected(read.error().front().describe());
    }
    constexpr std::size_t kKept = 4;
    if (m_recentVersions.size() == kKept) {
        m_recentVersions.erase(m_recentVersions.begin());
    }
    m_recentVersions.emplace_back(blob, *read);
    return std::move(*read);
}

Expected<std::vector<Change>, std::string> RoadmapHistory::changesOf(const Commit& commit) {
    auto after = version(commit.blob);
    if (!after) {
        return make_unexpected(after.error());
    }
    std::vector<Roadmap> parents;
    for (const std::string& parentBlob : commit.parentBlobs) {
        auto before = version(parentBlob);
        if (!before) {
            return make_unexpected(before.error());
        }
        parents.push_back(std::move(*before));
    }
    std::vector<const Roadmap*> parentVersions;
    for (const Roadmap& parent : parents) {
        parentVersions.push_back(&parent);
    }
    return changesOfCommit(*after, parentVersions);
}

std::uint32_t RoadmapHistory::numberOf(std::string_view mission) {
    const auto [entry, added] = m_missionNumbers.try_emplace(
        std::string(mission), static_cast<std::uint32_t>(m_missionNumbers.size()));
    return entry->second;
}

std::optional<std::uint64_t> RoadmapHistory::fingerprint(const VersionIndex& index,
                                                         std::string_view mission) {
    const auto number = m_missionNumbers.find(std::string(mission));
    if (number == m_missionNumbers.end()) {
        return std::nullopt;
    }
    const auto found = std::lower_bound(
        index.missions.begin(), index.missions.end(), std::pair{number->second, std::uint64_t{0}},
        [](const auto& a, const auto& b) { return a.first < b.first; });
    if (found == index.missions.end() || found->first != number->second) {
        return std::nullopt;
    }
    return found->second;
}

Expected<void, std::string> RoadmapHistory::indexVersions() {
    auto all = commits();
    if (!all) {
        return make_unexpected(all.error());
    }
    std::vector<std::string> wanted;
    std::set<std::string> seen;
    const auto want = [&](const std::string& blob) {
        if (!blob.empty() && !m_indexes.contains(blob) && seen.insert(blob).second) {
            wanted.push_back(blob);
        }
    };
    for (const Commit& commit : *all) {
        want(commit.blob);
        std::for_each(commit.parentBlobs.begin(), commit.parentBlobs.end(), want);
    }
    // git inflates the versions one by one, the slowest part: the list is read in as many
    // parts as there are cores, each by a git of its own, each part's versions in history
    // order so that git resolves its deltas from what it has just read.
    struct Part {
        std::vector<std::pair<std::string,
                              std::optional<std::vector<std::pair<std::string, std::uint64_t>>>>>
            versions;
        std::string problem;
    };
    const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    const std::size_t perPart = (wanted.size() + workers - 1) / std::max<std::size_t>(workers, 1);
    std::vector<Part> parts(wanted.empty() ? 0 : (wanted.size() + perPart - 1) / perPart);
    std::vector<std::thread> threads;
    for (std::size_t part = 0; part < parts.size(); ++part) {
        threads.emplace_back([&, part] {
            const auto first = wanted.begin() + static_cast<std::ptrdiff_t>(part * perPart);
            const auto last = wanted.begin() + static_cast<std::ptrdiff_t>(
                                                   std::min(wanted.size(), (part + 1) * perPart));
            simdjson::padded_string copy;
            auto read = m_repository.eachBlob(
                std::vector<std::string>(first, last),
                [&](const std::string& id, std::string_view text) {
                    const std::optional<MissionSlices> missions = missionsOf(text, copy);
                    auto& entry = parts[part].versions.emplace_back(id, std::nullopt);
                    if (missions) {
                        entry.second.emplace();
                        entry.second->reserve(missions->size());
                        for (const auto& [mission, object] : *missions) {
                            entry.second->emplace_back(std::string(mission), hashOf(object));
                        }
                    }
                });
            if (!read) {
                parts[part].problem = read.error();
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    for (Part& part : parts) {
        if (!part.problem.empty()) {
            return make_unexpected(part.problem);
        }
        for (auto& [id, missions] : part.versions) {
            auto index = std::make_unique<VersionIndex>();
            if (!missions) {
                index->problem = "not a roadmap";
            } else {
                index->missions.reserve(missions->size());
                for (const auto& [mission, hash] : *missions) {
                    index->missions.emplace_back(numberOf(mission), hash);
                }
                std::sort(index->missions.begin(), index->missions.end());
            }
            m_indexes.emplace(id, std::move(index));
        }
    }
    return {};
}

Expected<const RoadmapHistory::VersionIndex*, std::string>
RoadmapHistory::indexOf(const std::string& blob) {
    const auto found = m_indexes.find(blob);
    if (found == m_indexes.end()) {
        return make_unexpected(fmt::format("{}: version {} was not read", m_file, blob));
    }
    return found->second.get();
}

Expected<std::vector<Change>, std::string>
RoadmapHistory::missionChanges(const std::string& before, const std::string& after,
                               const std::string& mission) {
    std::map<std::string, std::string> objects;
    std::vector<std::string> blobs;
    for (const std::string* blob : {&before, &after}) {
        if (!blob->empty()) {
            blobs.push_back(*blob);
        }
    }
    simdjson::padded_string copy;
    auto read = m_repository.eachBlob(blobs, [&](const std::string& id, std::string_view text) {
        const std::optional<MissionSlices> missions = missionsOf(text, copy);
        if (!missions) {
            return;
        }
        for (const auto& [found, object] : *missions) {
            if (found == mission) {
                objects[id] = std::string(object);
            }
        }
    });
    if (!read) {
        return make_unexpected(read.error());
    }
    const auto around = [&](const std::string& blob) -> Expected<Roadmap, std::string> {
        const auto object = objects.find(blob);
        ReadResult roadmap = parseRoadmap(
            roadmapAround(object == objects.end() ? std::string_view() : object->second), m_file);
        if (!roadmap) {
            return make_unexpected(roadmap.error().front().describe());
        }
        return std::move(*roadmap);
    };
    auto old = around(before);
    auto now = around(after);
    if (!old || !now) {
        return make_unexpected(!old ? old.error() : now.error());
    }
    return diffRoadmaps(*old, *now).changes;
}

Expected<std::vector<MissionEvent>, std::string>
RoadmapHistory::missionHistory(const std::string& mission) {
    if (auto indexed = indexVersions(); !indexed) {
        return make_unexpected(indexed.error());
    }
    auto all = commits();
    if (!all) {
        return make_unexpected(all.error());
    }
    std::vector<MissionEvent> events;
    std::string current = mission;
    for (const Commit& commit : *all) {
        const auto fingerprintIn = [&](const std::string& blob) -> std::optional<std::uint64_t> {
            if (blob.empty()) {
                return std::nullopt;
            }
            auto index = indexOf(blob);
            return index ? fingerprint(**index, current) : std::nullopt;
        };
        const std::optional<std::uint64_t> after = fingerprintIn(commit.blob);
        std::vector<std::optional<std::uint64_t>> before;
        for (const std::string& blob : commit.parentBlobs) {
            before.push_back(fingerprintIn(blob));
        }
        if (before.empty()) {
            before.emplace_back();
        }
        // A merge that took the mission as one side had it did nothing to it itself.
        if (std::find(before.begin(), before.end(), after) != before.end()) {
            continue;
        }
        const std::string& parentBlob =
            commit.parentBlobs.empty() ? std::string() : commit.parentBlobs.front();
        Expected<std::vector<Change>, std::string> changes = std::vector<Change>{};
        if (!before.front() && after) {
            // Added, or renamed from another id: only the whole roadmaps can tell.
            changes = changesOf(commit);
            if (changes) {
                std::vector<Change> own;
                for (const Change& change : *changes) {
                    if (change.mission() == current) {
                        own.push_back(change);
                    }
                }
                changes = std::move(own);
            }
        } else if (commit.parentBlobs.size() >= 2) {
            // A merge answers for what it changed beyond both sides, not for what it took.
            auto fromFirst = missionChanges(commit.parentBlobs[0], commit.blob, current);
            auto fromSecond = missionChanges(commit.parentBlobs[1], commit.blob, current);
            if (!fromFirst || !fromSecond) {
                return make_unexpected(!fromFirst ? fromFirst.error() : fromSecond.error());
            }
            changes = changesOfMerge(RoadmapDiff{std::move(*fromFirst)},
                                     RoadmapDiff{std::move(*fromSecond)});
        } else {
            changes = missionChanges(parentBlob, commit.blob, current);
        }
        if (!changes) {
            return make_unexpected(changes.error());
        }
        if (changes->empty()) {
            continue;
        }
        std::string previous;
        for (const Change& change : *changes) {
            if (change.kind == ChangeKind::Renamed && change.entity == EntityKind::Mission) {
                previous = change.previousId;
            }
        }
        events.push_back({commit, std::move(*changes)});
        if (!previous.empty()) {
            current = previous;
        }
    }
    return events;
}

FieldBlame blameFields(const std::vector<MissionEvent>& history) {
    FieldBlame blame;
    for (const MissionEvent& event : history) {
        for (const Change& change : event.changes) {
            if (change.entity == EntityKind::Mission && change.kind == ChangeKind::Added) {
                blame.added = &event;
            }
            std::string field;
            if (change.entity == EntityKind::Dependency) {
                field = "requires " + change.prerequisite;
            } else if (change.kind == ChangeKind::Renamed) {
                field = "id";
            } else if (change.field) {
                field = change.field->field;
            }
            if (!field.empty()) {
                blame.lastChanged.try_emplace(field, &event);
            }
        }
        // What happened before the mission was (last) added is another mission's story.
        if (blame.added) {
            break;
        }
    }
    return blame;
}

} // namespace orrery::git
