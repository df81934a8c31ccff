#include "keyboard.h"

#include "../selection.h"

#include <render/qtconvert.h>

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

bool handleChartKey(const QKeyEvent& event, const Roadmap* roadmap, MissionSelection& selection,
                    const ChartStep& step, const std::function<void()>& edit) {
    if (const auto wanted = navigationStep(event)) {
        if (!roadmap) {
            return true;
        }
        const auto from = roadmap->missions.indexOf(render::toStdString(selection.current()));
        if (const auto to = step(from, *wanted)) {
            const QString id = render::toQString(roadmap->missions[*to].id);
            if (event.modifiers() & Qt::ShiftModifier) {
                selection.revealAdding(id);
            } else {
                selection.reveal(id);
            }
        }
        return true;
    }
    if ((event.key() == Qt::Key_Return || event.key() == Qt::Key_Enter) && !selection.isEmpty()) {
        edit();
        return true;
    }
    return false;
}

} // namespace orrery::app
