#pragma once

// How missions look, decided in one place for the screen and every export: colours by
// agency, status or crew; shapes for human and robotic missions; hatching for conceptual
// ones; muted completed ones; finding badges.

#include <orrery/analysis/finding.h>
#include <orrery/roadmap.h>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPalette>
#include <QPen>
#include <QStringView>

#include <chrono>
#include <optional>
#include <utility>
#include <vector>

class QPainter;

namespace orrery::render {

/// What a mission's colour says: its lead agency, status, crew, or the goal of the first
/// objective it pursues.
enum class ColorMode { Agency, Status, Crew, Goal };

/// The colours of the chart around the missions, for light and dark palettes.
struct Theme {
    QColor background;
    QColor laneEven;
    QColor laneOdd;
    QColor laneSeparator;
    QColor grid;
    QColor majorGrid;
    QColor text;
    QColor mutedText;
    QColor headerBackground;
    QColor highlight;
    QColor asOf;
    QColor arrow;
    QColor critical;
    /// Marks what a contribution under review changes.
    QColor proposal;

    static Theme light();
    static Theme dark();
    /// Light or dark after the palette's window colour.
    static Theme fromPalette(const QPalette& palette);
};

/// What a contribution under review does to a mission.
enum class ProposedChange { None, Added, Changed };

/// The dates a mission had before a proposed change moved it.
struct PreviousDates {
    Date start;
    std::optional<Date> end;
};

/// How a mission stands against another roadmap (an earlier edition, the plan a scenario
/// changes): Added when that one has not it, Changed with its dates there when it moved there
/// (a date told more exactly has not moved); nothing when it did not move.
struct ComparisonMark {
    ProposedChange change = ProposedChange::Changed;
    std::optional<PreviousDates> previous;
};
std::optional<ComparisonMark> markAgainst(const Mission& mission, const Roadmap& other);

/// Per-mission state the views decide and the painters show.
struct MissionAppearance {
    bool visible = true; ///< false: filtered out and hidden
    bool dimmed = false; ///< filtered out but shown faintly
    bool selected = false;
    bool critical = false; ///< on the critical path to the target
    bool inCycle = false;  ///< part of a dependency cycle
    std::optional<Severity> worstFinding;
    ProposedChange proposed = ProposedChange::None;
    /// Set when a proposed change moved the mission: where it was is drawn as a ghost.
    std::optional<PreviousDates> previous;
};

/// The font a chart sets `text` in: `base` unshaped when the text reads the same without
/// shaping (Latin letters, digits, punctuation), shaped otherwise (Arabic letters must
/// join). Kerning and ligatures are all that Latin text loses; a chart measures every
/// mission's name to lay out, and unshaped names measure in a quarter of the time. On
/// paper it also keeps "fi" two letters, so that "first" can be found.
QFont chartFont(QFont base, QStringView text);
/// Whether chartFont() sets `text` unshaped.
bool readsUnshaped(QStringView text);

/// Everything the painters need besides geometry.
struct PaintContext {
    const Roadmap* roadmap = nullptr;
    ColorMode colorMode = ColorMode::Agency;
    Theme theme = Theme::light();
    QFont font;
    std::vector<MissionAppearance> missions;
    /// Dependencies (prerequisite, dependent) on the critical path, drawn emphasised.
    std::vector<std::pair<std::size_t, std::size_t>> criticalDependencies;
    /// Nothing translucent: what would let the background through is mixed with the
    /// background instead. PDF/A-1 allows no transparency.
    bool opaque = false;
    /// Launch opportunities by destination (the roadmap's order), shaded on their lanes;
    /// empty when they are not shown. See addLaunchWindows() (porkchop.h).
    std::vector<std::vector<std::pair<std::chrono::sys_days, std::chrono::sys_days>>> launchWindows;

    bool isCriticalDependency(std::size_t prerequisite, std::size_t dependent) const;
    /// The colour at `alpha` of its own opacity, or, when opaque, mixed with the background
    /// as it would look there.
    QColor translucent(const QColor& color, double alpha) const;

