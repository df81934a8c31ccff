#include "support/pictures.h"
#include "support/poppler.h"
#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <orrery/generator.h>

#include <app/analysiscontroller.h>
#include <app/dialogs/exportdialog.h>
#include <app/document.h>
#include <app/mainwindow.h>
#include <app/presentation.h>
#include <catch2/catch.hpp>
#include <render/utf8.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace orrery;
using namespace orrery::app;
using render::Section;
using render::toQString;

namespace {

/// The main window on the GER 2013 roadmap, with no export choices remembered yet.
struct ExportFixture {
    MainWindow window;

    ExportFixture() {
        QSettings().remove(QStringLiteral("export"));
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openFile(MainWindow::defaultRoadmapPath()));
        QApplication::processEvents();
    }
    ~ExportFixture() { QSettings().remove(QStringLiteral("export")); }

    ExportDialog* openDialog() {
        ExportDialog* dialog = window.createExportDialog();
        REQUIRE(dialog);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        return dialog;
    }
};

QString pathIn(const test::TemporaryDirectory& folder, const char* name) {
    return QString::fromStdString((folder / name).string());
}

void click(QCheckBox* box) {
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

} // namespace

TEST_CASE("File > Export previews the pages it will write", "[app][export]") {
    ExportFixture fixture;
    QTest::keyClick(&fixture.window, Qt::Key_E, Qt::ControlModifier);
    auto* shown = fixture.window.findChild<ExportDialog*>();
    REQUIRE(shown);
    QTRY_VERIFY(shown->isVisible());
    shown->close();

    ExportDialog* dialog = fixture.openDialog();
    // The default document: every section but the findings, A4 landscape.
    CHECK(dialog->sectionBox(Section::Title)->isChecked());
    CHECK_FALSE(dialog->sectionBox(Section::Findings)->isChecked());
    CHECK(dialog->pageSizeBox()->currentText() == QStringLiteral("A4"));
    const int pages = dialog->report().pageCount();
    // The mission tables name prerequisites and capabilities in full; the goals and the
    // knowledge gaps take a page each, the porkchops of the nine Mars missions five.
    CHECK(pages == 16);
    CHECK(dialog->previewPageCount() == pages);
    CHECK(dialog->summaryLabel()->text().startsWith(QStringLiteral("16 pages, A4 landscape")));

    // Without the diagram, one page fewer, as soon as the options stay still.
    click(dialog->sectionBox(Section::Dependencies));
    QTRY_COMPARE(dialog->previewPageCount(), pages - 1);
    CHECK_FALSE(dialog->report().pageTitles().contains(QStringLiteral("Dependencies")));
    // The goals and the knowledge gaps are sections to tick like the others.
    CHECK(dialog->sectionBox(Section::Goals)->isChecked());
    click(dialog->sectionBox(Section::Goals));
    click(dialog->sectionBox(Section::KnowledgeGaps));
    QTRY_COMPARE(dialog->previewPageCount(), pages - 3);
    CHECK_FALSE(dialog->report().pageTitles().contains(QStringLiteral("Knowledge gaps")));
    click(dialog->sectionBox(Section::Goals));
    click(dialog->sectionBox(Section::KnowledgeGaps));
    QTRY_COMPARE(dialog->previewPageCount(), pages - 1);

    // A3 portrait: the preview's paper follows.
    dialog->pageSizeBox()->setCurrentIndex(dialog->pageSizeBox()->findText(QStringLiteral("A3")));
    dialog->orientationBox()->setCurrentIndex(1);
    QTRY_COMPARE(dialog->report().pageLayout().pageSize().id(), QPageSize::A3);
    CHECK(dialog->report().pageLayout().orientation() == QPageLayout::Portrait);
    CHECK(dialog->previewPageCount() == dialog->report().pageCount());

    dialog->close();

    // A picture of the dialog as it opens, for the user guide (docs/screenshots/export.png).
    if (test::picturesWanted()) {
        QSettings().remove(QStringLiteral("export"));
        ExportDialog* picture = fixture.window.createExportDialog();
        picture->resize(1280, 800);
        picture->show();
        REQUIRE(QTest::qWaitForWindowExposed(picture));
        QTest::qWait(300);
        test::keepPicture(*picture, QStringLiteral("export.png"));
        picture->close();
    }
}

