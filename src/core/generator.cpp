#include <orrery/analysis/launchwindows.h>
#include <orrery/analysis/marswindows.h>
#include <orrery/generator.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>

namespace orrery {
namespace {

/// SplitMix64: tiny, fast, and the same sequence everywhere (the standard library's
/// distributions are not), so that a seed names one roadmap on every platform.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
    /// 0 .. bound-1
    std::size_t below(std::size_t bound) { return bound == 0 ? 0 : next() % bound; }
    int between(int low, int high) {
        return low + static_cast<int>(below(static_cast<std::size_t>(high - low + 1)));
    }
    bool percent(int chance) { return below(100) < static_cast<std::size_t>(chance); }

private:
    std::uint64_t m_state;
};

struct AgencyRow {
    const char* id;
    const char* name;
    const char* country;
    const char* color;
};

constexpr std::array<AgencyRow, 14> kAgencies{{
    {"ASI", "Italian Space Agency", "Italy", "#00897B"},
    {"CNES", "Centre national d'etudes spatiales", "France", "#3949AB"},
    {"CNSA", "China National Space Administration", "China", "#F9A825"},
    {"CSA", "Canadian Space Agency", "Canada", "#D81B60"},
    {"DLR", "German Aerospace Center", "Germany", "#546E7A"},
    {"ESA", "European Space Agency", "Europe", "#0098DB"},
    {"ISRO", "Indian Space Research Organisation", "India", "#EF6C00"},
    {"JAXA", "Japan Aerospace Exploration Agency", "Japan", "#8E24AA"},
    {"KARI", "Korea Aerospace Research Institute", "Republic of Korea", "#2E7D32"},
    {"NASA", "National Aeronautics and Space Administration", "United States", "#1A3D8F"},
    {"NSAU", "State Space Agency of Ukraine", "Ukraine", "#C0A000"},
    {"Roscosmos", "Roscosmos State Corporation", "Russia", "#C62828"},
    {"UAESA", "UAE Space Agency", "United Arab Emirates", "#827717"},
    {"UKSA", "UK Space Agency", "United Kingdom", "#6D4C41"},
}};

struct DestinationRow {
    const char* id;
    const char* name;
    CelestialBody body;
};

constexpr std::array<DestinationRow, 7> kDestinations{{
    {"earth-orbit", "Earth orbit and ISS", CelestialBody::Earth},
    {"cislunar", "Cislunar space", CelestialBody::Moon},
    {"lunar-orbit", "Lunar orbit", CelestialBody::Moon},
    {"lunar-surface", "Lunar surface", CelestialBody::Moon},
    {"nea", "Near-Earth asteroids", CelestialBody::Asteroid},
    {"mars-orbit", "Mars orbit and moons", CelestialBody::Mars},
    {"mars-surface", "Mars surface", CelestialBody::Mars},
}};

/// The GER's common goals (ISECG, 2011 and 2013 editions).
constexpr std::array<std::pair<const char*, const char*>, 8> kGoals{{
    {"search-for-life", "Search for Life"},
    {"extend-human-presence", "Extend Human Presence"},
    {"space-earth-applied-science", "Perform Space, Earth, and Applied Science"},
    {"science-for-exploration", "Perform Science to Support Human Exploration"},
    {"technologies-and-capabilities", "Develop Exploration Technologies and Capabilities"},
    {"economic-expansion", "Stimulate Economic Expansion"},
    {"earth-safety", "Enhance Earth Safety"},
    {"engage-the-public", "Engage the Public in Exploration"},
}};

constexpr int kFirstYear = 1998;
constexpr int kSpanMonths = 60 * 12;
constexpr int kAsOfYear = 2026;
constexpr int kAsOfMonth = 11;

class Generator {
public:
    // Goals and gaps draw from a stream of their own, so that the rest of a roadmap is the
    // same with them or without.
    explicit Generator(const GeneratorOptions& options)
        : m_options(options), m_random(options.seed),
          m_purposeRandom(options.seed ^ 0x5EC0DE5EC0DEULL) {}

