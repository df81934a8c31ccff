// Reviewing and drafting contributions without a window: finding the baseline, asking for
// what only the planner knows, starting, applying and ending a review, marking a draft.

#include "support/qtstrings.h"
#include "support/testsupport.h"

#include <orrery/io/writer.h>

#include <app/analysiscontroller.h>
#include <app/dialogs/contributiondialog.h>
#include <app/document.h>
#include <app/documentcontroller.h>
#include <app/presentation.h>
#include <app/review/reviewsession.h>
#include <app/review/reviewworkflow.h>
#include <app/selection.h>
#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QUndoStack>

using namespace orrery;
using namespace orrery::app;
using Outcome = ReviewWorkflow::Start::Outcome;

namespace {

/// The open GER 2013 roadmap (a copy), with what a review needs around it.
struct Reviewing {
    test::TemporaryDirectory folder;
    QString file;
    DocumentController documents;
    MissionSelection selection;
    AnalysisController analysis;
    Presentation presentation{&selection, &analysis};
    ReviewWorkflow reviews{&documents, &presentation};

    Reviewing() {
        file = inFolder("ger.roadmap.json");
        test::writeFile(file.toStdString(),
                        test::readFile(test::sourcePath("roadmaps/ger-2013.roadmap.json")));
        REQUIRE(documents.open(file));
        analysis.setDocument(documents.document());
        presentation.setDocument(documents.document());
    }
    ~Reviewing() {
        reviews.end();
        presentation.setDocument(nullptr);
        analysis.setDocument(nullptr);
    }
    QString inFolder(const char* name) const {
        return QString::fromStdString((folder / name).string());
    }
    static QString bundled(const char* relative) {
        return QString::fromStdString(test::sourcePath(relative).string());
    }
};

} // namespace

TEST_CASE("Review workflow: a contribution finds its baseline and is reviewed",
          "[reviewworkflow]") {
    Reviewing r;
    QSignalSpy started(&r.reviews, &ReviewWorkflow::started);
    QSignalSpy ended(&r.reviews, &ReviewWorkflow::ended);
    const QString esa =
        Reviewing::bundled("roadmaps/contributions/esa-2016.contribution.roadmap.json");

    const auto found = r.reviews.findBaseline(test::loadRoadmap(esa.toStdString()), esa);
    REQUIRE(found);
    CHECK(found->second == r.file); // the open roadmap is the baseline it names

    const ReviewWorkflow::Start start = r.reviews.start({esa, {}, {}});
    REQUIRE(start.outcome == Outcome::Started);
    REQUIRE(r.reviews.session());
    CHECK(started.count() == 1);
    CHECK(r.reviews.session()->contributor() == QStringLiteral("ESA"));
    CHECK_FALSE(r.reviews.session()->items().empty());

    // Applying is one undoable step; ending lets the session go.
    r.reviews.session()->decideWhere([](const MergeItem&) { return true; }, Verdict::Accepted);
    REQUIRE(r.reviews.session()->apply(QStringLiteral("NASA")));
    CHECK(r.documents.document()->undoStack()->count() == 1);
    CHECK(r.documents.document()->roadmap().reviews.back().contribution.agency == "ESA");
    r.reviews.end();
    CHECK(r.reviews.session() == nullptr);
    CHECK(ended.count() == 1);

    // Opening another roadmap ends a review under way.
    REQUIRE(r.reviews.start({esa, {}, {}}).outcome == Outcome::Started);
    REQUIRE(r.documents.open(Reviewing::bundled("roadmaps/ger-2018.roadmap.json")));
    CHECK(r.reviews.session() == nullptr);
    CHECK(ended.count() == 2);
}

TEST_CASE("Review workflow: what only the planner knows comes back as a question",
          "[reviewworkflow]") {
    Reviewing r;

    SECTION("a baseline nowhere to be found is asked for, and then used") {
        Roadmap orphan = test::loadRoadmap(
            test::sourcePath("roadmaps/contributions/esa-2016.contribution.roadmap.json"));
        orphan.contribution->baseline.fingerprint = "sha256:" + std::string(64, '0');
        orphan.contribution->baseline.title = "A roadmap nobody has";
        const QString path = r.inFolder("orphan.contribution.roadmap.json");
        test::writeFile(path.toStdString(), toCanonicalJson(orphan));
        const ReviewWorkflow::Start asked = r.reviews.start({path, {}, {}});
        CHECK(asked.outcome == Outcome::NeedsBaseline);
        CHECK(asked.baseline.title == "A roadmap nobody has");
        CHECK(r.reviews.session() == nullptr);
        CHECK(r.reviews.start({path, r.file, {}}).outcome == Outcome::Started);
    }

    SECTION("a plain roadmap needs the agency that sent it") {
        const QString plain = Reviewing::bundled("roadmaps/ger-2018.roadmap.json");
        CHECK(r.reviews.start({plain, {}, {}}).outcome == Outcome::NeedsContributor);
        CHECK(r.reviews.session() == nullptr);
        REQUIRE(r.reviews.start({plain, {}, QStringLiteral("JAXA")}).outcome == Outcome::Started);
        CHECK(r.reviews.session()->contributor() == QStringLiteral("JAXA"));
    }

    SECTION("a file that does not load says where") {
        const QString broken = r.inFolder("broken.contribution.roadmap.json");
        test::writeFile(broken.toStdString(), "{ not json");
        const ReviewWorkflow::Start start = r.reviews.start({broken, {}, {}});
        CHECK(start.outcome == Outcome::Unreadable);
        CHECK(start.file == broken);
        CHECK_FALSE(start.errors.empty());
    }

    SECTION("with nothing open there is nothing to review against") {
        r.documents.close();
        CHECK(r.reviews.start({r.file, {}, {}}).outcome == Outcome::NothingOpen);
    }
}

TEST_CASE("Review workflow: a draft is marked as a contribution in one step, and saved",
          "[reviewworkflow]") {
    Reviewing r;
    CHECK(r.reviews.suggestedBaseline() == r.file);
    ContributionChoices choices;
    choices.agency = QStringLiteral("CSA");
    choices.baselinePath = Reviewing::bundled("roadmaps/ger-2013.roadmap.json");
    choices.summary = QStringLiteral("Canadarm3 for the Gateway");
    choices.date = QDate(2026, 11, 30);
    choices.filePath = r.inFolder("csa.contribution.roadmap.json");
    REQUIRE(r.reviews.markAsContribution(choices));
    Document& document = *r.documents.document();
    CHECK(document.undoStack()->count() == 1);
    REQUIRE(document.roadmap().contribution);
    CHECK(document.roadmap().contribution->agency == "CSA");
    CHECK(document.roadmap().contribution->baseline.fingerprint ==
          contentFingerprint(test::loadRoadmap(choices.baselinePath.toStdString())));
    REQUIRE(r.documents.saveAs(choices.filePath));
    const Roadmap saved = test::loadRoadmap(choices.filePath.toStdString());
    REQUIRE(saved.contribution);
    CHECK(saved.contribution->summary == "Canadarm3 for the Gateway");
    // A contribution's own file is no baseline: the last chosen one is proposed.
    CHECK(r.reviews.suggestedBaseline() == choices.baselinePath);

    choices.baselinePath = r.inFolder("missing.roadmap.json");
    const auto refused = r.reviews.markAsContribution(choices);
    REQUIRE_FALSE(refused);
    CHECK_FALSE(refused.error().empty());
}
