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

} // namespace orrery::app
