// Help: the user guide inside the application with its pictures (F1), the keyboard shortcuts
// read from the menus, the About box; and what the application ships besides code.

#include "support/pictures.h"
#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <app/help/helpwindow.h>
#include <app/help/shortcutsdialog.h>
#include <app/mainwindow.h>
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTimer>
#include <QTreeWidget>

using namespace orrery;
using namespace orrery::app;

namespace {

QString sourceFile(std::string_view relative) {
    return QString::fromStdString(test::sourcePath(relative).string());
}

/// The pictures the guide shows, as its Markdown names them.
QStringList picturesOfTheGuide() {
    QFile guide(sourceFile("docs/user-guide.md"));
    REQUIRE(guide.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(guide.readAll());
    QStringList pictures;
    const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)\))"));
    for (auto match = image.globalMatch(text); match.hasNext();) {
        pictures << match.next().captured(1);
    }
    return pictures;
}

QStringList shortcutsListed(const ShortcutsDialog& dialog) {
    QStringList rows;
    QTreeWidget* list = dialog.list();
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        for (int row = 0; row < list->topLevelItem(group)->childCount(); ++row) {
            const QTreeWidgetItem* item = list->topLevelItem(group)->child(row);
            rows << item->text(0) + QStringLiteral(" = ") + item->text(1);
        }
    }
    return rows;
}

} // namespace

TEST_CASE("Help: F1 shows the user guide inside the application, with its pictures", "[help]") {
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    // Laid out, with the scroll bar its full-width pictures bring.
    QTest::qWait(100);
    HelpWindow* help = window.helpWindow();
    REQUIRE(help != nullptr);
    REQUIRE(help->isVisible());
    QTextBrowser* browser = help->browser();
    CHECK(browser->source() == HelpWindow::guideUrl());
    CHECK(browser->toPlainText().startsWith(QStringLiteral("Using Orrery")));
    CHECK(browser->toPlainText().contains(QStringLiteral("Keyboard")));

    // Every picture loads from the resources and fits the window.
    int pictures = 0;
    QTextDocument* document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextImageFormat format = fragment.fragment().charFormat().toImageFormat();
            if (!format.isValid()) {
                continue;
            }
            INFO(format.name().toStdString());
            const QImage image =
                document->resource(QTextDocument::ImageResource, QUrl(format.name()))
                    .value<QImage>();
            CHECK_FALSE(image.isNull());
            // As wide as the page allows: neither spilling over nor a thumbnail.
            const double room = std::max(HelpWindow::kNarrowest,
                                         browser->viewport()->width() - HelpWindow::kPictureMargin);
            CHECK(format.width() == Approx(std::min<double>(image.width(), room)).margin(1));
            CHECK(format.width() > 400);
            ++pictures;
        }
    }
    CHECK(pictures == picturesOfTheGuide().size());
    CHECK(pictures >= 4);
    test::keepPicture(*help, QStringLiteral("help.png"));
}

TEST_CASE("Help: every picture the user guide shows ships with the application", "[help]") {
    MainWindow window; // initialises the application's resources
    const QStringList pictures = picturesOfTheGuide();
    REQUIRE_FALSE(pictures.isEmpty());
    for (const QString& picture : pictures) {
        INFO(picture.toStdString());
        CHECK(QFile::exists(QStringLiteral(":/help/") + picture));
        CHECK(QFile::exists(sourceFile("docs/" + picture.toStdString())));
    }
}

TEST_CASE("Help: Keyboard Shortcuts lists every shortcut of the menus and the charts' keys",
          "[help]") {
    MainWindow window;
    const ShortcutsDialog dialog(window.menuBar());
    const QStringList rows = shortcutsListed(dialog);
    // Each menu action with a shortcut is there with all its keys.
    int withShortcuts = 0;
    std::function<void(const QMenu*)> count = [&](const QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (action->menu()) {
                count(action->menu());
            } else if (!action->isSeparator() && !action->shortcuts().isEmpty()) {
                ++withShortcuts;
            }
        }
    };
    for (QAction* top : window.menuBar()->actions()) {
        count(top->menu());
    }
    CHECK(withShortcuts >= 15);
    const auto listed = [&](const QString& row) { return rows.contains(row); };
    CHECK(listed(QStringLiteral("User Guide = F1")));
    CHECK(listed(QStringLiteral("Save = Ctrl+S")));
    CHECK(rows.filter(QStringLiteral("Redo = ")).value(0).contains(QStringLiteral("Ctrl+Y")));
    // The charts' keys, from the same table the keys are handled with.
    CHECK(listed(QStringLiteral("Select the mission in the row above = Up")));
    CHECK(listed(QStringLiteral("Select the roadmap's last mission = Ctrl+End")));
    CHECK(rows.filter(QStringLiteral("a month earlier or later = Alt+Left")).size() == 1);
    CHECK(rows.size() >= withShortcuts + 10);
}

TEST_CASE("Help: the About box gives the version, the licence and the data sources", "[help]") {
    MainWindow window;
    window.show();
    QString text;
    bool guideOffered = false;
    bool found = false;
    QTimer::singleShot(0, &window, [&] {
        // Whatever is shown goes, so that the test goes on; what it was is checked below.
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* box = qobject_cast<QMessageBox*>(modal);
            box && box->objectName() == QStringLiteral("aboutBox")) {
            found = true;
            text = box->text() + box->informativeText();
            for (QAbstractButton* button : box->buttons()) {
                guideOffered = guideOffered || button->text() == QStringLiteral("User Guide");
            }
        }
        if (modal) {
            modal->close();
        }
    });
    QAction* about = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("&About Orrery")) {
            about = action;
        }
    }
    REQUIRE(about != nullptr);
    about->trigger();
    REQUIRE(found);
    CHECK(text.contains(QApplication::applicationVersion()));
    CHECK(text.contains(QStringLiteral("Apache License, Version 2.0")));
    CHECK(text.contains(QStringLiteral("Global Exploration Roadmap")));
    CHECK(guideOffered);
}

TEST_CASE("Set-up: the application's icons are the SVG drawn at each size", "[help][resources]") {
    QSvgRenderer svg(sourceFile("resources/icons/orrery.svg"));
    REQUIRE(svg.isValid());
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        INFO(size);
        QImage png(sourceFile("resources/icons/orrery-" + std::to_string(size) + ".png"));
        REQUIRE(png.size() == QSize(size, size));
        QImage drawn(size, size, QImage::Format_ARGB32_Premultiplied);
        drawn.fill(Qt::transparent);
        QPainter painter(&drawn);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        png = png.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        double difference = 0;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const QRgb a = png.pixel(x, y);
                const QRgb b = drawn.pixel(x, y);
                difference += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                              std::abs(qBlue(a) - qBlue(b)) + std::abs(qAlpha(a) - qAlpha(b));
            }
        }
        CHECK(difference / (size * size * 4) < 2.0);
    }
    MainWindow window;
    CHECK_FALSE(window.windowIcon().isNull());
    CHECK(window.windowIcon().availableSizes().contains(QSize(48, 48)));
}
