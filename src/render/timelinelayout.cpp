#include "timelinelayout.h"

#include "utf8.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace orrery::render {

using std::chrono::sys_days;
namespace chr = std::chrono;

namespace {

/// The rows of a lane as first-fit packing sees them: where each row's last occupant ends,
/// and whether it ends in a name, for two names side by side keep a wider gap so that they
/// do not read as one. The first row with room is found in logarithmic time, a lane of
/// thousands of rows being packed again on every zoom step.
class RowEnds {
public:
    struct End {
        double x;
        bool text;
    };

    RowEnds(double rowGap, double labelSpacing) : m_rowGap(rowGap), m_labelSpacing(labelSpacing) {}

    std::size_t size() const { return m_ends.size(); }

    /// The first row where a mission reaching left to `left` fits; size() when none does.
    std::size_t firstFit(double left, bool startsWithText) const {
        const std::vector<double>& tree = startsWithText ? m_afterText : m_afterBar;
        // Written so that a position that is not a number fits nowhere.
        if (m_ends.empty() || !(tree[1] <= left)) {
            return m_ends.size();
        }
        std::size_t node = 1;
        while (node < m_leaves) {
            node = tree[2 * node] <= left ? 2 * node : 2 * node + 1;
        }
        return node - m_leaves;
    }

    bool fits(std::size_t row, double left, bool startsWithText) const {
        const End& previous = m_ends[row];
        return previous.x + gapAfter(previous, startsWithText) <= left;
    }

    /// Makes `row` exist; rows added on the way are free.
    void reach(std::size_t row) {
        while (m_ends.size() <= row) {
            append(kFree);
        }
    }

    /// Puts an occupant ending at `end` in `row`, a new row when row is size().
    void set(std::size_t row, End end) {
        if (row == m_ends.size()) {
            append(end);
        } else {
            store(row, end);
        }
    }

    /// Whether anyone occupies `row`.
    bool taken(std::size_t row) const { return m_ends[row].x != kFree.x; }

private:
    static constexpr double kInfinity = std::numeric_limits<double>::infinity();
    static constexpr End kFree{-kInfinity, false};

    double gapAfter(const End& previous, bool startsWithText) const {
        return previous.text && startsWithText ? m_labelSpacing : m_rowGap;
    }

    void append(End end) {
        if (m_ends.size() == m_leaves) {
            grow();
        }
        m_ends.push_back(end);
        store(m_ends.size() - 1, end);
    }

    /// Doubles the leaves; rows not yet made have no room at all.
    void grow() {
        m_leaves = std::max<std::size_t>(1, 2 * m_leaves);
        m_afterBar.assign(2 * m_leaves, kInfinity);
        m_afterText.assign(2 * m_leaves, kInfinity);
        for (std::size_t row = 0; row < m_ends.size(); ++row) {
            m_afterBar[m_leaves + row] = m_ends[row].x + gapAfter(m_ends[row], false);
            m_afterText[m_leaves + row] = m_ends[row].x + gapAfter(m_ends[row], true);
        }
        for (std::size_t node = m_leaves - 1; node >= 1; --node) {
            m_afterBar[node] = std::min(m_afterBar[2 * node], m_afterBar[2 * node + 1]);
            m_afterText[node] = std::min(m_afterText[2 * node], m_afterText[2 * node + 1]);
        }
    }

    void store(std::size_t row, End end) {
        m_ends[row] = end;
        std::size_t node = m_leaves + row;
        m_afterBar[node] = end.x + gapAfter(end, false);
        m_afterText[node] = end.x + gapAfter(end, true);
        for (node /= 2; node >= 1; node /= 2) {
            m_afterBar[node] = std::min(m_afterBar[2 * node], m_afterBar[2 * node + 1]);
            m_afterText[node] = std::min(m_afterText[2 * node], m_afterText[2 * node + 1]);
        }
    }

    double m_rowGap;
    double m_labelSpacing;
    std::vector<End> m_ends;
    std::size_t m_leaves = 0;
    /// Minimum trees over the rows: the leftmost start that still fits after each row's
    /// occupant, for a mission that starts with a bar and one that starts with its name.
    std::vector<double> m_afterBar;
    std::vector<double> m_afterText;
};

} // namespace

