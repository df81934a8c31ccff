#pragma once

// The words the application shows for the model's enumerations, translatable, in one place.

#include <orrery/analysis/finding.h>
#include <orrery/mission.h>

#include <QString>

namespace orrery::app {

QString crewLabel(Crew crew);
QString statusLabel(MissionStatus status);
QString severityLabel(Severity severity);
QString dependencyTypeLabel(DependencyType type);
/// "1 change", "2 changes": the count with the form of the word that goes with it. Both
/// forms are given (translated) by the caller, with %1 for the number.
QString counted(int count, const QString& one, const QString& many);
/// A field of the file format as the review shows it: "start" is "Start", "lagMonths"
/// "Lag (months)"; extension keys ("x-...") as they are.
QString fieldLabel(const QString& field);

} // namespace orrery::app
