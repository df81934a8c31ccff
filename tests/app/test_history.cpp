// A roadmap kept in a git repository, as a planner sees it in the window: a merge's
// conflicts open straight into the review, the History panel lists the commits with their
// signatures and shows what one changed as ghosts, and the inspector tells the selected
// mission's own history.

#include "core/review/reviewfixtures.h"
#include "support/gitrepository.h"
#include "support/pictures.h"
#include "support/testsupport.h"

#include <orrery/io/reader.h>

#include <app/commands/commands.h>
#include <app/docks/inspectordock.h>
#include <app/document.h>
#include <app/history/historydock.h>
#include <app/history/historymodel.h>
#include <app/history/repositoryhistory.h>
#include <app/mainwindow.h>
#include <app/presentation.h>
#include <app/recovery.h>
#include <app/review/reviewmodel.h>
#include <app/review/reviewpanel.h>
#include <app/review/reviewsession.h>
#include <app/selection.h>
#include <catch2/catch.hpp>
#include <render/utf8.h>

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace orrery;
using namespace orrery::app;
using namespace orrery::test;
using render::toStdString;

namespace {

/// A window on the repository's roadmap; it leaves no recovery copy behind.
struct WindowOnRepository {
    MainWindow window;

    explicit WindowOnRepository(const GitRepository& repository) {
        window.resize(1920, 1080);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openFile(QString::fromStdString(repository.file().string())));
        QApplication::processEvents();
    }
    ~WindowOnRepository() {
        if (window.document() && window.document()->isModified()) {
            window.document()->undoStack()->setClean();
        }
        window.recovery()->discard();
    }
    WindowOnRepository(const WindowOnRepository&) = delete;
    WindowOnRepository& operator=(const WindowOnRepository&) = delete;

    RepositoryHistory* history() const { return window.repositoryHistory(); }
    QTreeView* commits() const { return window.repositoryHistoryDock()->commitView(); }
    void waitForHistory() const {
        REQUIRE(QTest::qWaitFor(
            [&] { return history()->state() == RepositoryHistory::State::Ready; }, 20000));
    }
    int row(const QString& subject) const {
        for (int row = 0; row < commits()->model()->rowCount(); ++row) {
            if (commits()->model()->index(row, HistoryModel::Message).data().toString() ==
                subject) {
                return row;
            }
        }
        FAIL("no commit " << subject.toStdString());
        return -1;
    }
};

} // namespace

TEST_CASE("A merge's recorded conflicts open straight into the review and are decided there",
          "[history][app][merge-driver]") {
    GitRepository repository;
    repository.startWithGer2013();
    repository.gitOk({"checkout", "-q", "-b", "esa"});
    repository.save(
        withMission(repository.load(), "msr", [](Mission& m) { m.start = date("2030"); }));
    repository.commit("MSR in 2030 as ESA plans it");
    repository.gitOk({"checkout", "-q", "main"});
    repository.save(
        withMission(repository.load(), "msr", [](Mission& m) { m.start = date("2028"); }));
    repository.commit("MSR in 2028");
    REQUIRE(repository.git({"merge", "--no-edit", "esa"}).exitCode != 0);

    WindowOnRepository opened(repository);
    MainWindow& window = opened.window;
    REQUIRE(window.review());
    CHECK(window.review()->resolvesRecordedConflicts());
    CHECK(window.views()->tabText(window.views()->currentIndex()) ==
          QStringLiteral("Merge Conflicts"));
    ReviewPanel* panel = window.reviewPanel();
    const QModelIndex start = panel->model()->indexOf("mission/msr/start");
    REQUIRE(start.isValid());
    // The first conflict is current, its mission selected in the proposed timeline.
    CHECK(panel->view()->currentIndex() == start);
    CHECK(window.review()->previewPresentation()->selection()->current() == QStringLiteral("msr"));
    CHECK(start.siblingAtColumn(ReviewModel::Flags).data().toString() ==
          QStringLiteral("Conflict (ours: 2028)"));
    CHECK(start.siblingAtColumn(ReviewModel::After).data().toString() ==
          QStringLiteral("2030 (+48 months)"));
    CHECK_FALSE(panel->applyButton()->isEnabled());
    CHECK(panel->applyButton()->text() == QStringLiteral("A&pply Decisions"));
    keepPicture(window, QStringLiteral("merge-conflicts.png"));

    // Theirs, with the keyboard: select the row and accept it.
    panel->view()->setCurrentIndex(start);
    panel->view()->selectionModel()->select(start, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    panel->view()->setFocus();
    QTest::keyClick(panel->view(), Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return panel->applyButton()->isEnabled(); }, 20000));
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window.review() == nullptr; }, 20000));
    const Roadmap& decided = window.document()->roadmap();
    CHECK(decided.missions.find("msr")->start == date("2030"));
    CHECK(decided.conflicts.empty());
    CHECK(window.document()->undoStack()->undoText() == QStringLiteral("Resolve Merge Conflicts"));

    // Saved, it is a roadmap without conflicts that git commits as the merge.
    REQUIRE(window.saveDocument());
    const ReadResult saved = readRoadmapFile(repository.file());
    REQUIRE(saved);
    CHECK(saved->conflicts.empty());
    CHECK(saved->missions.find("msr")->start == date("2030"));
    repository.gitOk({"add", "plan.roadmap.json"});
    repository.gitOk({"commit", "-q", "--no-edit"});
    CHECK(repository.gitOk({"log", "-1", "--format=%P"}).find(' ') != std::string::npos);

    SECTION("undone, the conflicts are back in the roadmap") {
        window.document()->undoStack()->undo();
        CHECK(window.document()->roadmap().conflicts.size() == 1);
    }
}

