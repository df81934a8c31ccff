#include "support/qtstrings.h"
#include "support/rendersupport.h"
#include "support/testsupport.h"

#include <orrery/generator.h>

#include <catch2/catch.hpp>
#include <render/dependencylayout.h>
#include <render/dependencypainter.h>

#include <QImage>
#include <QPainter>

using namespace orrery;
using namespace orrery::render;
using orrery::test::contextFor;

namespace {

void checkNoOverlap(const DependencyLayout& layout) {
    for (std::size_t a = 0; a < layout.nodes.size(); ++a) {
        for (std::size_t b = a + 1; b < layout.nodes.size(); ++b) {
            CHECK_FALSE(layout.nodes[a].box.intersects(layout.nodes[b].box));
        }
    }
}

} // namespace

TEST_CASE("The dependency diagram lays out every mission without overlap", "[render][graph]") {
    for (const char* name : {"roadmaps/ger-2013.roadmap.json", "roadmaps/ger-2018.roadmap.json"}) {
        INFO(name);
        const Roadmap roadmap = test::loadRoadmap(test::sourcePath(name));
        const DependencyLayout layout = layoutDependencies(contextFor(roadmap));
        REQUIRE(layout.nodes.size() == roadmap.missions.size());
        checkNoOverlap(layout);
        std::size_t dependencies = 0;
        for (const Mission& mission : roadmap.missions) {
            dependencies += mission.prerequisites.size();
        }
        CHECK(layout.routes.size() == dependencies);
        const QRectF bounds(QPointF(0, 0), layout.size);
        for (const DependencyNode& node : layout.nodes) {
            CHECK(bounds.adjusted(-1, -1, 1, 1).contains(node.box));
        }
    }
}

TEST_CASE("Layers run left to right: prerequisites before dependents", "[render][graph]") {
    const Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    const DependencyLayout layout = layoutDependencies(contextFor(roadmap));
    for (const DependencyRoute& route : layout.routes) {
        const QRectF& from = layout.nodes[*layout.nodeOfMission[route.prerequisite]].box;
        const QRectF& to = layout.nodes[*layout.nodeOfMission[route.dependent]].box;
        CHECK(from.right() < to.left());
        // The route ends on the dependent's box, entering from its left half.
        const QRectF near = to.adjusted(-2, -2, 2, 2);
        INFO(route.arrowTip.x() << "," << route.arrowTip.y() << " box " << to.left() << ","
                                << to.top() << " " << to.width() << "x" << to.height());
        CHECK(near.contains(route.arrowTip));
        CHECK(route.arrowTip.x() <= to.center().x());
    }
}

TEST_CASE("Cycles still lay out", "[render][graph]") {
    const Roadmap roadmap = generateRoadmap({120, 4, 3});
    const DependencyLayout layout = layoutDependencies(contextFor(roadmap));
    CHECK(layout.nodes.size() == 120);
    checkNoOverlap(layout);
}

TEST_CASE("Only the missions the filter shows are in the diagram", "[render][graph]") {
    const Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    PaintContext context = contextFor(roadmap);
    std::size_t shown = 0;
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        context.missions[i].visible = roadmap.missions[i].destination == "mars-surface";
        shown += context.missions[i].visible ? 1 : 0;
    }
    const DependencyLayout layout = layoutDependencies(context);
    CHECK(layout.nodes.size() == shown);
    for (const DependencyRoute& route : layout.routes) {
        CHECK(roadmap.missions[route.prerequisite].destination == "mars-surface");
        CHECK(roadmap.missions[route.dependent].destination == "mars-surface");
    }
}

TEST_CASE("The diagram paints", "[render][graph]") {
    const Roadmap roadmap = test::loadRoadmap(test::sourcePath("roadmaps/ger-2013.roadmap.json"));
    PaintContext context = contextFor(roadmap);
    context.missions[*roadmap.missions.indexOf("hmars")].critical = true;
    context.missions[*roadmap.missions.indexOf("edcm")].critical = true;
    context.missions[*roadmap.missions.indexOf("iss")].critical = true;
    context.criticalDependencies = {
        {*roadmap.missions.indexOf("iss"), *roadmap.missions.indexOf("edcm")},
        {*roadmap.missions.indexOf("edcm"), *roadmap.missions.indexOf("hmars")}};
    const DependencyLayout layout = layoutDependencies(context);
    QImage image(layout.size.toSize() + QSize(40, 40), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintDependencyDiagram(painter, layout, context,
                           QRectF(QPointF(-20, -20), QSizeF(image.size())),
                           QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    const QByteArray folder = qgetenv("ORRERY_TEST_IMAGES");
    if (!folder.isEmpty()) {
        image.save(QString::fromUtf8(folder) + QStringLiteral("/dependencies-ger-2013.png"));
    }
    // The colour strip of the ISS box is NASA's.
    const QRectF& iss = layout.nodes[*layout.nodeOfMission[*roadmap.missions.indexOf("iss")]].box;
    CHECK(QColor(image.pixel((iss.topLeft() + QPointF(23, 20 + iss.height() / 2)).toPoint())) ==
          QColor(QStringLiteral("#1A3D8F")));
}
