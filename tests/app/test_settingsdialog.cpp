#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <orrery/io/writer.h>

#include <app/commands/commands.h>
#include <app/dialogs/roadmapsettingsdialog.h>
#include <app/document.h>
#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QUndoStack>

using namespace orrery;
using namespace orrery::app;

namespace {

int rowOf(QTableWidget* table, const QString& id) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == id) {
            return row;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("Roadmap settings rename agencies everywhere, reorder lanes, in one step", "[dialogs]") {
    auto loaded = Document::load(QStringLiteral(":/roadmaps/ger-2013.roadmap.json"));
    REQUIRE(loaded);
    Document& document = **loaded;
    const std::string before = toCanonicalJson(document.roadmap());

    RoadmapSettingsDialog dialog(document.roadmap());
    dialog.titleField()->setText(QStringLiteral("GER, draft"));
    const int esa = rowOf(dialog.agencyTable(), QStringLiteral("ESA"));
    REQUIRE(esa >= 0);
    dialog.agencyTable()->item(esa, 0)->setText(QStringLiteral("EuropeanSA"));
    dialog.agencyTable()->item(esa, 3)->setText(QStringLiteral("#112233"));
    // The last lane to the top.
    QListWidget* lanes = dialog.destinationList();
    lanes->insertItem(0, lanes->takeItem(lanes->count() - 1));
    const int landing = rowOf(dialog.capabilityTable(), QStringLiteral("mars-edl"));
    dialog.capabilityTable()->item(landing, 2)->setCheckState(Qt::Checked);

    const auto edited = dialog.result();
    REQUIRE(edited);
    CHECK(edited->title == "GER, draft");
    CHECK(edited->agencies.find("EuropeanSA")->color == "#112233");
    CHECK_FALSE(edited->agencies.contains("ESA"));
    CHECK(edited->missions.find("exomars16")->lead == "EuropeanSA");
    const auto& partners = edited->missions.find("em1")->partners;
    CHECK(std::find(partners.begin(), partners.end(), "EuropeanSA") != partners.end());
    CHECK(edited->destinations[0].id == "mars-surface");
    CHECK(edited->capabilities.find("mars-edl")->initiallyAvailable);

    REQUIRE(commands::changeRoadmap(document, *edited, QStringLiteral("Change roadmap settings")));
    CHECK(document.roadmap().destinations[0].id == "mars-surface");
    document.undoStack()->undo();
    CHECK(toCanonicalJson(document.roadmap()) == before);
}

TEST_CASE("Roadmap settings refuse what the file format would", "[dialogs]") {
    auto loaded = Document::load(QStringLiteral(":/roadmaps/ger-2013.roadmap.json"));
    REQUIRE(loaded);
    {
        RoadmapSettingsDialog dialog((*loaded)->roadmap());
        dialog.asOfField()->setText(QStringLiteral("2013-13"));
        REQUIRE_FALSE(dialog.result());
        CHECK(dialog.result().error().contains(QStringLiteral("month 13")));
    }
    {
        RoadmapSettingsDialog dialog((*loaded)->roadmap());
        dialog.agencyTable()->item(0, 3)->setText(QStringLiteral("blue"));
        CHECK_FALSE(dialog.result());
    }
    {
        RoadmapSettingsDialog dialog((*loaded)->roadmap());
        dialog.agencyTable()->item(1, 0)->setText(dialog.agencyTable()->item(0, 0)->text());
        REQUIRE_FALSE(dialog.result());
        CHECK(dialog.result().error().contains(QStringLiteral("twice")));
    }
}
