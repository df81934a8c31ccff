#include "changemissions.h"

#include "../document.h"

#include <render/qtconvert.h>

namespace orrery::app {

ChangeMissionsCommand::ChangeMissionsCommand(Document* document, std::vector<Change> changes,
                                             const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_changes(std::move(changes)) {}

void ChangeMissionsCommand::undo() {
    apply(false);
}

void ChangeMissionsCommand::redo() {
    apply(true);
}

void ChangeMissionsCommand::apply(bool forward) {
    DocumentChange change{DocumentChange::Kind::MissionsEdited, {}};
    for (const Change& entry : m_changes) {
        const Mission& mission = forward ? entry.after : entry.before;
        m_document->replaceMission(entry.index, mission);
        change.missions << render::toQString(mission.id);
    }
    m_document->notify(change);
}

} // namespace orrery::app
