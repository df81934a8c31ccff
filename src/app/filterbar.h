#pragma once

#include <orrery/filter.h>

#include <QToolBar>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace orrery::app {

class Presentation;

/// Filters by agency, destination, crew, status, goal or objective, and text. What it leaves out is
/// hidden in the views, or shown faintly when "Hide filtered" is off; the same choice is what an
/// export of "only ESA's missions" uses.
class FilterBar : public QToolBar {
    Q_OBJECT

public:
    explicit FilterBar(Presentation* presentation, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QComboBox* crewChooser() const { return m_crew; }
    QMenu* agencyMenu() const { return m_agencyMenu; }
    QMenu* destinationMenu() const { return m_destinationMenu; }
    QMenu* statusMenu() const { return m_statusMenu; }
    /// Goals, each followed by its objectives: a goal ticked keeps the missions that pursue
    /// any of its objectives.
    QMenu* objectiveMenu() const { return m_objectiveMenu; }
    QAction* hideAction() const { return m_hide; }
    QToolButton* agencyButton() const { return m_agencyButton; }
    /// How many missions the search keeps, and how many only for their notes.
    QLabel* searchInfo() const { return m_searchInfo; }

    /// Clears every filter.
    void reset();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildMenus();
    void updateLabels(const MissionFilter& filter);
    void apply();
    QToolButton* menuButton(const QString& text, QMenu* menu);

    Presentation* m_presentation;
    QMenu* m_agencyMenu;
    QMenu* m_destinationMenu;
    QMenu* m_statusMenu;
    QMenu* m_objectiveMenu;
    QToolButton* m_agencyButton;
    QToolButton* m_destinationButton;
    QToolButton* m_statusButton;
    QToolButton* m_objectiveButton;
    QComboBox* m_crew;
    QLabel* m_searchInfo;
    QLineEdit* m_search;
    QAction* m_hide;
    QAction* m_reset;
    bool m_applying = false;
};

} // namespace orrery::app