TEST_CASE("The History panel lists the commits with their signatures and shows what one changed",
          "[history][app][verify]") {
    GitRepository repository;
    const auto esaKey = repository.makeKey("esa");
    const auto nasaKey = repository.makeKey("nasa");
    repository.allowSigners({{"ESA", esaKey}, {"NASA", nasaKey}});
    repository.startWithGer2013();
    repository.save(
        withMission(repository.load(), "msr", [](Mission& m) { m.start = date("2028"); }));
    repository.commit("MSR slips to 2028", signedBy(nasaKey));
    repository.save(
        withMission(repository.load(), "exomars18", [](Mission& m) { m.start = date("2020-07"); }));
    repository.commit("ExoMars rover to 2020", signedBy(esaKey));
    repository.save(
        withMission(repository.load(), "msr", [](Mission& m) { m.end = date("2033"); }));
    repository.commit("ESA moves MSR's end", signedBy(esaKey));

    WindowOnRepository opened(repository);
    opened.waitForHistory();
    HistoryDock* dock = opened.window.repositoryHistoryDock();
    dock->show();
    dock->raise();
    CHECK(dock->status()->text() == QStringLiteral("4 commits changed plan.roadmap.json"));
    QAbstractItemModel* model = opened.commits()->model();
    REQUIRE(model->rowCount() == 4);
    CHECK(model->index(0, HistoryModel::Message).data().toString() ==
          QStringLiteral("ESA moves MSR's end"));
    CHECK(model->index(0, HistoryModel::Author).data().toString() ==
          QStringLiteral("Test Planner"));
    // Signatures, then the verdicts, come in the background.
    const std::string oldest =
        toStdString(model->index(3, 0).data(HistoryModel::CommitIdRole).toString());
    REQUIRE(QTest::qWaitFor([&] { return opened.history()->problems(oldest).has_value(); }, 20000));
    const int slip = opened.row(QStringLiteral("MSR slips to 2028"));
    CHECK(model->index(slip, HistoryModel::Signature).data().toString() ==
          QStringLiteral("good (NASA)"));
    CHECK_FALSE(model->index(slip, 0).data(HistoryModel::FlaggedRole).toBool());
    const int other = opened.row(QStringLiteral("ESA moves MSR's end"));
    CHECK(model->index(other, HistoryModel::Signature).data().toString() ==
          QStringLiteral("⚠ good (ESA)"));
    CHECK(model->index(other, 0)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("changes mission msr of NASA (end), signed by ESA")));
    const int first = opened.row(QStringLiteral("GER 2013 as published"));
    CHECK(model->index(first, HistoryModel::Signature).data().toString() ==
          QStringLiteral("⚠ unsigned"));

    // A commit selected with the keyboard: its changes, and the roadmap it left as ghosts.
    opened.commits()->setFocus();
    opened.commits()->setCurrentIndex(model->index(0, 0));
    for (int i = 0; i < slip; ++i) {
        QTest::keyClick(opened.commits(), Qt::Key_Down);
    }
    REQUIRE(QTest::qWaitFor(
        [&] {
            return dock->details()->toPlainText().contains(
                QStringLiteral("Mars Sample Return (msr): start 2026 → 2028 (+24 months)"));
        },
        20000));
    CHECK(dock->details()->toPlainText().contains(QStringLiteral("Signature: good (NASA)")));
    Presentation* presentation = opened.window.presentation();
    // As that commit left it, MSR started in 2028; it starts there now too. ExoMars moved
    // since: its ghost stands where it was.
    REQUIRE(QTest::qWaitFor([&] { return presentation->proposalMarks().contains("exomars18"); },
                            20000));
    CHECK_FALSE(presentation->proposalMarks().contains("iss"));
    keepPicture(opened.window, QStringLiteral("history-panel.png"));
    // The comparison is the scenario bar's, like an edition's: an edit keeps it.
    CHECK(presentation->historicVersionLabel().startsWith(QStringLiteral("Commit ")));
    Document* document = opened.window.document();
    REQUIRE(commands::changeRoadmap(
        *document,
        withMission(document->roadmap(), "iss", [](Mission& m) { m.end = date("2030"); }),
        QStringLiteral("Extend the ISS")));
    QApplication::processEvents();
    CHECK(presentation->proposalMarks().contains("exomars18"));
    CHECK(presentation->proposalMarks().contains("iss"));
    document->undoStack()->undo();

    // The inspector tells the selected mission's own history, and who last set each field.
    presentation->selection()->reveal(QStringLiteral("msr"));
    auto* missionHistory =
        opened.window.inspector()->findChild<QLabel*>(QStringLiteral("missionHistory"));
    REQUIRE(missionHistory);
    REQUIRE(QTest::qWaitFor(
        [&] { return missionHistory->text().contains(QStringLiteral("Last changed")); }, 20000));
    const QString text = missionHistory->text();
    CHECK(text.contains(QStringLiteral("end (none) → 2033")));
    CHECK(text.contains(QStringLiteral("start 2026 → 2028 (+24 months)")));
    CHECK(text.contains(QStringLiteral("MSR slips to 2028")));
    CHECK(text.contains(QStringLiteral("as added by Test Planner")));
    CHECK(missionHistory->isVisible());

    SECTION("saved, the roadmap's history is read again and the chosen commit stays") {
        REQUIRE(commands::changeRoadmap(
            *document,
            withMission(document->roadmap(), "iss", [](Mission& m) { m.end = date("2030"); }),
            QStringLiteral("Extend the ISS")));
        REQUIRE(opened.window.saveDocument());
        REQUIRE(QTest::qWaitFor(
            [&] { return opened.history()->state() == RepositoryHistory::State::Ready; }, 20000));
        QApplication::processEvents();
        CHECK(opened.commits()->currentIndex().row() == slip);
        CHECK(presentation->historicVersion() != nullptr);
        CHECK(presentation->proposalMarks().contains("exomars18"));
    }
    SECTION("a commit made outside Orrery appears after Refresh") {
        repository.save(withMission(repository.load(), "insight",
                                    [](Mission& m) { m.notes = "Landed 2018."; }));
        repository.commit("InSight landed");
        QTest::mouseClick(dock->findChild<QPushButton*>(QStringLiteral("historyRefresh")),
                          Qt::LeftButton);
        opened.waitForHistory();
        REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 5; }, 20000));
    }
}

TEST_CASE("A roadmap outside any repository says so in the History panel", "[history][app]") {
    TemporaryDirectory folder;
    const auto file = folder / "plan.roadmap.json";
    writeFile(file, readFile(sourcePath("roadmaps/ger-2013.roadmap.json")));
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openFile(QString::fromStdString(file.string())));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return window.repositoryHistory()->state() == RepositoryHistory::State::NotInRepository;
        },
        20000));
    CHECK(window.repositoryHistoryDock()->status()->text().contains(
        QStringLiteral("is not in a git repository")));
    CHECK(window.repositoryHistoryDock()->commitView()->model()->rowCount() == 0);
    window.recovery()->discard();
}
