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

TEST_CASE("Roadmap settings edit goals, objectives and knowledge gaps, in one step",
          "[dialogs][strategy]") {
    auto loaded = Document::load(QStringLiteral(":/roadmaps/ger-2013.roadmap.json"));
    REQUIRE(loaded);
    Document& document = **loaded;
    const std::string before = toCanonicalJson(document.roadmap());

    RoadmapSettingsDialog dialog(document.roadmap());
    QTableWidget* goals = dialog.goalTable();
    QTableWidget* objectives = dialog.objectiveTable();
    QTableWidget* gaps = dialog.gapTable();
    CHECK(goals->rowCount() == 8);
    // A goal renamed: its objectives follow; its sources stay.
    const int presence = rowOf(goals, QStringLiteral("extend-human-presence"));
    REQUIRE(presence >= 0);
    goals->item(presence, 0)->setText(QStringLiteral("human-presence"));
    // An objective renamed: the missions that pursue it follow.
    const int mars = rowOf(objectives, QStringLiteral("humans-to-mars-surface"));
    objectives->item(mars, 0)->setText(QStringLiteral("humans-on-mars"));
    objectives->item(mars, 1)->setText(QStringLiteral("Humans on Mars"));
    // A gap gets a body and a measurement; a new gap is added.
    const int dust = rowOf(gaps, QStringLiteral("mars-dust-toxicity"));
    gaps->item(dust, 4)->setText(QStringLiteral("Sample assays"));
    const int added = gaps->rowCount();
    gaps->insertRow(added);
    const QStringList fresh{QStringLiteral("phobos-regolith"),
                            QStringLiteral("Phobos regolith"),
                            QStringLiteral("Mars"),
                            QString(),
                            QString(),
                            QString()};
    for (int column = 0; column < fresh.size(); ++column) {
        gaps->setItem(added, column, new QTableWidgetItem(fresh[column]));
    }

    const auto edited = dialog.result();
    REQUIRE(edited);
    CHECK(edited->goals.find("human-presence")->name == "Extend Human Presence");
    CHECK_FALSE(edited->goals.find("human-presence")->references.empty());
    CHECK(edited->objectives.find("humans-on-mars")->goal == "human-presence");
    CHECK(edited->missions.find("hmars")->objectives == std::vector<std::string>{"humans-on-mars"});
    CHECK(edited->knowledgeGaps.find("mars-dust-toxicity")->measurement == "Sample assays");
    CHECK(edited->knowledgeGaps.find("phobos-regolith")->body == CelestialBody::Mars);

    REQUIRE(commands::changeRoadmap(document, *edited, QStringLiteral("Change roadmap settings")));
    CHECK(document.roadmap().objectives.contains("humans-on-mars"));
    document.undoStack()->undo();
    CHECK(toCanonicalJson(document.roadmap()) == before);

    SECTION("what would not hold is refused, saying what") {
        RoadmapSettingsDialog refusing(document.roadmap());
        QTableWidget* table = refusing.objectiveTable();
        table->item(0, 2)->setText(QStringLiteral("no-such-goal"));
        REQUIRE_FALSE(refusing.result());
        CHECK(refusing.result().error().contains(QStringLiteral("\"no-such-goal\"")));
        table->item(0, 2)->setText(QStringLiteral("extend-human-presence"));
        CHECK(refusing.result());
        refusing.gapTable()->item(0, 2)->setText(QStringLiteral("Jupiter"));
        REQUIRE_FALSE(refusing.result());
        CHECK(refusing.result().error().contains(QStringLiteral("earth, moon, asteroid")));
    }
}
