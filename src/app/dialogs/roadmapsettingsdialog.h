#pragma once

#include <orrery/roadmap.h>

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTableWidget;
class QLabel;

namespace orrery::app {

/// The roadmap's own settings: title, edition and as-of date; its agencies (with colours),
/// destinations (the timeline's lanes, ordered by dragging), capabilities, goals,
/// objectives and knowledge gaps. Renaming an
/// id here renames it in every mission. The dialog edits a copy; result() is the roadmap
/// to apply as one undoable step.
class RoadmapSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit RoadmapSettingsDialog(const Roadmap& roadmap, QWidget* parent = nullptr);

    /// The edited roadmap, or an error message naming what is wrong (an empty or
    /// duplicate id, a date that does not exist, a colour that is not #RRGGBB).
    Expected<Roadmap, QString> result() const;

    QLineEdit* titleField() const { return m_title; }
    QLineEdit* asOfField() const { return m_asOf; }
    QTableWidget* agencyTable() const { return m_agencies; }
    QListWidget* destinationList() const { return m_destinations; }
    QTableWidget* capabilityTable() const { return m_capabilities; }
    QTableWidget* goalTable() const { return m_goals; }
    QTableWidget* objectiveTable() const { return m_objectives; }
    QTableWidget* gapTable() const { return m_gaps; }

    void accept() override;

private:
    void addAgency();
    void addDestination();
    void addCapability();
    void chooseColour(int row);

    Roadmap m_original;
    QLineEdit* m_title;
    QLineEdit* m_edition;
    QLineEdit* m_asOf;
    QTableWidget* m_agencies;
    QListWidget* m_destinations;
    QTableWidget* m_capabilities;
    QTableWidget* m_goals;
    QTableWidget* m_objectives;
    QTableWidget* m_gaps;
    QLabel* m_message;
};

} // namespace orrery::app
