#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace orrery::app {

/// Help > Keyboard Shortcuts: every menu action with a shortcut, read from the menus
/// themselves, and the keys of the charts (views/keyboard.h); so the list cannot drift from
/// what the keys do.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list;
};

} // namespace orrery::app