    /// Fresh appearances for every mission of the roadmap.
    static PaintContext forRoadmap(const Roadmap& roadmap);
};

/// The worst severity of the findings that name each mission, in roadmap order.
std::vector<std::optional<Severity>> worstFindings(const Roadmap& roadmap,
                                                   const std::vector<Finding>& findings);

/// The contrast a mission's colour keeps against what it is drawn on, in either theme:
/// WCAG 2.1's minimum for graphical objects.
constexpr double kMinimumContrast = 3.0;
/// WCAG 2.1's relative luminance, and the contrast ratio of two colours (1 to 21).
double relativeLuminance(const QColor& color);
double contrastRatio(const QColor& a, const QColor& b);
/// The colour, lightened on a dark theme or darkened on a light one as little as it takes to
/// reach the minimum contrast against every lane colour and the background: a navy agency
/// colour stays visible on the dark theme, a pale yellow one on paper.
QColor readableOn(const QColor& color, const Theme& theme);
/// The faintest the colour may fade to towards `under` (an imprecise date's soft end, a
/// completed mission) and still keep the minimum contrast against it; at most `amount` of the
/// way.
QColor fadedTowards(const QColor& color, const QColor& under, double amount);

/// The goal (index into roadmap.goals) of the first objective the mission pursues whose
/// goal the roadmap defines: what "colour by goal" shows.
std::optional<std::size_t> goalOf(const Roadmap* roadmap, const Mission& mission);

/// The colour a mission is drawn in for a colour mode, readable on the context's theme.
QColor missionColor(const PaintContext& context, const Mission& mission);
QColor crewColor(Crew crew);

/// The colour of a mission's bar: its mode's colour, muted when completed, faded when the
/// filter dims it. (Conceptual missions are hatched with it: paintHatching().)
QBrush missionBrush(const PaintContext& context, const Mission& mission,
                    const MissionAppearance& appearance);
/// The colour of a conceptual mission's hatching over `under` (a diagram's box): lighter than
/// the mission's colour, but keeping the minimum contrast.
QColor hatchInk(const QColor& color, const QColor& under);
/// Diagonal lines across the shape, clipped to it: the hatching of conceptual missions. Drawn
/// as lines, since a pattern brush comes out of Qt's PDF engine as dark blots.
void paintHatching(QPainter& painter, const QPainterPath& shape, const QBrush& ink,
                   double spacing = 5.0);
/// Its outline: dashed when conceptual, bold when selected.
QPen missionPen(const PaintContext& context, const Mission& mission,
                const MissionAppearance& appearance);
/// The colour `amount` (0 to 1) of the way from `base` to `color`, opaque. Lines that
/// should recede use it rather than transparency: Qt's PDF engine writes a translucent
/// pen's stroke as a filled outline, many times larger.
QColor mixed(const QColor& color, const QColor& base, double amount);
/// Black or white, whichever reads on the colour.
QColor textOn(const QColor& background);

/// The dashes of a dash pattern (in pen widths, as QPen::dashPattern()) along the path, as
/// open sub-paths to stroke with a solid pen; with `within`, only those that reach into it.
QPainterPath dashesAlong(const QPainterPath& path, const QList<qreal>& pattern, double penWidth,
                         const std::optional<QRectF>& within = std::nullopt);
/// Strokes the path with the pen. A dashed pen's dashes are cut here, inside the painter's
/// clip, and stroked solid: Qt's PDF engine would turn every dash of the whole path into a
/// filled outline, which makes a tiled 1,000-mission dependency diagram ten times larger
/// and slower to write.
void stroke(QPainter& painter, const QPainterPath& path, const QPen& pen);

/// The dependency being drawn with the pointer, from the prerequisite's end to the pointer:
/// a dashed line in the highlight colour with a dot where it will land. The timeline and the
/// diagram draw it alike.
void paintPendingDependency(QPainter& painter, QPointF from, QPointF to, const Theme& theme);

} // namespace orrery::render
