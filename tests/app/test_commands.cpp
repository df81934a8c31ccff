// Every command pushes one undo step; undo gives back the document byte for byte.

#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <orrery/editing.h>
#include <orrery/io/writer.h>

#include <app/commands/commands.h>
#include <app/document.h>
#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QUndoStack>

using namespace orrery;
using namespace orrery::app;

namespace {

std::unique_ptr<Document> ger2013() {
    auto document = Document::load(QStringLiteral(":/roadmaps/ger-2013.roadmap.json"));
    REQUIRE(document);
    return std::move(*document);
}

std::string text(const Document& document) {
    return toCanonicalJson(document.roadmap());
}

const Mission& mission(const Document& document, const char* id) {
    const Mission* found = document.roadmap().missions.find(id);
    REQUIRE(found != nullptr);
    return *found;
}

/// Undo, compare with `before`; redo, compare with `after`.
void checkUndoRedo(Document& document, const std::string& before) {
    const std::string after = text(document);
    CHECK(after != before);
    CHECK(document.undoStack()->count() == 1);
    document.undoStack()->undo();
    CHECK(text(document) == before);
    document.undoStack()->redo();
    CHECK(text(document) == after);
}

} // namespace

TEST_CASE("Moving missions shifts their dates by whole months, in one step", "[commands]") {
    auto document = ger2013();
    const std::string before = text(*document);
    QSignalSpy changes(document.get(), &Document::changed);
    REQUIRE(commands::moveMissions(*document,
                                   {QStringLiteral("insight"), QStringLiteral("mars2020")}, 3));
    CHECK(changes.count() == 1);
    CHECK(mission(*document, "insight").start.toString() == "2016-06");
    CHECK(mission(*document, "mars2020").start.toString() == "2020-10");
    CHECK(document->undoStack()->undoText() == QStringLiteral("Move 2 missions later by 3 months"));
    checkUndoRedo(*document, before);
    // A year-precise mission moved by whole years stays year-precise.
    document->undoStack()->undo();
    REQUIRE(commands::moveMissions(*document, {QStringLiteral("em1")}, 24));
    CHECK(mission(*document, "em1").start.toString() == "2019");
    CHECK_FALSE(commands::moveMissions(*document, {QStringLiteral("em1")}, 0));
}

TEST_CASE("Deleting a mission removes its dependencies; undo restores both", "[commands]") {
    auto document = ger2013();
    const std::string before = text(*document);
    const std::size_t index = *document->roadmap().missions.indexOf("em1");
    REQUIRE(commands::deleteMissions(*document, {QStringLiteral("em1")}));
    CHECK_FALSE(document->roadmap().missions.contains("em1"));
    for (const Mission& other : document->roadmap().missions) {
        for (const Prerequisite& prerequisite : other.prerequisites) {
            CHECK(prerequisite.mission != "em1");
        }
    }
    checkUndoRedo(*document, before);
    document->undoStack()->undo();
    CHECK(*document->roadmap().missions.indexOf("em1") == index);
}

TEST_CASE("Renaming an id updates every reference in one step", "[commands]") {
    auto document = ger2013();
    const std::string before = text(*document);
    REQUIRE(commands::renameMission(*document, QStringLiteral("em1"), QStringLiteral("artemis-1")));
    CHECK(document->roadmap().missions.contains("artemis-1"));
    CHECK_FALSE(document->roadmap().missions.contains("em1"));
    const auto& em2 = mission(*document, "em2");
    CHECK(em2.prerequisites.at(0).mission == "artemis-1");
    checkUndoRedo(*document, before);

    CHECK_FALSE(commands::renameMission(*document, QStringLiteral("em2"), QStringLiteral("iss")));
    CHECK_FALSE(
        commands::renameMission(*document, QStringLiteral("em2"), QStringLiteral("bad id")));
    CHECK(document->undoStack()->count() == 1);
}

TEST_CASE("Adding and removing a prerequisite", "[commands]") {
    auto document = ger2013();
    const std::string before = text(*document);
    REQUIRE(commands::addPrerequisite(*document, QStringLiteral("msr"), QStringLiteral("insight")));
    CHECK(mission(*document, "msr").prerequisites.back().mission == "insight");
    checkUndoRedo(*document, before);
    CHECK_FALSE(
        commands::addPrerequisite(*document, QStringLiteral("msr"), QStringLiteral("insight")));
    CHECK_FALSE(commands::addPrerequisite(*document, QStringLiteral("msr"), QStringLiteral("msr")));
    REQUIRE(
        commands::removePrerequisite(*document, QStringLiteral("msr"), QStringLiteral("insight")));
    CHECK(text(*document) == before);
}

