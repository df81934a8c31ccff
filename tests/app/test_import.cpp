// File > Import as a planner uses it: an agency's MS Project schedule is mapped, previewed
// with its problems, and becomes a new roadmap or the agency's contribution under review;
// File > Export writes the plan for other programs.

#include "support/pictures.h"
#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <orrery/io/csv.h>
#include <orrery/io/icalendar.h>
#include <orrery/io/mspdi.h>

#include <app/dialogs/exportdialog.h>
#include <app/dialogs/importdialog.h>
#include <app/document.h>
#include <app/mainwindow.h>
#include <app/review/reviewsession.h>
#include <catch2/catch.hpp>
#include <render/utf8.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace orrery;
using namespace orrery::app;

namespace {

/// ESA's exploration programme as its planners keep it in MS Project: a summary task per
/// lane, the lead agency in a custom field of their own naming, a lag in working days, and
/// one mission of the roadmap (Argonaut) a year later than the roadmap has it.
constexpr std::string_view kEsaSchedule = R"(<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <SaveVersion>14</SaveVersion>
  <Title>ESA exploration programme</Title>
  <ExtendedAttributes>
    <ExtendedAttribute><FieldID>188743731</FieldID><FieldName>Text1</FieldName><Alias>Lead</Alias></ExtendedAttribute>
    <ExtendedAttribute><FieldID>188743734</FieldID><FieldName>Text2</FieldName><Alias>Crewed</Alias></ExtendedAttribute>
  </ExtendedAttributes>
  <Tasks>
    <Task><UID>1</UID><Name>Lunar surface</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary>
      <Start>2030-01-01T08:00:00</Start><Finish>2034-12-31T17:00:00</Finish></Task>
    <Task><UID>2</UID><Name>Argonaut lander</Name><OutlineLevel>2</OutlineLevel>
      <Start>2031-03-03T08:00:00</Start><Finish>2031-09-30T17:00:00</Finish>
      <PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type><LinkLag>96000</LinkLag><LagFormat>7</LagFormat></PredecessorLink>
      <ExtendedAttribute><FieldID>188743731</FieldID><Value>ESA</Value></ExtendedAttribute></Task>
    <Task><UID>3</UID><Name>Heavy launcher qualification</Name><OutlineLevel>2</OutlineLevel>
      <Start>2029-06-01T08:00:00</Start><Finish>2030-05-31T17:00:00</Finish></Task>
    <Task><UID>4</UID><Name>Crew landing</Name><OutlineLevel>2</OutlineLevel><Milestone>1</Milestone>
      <Start>2034-12-01T08:00:00</Start><Finish>2034-12-01T08:00:00</Finish>
      <ExtendedAttribute><FieldID>188743734</FieldID><Value>yes</Value></ExtendedAttribute></Task>
  </Tasks>
</Project>
)";

struct ImportFixture {
    MainWindow window;
    test::TemporaryDirectory folder;

    ImportFixture() {
        QSettings().remove(QStringLiteral("import"));
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openFile(MainWindow::defaultRoadmapPath()));
        QApplication::processEvents();
    }
    ~ImportFixture() { QSettings().remove(QStringLiteral("import")); }

    QString write(const char* name, std::string_view text) const {
        test::writeFile(folder / name, text);
        return QString::fromStdString((folder / name).string());
    }

    ImportDialog* openDialog(const QString& path) {
        ImportDialog* dialog = window.createImportDialog(path);
        REQUIRE(dialog);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        return dialog;
    }
};

QPushButton* importButton(ImportDialog* dialog) {
    return dialog->buttons()->button(QDialogButtonBox::Ok);
}

bool listed(const QListWidget* list, const QString& words) {
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(words)) {
            return true;
        }
    }
    return false;
}

/// Chooses an entry of a combo box with the keyboard, as a planner would.
void chooseWithKeyboard(QComboBox* box, const QString& text) {
    box->setFocus();
    const int wanted = box->findText(text);
    REQUIRE(wanted >= 0);
    while (box->currentIndex() != wanted) {
        QTest::keyClick(box, box->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    }
}

} // namespace

