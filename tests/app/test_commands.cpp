// Every command pushes one undo step; undo gives back the document byte for byte.

#include "support/qtstrings.h"
#include "support/testsupport.h"

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
    lander.id = commands::uniqueMissionId(document->roadmap(), QStringLiteral("Lunar Lander!"))
                    .toStdString();
    CHECK(lander.id == "lunar-lander");
    lander.name = "Lunar lander";
    lander.lead = "ESA";
    lander.destination = "lunar-surface";
    lander.start = Date::fromYear(2030);
    REQUIRE(commands::addMission(*document, lander));
    checkUndoRedo(*document, before);
    CHECK(commands::uniqueMissionId(document->roadmap(), QStringLiteral("lunar lander")) ==
          QStringLiteral("lunar-lander-2"));

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
