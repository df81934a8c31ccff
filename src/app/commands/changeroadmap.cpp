#include "changeroadmap.h"

namespace orrery::app {

ChangeRoadmapCommand::ChangeRoadmapCommand(Document* document, Roadmap after, const QString& text,
                                           QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_before(document->roadmap()),
      m_after(std::move(after)) {}

// Document::replaceRoadmap() shows the plan first: the command was made on it.
void ChangeRoadmapCommand::undo() {
    m_document->replaceRoadmap(m_before, DocumentChange::Kind::RoadmapEdited);
}

void ChangeRoadmapCommand::redo() {
    m_document->replaceRoadmap(m_after, DocumentChange::Kind::RoadmapEdited);
}

} // namespace orrery::app
