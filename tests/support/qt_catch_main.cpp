#define CATCH_CONFIG_RUNNER
#include "qtstrings.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

// GUI tests run on Qt's offscreen platform, with settings, recovery copies and other data
// kept apart from the user's and from the other test processes that CTest runs alongside:
// each process has a home folder of its own.
int main(int argc, char** argv) {
    // A desktop screen unless the test names another (tests/app/screens/).
    if (const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        platform.isEmpty() || platform == "offscreen") {
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" ORRERY_TEST_SCREEN);
    }
    const QTemporaryDir home;
    if (!home.isValid()) {
        return 2;
    }
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", home.path().toLocal8Bit());
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        qunsetenv(variable);
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Orrery"));
    QApplication::setApplicationName(QStringLiteral("orrery-tests"));
    QApplication::setApplicationDisplayName(QStringLiteral("Orrery"));
    return Catch::Session().run(argc, argv);
}
