#include "commands.h"

#include "../document.h"
#include "addremovemissions.h"
#include "changemissions.h"
#include "changeroadmap.h"

#include <orrery/editing.h>
#include <orrery/resolution.h>
#include <orrery/strategy.h>

#include <render/utf8.h>

#include <QCoreApplication>
#include <QUndoStack>

namespace orrery::app::commands {

using render::toQString;
using render::toStdString;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("orrery::app::commands", text);
}

std::optional<std::size_t> indexOf(const Document& document, const QString& id) {
    return document.roadmap().missions.indexOf(toStdString(id));
}

/// A mission as the history names it: by its name, which the planner reads on the chart.
QString nameOf(const Document& document, const QString& id) {
    const Mission* mission = document.roadmap().missions.find(toStdString(id));
    return mission && !mission->name.empty() ? toQString(mission->name) : id;
}

/// "Exploration Mission-2" for one mission, "3 missions" for more.
QString subject(const Document& document, const QStringList& ids) {
    return ids.size() == 1 ? nameOf(document, ids.first()) : tr("%1 missions").arg(ids.size());
}

Result unknownMission(const QString& id) {
    return Result::refused(tr("There is no mission \"%1\".").arg(id));
}

/// In a scenario, an id the plan has is the plan's even where the scenario drops that
/// mission: a new mission with it would be taken for the plan's.
Result idTakenInPlan(const Document& document, const QString& id) {
    if (!document.scenario().empty() &&
        document.wholeRoadmap().missions.contains(toStdString(id))) {
        return Result::refused(tr("The plan has a mission \"%1\" (this scenario does without "
                                  "it): give this one another id.")
                                   .arg(id));
    }
    return Result::unchanged();
}

/// Pushes the command, unless the document is read-only (then the document is told, so that
/// the window can say why).
Result push(Document& document, QUndoCommand* command) {
    if (document.isReadOnly()) {
        delete command;
        document.refuseEdit();
        return Result::refused(tr("The roadmap is open read-only."));
    }
    document.undoStack()->push(command);
    return Result::changed();
}

/// One mission replaced by `after`, as one step named `text`.
Result replaceMission(Document& document, std::size_t index, Mission after, const QString& text) {
    const Mission& before = document.roadmap().missions[index];
    if (after == before) {
        return Result::unchanged();
    }
    return push(document,
                new ChangeMissionsCommand(&document, {{index, before, std::move(after)}}, text));
}

} // namespace

Result moveMissions(Document& document, const QStringList& ids, int months) {
    if (months == 0 || ids.isEmpty()) {
        return Result::unchanged();
    }
    std::vector<ChangeMissionsCommand::Change> changes;
    for (const QString& id : ids) {
        if (const auto index = indexOf(document, id)) {
            const Mission& mission = document.roadmap().missions[*index];
            changes.push_back({*index, mission, shiftedMission(mission, months)});
        }
    }
    if (changes.empty()) {
        return unknownMission(ids.first());
    }
    return push(document, ChangeMissionsCommand::move(&document, std::move(changes), months,
                                                      subject(document, ids)));
}

Result setMissionDates(Document& document, const QString& id, const Date& start,
                       const std::optional<Date>& end) {
    const auto index = indexOf(document, id);
    if (!index) {
        return unknownMission(id);
    }
    Mission after = document.roadmap().missions[*index];
    after.start = start;
    after.end = end;
    return replaceMission(document, *index, std::move(after),
                          tr("Change dates of %1").arg(nameOf(document, id)));
}

Result editMission(Document& document, const QString& id, const Mission& after,
                   const QString& what) {
    const auto index = indexOf(document, id);
    if (!index) {
        return unknownMission(id);
    }
    if (toQString(after.id) != id) {
        return Result::refused(tr("An edit keeps the mission's id; renaming changes it."));
    }
    return replaceMission(document, *index, after, what);
}