    Roadmap run() {
        m_roadmap.title = fmt::format("Generated roadmap ({} missions, seed {})",
                                      m_options.missions, m_options.seed);
        m_roadmap.edition = "Synthetic";
        m_roadmap.asOf = Date::fromYearMonth(kAsOfYear, kAsOfMonth);
        for (const AgencyRow& row : kAgencies) {
            m_roadmap.agencies.append({row.id, row.name, row.country, row.color, {}});
        }
        for (const DestinationRow& row : kDestinations) {
            m_roadmap.destinations.append(
                laneNamed(std::string(row.id), std::string(row.name), row.body));
        }
        const std::size_t capabilityCount = std::max<std::size_t>(6, m_options.missions / 25);
        m_availableFrom.assign(capabilityCount, std::numeric_limits<MonthIndex>::max());
        for (std::size_t c = 0; c < capabilityCount; ++c) {
            const bool initial = c < 3;
            m_roadmap.capabilities.append(
                {fmt::format("capability-{}", c), fmt::format("Capability {}", c), initial, {}});
            if (initial) {
                m_availableFrom[c] = std::numeric_limits<MonthIndex>::min();
            }
        }
        if (m_options.purpose) {
            purposes();
        }
        m_roadmap.missions.reserve(m_options.missions);
        for (std::size_t i = 0; i < m_options.missions; ++i) {
            Mission made = mission(i);
            if (m_options.purpose) {
                purposeOf(made, i);
            }
            m_roadmap.missions.append(std::move(made));
        }
        if (m_options.purpose) {
            closeAndNeedEveryGap();
        }
        injectCycles();
        return std::move(m_roadmap);
    }

private:
    /// The best launch day of the Mars opportunity nearest to `planned`.
    static std::chrono::sys_days marsLaunchNear(std::chrono::sys_days planned) {
        static const auto mars = launchTargetOf(laneNamed("mars", "Mars", CelestialBody::Mars));
        const std::chrono::days margin{400};
        if (const auto found = cachedOpportunities(*mars, planned - margin, planned + margin);
            found && !found->empty()) {
            const auto distance = [&](const astro::Opportunity& o) {
                return std::chrono::abs(o.bestDeparture - planned);
            };
            return std::min_element(
                       found->begin(), found->end(),
                       [&](const auto& a, const auto& b) { return distance(a) < distance(b); })
                ->bestDeparture;
        }
        return nearestMarsOpportunity(planned).predicted; // beyond the ephemerides' years
    }

    Mission mission(std::size_t i) {
        const auto& missions = m_roadmap.missions;
        const DestinationRow& destination = kDestinations[m_random.below(kDestinations.size())];
        const AgencyRow& lead = kAgencies[m_random.below(kAgencies.size())];

        MonthIndex start = kFirstYear * 12 +
                           static_cast<MonthIndex>(i * kSpanMonths /
                                                   std::max<std::size_t>(1, m_options.missions)) +
                           m_random.between(0, 2);
        if (destination.body == CelestialBody::Mars) {
            start = monthIndexOf(marsLaunchNear(Date::fromMonthIndex(start).firstDay()));
        }

        Mission mission;
        mission.id = fmt::format("{}-{:06d}", destination.id, i);
        mission.name = fmt::format("{} {} mission {}", lead.id, destination.name, i);
        mission.lead = lead.id;
        for (int p = m_random.between(0, 2); p > 0; --p) {
            const char* partner = kAgencies[m_random.below(kAgencies.size())].id;
            if (partner != std::string_view(lead.id) &&
                std::find(mission.partners.begin(), mission.partners.end(), partner) ==
                    mission.partners.end()) {
                mission.partners.emplace_back(partner);
            }
        }
        mission.destination = destination.id;
        mission.crew = m_random.percent(25) ? Crew::Human : Crew::Robotic;
        mission.start = Date::fromMonthIndex(start);
        if (!m_random.percent(10)) {
            mission.end = Date::fromMonthIndex(start + m_random.between(1, 72));
        }
        const MonthIndex finish = mission.finish().firstMonth();

        // About three prerequisites among the earlier missions, each satisfied by the dates.
        const std::size_t window = std::max<std::size_t>(64, m_options.missions / 10);
        bool hardOnConceptual = false;
        for (int attempt = 0; attempt < 12 && mission.prerequisites.size() < 3 && i > 0;
             ++attempt) {
            const std::size_t j = i - 1 - m_random.below(std::min(i, window));
            const Mission& candidate = missions[j];
            if (std::any_of(mission.prerequisites.begin(), mission.prerequisites.end(),
                            [&](const Prerequisite& p) { return p.mission == candidate.id; })) {
                continue;
            }
            Prerequisite prerequisite;
            prerequisite.mission = candidate.id;
            prerequisite.type =
                m_random.percent(20) ? DependencyType::StartToStart : DependencyType::FinishToStart;
            const MonthIndex anchor = prerequisite.type == DependencyType::FinishToStart
                                          ? candidate.finish().firstMonth()
                                          : candidate.start.firstMonth();
            if (anchor > start) {
                continue;
            }
            prerequisite.lagMonths = m_random.between(0, std::min(12, start - anchor));
            prerequisite.strength =
                m_random.percent(25) ? DependencyStrength::Soft : DependencyStrength::Hard;
            // Agencies rarely commit to a mission that rests on an unapproved one; most such
            // links are preferences.
            if (candidate.status == MissionStatus::Conceptual &&
                prerequisite.strength == DependencyStrength::Hard && m_random.percent(70)) {
                prerequisite.strength = DependencyStrength::Soft;
            }
            hardOnConceptual =
                hardOnConceptual || (prerequisite.strength == DependencyStrength::Hard &&
                                     candidate.status == MissionStatus::Conceptual);
            mission.prerequisites.push_back(std::move(prerequisite));
        }

        if (m_random.percent(30)) {
            for (int attempt = 0; attempt < 4; ++attempt) {
                const std::size_t c = m_random.below(m_availableFrom.size());
                if (m_availableFrom[c] <= start) {
                    mission.needs.push_back(m_roadmap.capabilities[c].id);
                    break;
                }
            }
        }
        if (m_random.percent(15)) {
            const std::size_t c = m_random.below(m_availableFrom.size());
            if (std::find(mission.needs.begin(), mission.needs.end(),
                          m_roadmap.capabilities[c].id) == mission.needs.end()) {
                mission.provides.push_back({m_roadmap.capabilities[c].id, std::nullopt, {}});
                m_availableFrom[c] = std::min(m_availableFrom[c], finish);
            }
        }

        const MonthIndex asOf = m_roadmap.asOf.firstMonth();
        if (finish < asOf) {
            mission.status = MissionStatus::Completed;
        } else if (start <= asOf) {
            mission.status = MissionStatus::Operating;
        } else if (hardOnConceptual || m_random.percent(30)) {
            mission.status = MissionStatus::Conceptual;
        } else {
            mission.status = MissionStatus::Planned;
        }
        mission.references.push_back(fmt::format("https://example.org/missions/{}", mission.id));
        return mission;
    }

