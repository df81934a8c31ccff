#pragma once

// What the window asks and tells the planner about the open file and a review: each a
// whole sentence, so that a translation may order it as its language needs.

#include <orrery/contribution.h>
#include <orrery/roadmap.h>

#include <QString>

#include <functional>

class QWidget;

namespace orrery::app {

class FileGuard;

/// Why the roadmap is open read-only: who holds the file, and since when.
QString heldElsewhereText(const FileGuard& guard, const QString& fileName);
/// What editing anyway means.
QString editingAnywayText(const FileGuard& guard, const QString& fileName);

/// Another program changed the file while there are unsaved changes: asks (without
/// waiting) whether to reload it; `reload` runs if so.
void askReloadChangedFile(QWidget* parent, const QString& fileName, std::function<void()> reload);

/// The contribution's baseline is nowhere to be found: asks for its file (empty: cancelled).
QString askForBaseline(QWidget* parent, const QString& contributionPath,
                       const BaselineReference& baseline);
/// A plain roadmap under review: asks which agency sent it, the planner's own first
/// (empty: cancelled).
QString askForContributor(QWidget* parent, const Roadmap& roadmap, const QString& contributionPath);

} // namespace orrery::app
