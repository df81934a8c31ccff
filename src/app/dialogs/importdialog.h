#pragma once

#include <orrery/io/import.h>
#include <orrery/io/mspdi.h>
#include <orrery/roadmap.h>

#include <QDialog>
#include <QString>

#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QTableWidget;

namespace orrery::app {

/// File > Import: an agency's MS Project schedule or a mission table, seen as missions
/// before anything is imported. For MS Project XML the planner chooses which field supplies
/// each mission field (remembered per file), how precise dates are and what summary tasks
/// mean; the preview and the problems (every bad task or row with its line) follow each
/// choice. The plan becomes a new roadmap, or the agency's contribution against the open
/// roadmap. Nothing is imported while a task or row is bad, unless the planner leaves them
/// out.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    /// `project` for MS Project XML, nothing for CSV (whose `csvPlan` is read already);
    /// `open` is the open roadmap, for a contribution against it.
    ImportDialog(const QString& filePath, std::optional<MspdiProject> project, ImportedPlan csvPlan,
                 const Roadmap* open, QWidget* parent = nullptr);

    enum class Target { NewRoadmap, Contribution };
    Target target() const;
    /// The contributing agency, for Target::Contribution.
    QString contributor() const;
    /// The roadmap the choices make: a new one, or the contribution against the open one.
    Roadmap result() const;
    /// The plan as the choices read it now.
    const ImportedPlan& plan() const { return m_plan; }
    const MspdiMapping& mapping() const { return m_mapping; }

    /// The mission fields' choosers: "missionId", "agency", "partners", "destination",
    /// "crew", "status".
    QComboBox* sourceBox(const std::string& field) const { return m_sources.at(field); }
    QComboBox* defaultAgencyBox() const { return m_defaultAgency; }
    QComboBox* defaultLaneBox() const { return m_defaultLane; }
    QComboBox* precisionBox() const { return m_precision; }
    QCheckBox* summaryInNotesBox() const { return m_summaryInNotes; }
    QTableWidget* preview() const { return m_preview; }
    QListWidget* problems() const { return m_problems; }
    QRadioButton* newRoadmapButton() const { return m_asNew; }
    QRadioButton* contributionButton() const { return m_asContribution; }
    QComboBox* contributorBox() const { return m_contributor; }
    QCheckBox* skipBadBox() const { return m_skipBad; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    /// The mapping remembered for a file, or none.
    static std::optional<MspdiMapping> rememberedMapping(const QString& filePath);

private:
    void readChoices();
    void refresh();
    void remember() const;

    QString m_filePath;
    std::optional<MspdiProject> m_project;
    ImportedPlan m_csvPlan;
    const Roadmap* m_open;
    MspdiMapping m_mapping;
    ImportedPlan m_plan;

    std::map<std::string, QComboBox*> m_sources;
    QComboBox* m_defaultAgency = nullptr;
    QComboBox* m_defaultLane = nullptr;
    QComboBox* m_precision = nullptr;
    QCheckBox* m_summaryInNotes = nullptr;
    QLabel* m_summary;
    QTableWidget* m_preview;
    QListWidget* m_problems;
    QRadioButton* m_asNew;
    QRadioButton* m_asContribution;
    QComboBox* m_contributor;
    QCheckBox* m_skipBad;
    QDialogButtonBox* m_buttons;
};

} // namespace orrery::app
