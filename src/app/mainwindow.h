#pragma once

#include <orrery/io/loaderror.h>

#include <QMainWindow>

#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace orrery::app {

class Document;
class FindingTableModel;
class MissionTableModel;

/// The application's main window: the roadmap's views in the centre, docks around them.
/// It holds the current Document and hands it to the models and views.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a roadmap file (or a bundled example, ":/roadmaps/..."). On failure the current
    /// roadmap stays open and a message lists every problem with its place in the file.
    bool openFile(const QString& filePath);
    void setDocument(std::unique_ptr<Document> document);
    Document* document() const { return m_document.get(); }

    /// The roadmap opened when no file is given: the bundled GER 2013 roadmap.
    static QString defaultRoadmapPath();
    /// The bundled example roadmaps, as resource paths.
    static QStringList exampleRoadmapPaths();

    QTableView* missionView() const { return m_missionView; }
    QTableView* findingsView() const { return m_findingsView; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createDocks();
    void readSettings();
    void writeSettings() const;
    void openDialog();
    void showLoadErrors(const QString& filePath, const std::vector<LoadError>& errors);
    void addRecentFile(const QString& filePath);
    void rebuildRecentFilesMenu();
    void refreshAnalysis();
    void updateTitle();
    void showAbout();

    std::unique_ptr<Document> m_document;
    MissionTableModel* m_missionModel = nullptr;
    QSortFilterProxyModel* m_missionProxy = nullptr;
    FindingTableModel* m_findingModel = nullptr;
    QSortFilterProxyModel* m_findingProxy = nullptr;

    QTabWidget* m_views = nullptr;
    QTableView* m_missionView = nullptr;
    QDockWidget* m_findingsDock = nullptr;
    QTableView* m_findingsView = nullptr;
    QLabel* m_statusSummary = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_examplesMenu = nullptr;
};

} // namespace orrery::app
