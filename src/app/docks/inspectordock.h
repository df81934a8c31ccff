#pragma once

#include <QDockWidget>

class QTextBrowser;

namespace orrery::app {

class Presentation;

/// Every field of the selected mission, its prerequisites and dependents as links that
/// select them, its capabilities, findings and schedule figures. Read-only for now.
class InspectorDock : public QDockWidget {
    Q_OBJECT

public:
    explicit InspectorDock(Presentation* presentation, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    /// The HTML shown; tests read it.
    QString html() const;

private:
    void refresh();

    Presentation* m_presentation;
    QTextBrowser* m_browser;
};

} // namespace orrery::app
