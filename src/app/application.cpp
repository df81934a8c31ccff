#include "application.h"

#include "document.h"
#include "mainwindow.h"
#include "presentation.h"
#include "scenarios/scenariobar.h"
#include "selection.h"

#include <render/exporters.h>
#include <render/utf8.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTabWidget>
#include <QTextStream>

#include <cstdio>

#ifndef ORRERY_VERSION
#define ORRERY_VERSION "unknown"
#endif

namespace orrery::app {

using namespace Qt::StringLiterals;

int runApplication(int argc, char** argv) {
    QApplication application(argc, argv);
    QApplication::setOrganizationName(u"Orrery"_s);
    QApplication::setApplicationName(u"orrery"_s);
    QApplication::setApplicationDisplayName(u"Orrery"_s);
    QApplication::setApplicationVersion(QLatin1String(ORRERY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan a shared space exploration roadmap."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"file"_s,
        QApplication::translate("main", "Roadmap to open (default: the bundled GER "
                                        "2013 roadmap)."),
        u"[file]"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QApplication::translate("main", "Render the main window to a PNG image and exit."),
        u"png"_s);
    parser.addOption(screenshotOption);
    const QCommandLineOption sizeOption(
        u"size"_s, QApplication::translate("main", "Window size for --screenshot, e.g. 1920x1080."),
        u"size"_s, u"1600x900"_s);
    parser.addOption(sizeOption);
    const QCommandLineOption tabOption(
        u"view"_s, QApplication::translate("main", "View to show: timeline or dependencies."),
        u"view"_s, u"timeline"_s);
    parser.addOption(tabOption);
    const QCommandLineOption selectOption(
        u"select"_s, QApplication::translate("main", "Mission to select, by id."), u"id"_s);
    parser.addOption(selectOption);
    const QCommandLineOption scenarioOption(
        u"scenario"_s, QApplication::translate("main", "Scenario to show, by id."), u"id"_s);
    parser.addOption(scenarioOption);
    const QCommandLineOption compareOption(
        u"compare"_s,
        QApplication::translate("main", "What to draw as ghosts: plan, scenario:ID or "
                                        "edition:ID."),
        u"what"_s);
    parser.addOption(compareOption);
    parser.process(application);
    // A scenario and a comparison asked for on the command line, once the roadmap is open.
    const auto showAsked = [&](MainWindow& shown) {
        Document* document = shown.document();
        if (!document) {
            return true;
        }
        if (parser.isSet(scenarioOption)) {
            if (auto done = document->showScenario(parser.value(scenarioOption).toStdString());
                !done) {
                QTextStream(stderr) << done.error() << '\n';
                return false;
            }
        }
        if (parser.isSet(compareOption)) {
            shown.scenarioBar()->compareWith(parser.value(compareOption));
        }
        return true;
    };

    const QStringList files = parser.positionalArguments();
    const QString filePath = files.isEmpty() ? MainWindow::defaultRoadmapPath() : files.first();

    MainWindow window;
    if (parser.isSet(screenshotOption)) {
        QTextStream err(stderr);
        auto loaded = Document::load(filePath);
        if (!loaded) {
            for (const LoadError& error : loaded.error()) {
                err << render::toQString(error.describe()) << '\n';
            }
            return 2;
        }
        const QStringList size = parser.value(sizeOption).split(u'x');
        // Laid out as shown, but never put on a screen, nor drawn but for the picture: no
        // window flashes up, the picture may be larger than this machine's screen, and it is
        // drawn once. Shown before it is sized: showing would bring a window inside the
        // screen.
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.setUpdatesEnabled(false);
        window.show();
        window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1600,
                      size.value(1).toInt() > 0 ? size.value(1).toInt() : 900);
        window.setDocument(std::move(*loaded));
        if (parser.value(tabOption) == u"dependencies"_s) {
            window.views()->setCurrentIndex(1);
        }
        if (!showAsked(window)) {
            return 2;
        }
        if (parser.isSet(selectOption)) {
            window.selection()->selectOne(parser.value(selectOption));
        }
        QApplication::processEvents();
        // The lanes' launch windows are worked out in the background: the picture waits for
        // them (half a minute at most).
        QDeadlineTimer patience(30'000);
        while (window.presentation()->launchWindowsPending() && !patience.hasExpired()) {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        window.setUpdatesEnabled(true);
        const QString output = parser.value(screenshotOption);
        if (!window.grab().toImage().save(output, "PNG", render::kPngQuality)) {
            err << QApplication::translate("main", "Cannot write %1").arg(output) << '\n';
            return 2;
        }
        QTextStream(stdout) << QApplication::translate("main", "Opened %1 and saved a picture "
                                                               "of the window to %2")
                                   .arg(filePath, QDir::toNativeSeparators(
                                                      QFileInfo(output).absoluteFilePath()))
                            << '\n';
        return 0;
    }

    window.show();
    window.openFile(filePath);
    showAsked(window);
    window.offerRecovery();
    return QApplication::exec();
}

} // namespace orrery::app
