#pragma once

#include "recovery.h"

#include <QList>

#include <functional>

class QWidget;

namespace orrery::app {

/// Offers the recovery copies a crash (or Keep for Later) left behind, one message at a
/// time: Restore, Keep for Later, or Delete. A copy is held while it is offered, so that
/// another Orrery starting meanwhile neither offers nor deletes it; a copy another
/// instance holds is skipped. Restore hands the copy to `restore` and ends the offers (the
/// window holds one roadmap; the others wait for the next start).
void offerRecoveryCopies(QWidget* parent, QList<Recovery::Entry> entries,
                         std::function<void(const Recovery::Entry&)> restore);

} // namespace orrery::app
