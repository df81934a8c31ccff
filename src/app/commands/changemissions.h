#pragma once

#include <orrery/editing.h>
#include <orrery/mission.h>

#include <QString>
#include <QUndoCommand>

#include <vector>

namespace orrery::app {

class Document;

/// The generic edit: missions replaced by changed copies. Moving, resizing, nudging,
/// editing a field in the inspector, linking prerequisites and renaming an id (with every
/// reference to it) are all this command with different copies.
class ChangeMissionsCommand : public QUndoCommand {
public:
    using Change = MissionEdit;

    ChangeMissionsCommand(Document* document, std::vector<Change> changes, const QString& text,
                          QUndoCommand* parent = nullptr);

    /// A move of missions by months. A move of the same missions right after it joins it
    /// (MoveMissionsId): the step then moves them by the sum, and one that comes back to
    /// where they were leaves no step at all.
    static ChangeMissionsCommand* move(Document* document, std::vector<Change> changes, int months,
                                       const QString& subject);
    /// The text of a move: "Move Exploration Mission-1 later by 3 months".
    static QString moveText(const QString& subject, int months);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    void undo() override;
    void redo() override;

private:
    void apply(bool forward);

    Document* m_document;
    /// The scenario the edit was made in; empty for the plan.
    std::string m_scenario;
    std::vector<Change> m_changes;
    /// For a move: by how much, and what it moves as the history names it.
    int m_months = 0;
    QString m_subject;
};

} // namespace orrery::app
