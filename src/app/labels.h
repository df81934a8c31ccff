#pragma once

// Words of the application's own: counts, and the file format's fields as the review shows
// them. The names of statuses, crews and the like are the rendering library's vocabulary
// (render/vocabulary.h), shared with the paper and the command line.

#include <QString>

namespace orrery::app {

/// "1 change", "2 changes": the count with the form of the word that goes with it. Both
/// forms are given (translated) by the caller, with %1 for the number.
QString counted(int count, const QString& one, const QString& many);
/// "+24 months", "-1 month": how far a date moved.
QString shiftText(int months);
/// A field of the file format as the review shows it: "start" is "Start", "lagMonths"
/// "Lag (months)"; extension keys ("x-...") as they are.
QString fieldLabel(const QString& field);
/// The main window's words, for the parts of it kept in files of their own: one translation
/// context, as when they were written in the window.
QString windowText(const char* text, int n = -1);

} // namespace orrery::app
