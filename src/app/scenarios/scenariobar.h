#pragma once

#include <orrery/roadmap.h>

#include <QToolBar>

#include <optional>
#include <string>

class QComboBox;
class QLabel;

namespace orrery::app {

class Presentation;

/// Which scenario of the roadmap is shown (and edited), and what the timeline compares it
/// with: the plan, another scenario or an earlier edition, whose dates it draws as ghosts
/// under today's bars. While a scenario is shown the bar says, in a highlighted notice, that
/// edits go into it.
class ScenarioBar : public QToolBar {
    Q_OBJECT

public:
    explicit ScenarioBar(Presentation* presentation, QWidget* parent = nullptr);

    QComboBox* scenarioChooser() const { return m_scenarios; }
    QComboBox* comparisonChooser() const { return m_comparison; }
    QLabel* notice() const { return m_notice; }
    /// Opens the comparison of scenarios (the panel's own toggle).
    void setCompareAction(QAction* action);
    /// Whether the notice that edits go into the scenario is shown.
    bool noticeShown() const;

    /// Compares with "plan", "scenario:<id>" or "edition:<id>"; an empty key compares with
    /// nothing. Says why when that cannot be had (message()), and compares with nothing.
    void compareWith(const QString& key);

Q_SIGNALS:
    void message(const QString& text, int timeout);

private:
    void rebuild();
    void showChosenScenario();
    void updateComparison();
    /// The roadmap behind a comparison key, or why there is none. The plan and editions are
    /// read where they are kept (this runs after every edit); a scenario is resolved into
    /// m_resolved.
    Expected<const Roadmap*, QString> comparedRoadmap(const QString& key);

    Presentation* m_presentation;
    QComboBox* m_scenarios;
    QComboBox* m_comparison;
    QLabel* m_notice;
    /// The scenario compared with, resolved.
    std::optional<Roadmap> m_resolved;
    QAction* m_noticeAction;
    bool m_rebuilding = false;
    std::optional<bool> m_hasChoices;
};

} // namespace orrery::app
