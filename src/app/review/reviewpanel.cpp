#include "reviewpanel.h"

#include "../document.h"
#include "../labels.h"
#include "../models/findingtablemodel.h"
#include "../presentation.h"
#include "../selection.h"
#include "reviewmodel.h"
#include "reviewsession.h"

#include <orrery/io/writer.h>

#include <render/utf8.h>

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace orrery::app {

using namespace Qt::StringLiterals;
using render::toQString;

namespace {

const auto kReviewerKey = u"review/reviewer"_s;

QString defaultReviewer() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

QString countsText(const FindingCounts& counts) {
    QStringList parts;
    if (counts.errors > 0) {
        parts << counted(counts.errors, ReviewPanel::tr("%1 error"), ReviewPanel::tr("%1 errors"));
    }
    if (counts.warnings > 0) {
        parts << counted(counts.warnings, ReviewPanel::tr("%1 warning"),
                         ReviewPanel::tr("%1 warnings"));
    }
    if (counts.infos > 0) {
        parts << counted(counts.infos, ReviewPanel::tr("%1 note"), ReviewPanel::tr("%1 notes"));
    }
    return parts.join(u", "_s);
}

/// Wraps the before and after values in their column, up to a few lines: a mission's notes
/// read there; the tooltip has them whole.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        const QSize single = QStyledItemDelegate::sizeHint(option, index);
        const int column = index.column();
        if (column != ReviewModel::Before && column != ReviewModel::After) {
            return single;
        }
        const int width = std::max(40, m_view->columnWidth(column) - 8);
        const QRect needed = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 0), Qt::AlignLeft | Qt::TextWordWrap, index.data().toString());
        const int lines = std::clamp(needed.height() / std::max(1, option.fontMetrics.height()), 1,
                                     kMaximumLines);
        return {single.width(), std::max(single.height(), lines * option.fontMetrics.height() + 4)};
    }

private:
    static constexpr int kMaximumLines = 4;
    QTreeView* m_view;
};

} // namespace

