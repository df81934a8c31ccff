#pragma once

// The words Orrery shows for what it draws and checks: statuses, crews, severities,
// dependency types, the publication's sections and charts, the colourings. The window, the
// paper and the command line take them from here, translatable, so that one thing has one
// name everywhere. The file format's words are the core's toString(); the keys below are
// the command line's and the settings'.

#include "exporters.h"
#include "report.h"
#include "style.h"

#include <orrery/analysis/finding.h>
#include <orrery/analysis/strategy.h>
#include <orrery/mission.h>

#include <QString>

#include <optional>
#include <span>
#include <string_view>

namespace orrery::render {

/// "Planned" in a list or a field; "planned" inside a sentence or a legend.
enum class Letters { Capitalised, Lower };

QString statusName(MissionStatus status, Letters letters = Letters::Capitalised);
QString crewName(Crew crew, Letters letters = Letters::Capitalised);
QString severityName(Severity severity);
/// Whether a knowledge gap is closed when a mission that needs it starts: "In time",
/// "Closed late"...
QString gapTimingName(GapTiming timing, Letters letters = Letters::Capitalised);
/// When a dependent may begin: "after it ends", "after it starts".
QString dependencyTypeName(DependencyType type);
/// "Title page", "Mission tables by destination"...
QString sectionName(Section section);
QString chartName(Chart chart);

/// Every value, in the order they are offered.
std::span<const MissionStatus> allStatuses();
std::span<const Crew> allCrews();
std::span<const Section> allSections();
std::span<const Chart> allCharts();
std::span<const ColorMode> allColorModes();

/// The command line's and the settings' words: "title", "timeline", "status"...
std::string_view toString(Section section);
std::string_view toString(Chart chart);
std::string_view toString(ColorMode mode);
/// The value a word names, in any case; none for a word that names nothing.
std::optional<Section> sectionFromString(std::string_view text);
std::optional<Chart> chartFromString(std::string_view text);
std::optional<ColorMode> colorModeFromString(std::string_view text);

} // namespace orrery::render
