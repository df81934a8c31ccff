// Reviewing contributions as the coordinator does: open one, decide its changes, look at
// the proposed roadmap and what it would break, apply, undo; and saving a draft as one.

#include "support/pictures.h"
#include "support/qtstrings.h"
#include "support/testsupport.h"
#include "windowoncopy.h"

#include <orrery/io/writer.h>
#include <orrery/merge.h>

#include <app/commands/commands.h>
#include <app/dialogs/contributiondialog.h>
#include <app/docks/reviewhistorydock.h>
#include <app/document.h>
#include <app/labels.h>
#include <app/mainwindow.h>
#include <app/models/findingtablemodel.h>
#include <app/myagency.h>
#include <app/presentation.h>
#include <app/recovery.h>
#include <app/review/reviewmodel.h>
#include <app/review/reviewpanel.h>
#include <app/review/reviewsession.h>
#include <app/selection.h>
#include <app/views/timeline/timelineview.h>
#include <catch2/catch.hpp>

#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace orrery;
using namespace orrery::app;

namespace {

QString contributionPath(const char* name) {
    return QString::fromStdString(test::sourcePath("roadmaps/contributions/" + std::string(name) +
                                                   ".contribution.roadmap.json")
                                      .string());
}

/// A window on a copy of GER 2013, the baseline of the example contributions.
struct ReviewWindow : test::WindowOnCopy {
    Roadmap original = window.document()->roadmap();

    Document& document() const { return *window.document(); }
    const Mission& mission(const char* id) const {
        const Mission* found = document().roadmap().missions.find(id);
        REQUIRE(found != nullptr);
        return *found;
    }
    const Mission& proposed(const char* id) const {
        const Mission* found = window.review()->preview()->roadmap().missions.find(id);
        REQUIRE(found != nullptr);
        return *found;
    }
    ReviewPanel* panel() const { return window.reviewPanel(); }
    ReviewModel* model() const { return panel()->model(); }
    QTreeView* changes() const { return panel()->view(); }

    /// Makes a change's row the current one, as a click on it would.
    QModelIndex select(const char* subject) const {
        const QModelIndex row = model()->indexOf(subject);
        REQUIRE(row.isValid());
        changes()->setCurrentIndex(row);
        changes()->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        return row;
    }
    /// Toggles a change's check box with the keyboard.
    void toggle(const char* subject) const {
        select(subject);
        changes()->setFocus();
        QTest::keyClick(changes(), Qt::Key_Space);
    }
    QString decision(const char* subject) const {
        return model()->indexOf(subject, ReviewModel::Decision).data().toString();
    }
    Qt::CheckState checkState(const char* subject) const {
        return model()->indexOf(subject).data(Qt::CheckStateRole).value<Qt::CheckState>();
    }
    /// Triggers the entry of an "Accept All"/"Reject All" menu that starts with `label`.
    void decideAll(QMenu* menu, const QString& label) const {
        Q_EMIT menu->aboutToShow();
        const auto actions = menu->actions();
        const auto found = std::find_if(actions.begin(), actions.end(), [&](QAction* action) {
            return action->text().startsWith(label);
        });
        REQUIRE(found != actions.end());
        (*found)->trigger();
    }
    const ReviewDecision& decisionIn(const Review& review, const char* subject) const {
        const auto found = std::find_if(
            review.decisions.begin(), review.decisions.end(),
            [&](const ReviewDecision& decision) { return decision.subject == subject; });
        REQUIRE(found != review.decisions.end());
        return *found;
    }
};

} // namespace

