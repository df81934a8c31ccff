#include "commands.h"

#include "../document.h"
#include "addremovemissions.h"
#include "changemissions.h"
#include "changeroadmap.h"

#include <orrery/identifier.h>

#include <render/qtconvert.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUndoStack>

#include <algorithm>

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

QString monthsText(int months) {
    return months == 1 ? tr("a month") : tr("%1 months").arg(months);
}

/// Pushes the command, unless the document is read-only.
bool push(Document& document, QUndoCommand* command) {
    if (document.isReadOnly()) {
        delete command;
        document.refuseEdit();
        return false;
    }
    document.undoStack()->push(command);
    return true;
}

} // namespace

bool moveMissions(Document& document, const QStringList& ids, int months) {
    if (months == 0 || ids.isEmpty()) {
        return false;
    }
    std::vector<ChangeMissionsCommand::Change> changes;
    for (const QString& id : ids) {
        if (const auto index = indexOf(document, id)) {
            const Mission& mission = document.roadmap().missions[*index];
            changes.push_back({*index, mission, shiftedMission(mission, months)});
        }
    }
    if (changes.empty()) {
        return false;
    }
    const QString text =
        months > 0 ? tr("Move %1 later by %2").arg(subject(document, ids), monthsText(months))
                   : tr("Move %1 earlier by %2").arg(subject(document, ids), monthsText(-months));
    return push(document, new ChangeMissionsCommand(&document, std::move(changes), text));
}

bool setMissionDates(Document& document, const QString& id, const Date& start,
                     const std::optional<Date>& end) {
    const auto index = indexOf(document, id);
    if (!index) {
        return false;
    }
    const Mission& before = document.roadmap().missions[*index];
    Mission after = before;
    after.start = start;
    after.end = end;
    if (after == before) {
        return false;
    }
    return push(document,
                new ChangeMissionsCommand(&document, {{*index, before, after}},
                                          tr("Change dates of %1").arg(nameOf(document, id))));
}

bool editMission(Document& document, const QString& id, const Mission& after, const QString& what) {
    const auto index = indexOf(document, id);
    if (!index || toQString(after.id) != id) {
        return false;
    }
    const Mission& before = document.roadmap().missions[*index];
    if (after == before) {
        return false;
    }
    return push(document, new ChangeMissionsCommand(&document, {{*index, before, after}}, what));
}

Expected<void, QString> renameMission(Document& document, const QString& id, const QString& newId) {
    const auto index = indexOf(document, id);
    if (!index) {
        return make_unexpected(tr("There is no mission \"%1\".").arg(id));
    }
    if (newId == id) {
        return {};
    }
    if (!isWellFormedId(newId)) {
        return make_unexpected(tr("\"%1\" is not a valid id: use 1 to 64 letters, digits, '.', "
                                  "'_' or '-', starting with a letter or digit.")
                                   .arg(newId));
    }
    if (indexOf(document, newId)) {
        return make_unexpected(tr("Another mission already has the id \"%1\".").arg(newId));
    }
    const std::string oldKey = toStdString(id);
    const std::string newKey = toStdString(newId);
    std::vector<ChangeMissionsCommand::Change> changes;
    const auto& missions = document.roadmap().missions;
    for (std::size_t i = 0; i < missions.size(); ++i) {
        Mission after = missions[i];
        if (i == *index) {
            after.id = newKey;
        }
        for (Prerequisite& prerequisite : after.prerequisites) {
            if (prerequisite.mission == oldKey) {
                prerequisite.mission = newKey;
            }
        }
        if (after != missions[i]) {
            changes.push_back({i, missions[i], std::move(after)});
        }
    }
    const QString text =
        tr("Change the id of %1 from %2 to %3").arg(nameOf(document, id), id, newId);
    if (!push(document, new ChangeMissionsCommand(&document, std::move(changes), text))) {
        return make_unexpected(tr("The roadmap is open read-only."));
    }
    return {};
}

