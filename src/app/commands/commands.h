#pragma once

// Every change a planner makes to a roadmap, as verbs. Widgets call these, never `new
// SomeCommand`: each pushes exactly one undoable command onto the document's stack (or
// nothing, when nothing would change), with a text for the Edit menu and the history.

#include <orrery/expected.h>
#include <orrery/roadmap.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace orrery::app {

class Document;

namespace commands {

/// Moves missions by whole months, with their ends and capability dates.
bool moveMissions(Document& document, const QStringList& ids, int months);
/// New start and end for one mission (a resize on the timeline).
bool setMissionDates(Document& document, const QString& id, const Date& start,
                     const std::optional<Date>& end);
/// Replaces one mission's fields by `after` (whose id must be the same); `what` names the
/// edit in the history ("Change status of em2").
bool editMission(Document& document, const QString& id, const Mission& after, const QString& what);
/// Renames a mission's id and every reference to it, in one step.
Expected<void, QString> renameMission(Document& document, const QString& id, const QString& newId);
/// Removes missions and the dependencies on them.
bool deleteMissions(Document& document, const QStringList& ids);
/// Adds a mission at the end of the roadmap.
bool addMission(Document& document, const Mission& mission);
/// Makes `prerequisite` a prerequisite of `dependent` (finish-to-start, hard, no lag).
Expected<void, QString> addPrerequisite(Document& document, const QString& dependent,
                                        const QString& prerequisite);
bool removePrerequisite(Document& document, const QString& dependent, const QString& prerequisite);
/// Replaces agencies, destinations, capabilities or metadata: `after` is the whole roadmap.
bool changeRoadmap(Document& document, Roadmap after, const QString& text);

/// Whether text is a well-formed id (1 to 64 letters, digits, '.', '_' or '-', starting
/// with a letter or digit), as the file format requires.
bool isWellFormedId(const QString& id);
/// An id no mission has yet, made from `base`.
QString uniqueMissionId(const Roadmap& roadmap, const QString& base);

} // namespace commands
} // namespace orrery::app