TEST_CASE("A contribution is reviewed change by change, applied as one step and recorded",
          "[review][app]") {
    ReviewWindow review;
    QUndoStack* undo = review.document().undoStack();
    const int steps = undo->count();
    REQUIRE(review.window.reviewContribution(contributionPath("esa-2016")));
    REQUIRE(review.window.review());
    CHECK(review.window.review()->baselineMatches());
    CHECK(review.window.views()->currentWidget() == review.window.reviewPage());
    CHECK(review.window.proposedTimeline()->isVisible());
    CHECK(review.window.views()->tabText(review.window.views()->currentIndex()) ==
          QStringLiteral("Review: Proposed by ESA"));
    CHECK(review.panel()->isVisible());

    // Grouped by mission: Luna-Resurs, Roscosmos's, with ESA's two changes waiting.
    const QModelIndex start = review.model()->indexOf("mission/lunaresurs/start");
    const QModelIndex group = start.parent();
    CHECK(
        group.data().toString() ==
        QStringLiteral("Luna-Resurs lander and orbiter (later Luna-27 and Luna-26) (lunaresurs)"));
    CHECK(review.model()->rowCount(group) == 2);
    CHECK(start.siblingAtColumn(ReviewModel::Before).data().toString() == QStringLiteral("2017"));
    CHECK(start.siblingAtColumn(ReviewModel::After).data().toString() ==
          QStringLiteral("2019 (+24 months)"));
    CHECK(start.siblingAtColumn(ReviewModel::Owner).data().toString() ==
          QStringLiteral("Roscosmos"));
    CHECK(start.siblingAtColumn(ReviewModel::Flags).data().toString() ==
          QStringLiteral("Cross-agency"));
    // Waiting: a question mark on a tinted row, neither ticked nor half-ticked.
    CHECK(review.checkState("mission/lunaresurs/start") == Qt::Unchecked);
    CHECK_FALSE(review.model()
                    ->indexOf("mission/lunaresurs/start")
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());
    CHECK(review.decision("mission/lunaresurs/start") == QStringLiteral("Decide"));
    CHECK_FALSE(review.panel()->applyButton()->isEnabled());
    CHECK(
        review.panel()->statusLabel()->text().contains(QStringLiteral("2 waiting for a decision")));

    // The proposed timeline shows ESA's own changes, marked, with the old place as a ghost;
    // nothing of the roadmap has changed yet.
    CHECK(review.proposed("exomars18").start.toString() == "2020");
    CHECK(review.proposed("lunaresurs").start.toString() == "2017");
    CHECK(review.mission("exomars18").start.toString() == "2018");
    Presentation* proposal = review.window.review()->previewPresentation();
    const std::size_t exomars18 =
        *review.window.review()->preview()->roadmap().missions.indexOf("exomars18");
    const render::MissionAppearance& marked = proposal->context().missions[exomars18];
    CHECK(marked.proposed == render::ProposedChange::Changed);
    REQUIRE(marked.previous);
    CHECK(marked.previous->start.toString() == "2018");

    // Decide: take ESA's date for Luna-Resurs with a comment, keep Roscosmos's notes,
    // and keep the ExoMars rover's name.
    review.toggle("mission/lunaresurs/start");
    CHECK(review.checkState("mission/lunaresurs/start") == Qt::Checked);
    CHECK(review.decision("mission/lunaresurs/start") == QStringLiteral("Accept"));
    CHECK(review.proposed("lunaresurs").start.toString() == "2019");
    review.panel()->commentField()->clear();
    QTest::keyClicks(review.panel()->commentField(),
                     QStringLiteral("Agreed with Roscosmos for the 2019 window"));
    QTest::keyClick(review.panel()->commentField(), Qt::Key_Return);
    CHECK(review.model()
              ->indexOf("mission/lunaresurs/start", ReviewModel::Comment)
              .data()
              .toString() == QStringLiteral("Agreed with Roscosmos for the 2019 window"));

    review.select("mission/lunaresurs/notes");
    QTest::mouseClick(review.panel()->findChild<QPushButton*>(QStringLiteral("reviewReject")),
                      Qt::LeftButton);
    CHECK(review.decision("mission/lunaresurs/notes") == QStringLiteral("Reject"));
    review.toggle("mission/exomars18/name");
    CHECK(review.checkState("mission/exomars18/name") == Qt::Unchecked);
    CHECK(review.proposed("exomars18").name == "ExoMars 2018 rover and surface platform");
    CHECK(review.model()->data(review.model()->indexOf("mission/exomars18/name").parent(),
                               Qt::CheckStateRole) == Qt::PartiallyChecked);

    review.panel()->reviewerField()->setText(QStringLiteral("ISECG coordinator"));
    CHECK(review.panel()->applyButton()->isEnabled());
    CHECK(review.panel()->statusLabel()->text().startsWith(
        QStringLiteral("7 changes, 5 to apply, 2 rejected")));
    // A picture of the review for the user guide (docs/screenshots/review.png).
    if (test::picturesWanted()) {
        QApplication::processEvents();
        review.select("mission/exomars18/start");
        test::keepPicture(review.window, QStringLiteral("review.png"));
    }

    QTest::mouseClick(review.panel()->applyButton(), Qt::LeftButton);
    CHECK(review.window.review() == nullptr);
    CHECK(review.window.proposedTimeline() == nullptr);
    CHECK(review.window.views()->currentWidget() == review.window.timelineView());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // One step, which the Edit menu names.
    REQUIRE(undo->count() == steps + 1);
    CHECK(undo->text(steps) == QStringLiteral("Review ESA's Contribution"));
    CHECK(review.mission("lunaresurs").start.toString() == "2019");
    CHECK(review.mission("lunaresurs").notes == review.original.missions.find("lunaresurs")->notes);
    CHECK(review.mission("exomars18").name == "ExoMars 2018 rover and surface platform");
    CHECK(review.mission("exomars18").start.toString() == "2020");
    CHECK(review.mission("exomars16").start.toString() == "2016-03-14");

    const auto& reviews = review.document().roadmap().reviews;
    REQUIRE(reviews.size() == review.original.reviews.size() + 1);
    const Review record = reviews.back();
    CHECK(record.reviewer == "ISECG coordinator");
    CHECK(record.contribution.agency == "ESA");
    CHECK(record.contribution.fingerprint ==
          contentFingerprint(test::loadRoadmap(contributionPath("esa-2016").toStdString())));
    CHECK(record.decisions.size() == 7);
    CHECK(review.decisionIn(record, "mission/lunaresurs/start").verdict == Verdict::Accepted);
    CHECK(review.decisionIn(record, "mission/lunaresurs/start").comment ==
          "Agreed with Roscosmos for the 2019 window");
    CHECK(review.decisionIn(record, "mission/lunaresurs/notes").verdict == Verdict::Rejected);
    CHECK(review.decisionIn(record, "mission/exomars18/name").verdict == Verdict::Rejected);
    CHECK(review.decisionIn(record, "mission/exomars18/start").verdict == Verdict::Accepted);

    // The history shows it.
    QTreeWidget* history = review.window.reviewHistory()->view();
    REQUIRE(history->topLevelItemCount() == static_cast<int>(reviews.size()));
    CHECK(history->topLevelItem(0)->text(1) == QStringLiteral("ISECG coordinator"));
    CHECK(history->topLevelItem(0)->text(2).startsWith(QStringLiteral("ESA")));
    CHECK(history->topLevelItem(0)->text(3) == QStringLiteral("5 accepted, 2 rejected"));
    CHECK(history->topLevelItem(0)->childCount() == 7);
    // A decision leads to its mission.
    QTreeWidgetItem* first = history->topLevelItem(0)->child(0);
    CHECK(first->text(2) == QStringLiteral("mission/lunaresurs/start"));
    CHECK(first->text(3) == QStringLiteral("accepted"));
    CHECK(first->text(4) == QStringLiteral("Agreed with Roscosmos for the 2019 window"));
    Q_EMIT history->itemActivated(first, 0);
    CHECK(review.window.selection()->current() == QStringLiteral("lunaresurs"));

    // Undo takes it all back, redo brings it again.
    undo->undo();
    CHECK(review.document().roadmap() == review.original);
    CHECK(history->topLevelItemCount() == static_cast<int>(review.original.reviews.size()));
    undo->redo();
    CHECK(review.mission("lunaresurs").start.toString() == "2019");

    // Saved and read again, the record is the same.
    REQUIRE(review.window.saveDocument());
    const Roadmap reloaded = test::loadRoadmap(review.file.toStdString());
    REQUIRE_FALSE(reloaded.reviews.empty());
    CHECK(reloaded.reviews.back() == record);
}

