#pragma once

#include <orrery/roadmap.h>

#include <QString>

#include <functional>

class QWidget;

namespace orrery::app {

// The planner's own agency ("My agency"), kept in the settings: new missions are led by it,
// a contribution is saved as its draft, and a review points out changes to its missions.

/// Empty until the planner has said.
QString myAgency();
void setMyAgency(const QString& agency);

/// Calls `then` with the planner's agency once it is known: at once when the roadmap has
/// it, else after asking (the dialog is opened, not run modally; `then` is not called when
/// the planner cancels). The first answer is remembered; when the planner's agency is not
/// one of this roadmap's, the answer holds for this call only.
void withMyAgency(const Roadmap& roadmap, QWidget* parent,
                  const std::function<void(const QString&)>& then);

/// Asks for the planner's agency among the roadmap's, now (modal); false when cancelled.
bool chooseMyAgency(const Roadmap& roadmap, QWidget* parent);

} // namespace orrery::app
