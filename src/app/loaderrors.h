#pragma once

#include <orrery/io/loaderror.h>

#include <QString>

#include <vector>

class QWidget;

namespace orrery::app {

/// A file's load errors as the planner reads them: the first, with its line and column,
/// and how many there are in all; every one, with its place, for the details.
struct LoadErrorReport {
    QString summary;
    QString details;
};
LoadErrorReport describeLoadErrors(const std::vector<LoadError>& errors);

/// Says that a file could not be opened, and why (a message box; it deletes itself).
void showLoadErrorMessage(QWidget* parent, const QString& filePath, const LoadErrorReport& report);

} // namespace orrery::app
