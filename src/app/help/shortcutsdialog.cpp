#include "shortcutsdialog.h"

#include "../views/keyboard.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {

QString plain(QString text) {
    return text.remove(u'&');
}

/// Adds the menu's actions that have shortcuts under `parent`, submenus by their path.
void addShortcuts(const QMenu* menu, const QString& path, QTreeWidgetItem* parent) {
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            addShortcuts(action->menu(), path + u" \u203a "_s + plain(action->text()), parent);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty()) {
            continue;
        }
        QStringList keys;
        for (const QKeySequence& shortcut : action->shortcuts()) {
            keys << shortcut.toString(QKeySequence::NativeText);
        }
        auto* item = new QTreeWidgetItem(
            parent, {plain(action->text()).remove(u"..."_s), keys.join(u", "_s)});
        item->setToolTip(0, path);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent) {
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_list);

    for (QAction* top : menus->actions()) {
        if (!top->menu()) {
            continue;
        }
        auto* group = new QTreeWidgetItem(m_list, {plain(top->text())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        addShortcuts(top->menu(), plain(top->text()), group);
        if (group->childCount() == 0) {
            delete group;
        }
    }
    auto* charts = new QTreeWidgetItem(m_list, {tr("Timeline and Dependencies")});
    QFont bold = charts->font(0);
    bold.setBold(true);
    charts->setFont(0, bold);
    charts->setFirstColumnSpanned(true);
    for (const KeyHelp& key : chartKeys()) {
        new QTreeWidgetItem(charts, {key.description, key.keys});
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 720);
}

} // namespace orrery::app