const TimelineLane* TimelineLayout::laneAt(double y) const {
    for (const TimelineLane& lane : lanes) {
        if (y >= lane.top && y < lane.top + lane.height) {
            return &lane;
        }
    }
    return nullptr;
}

std::pair<sys_days, sys_days> timelineRange(const PaintContext& context) {
    const Roadmap& roadmap = *context.roadmap;
    int firstYear = roadmap.asOf.year();
    int lastYear = roadmap.asOf.year();
    for (const Mission& mission : roadmap.missions) {
        firstYear = std::min(firstYear, mission.start.year());
        lastYear = std::max(lastYear, mission.finish().year());
    }
    for (const MissionAppearance& appearance : context.missions) {
        if (appearance.previous) {
            firstYear = std::min(firstYear, appearance.previous->start.year());
            lastYear = std::max(
                lastYear, appearance.previous->end.value_or(appearance.previous->start).year());
        }
    }
    // A year of room on both sides, so that no bar touches the edge.
    return {sys_days{chr::year{firstYear - 1} / 1 / 1}, sys_days{chr::year{lastYear + 2} / 1 / 1}};
}

void placeAlongTime(TimelineMission& item, const Mission& mission, const TimelineLayout& layout,
                    double labelWidth, double labelHeight) {
    const TimeScale& scale = layout.scale;
    const TimelineMetrics& metrics = layout.metrics;
    const double top = item.bar.top();
    const double labelTop = item.label.top();
    item.milestone = mission.isMilestone();
    const double markerSize = metrics.barHeight;
    const double startFirst = scale.x(mission.start.firstDay());
    const double startLast = scale.x(mission.start.lastDay() + chr::days{1});
    if (item.milestone) {
        const double centre = (startFirst + startLast) / 2;
        item.bar = QRectF(centre - markerSize / 2, top, markerSize, markerSize);
        item.solidStart = startFirst;
        item.solidEnd = startLast;
    } else {
        const double finishFirst = scale.x(mission.finish().firstDay());
        const double finishLast = scale.x(mission.finish().lastDay() + chr::days{1});
        const double right = std::max(finishLast, startFirst + 2.0);
        item.bar = QRectF(startFirst, top, right - startFirst, metrics.barHeight);
        item.solidStart = std::min(startLast, right);
        item.solidEnd = std::max(finishFirst, item.solidStart);
    }
    const double insideRoom = item.bar.width() - 2 * metrics.labelGap;
    item.labelInside = !item.milestone && labelWidth <= insideRoom;
    // A milestone's label starts after the span its date may fall in.
    const double outsideFrom =
        item.milestone ? std::max(item.bar.right(), item.solidEnd) : item.bar.right();
    const double labelLeft =
        item.labelInside ? item.bar.left() + metrics.labelGap : outsideFrom + metrics.labelGap;
    item.label = QRectF(labelLeft, labelTop, labelWidth, labelHeight);
    // A label that would run past the end of the time range goes before its bar instead:
    // the last missions' names do not widen the chart.
    const double before = std::min(item.bar.left(), item.solidStart) - metrics.labelGap;
    if (!item.labelInside && item.label.right() > scale.x(layout.lastDay) &&
        before - labelWidth >= 0) {
        item.label.moveRight(before);
    }
}

namespace {

/// Widths of names in the fonts chartFont() picks (two sets of metrics made once, not a
/// font per name), or as measured before when the caller has them.
class LabelMetrics {
public:
    explicit LabelMetrics(const QFont& font, const std::vector<double>* measured = nullptr)
        : m_unshaped(chartFont(font, u"a")), m_shaped(chartFont(font, u"\u0645")),
          m_measured(measured) {}

    double width(const QString& text) const {
        return (readsUnshaped(text) ? m_unshaped : m_shaped).horizontalAdvance(text);
    }
    double widthOf(std::size_t index, const Mission& mission) const {
        return m_measured && index < m_measured->size() ? (*m_measured)[index]
                                                        : width(toQString(mission.name));
    }
    double height() const { return m_unshaped.height(); }

private:
    QFontMetricsF m_unshaped;
    QFontMetricsF m_shaped;
    const std::vector<double>* m_measured;
};

/// A layout with its scale and range, no mission placed yet.
TimelineLayout emptyLayout(const PaintContext& context, double pixelsPerDay,
                           const TimelineMetrics& metrics) {
    TimelineLayout layout;
    layout.metrics = metrics;
    std::tie(layout.firstDay, layout.lastDay) = timelineRange(context);
    layout.scale = {layout.firstDay, pixelsPerDay};
    layout.width = layout.scale.x(layout.lastDay);
    return layout;
}

} // namespace

