#pragma once

// Every change a planner makes to a roadmap, as verbs. Widgets call these, never `new
// SomeCommand`: each asks the core what the change is (orrery/editing.h), then pushes
// exactly one undoable command onto the document's stack, with a text for the Edit menu
// and the history; or it says why nothing changed.

#include <orrery/roadmap.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace orrery::app {

class Document;

namespace commands {

/// What a verb did: changed the roadmap (one undo step), found nothing to change, or refused
/// the change, saying why in a sentence the planner reads.
class Result {
public:
    enum class Outcome { Changed, Unchanged, Refused };

    static Result changed() { return Result(Outcome::Changed, {}); }
    static Result unchanged() { return Result(Outcome::Unchanged, {}); }
    static Result refused(QString reason) { return Result(Outcome::Refused, std::move(reason)); }

    Outcome outcome() const { return m_outcome; }
    bool isChanged() const { return m_outcome == Outcome::Changed; }
    bool isRefused() const { return m_outcome == Outcome::Refused; }
    /// Why it was refused; empty otherwise.
    const QString& reason() const { return m_reason; }
    explicit operator bool() const { return isChanged(); }

private:
    Result(Outcome outcome, QString reason) : m_outcome(outcome), m_reason(std::move(reason)) {}

    Outcome m_outcome;
    QString m_reason;
};

/// Moves missions by whole months, with their ends and capability dates; a move of the same
/// missions right after joins it in one undo step.
Result moveMissions(Document& document, const QStringList& ids, int months);
/// New start and end for one mission (a resize on the timeline).
Result setMissionDates(Document& document, const QString& id, const Date& start,
                       const std::optional<Date>& end);
/// Replaces one mission's fields by `after` (whose id must be the same); `what` names the
/// edit in the history ("Change status of Exploration Mission-1").
Result editMission(Document& document, const QString& id, const Mission& after,
                   const QString& what);
/// Renames a mission's id and every reference to it, in one step.
Result renameMission(Document& document, const QString& id, const QString& newId);
/// Removes missions and the dependencies on them.
Result deleteMissions(Document& document, const QStringList& ids);
/// Adds a mission at the end of the roadmap.
Result addMission(Document& document, const Mission& mission);
/// Makes `prerequisite` a prerequisite of `dependent` (finish-to-start, hard, no lag).
Result addPrerequisite(Document& document, const QString& dependent, const QString& prerequisite);
Result removePrerequisite(Document& document, const QString& dependent,
                          const QString& prerequisite);
/// Replaces agencies, destinations, capabilities or metadata: `after` is the whole roadmap.
/// Refused while a scenario is shown: those belong to the plan.
Result changeRoadmap(Document& document, Roadmap after, const QString& text);

/// A new scenario of the plan named `name`, owned by `owner` (an agency of the roadmap, or
/// ISECG), changing nothing yet; shown once made, so that the next edits go into it.
Result addScenario(Document& document, const QString& name, const QString& owner);
/// Names scenario `id` anew (its id, which files and scripts use, stays).
Result renameScenario(Document& document, const QString& id, const QString& name);
/// Deletes scenario `id` with its changes, additions and drops; the plan is shown.
Result deleteScenario(Document& document, const QString& id);

} // namespace commands
} // namespace orrery::app
