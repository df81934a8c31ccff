#include "legend.h"

#include "palette.h"
#include "timelinepainter.h"
#include "utf8.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <functional>

namespace orrery::render {

std::vector<std::size_t> legendAgencies(const PaintContext& context) {
    std::vector<std::size_t> named;
    if (!context.roadmap) {
        return named;
    }
    // The colours of the missions shown, not of those the filter hides. The legend is laid
    // out on every resize: the scan stops once every agency leads one.
    const Roadmap& roadmap = *context.roadmap;
    std::vector<bool> leads(roadmap.agencies.size(), false);
    std::size_t seen = 0;
    for (std::size_t i = 0; i < roadmap.missions.size() && seen < leads.size(); ++i) {
        if (i < context.missions.size() && !context.missions[i].visible) {
            continue;
        }
        if (const auto agency = roadmap.agencies.indexOf(roadmap.missions[i].lead);
            agency && !leads[*agency]) {
            leads[*agency] = true;
            ++seen;
        }
    }
    for (std::size_t agency = 0; agency < leads.size(); ++agency) {
        if (leads[agency]) {
            named.push_back(agency);
        }
    }
    return named;
}

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("orrery::render::Legend", text);
}

constexpr double kSymbolWidth = 34;
constexpr double kEntryHeight = 20;
constexpr double kSectionGap = 8;

struct Entry {
    QString label;
    std::function<void(QPainter&, const QRectF&)> symbol;
};

struct Group {
    QString title;
    std::vector<Entry> entries;
};

/// A mission of a one-mission roadmap, painted by paintMission into `box`.
void paintSample(QPainter& painter, const PaintContext& base, const QRectF& box,
                 const std::function<void(Mission&)>& shape, bool milestone, double softness = 0,
                 std::optional<Severity> badge = {}, MissionAppearance appearance = {}) {
    Roadmap sample;
    sample.agencies.append({"A", "A", "", "#78909C", {}});
    Mission mission;
    mission.id = "m";
    mission.lead = "A";
    mission.start = Date::fromYear(2030);
    if (!milestone) {
        mission.end = Date::fromYear(2031);
    }
    shape(mission);
    sample.missions.append(mission);
    PaintContext context = base;
    context.roadmap = &sample;
    context.colorMode = ColorMode::Agency;
    appearance.worstFinding = badge;
    context.missions.assign(1, appearance);
    TimelineLayout layout;
    TimelineMission item;
    item.placed = true;
    item.milestone = milestone;
    const double height = 12;
    item.bar =
        milestone
            ? QRectF(box.center().x() - height / 2, box.center().y() - height / 2, height, height)
            : QRectF(box.left() + 2, box.center().y() - height / 2, box.width() - 4, height);
    item.solidStart = item.bar.left() + softness;
    item.solidEnd = item.bar.right() - softness;
    item.label = QRectF(box.right(), box.top(), 0, 0);
    layout.missions.push_back(item);
    // A time scale on which the bar spans its dates, for a ghost of earlier ones.
    const auto first = mission.start.firstDay();
    const auto last = mission.finish().lastDay() + std::chrono::days{1};
    layout.scale.pixelsPerDay = item.bar.width() / static_cast<double>((last - first).count());
    layout.scale.origin =
        first - std::chrono::days{std::lround(item.bar.left() / layout.scale.pixelsPerDay)};
    paintMission(painter, layout, context, 0);
}