std::vector<double> measureLabels(const PaintContext& context) {
    const LabelMetrics labelMetrics(context.font);
    std::vector<double> widths;
    widths.reserve(context.roadmap->missions.size());
    for (const Mission& mission : context.roadmap->missions) {
        widths.push_back(labelMetrics.width(toQString(mission.name)));
    }
    return widths;
}

TimelineLayout layoutTimeline(const PaintContext& context, double pixelsPerDay,
                              const TimelineMetrics& metrics,
                              const std::vector<double>* labelWidths,
                              const std::vector<int>* preferredRows) {
    const Roadmap& roadmap = *context.roadmap;
    TimelineLayout layout = emptyLayout(context, pixelsPerDay, metrics);
    layout.asOfX = layout.scale.x(roadmap.asOf.lastDay() + chr::days{1});
    layout.missions.resize(roadmap.missions.size());

    // One lane per destination, in the roadmap's order, and one more at the end for
    // missions whose destination the roadmap does not define.
    const std::size_t destinationCount = roadmap.destinations.size();
    std::vector<std::vector<std::size_t>> lanes(destinationCount + 1);
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        const bool visible = i >= context.missions.size() || context.missions[i].visible;
        if (!visible) {
            continue;
        }
        const auto lane = roadmap.destinations.indexOf(roadmap.missions[i].destination);
        lanes[lane.value_or(destinationCount)].push_back(i);
    }

    const LabelMetrics labelMetrics(context.font, labelWidths);
    double top = 0;
    for (std::size_t laneIndex = 0; laneIndex < lanes.size(); ++laneIndex) {
        std::vector<std::size_t>& members = lanes[laneIndex];
        if (laneIndex == destinationCount && members.empty()) {
            break; // no lane for unknown destinations unless it is needed
        }
        // Geometry along x first, then pack in order of the left edge.
        for (const std::size_t i : members) {
            const Mission& mission = roadmap.missions[i];
            TimelineMission& item = layout.missions[i];
            item.mission = i;
            item.lane = laneIndex;
            item.placed = true;
            placeAlongTime(item, mission, layout, labelMetrics.widthOf(i, mission),
                           labelMetrics.height());
        }
        std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            return layout.missions[a].bar.left() < layout.missions[b].bar.left();
        });

        // First fit: each row remembers where its last occupant ends (bar or label). A
        // mission that had a row takes it again when the row has room for it there.
        RowEnds rows(metrics.rowGap, metrics.labelSpacing);
        for (const std::size_t i : members) {
            TimelineMission& item = layout.missions[i];
            const double left = std::min({item.bar.left(), item.label.left(), item.solidStart});
            const double right = std::max({item.bar.right(), item.label.right(), item.solidEnd});
            const bool startsWithText = !item.labelInside && item.label.left() <= left + 0.5;
            const RowEnds::End end{right, !item.labelInside && item.label.right() >= right - 0.5};
            std::size_t row = rows.firstFit(left, startsWithText);
            if (const int preferred =
                    preferredRows && i < preferredRows->size() ? (*preferredRows)[i] : -1;
                preferred >= 0) {
                const auto wanted = static_cast<std::size_t>(preferred);
                rows.reach(wanted);
                if (rows.fits(wanted, left, startsWithText)) {
                    row = wanted;
                }
            }
            rows.set(row, end);
            item.row = static_cast<int>(row);
        }
        std::size_t rowCount = rows.size();
        if (preferredRows) {
            // Rows a preference reached for but nobody took close up.
            std::vector<int> renumbered(rows.size(), -1);
            int used = 0;
            for (std::size_t row = 0; row < rows.size(); ++row) {
                if (rows.taken(row)) {
                    renumbered[row] = used++;
                }
            }
            for (const std::size_t i : members) {
                layout.missions[i].row =
                    renumbered[static_cast<std::size_t>(layout.missions[i].row)];
            }
            rowCount = static_cast<std::size_t>(used);
        }
        TimelineLane lane;
        lane.destination =
            laneIndex < destinationCount ? std::optional<std::size_t>(laneIndex) : std::nullopt;
        lane.name = laneIndex < destinationCount
                        ? toQString(roadmap.destinations[laneIndex].name)
                        : QCoreApplication::translate("orrery::render", "Unknown destination");
        lane.rows = static_cast<int>(rowCount);
        lane.top = top;
        lane.height = std::max(metrics.minimumLaneHeight,
                               2 * metrics.lanePadding + lane.rows * metrics.rowHeight);
        for (const std::size_t i : members) {
            TimelineMission& item = layout.missions[i];
            const double rowTop = top + metrics.lanePadding + item.row * metrics.rowHeight;
            const double centre = rowTop + metrics.rowHeight / 2;
            item.bar.moveTop(centre - item.bar.height() / 2);
            item.label.moveTop(centre - item.label.height() / 2);
        }
        layout.lanes.push_back(lane);
        top += lane.height;
    }
    layout.height = top;
    // Room for the labels of the last missions.
    for (const TimelineMission& item : layout.missions) {
        if (item.placed) {
            layout.width = std::max(layout.width, item.label.right() + metrics.labelGap);
        }
    }
    return layout;
}