TEST_CASE("Conflicting contributions need a side, and the baseline is found by its fingerprint",
          "[review][app]") {
    ReviewWindow review;
    // Roscosmos's draft goes in first: it changes only Roscosmos's missions.
    REQUIRE(review.window.reviewContribution(contributionPath("roscosmos-2014")));
    CHECK(review.window.review()->result().pendingCount() == 0);
    review.panel()->reviewerField()->setText(QStringLiteral("ISECG coordinator"));
    REQUIRE(review.panel()->apply());
    REQUIRE(review.mission("lunaresurs").start.toString() == "2020");

    // ESA's was drafted from GER 2013 too, which is no longer the open roadmap: the bundled
    // GER 2013 has its fingerprint and serves as the baseline.
    REQUIRE(review.window.reviewContribution(contributionPath("esa-2016")));
    REQUIRE(review.window.review()->baselineMatches());
    const QModelIndex start = review.model()->indexOf("mission/lunaresurs/start");
    CHECK(start.siblingAtColumn(ReviewModel::Flags).data().toString() ==
          QStringLiteral("Conflict (roadmap: 2020), Cross-agency"));
    CHECK(start.siblingAtColumn(ReviewModel::Flags)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("The roadmap has: 2020")));
    CHECK(review.decision("mission/lunaresurs/start") == QStringLiteral("Choose a side"));
    CHECK_FALSE(review.panel()->applyButton()->isEnabled());

    review.decideAll(review.panel()->acceptAllMenu(), QStringLiteral("Conflicts"));
    CHECK(review.decision("mission/lunaresurs/start") == QStringLiteral("Take ESA's"));
    CHECK(review.proposed("lunaresurs").start.toString() == "2019");
    review.decideAll(review.panel()->rejectAllMenu(), QStringLiteral("Conflicts"));
    CHECK(review.decision("mission/lunaresurs/start") == QStringLiteral("Keep the roadmap's"));
    CHECK(review.proposed("lunaresurs").start.toString() == "2020");

    review.panel()->reviewerField()->setText(QStringLiteral("ISECG coordinator"));
    REQUIRE(review.panel()->applyButton()->isEnabled());
    REQUIRE(review.panel()->apply());
    CHECK(review.mission("lunaresurs").start.toString() == "2020");
    CHECK(review.mission("exomars18").start.toString() == "2020");
    CHECK(review.document().roadmap().reviews.size() == review.original.reviews.size() + 2);
}

