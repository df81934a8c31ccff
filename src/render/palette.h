#pragma once

#include <orrery/agency.h>
#include <orrery/analysis/finding.h>
#include <orrery/mission.h>

#include <QColor>

#include <cstddef>

namespace orrery::render {

/// The agency's display colour; a neutral grey when the file's colour cannot be read, so
/// that a mistake in one agency does not make its missions vanish.
QColor agencyColor(const Agency& agency);
/// The neutral colour for missions whose lead agency is unknown.
QColor unknownAgencyColor();

/// Colours for the "colour by status" mode and for status marks in tables.
QColor statusColor(MissionStatus status);

/// A colour per goal, by the goal's place in the roadmap: eight that stay apart for
/// colour-blind readers (Okabe and Ito), then again lighter.
QColor goalColor(std::size_t goal);
/// Missions that pursue no objective, when coloured by goal.
QColor noGoalColor();

/// Red, amber, blue: the colours findings badges and lists use.
QColor severityColor(Severity severity);

} // namespace orrery::render