Result renameMission(Document& document, const QString& id, const QString& newId) {
    if (newId == id && indexOf(document, id)) {
        return Result::unchanged();
    }
    if (!document.scenario().empty() &&
        document.wholeRoadmap().missions.contains(toStdString(id))) {
        return Result::refused(tr("A scenario changes the plan's missions but keeps their ids: "
                                  "show the plan to rename \"%1\".")
                                   .arg(id));
    }
    if (Result taken = idTakenInPlan(document, newId); taken.isRefused()) {
        return taken;
    }
    const Roadmap& roadmap = document.roadmap();
    const auto renamed =
        renameId(roadmap, EntityKind::Mission, toStdString(id), toStdString(newId));
    if (!renamed) {
        return Result::refused(toQString(renamed.error()));
    }
    const QString text =
        tr("Change the id of %1 from %2 to %3").arg(nameOf(document, id), id, newId);
    if (renamed->scenarios != roadmap.scenarios) {
        // The scenarios name the mission too: the whole roadmap changes, in one step.
        return push(document, new ChangeRoadmapCommand(&document, *renamed, text));
    }
    // The renamed mission, and those that require it: one step.
    std::vector<ChangeMissionsCommand::Change> changes;
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        if (renamed->missions[i] != roadmap.missions[i]) {
            changes.push_back({i, roadmap.missions[i], renamed->missions[i]});
        }
    }
    return push(document, new ChangeMissionsCommand(&document, std::move(changes), text));
}

Result deleteMissions(Document& document, const QStringList& ids) {
    std::vector<std::string> keys;
    for (const QString& id : ids) {
        keys.push_back(toStdString(id));
    }
    MissionRemoval removal = removeMissions(document.roadmap(), keys);
    if (removal.removed.empty()) {
        return ids.isEmpty() ? Result::unchanged() : unknownMission(ids.first());
    }
    const QString text = tr("Delete %1").arg(subject(document, ids));
    if (document.scenario().empty() && !document.roadmap().scenarios.empty()) {
        // Scenarios may speak of the missions removed: they forget them in the same step.
        Roadmap after = document.roadmap();
        if (forgetMissionsInScenarios(after, keys)) {
            for (const MissionEdit& edit : removal.cut) {
                after.missions.replace(edit.index, edit.after);
            }
            IdList<Mission> kept;
            for (std::size_t i = 0; i < after.missions.size(); ++i) {
                if (std::none_of(removal.removed.begin(), removal.removed.end(),
                                 [i](const auto& entry) { return entry.first == i; })) {
                    kept.append(after.missions[i]);
                }
            }
            after.missions = std::move(kept);
            return push(document, new ChangeRoadmapCommand(&document, std::move(after), text));
        }
    }
    std::vector<AddRemoveMissionsCommand::Entry> removed;
    for (auto& [index, mission] : removal.removed) {
        removed.push_back({index, std::move(mission)});
    }
    auto* command = new AddRemoveMissionsCommand(
        &document, AddRemoveMissionsCommand::Direction::Remove, std::move(removed), text);
    // The dependencies on the removed missions go with them, in the same step.
    if (!removal.cut.empty()) {
        new ChangeMissionsCommand(&document, std::move(removal.cut), tr("Remove dependencies"),
                                  command);
    }
    return push(document, command);
}

Result addMission(Document& document, const Mission& mission) {
    if (document.roadmap().missions.contains(mission.id)) {
        return Result::refused(
            tr("Another mission already has the id \"%1\".").arg(toQString(mission.id)));
    }
    if (Result taken = idTakenInPlan(document, toQString(mission.id)); taken.isRefused()) {
        return taken;
    }
    return push(document,
                new AddRemoveMissionsCommand(
                    &document, AddRemoveMissionsCommand::Direction::Add,
                    {{document.roadmap().missions.size(), mission}},
                    tr("Add %1").arg(toQString(mission.name.empty() ? mission.id : mission.name))));
}

Result addPrerequisite(Document& document, const QString& dependent, const QString& prerequisite) {
    auto after =
        withPrerequisite(document.roadmap(), toStdString(dependent), toStdString(prerequisite));
    if (!after) {
        return Result::refused(toQString(after.error()));
    }
    return replaceMission(
        document, *indexOf(document, dependent), std::move(*after),
        tr("Make %1 require %2").arg(nameOf(document, dependent), nameOf(document, prerequisite)));
}