TEST_CASE("The review shows what the merged roadmap would break before anything is applied",
          "[review][app]") {
    ReviewWindow review;
    const int steps = review.document().undoStack()->count();
    REQUIRE(review.window.reviewContribution(contributionPath("nasa-2016")));
    QApplication::processEvents();
    REQUIRE(review.window.review()->findingsReady());

    // NASA's own changes need no decision; the draft makes the asteroid crew mission start
    // before the crewed lunar flight it needs.
    CHECK(review.panel()->applyButton()->isEnabled() ==
          !review.panel()->reviewerField()->text().trimmed().isEmpty());
    const auto& shown = review.panel()->findingsModel()->findings();
    const auto early = std::find_if(shown.begin(), shown.end(), [](const Finding& finding) {
        return finding.code == "starts-before-prerequisite" && finding.missions.front() == "edcm";
    });
    REQUIRE(early != shown.end());
    CHECK(early->severity == Severity::Error);
    CHECK(review.panel()->findingsLabel()->text().contains(QStringLiteral("1 error")));
    CHECK(review.panel()->findingsLabel()->text().contains(QStringLiteral("It resolves")));

    // Rejecting the dates that break it takes the finding away.
    review.decideAll(review.panel()->rejectAllMenu(), QStringLiteral("Changes of start"));
    review.decideAll(review.panel()->rejectAllMenu(), QStringLiteral("Changes of end"));
    QApplication::processEvents();
    CHECK(std::none_of(review.panel()->findingsModel()->findings().begin(),
                       review.panel()->findingsModel()->findings().end(),
                       [](const Finding& finding) { return finding.severity == Severity::Error; }));

    // Discarding leaves the roadmap as it was.
    QTest::mouseClick(review.panel()->discardButton(), Qt::LeftButton);
    CHECK(review.window.review() == nullptr);
    CHECK(review.document().roadmap() == review.original);
    CHECK(review.document().undoStack()->count() == steps);
}

