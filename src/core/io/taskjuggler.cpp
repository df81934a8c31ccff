#include <orrery/analysis/analysis.h>
#include <orrery/filter.h>
#include <orrery/io/taskjuggler.h>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace orrery {
namespace {

// tj3 3.7 refuses dates outside these years.
constexpr int kFirstYear = 1970;
constexpr int kLastYear = 2035;

/// A TaskJuggler string: no double quote or line break inside (tj3 reads none).
std::string tjString(std::string_view text) {
    std::string result = "\"";
    for (const char c : text) {
        result += c == '"' ? '\'' : (c == '\n' || c == '\r') ? ' ' : c;
    }
    return result + "\"";
}

std::string monthText(MonthIndex month) {
    const Date date = Date::fromMonthIndex(month);
    return fmt::format("{:04}-{:02}", date.year(), date.month());
}

} // namespace

Expected<TaskJugglerProject, std::string> toTaskJuggler(const Roadmap& roadmap,
                                                        const std::vector<bool>& kept) {
    // The kept missions on their own, with the prerequisites among them: what is scheduled.
    Roadmap shown;
    shown.title = roadmap.title;
    shown.asOf = roadmap.asOf;
    std::vector<std::size_t> missionOf;
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        if (!isKept(kept, i)) {
            continue;
        }
        Mission mission = roadmap.missions[i];
        std::erase_if(mission.prerequisites, [&](const Prerequisite& prerequisite) {
            const auto index = roadmap.missions.indexOf(prerequisite.mission);
            return !index || !isKept(kept, *index) || *index == i;
        });
        shown.missions.append(std::move(mission));
        missionOf.push_back(i);
    }
    const Schedule schedule = analyzeRoadmap(shown).schedule;

    // Every date tj3 would reach must lie in its years.
    const auto durationOf = [](const Mission& mission) {
        return std::max(0, mission.finish().firstMonth() - mission.start.firstMonth());
    };
    MonthIndex first = kLastYear * 12;
    MonthIndex last = kFirstYear * 12;
    std::vector<std::string> outside;
    for (std::size_t m = 0; m < shown.missions.size(); ++m) {
        const Mission& mission = shown.missions[m];
        const MissionSchedule& entry = schedule.missions[m];
        if (entry.excluded) {
            return make_unexpected(
                fmt::format("mission \"{}\" is in a dependency cycle, which no scheduler can order",
                            mission.id));
        }
        const MonthIndex from = std::min(entry.plannedStart, entry.earliestStart.value_or(0));
        const MonthIndex to =
            entry.earliestStart.value_or(entry.plannedStart) + durationOf(mission);
        first = std::min(first, from);
        last = std::max(last, to);
        if (from < kFirstYear * 12 || to > kLastYear * 12 + 10) {
            outside.push_back(mission.id);
        }
    }
    if (!outside.empty()) {
        const std::size_t named = std::min<std::size_t>(outside.size(), 5);
        std::string list;
        for (std::size_t i = 0; i < named; ++i) {
            list += (i ? ", " : "") + outside[i];
        }
        return make_unexpected(fmt::format(
            "tj3 schedules only from {} to {}; {} mission{} fall{} outside: {}{}", kFirstYear,
            kLastYear, outside.size(), outside.size() == 1 ? "" : "s",
            outside.size() == 1 ? "s" : "", list, outside.size() > named ? ", ..." : ""));
    }

    // Task ids: letters, digits and '_', unique; "m_" first, so that none is a keyword.
    TaskJugglerProject project;
    project.taskIds.assign(roadmap.missions.size(), std::string());
    std::set<std::string> taken;
    std::vector<std::string> taskOf(shown.missions.size());
    for (std::size_t m = 0; m < shown.missions.size(); ++m) {
        std::string id = "m_";
        for (const char c : shown.missions[m].id) {
            id += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        }
        std::string unique = id;
        for (int n = 2; taken.contains(unique); ++n) {
            unique = fmt::format("{}_{}", id, n);
        }
        taken.insert(unique);
        taskOf[m] = unique;
        project.taskIds[missionOf[m]] = unique;
    }

    std::string& out = project.text;
    out += fmt::format(
        "/* {} as of {}, written by Orrery for TaskJuggler (tj3): a mission without\n"
        "   prerequisites starts in the middle of its planned first month, every other one as\n"
        "   soon as its prerequisites allow; durations and gaps are in TaskJuggler's months\n"
        "   (a twelfth of a year). */\n",
        roadmap.title.empty() ? std::string("Roadmap") : roadmap.title, roadmap.asOf.toString());
    out += fmt::format("project orrery {} {}-01-01 - {}-12-31 {{\n  timezone \"UTC\"\n"
                       "  timingresolution 60min\n}}\n\n",
                       tjString(roadmap.title.empty() ? "Roadmap" : roadmap.title),
                       std::max(kFirstYear, first / 12 - 1), std::min(kLastYear, last / 12 + 1));
    for (std::size_t m = 0; m < shown.missions.size(); ++m) {
        const Mission& mission = shown.missions[m];
        out += fmt::format("task {} {} {{\n", taskOf[m], tjString(mission.name));
        out += fmt::format(
            "  note {}\n",
            tjString(fmt::format("Orrery id {}; lead {}; {}; planned from {}", mission.id,
                                 mission.lead, mission.destination, mission.start.toString())));
        std::vector<std::string> depends;
        for (const Prerequisite& prerequisite : mission.prerequisites) {
            const std::size_t from = *shown.missions.indexOf(prerequisite.mission);
            const int lag = prerequisite.lagMonths;
            const int fromStart = prerequisite.type == DependencyType::FinishToStart
                                      ? durationOf(shown.missions[from]) + lag
                                      : lag;
            const auto gap = [](int months) {
                return months > 0 ? fmt::format("gapduration {}m", months) : std::string();
            };
            if (prerequisite.type == DependencyType::FinishToStart && lag >= 0) {
                depends.push_back(lag > 0 ? fmt::format("{} {{ {} }}", taskOf[from], gap(lag))
                                          : taskOf[from]);
            } else if (fromStart >= 0) {
                depends.push_back(fmt::format("{} {{ onstart {} }}", taskOf[from], gap(fromStart)));
            } else {
                out +=
                    fmt::format("  # may start {} months before {} starts: no TaskJuggler form\n",
                                -fromStart, taskOf[from]);
            }
        }
        if (depends.empty()) {
            out += fmt::format("  start {}-15\n", monthText(mission.start.firstMonth()));
        } else {
            out += "  depends ";
            for (std::size_t d = 0; d < depends.size(); ++d) {
                out += (d ? ", " : "") + depends[d];
            }
            out += "\n";
        }
        const int duration = durationOf(mission);
        out += duration > 0 ? fmt::format("  duration {}m\n", duration) : "  milestone\n";
        out += "}\n";
    }
    return project;
}

} // namespace orrery
