#pragma once

#include "../presentation.h"

#include <QDockWidget>

#include <functional>

namespace orrery::app {

/// Works a panel's content out again when the roadmap has changed and the panel is in sight
/// (a panel out of sight costs nothing per edit), and until then has it forget the roadmap,
/// which may go. `refresh` reads the roadmap again; `forget` lets go of it.
inline void refreshWhenInSight(QDockWidget* dock, Presentation* presentation,
                               std::function<void()> refresh, std::function<void()> forget) {
    struct State {
        bool stale = true;
    };
    auto state = std::make_shared<State>();
    const auto update = [dock, state, refresh = std::move(refresh), forget = std::move(forget)] {
        if (!state->stale) {
            return;
        }
        if (!dock->isVisible()) {
            forget();
            return;
        }
        state->stale = false;
        refresh();
    };
    // Names and dates change what such panels show; a selection or a colour does not.
    QObject::connect(presentation, &Presentation::changed, dock,
                     [state, update](Presentation::Update what) {
                         if (what != Presentation::Update::Repaint) {
                             state->stale = true;
                             update();
                         }
                     });
    QObject::connect(dock, &QDockWidget::visibilityChanged, dock, update);
    update();
}

} // namespace orrery::app
