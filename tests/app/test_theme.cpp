// Dark theme: View > Theme chooses the desktop's look, Orrery's light one or its dark one;
// the charts follow, and the choice is kept.

#include "support/pictures.h"
#include "support/qtstrings.h"
#include "windowoncopy.h"

#include <app/appearance.h>
#include <app/mainwindow.h>
#include <app/presentation.h>
#include <app/selection.h>
#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>

using namespace orrery;
using namespace orrery::app;

namespace {

QAction* themeAction(MainWindow& window, const QString& name) {
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        if (menu->title().remove(QLatin1Char('&')) != QStringLiteral("Theme")) {
            continue;
        }
        for (QAction* action : menu->actions()) {
            if (action->text().remove(QLatin1Char('&')) == name) {
                return action;
            }
        }
    }
    FAIL("no theme " << name.toStdString());
    return nullptr;
}

bool darkPalette() {
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace

TEST_CASE("Dark theme: View > Theme switches the window and the charts, and is remembered",
          "[theme]") {
    QSettings().remove(QStringLiteral("view/theme"));
    const QColor desktopWindow = QApplication::palette().color(QPalette::Window);
    {
        test::WindowOnCopy open;
        themeAction(open.window, QStringLiteral("Dark"))->trigger();
        QApplication::processEvents();
        CHECK(darkPalette());
        CHECK(QApplication::style()->name() == QStringLiteral("fusion"));
        CHECK(open.window.presentation()->context().theme.background ==
              render::Theme::dark().background);
        // A picture for the user guide (docs/screenshots/window-dark.png).
        if (test::picturesWanted()) {
            open.window.resize(1600, 900);
            open.window.selection()->selectOne(QStringLiteral("hls"));
            test::keepPicture(open.window, QStringLiteral("window-dark.png"));
        }
        themeAction(open.window, QStringLiteral("Light"))->trigger();
        QApplication::processEvents();
        CHECK_FALSE(darkPalette());
        CHECK(open.window.presentation()->context().theme.background ==
              render::Theme::light().background);
        themeAction(open.window, QStringLiteral("Dark"))->trigger();
    }
    // A new window comes up in the theme chosen last (from the desktop's look).
    applyTheme(ThemeChoice::System);
    REQUIRE_FALSE(darkPalette());
    {
        MainWindow again;
        CHECK(darkPalette());
        CHECK(themeAction(again, QStringLiteral("Dark"))->isChecked());
        themeAction(again, QStringLiteral("System"))->trigger();
        CHECK(QApplication::palette().color(QPalette::Window) == desktopWindow);
    }
    QSettings().remove(QStringLiteral("view/theme"));
}
