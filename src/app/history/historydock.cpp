#include "historydock.h"

#include "../presentation.h"
#include "historymodel.h"
#include "historytext.h"
#include "repositoryhistory.h"

#include <render/utf8.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>

namespace orrery::app {

using namespace Qt::StringLiterals;
using render::toQString;

HistoryDock::HistoryDock(RepositoryHistory* history, Presentation* presentation, QWidget* parent)
    : QDockWidget(tr("History"), parent), m_history(history), m_presentation(presentation),
      m_model(new HistoryModel(history, this)) {
    setObjectName(u"repositoryHistoryDock"_s);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    m_status = new QLabel(content);
    m_status->setObjectName(u"historyStatus"_s);
    m_status->setWordWrap(true);
    top->addWidget(m_status, 1);
    auto* refresh = new QPushButton(tr("&Refresh"), content);
    refresh->setObjectName(u"historyRefresh"_s);
    refresh->setToolTip(tr("Read the repository again, after a commit or a merge"));
    top->addWidget(refresh);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Horizontal, content);
    m_view = new QTreeView(splitter);
    m_view->setObjectName(u"historyCommits"_s);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setModel(m_model);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(HistoryModel::Message, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(HistoryModel::Date, QHeaderView::ResizeToContents);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(u"historyDetails"_s);
    m_details->setPlaceholderText(
        tr("Select a commit to see what it changed; the timeline shows the roadmap as it left "
           "it, as ghosts."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(refresh, &QPushButton::clicked, history, &RepositoryHistory::refresh);
    connect(history, &RepositoryHistory::commitsChanged, this, [this] {
        m_status->setText(m_history->description());
        if (m_history->state() == RepositoryHistory::State::Reading) {
            return; // read again (after a save): what is shown stays until it is known
        }
        // The commit chosen before stays chosen, and compared with, if it is still there.
        const QString shown = render::toQString(m_shown);
        for (int row = 0; !shown.isEmpty() && row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(HistoryModel::CommitIdRole).toString() == shown) {
                m_view->setCurrentIndex(index);
                return;
            }
        }
        m_details->clear();
        m_shown.clear();
        clearGhosts();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryDock::commitSelected);
    connect(history, &RepositoryHistory::changesRead, this, &HistoryDock::showChanges);
    connect(history, &RepositoryHistory::verdictsChanged, this, [this] {
        if (!m_shown.empty()) {
            m_history->readChanges(m_shown);
        }
    });
    m_status->setText(history->description());
}

void HistoryDock::commitSelected() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        m_shown.clear();
        clearGhosts();
        return;
    }
    m_shown = render::toStdString(current.data(HistoryModel::CommitIdRole).toString());
    m_history->readChanges(m_shown);
}

void HistoryDock::clearGhosts() {
    if (m_ghostsSet) {
        m_ghostsSet = false;
        m_presentation->setHistoricVersion(nullptr, {});
    }
}

void HistoryDock::showChanges(const std::string& id, const std::vector<Change>& changes,
                              const std::shared_ptr<const Roadmap>& version, const QString& error) {
    if (id != m_shown) {
        return;
    }
    const git::Commit* found = m_history->commit(id);
    if (!found) {
        return;
    }
    const git::Commit& commit = *found;
    QString html = u"<p><b>"_s + toQString(commit.subject).toHtmlEscaped() + u"</b><br>"_s +
                   tr("%1 by %2, commit %3")
                       .arg(history_text::dateOf(commit), toQString(commit.author).toHtmlEscaped(),
                            toQString(commit.id.substr(0, 10)));
    if (commit.isMerge()) {
        html += u" "_s + tr("(a merge: what it changed beyond both sides)");
    }
    if (!commit.body.empty()) {
        html += u"<br>"_s + toQString(commit.body).toHtmlEscaped().replace(u"\n"_s, u"<br>"_s);
    }
    html += u"</p>"_s;
    if (m_history->checksSignatures()) {
        const auto signature = m_history->signature(id);
        const auto problems = m_history->problems(id);
        html += u"<p>"_s +
                tr("Signature: %1")
                    .arg(signature ? history_text::signatureText(*signature) : tr("checking..."));
        if (problems && problems->empty()) {
            html += u" — "_s + tr("signed by the agency owning what it changes");
        }
        if (problems) {
            for (const AuthorityProblem& problem : *problems) {
                html += u"<br><span style=\"color:#c62828\">⚠ "_s +
                        toQString(problem.message).toHtmlEscaped() + u"</span>"_s;
            }
        }
        html += u"</p>"_s;
    }
    if (!error.isEmpty()) {
        html += u"<p>"_s + error.toHtmlEscaped() + u"</p>"_s;
        m_details->setHtml(html);
        clearGhosts();
        return;
    }
    if (changes.empty()) {
        html += u"<p>"_s + tr("No change to the roadmap itself.") + u"</p>"_s;
    }
    // By mission, in the order the changes come; the rest of the roadmap after.
    std::vector<std::string> order;
    std::map<std::string, QStringList> byMission;
    for (const Change& change : changes) {
        const std::string key = change.mission().empty()
                                    ? std::string(toString(change.entity)) + " " + change.id
                                    : change.mission();
        if (!byMission.contains(key)) {
            order.push_back(key);
        }
        byMission[key] << history_text::describe(change).toHtmlEscaped();
    }
    html += u"<ul>"_s;
    for (const std::string& key : order) {
        const Mission* mission = version ? version->missions.find(key) : nullptr;
        const QString name = mission ? toQString(mission->name).toHtmlEscaped() + u" ("_s +
                                           toQString(key).toHtmlEscaped() + u")"_s
                                     : toQString(key).toHtmlEscaped();
        html += u"<li><b>"_s + name + u"</b>: "_s + byMission[key].join(u"; "_s) + u"</li>"_s;
    }
    html += u"</ul>"_s;
    m_details->setHtml(html);
    if (version) {
        // Compared with as an edition is: the scenario bar names it and keeps the ghosts
        // up to date as the roadmap is edited.
        m_presentation->setHistoricVersion(version,
                                           tr("Commit %1").arg(toQString(commit.id.substr(0, 7))));
        m_ghostsSet = true;
    }
}

} // namespace orrery::app
