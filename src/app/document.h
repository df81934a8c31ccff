#pragma once

#include <orrery/editing.h>
#include <orrery/expected.h>
#include <orrery/io/loaderror.h>
#include <orrery/io/writer.h>
#include <orrery/roadmap.h>

#include <QObject>
#include <QString>
#include <QStringList>

#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QUndoStack;

namespace orrery::app {

/// Reads a roadmap file to look at it: the roadmap, or every problem with its place in the
/// file. Paths may name Qt resources (":/roadmaps/..."), as the bundled examples do.
Expected<Roadmap, std::vector<LoadError>> loadRoadmapFile(const QString& filePath);

/// What a change to the document touched, so that observers update no more than needed.
struct DocumentChange {
    enum class Kind {
        Reset,          ///< a different roadmap (opened, reverted, reloaded)
        MissionsEdited, ///< fields of existing missions
        MissionsAddedOrRemoved,
        RoadmapEdited, ///< agencies, destinations, capabilities or metadata
        ScenarioShown, ///< another scenario of the same roadmap (or the plan) is shown
    };
    Kind kind = Kind::Reset;
    /// The missions edited, by id after the change (MissionsEdited only).
    QStringList missions;
    /// What of them changed (MissionsEdited only; any other kind may change everything).
    MissionFields fields = MissionFields::all();
};

/// One open roadmap: the model, the file it belongs to, and its undo stack.
///
/// Ownership: the Document owns the Roadmap and the QUndoStack; the main window owns the
/// Document. Views, table models and docks observe it through changed() and never write to
/// the model. Every change goes through a QUndoCommand (src/app/commands/), which calls the
/// mutators below; nothing else does.
class Document : public QObject {
    Q_OBJECT

public:
    explicit Document(Roadmap roadmap, QString filePath = {}, QObject* parent = nullptr);
    ~Document() override;

    /// Reads a roadmap file. Paths may name Qt resources (":/roadmaps/..."), which is how
    /// the bundled example roadmaps are opened.
    static Expected<std::unique_ptr<Document>, std::vector<LoadError>>
    load(const QString& filePath);

    /// The roadmap shown and edited: the plan, or the scenario shown, resolved.
    const Roadmap& roadmap() const { return m_roadmap; }
    /// The roadmap as its file holds it: the plan with its scenarios. What is saved.
    const Roadmap& wholeRoadmap() const { return m_whole ? *m_whole : m_roadmap; }
    QUndoStack* undoStack() const { return m_undoStack; }

    /// The id of the scenario shown; empty while the plan is.
    const std::string& scenario() const { return m_scenario; }
    /// Shows scenario `id`, or the plan for an empty id. Not an edit: the file is unchanged.
    /// Every edit made while a scenario is shown is recorded in it (recordInScenario()).
    /// Refused for a scenario the roadmap does not have.
    Expected<void, QString> showScenario(const std::string& id);

    QString filePath() const { return m_filePath; }
    /// The file name to show in titles and menus; "Untitled" for a new roadmap.
    QString displayName() const;
    /// Bundled examples live inside the application and cannot be saved in place.
    bool isBundledExample() const;
    /// Changed since it was opened or last saved.
    bool isModified() const;
    /// Names the state of the roadmap: a new one with every change notified, a reset too,
    /// and never the same in two documents. What is derived from the roadmap (an analysis)
    /// says which revision it describes, so that nothing older is shown as current.
    quint64 revision() const { return m_revision; }
    /// Marks the document changed without a command: a restored recovery copy.
    void markModified();
    /// Open for reading only (another Orrery holds the file): commands refuse to run.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    /// Says that an edit was refused because the document is read-only (editRefused()).
    void refuseEdit();

    /// Writes the canonical form atomically and marks the document clean. The document
    /// takes the new path.
    Expected<void, SaveError> saveAs(const QString& filePath);

    /// Replaces the whole roadmap (reload, revert) and forgets the undo history.
    void reset(Roadmap roadmap);

    // Mutators, for commands only.
    void replaceMission(std::size_t index, Mission mission);
    void insertMission(std::size_t index, Mission mission);
    Mission takeMission(std::size_t index);
    /// Replaces everything but the missions' order-independent identity: for edits of
    /// agencies, destinations and capabilities, which may touch every mission.
    void replaceRoadmap(Roadmap roadmap, DocumentChange::Kind kind);
    /// Tells the observers, once per command, what it changed.
    void notify(const DocumentChange& change);
    /// For commands: shows the scenario an edit was made in before it is undone or redone, so
    /// that each step applies to the roadmap it was made on.
    void showScenarioOf(const std::string& id);

    /// Another thread is copying the roadmap (an analysis of a large one): every change,
    /// and the document's end, waits until `copied` is ready. The copy then costs the
    /// window nothing unless the planner changes the roadmap within those milliseconds.
    void holdUntilCopied(std::shared_future<void> copied);

Q_SIGNALS:
    void changed(const orrery::app::DocumentChange& change);
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);
    /// The planner tried to change a read-only document: a drag, a key, a command.
    void editRefused();
    void filePathChanged(const QString& filePath);
    /// Another scenario, or the plan, is shown.
    void scenarioShown(const QString& id);

private:
    void awaitCopies();

    Roadmap m_roadmap;
    /// While a scenario is shown: the plan with its scenarios (m_roadmap is the scenario).
    std::optional<Roadmap> m_whole;
    std::string m_scenario;
    std::vector<std::shared_future<void>> m_copies;
    QString m_filePath;
    QUndoStack* m_undoStack;
    bool m_readOnly = false;
    quint64 m_revision = 0;
};

} // namespace orrery::app
