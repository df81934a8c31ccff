#include "repositoryhistory.h"

#include "../document.h"
#include "../labels.h"

#include <render/utf8.h>

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>

namespace orrery::app {

namespace {

/// Commits judged per piece of background work: the panel fills in as they come.
constexpr std::size_t kJudgedAtOnce = 25;

} // namespace

RepositoryHistory::RepositoryHistory(QObject* parent) : QObject(parent) {
    m_pool.setMaxThreadCount(1);
}

RepositoryHistory::~RepositoryHistory() {
    ++m_generation;
    m_pool.clear();
    m_pool.waitForDone();
}

template <class Result, class Job, class Done>
void RepositoryHistory::schedule(Job job, Done done) {
    auto* watcher = new QFutureWatcher<Result>(this);
    const int generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done] {
        watcher->deleteLater();
        if (generation == m_generation) {
            done(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, std::move(job)));
}

void RepositoryHistory::setDocument(Document* document) {
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        connect(document, &Document::filePathChanged, this, &RepositoryHistory::refresh);
        // Saving may be followed by a commit; reading again is cheap when nothing changed.
        connect(document, &Document::modifiedChanged, this, [this](bool modified) {
            if (!modified) {
                refresh();
            }
        });
    }
    refresh();
}

void RepositoryHistory::refresh() {
    ++m_generation;
    m_commits.clear();
    m_signatures.clear();
    m_problems.clear();
    m_history.reset();
    m_checksSignatures = false;
    m_path = m_document ? m_document->filePath() : QString();
    if (m_path.isEmpty()) {
        m_state = State::NoFile;
        Q_EMIT commitsChanged();
        return;
    }
    m_state = State::Reading;
    Q_EMIT commitsChanged();
    const std::filesystem::path file = render::toStdString(m_path);
    using Found = Expected<std::shared_ptr<git::RoadmapHistory>, std::string>;
    schedule<Found>(
        [file]() -> Found {
            auto repository = git::Repository::containing(file);
            if (!repository) {
                return make_unexpected(std::string());
            }
            const std::string relative = repository->relativePath(file);
            return std::make_shared<git::RoadmapHistory>(std::move(*repository), relative);
        },
        [this](const Found& found) {
            if (!found) {
                m_state = State::NotInRepository;
                Q_EMIT commitsChanged();
                return;
            }
            m_history = *found;
            m_checksSignatures = std::filesystem::exists(m_history->repository().root() /
                                                         std::string(git::kSignersFile));
            using Commits = Expected<std::vector<git::Commit>, std::string>;
            schedule<Commits>([history = m_history] { return history->commits(); },
                              [this](const Commits& commits) {
                                  if (!commits) {
                                      m_state = State::Failed;
                                      m_problem = render::toQString(commits.error());
                                  } else {
                                      m_state = State::Ready;
                                      m_commits = *commits;
                                  }
                                  Q_EMIT commitsChanged();
                                  if (commits && m_checksSignatures) {
                                      readSignatures();
                                  }
                              });
        });
}

void RepositoryHistory::readSignatures() {
    using Signatures = Expected<std::map<std::string, CommitSignature>, std::string>;
    schedule<Signatures>([history = m_history] { return history->signatures(); },
                         [this](const Signatures& signatures) {
                             if (signatures) {
                                 m_signatures = *signatures;
                                 Q_EMIT verdictsChanged();
                                 judgeFrom(0);
                             }
                         });
}

void RepositoryHistory::judgeFrom(std::size_t next) {
    if (next >= m_commits.size()) {
        return;
    }
    const std::size_t end = std::min(m_commits.size(), next + kJudgedAtOnce);
    std::vector<std::pair<git::Commit, CommitSignature>> batch;
    for (std::size_t i = next; i < end; ++i) {
        const auto signature = m_signatures.find(m_commits[i].id);
        batch.emplace_back(m_commits[i],
                           signature == m_signatures.end() ? CommitSignature{} : signature->second);
    }
    using Verdicts = std::vector<std::pair<std::string, std::vector<AuthorityProblem>>>;
    schedule<Verdicts>(
        [history = m_history, batch = std::move(batch)] {
            Verdicts verdicts;
            for (const auto& [commit, signature] : batch) {
                auto changes = history->changesOf(commit);
                verdicts.emplace_back(
                    commit.id, changes
                                   ? authorityProblems(signature, *changes)
                                   : std::vector<AuthorityProblem>{
                                         {{}, "not a roadmap at this commit: " + changes.error()}});
            }
            return verdicts;
        },
        [this, end](const Verdicts& verdicts) {
            for (const auto& [id, problems] : verdicts) {
                m_problems[id] = problems;
            }
            Q_EMIT verdictsChanged();
            judgeFrom(end);
        });
}

QString RepositoryHistory::description() const {
    switch (m_state) {
    case State::NoFile:
        return tr("The roadmap has not been saved to a file yet.");
    case State::NotInRepository:
        return tr("%1 is not in a git repository: keep it in one to see who changed what, and "
                  "when.")
            .arg(QFileInfo(m_path).fileName());
    case State::Reading:
        return tr("Reading the history of %1...").arg(QFileInfo(m_path).fileName());
    case State::Failed:
        return tr("The history cannot be read: %1").arg(m_problem);
    case State::Ready:
        break;
    }
    if (m_commits.empty()) {
        return tr("%1 has not been committed yet.").arg(QFileInfo(m_path).fileName());
    }
    return counted(static_cast<int>(m_commits.size()), tr("%1 commit changed %2"),
                   tr("%1 commits changed %2"))
        .arg(QFileInfo(m_path).fileName());
}

std::optional<CommitSignature> RepositoryHistory::signature(const std::string& commit) const {
    const auto found = m_signatures.find(commit);
    if (found == m_signatures.end()) {
        return std::nullopt;
    }
    return found->second;
}

std::optional<std::vector<AuthorityProblem>>
RepositoryHistory::problems(const std::string& commit) const {
    const auto found = m_problems.find(commit);
    if (found == m_problems.end()) {
        return std::nullopt;
    }
    return found->second;
}

const git::Commit* RepositoryHistory::commit(const std::string& id) const {
    const auto found = std::find_if(m_commits.begin(), m_commits.end(),
                                    [&id](const git::Commit& c) { return c.id == id; });
    return found == m_commits.end() ? nullptr : &*found;
}

void RepositoryHistory::readChanges(const std::string& id) {
    const git::Commit* found = commit(id);
    if (!found || !m_history) {
        return;
    }
    struct Read {
        std::vector<Change> changes;
        std::shared_ptr<const Roadmap> version;
        std::string error;
    };
    schedule<Read>(
        [history = m_history, commit = *found] {
            Read read;
            auto version = history->version(commit.blob);
            auto changes = history->changesOf(commit);
            if (!version || !changes) {
                read.error = !version ? version.error() : changes.error();
                return read;
            }
            read.changes = std::move(*changes);
            read.version = std::make_shared<const Roadmap>(std::move(*version));
            return read;
        },
        [this, id](const Read& read) {
            Q_EMIT changesRead(id, read.changes, read.version, render::toQString(read.error));
        });
}

void RepositoryHistory::readMissionHistory(const std::string& mission) {
    if (!m_history) {
        return;
    }
    using Events = Expected<std::vector<git::MissionEvent>, std::string>;
    schedule<Events>([history = m_history, mission] { return history->missionHistory(mission); },
                     [this, mission](const Events& events) {
                         Q_EMIT missionHistoryRead(
                             mission, events ? *events : std::vector<git::MissionEvent>{},
                             events ? QString() : render::toQString(events.error()));
                     });
}

} // namespace orrery::app
