#include "style.h"

#include "palette.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace orrery::render {

Theme Theme::light() {
    Theme theme;
    theme.background = QColor(0xff, 0xff, 0xff);
    theme.laneEven = QColor(0xf7, 0xf9, 0xfc);
    theme.laneOdd = QColor(0xee, 0xf2, 0xf7);
    theme.laneSeparator = QColor(0xc5, 0xcf, 0xdc);
    theme.grid = QColor(0xe1, 0xe6, 0xee);
    theme.majorGrid = QColor(0xc9, 0xd2, 0xde);
    theme.text = QColor(0x1f, 0x29, 0x37);
    theme.mutedText = QColor(0x5b, 0x67, 0x78);
    theme.headerBackground = QColor(0xe4, 0xea, 0xf2);
    theme.highlight = QColor(0xff, 0x8f, 0x00);
    theme.asOf = QColor(0xd3, 0x2f, 0x2f);
    theme.arrow = QColor(0x45, 0x5a, 0x64);
    theme.critical = QColor(0xd3, 0x2f, 0x2f);
    theme.proposal = QColor(0x7b, 0x1f, 0xa2);
    return theme;
}

Theme Theme::dark() {
    Theme theme;
    theme.background = QColor(0x1e, 0x22, 0x28);
    theme.laneEven = QColor(0x23, 0x28, 0x2f);
    theme.laneOdd = QColor(0x29, 0x2f, 0x37);
    theme.laneSeparator = QColor(0x44, 0x4e, 0x5a);
    theme.grid = QColor(0x33, 0x3a, 0x44);
    theme.majorGrid = QColor(0x47, 0x51, 0x5e);
    theme.text = QColor(0xe6, 0xea, 0xef);
    theme.mutedText = QColor(0xa3, 0xad, 0xba);
    theme.headerBackground = QColor(0x2c, 0x33, 0x3c);
    theme.highlight = QColor(0xff, 0xb3, 0x00);
    theme.asOf = QColor(0xff, 0x6e, 0x6e);
    theme.arrow = QColor(0xb0, 0xbe, 0xc5);
    theme.critical = QColor(0xff, 0x6e, 0x6e);
    theme.proposal = QColor(0xce, 0x93, 0xd8);
    return theme;
}

Theme Theme::fromPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128 ? dark() : light();
}

bool readsUnshaped(QStringView text) {
    // Up to the end of Latin Extended-B: no letter there joins, reorders or combines.
    constexpr char16_t kLastLatin = 0x024F;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() <= kLastLatin; });
}

QFont chartFont(QFont base, QStringView text) {
    const auto strategy = base.styleStrategy();
    base.setStyleStrategy(readsUnshaped(text)
                              ? QFont::StyleStrategy(strategy | QFont::PreferNoShaping)
                              : QFont::StyleStrategy(strategy & ~QFont::PreferNoShaping));
    return base;
}

PaintContext PaintContext::forRoadmap(const Roadmap& roadmap) {
    PaintContext context;
    context.roadmap = &roadmap;
    context.missions.resize(roadmap.missions.size());
    return context;
}

bool PaintContext::isCriticalDependency(std::size_t prerequisite, std::size_t dependent) const {
    return std::find(criticalDependencies.begin(), criticalDependencies.end(),
                     std::pair(prerequisite, dependent)) != criticalDependencies.end();
}

QColor PaintContext::translucent(const QColor& color, double alpha) const {
    const double opacity = color.alphaF() * alpha;
    if (opaque) {
        return mixed(color, theme.background, opacity);
    }
    QColor result = color;
    result.setAlphaF(static_cast<float>(opacity));
    return result;
}

std::vector<std::optional<Severity>> worstFindings(const Roadmap& roadmap,
                                                   const std::vector<Finding>& findings) {
    std::vector<std::optional<Severity>> worst(roadmap.missions.size());
    for (const Finding& finding : findings) {
        for (const std::string& id : finding.missions) {
            if (const auto index = roadmap.missions.indexOf(id)) {
                auto& slot = worst[*index];
                if (!slot || *slot < finding.severity) {
                    slot = finding.severity;
                }
            }
        }
    }
    return worst;
}

QColor crewColor(Crew crew) {
    return crew == Crew::Human ? QColor(0xd8, 0x43, 0x15) : QColor(0x00, 0x79, 0x6b);
}