ReviewPanel::ReviewPanel(ReviewSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new ReviewModel(session, this)),
      m_findings(new FindingTableModel(this)) {
    setObjectName(u"reviewPanel"_s);
    auto* content = this;
    auto* outer = new QVBoxLayout(content);
    outer->setContentsMargins(4, 4, 4, 4);

    m_header = new QLabel(content);
    m_header->setObjectName(u"reviewHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    outer->addWidget(m_header);

    // The changes take the panel's width; what the merge would break goes under them, when
    // it breaks anything.
    auto* splitter = new QSplitter(Qt::Vertical, content);
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter, 1);

    m_view = new QTreeView(splitter);
    m_view->setObjectName(u"reviewChanges"_s);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    // Long values (a mission's notes, a new mission's summary) wrap; the tooltip has it all.
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    m_view->header()->setStretchLastSection(true);
    // Wider or narrower columns wrap differently: the rows are measured again.
    connect(m_view->header(), &QHeaderView::sectionResized, m_view,
            [this] { m_view->doItemsLayout(); });

    auto* outcome = new QWidget(splitter);
    auto* outcomeLayout = new QVBoxLayout(outcome);
    outcomeLayout->setContentsMargins(0, 0, 0, 0);
    m_findingsSummary = new QLabel(outcome);
    m_findingsSummary->setObjectName(u"reviewFindingsSummary"_s);
    m_findingsSummary->setWordWrap(true);
    outcomeLayout->addWidget(m_findingsSummary);
    m_findingsView = new QTableView(outcome);
    m_findingsView->setObjectName(u"reviewFindings"_s);
    m_findingsView->setModel(m_findings);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->setWordWrap(false);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_findingsView->setColumnHidden(FindingTableModel::Missions, true);
    outcomeLayout->addWidget(m_findingsView, 1);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    // How to decide the selected changes.
    auto* buttons = new QHBoxLayout;
    auto* accept = new QPushButton(tr("&Accept"), content);
    accept->setObjectName(u"reviewAccept"_s);
    accept->setToolTip(tr("Accept the selected changes (for a conflict: take the contribution's "
                          "side)"));
    auto* reject = new QPushButton(tr("&Reject"), content);
    reject->setObjectName(u"reviewReject"_s);
    reject->setToolTip(tr("Reject the selected changes (for a conflict: keep the roadmap's "
                          "side)"));
    auto* acceptAll = new QToolButton(content);
    acceptAll->setObjectName(u"reviewAcceptAll"_s);
    acceptAll->setText(tr("Accept All"));
    acceptAll->setPopupMode(QToolButton::InstantPopup);
    m_acceptAll = new QMenu(acceptAll);
    acceptAll->setMenu(m_acceptAll);
    auto* rejectAll = new QToolButton(content);
    rejectAll->setObjectName(u"reviewRejectAll"_s);
    rejectAll->setText(tr("Reject All"));
    rejectAll->setPopupMode(QToolButton::InstantPopup);
    m_rejectAll = new QMenu(rejectAll);
    rejectAll->setMenu(m_rejectAll);
    m_comment = new QLineEdit(content);
    m_comment->setObjectName(u"reviewComment"_s);
    m_comment->setPlaceholderText(tr("Comment on the selected change"));
    m_comment->setClearButtonEnabled(true);
    buttons->addWidget(accept);
    buttons->addWidget(reject);
    buttons->addWidget(acceptAll);
    buttons->addWidget(rejectAll);
    buttons->addWidget(m_comment, 1);
    outer->addLayout(buttons);

    // Where the review stands, who records it, and Apply.
    auto* finish = new QHBoxLayout;
    m_status = new QLabel(content);
    m_status->setObjectName(u"reviewStatus"_s);
    m_status->setWordWrap(true);
    finish->addWidget(m_status, 1);
    m_reviewer = new QLineEdit(content);
    m_reviewer->setObjectName(u"reviewer"_s);
    m_reviewer->setText(QSettings().value(kReviewerKey, defaultReviewer()).toString());
    m_reviewer->setPlaceholderText(tr("Who reviews, as the record keeps it"));
    m_reviewer->setMinimumWidth(160);
    m_reviewerLabel = new QLabel(tr("Re&viewer:"), content);
    m_reviewerLabel->setBuddy(m_reviewer);
    finish->addWidget(m_reviewerLabel);
    finish->addWidget(m_reviewer);
    m_discard = new QPushButton(tr("&Discard Review"), content);
    m_discard->setObjectName(u"reviewDiscard"_s);
    m_apply = new QPushButton(tr("A&pply Review"), content);
    m_apply->setObjectName(u"reviewApply"_s);
    m_apply->setDefault(true);
    finish->addWidget(m_discard);
    finish->addWidget(m_apply);
    outer->addLayout(finish);

    connect(accept, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(reject, &QPushButton::clicked, this, [this] { decideSelected(false); });
    connect(m_acceptAll, &QMenu::aboutToShow, this, [this] { fillKindMenu(m_acceptAll, true); });
    connect(m_rejectAll, &QMenu::aboutToShow, this, [this] { fillKindMenu(m_rejectAll, false); });
    connect(m_comment, &QLineEdit::editingFinished, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (m_model->itemAt(current)) {
            m_model->setData(current.siblingAtColumn(ReviewModel::Comment), m_comment->text());
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewPanel::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        refresh();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewPanel::refresh);
    connect(m_session, &ReviewSession::findingsChanged, this, &ReviewPanel::refreshFindings);
    connect(m_findingsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QStringList missions =
            index.siblingAtColumn(0).data(FindingTableModel::MissionIdsRole).toStringList();
        if (!missions.isEmpty()) {
            m_session->previewPresentation()->selection()->reveal(missions.first());
        }
    });
    connect(m_reviewer, &QLineEdit::textChanged, this, &ReviewPanel::refresh);
    connect(m_apply, &QPushButton::clicked, this, &ReviewPanel::apply);
    connect(m_discard, &QPushButton::clicked, this, &ReviewPanel::finished);

    m_view->expandAll();
    for (const int column : {ReviewModel::ChangeColumn, ReviewModel::Owner, ReviewModel::Flags,
                             ReviewModel::Decision}) {
        m_view->resizeColumnToContents(column);
    }
    m_view->setColumnWidth(ReviewModel::ChangeColumn,
                           std::min(m_view->columnWidth(ReviewModel::ChangeColumn), 360));
    // Before, after and the comment share what the window has left, so that nothing of a
    // change is off to the right.
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    for (const int column : {ReviewModel::Before, ReviewModel::After, ReviewModel::Comment}) {
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    refresh();
    refreshFindings();
}

void ReviewPanel::refresh() {
    const Roadmap& contribution = m_session->contribution();
    const bool conflicts = m_session->resolvesRecordedConflicts();
    QString header =
        conflicts
            ? tr("<b>Merge conflicts</b> recorded in %1: both sides of the merge changed these "
                 "differently. Accept takes theirs, the branch merged in; Reject keeps ours, "
                 "the version the file holds.")
                  .arg(QFileInfo(m_session->contributionPath()).fileName().toHtmlEscaped())
            : tr("<b>%1</b>'s contribution").arg(m_session->contributor().toHtmlEscaped());
    if (contribution.contribution) {
        const Contribution& about = *contribution.contribution;
        if (about.date) {
            header += tr(" of %1").arg(toQString(about.date->toString()));
        }
        header += tr(", drafted from %1").arg(toQString(about.baseline.title).toHtmlEscaped());
        if (!about.baseline.edition.empty()) {
            header += u", "_s + toQString(about.baseline.edition).toHtmlEscaped();
        }
        if (!about.summary.empty()) {
            header += u"<br>"_s + toQString(about.summary).toHtmlEscaped();
        }
    }
    if (!m_session->baselineMatches()) {
        header += u"<br><span style=\"color:#c62828\">"_s +
                  tr("It names another baseline than the one it is reviewed against: changes "
                     "may be shown that the agency did not make.") +
                  u"</span>"_s;
    }
    m_header->setText(header);
    m_header->setToolTip(tr("In the proposed timeline above, a ring marks what the contribution "
                            "changes (dotted: a new mission) and a dashed outline where a moved "
                            "mission was."));

    int applied = 0;
    int rejected = 0;
    int undecided = 0;
    int already = 0;
    for (const MergeItem& item : m_session->items()) {
        switch (item.outcome()) {
        case MergeOutcome::Applied:
            ++applied;
            break;
        case MergeOutcome::Rejected:
            ++rejected;
            break;
        case MergeOutcome::Undecided:
            ++undecided;
            break;
        case MergeOutcome::AlreadyMade:
            ++already;
            break;
        }
    }
    QStringList parts{
        counted(static_cast<int>(m_session->items().size()), tr("%1 change"), tr("%1 changes")),
        tr("%1 to apply").arg(applied), tr("%1 rejected").arg(rejected)};
    if (already > 0) {
        parts << tr("%1 already in the roadmap").arg(already);
    }
    QString status = parts.join(u", "_s);
    if (undecided > 0) {
        status += u"<br><b>"_s + tr("%1 waiting for a decision").arg(undecided) + u"</b>"_s;
    }
    m_status->setText(status);
    // Decided conflicts go into the version history when the file is committed: nobody
    // is recorded in the roadmap.
    m_reviewer->setVisible(!conflicts);
    m_reviewerLabel->setVisible(!conflicts);
    m_apply->setText(conflicts ? tr("A&pply Decisions") : tr("A&pply Review"));
    const bool named = conflicts || !m_reviewer->text().trimmed().isEmpty();
    m_apply->setEnabled(undecided == 0 && named);
    m_apply->setToolTip(undecided > 0 ? tr("Decide every conflict and cross-agency change first")
                        : !named      ? tr("Name the reviewer first")
                        : conflicts   ? tr("Apply the decisions and clear the conflicts "
                                             "from the file (undoable); then save and commit")
                                      : tr("Apply the accepted changes and record the review "
                                             "(undoable)"));
}

void ReviewPanel::refreshFindings() {
    if (!m_session->findingsReady()) {
        m_findingsSummary->setText(tr("Checking the merged roadmap..."));
        m_findingsView->hide();
        m_findingsView->parentWidget()->setMaximumHeight(m_findingsSummary->sizeHint().height());
        m_findings->setFindings({});
        return;
    }
    std::vector<Finding> added = m_session->newFindings();
    const std::vector<Finding> resolved = m_session->resolvedFindings();
    QString summary =
        added.empty()
            ? tr("The merged roadmap has no new findings.")
            : tr("The merged roadmap would have %1 more:").arg(countsText(countFindings(added)));
    if (!resolved.empty()) {
        summary += u' ' + tr("It resolves %1.").arg(countsText(countFindings(resolved)));
    }
    m_findingsSummary->setText(summary);
    m_findingsView->setVisible(!added.empty());
    // Without new findings a line says so, and the changes keep the room.
    m_findingsView->parentWidget()->setMaximumHeight(
        added.empty() ? m_findingsSummary->sizeHint().height() : QWIDGETSIZE_MAX);
    m_findings->setFindings(std::move(added));
    m_findingsView->resizeColumnToContents(FindingTableModel::SeverityColumn);
    m_findingsView->resizeColumnToContents(FindingTableModel::Code);
}

void ReviewPanel::decideSelected(bool accept) {
    std::vector<std::string> subjects;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows()) {
        for (std::string& subject : m_model->subjectsAt(row)) {
            subjects.push_back(std::move(subject));
        }
    }
    m_session->decide(subjects, accept ? Verdict::Accepted : Verdict::Rejected);
}

void ReviewPanel::fillKindMenu(QMenu* menu, bool accept) {
    menu->clear();
    using Which = std::function<bool(const MergeItem&)>;
    std::vector<std::pair<QString, Which>> kinds;
    kinds.emplace_back(tr("Every Change"), [](const MergeItem&) { return true; });
    const auto of = [](ChangeKind kind) {
        return [kind](const MergeItem& item) { return item.change.kind == kind; };
    };
    kinds.emplace_back(tr("Additions"), of(ChangeKind::Added));
    kinds.emplace_back(tr("Removals"), of(ChangeKind::Removed));
    kinds.emplace_back(tr("Renames"), of(ChangeKind::Renamed));
    std::map<std::string, int> fields;
    for (const MergeItem& item : m_session->items()) {
        if (item.change.kind == ChangeKind::Changed &&
            item.change.entity != EntityKind::Dependency) {
            fields.emplace(item.change.field->field, 0);
        }
    }
    for (const auto& [field, unused] : fields) {
        kinds.emplace_back(tr("Changes of %1").arg(fieldLabel(toQString(field)).toLower()),
                           [field](const MergeItem& item) {
                               return item.change.kind == ChangeKind::Changed &&
                                      item.change.entity != EntityKind::Dependency &&
                                      item.change.field->field == field;
                           });
    }
    kinds.emplace_back(tr("Dependency Changes"), [](const MergeItem& item) {
        return item.change.entity == EntityKind::Dependency;
    });
    kinds.emplace_back(tr("Cross-Agency Changes"),
                       [](const MergeItem& item) { return item.crossAgency; });
    kinds.emplace_back(tr("Conflicts"), [](const MergeItem& item) { return item.conflict; });

    for (auto& [label, which] : kinds) {
        const auto count =
            std::count_if(m_session->items().begin(), m_session->items().end(),
                          [&](const MergeItem& item) { return !item.alreadyMade && which(item); });
        if (count == 0) {
            continue;
        }
        menu->addAction(u"%1 (%2)"_s.arg(label).arg(count), this, [this, which, accept] {
            m_session->decideWhere(which, accept ? Verdict::Accepted : Verdict::Rejected);
        });
    }
}

void ReviewPanel::currentChanged() {
    const QModelIndex current = m_view->currentIndex();
    const MergeItem* item = m_model->itemAt(current);
    m_comment->setEnabled(item != nullptr);
    m_comment->setText(item ? m_session->comment(item->change.subject()) : QString());
    const QString mission = current.data(ReviewModel::MissionIdRole).toString();
    if (!mission.isEmpty() &&
        m_session->preview()->roadmap().missions.contains(render::toStdString(mission))) {
        m_session->previewPresentation()->selection()->reveal(mission);
    }
}

bool ReviewPanel::apply() {
    const QString reviewer = m_reviewer->text().trimmed();
    const bool conflicts = m_session->resolvesRecordedConflicts();
    if ((reviewer.isEmpty() && !conflicts) || !m_session->apply(reviewer)) {
        return false;
    }
    QSettings().setValue(kReviewerKey, reviewer);
    Q_EMIT finished();
    return true;
}

} // namespace orrery::app