double timelineWidth(const PaintContext& context, double pixelsPerDay,
                     const TimelineMetrics& metrics, const std::vector<double>* labelWidths) {
    const Roadmap& roadmap = *context.roadmap;
    const TimelineLayout layout = emptyLayout(context, pixelsPerDay, metrics);
    double width = layout.width;
    const LabelMetrics labelMetrics(context.font, labelWidths);
    TimelineMission item;
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        if (i < context.missions.size() && !context.missions[i].visible) {
            continue;
        }
        placeAlongTime(item, roadmap.missions[i], layout,
                       labelMetrics.widthOf(i, roadmap.missions[i]), labelMetrics.height());
        width = std::max(width, item.label.right() + metrics.labelGap);
    }
    return width;
}

std::optional<TimelineHit> hitTest(const TimelineLayout& layout, QPointF at) {
    // Thin bars are hard to hit: a little room around them counts.
    constexpr double kGrabX = 2.0;
    constexpr double kGrabY = 3.0;
    // How far from an edge still grabs the edge.
    constexpr double kEdge = 5.0;
    for (std::size_t i = 0; i < layout.missions.size(); ++i) {
        const TimelineMission& item = layout.missions[i];
        if (!item.placed || !(item.bar.adjusted(-kGrabX, -kGrabY, kGrabX, kGrabY).contains(at) ||
                              item.label.contains(at))) {
            continue;
        }
        const bool onBarRow = std::abs(at.y() - item.bar.center().y()) <= item.bar.height();
        if (!item.milestone && item.bar.width() > 3 * kEdge && onBarRow) {
            if (std::abs(at.x() - item.bar.left()) <= kEdge) {
                return TimelineHit{i, TimelinePart::StartEdge};
            }
            if (std::abs(at.x() - item.bar.right()) <= kEdge) {
                return TimelineHit{i, TimelinePart::EndEdge};
            }
        }
        return TimelineHit{i, TimelinePart::Body};
    }
    return std::nullopt;
}

int monthsDragged(const TimeScale& scale, double fromX, double toX, bool wholeYears) {
    constexpr double kDaysPerMonth = 365.25 / 12;
    const double days = (toX - fromX) / scale.pixelsPerDay;
    const int months = static_cast<int>(std::lround(days / kDaysPerMonth));
    return wholeYears ? static_cast<int>(std::lround(months / 12.0)) * 12 : months;
}

Mission withEdgeAt(const Mission& mission, TimelinePart edge, const TimeScale& scale, double x) {
    Mission resized = mission;
    switch (edge) {
    case TimelinePart::StartEdge:
        resized.start = Date::fromMonthIndex(
            std::min(monthIndexOf(scale.dayAt(x)), mission.finish().lastMonth()));
        break;
    case TimelinePart::EndEdge:
        // The right edge is the first day after the last month: the month is the one before.
        resized.end = Date::fromMonthIndex(
            std::max(monthIndexOf(scale.dayAt(x - 1.0)), mission.start.firstMonth()));
        break;
    case TimelinePart::Body:
        break;
    }
    return resized;
}

} // namespace orrery::render
