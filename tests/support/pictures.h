#pragma once

#include <QApplication>
#include <QStatusBar>
#include <QString>
#include <QWidget>

namespace orrery::test {

/// Whether pictures are wanted: ORRERY_TEST_IMAGES names the folder they go to
/// (tools/screenshots.sh makes docs/screenshots/ that way).
inline bool picturesWanted() {
    return !qEnvironmentVariableIsEmpty("ORRERY_TEST_IMAGES");
}

/// Keeps a picture of what the test sees, when pictures are wanted. The status bar's message
/// goes first: it may name a temporary file of the machine that made the picture.
inline void keepPicture(QWidget& widget, const QString& name) {
    if (!picturesWanted()) {
        return;
    }
    for (QStatusBar* status : widget.findChildren<QStatusBar*>()) {
        status->clearMessage();
    }
    QApplication::processEvents();
    widget.grab().save(qEnvironmentVariable("ORRERY_TEST_IMAGES") + QLatin1Char('/') + name);
}

} // namespace orrery::test