TEST_CASE("Adding a mission and editing its fields", "[commands]") {
    auto document = ger2013();
    const std::string before = text(*document);
    Mission lander;
    lander.id = uniqueId(document->roadmap(), EntityKind::Mission, "Lunar Lander!");
    CHECK(lander.id == "lunar-lander");
    lander.name = "Lunar lander";
    lander.lead = "ESA";
    lander.destination = "lunar-surface";
    lander.start = Date::fromYear(2030);
    REQUIRE(commands::addMission(*document, lander));
    checkUndoRedo(*document, before);
    CHECK(uniqueId(document->roadmap(), EntityKind::Mission, "lunar lander") == "lunar-lander-2");

    Mission edited = mission(*document, "lunar-lander");
    edited.status = MissionStatus::Conceptual;
    REQUIRE(commands::editMission(*document, QStringLiteral("lunar-lander"), edited,
                                  QStringLiteral("Change status")));
    CHECK(mission(*document, "lunar-lander").status == MissionStatus::Conceptual);
    CHECK_FALSE(commands::editMission(*document, QStringLiteral("lunar-lander"), edited,
                                      QStringLiteral("Nothing")));
}

TEST_CASE("The clean state follows saves and undo", "[commands]") {
    test::TemporaryDirectory folder;
    auto document = ger2013();
    CHECK_FALSE(document->isModified());
    REQUIRE(commands::moveMissions(*document, {QStringLiteral("iss")}, 1));
    CHECK(document->isModified());
    const QString file = QString::fromStdString((folder / "saved.roadmap.json").string());
    REQUIRE(document->saveAs(file));
    CHECK_FALSE(document->isModified());
    CHECK(document->filePath() == file);
    CHECK(test::readFile(file.toStdString()) == text(*document));
    document->undoStack()->undo();
    CHECK(document->isModified());
    document->undoStack()->redo();
    CHECK_FALSE(document->isModified());
}

TEST_CASE("Commands that merge: five nudges in a row are one undo step", "[commands]") {
    auto document = ger2013();
    const std::string before = text(*document);
    const QStringList both{QStringLiteral("insight"), QStringLiteral("mars2020")};
    for (int nudge = 0; nudge < 5; ++nudge) {
        REQUIRE(commands::moveMissions(*document, both, 1));
    }
    CHECK(document->undoStack()->count() == 1);
    CHECK(document->undoStack()->undoText() == QStringLiteral("Move 2 missions later by 5 months"));
    CHECK(mission(*document, "insight").start.toString() == "2016-08");
    // A drag the other way joins the same step.
    REQUIRE(commands::moveMissions(*document, both, -2));
    CHECK(document->undoStack()->count() == 1);
    CHECK(document->undoStack()->undoText() == QStringLiteral("Move 2 missions later by 3 months"));
    document->undoStack()->undo();
    CHECK(text(*document) == before);
    document->undoStack()->redo();
    CHECK(mission(*document, "insight").start.toString() == "2016-06");

    // Back where they were: no step is left.
    document->undoStack()->undo();
    REQUIRE(commands::moveMissions(*document, both, 4));
    REQUIRE(commands::moveMissions(*document, both, -4));
    CHECK(document->undoStack()->count() == 0);
    CHECK(text(*document) == before);

    // Other missions, or another edit in between, make a step of their own.
    REQUIRE(commands::moveMissions(*document, both, 1));
    REQUIRE(commands::moveMissions(*document, {QStringLiteral("insight")}, 1));
    CHECK(document->undoStack()->count() == 2);
    // A save in between keeps the saved state reachable by undo.
    document->undoStack()->setClean();
    REQUIRE(commands::moveMissions(*document, {QStringLiteral("insight")}, 1));
    CHECK(document->undoStack()->count() == 3);
}

TEST_CASE("Verbs that answer: changed, nothing to do, or refused with the reason", "[commands]") {
    auto document = ger2013();
    const auto moved = commands::moveMissions(*document, {QStringLiteral("em1")}, 1);
    CHECK(moved.outcome() == commands::Result::Outcome::Changed);
    CHECK(commands::moveMissions(*document, {QStringLiteral("em1")}, 0).outcome() ==
          commands::Result::Outcome::Unchanged);
    const auto unknown = commands::moveMissions(*document, {QStringLiteral("nowhere")}, 1);
    CHECK(unknown.isRefused());
    CHECK(unknown.reason() == QStringLiteral("There is no mission \"nowhere\"."));
    const auto self =
        commands::addPrerequisite(*document, QStringLiteral("em1"), QStringLiteral("em1"));
    CHECK(self.reason() == QStringLiteral("A mission cannot require itself."));
    const auto taken =
        commands::renameMission(*document, QStringLiteral("em1"), QStringLiteral("em2"));
    CHECK(taken.reason() == QStringLiteral("Another mission already has the id \"em2\"."));
    // Read-only is a refusal too, not "not found".
    document->setReadOnly(true);
    const auto readOnly = commands::moveMissions(*document, {QStringLiteral("em1")}, 1);
    CHECK(readOnly.isRefused());
    CHECK(readOnly.reason() == QStringLiteral("The roadmap is open read-only."));
    CHECK(document->undoStack()->count() == 1);
}
