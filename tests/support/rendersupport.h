#pragma once

#include <render/style.h>

#include <QGuiApplication>

namespace orrery::test {

/// A paint context for the whole roadmap in the application's font, as a view starts with.
inline render::PaintContext contextFor(const Roadmap& roadmap) {
    render::PaintContext context = render::PaintContext::forRoadmap(roadmap);
    context.font = QGuiApplication::font();
    return context;
}

} // namespace orrery::test