double relativeLuminance(const QColor& color) {
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

namespace {

/// The lowest contrast of a colour against everything a mission may be drawn on.
double worstContrast(const QColor& color, const Theme& theme) {
    return std::min({contrastRatio(color, theme.laneEven), contrastRatio(color, theme.laneOdd),
                     contrastRatio(color, theme.background)});
}

} // namespace

QColor readableOn(const QColor& color, const Theme& theme) {
    if (worstContrast(color, theme) >= kMinimumContrast) {
        return color;
    }
    // Towards white on a dark theme, towards black on a light one, in small steps: the hue
    // stays, only as much lightness changes as the contrast needs.
    const QColor target =
        relativeLuminance(theme.background) < 0.2 ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 40; ++step) {
        const QColor candidate = mixed(target, color, step / 40.0);
        if (worstContrast(candidate, theme) >= kMinimumContrast) {
            return candidate;
        }
    }
    return target;
}

QColor fadedTowards(const QColor& color, const QColor& under, double amount) {
    // The fade stops where the contrast would fall below the minimum.
    double reached = 0;
    for (int step = 1; step <= 20; ++step) {
        const double tried = amount * step / 20.0;
        if (contrastRatio(mixed(under, color, tried), under) < kMinimumContrast) {
            break;
        }
        reached = tried;
    }
    return mixed(under, color, reached);
}

std::optional<std::size_t> goalOf(const Roadmap* roadmap, const Mission& mission) {
    if (!roadmap) {
        return std::nullopt;
    }
    for (const std::string& id : mission.objectives) {
        if (const Objective* objective = roadmap->objectives.find(id)) {
            if (const auto goal = roadmap->goals.indexOf(objective->goal)) {
                return goal;
            }
        }
    }
    return std::nullopt;
}

QColor missionColor(const PaintContext& context, const Mission& mission) {
    QColor color;
    switch (context.colorMode) {
    case ColorMode::Status:
        color = statusColor(mission.status);
        break;
    case ColorMode::Crew:
        color = crewColor(mission.crew);
        break;
    case ColorMode::Agency: {
        const Agency* agency =
            context.roadmap ? context.roadmap->agencies.find(mission.lead) : nullptr;
        color = agency ? agencyColor(*agency) : unknownAgencyColor();
        break;
    }
    case ColorMode::Goal: {
        const auto goal = goalOf(context.roadmap, mission);
        color = goal ? goalColor(*goal) : noGoalColor();
        break;
    }
    }
    return readableOn(color, context.theme);
}

namespace {

/// Completed missions recede: two thirds of the way towards the background, as far as the
/// contrast allows.
QColor muted(const QColor& color, const Theme& theme) {
    return fadedTowards(color, theme.background, 2.0 / 3.0);
}

QColor faded(const QColor& color, const PaintContext& context) {
    return context.translucent(color, 0.18);
}

} // namespace

QColor mixed(const QColor& color, const QColor& base, double amount) {
    const auto channel = [amount](double from, double to) {
        return std::clamp(from + (to - from) * amount, 0.0, 1.0);
    };
    return QColor::fromRgbF(static_cast<float>(channel(base.redF(), color.redF())),
                            static_cast<float>(channel(base.greenF(), color.greenF())),
                            static_cast<float>(channel(base.blueF(), color.blueF())));
}

QBrush missionBrush(const PaintContext& context, const Mission& mission,
                    const MissionAppearance& appearance) {
    QColor color = missionColor(context, mission);
    if (mission.status == MissionStatus::Completed) {
        color = muted(color, context.theme);
    }
    if (appearance.dimmed) {
        color = faded(color, context);
    }
    return QBrush(color);
}

std::optional<ComparisonMark> markAgainst(const Mission& mission, const Roadmap& other) {
    const Mission* there = other.missions.find(mission.id);
    if (!there) {
        return ComparisonMark{ProposedChange::Added, std::nullopt};
    }
    const bool moved = there->start.monthsUntil(mission.start) != 0 ||
                       there->end.has_value() != mission.end.has_value() ||
                       (there->end && there->end->monthsUntil(*mission.end) != 0);
    if (!moved) {
        return std::nullopt;
    }
    return ComparisonMark{ProposedChange::Changed, PreviousDates{there->start, there->end}};
}

QColor hatchInk(const QColor& color, const QColor& under) {
    return fadedTowards(color, under, 0.65);
}