TEST_CASE("Edits made during a review are merged with it", "[review][app]") {
    ReviewWindow review;
    REQUIRE(review.window.reviewContribution(contributionPath("jaxa-2015")));
    CHECK(review.model()->indexOf("mission/selene2").isValid());
    // The coordinator moves JAXA's mission meanwhile: JAXA removes it, so that is a conflict.
    REQUIRE(commands::moveMissions(review.document(), {QStringLiteral("selene2")}, 12));
    const QModelIndex removed = review.model()->indexOf("mission/selene2");
    REQUIRE(removed.isValid());
    CHECK(removed.siblingAtColumn(ReviewModel::Flags).data().toString() ==
          QStringLiteral("Conflict"));
    CHECK(removed.siblingAtColumn(ReviewModel::Flags)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("removes what the roadmap has changed")));
    CHECK(review.decision("mission/selene2") == QStringLiteral("Choose a side"));
}

TEST_CASE("A draft is saved as a contribution drafted from its baseline", "[review][app]") {
    ReviewWindow review;
    REQUIRE(commands::moveMissions(review.document(), {QStringLiteral("hayabusa2")}, 2));

    std::unique_ptr<ContributionDialog> dialog(review.window.createContributionDialog());
    REQUIRE(dialog);
    // The open file is the draft's baseline unless said otherwise.
    CHECK(dialog->baselineField()->text() == review.file);
    CHECK(dialog->baselineStatus()->text().contains(QStringLiteral("fingerprint sha256:")));
    dialog->agencyChooser()->setCurrentIndex(
        dialog->agencyChooser()->findData(QStringLiteral("JAXA")));
    CHECK(dialog->fileField()->text().endsWith(
        u"jaxa-" + QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")) +
        u".contribution.roadmap.json"));

    // A baseline that is no roadmap is said at once, and Save waits for a good one.
    QPushButton* save = dialog->buttons()->button(QDialogButtonBox::Save);
    dialog->baselineField()->setText(QStringLiteral("/no/such/baseline.json"));
    Q_EMIT dialog->baselineField()->editingFinished();
    CHECK(dialog->baselineStatus()->text().contains(QStringLiteral("no such file")));
    CHECK_FALSE(save->isEnabled());
    dialog->baselineField()->setText(review.file);
    Q_EMIT dialog->baselineField()->editingFinished();
    CHECK(save->isEnabled());

    QTest::keyClicks(dialog->summaryField(), QStringLiteral("Hayabusa2 launch as flown."));
    dialog->dateField()->setDate(QDate(2015, 1, 20));
    const QString target = QString::fromStdString((review.folder / "jaxa.json").string());
    dialog->fileField()->setText(target);
    REQUIRE(review.window.saveAsContribution(dialog->choices()));

    CHECK(review.document().filePath() == target);
    CHECK_FALSE(review.document().isModified());
    const Roadmap saved = test::loadRoadmap(target.toStdString());
    REQUIRE(saved.contribution);
    CHECK(saved.contribution->agency == "JAXA");
    CHECK(saved.contribution->summary == "Hayabusa2 launch as flown.");
    CHECK(saved.contribution->date->toString() == "2015-01-20");
    CHECK(saved.contribution->baseline.title == review.original.title);
    CHECK(isDraftedFrom(saved, review.original));
    CHECK(saved.missions.find("hayabusa2")->start !=
          review.original.missions.find("hayabusa2")->start);
    // Marking it is a step of its own, undone like any other.
    CHECK(review.document().undoStack()->text(review.document().undoStack()->count() - 1) ==
          QStringLiteral("Mark as JAXA's Contribution"));
}