TEST_CASE("An agency's MS Project schedule is mapped, previewed and opened as a new roadmap",
          "[app][import]") {
    ImportFixture fixture;
    const QString path = fixture.write("esa-programme.xml", kEsaSchedule);
    ImportDialog* dialog = fixture.openDialog(path);

    // The file names its agency field "Lead": suggested; summary tasks are the lanes.
    CHECK(dialog->sourceBox("agency")->currentText() == u"Lead"_qs);
    CHECK(dialog->sourceBox("destination")->currentData().toString() == u"summary"_qs);
    // Two tasks name no agency: nothing is imported until the planner says whose they are.
    dialog->defaultAgencyBox()->lineEdit()->clear();
    CHECK(dialog->preview()->rowCount() == 1);
    CHECK(listed(dialog->problems(), u"its agency field is empty"_qs));
    CHECK_FALSE(importButton(dialog)->isEnabled());
    dialog->defaultAgencyBox()->lineEdit()->setFocus();
    QTest::keyClicks(dialog->defaultAgencyBox()->lineEdit(), u"ESA"_qs);
    CHECK(importButton(dialog)->isEnabled());
    CHECK(dialog->preview()->rowCount() == 3);
    CHECK(dialog->preview()->item(0, 2)->text() == u"Argonaut lander"_qs);
    CHECK(dialog->preview()->item(0, 4)->text() == u"lunar-surface"_qs);
    CHECK(dialog->preview()->item(0, 7)->text() == u"heavy-launcher-qualification (+1 month)"_qs);
    CHECK(listed(dialog->problems(), u"a lag of 20 working days is taken as 1 month"_qs));

    // The crew comes from the planners' "Crewed" field; dates to the day.
    chooseWithKeyboard(dialog->sourceBox("crew"), u"Crewed"_qs);
    chooseWithKeyboard(dialog->precisionBox(), dialog->precisionBox()->itemText(1));
    const ImportedPlan& plan = dialog->plan();
    REQUIRE(plan.missions.size() == 3);
    CHECK(plan.missions[2].crew == Crew::Human);
    CHECK(plan.missions[0].start == Date::fromYearMonthDay(2031, 3, 3));
    test::keepPicture(*dialog, u"import-mspdi.png"_qs);

    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    REQUIRE(fixture.window.finishImport(*dialog));
    Document* document = fixture.window.document();
    REQUIRE(document);
    CHECK(document->roadmap().title == "ESA exploration programme");
    CHECK(document->roadmap().missions.size() == 3);
    CHECK(document->roadmap().agencies.find("ESA")->name == "European Space Agency");
    CHECK(document->isModified());
    CHECK(document->filePath().isEmpty());

    // The mapping is remembered for the file.
    const auto remembered = ImportDialog::rememberedMapping(path);
    REQUIRE(remembered);
    CHECK(remembered->crew == "Crewed");
    CHECK(remembered->defaultAgency == "ESA");
    CHECK(remembered->datePrecision == DatePrecision::Day);
}