void paintHatching(QPainter& painter, const QPainterPath& shape, const QBrush& ink,
                   double spacing) {
    const QRectF box = shape.boundingRect();
    painter.save();
    painter.setClipPath(shape, Qt::IntersectClip);
    QPen pen(ink, 1.1);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    // Lines rising to the right, one every `spacing` along x.
    QPainterPath lines;
    for (double x = box.left() - box.height(); x < box.right(); x += spacing) {
        lines.moveTo(x, box.bottom());
        lines.lineTo(x + box.height(), box.top());
    }
    painter.drawPath(lines);
    painter.restore();
}

QPen missionPen(const PaintContext& context, const Mission& mission,
                const MissionAppearance& appearance) {
    QColor color = missionColor(context, mission)
                       .darker(mission.status == MissionStatus::Completed ? 110 : 135);
    if (mission.status == MissionStatus::Completed) {
        color = muted(color, context.theme);
    }
    if (appearance.dimmed) {
        color = faded(color, context);
    }
    QPen pen(color, 1.2);
    if (mission.status == MissionStatus::Conceptual) {
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.4);
    }
    if (appearance.selected) {
        pen = QPen(context.theme.highlight, 2.6);
    }
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

QColor textOn(const QColor& background) {
    // Relative luminance, as WCAG defines it, decides between dark and light text.
    const auto channel = [](double value) {
        value /= 255.0;
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * channel(background.red()) +
                             0.7152 * channel(background.green()) +
                             0.0722 * channel(background.blue());
    return luminance > 0.4 ? QColor(0x1f, 0x29, 0x37) : QColor(0xff, 0xff, 0xff);
}

QPainterPath dashesAlong(const QPainterPath& path, const QList<qreal>& pattern, double penWidth,
                         const std::optional<QRectF>& within) {
    if (pattern.size() < 2) {
        return path;
    }
    QPainterPath dashes;
    QPointF last;
    // Pieces of dashes outside `within` are skipped, not drawn.
    const auto drawTo = [&](const QPointF& point) {
        const bool seen = !within || QRectF(last, point)
                                         .normalized()
                                         .adjusted(-penWidth, -penWidth, penWidth, penWidth)
                                         .intersects(*within);
        if (seen) {
            if (dashes.currentPosition() != last || dashes.elementCount() == 0) {
                dashes.moveTo(last);
            }
            dashes.lineTo(point);
        }
        last = point;
    };
    for (const QPolygonF& polygon : path.toSubpathPolygons()) {
        if (polygon.size() < 2) {
            continue;
        }
        qsizetype phase = 0; // even: a dash, odd: a gap
        double remaining = pattern[0] * penWidth;
        last = polygon[0];
        for (qsizetype i = 1; i < polygon.size(); ++i) {
            const QPointF from = polygon[i - 1];
            const QPointF to = polygon[i];
            const double length = std::hypot(to.x() - from.x(), to.y() - from.y());
            double travelled = 0;
            while (length - travelled > remaining) {
                travelled += remaining;
                const QPointF point = from + (to - from) * (travelled / length);
                if (phase % 2 == 0) {
                    drawTo(point);
                } else {
                    last = point;
                }
                phase = (phase + 1) % pattern.size();
                remaining = std::max(pattern[phase] * penWidth, 0.01);
            }
            remaining -= length - travelled;
            if (phase % 2 == 0) {
                drawTo(to);
            } else {
                last = to;
            }
        }
    }
    return dashes;
}

void stroke(QPainter& painter, const QPainterPath& path, const QPen& pen) {
    if (pen.style() == Qt::SolidLine || pen.style() == Qt::NoPen) {
        painter.strokePath(path, pen);
        return;
    }
    QPen solid = pen;
    solid.setStyle(Qt::SolidLine);
    solid.setCapStyle(Qt::FlatCap);
    const std::optional<QRectF> visible =
        painter.hasClipping() ? std::optional<QRectF>(painter.clipBoundingRect()) : std::nullopt;
    painter.strokePath(dashesAlong(path, pen.dashPattern(), std::max(pen.widthF(), 1.0), visible),
                       solid);
}

void paintPendingDependency(QPainter& painter, QPointF from, QPointF to, const Theme& theme) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(theme.highlight, 2, Qt::DashLine));
    painter.drawLine(from, to);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.highlight);
    painter.drawEllipse(to, 3.5, 3.5);
    painter.restore();
}

} // namespace orrery::render