TEST_CASE("The export dialog writes what it shows and remembers the choices", "[app][export]") {
    ExportFixture fixture;
    const test::TemporaryDirectory folder;
    {
        ExportDialog* dialog = fixture.openDialog();
        dialog->pageSizeBox()->setCurrentIndex(
            dialog->pageSizeBox()->findText(QStringLiteral("Letter")));
        dialog->orientationBox()->setCurrentIndex(1); // portrait
        dialog->marginBox()->setValue(20);
        click(dialog->sectionBox(Section::Sources));
        click(dialog->sectionBox(Section::Findings));
        click(dialog->pdfABox());
        const QString file = pathIn(folder, "ger.pdf");
        const auto done = dialog->exportTo(file);
        REQUIRE(done);
        CHECK(done->startsWith(
            QStringLiteral("Exported %1 pages to ").arg(dialog->report().pageCount())));
        CHECK(dialog->lastMessage() == *done);
        CHECK(test::pdfInfo(file).at(QStringLiteral("Pages")).toInt() ==
              dialog->report().pageCount());
        const auto sizes = test::pdfPageSizes(file);
        REQUIRE_FALSE(sizes.empty());
        CHECK(sizes.front() == QSizeF(612, 792));
        const QStringList titles = dialog->report().pageTitles();
        CHECK(std::none_of(titles.begin(), titles.end(), [](const QString& title) {
            return title.startsWith(QStringLiteral("Sources"));
        }));
        CHECK(titles.last().startsWith(QStringLiteral("Findings")));
        CHECK(test::pdfMetadata(file).contains(QStringLiteral("pdfaid:part")));
        dialog->close();
    }
    // The next export starts from the same choices, in the same folder.
    ExportDialog* again = fixture.openDialog();
    const ExportChoices choices = again->choices();
    CHECK(choices.report.pageSize == QPageSize::Letter);
    CHECK(choices.report.orientation == QPageLayout::Portrait);
    CHECK(choices.report.marginMillimetres == 20);
    CHECK_FALSE(choices.report.sections.contains(Section::Sources));
    CHECK(choices.report.sections.contains(Section::Findings));
    CHECK(choices.report.pdfA);
    CHECK(choices.folder == QString::fromStdString(folder.path().string()));
    again->close();
}

TEST_CASE("The window's filter can make its own document", "[app][export]") {
    ExportFixture fixture;
    ExportDialog* unfiltered = fixture.openDialog();
    CHECK_FALSE(unfiltered->filterBox()->isEnabled()); // nothing is filtered yet
    unfiltered->close();

    MissionFilter esa;
    esa.agencies = {"ESA"};
    fixture.window.presentation()->setFilter(esa);
    const Roadmap& roadmap = fixture.window.document()->roadmap();
    const std::vector<bool> kept = applyFilter(roadmap, esa);
    const auto shown = std::count(kept.begin(), kept.end(), true);

    ExportDialog* dialog = fixture.openDialog();
    REQUIRE(dialog->filterBox()->isEnabled());
    CHECK(dialog->filterBox()->text().contains(
        QStringLiteral("(%1 of %2)").arg(shown).arg(roadmap.missions.size())));
    click(dialog->filterBox());
    const test::TemporaryDirectory folder;
    const QString file = pathIn(folder, "esa.pdf");
    REQUIRE(dialog->exportTo(file));
    const QString text = test::pdfPlainText(file);
    for (std::size_t i = 0; i < kept.size(); ++i) {
        INFO(roadmap.missions[i].name);
        CHECK(text.contains(toQString(roadmap.missions[i].name)) == kept[i]);
    }
    dialog->close();
}