TEST_CASE("An agency's schedule imported as its contribution is reviewed against the open "
          "roadmap",
          "[app][import][review]") {
    ImportFixture fixture;
    // ESA's missions of the open roadmap, exported, one of them moved a year in MS Project.
    Roadmap esa;
    const Roadmap& open = fixture.window.document()->roadmap();
    for (const Mission& mission : open.missions) {
        if (mission.lead == "ESA") {
            esa.missions.append(mission);
        }
    }
    REQUIRE_FALSE(esa.missions.empty());
    const std::string moved = esa.missions[0].id;
    esa.missions.replace(0, shiftedMission(esa.missions[0], 12));
    const QString path = fixture.write("esa.xml", toMspdi(esa));

    ImportDialog* dialog = fixture.openDialog(path);
    QTest::mouseClick(dialog->contributionButton(), Qt::LeftButton);
    CHECK(dialog->contributionButton()->isChecked());
    chooseWithKeyboard(dialog->contributorBox(), u"European Space Agency"_qs);
    CHECK(dialog->contributor() == u"ESA"_qs);
    CHECK(importButton(dialog)->isEnabled());
    test::keepPicture(*dialog, u"import-contribution.png"_qs);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);

    const QString contribution =
        QString::fromStdString((fixture.folder / "esa.contribution.roadmap.json").string());
    REQUIRE(fixture.window.finishImport(*dialog, contribution));
    ReviewSession* review = fixture.window.review();
    REQUIRE(review);
    // The review holds the moved mission's new start, owned by ESA.
    const Roadmap saved = test::loadRoadmap(contribution.toStdString());
    REQUIRE(saved.contribution);
    CHECK(saved.contribution->agency == "ESA");
    CHECK(saved.missions.find(moved)->start ==
          shiftedMission(*open.missions.find(moved), 12).start);
}

TEST_CASE("A mission table with bad rows imports only when the planner leaves them out",
          "[app][import][csv]") {
    ImportFixture fixture;
    const QString path = fixture.write("table.csv", "id,name,lead,destination,start,end\n"
                                                    "a,Alpha,NASA,earth-orbit,2030,2031\n"
                                                    "b,Beta,NASA,earth-orbit,2030-13,\n"
                                                    "c,Gamma,JAXA,lunar-orbit,2032-04,\n");
    ImportDialog* dialog = fixture.openDialog(path);
    CHECK(dialog->preview()->rowCount() == 2);
    CHECK(listed(dialog->problems(), u"table.csv:3: mission \"b\": start:"_qs));
    CHECK(dialog->skipBadBox()->isVisible());
    CHECK_FALSE(importButton(dialog)->isEnabled());
    QTest::mouseClick(dialog->skipBadBox(), Qt::LeftButton, {},
                      QPoint(8, dialog->skipBadBox()->height() / 2));
    CHECK(importButton(dialog)->isEnabled());
    REQUIRE(fixture.window.finishImport(*dialog));
    CHECK(fixture.window.document()->roadmap().missions.size() == 2);
}

TEST_CASE("File > Export writes the plan for MS Project, spreadsheets, calendars and schedulers",
          "[app][export][interchange]") {
    ImportFixture fixture;
    ExportDialog* dialog = fixture.window.createExportDialog();
    REQUIRE(dialog);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    const Roadmap& roadmap = fixture.window.document()->roadmap();
    for (const char* name :
         {"MS Project XML", "CSV mission table", "iCalendar (launches and spans)",
          "TaskJuggler project", "GraphML dependency network"}) {
        INFO(name);
        chooseWithKeyboard(dialog->formatBox(), QString::fromUtf8(name));
        dialog->refreshPreview();
        CHECK(dialog->textPreview()->isVisible());
        CHECK_FALSE(dialog->textPreview()->toPlainText().isEmpty());
        const QString suffix = ExportChoices::suffix(dialog->choices().format);
        const auto out = fixture.folder / ("roadmap." + suffix.toStdString());
        const auto done = dialog->exportTo(QString::fromStdString(out.string()));
        INFO((done ? std::string() : done.error().toStdString()));
        REQUIRE(done);
        const std::string text = test::readFile(out);
        // What was written reads back.
        if (suffix == u"xml"_qs) {
            const auto project = readMspdi(text);
            REQUIRE(project);
            CHECK(missionsFromMspdi(*project, suggestedMapping(*project)).missions.size() ==
                  roadmap.missions.size());
        } else if (suffix == u"csv"_qs) {
            CHECK(text.starts_with("\xEF\xBB\xBF")); // for spreadsheets
            CHECK(readMissionCsv(text).missions.size() == roadmap.missions.size());
        } else if (suffix == u"ics"_qs) {
            CHECK(iCalendarErrors(text).empty());
        } else {
            CHECK(text.size() > 100);
        }
    }
}
