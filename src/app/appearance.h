#pragma once

#include <QString>

namespace orrery::app {

/// View > Theme: the desktop's own look, or Orrery's light or dark one whatever the desktop
/// says. The charts follow the palette (render::Theme::fromPalette).
enum class ThemeChoice { System, Light, Dark };

QString toSettingsValue(ThemeChoice choice);
ThemeChoice themeChoiceFromSettingsValue(const QString& value);

/// Gives the application the theme's style and palette; System restores the desktop's.
void applyTheme(ThemeChoice choice);

} // namespace orrery::app
