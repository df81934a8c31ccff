#pragma once

#include <orrery/signing.h>

#include <git/roadmaphistory.h>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace orrery::app {

class Document;

/// The open roadmap's history in the git repository that holds its file, read in the
/// background: the commits (at once), their signatures and whether each is signed by the
/// agency owning what it changes (after, when the repository lists its signers), what a
/// commit changed and a mission's own history (when asked). One worker thread reads the
/// repository, so that each version is read once and the window never waits.
class RepositoryHistory : public QObject {
    Q_OBJECT

public:
    explicit RepositoryHistory(QObject* parent = nullptr);
    ~RepositoryHistory() override;

    /// Follows the document's file: a new file, or the same saved, reads the history again.
    void setDocument(Document* document);
    /// Reads the commits again (after a commit made outside Orrery).
    void refresh();

    enum class State { NoFile, NotInRepository, Reading, Ready, Failed };
    State state() const { return m_state; }
    /// What the panel says of the state: why there is no history, or how much there is.
    QString description() const;

    const std::vector<git::Commit>& commits() const { return m_commits; }
    /// The repository lists its agencies' signing keys: signatures mean something.
    bool checksSignatures() const { return m_checksSignatures; }
    std::optional<CommitSignature> signature(const std::string& commit) const;
    /// The commit of that id among commits(), if it is one.
    const git::Commit* commit(const std::string& id) const;
    /// Why the commit needs a look (unsigned, another agency's mission...); empty when it is
    /// fine; nothing while not yet worked out.
    std::optional<std::vector<AuthorityProblem>> problems(const std::string& commit) const;

    /// Asks what a commit changed; changesRead() answers.
    void readChanges(const std::string& commit);
    /// Asks for a mission's history; missionHistoryRead() answers.
    void readMissionHistory(const std::string& mission);

Q_SIGNALS:
    void commitsChanged();
    /// Signatures or verdicts of some commits became known.
    void verdictsChanged();
    void changesRead(const std::string& commit, const std::vector<orrery::Change>& changes,
                     const std::shared_ptr<const orrery::Roadmap>& version, const QString& error);
    void missionHistoryRead(const std::string& mission,
                            const std::vector<orrery::git::MissionEvent>& events,
                            const QString& error);

private:
    template <class Result, class Job, class Done>
    void schedule(Job job, Done done);
    void readSignatures();
    void judgeFrom(std::size_t next);

    QPointer<Document> m_document;
    QString m_path;
    State m_state = State::NoFile;
    QString m_problem;
    std::shared_ptr<git::RoadmapHistory> m_history;
    /// Results of work started for an earlier file or reading are dropped.
    int m_generation = 0;
    std::vector<git::Commit> m_commits;
    bool m_checksSignatures = false;
    std::map<std::string, CommitSignature> m_signatures;
    std::map<std::string, std::vector<AuthorityProblem>> m_problems;
    QThreadPool m_pool;
};

} // namespace orrery::app