std::vector<Group> sections(const PaintContext& context) {
    std::vector<Group> result;
    Group colours;
    // The colours as the chart draws them on this theme.
    const auto swatch = [&context](QColor drawn) {
        const QColor color = readableOn(drawn, context.theme);
        return [color](QPainter& painter, const QRectF& box) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(color.darker(135), 1));
            painter.setBrush(color);
            painter.drawRoundedRect(
                QRectF(box.left() + 2, box.center().y() - 6, box.width() - 4, 12), 2, 2);
            painter.restore();
        };
    };
    switch (context.colorMode) {
    case ColorMode::Agency: {
        colours.title = tr("Lead agency");
        if (context.roadmap) {
            for (const std::size_t agency : legendAgencies(context)) {
                const Agency& lead = context.roadmap->agencies[agency];
                colours.entries.push_back({toQString(lead.id), swatch(agencyColor(lead))});
            }
        }
        break;
    }
    case ColorMode::Status:
        colours.title = tr("Status");
        for (const MissionStatus status : allStatuses()) {
            colours.entries.push_back(
                {statusName(status, Letters::Lower), swatch(statusColor(status))});
        }
        break;
    case ColorMode::Crew:
        colours.title = tr("Crew");
        for (const Crew crew : allCrews()) {
            colours.entries.push_back({crewName(crew, Letters::Lower), swatch(crewColor(crew))});
        }
        break;
    case ColorMode::Goal:
        colours.title = tr("Goal (of the first objective pursued)");
        if (context.roadmap) {
            for (std::size_t goal = 0; goal < context.roadmap->goals.size(); ++goal) {
                colours.entries.push_back(
                    {toQString(context.roadmap->goals[goal].name), swatch(goalColor(goal))});
            }
        }
        colours.entries.push_back({tr("no objective"), swatch(noGoalColor())});
        break;
    }
    result.push_back(std::move(colours));

    const auto sample = [&context](std::function<void(Mission&)> shape, bool milestone,
                                   double softness = 0, std::optional<Severity> badge = {}) {
        return [&context, shape, milestone, softness, badge](QPainter& painter, const QRectF& box) {
            paintSample(painter, context, box, shape, milestone, softness, badge);
        };
    };
    Group missions;
    missions.title = tr("Missions");
    for (const Crew crew : allCrews()) {
        missions.entries.push_back(
            {crewName(crew, Letters::Lower), sample([crew](Mission& m) { m.crew = crew; }, false)});
    }
    missions.entries.push_back(
        {tr("human milestone"), sample([](Mission& m) { m.crew = Crew::Human; }, true)});
    missions.entries.push_back(
        {tr("robotic milestone"), sample([](Mission& m) { m.crew = Crew::Robotic; }, true)});
    missions.entries.push_back({tr("planned or operating"), sample([](Mission&) {}, false)});
    for (const MissionStatus status : {MissionStatus::Conceptual, MissionStatus::Completed}) {
        missions.entries.push_back({statusName(status, Letters::Lower),
                                    sample([status](Mission& m) { m.status = status; }, false)});
    }
    missions.entries.push_back({tr("date known to the year"), sample([](Mission&) {}, false, 9)});
    result.push_back(std::move(missions));

    Group marks;
    marks.title = tr("Marks");
    const Theme theme = context.theme;
    marks.entries.push_back({tr("as-of date"), [theme](QPainter& painter, const QRectF& box) {
                                 painter.save();
                                 painter.setPen(QPen(theme.asOf, 1.5, Qt::DashLine));
                                 painter.drawLine(QPointF(box.center().x(), box.top() + 1),
                                                  QPointF(box.center().x(), box.bottom() - 1));
                                 painter.restore();
                             }});
    const auto arrow = [theme](Qt::PenStyle style, QColor color) {
        return [theme, style, color](QPainter& painter, const QRectF& box) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(color, 1.3, style));
            const double y = box.center().y();
            painter.drawLine(QPointF(box.left() + 2, y), QPointF(box.right() - 6, y));
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawPolygon(
                QPolygonF({QPointF(box.right() - 1, y), QPointF(box.right() - 7, y - 3.5),
                           QPointF(box.right() - 7, y + 3.5)}));
            painter.restore();
        };
    };
    marks.entries.push_back({tr("hard prerequisite"), arrow(Qt::SolidLine, theme.arrow)});
    marks.entries.push_back({tr("soft prerequisite"), arrow(Qt::DashLine, theme.arrow)});
    marks.entries.push_back(
        {tr("dependency the dates break"), arrow(Qt::SolidLine, theme.critical)});
    marks.entries.push_back(
        {tr("on the critical path"), [theme](QPainter& painter, const QRectF& box) {
             painter.save();
             painter.setPen(QPen(theme.critical, 2.2));
             painter.drawLine(QPointF(box.left() + 3, box.center().y() + 3),
                              QPointF(box.right() - 3, box.center().y() + 3));
             painter.restore();
         }});
    for (const auto severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        const QString label = severity == Severity::Error     ? tr("finding: error")
                              : severity == Severity::Warning ? tr("finding: warning")
                                                              : tr("finding: note");
        marks.entries.push_back({label, [theme, severity](QPainter& painter, const QRectF& box) {
                                     painter.save();
                                     painter.setRenderHint(QPainter::Antialiasing);
                                     painter.setPen(QPen(theme.background, 1.2));
                                     painter.setBrush(severityColor(severity));
                                     painter.drawEllipse(box.center(), 4.5, 4.5);
                                     painter.restore();
                                 }});
    }
    result.push_back(std::move(marks));

    // Only while the chart is compared with something (a contribution, another scenario, an
    // earlier edition): what its rings and ghosts say.
    const bool compared = std::any_of(
        context.missions.begin(), context.missions.end(), [](const MissionAppearance& mission) {
            return mission.proposed != ProposedChange::None || mission.previous;
        });
    if (compared) {
        Group comparison;
        comparison.title = tr("Compared");
        const auto marked = [&context](ProposedChange change, bool moved) {
            MissionAppearance appearance;
            appearance.proposed = change;
            if (moved) {
                appearance.previous = PreviousDates{Date::fromYear(2027), Date::fromYear(2028)};
            }
            return [&context, appearance](QPainter& painter, const QRectF& box) {
                // The bar in the right half, where it was (a ghost) in the left.
                const QRectF right(box.center().x(), box.top(), box.width() / 2, box.height());
                paintSample(
                    painter, context, appearance.previous ? right : box, [](Mission&) {}, false, 0,
                    {}, appearance);
            };
        };
        comparison.entries.push_back({tr("changed"), marked(ProposedChange::Changed, false)});
        comparison.entries.push_back({tr("added"), marked(ProposedChange::Added, false)});
        comparison.entries.push_back(
            {tr("moved (dashed: before)"), marked(ProposedChange::Changed, true)});
        result.push_back(std::move(comparison));
    }
    return result;
}

