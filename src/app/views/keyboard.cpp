#include "keyboard.h"

#include "../selection.h"

#include <QKeyEvent>

namespace orrery::app {

std::optional<render::Step> navigationStep(const QKeyEvent& event) {
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    if (modifiers & Qt::AltModifier) {
        return std::nullopt;
    }
    const bool whole = modifiers & Qt::ControlModifier;
    switch (event.key()) {
    case Qt::Key_Up:
        return render::Step::Up;
    case Qt::Key_Down:
        return render::Step::Down;
    case Qt::Key_Left:
        return render::Step::Left;
    case Qt::Key_Right:
        return render::Step::Right;
    case Qt::Key_Home:
        return whole ? render::Step::RoadmapStart : render::Step::Start;
    case Qt::Key_End:
        return whole ? render::Step::RoadmapEnd : render::Step::End;
    default:
        return std::nullopt;
    }
}

void moveSelectionTo(MissionSelection& selection, const QString& mission, bool extend) {
    if (extend) {
        selection.revealAdding(mission);
    } else {
        selection.reveal(mission);
    }
}

} // namespace orrery::app
