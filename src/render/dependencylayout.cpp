#include "dependencylayout.h"

#include "qdates.h"
#include "utf8.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QFontMetricsF>

#include <algorithm>
#include <memory>
#include <mutex>
#include <string>

namespace orrery::render {
namespace {

/// Room around a box's text: the colour strip and margins (dependencypainter.cpp).
constexpr double kTextPadding = 24;

/// Graphviz keeps global state; one layout at a time.
std::mutex& graphvizMutex() {
    static std::mutex mutex;
    return mutex;
}

/// cgraph's API takes char* for names it only reads.
char* text(const char* literal) {
    return const_cast<char*>(literal);
}

struct GraphDeleter {
    GVC_t* context;
    void operator()(Agraph_t* graph) const {
        gvFreeLayout(context, graph);
        agclose(graph);
    }
};

/// The name broken between words into at most `maximumLines` lines no wider than `room`:
/// two lines as even as possible when two suffice, otherwise as full as possible. The
/// last line may still be too wide (one very long word); the painter elides it.
QStringList nameLines(const QString& name, const QFontMetricsF& metrics, double room,
                      int maximumLines) {
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (metrics.horizontalAdvance(name) <= room || words.size() < 2 || maximumLines < 2) {
        return {name};
    }
    QStringList even{name};
    double evenWidth = metrics.horizontalAdvance(name);
    for (qsizetype split = 1; split < words.size(); ++split) {
        const QString first = words.mid(0, split).join(QLatin1Char(' '));
        const QString second = words.mid(split).join(QLatin1Char(' '));
        const double width =
            std::max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
        if (width < evenWidth) {
            evenWidth = width;
            even = QStringList{first, second};
        }
    }
    if (evenWidth <= room || maximumLines == 2) {
        return even;
    }
    QStringList lines;
    for (const QString& word : words) {
        const QString longer = lines.isEmpty() ? word : lines.back() + QLatin1Char(' ') + word;
        if (!lines.isEmpty() && metrics.horizontalAdvance(longer) <= room) {
            lines.back() = longer;
        } else if (lines.size() < maximumLines) {
            lines << word;
        } else {
            lines.back() = longer; // the last line takes the rest
        }
    }
    return lines;
}

} // namespace

DependencyLayout layoutDependencies(const PaintContext& context, const DependencyMetrics& metrics) {
    const Roadmap& roadmap = *context.roadmap;
    DependencyLayout layout;
    layout.metrics = metrics;
    layout.nodeOfMission.resize(roadmap.missions.size());
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        if (i >= context.missions.size() || context.missions[i].visible) {
            layout.nodeOfMission[i] = layout.nodes.size();
            layout.nodes.push_back({i, {}, {}});
        }
    }
    if (layout.nodes.empty()) {
        return layout;
    }

    const std::lock_guard lock(graphvizMutex());
    static GVC_t* const gvc = gvContext();
    std::unique_ptr<Agraph_t, GraphDeleter> graph(agopen(text("roadmap"), Agdirected, nullptr),
                                                  GraphDeleter{gvc});
    Agraph_t* g = graph.get();
    const auto inches = [](double pixels) { return std::to_string(pixels / 72.0); };
    agattr(g, AGRAPH, text("rankdir"), text(metrics.layersDown ? "TB" : "LR"));
    agattr(g, AGRAPH, text("nodesep"), text(inches(metrics.nodeGap).c_str()));
    agattr(g, AGRAPH, text("ranksep"), text(inches(metrics.layerGap).c_str()));
    agattr(g, AGRAPH, text("splines"), text("true"));
    // Fewer crossing-minimisation passes: the layouts barely change, large ones get faster.
    agattr(g, AGRAPH, text("mclimit"), text("0.5"));
    agattr(g, AGNODE, text("shape"), text("box"));
    agattr(g, AGNODE, text("fixedsize"), text("true"));
    agattr(g, AGNODE, text("label"), text(""));
    agattr(g, AGNODE, text("width"), text(inches(metrics.minimumNodeWidth).c_str()));
    agattr(g, AGNODE, text("height"), text(inches(metrics.nodeHeight).c_str()));
    agattr(g, AGEDGE, text("arrowsize"), text("0.7"));