TEST_CASE("Charts export as SVG and PNG from the dialog", "[app][export]") {
    ExportFixture fixture;
    const test::TemporaryDirectory folder;
    ExportDialog* dialog = fixture.openDialog();
    dialog->formatBox()->setCurrentIndex(2); // PNG
    dialog->chartBox()->setCurrentIndex(1);  // the dependency diagram
    dialog->dpiBox()->setValue(120);
    QTRY_VERIFY(!dialog->chartPreview()->pixmap().isNull());
    CHECK_FALSE(dialog->pageSizeBox()->isEnabled());
    CHECK(dialog->dpiBox()->isEnabled());
    CHECK(dialog->summaryLabel()->text().contains(QStringLiteral("pixels at 120 dpi")));

    const QString png = pathIn(folder, "graph.png");
    REQUIRE(dialog->exportTo(png));
    render::ChartOptions options;
    options.chart = render::Chart::Dependencies;
    options.colorMode = fixture.window.presentation()->colorMode();
    const auto analysis = fixture.window.analysis()->current();
    const QSizeF natural =
        render::chartSize(fixture.window.document()->roadmap(), analysis.get(), options);
    CHECK(QImage(png).size() == (natural * 120.0 / 96.0).toSize());

    dialog->formatBox()->setCurrentIndex(1); // SVG
    QTRY_VERIFY(!dialog->dpiBox()->isEnabled());
    const QString svg = pathIn(folder, "graph.svg");
    REQUIRE(dialog->exportTo(svg));
    CHECK(test::readFile(folder / "graph.svg").find("Human missions to Mars") != std::string::npos);

    // A folder that is not there: an error, and no message of success.
    ExportDialog* failing = fixture.openDialog();
    const auto refused = failing->exportTo(pathIn(folder, "missing/graph.svg"));
    CHECK_FALSE(refused);
    CHECK(failing->lastMessage().isEmpty());
    failing->close();
    dialog->close();
}

TEST_CASE("File > Print prints the same pages on the printer's paper", "[app][export]") {
    ExportFixture fixture;
    const test::TemporaryDirectory folder;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString file = pathIn(folder, "printed.pdf");
    printer.setOutputFileName(file);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A3), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10)));
    REQUIRE(fixture.window.printTo(printer));

    render::ReportOptions options;
    options.pageSize = QPageSize::A3;
    const auto analysis = fixture.window.analysis()->current();
    const render::Report expected(fixture.window.document()->roadmap(), analysis.get(), options);
    CHECK(test::pdfInfo(file).at(QStringLiteral("Pages")).toInt() == expected.pageCount());
    for (const QSizeF& size : test::pdfPageSizes(file)) {
        CHECK(size.width() == Approx(1191).margin(1));
        CHECK(size.height() == Approx(842).margin(1));
    }
    // The pages start at the paper's corner, as in the PDF: the page number at the right
    // of the footer ends where the report's margin begins.
    double rightmost = 0;
    for (const test::PdfWord& word : test::pdfWords(file)) {
        if (word.page == 1) {
            rightmost = std::max(rightmost, word.box.right());
        }
    }
    const double margin = 12.0 / 25.4 * 72.0;
    CHECK(rightmost == Approx(1191 - margin).margin(3));
}

TEST_CASE("A long export shows its progress and can be cancelled, writing nothing",
          "[app][export]") {
    ExportFixture fixture;
    fixture.window.setDocument(std::make_unique<Document>(generateRoadmap({3000, 5, 0})));
    // The analysis of so many missions arrives later, and with it pages of findings.
    REQUIRE(
        QTest::qWaitFor([&] { return fixture.window.analysis()->current() != nullptr; }, 20000));
    ExportDialog* dialog = fixture.openDialog();
    const int pages = dialog->report().pageCount();
    REQUIRE(pages > 100);
    const test::TemporaryDirectory folder;
    const QString file = pathIn(folder, "long.pdf");

    // As a planner would: wait for the progress dialog, then press its Cancel.
    int shownMaximum = 0;
    int valueWhenCancelled = 0;
    QTimer watcher;
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        auto* progress = dialog->findChild<QProgressDialog*>(QStringLiteral("exportProgress"));
        if (!progress || !progress->isVisible() || progress->value() < 1) {
            return;
        }
        shownMaximum = progress->maximum();
        valueWhenCancelled = progress->value();
        auto* cancel = progress->findChild<QPushButton*>();
        REQUIRE(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        watcher.stop();
    });
    watcher.start(20);
    const auto done = dialog->exportTo(file);
    REQUIRE_FALSE(done);
    CHECK(done.error().contains(QStringLiteral("cancelled")));
    CHECK(shownMaximum == pages);
    CHECK(valueWhenCancelled < pages);
    CHECK_FALSE(QFile::exists(file));
}