/// Lays the entries out in columns as wide as the longest label; returns the height.
double layoutLegend(const PaintContext& context, double width,
                    const std::function<void(const QString&, const QPointF&)>& title,
                    const std::function<void(const Entry&, const QRectF&)>& entry) {
    const QFontMetricsF metrics(context.font);
    double y = 0;
    for (const Group& section : sections(context)) {
        if (section.entries.empty()) {
            continue;
        }
        title(section.title, QPointF(0, y));
        y += kEntryHeight;
        double columnWidth = 0;
        for (const Entry& item : section.entries) {
            columnWidth = std::max(columnWidth,
                                   kSymbolWidth + 6 + metrics.horizontalAdvance(item.label) + 14);
        }
        const int columns = std::max(1, static_cast<int>(width / columnWidth));
        for (std::size_t i = 0; i < section.entries.size(); ++i) {
            const double x =
                static_cast<double>(i % static_cast<std::size_t>(columns)) * columnWidth;
            const double rowY =
                y + static_cast<double>(i / static_cast<std::size_t>(columns)) * kEntryHeight;
            entry(section.entries[i], QRectF(x, rowY, columnWidth, kEntryHeight));
        }
        y += std::ceil(static_cast<double>(section.entries.size()) / columns) * kEntryHeight +
             kSectionGap;
    }
    return y;
}

} // namespace

double legendHeight(const PaintContext& context, double width) {
    return layoutLegend(
        context, width, [](const QString&, const QPointF&) {}, [](const Entry&, const QRectF&) {});
}

void paintLegend(QPainter& painter, const PaintContext& context, const QRectF& area) {
    painter.save();
    painter.translate(area.topLeft());
    QFont titleFont = context.font;
    titleFont.setBold(true);
    layoutLegend(
        context, area.width(),
        [&](const QString& text, const QPointF& at) {
            painter.setFont(titleFont);
            painter.setPen(context.theme.text);
            painter.drawText(QRectF(at, QSizeF(area.width(), kEntryHeight)),
                             Qt::AlignLeft | Qt::AlignVCenter, text);
        },
        [&](const Entry& item, const QRectF& box) {
            item.symbol(painter, QRectF(box.left(), box.top() + 2, kSymbolWidth, box.height() - 4));
            painter.setFont(context.font);
            painter.setPen(context.theme.text);
            painter.drawText(QRectF(box.left() + kSymbolWidth + 6, box.top(),
                                    box.width() - kSymbolWidth - 6, box.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, item.label);
        });
    painter.restore();
}

} // namespace orrery::render
