#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;
class QToolButton;

namespace orrery::app {

class Document;
class Presentation;

/// The status bar's lasting part: the planner's agency (a button that changes it) and the
/// roadmap's figures: missions shown, errors and warnings, "checking..." while a newer
/// analysis runs.
class StatusSummary : public QObject {
    Q_OBJECT

public:
    StatusSummary(Presentation* presentation, QStatusBar* statusBar);

    void update();

private:
    Presentation* m_presentation;
    QToolButton* m_myAgency;
    QLabel* m_figures;
};

} // namespace orrery::app
