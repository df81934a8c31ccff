#pragma once

#include <QDockWidget>

class QLabel;
class QTextBrowser;
class QVBoxLayout;

namespace orrery {
struct Mission;
}

namespace orrery::app {

class MissionEditor;
class TrendChart;
class Presentation;

/// The selected mission: its fields to edit, then its schedule figures, prerequisites and
/// dependents as links that select them, capabilities, findings, notes and sources.
class InspectorDock : public QDockWidget {
    Q_OBJECT

public:
    explicit InspectorDock(Presentation* presentation, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    /// The mission's dates in each edition the roadmap names (hidden when it names none).
    TrendChart* trendChart() const { return m_trend; }
    MissionEditor* editor() const { return m_editor; }
    /// The HTML shown; tests read it.
    QString html() const;
    /// Shows `section` under the details, in the inspector's scrolling.
    void addSection(QWidget* section);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void fitDetails();

    Presentation* m_presentation;
    void showTrend(const Mission& mission);

    QTextBrowser* m_browser;
    QLabel* m_trendTitle;
    TrendChart* m_trend;
    MissionEditor* m_editor;
    QVBoxLayout* m_layout;
};

} // namespace orrery::app
