#pragma once

#include "support/testsupport.h"

#include <app/document.h>
#include <app/mainwindow.h>
#include <app/recovery.h>
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTest>
#include <QUndoStack>

namespace orrery::test {

/// A full-HD window on a copy of the GER 2013 roadmap in a temporary folder; it leaves
/// nothing to ask about and no recovery copy for the next test.
struct WindowOnCopy {
    TemporaryDirectory folder;
    QString file;
    app::MainWindow window;

    WindowOnCopy() {
        file = QString::fromStdString((folder / "ger.roadmap.json").string());
        writeFile(file.toStdString(), readFile(sourcePath("roadmaps/ger-2013.roadmap.json")));
        window.resize(1920, 1080);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openFile(file));
        QApplication::processEvents();
    }
    ~WindowOnCopy() {
        if (window.document() && window.document()->isModified()) {
            window.document()->undoStack()->setClean();
        }
        window.recovery()->discard();
    }
    WindowOnCopy(const WindowOnCopy&) = delete;
    WindowOnCopy& operator=(const WindowOnCopy&) = delete;
};

} // namespace orrery::test
