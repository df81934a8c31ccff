#pragma once

#include <QDockWidget>

class QTextBrowser;

namespace orrery::app {

class MissionEditor;
class Presentation;

/// The selected mission: its fields to edit, then its schedule figures, prerequisites and
/// dependents as links that select them, capabilities, findings, notes and sources.
class InspectorDock : public QDockWidget {
    Q_OBJECT

public:
    explicit InspectorDock(Presentation* presentation, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    MissionEditor* editor() const { return m_editor; }
    /// The HTML shown; tests read it.
    QString html() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void fitDetails();

    Presentation* m_presentation;
    QTextBrowser* m_browser;
    MissionEditor* m_editor;
};

} // namespace orrery::app