TEST_CASE("The review has room: its own tab, why a change waits in view, long values "
          "wrapped, undecided unlike mixed",
          "[review][app]") {
    ReviewWindow review;
    review.window.resize(1366, 740);
    QApplication::processEvents();
    setMyAgency(QStringLiteral("Roscosmos"));
    REQUIRE(review.window.reviewContribution(contributionPath("esa-2016")));
    QApplication::processEvents();
    QSplitter* page = review.window.reviewPage();
    REQUIRE(page != nullptr);
    CHECK(review.window.views()->currentWidget() == page);
    CHECK(page->indexOf(review.window.proposedTimeline()) == 0);
    CHECK(page->indexOf(review.panel()) == 1);
    CHECK(review.window.proposedTimeline()->height() >= 120);

    // Decision, flags and owner are in view without scrolling: why a change waits.
    QTreeView* changes = review.changes();
    const int visibleWidth = changes->viewport()->width();
    for (const int column :
         {int(ReviewModel::Decision), int(ReviewModel::Flags), int(ReviewModel::Owner),
          int(ReviewModel::Before), int(ReviewModel::After)}) {
        INFO("column " << column);
        CHECK(changes->columnViewportPosition(column) + changes->columnWidth(column) <=
              visibleWidth);
    }
    // Long values wrap, and the tooltip has them whole.
    CHECK(changes->wordWrap());
    const QModelIndex notes =
        review.model()->indexOf("mission/lunaresurs/notes", ReviewModel::After);
    REQUIRE(notes.isValid());
    CHECK(notes.data(Qt::ToolTipRole).toString().size() >= notes.data().toString().size());

    // Undecided and mixed look different: a question mark and a tint for a waiting change;
    // a half tick, and no question mark, for a mission whose changes partly apply.
    const QModelIndex waiting = review.model()->indexOf("mission/lunaresurs/start");
    CHECK(waiting.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Unchecked);
    CHECK_FALSE(waiting.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(waiting.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    review.toggle("mission/exomars18/name");
    const QModelIndex mixed = review.model()->indexOf("mission/exomars18/name").parent();
    CHECK(mixed.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::PartiallyChecked);
    CHECK(mixed.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex rejected = review.model()->indexOf("mission/exomars18/name");
    CHECK(rejected.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(rejected.data(Qt::BackgroundRole).isNull());
    // The planner's own agency's missions, changed by another, are pointed out.
    CHECK(waiting.siblingAtColumn(ReviewModel::Flags).data().toString() ==
          QStringLiteral("Cross-agency, Your agency's"));
    setMyAgency({});
    // A picture of the review on a laptop's screen.
    if (test::picturesWanted()) {
        review.select("mission/lunaresurs/start");
        test::keepPicture(review.window, QStringLiteral("review-laptop.png"));
    }
}

TEST_CASE("A contribution that does not load is said, and nothing else happens", "[review][app]") {
    ReviewWindow review;
    const QString broken =
        QString::fromStdString(test::testDataPath("malformed/month-13.roadmap.json").string());
    CHECK_FALSE(review.window.reviewContribution(broken));
    CHECK(review.window.review() == nullptr);
    auto* message = review.window.findChild<QMessageBox*>(QStringLiteral("loadErrorMessage"));
    REQUIRE(message);
    CHECK(message->text().contains(QStringLiteral("month-13.roadmap.json")));
    CHECK(message->informativeText().startsWith(QStringLiteral("Line ")));
    message->close();
    CHECK(review.document().roadmap() == review.original);
}

TEST_CASE("A contribution reviewed against another baseline says so", "[review][app]") {
    ReviewWindow review;
    const QString ger2018 =
        QString::fromStdString(test::sourcePath("roadmaps/ger-2018.roadmap.json").string());
    REQUIRE(review.window.reviewContribution(contributionPath("jaxa-2015"), ger2018));
    CHECK_FALSE(review.window.review()->baselineMatches());
    CHECK(review.panel()
              ->findChild<QLabel*>(QStringLiteral("reviewHeader"))
              ->text()
              .contains(QStringLiteral("names another baseline")));
    review.window.endReview();
    CHECK(review.window.review() == nullptr);
    CHECK(review.window.views()->count() == 2);
}

TEST_CASE("Changes to goals, objectives and knowledge gaps are reviewed like any other",
          "[review][app][strategy]") {
    ReviewWindow review;
    Roadmap draft = review.original;
    Objective mars = *draft.objectives.find("humans-to-mars-surface");
    mars.name = "Humans on the surface of Mars";
    draft.objectives.replace(*draft.objectives.indexOf(mars.id), mars);
    KnowledgeGap dust = *draft.knowledgeGaps.find("mars-dust-toxicity");
    dust.measurement = "Assays of returned samples";
    draft.knowledgeGaps.replace(*draft.knowledgeGaps.indexOf(dust.id), dust);
    Mission orbiter = *draft.missions.find("exomars16");
    orbiter.closes[0].from = *Date::parse("2019-04");
    draft.missions.replace(*draft.missions.indexOf(orbiter.id), orbiter);
    draft.contribution = Contribution{
        "ESA",
        {review.original.title, review.original.edition, contentFingerprint(review.original), {}},
        "Objectives and gaps",
        {},
        {}};
    const QString file = QString::fromStdString((review.folder / "esa.roadmap.json").string());
    test::writeFile(file.toStdString(), toCanonicalJson(draft));
    REQUIRE(review.window.reviewContribution(file));

    // The common objectives are the coordination group's: ESA's change waits for a decision.
    const QModelIndex objective = review.model()->indexOf("objective/humans-to-mars-surface/name");
    REQUIRE(objective.isValid());
    CHECK(objective.parent().data().toString() ==
          QStringLiteral("Objective humans-to-mars-surface"));
    CHECK(objective.siblingAtColumn(ReviewModel::Owner).data().toString() ==
          QStringLiteral("ISECG"));
    CHECK(objective.siblingAtColumn(ReviewModel::Flags).data().toString() ==
          QStringLiteral("Cross-agency"));
    CHECK(review.decision("objective/humans-to-mars-surface/name") == QStringLiteral("Decide"));
    // Gaps are shared; ESA's own mission is its own.
    const QModelIndex gap = review.model()->indexOf("knowledge-gap/mars-dust-toxicity/measurement");
    REQUIRE(gap.isValid());
    CHECK(gap.parent().data().toString() == QStringLiteral("Knowledge gap mars-dust-toxicity"));
    CHECK(gap.data().toString() == QStringLiteral("Closed by measuring"));
    CHECK(review.checkState("knowledge-gap/mars-dust-toxicity/measurement") == Qt::Checked);
    const QModelIndex closes = review.model()->indexOf("mission/exomars16/closes");
    REQUIRE(closes.isValid());
    CHECK(closes.data().toString() == QStringLiteral("Closes gaps"));
    CHECK(closes.siblingAtColumn(ReviewModel::After).data().toString() ==
          QStringLiteral("mars-water-resources (from 2019-04)"));
    CHECK(review.proposed("exomars16").closes[0].from == *Date::parse("2019-04"));
}

TEST_CASE("A scenario a contribution adds is reviewed under its name, as its owner's",
          "[review][app][scenarios]") {
    ReviewWindow review;
    Roadmap draft = review.original;
    Scenario later;
    later.id = "esa-later";
    later.name = "ExoMars later";
    later.owner = "ESA";
    MissionOverride change;
    change.mission = "exomars16";
    change.fields = {"start"};
    change.values.id = change.mission;
    change.values.start = *Date::parse("2018");
    later.changes.push_back(change);
    draft.scenarios.append(later);
    draft.contribution = Contribution{
        "ESA",
        {review.original.title, review.original.edition, contentFingerprint(review.original), {}},
        "A later ExoMars",
        {},
        {}};
    const QString file = QString::fromStdString((review.folder / "esa.roadmap.json").string());
    test::writeFile(file.toStdString(), toCanonicalJson(draft));
    REQUIRE(review.window.reviewContribution(file));
    const QModelIndex added = review.model()->indexOf("scenario/esa-later");
    REQUIRE(added.isValid());
    CHECK(added.parent().data().toString() == QStringLiteral("Scenario esa-later"));
    CHECK(added.siblingAtColumn(ReviewModel::Owner).data().toString() == QStringLiteral("ESA"));
    // ESA's own scenario: it applies without a decision.
    CHECK(review.checkState("scenario/esa-later") == Qt::Checked);

    // A scenario's change of one mission, and a mission it adds, read as such.
    CHECK(fieldLabel(QStringLiteral("changes.exomars16")) == QStringLiteral("Changes exomars16"));
    CHECK(fieldLabel(QStringLiteral("adds.fetch")) == QStringLiteral("Adds fetch"));
    CHECK(fieldLabel(QStringLiteral("owner")) == QStringLiteral("Owner"));
}
