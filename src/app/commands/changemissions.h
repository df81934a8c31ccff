#pragma once

#include <orrery/mission.h>

#include <QUndoCommand>

#include <vector>

namespace orrery::app {

class Document;

/// The generic edit: missions replaced by changed copies. Moving, resizing, nudging,
/// editing a field in the inspector, linking prerequisites and renaming an id (with every
/// reference to it) are all this command with different copies.
class ChangeMissionsCommand : public QUndoCommand {
public:
    struct Change {
        std::size_t index;
        Mission before;
        Mission after;
    };

    ChangeMissionsCommand(Document* document, std::vector<Change> changes, const QString& text,
                          QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(bool forward);

    Document* m_document;
    std::vector<Change> m_changes;
};

} // namespace orrery::app