bool deleteMissions(Document& document, const QStringList& ids) {
    std::vector<AddRemoveMissionsCommand::Entry> removed;
    std::vector<std::string> keys;
    for (const QString& id : ids) {
        if (const auto index = indexOf(document, id)) {
            removed.push_back({*index, document.roadmap().missions[*index]});
            keys.push_back(toStdString(id));
        }
    }
    if (removed.empty()) {
        return false;
    }
    auto* command = new AddRemoveMissionsCommand(
        &document, AddRemoveMissionsCommand::Direction::Remove, std::move(removed),
        tr("Delete %1").arg(subject(document, ids)));
    // The dependencies on the removed missions go with them.
    std::vector<ChangeMissionsCommand::Change> cut;
    const auto& missions = document.roadmap().missions;
    for (std::size_t i = 0; i < missions.size(); ++i) {
        if (std::find(keys.begin(), keys.end(), missions[i].id) != keys.end()) {
            continue;
        }
        Mission after = missions[i];
        std::erase_if(after.prerequisites, [&](const Prerequisite& prerequisite) {
            return std::find(keys.begin(), keys.end(), prerequisite.mission) != keys.end();
        });
        if (after.prerequisites.size() != missions[i].prerequisites.size()) {
            cut.push_back({i, missions[i], std::move(after)});
        }
    }
    if (!cut.empty()) {
        new ChangeMissionsCommand(&document, std::move(cut), tr("Remove dependencies"), command);
    }
    return push(document, command);
}

bool addMission(Document& document, const Mission& mission) {
    return push(document,
                new AddRemoveMissionsCommand(
                    &document, AddRemoveMissionsCommand::Direction::Add,
                    {{document.roadmap().missions.size(), mission}},
                    tr("Add %1").arg(toQString(mission.name.empty() ? mission.id : mission.name))));
}

Expected<void, QString> addPrerequisite(Document& document, const QString& dependent,
                                        const QString& prerequisite) {
    const auto index = indexOf(document, dependent);
    if (!index || !indexOf(document, prerequisite)) {
        return make_unexpected(tr("Both missions must exist."));
    }
    if (dependent == prerequisite) {
        return make_unexpected(tr("A mission cannot require itself."));
    }
    const Mission& before = document.roadmap().missions[*index];
    const std::string key = toStdString(prerequisite);
    if (std::any_of(before.prerequisites.begin(), before.prerequisites.end(),
                    [&](const Prerequisite& existing) { return existing.mission == key; })) {
        return make_unexpected(
            tr("%1 already requires %2.")
                .arg(nameOf(document, dependent), nameOf(document, prerequisite)));
    }
    Mission after = before;
    after.prerequisites.push_back(
        {key, DependencyType::FinishToStart, 0, DependencyStrength::Hard, {}});
    if (!push(document, new ChangeMissionsCommand(&document, {{*index, before, std::move(after)}},
                                                  tr("Make %1 require %2")
                                                      .arg(nameOf(document, dependent),
                                                           nameOf(document, prerequisite))))) {
        return make_unexpected(tr("The roadmap is open read-only."));
    }
    return {};
}

bool removePrerequisite(Document& document, const QString& dependent, const QString& prerequisite) {
    const auto index = indexOf(document, dependent);
    if (!index) {
        return false;
    }
    const Mission& before = document.roadmap().missions[*index];
    Mission after = before;
    const std::string key = toStdString(prerequisite);
    std::erase_if(after.prerequisites,
                  [&](const Prerequisite& existing) { return existing.mission == key; });
    if (after == before) {
        return false;
    }
    return push(document, new ChangeMissionsCommand(&document, {{*index, before, std::move(after)}},
                                                    tr("Remove %1 from the prerequisites of %2")
                                                        .arg(nameOf(document, prerequisite),
                                                             nameOf(document, dependent))));
}

bool changeRoadmap(Document& document, Roadmap after, const QString& text) {
    if (after == document.roadmap()) {
        return false;
    }
    return push(document, new ChangeRoadmapCommand(&document, std::move(after), text));
}

bool isWellFormedId(const QString& id) {
    return orrery::isWellFormedId(toStdString(id));
}

QString uniqueMissionId(const Roadmap& roadmap, const QString& base) {
    QString stem = base.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    stem.remove(QRegularExpression(QStringLiteral("^[^a-z0-9]+")));
    stem = stem.left(56);
    stem.remove(QRegularExpression(QStringLiteral("[^a-z0-9]+$")));
    if (stem.isEmpty()) {
        stem = QStringLiteral("mission");
    }
    QString candidate = stem;
    for (int n = 2; roadmap.missions.contains(toStdString(candidate)); ++n) {
        candidate = QStringLiteral("%1-%2").arg(stem).arg(n);
    }
    return candidate;
}

} // namespace orrery::app::commands