    void purposes() {
        const std::size_t missions = m_options.missions;
        // Every objective is pursued and every goal has one: no more of them than missions.
        const std::size_t objectives = std::min(std::max<std::size_t>(8, missions / 40), missions);
        const std::size_t goals = std::min(kGoals.size(), objectives);
        for (std::size_t g = 0; g < goals; ++g) {
            m_roadmap.goals.append({kGoals[g].first, kGoals[g].second, {}, {}, {}});
        }
        for (std::size_t o = 0; o < objectives; ++o) {
            m_roadmap.objectives.append({fmt::format("objective-{}", o),
                                         fmt::format("Objective {}", o),
                                         m_roadmap.goals[o % goals].id,
                                         {},
                                         {},
                                         {}});
        }
        // A gap needs a mission to close it and a later one to need it.
        const std::size_t gaps = missions < 8 ? 0 : std::max<std::size_t>(4, missions / 100);
        for (std::size_t k = 0; k < gaps; ++k) {
            const DestinationRow& where = kDestinations[1 + k % (kDestinations.size() - 1)];
            KnowledgeGap gap;
            gap.id = fmt::format("gap-{}", k);
            gap.name = fmt::format("Knowledge gap {}", k);
            gap.destination = where.id;
            gap.body = where.body;
            gap.measurement = fmt::format("Measurement {}", k);
            m_roadmap.knowledgeGaps.append(std::move(gap));
        }
        m_closedFrom.assign(gaps, std::numeric_limits<MonthIndex>::max());
        m_needed.assign(gaps, 0);
    }

    void purposeOf(Mission& mission, std::size_t i) {
        const auto& objectives = m_roadmap.objectives;
        if (!objectives.empty()) {
            mission.objectives.push_back(objectives[i % objectives.size()].id);
            if (m_purposeRandom.percent(30)) {
                const std::string& other = objectives[m_purposeRandom.below(objectives.size())].id;
                if (other != mission.objectives.front()) {
                    mission.objectives.push_back(other);
                }
            }
        }
        if (m_closedFrom.empty()) {
            return;
        }
        const MonthIndex start = mission.start.firstMonth();
        if (mission.crew == Crew::Human && m_purposeRandom.percent(40)) {
            const std::size_t g = m_purposeRandom.below(m_closedFrom.size());
            if (m_closedFrom[g] < start) {
                mission.needsKnowledge.push_back(m_roadmap.knowledgeGaps[g].id);
                m_needed[g] = 1;
            }
        }
        if (mission.crew == Crew::Robotic && m_purposeRandom.percent(15)) {
            const std::size_t g = m_purposeRandom.below(m_closedFrom.size());
            mission.closes.push_back({m_roadmap.knowledgeGaps[g].id, std::nullopt, {}, {}});
            m_closedFrom[g] = std::min(m_closedFrom[g], mission.finish().lastMonth());
        }
    }

