#pragma once

#include <orrery/diff.h>
#include <orrery/roadmap.h>

#include <QDockWidget>

#include <memory>
#include <string>
#include <vector>

class QLabel;
class QTextBrowser;
class QTreeView;

namespace orrery::app {

class HistoryModel;
class Presentation;
class RepositoryHistory;

/// The commits that changed the open roadmap in its git repository. Selecting one shows
/// what it changed, mission by mission, whether its signature answers for that, and the
/// roadmap as it left it, drawn as ghosts on the timeline.
class HistoryDock : public QDockWidget {
    Q_OBJECT

public:
    HistoryDock(RepositoryHistory* history, Presentation* presentation, QWidget* parent = nullptr);

    QTreeView* commitView() const { return m_view; }
    QTextBrowser* details() const { return m_details; }
    QLabel* status() const { return m_status; }

private:
    void commitSelected();
    void showChanges(const std::string& commit, const std::vector<Change>& changes,
                     const std::shared_ptr<const Roadmap>& version, const QString& error);
    void clearGhosts();

    RepositoryHistory* m_history;
    Presentation* m_presentation;
    HistoryModel* m_model;
    QLabel* m_status;
    QTreeView* m_view;
    QTextBrowser* m_details;
    std::string m_shown;
    bool m_ghostsSet = false;
};

} // namespace orrery::app
