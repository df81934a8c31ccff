#pragma once

namespace orrery::app {

/// QUndoCommand::id() of the commands that join the one before them into one undo step; the
/// others keep -1.
enum CommandId {
    /// Moves of the same missions by months: five nudges, or a drag after a nudge, are one
    /// step.
    MoveMissionsId = 1,
};

} // namespace orrery::app