Result removePrerequisite(Document& document, const QString& dependent,
                          const QString& prerequisite) {
    const auto index = indexOf(document, dependent);
    if (!index) {
        return unknownMission(dependent);
    }
    Mission after = document.roadmap().missions[*index];
    const std::string key = toStdString(prerequisite);
    std::erase_if(after.prerequisites,
                  [&](const Prerequisite& existing) { return existing.mission == key; });
    return replaceMission(document, *index, std::move(after),
                          tr("Remove %1 from the prerequisites of %2")
                              .arg(nameOf(document, prerequisite), nameOf(document, dependent)));
}

Result changeRoadmap(Document& document, Roadmap after, const QString& text) {
    if (!document.scenario().empty()) {
        return Result::refused(tr("Agencies, destinations, goals and the roadmap's other "
                                  "settings belong to the plan, not to a scenario: show the plan "
                                  "to change them."));
    }
    if (after == document.roadmap()) {
        return Result::unchanged();
    }
    return push(document, new ChangeRoadmapCommand(&document, std::move(after), text));
}

namespace {

/// A change of the whole roadmap's scenarios, as one step made on the plan; `shownAfter` is
/// shown once it is made (and redone), the scenario shown before it when it is undone.
Result changeScenarios(Document& document, Roadmap after, const QString& text,
                       const std::string& shownAfter) {
    if (document.isReadOnly()) {
        document.refuseEdit();
        return Result::refused(tr("The roadmap is open read-only."));
    }
    const std::string shownBefore = document.scenario();
    if (!shownBefore.empty()) {
        document.showScenario({});
    }
    return push(document, new ChangeScenariosCommand(&document, std::move(after), text, shownBefore,
                                                     shownAfter));
}

const Scenario* scenarioOf(const Document& document, const QString& id) {
    return document.wholeRoadmap().scenarios.find(toStdString(id));
}

Result unknownScenario(const QString& id) {
    return Result::refused(tr("There is no scenario \u201c%1\u201d.").arg(id));
}

} // namespace

Result addScenario(Document& document, const QString& name, const QString& owner) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Result::refused(tr("A scenario needs a name."));
    }
    Roadmap after = document.wholeRoadmap();
    const std::string ownerId = toStdString(owner);
    if (ownerId != kCoordinationGroup && !after.agencies.contains(ownerId)) {
        return Result::refused(
            tr("A scenario belongs to an agency of the roadmap, or to ISECG; \u201c%1\u201d is "
               "neither.")
                .arg(owner));
    }
    Scenario scenario;
    scenario.name = toStdString(trimmed);
    scenario.id = uniqueId(after, EntityKind::Scenario, scenario.name);
    scenario.owner = ownerId;
    const std::string id = scenario.id;
    after.scenarios.append(std::move(scenario));
    return changeScenarios(document, std::move(after), tr("New scenario %1").arg(trimmed), id);
}

Result renameScenario(Document& document, const QString& id, const QString& name) {
    const Scenario* scenario = scenarioOf(document, id);
    if (!scenario) {
        return unknownScenario(id);
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Result::refused(tr("A scenario needs a name."));
    }
    if (toQString(scenario->name) == trimmed) {
        return Result::unchanged();
    }
    Roadmap after = document.wholeRoadmap();
    const std::size_t index = *after.scenarios.indexOf(scenario->id);
    Scenario renamed = *scenario;
    renamed.name = toStdString(trimmed);
    after.scenarios.replace(index, std::move(renamed));
    const std::string shown = document.scenario();
    return changeScenarios(
        document, std::move(after),
        tr("Rename scenario %1 to %2").arg(toQString(nameOf(*scenario)), trimmed), shown);
}

Result deleteScenario(Document& document, const QString& id) {
    const Scenario* scenario = scenarioOf(document, id);
    if (!scenario) {
        return unknownScenario(id);
    }
    Roadmap after = document.wholeRoadmap();
    const QString name = toQString(nameOf(*scenario));
    after.scenarios.take(*after.scenarios.indexOf(toStdString(id)));
    return changeScenarios(document, std::move(after), tr("Delete scenario %1").arg(name), {});
}

} // namespace orrery::app::commands
