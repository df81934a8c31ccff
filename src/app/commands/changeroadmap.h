#pragma once

#include "../document.h"

#include <orrery/roadmap.h>

#include <QUndoCommand>

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

private:
    Document* m_document;
    Roadmap m_before;
    Roadmap m_after;
};

} // namespace orrery::app
