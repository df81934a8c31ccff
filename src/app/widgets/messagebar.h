#pragma once

#include <QFrame>
#include <QList>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace orrery::app {

/// A bar above the views that says something about the open roadmap (it is read-only, why,
/// and what to do about it) without a dialog in the way: text, buttons, and a close button.
class MessageBar : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Information, Warning };

    explicit MessageBar(QWidget* parent = nullptr);

    /// Shows the text with a button for each action (a click closes the bar, then triggers
    /// the action). The actions stay the caller's.
    void showMessage(Kind kind, const QString& text, const QList<QAction*>& actions = {});
    /// Shows the bar again, briefly emphasised: the planner tried what it explains.
    void remind();

    QLabel* label() const { return m_label; }
    QList<QPushButton*> buttons() const;

private:
    QLabel* m_icon;
    QLabel* m_label;
    QHBoxLayout* m_buttons;
    Kind m_kind = Kind::Information;
};

} // namespace orrery::app
