#pragma once

#include <orrery/roadmap.h>

#include <render/navigation.h>

#include <QList>
#include <QString>

#include <cstddef>
#include <functional>
#include <optional>

class QKeyEvent;

namespace orrery::app {

class MissionSelection;

/// The step a key asks for on a chart: the arrows, Home and End (with Ctrl, the whole
/// chart's first and last). None with Alt held: Alt and the arrows move missions.
std::optional<render::Step> navigationStep(const QKeyEvent& event);

/// A key (or gesture) and what it does, for Help > Keyboard Shortcuts.
struct KeyHelp {
    QString keys;
    QString description;
};
/// The keys of the charts that are not menu actions: the steps navigationStep() knows, the
/// nudges, Enter, Escape and the modified drags.
QList<KeyHelp> chartKeys();

/// Where a step from a mission (by index) goes on a chart.
using ChartStep =
    std::function<std::optional<std::size_t>(std::optional<std::size_t> from, render::Step)>;

/// The keys the timeline and the diagram share: a step moves the selection (with Shift, adds
/// to it) and brings the mission into view; Enter asks for the current mission to be edited.
/// True when the key was one of them.
bool handleChartKey(const QKeyEvent& event, const Roadmap* roadmap, MissionSelection& selection,
                    const ChartStep& step, const std::function<void()>& edit);

} // namespace orrery::app
