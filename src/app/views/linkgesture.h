#pragma once

#include "../commands/commands.h"

#include <QPointF>

#include <cstddef>
#include <optional>

class QPoint;
class QWidget;

namespace orrery::app {

class Document;

/// Drawing a dependency with the pointer (Alt and drag, from the prerequisite to the mission
/// that needs it), the same on the timeline and the diagram: it follows the pointer (drawn by
/// render::paintPendingDependency), and on release gives the mission under the pointer the
/// prerequisite, or shows why not where the pointer is. The views only say where things are.
class LinkGesture {
public:
    /// Starts on the prerequisite, at a point in the view's content coordinates.
    void start(std::size_t prerequisite, QPointF at);
    bool isActive() const { return m_prerequisite.has_value(); }
    std::optional<std::size_t> prerequisite() const { return m_prerequisite; }
    /// Where the line ends: the pointer, in content coordinates.
    QPointF end() const { return m_end; }
    void moveTo(QPointF at) { m_end = at; }

    /// Ends over a mission (over nothing or over the prerequisite itself, it adds nothing). A
    /// refusal (the mission itself, a dependency it has, a read-only roadmap) is shown at
    /// `position` on `view`.
    commands::Result finish(Document* document, std::optional<std::size_t> dependent, QWidget* view,
                            QPoint position);
    void cancel() { m_prerequisite.reset(); }

private:
    std::optional<std::size_t> m_prerequisite;
    QPointF m_end;
};

} // namespace orrery::app
