#include "diagramsummary.h"

#include "utf8.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace orrery::render {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("orrery::render::DiagramSummary", text);
}

QString trCount(const char* text, std::size_t count) {
    return QCoreApplication::translate("orrery::render::DiagramSummary", text, nullptr,
                                       static_cast<int>(count));
}

QString number(std::size_t count) {
    return QLocale().toString(static_cast<qulonglong>(count));
}

std::optional<Severity> worse(std::optional<Severity> a, std::optional<Severity> b) {
    if (!a) {
        return b;
    }
    if (!b) {
        return a;
    }
    return std::max(*a, *b); // Info < Warning < Error
}

/// Builds the summary: boxes for groups and for the critical path's missions, and the
/// dependencies between boxes, once each.
class Summariser {
public:
    explicit Summariser(const PaintContext& context)
        : m_context(context), m_roadmap(*context.roadmap) {}

    DiagramPlan run() {
        DiagramPlan plan;
        const auto& missions = m_roadmap.missions;
        for (const auto& [prerequisite, dependent] : m_context.criticalDependencies) {
            m_critical.insert(prerequisite);
            m_critical.insert(dependent);
        }
        m_boxOf.assign(missions.size(), kNoBox);
        for (std::size_t i = 0; i < missions.size(); ++i) {
            if (!shown(i)) {
                continue;
            }
            ++plan.missions;
            const Mission& mission = missions[i];
            if (m_critical.contains(i)) {
                m_boxOf[i] = addBox(i, {});
                ++plan.criticalMissions;
                continue;
            }
            auto group = m_groups.find(mission.destination);
            if (group == m_groups.end()) {
                group = m_groups.emplace(mission.destination, addBox(i, mission.destination)).first;
            }
            m_boxOf[i] = group->second;
            widen(group->second, mission, i);
        }
        for (std::size_t i = 0; i < missions.size(); ++i) {
            if (m_boxOf[i] != kNoBox) {
                connect(i);
            }
        }
        nameGroups();

        auto summary = std::make_shared<Roadmap>();
        summary->title = m_roadmap.title;
        summary->edition = m_roadmap.edition;
        summary->asOf = m_roadmap.asOf;
        summary->agencies = m_roadmap.agencies;
        summary->destinations = m_roadmap.destinations;
        summary->capabilities = m_roadmap.capabilities;
        summary->missions.reserve(m_boxes.size());
        for (Mission& box : m_boxes) {
            summary->missions.append(std::move(box));
        }
        plan.boxes = summary->missions.size();
        plan.context = m_context;
        plan.context.roadmap = summary.get();
        plan.context.missions = std::move(m_appearances);
        plan.context.criticalDependencies.clear();
        for (const auto& [prerequisite, dependent] : m_context.criticalDependencies) {
            if (m_boxOf[prerequisite] != kNoBox && m_boxOf[dependent] != kNoBox) {
                plan.context.criticalDependencies.emplace_back(m_boxOf[prerequisite],
                                                               m_boxOf[dependent]);
            }
        }
        plan.summary = std::move(summary);
        return plan;
    }

private:
    static constexpr std::size_t kNoBox = static_cast<std::size_t>(-1);
    /// Missions are grouped by destination: a dozen boxes at most, which dot lays out in
    /// moments however densely they depend on each other. (Boxes per agency and
    /// destination, a hundred and more, took dot minutes.) Each box counts its missions by
    /// lead agency.
    using GroupKey = std::string;

    bool shown(std::size_t mission) const {
        return mission >= m_context.missions.size() || m_context.missions[mission].visible;
    }

    std::size_t addBox(std::size_t source, std::optional<GroupKey> group) {
        const Mission& mission = m_roadmap.missions[source];
        Mission box;
        if (group) {
            box.id = "group:" + *group;
            box.lead = mission.lead;
            box.destination = *group;
            box.start = mission.start;
            box.end = mission.finish();
            box.crew = mission.crew;
            box.status = mission.status;
        } else {
            box = mission;
            box.prerequisites.clear();
        }
        m_boxes.push_back(std::move(box));
        MissionAppearance appearance;
        if (source < m_context.missions.size()) {
            appearance.worstFinding = m_context.missions[source].worstFinding;
            appearance.critical = !group && m_context.missions[source].critical;
            appearance.inCycle = !group && m_context.missions[source].inCycle;
        }
        m_appearances.push_back(appearance);
        m_byAgency.emplace_back();
        return m_boxes.size() - 1;
    }

    /// A group spans its missions' years, is crewed if any is, and carries the worst of
    /// their findings.
    void widen(std::size_t box, const Mission& mission, std::size_t source) {
        Mission& group = m_boxes[box];
        ++m_byAgency[box][mission.lead];
        if (mission.start.firstDay() < group.start.firstDay()) {
            group.start = mission.start;
        }
        if (mission.finish().lastDay() > group.end->lastDay()) {
            group.end = mission.finish();
        }
        if (mission.crew == Crew::Human) {
            group.crew = Crew::Human;
        }
        if (source < m_context.missions.size()) {
            m_appearances[box].worstFinding =
                worse(m_appearances[box].worstFinding, m_context.missions[source].worstFinding);
        }
    }