    /// The gaps the draw left unclosed are closed by an early mission, and those it left
    /// unneeded are needed by the last mission that starts after they close.
    void closeAndNeedEveryGap() {
        auto& missions = m_roadmap.missions;
        if (missions.size() < 2) {
            return;
        }
        const auto closeEarly = [&](std::size_t g) {
            const std::size_t closer = g % (missions.size() / 2);
            Mission mission = missions[closer];
            mission.closes.push_back({m_roadmap.knowledgeGaps[g].id, std::nullopt, {}, {}});
            m_closedFrom[g] = std::min(m_closedFrom[g], mission.finish().lastMonth());
            missions.replace(closer, std::move(mission));
        };
        const auto needLate = [&](std::size_t g) {
            const std::string& id = m_roadmap.knowledgeGaps[g].id;
            for (std::size_t i = missions.size(); i-- > 0;) {
                const Mission& candidate = missions[i];
                const bool closesIt =
                    std::any_of(candidate.closes.begin(), candidate.closes.end(),
                                [&](const GapClosure& closure) { return closure.gap == id; });
                if (candidate.start.firstMonth() > m_closedFrom[g] && !closesIt) {
                    Mission mission = candidate;
                    mission.needsKnowledge.push_back(id);
                    missions.replace(i, std::move(mission));
                    m_needed[g] = 1;
                    return;
                }
            }
        };
        for (std::size_t g = 0; g < m_closedFrom.size(); ++g) {
            if (m_closedFrom[g] == std::numeric_limits<MonthIndex>::max()) {
                closeEarly(g);
            }
            if (!m_needed[g]) {
                needLate(g);
            }
            if (!m_needed[g]) { // closed only by missions that end after every start
                closeEarly(g);
                needLate(g);
            }
        }
    }

    /// Each cycle closes a dependency inside its own slice of the missions. Dependencies
    /// only run from earlier to later missions, so cycles in separate slices cannot join.
    void injectCycles() {
        const std::size_t count = m_roadmap.missions.size();
        if (m_options.cycles == 0 || count < 4) {
            return;
        }
        const std::size_t slice = count / m_options.cycles;
        for (std::size_t k = 0; k < m_options.cycles; ++k) {
            const std::size_t first = k * slice;
            const std::size_t last = std::min(count, first + slice);
            for (std::size_t i = last; i-- > first;) {
                const Mission& dependent = m_roadmap.missions[i];
                const auto inside =
                    std::find_if(dependent.prerequisites.begin(), dependent.prerequisites.end(),
                                 [&](const Prerequisite& p) {
                                     const auto j = m_roadmap.missions.indexOf(p.mission);
                                     return j && *j >= first;
                                 });
                if (inside == dependent.prerequisites.end()) {
                    continue;
                }
                const std::size_t j = *m_roadmap.missions.indexOf(inside->mission);
                Mission prerequisite = m_roadmap.missions[j];
                prerequisite.prerequisites.push_back(
                    {dependent.id, DependencyType::FinishToStart, 0, DependencyStrength::Soft, {}});
                m_roadmap.missions.replace(j, std::move(prerequisite));
                break;
            }
        }
    }

    GeneratorOptions m_options;
    Random m_random;
    Random m_purposeRandom;
    Roadmap m_roadmap;
    std::vector<MonthIndex> m_availableFrom;
    /// Per knowledge gap: the first month it is closed for every reading, and whether a
    /// mission needs it.
    std::vector<MonthIndex> m_closedFrom;
    std::vector<char> m_needed;
};

} // namespace

std::optional<Agency> knownAgency(std::string_view id) {
    const auto same = [&](std::string_view known) {
        return known.size() == id.size() &&
               std::equal(known.begin(), known.end(), id.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) ==
                          std::tolower(static_cast<unsigned char>(b));
               });
    };
    for (const AgencyRow& row : kAgencies) {
        if (same(row.id)) {
            return Agency{row.id, row.name, row.country, row.color, {}};
        }
    }
    return std::nullopt;
}

std::string fallbackAgencyColor(std::size_t n) {
    // Material colours of middle weight, none of them an ISECG agency's.
    static constexpr std::array<const char*, 8> kColors{"#5C6BC0", "#26A69A", "#AB47BC", "#FFA726",
                                                        "#8D6E63", "#EC407A", "#78909C", "#9CCC65"};
    return kColors[n % kColors.size()];
}

Destination laneNamed(std::string id, std::string name, std::optional<CelestialBody> body) {
    Destination lane;
    lane.name = name.empty() ? id : std::move(name);
    lane.id = std::move(id);
    lane.body = body;
    return lane;
}

std::optional<Destination> knownDestination(std::string_view id) {
    for (const DestinationRow& row : kDestinations) {
        if (id == row.id) {
            return laneNamed(std::string(row.id), std::string(row.name), row.body);
        }
    }
    return std::nullopt;
}

Roadmap generateRoadmap(const GeneratorOptions& options) {
    return Generator(options).run();
}

} // namespace orrery
