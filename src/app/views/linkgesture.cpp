#include "linkgesture.h"

#include "../document.h"

#include <render/utf8.h>

#include <QToolTip>
#include <QWidget>

namespace orrery::app {

void LinkGesture::start(std::size_t prerequisite, QPointF at) {
    m_prerequisite = prerequisite;
    m_end = at;
}

commands::Result LinkGesture::finish(Document* document, std::optional<std::size_t> dependent,
                                     QWidget* view, QPoint position) {
    const std::optional<std::size_t> prerequisite = m_prerequisite;
    m_prerequisite.reset();
    // Released where it started: a click, not a dependency.
    if (!document || !prerequisite || !dependent || *dependent == *prerequisite) {
        return commands::Result::unchanged();
    }
    const Roadmap& roadmap = document->roadmap();
    const auto result =
        commands::addPrerequisite(*document, render::toQString(roadmap.missions[*dependent].id),
                                  render::toQString(roadmap.missions[*prerequisite].id));
    if (result.isRefused() && view) {
        QToolTip::showText(view->mapToGlobal(position), result.reason(), view);
    }
    return result;
}

} // namespace orrery::app