    void connect(std::size_t dependent) {
        const std::size_t to = m_boxOf[dependent];
        for (const Prerequisite& prerequisite : m_roadmap.missions[dependent].prerequisites) {
            const auto found = m_roadmap.missions.indexOf(prerequisite.mission);
            if (!found || m_boxOf[*found] == kNoBox) {
                continue;
            }
            const std::size_t from = m_boxOf[*found];
            if (from == to) {
                continue;
            }
            auto [edge, added] = m_edges.try_emplace({from, to}, m_boxes[to].prerequisites.size());
            if (added) {
                Prerequisite link;
                link.mission = m_boxes[from].id;
                link.strength = prerequisite.strength;
                m_boxes[to].prerequisites.push_back(std::move(link));
            } else if (prerequisite.strength == DependencyStrength::Hard) {
                // One hard dependency makes the link between two boxes hard.
                m_boxes[to].prerequisites[edge->second].strength = DependencyStrength::Hard;
            }
        }
    }

    /// "Mars surface: 312 missions (NASA 120, ESA 80, JAXA 40, 3 more)"; the box's second
    /// line gives the years.
    void nameGroups() {
        constexpr std::size_t kAgenciesNamed = 4;
        for (std::size_t box = 0; box < m_boxes.size(); ++box) {
            Mission& group = m_boxes[box];
            if (group.id.rfind("group:", 0) != 0) {
                continue;
            }
            std::vector<std::pair<std::size_t, std::string>> agencies;
            std::size_t missions = 0;
            for (const auto& [agency, count] : m_byAgency[box]) {
                agencies.emplace_back(count, agency);
                missions += count;
            }
            std::sort(agencies.begin(), agencies.end(), [](const auto& a, const auto& b) {
                return a.first != b.first ? a.first > b.first : a.second < b.second;
            });
            QStringList leads;
            for (std::size_t i = 0; i < std::min(agencies.size(), kAgenciesNamed); ++i) {
                leads << QStringLiteral("%1 %2").arg(toQString(agencies[i].second),
                                                     number(agencies[i].first));
            }
            if (agencies.size() > kAgenciesNamed) {
                leads << trCount("%n more", agencies.size() - kAgenciesNamed);
            }
            group.lead = agencies.front().second; // coloured as its largest agency
            const Destination* destination = m_roadmap.destinations.find(group.destination);
            const QString place =
                destination ? toQString(destination->name) : toQString(group.destination);
            group.name = toStdString(trCount("%1: %n missions (%2)", missions)
                                         .arg(place, leads.join(QStringLiteral(", "))));
        }
    }

    const PaintContext& m_context;
    const Roadmap& m_roadmap;
    std::set<std::size_t> m_critical;
    std::vector<std::size_t> m_boxOf;
    std::map<GroupKey, std::size_t> m_groups;
    std::vector<Mission> m_boxes;
    std::vector<MissionAppearance> m_appearances;
    std::vector<std::map<std::string, std::size_t>> m_byAgency;
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> m_edges;
};

} // namespace

QString DiagramPlan::note() const {
    switch (form) {
    case DiagramForm::Full:
        return {};
    case DiagramForm::Summarised:
        if (criticalMissions == 0) {
            return tr("%1 missions are more than a diagram can show one by one (%2): they are "
                      "grouped by destination, each box counting its missions by lead agency "
                      "(%3 boxes).")
                .arg(number(missions), number(kDiagramMissionLimit), number(boxes));
        }
        return tr("%1 missions are more than a diagram can show one by one (%2): they are "
                  "grouped by destination, each box counting its missions by lead agency, and "
                  "the %4 missions of the critical path are drawn one by one (%3 boxes in all).")
            .arg(number(missions), number(kDiagramMissionLimit), number(boxes),
                 number(criticalMissions));
    case DiagramForm::LeftOut:
        return tr("The dependency diagram is left out: %1 missions, grouped by destination "
                  "with the critical path drawn whole, still make %2 boxes, more than the %3 a "
                  "diagram can show. Choose fewer agencies or destinations to publish one.")
            .arg(number(missions), number(boxes), number(kDiagramMissionLimit));
    }
    return {};
}

DiagramPlan planDependencyDiagram(const PaintContext& context) {
    DiagramPlan plan;
    plan.context = context;
    if (!context.roadmap) {
        return plan;
    }
    for (std::size_t i = 0; i < context.roadmap->missions.size(); ++i) {
        if (i >= context.missions.size() || context.missions[i].visible) {
            ++plan.missions;
        }
    }
    plan.boxes = plan.missions;
    if (plan.missions <= kDiagramMissionLimit) {
        return plan;
    }
    DiagramPlan summary = Summariser(context).run();
    summary.form =
        summary.boxes <= kDiagramMissionLimit ? DiagramForm::Summarised : DiagramForm::LeftOut;
    return summary;
}

} // namespace orrery::render
