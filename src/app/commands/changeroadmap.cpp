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

ChangeScenariosCommand::ChangeScenariosCommand(Document* document, Roadmap after,
                                               const QString& text, std::string shownBefore,
                                               std::string shownAfter)
    : ChangeRoadmapCommand(document, std::move(after), text), m_shownBefore(std::move(shownBefore)),
      m_shownAfter(std::move(shownAfter)) {}

void ChangeScenariosCommand::undo() {
    ChangeRoadmapCommand::undo();
    document()->showScenarioOf(m_shownBefore);
}

void ChangeScenariosCommand::redo() {
    ChangeRoadmapCommand::redo();
    document()->showScenarioOf(m_shownAfter);
}

} // namespace orrery::app
