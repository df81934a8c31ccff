#pragma once

#include <git/roadmaphistory.h>

#include <QLabel>

#include <string>
#include <vector>

namespace orrery::app {

class Presentation;
class RepositoryHistory;

/// The selected mission's own history in the repository, in the inspector: each commit
/// that changed it ("start 2026 → 2028 (+24 months), by NASA Planner on 2026-03-02: MSR
/// slips"), then who last changed each field. Hidden when the roadmap has no history.
class MissionHistoryView : public QLabel {
    Q_OBJECT

public:
    MissionHistoryView(RepositoryHistory* history, Presentation* presentation,
                       QWidget* parent = nullptr);

private:
    void selectionMaybeChanged();
    void request();
    void show(const std::string& mission, const std::vector<git::MissionEvent>& events,
              const QString& error);

    RepositoryHistory* m_history;
    Presentation* m_presentation;
    std::string m_mission;
};

} // namespace orrery::app
