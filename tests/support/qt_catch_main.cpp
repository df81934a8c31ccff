#define CATCH_CONFIG_RUNNER
#include "qtstrings.h"

#include <QApplication>
#include <QStandardPaths>

// GUI tests run on Qt's offscreen platform, with settings kept apart from the user's.
int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Orrery"));
    QApplication::setApplicationName(QStringLiteral("orrery-tests"));
    return Catch::Session().run(argc, argv);
}
