#include "windowgeometry.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QWindow>

#include <algorithm>

namespace orrery::app {

namespace {

/// The first window's size on a screen that has room for it.
constexpr QSize kPreferredSize(1600, 960);
/// What the window system's title bar and frame take, at most, beyond the window.
constexpr int kFrameAllowance = 40;

} // namespace

void fitToScreen(QMainWindow& window, bool firstStart) {
    const QScreen* screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        return;
    }
    // The window system adds a title bar and a frame around the window; before the window is
    // shown they are not known, so leave room for them.
    const QMargins frame = window.isVisible() && window.windowHandle()
                               ? window.windowHandle()->frameMargins()
                               : QMargins(kFrameAllowance / 8, kFrameAllowance, kFrameAllowance / 8,
                                          kFrameAllowance / 8);
    const QRect available = screen->availableGeometry().marginsRemoved(frame);
    if (firstStart) {
        const QSize wanted(std::min(kPreferredSize.width(), available.width() * 9 / 10),
                           std::min(kPreferredSize.height(), available.height() * 9 / 10));
        window.resize(wanted.boundedTo(available.size()));
        window.move(available.center() - window.rect().center());
        return;
    }
    if (window.windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)) {
        return;
    }
    // A layout saved on a larger screen (or at a smaller scale) is brought back inside.
    QRect inner = window.geometry();
    if (available.contains(inner)) {
        return;
    }
    inner.setSize(inner.size().boundedTo(available.size()));
    inner.moveLeft(
        std::clamp(inner.left(), available.left(), available.right() - inner.width() + 1));
    inner.moveTop(
        std::clamp(inner.top(), available.top(), available.bottom() - inner.height() + 1));
    window.setGeometry(inner);
}

} // namespace orrery::app
