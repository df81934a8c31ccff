#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace orrery::app {

class Document;

/// Edit > Scenario: a new scenario of the plan, and renaming or deleting the one shown, each
/// one step to undo. The window's document is asked for when an action runs.
class ScenarioCommands : public QObject {
    Q_OBJECT

public:
    ScenarioCommands(std::function<Document*()> document, QWidget* window);

    QAction* newScenario() const { return m_new; }
    QAction* renameScenario() const { return m_rename; }
    QAction* deleteScenario() const { return m_delete; }

    /// Enables what the document allows: a new scenario when it can be edited, renaming and
    /// deleting while a scenario is shown.
    void update();

    /// The steps behind the actions, with the name given rather than asked for.
    bool createNamed(const QString& name);
    bool renameShownTo(const QString& name);
    bool deleteShown();

Q_SIGNALS:
    /// Why a step was refused, for the status bar.
    void refused(const QString& reason);

private:
    /// The agency a new scenario belongs to: the planner's own when the roadmap has it,
    /// otherwise ISECG.
    QString ownerForNew() const;

    std::function<Document*()> m_document;
    QWidget* m_window;
    QAction* m_new;
    QAction* m_rename;
    QAction* m_delete;
};

} // namespace orrery::app
