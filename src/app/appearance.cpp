#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {

/// What the desktop gave the application before a theme was chosen.
struct DesktopLook {
    QString style;
    QPalette palette;
};

const DesktopLook& desktopLook() {
    static const DesktopLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

QPalette darkPalette() {
    QPalette palette;
    const QColor window(0x2b, 0x30, 0x37);
    const QColor base(0x1e, 0x22, 0x28);
    const QColor text(0xe6, 0xea, 0xef);
    const QColor disabled(0x7d, 0x86, 0x92);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x2b, 0x32));
    palette.setColor(QPalette::ToolTipBase, QColor(0x37, 0x3d, 0x46));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x33, 0x39, 0x41));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    palette.setColor(QPalette::Light, QColor(0x45, 0x4c, 0x56));
    palette.setColor(QPalette::Midlight, QColor(0x3b, 0x42, 0x4b));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x29, 0x2f));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x1b, 0x20));
    palette.setColor(QPalette::Shadow, QColor(0x0e, 0x10, 0x13));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7c, 0xb3, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    return palette;
}

} // namespace

QString toSettingsValue(ThemeChoice choice) {
    switch (choice) {
    case ThemeChoice::Light:
        return u"light"_s;
    case ThemeChoice::Dark:
        return u"dark"_s;
    case ThemeChoice::System:
        break;
    }
    return u"system"_s;
}

ThemeChoice themeChoiceFromSettingsValue(const QString& value) {
    if (value == u"light"_s) {
        return ThemeChoice::Light;
    }
    if (value == u"dark"_s) {
        return ThemeChoice::Dark;
    }
    return ThemeChoice::System;
}

void applyTheme(ThemeChoice choice) {
    const DesktopLook& desktop = desktopLook();
    if (choice == ThemeChoice::System) {
        if (QApplication::style()->name() != desktop.style) {
            QApplication::setStyle(QStyleFactory::create(desktop.style));
        }
        QApplication::setPalette(desktop.palette);
        return;
    }
    // Fusion draws with the palette everywhere, so the chosen colours hold on any desktop.
    if (QApplication::style()->name() != u"fusion"_s) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }
    QApplication::setPalette(
        choice == ThemeChoice::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace orrery::app
