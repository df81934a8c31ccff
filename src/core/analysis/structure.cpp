#include "internal.h"

#include <orrery/analysis/structure.h>
#include <orrery/roadmap.h>

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace orrery {
namespace {

class StructureChecker {
public:
    StructureChecker(const Roadmap& roadmap, const std::vector<std::int32_t>* prerequisiteTargets,
                     analysis_detail::PurposeLinks* links)
        : m_roadmap(roadmap), m_prerequisiteTargets(prerequisiteTargets), m_links(links) {}

    std::vector<Finding> run() {
        checkDuplicates(m_roadmap.agencies, "Agency");
        checkDuplicates(m_roadmap.destinations, "Destination");
        checkDuplicates(m_roadmap.capabilities, "Capability");
        checkDuplicates(m_roadmap.goals, "Goal");
        checkDuplicates(m_roadmap.objectives, "Objective");
        checkDuplicates(m_roadmap.knowledgeGaps, "Knowledge gap");
        checkDuplicateMissions();
        checkStrategyReferences();
        checkConflicts();
        checkDuplicates(m_roadmap.scenarios, "Scenario");
        checkDuplicates(m_roadmap.editions, "Edition");
        for (const Scenario& scenario : m_roadmap.scenarios) {
            checkScenario(scenario);
        }
        const bool purposes = !m_roadmap.objectives.empty() || !m_roadmap.knowledgeGaps.empty();
        for (std::size_t i = 0; i < m_roadmap.missions.size(); ++i) {
            const Mission& mission = m_roadmap.missions[i];
            checkReferences(mission);
            checkDates(mission);
            if (purposes || !mission.objectives.empty() || !mission.needsKnowledge.empty() ||
                !mission.closes.empty()) {
                checkPurposeReferences(static_cast<analysis_detail::Vertex>(i), mission);
            }
        }
        return std::move(m_findings);
    }

private:
    void add(std::vector<std::string> missions, std::string message,
             std::string_view code = "unknown-reference") {
        m_findings.push_back(
            {Severity::Error, std::string(code), std::move(missions), std::move(message)});
    }

    template <class List>
    void checkDuplicates(const List& list, std::string_view kind) {
        if (!list.hasDuplicateIds()) {
            return;
        }
        std::unordered_map<std::string_view, int> seen;
        for (const auto& item : list) {
            if (++seen[item.id] == 2) {
                add({},
                    fmt::format("{} id \"{}\" is defined more than once; each {} needs an "
                                "id of its own.",
                                kind, item.id, kind == "Agency" ? "agency" : "entry"),
                    "duplicate-id");
            }
        }
    }

    /// A merge that could not decide left its conflicts in the file: until someone decides
    /// them, the roadmap holds one side's version without saying it is final.
    void checkConflicts() {
        for (const RecordedConflict& conflict : m_roadmap.conflicts) {
            std::vector<std::string> missions;
            constexpr std::string_view kMissionPrefix = "mission/";
            if (conflict.subject.starts_with(kMissionPrefix)) {
                const std::string_view rest =
                    std::string_view(conflict.subject).substr(kMissionPrefix.size());
                missions.emplace_back(rest.substr(0, rest.find('/')));
            }
            add(std::move(missions),
                fmt::format("Merge conflict: {} waits for a decision ({}{}). The file holds "
                            "one side's version until it is decided in the review panel or "
                            "with orrery-cli merge --resolve.",
                            conflict.subject, conflict.reason,
                            conflict.owner.empty() ? std::string()
                                                   : fmt::format("; owned by {}", conflict.owner)),
                "unresolved-conflict");
        }
    }

    void checkStrategyReferences() {
        for (const Objective& objective : m_roadmap.objectives) {
            if (!m_roadmap.goals.contains(objective.goal)) {
                add({}, fmt::format("Objective \"{}\" supports goal \"{}\", which the roadmap does "
                                    "not define.",
                                    objective.id, objective.goal));
            }
        }
        for (const KnowledgeGap& gap : m_roadmap.knowledgeGaps) {
            if (!gap.destination.empty() && !m_roadmap.destinations.contains(gap.destination)) {
                add({}, fmt::format("Knowledge gap \"{}\" lies at destination \"{}\", which the "
                                    "roadmap does not define.",
                                    gap.id, gap.destination));
            }
        }
    }

    /// What a scenario says of the plan must hold of it; what its own missions say is
    /// checked when the scenario is resolved and checked as a roadmap.
    void checkScenario(const Scenario& scenario) {
        if (scenario.owner != kCoordinationGroup && !m_roadmap.agencies.contains(scenario.owner)) {
            add({}, fmt::format("Scenario \"{}\" belongs to agency \"{}\", which the roadmap "
                                "does not list among its agencies.",
                                scenario.id, scenario.owner));
        }
        std::unordered_map<std::string_view, int> changed;
        for (const MissionOverride& change : scenario.changes) {
            if (!m_roadmap.missions.contains(change.mission)) {
                add({}, fmt::format("Scenario \"{}\" changes mission \"{}\", which the plan does "
                                    "not have; a mission only the scenario flies belongs among "
                                    "its added missions.",
                                    scenario.id, change.mission));
            } else if (++changed[change.mission] == 2) {
                add({change.mission},
                    fmt::format("Scenario \"{}\" changes mission \"{}\" more than once; only "
                                "the first change holds. Merge them into one.",
                                scenario.id, change.mission),
                    "scenario-conflict");
            }
            if (std::find(scenario.drops.begin(), scenario.drops.end(), change.mission) !=
                scenario.drops.end()) {
                m_findings.push_back(
                    {Severity::Warning,
                     "scenario-conflict",
                     {change.mission},
                     fmt::format("Scenario \"{}\" both changes and drops mission \"{}\"; "
                                 "dropped, its change is lost.",
                                 scenario.id, change.mission)});
            }
        }
        for (const std::string& dropped : scenario.drops) {
            if (!m_roadmap.missions.contains(dropped)) {
                add({}, fmt::format("Scenario \"{}\" drops mission \"{}\", which the plan does "
                                    "not have.",
                                    scenario.id, dropped));
            }
        }
        for (const Mission& added : scenario.adds) {
            if (m_roadmap.missions.contains(added.id)) {
                add({added.id},
                    fmt::format("Scenario \"{}\" adds mission \"{}\", which the plan already "
                                "has; a scenario changes the plan's missions rather than adding "
                                "them again.",
                                scenario.id, added.id),
                    "duplicate-id");
            }
        }
    }

    void checkDuplicateMissions() {
        if (!m_roadmap.missions.hasDuplicateIds()) {
            return;
        }
        std::unordered_map<std::string_view, std::vector<const Mission*>> byId;
        for (const Mission& mission : m_roadmap.missions) {
            byId[mission.id].push_back(&mission);
        }
        for (const Mission& mission : m_roadmap.missions) {
            const auto& sharing = byId[mission.id];
            if (sharing.size() < 2 || sharing.front() != &mission) {
                continue;
            }
            std::string names;
            for (const Mission* other : sharing) {
                names += fmt::format("{}\"{}\"", names.empty() ? "" : ", ", other->name);
            }
            add({mission.id},
                fmt::format("Mission id \"{}\" is used by {} missions ({}); prerequisites that "
                            "name it cannot tell them apart. Give each mission its own id.",
                            mission.id, sharing.size(), names),
                "duplicate-id");
        }
    }

    void checkReferences(const Mission& mission) {
        if (!m_roadmap.agencies.contains(mission.lead)) {
            add({mission.id},
                fmt::format("Mission \"{}\" is led by agency \"{}\", which the roadmap does not "
                            "list among its agencies.",
                            mission.id, mission.lead));
        }
        for (const std::string& partner : mission.partners) {
            if (!m_roadmap.agencies.contains(partner)) {
                add({mission.id},
                    fmt::format("Mission \"{}\" names partner agency \"{}\", which the roadmap "
                                "does not list among its agencies.",
                                mission.id, partner));
            }
        }
        if (!m_roadmap.destinations.contains(mission.destination)) {
            add({mission.id},
                fmt::format("Mission \"{}\" goes to destination \"{}\", which the roadmap does "
                            "not define, so it has no lane on the timeline.",
                            mission.id, mission.destination));
        }
        for (std::size_t i = 0; i < mission.prerequisites.size(); ++i) {
            const Prerequisite& prerequisite = mission.prerequisites[i];
            const std::size_t slot = m_prerequisiteIndex++;
            const auto earlier = mission.prerequisites.begin() + static_cast<std::ptrdiff_t>(i);
            if (std::find_if(mission.prerequisites.begin(), earlier,
                             [&](const Prerequisite& other) {
                                 return other.mission == prerequisite.mission;
                             }) != earlier) {
                m_findings.push_back(
                    {Severity::Warning,
                     "duplicate-dependency",
                     {mission.id, prerequisite.mission},
                     fmt::format("Mission \"{}\" lists prerequisite \"{}\" more than once; only "
                                 "the strictest of the entries can hold, so keep one.",
                                 mission.id, prerequisite.mission)});
                continue;
            }
            if (prerequisite.mission == mission.id) {
                add({mission.id},
                    fmt::format("Mission \"{}\" lists itself as a prerequisite; a mission cannot "
                                "wait for itself.",
                                mission.id),
                    "self-dependency");
            } else if (!prerequisiteExists(slot, prerequisite)) {
                add({mission.id},
                    fmt::format("Mission \"{}\" requires mission \"{}\", which is not in the "
                                "roadmap.",
                                mission.id, prerequisite.mission));
            }
        }
        for (const std::string& capability : mission.needs) {
            if (!m_roadmap.capabilities.contains(capability)) {
                add({mission.id},
                    fmt::format("Mission \"{}\" needs capability \"{}\", which the roadmap does "
                                "not define.",
                                mission.id, capability));
            }
        }
        for (const CapabilityGrant& grant : mission.provides) {
            if (!m_roadmap.capabilities.contains(grant.capability)) {
                add({mission.id},
                    fmt::format("Mission \"{}\" provides capability \"{}\", which the roadmap "
                                "does not define.",
                                mission.id, grant.capability));
            }
        }
    }

    /// The objectives and knowledge gaps a mission names, each looked up once: what it does
    /// not find is reported, what it finds is recorded in the links.
    void checkPurposeReferences(analysis_detail::Vertex vertex, const Mission& mission) {
        if (mission.objectives.empty() && m_links) {
            m_links->withoutObjective.push_back(vertex);
        }
        for (const std::string& objective : mission.objectives) {
            const auto index = m_roadmap.objectives.indexOf(objective);
            if (!index) {
                add({mission.id},
                    fmt::format("Mission \"{}\" pursues objective \"{}\", which the roadmap "
                                "does not define.",
                                mission.id, objective));
            } else if (m_links) {
                m_links->objectivePursued[*index] = 1;
            }
        }
        for (const std::string& gap : mission.needsKnowledge) {
            const auto index = m_roadmap.knowledgeGaps.indexOf(gap);
            if (!index) {
                add({mission.id},
                    fmt::format("Mission \"{}\" needs knowledge gap \"{}\" closed, which the "
                                "roadmap does not define.",
                                mission.id, gap));
            } else if (m_links) {
                m_links->gapNeeded[*index] = 1;
                m_links->needs.push_back({vertex, static_cast<std::uint32_t>(*index), 0});
            }
        }
        for (std::size_t entry = 0; entry < mission.closes.size(); ++entry) {
            const std::string& gap = mission.closes[entry].gap;
            const auto index = m_roadmap.knowledgeGaps.indexOf(gap);
            if (!index) {
                add({mission.id},
                    fmt::format("Mission \"{}\" closes knowledge gap \"{}\", which the roadmap "
                                "does not define.",
                                mission.id, gap));
            } else if (m_links) {
                m_links->closings.push_back({vertex, static_cast<std::uint32_t>(*index),
                                             static_cast<std::uint32_t>(entry)});
            }
        }
    }

    /// `slot` counts the prerequisites of all missions in file order.
    bool prerequisiteExists(std::size_t slot, const Prerequisite& prerequisite) const {
        if (m_prerequisiteTargets) {
            return (*m_prerequisiteTargets)[slot] >= 0;
        }
        return m_roadmap.missions.contains(prerequisite.mission);
    }

    void checkDates(const Mission& mission) {
        // Only a certain contradiction is an error: "2030-05" to "2030" may well be fine.
        if (mission.end && mission.end->lastDay() < mission.start.firstDay()) {
            add({mission.id},
                fmt::format("Mission \"{}\" ends ({}) before it starts ({}).", mission.id,
                            mission.end->toString(), mission.start.toString()),
                "end-before-start");
        }
    }

    const Roadmap& m_roadmap;
    const std::vector<std::int32_t>* m_prerequisiteTargets;
    analysis_detail::PurposeLinks* m_links;
    std::size_t m_prerequisiteIndex = 0;
    std::vector<Finding> m_findings;
};

} // namespace

std::vector<Finding> checkStructure(const Roadmap& roadmap) {
    return StructureChecker(roadmap, nullptr, nullptr).run();
}

namespace analysis_detail {
std::vector<Finding> checkStructure(const Roadmap& roadmap,
                                    const std::vector<std::int32_t>& prerequisiteTargets,
                                    PurposeLinks* links) {
    return StructureChecker(roadmap, &prerequisiteTargets, links).run();
}
} // namespace analysis_detail

} // namespace orrery
