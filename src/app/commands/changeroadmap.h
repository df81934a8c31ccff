#pragma once

#include "../document.h"

#include <orrery/roadmap.h>

#include <QUndoCommand>

#include <string>

namespace orrery::app {

/// Edits of agencies, destinations and capabilities: rare, and they may touch any mission
/// (a renamed agency is renamed in every mission that names it), so the command keeps the
/// roadmap before and after.
class ChangeRoadmapCommand : public QUndoCommand {
public:
    ChangeRoadmapCommand(Document* document, Roadmap after, const QString& text,
                         QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

protected:
    Document* document() const { return m_document; }

private:
    Document* m_document;
    Roadmap m_before;
    Roadmap m_after;
};

/// A change of the roadmap's scenarios (made, renamed, deleted): made on the plan like any
/// change of the roadmap, then showing the scenario the planner works in after each step, the
/// one they were in before it on undo.
class ChangeScenariosCommand : public ChangeRoadmapCommand {
public:
    ChangeScenariosCommand(Document* document, Roadmap after, const QString& text,
                           std::string shownBefore, std::string shownAfter);

    void undo() override;
    void redo() override;

private:
    std::string m_shownBefore;
    std::string m_shownAfter;
};

} // namespace orrery::app
