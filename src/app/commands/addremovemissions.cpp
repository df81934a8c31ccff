#include "addremovemissions.h"

#include "../document.h"

#include <algorithm>

namespace orrery::app {

AddRemoveMissionsCommand::AddRemoveMissionsCommand(Document* document, Direction direction,
                                                   std::vector<Entry> entries, const QString& text,
                                                   QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_direction(direction),
      m_scenario(document->scenario()), m_entries(std::move(entries)) {
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry& a, const Entry& b) { return a.index < b.index; });
}

void AddRemoveMissionsCommand::redo() {
    m_document->showScenarioOf(m_scenario);
    // Child commands (the dependencies a removal cuts) run first on redo, last on undo.
    QUndoCommand::redo();
    if (m_direction == Direction::Add) {
        insertAll();
    } else {
        takeAll();
    }
}

void AddRemoveMissionsCommand::undo() {
    m_document->showScenarioOf(m_scenario);
    if (m_direction == Direction::Add) {
        takeAll();
    } else {
        insertAll();
    }
    QUndoCommand::undo();
}

void AddRemoveMissionsCommand::insertAll() {
    // Ascending positions: each lands where it was, after the ones before it are back.
    for (const Entry& entry : m_entries) {
        m_document->insertMission(entry.index, entry.mission);
    }
    m_document->notify({DocumentChange::Kind::MissionsAddedOrRemoved, {}});
}

void AddRemoveMissionsCommand::takeAll() {
    for (auto entry = m_entries.rbegin(); entry != m_entries.rend(); ++entry) {
        entry->mission = m_document->takeMission(entry->index);
    }
    m_document->notify({DocumentChange::Kind::MissionsAddedOrRemoved, {}});
}

} // namespace orrery::app
