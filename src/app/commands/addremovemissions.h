#pragma once

#include "changemissions.h"

#include <orrery/mission.h>

#include <QUndoCommand>

#include <vector>

namespace orrery::app {

class Document;

/// Adds missions at positions (redo) and takes them out again (undo); with `remove` the
/// other way round. Removing missions also removes the dependencies on them, which the
/// command keeps as a child ChangeMissionsCommand so that undo restores both.
class AddRemoveMissionsCommand : public QUndoCommand {
public:
    struct Entry {
        std::size_t index; ///< position in the roadmap when present
        Mission mission;
    };

    enum class Direction { Add, Remove };

    AddRemoveMissionsCommand(Document* document, Direction direction, std::vector<Entry> entries,
                             const QString& text, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void insertAll();
    void takeAll();

    Document* m_document;
    Direction m_direction;
    /// The scenario the missions were added to or removed from; empty for the plan.
    std::string m_scenario;
    std::vector<Entry> m_entries; ///< ascending by index
};

} // namespace orrery::app
