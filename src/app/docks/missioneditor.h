#pragma once

#include "idcompleter.h"

#include <orrery/mission.h>

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace orrery::app {

class Presentation;

/// The editable fields of the selected mission. Each field commits when editing finishes
/// (Enter or leaving the field) as one undoable command; what does not validate (a date
/// that does not exist, an id already taken, an unknown agency) is shown next to the form
/// and leaves the model unchanged.
class MissionEditor : public QWidget {
    Q_OBJECT

public:
    explicit MissionEditor(Presentation* presentation, QWidget* parent = nullptr);

    QLineEdit* idField() const { return m_id; }
    QLineEdit* nameField() const { return m_name; }
    QComboBox* leadChooser() const { return m_lead; }
    QLineEdit* partnersField() const { return m_partners; }
    QComboBox* destinationChooser() const { return m_destination; }
    QComboBox* crewChooser() const { return m_crew; }
    QComboBox* statusChooser() const { return m_status; }
    QLineEdit* startField() const { return m_start; }
    QLineEdit* endField() const { return m_end; }
    QLineEdit* needsField() const { return m_needs; }
    QLineEdit* providesField() const { return m_provides; }
    QLineEdit* objectivesField() const { return m_objectives; }
    QLineEdit* needsKnowledgeField() const { return m_needsKnowledge; }
    QLineEdit* closesField() const { return m_closes; }
    QPlainTextEdit* notesField() const { return m_notes; }
    QPlainTextEdit* referencesField() const { return m_references; }
    QListWidget* prerequisiteList() const { return m_prerequisites; }
    QLineEdit* prerequisiteField() const { return m_newPrerequisite; }
    QPushButton* addPrerequisiteButton() const { return m_addPrerequisite; }
    QPushButton* removePrerequisiteButton() const { return m_removePrerequisite; }
    /// Puts the cursor in the first field (the name), all of it selected.
    void focusFirstField();
    /// The last validation message; empty when the last edit went through.
    QString message() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// A copy of the mission being edited, if there is one and no refresh is under way.
    std::optional<Mission> currentMission() const;
    void commit(const Mission& after, const QString& field);
    void refresh();
    void showMessage(const QString& text);
    void commitId();
    void commitName();
    void commitChoices();
    void commitPartners();
    void commitDates();
    void commitCapabilities();
    /// Objectives pursued, knowledge gaps needed and closed: one edit of the mission.
    void commitPurpose();
    void commitNotes();
    void commitReferences();
    void addPrerequisite();
    void removePrerequisite();

    Presentation* m_presentation;
    QString m_missionId;
    bool m_refreshing = false;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QComboBox* m_lead;
    QLineEdit* m_partners;
    QComboBox* m_destination;
    QComboBox* m_crew;
    QComboBox* m_status;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QLineEdit* m_needs;
    QLineEdit* m_provides;
    QLineEdit* m_objectives;
    QLineEdit* m_needsKnowledge;
    QLineEdit* m_closes;
    QPlainTextEdit* m_notes;
    QPlainTextEdit* m_references;
    QListWidget* m_prerequisites;
    QLineEdit* m_newPrerequisite;
    QPushButton* m_addPrerequisite;
    QPushButton* m_removePrerequisite;
    QLabel* m_message;
    IdCompleter* m_prerequisiteCompleter;
    IdCompleter* m_needsCompleter;
    IdCompleter* m_providesCompleter;
    IdCompleter* m_objectivesCompleter;
    IdCompleter* m_needsKnowledgeCompleter;
    IdCompleter* m_closesCompleter;
    /// What the completers offer, and how typed names are read back as ids.
    QList<IdCompleter::Entry> m_otherMissions;
    QList<IdCompleter::Entry> m_capabilities;
    QList<IdCompleter::Entry> m_objectiveEntries;
    QList<IdCompleter::Entry> m_gapEntries;
};

} // namespace orrery::app