    // Each box as wide as its name (in bold) needs, within limits.
    QFont nameFont = context.font;
    nameFont.setBold(true);
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF detailMetrics(context.font);
    std::vector<Agnode_t*> nodes(layout.nodes.size());
    std::vector<double> widths(layout.nodes.size());
    for (std::size_t n = 0; n < layout.nodes.size(); ++n) {
        const std::string name = "n" + std::to_string(n);
        nodes[n] = agnode(g, text(name.c_str()), 1);
        const Mission& mission = roadmap.missions[layout.nodes[n].mission];
        const QString missionName = toQString(mission.name);
        const double detail =
            detailMetrics.horizontalAdvance(toQString(mission.lead) + QStringLiteral(" \u00b7 ") +
                                            missionDates(mission)) +
            kTextPadding;
        double wanted = nameMetrics.horizontalAdvance(missionName) + kTextPadding;
        if (metrics.nameLines > 1 && wanted > metrics.maximumNodeWidth) {
            layout.nodes[n].nameLines =
                nameLines(missionName, nameMetrics, metrics.maximumNodeWidth - kTextPadding,
                          metrics.nameLines);
            wanted = 0;
            for (const QString& line : layout.nodes[n].nameLines) {
                wanted = std::max(wanted, nameMetrics.horizontalAdvance(line) + kTextPadding);
            }
        }
        widths[n] = std::clamp(std::max(wanted, detail), metrics.minimumNodeWidth,
                               metrics.maximumNodeWidth);
        agsafeset(nodes[n], text("width"), text(inches(widths[n]).c_str()), text(""));
    }
    // Each line of a name beyond the first makes its box one line taller.
    std::vector<double> heights(layout.nodes.size(), metrics.nodeHeight);
    for (std::size_t n = 0; n < layout.nodes.size(); ++n) {
        if (layout.nodes[n].nameLines.size() > 1) {
            heights[n] += static_cast<double>(layout.nodes[n].nameLines.size() - 1) *
                          nameMetrics.lineSpacing();
            agsafeset(nodes[n], text("height"), text(inches(heights[n]).c_str()), text(""));
        }
    }
    struct PendingRoute {
        Agedge_t* edge;
        std::size_t prerequisite;
        std::size_t dependent;
        const Prerequisite* dependency;
    };
    std::vector<PendingRoute> pending;
    for (std::size_t d = 0; d < roadmap.missions.size(); ++d) {
        if (!layout.nodeOfMission[d]) {
            continue;
        }
        for (const Prerequisite& dependency : roadmap.missions[d].prerequisites) {
            const auto p = roadmap.missions.indexOf(dependency.mission);
            if (!p || *p == d || !layout.nodeOfMission[*p]) {
                continue;
            }
            const std::string name = "e" + std::to_string(pending.size());
            Agedge_t* edge = agedge(g, nodes[*layout.nodeOfMission[*p]],
                                    nodes[*layout.nodeOfMission[d]], text(name.c_str()), 1);
            pending.push_back({edge, *p, d, &dependency});
        }
    }

    if (gvLayout(gvc, g, "dot") != 0) {
        return layout;
    }
    const boxf bounds = GD_bb(g);
    layout.size = QSizeF(bounds.UR.x - bounds.LL.x, bounds.UR.y - bounds.LL.y);
    // Graphviz's y grows upwards, Qt's downwards.
    const auto point = [&](pointf p) { return QPointF(p.x - bounds.LL.x, bounds.UR.y - p.y); };
    for (std::size_t n = 0; n < layout.nodes.size(); ++n) {
        const QPointF centre = point(ND_coord(nodes[n]));
        layout.nodes[n].box =
            QRectF(centre.x() - widths[n] / 2, centre.y() - heights[n] / 2, widths[n], heights[n]);
    }
    for (const PendingRoute& entry : pending) {
        // dot may merge parallel edges; an edge without a route is drawn straight.
        DependencyRoute route;
        route.prerequisite = entry.prerequisite;
        route.dependent = entry.dependent;
        route.dependency = entry.dependency;
        const splines* spline = ED_spl(entry.edge);
        if (spline && spline->size > 0 && spline->list[0].size >= 4) {
            const bezier& curve = spline->list[0];
            route.path.moveTo(point(curve.list[0]));
            for (int i = 1; i + 2 < curve.size; i += 3) {
                route.path.cubicTo(point(curve.list[i]), point(curve.list[i + 1]),
                                   point(curve.list[i + 2]));
            }
            route.arrowBase = point(curve.list[curve.size - 1]);
            route.arrowTip = curve.eflag ? point(curve.ep) : route.arrowBase;
        } else {
            const QRectF& from = layout.nodes[*layout.nodeOfMission[entry.prerequisite]].box;
            const QRectF& to = layout.nodes[*layout.nodeOfMission[entry.dependent]].box;
            const QPointF start(from.right(), from.center().y());
            route.arrowTip = QPointF(to.left(), to.center().y());
            route.arrowBase = route.arrowTip - QPointF(8, 0);
            route.path.moveTo(start);
            route.path.lineTo(route.arrowBase);
        }
        layout.routes.push_back(std::move(route));
    }
    return layout;
}

} // namespace orrery::render
