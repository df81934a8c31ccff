#include "filterbar.h"

#include "presentation.h"

#include <render/palette.h>
#include <render/style.h>
#include <render/utf8.h>
#include <render/vocabulary.h>

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace orrery::app {

using namespace Qt::StringLiterals;

using render::toQString;
using render::toStdString;

namespace {

/// The agency's colour; when chosen, with a check mark on it (menus draw a checked action's
/// icon in its "on" state instead of a check box).
QIcon swatchIcon(const QColor& color) {
    constexpr int kSize = 16;
    QPixmap off(kSize, kSize);
    off.fill(Qt::transparent);
    {
        QPainter painter(&off);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(color.darker(140));
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(1.5, 1.5, kSize - 3, kSize - 3), 3, 3);
    }
    QPixmap on = off;
    {
        QPainter painter(&on);
        painter.setRenderHint(QPainter::Antialiasing);
        QPen tick(render::textOn(color), 2.2);
        tick.setCapStyle(Qt::RoundCap);
        tick.setJoinStyle(Qt::RoundJoin);
        painter.setPen(tick);
        painter.drawPolyline(QPolygonF({QPointF(4.5, 8.5), QPointF(7, 11), QPointF(11.5, 5)}));
    }
    QIcon icon;
    icon.addPixmap(off, QIcon::Normal, QIcon::Off);
    icon.addPixmap(on, QIcon::Normal, QIcon::On);
    icon.addPixmap(off, QIcon::Active, QIcon::Off);
    icon.addPixmap(on, QIcon::Active, QIcon::On);
    return icon;
}

} // namespace

FilterBar::FilterBar(Presentation* presentation, QWidget* parent)
    : QToolBar(tr("Filter"), parent), m_presentation(presentation) {
    setObjectName(QStringLiteral("filterBar"));
    m_agencyMenu = new QMenu(this);
    m_destinationMenu = new QMenu(this);
    m_statusMenu = new QMenu(this);
    m_objectiveMenu = new QMenu(this);
    m_objectiveMenu->setObjectName(QStringLiteral("objectiveFilterMenu"));
    m_agencyButton = menuButton(tr("Agencies"), m_agencyMenu);
    m_destinationButton = menuButton(tr("Destinations"), m_destinationMenu);
    m_statusButton = menuButton(tr("Status"), m_statusMenu);
    m_objectiveButton = menuButton(tr("Goals"), m_objectiveMenu);
    addWidget(m_agencyButton);
    addWidget(m_destinationButton);
    addWidget(m_statusButton);
    addWidget(m_objectiveButton);
    // Several agencies are picked in one go: a click ticks and the menu stays open.
    for (QMenu* menu : {m_agencyMenu, m_destinationMenu, m_statusMenu, m_objectiveMenu}) {
        menu->installEventFilter(this);
    }

    m_crew = new QComboBox(this);
    m_crew->setObjectName(QStringLiteral("crewFilter"));
    m_crew->addItem(tr("Human and robotic"));
    for (const Crew crew : render::allCrews()) {
        m_crew->addItem(render::crewName(crew), static_cast<int>(crew));
    }
    addWidget(m_crew);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("missionSearch"));
    m_search->setPlaceholderText(tr("Search missions (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    addWidget(m_search);
    m_searchInfo = new QLabel(this);
    m_searchInfo->setObjectName(QStringLiteral("searchInfo"));
    m_searchInfo->setContentsMargins(6, 0, 6, 0);
    addWidget(m_searchInfo);

    m_hide = addAction(tr("Hide filtered"));
    m_hide->setCheckable(true);
    m_hide->setChecked(true);
    m_hide->setToolTip(tr("Hide the missions the filter leaves out, or show them faintly"));
    m_reset = addAction(tr("Clear filter"), this, &FilterBar::reset);

    for (const MissionStatus status : render::allStatuses()) {
        QAction* action = m_statusMenu->addAction(render::statusName(status));
        action->setCheckable(true);
        action->setData(static_cast<int>(status));
        connect(action, &QAction::toggled, this, &FilterBar::apply);
    }
    connect(m_crew, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::apply);
    connect(m_hide, &QAction::toggled, presentation, &Presentation::setHidesFiltered);
    connect(presentation, &Presentation::changed, this, [this](Presentation::Update update) {
        if (update != Presentation::Update::Repaint && !m_applying) {
            rebuildMenus();
            // An edit may change what the search finds (a name, the notes).
            updateLabels(m_presentation->filter());
        }
    });
    rebuildMenus();
}

QToolButton* FilterBar::menuButton(const QString& text, QMenu* menu) {
    auto* button = new QToolButton(this);
    button->setText(text);
    button->setProperty("label", text);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    return button;
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event) {
    auto* menu = qobject_cast<QMenu*>(watched);
    if (menu && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        QAction* action = menu->actionAt(mouse->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->toggle();
            return true;
        }
    }
    return QToolBar::eventFilter(watched, event);
}

void FilterBar::updateLabels(const MissionFilter& filter) {
    // The button says how many are chosen: "Agencies (2)".
    const auto label = [](QToolButton* button, std::size_t chosen) {
        const QString text = button->property("label").toString();
        button->setText(chosen == 0 ? text : QStringLiteral("%1 (%2)").arg(text).arg(chosen));
        QFont font = button->font();
        font.setBold(chosen > 0);
        button->setFont(font);
    };
    label(m_agencyButton, filter.agencies.size());
    label(m_destinationButton, filter.destinations.size());
    label(m_statusButton, filter.statuses.size());
    label(m_objectiveButton, filter.objectives.size());

    // A search that keeps missions for their notes alone says so: the chart shows no reason.
    const Roadmap* roadmap = m_presentation->roadmap();
    if (filter.text.empty() || !roadmap) {
        m_searchInfo->clear();
        return;
    }
    int found = 0;
    int inNotes = 0;
    MissionFilter textOnly;
    textOnly.text = filter.text;
    for (const Mission& mission : roadmap->missions) {
        if (!filter.matches(mission)) {
            continue;
        }
        ++found;
        inNotes += textOnly.textMatch(mission) == MissionFilter::TextMatch::NotesOnly ? 1 : 0;
    }
    QString text = found == 1 ? tr("1 mission") : tr("%1 missions").arg(found);
    if (inNotes > 0) {
        text += u", "_s + (inNotes == 1 ? tr("1 found only in its notes")
                                        : tr("%1 found only in their notes").arg(inNotes));
    }
    m_searchInfo->setText(text);
}

void FilterBar::rebuildMenus() {
    // The choices follow the open roadmap; keep what was checked where it still exists.
    const MissionFilter& current = m_presentation->filter();
    const Roadmap* roadmap = m_presentation->roadmap();
    m_agencyMenu->clear();
    m_destinationMenu->clear();
    m_objectiveMenu->clear();
    m_objectiveButton->setEnabled(roadmap && !roadmap->objectives.empty());
    if (!roadmap) {
        return;
    }
    for (const Agency& agency : roadmap->agencies) {
        QAction* action = m_agencyMenu->addAction(
            swatchIcon(render::agencyColor(agency)),
            QStringLiteral("%1 \u2014 %2").arg(toQString(agency.id), toQString(agency.name)));
        action->setCheckable(true);
        action->setData(toQString(agency.id));
        action->setChecked(current.agencies.contains(agency.id));
        connect(action, &QAction::toggled, this, &FilterBar::apply);
    }
    for (const Destination& destination : roadmap->destinations) {
        QAction* action = m_destinationMenu->addAction(toQString(destination.name));
        action->setCheckable(true);
        action->setData(toQString(destination.id));
        action->setChecked(current.destinations.contains(destination.id));
        connect(action, &QAction::toggled, this, &FilterBar::apply);
    }
    // A goal, then its objectives, indented; ticking the goal ticks them all.
    for (const Goal& goal : roadmap->goals) {
        QAction* goalAction = m_objectiveMenu->addAction(toQString(goal.name));
        goalAction->setCheckable(true);
        QFont bold = goalAction->font();
        bold.setBold(true);
        goalAction->setFont(bold);
        std::vector<QAction*> members;
        bool allChosen = true;
        for (const Objective& objective : roadmap->objectives) {
            if (objective.goal != goal.id) {
                continue;
            }
            QAction* action =
                m_objectiveMenu->addAction(QStringLiteral("    %1").arg(toQString(objective.name)));
            action->setCheckable(true);
            action->setData(toQString(objective.id));
            action->setChecked(current.objectives.contains(objective.id));
            allChosen = allChosen && action->isChecked();
            members.push_back(action);
            connect(action, &QAction::toggled, this, &FilterBar::apply);
        }
        goalAction->setEnabled(!members.empty());
        goalAction->setChecked(!members.empty() && allChosen);
        connect(goalAction, &QAction::toggled, this, [this, members](bool checked) {
            for (QAction* member : members) {
                const QSignalBlocker block(member);
                member->setChecked(checked);
            }
            apply();
        });
    }
}

void FilterBar::apply() {
    MissionFilter filter;
    for (const QAction* action : m_agencyMenu->actions()) {
        if (action->isChecked()) {
            filter.agencies.insert(toStdString(action->data().toString()));
        }
    }
    for (const QAction* action : m_destinationMenu->actions()) {
        if (action->isChecked()) {
            filter.destinations.insert(toStdString(action->data().toString()));
        }
    }
    for (const QAction* action : m_statusMenu->actions()) {
        if (action->isChecked()) {
            filter.statuses.insert(static_cast<MissionStatus>(action->data().toInt()));
        }
    }
    for (const QAction* action : m_objectiveMenu->actions()) {
        // Goals carry no data: what they choose is their objectives, ticked with them.
        if (action->isChecked() && !action->data().toString().isEmpty()) {
            filter.objectives.insert(toStdString(action->data().toString()));
        }
    }
    if (m_crew->currentIndex() > 0) {
        filter.crew = static_cast<Crew>(m_crew->currentData().toInt());
    }
    filter.text = toStdString(m_search->text().trimmed());
    m_applying = true;
    m_presentation->setFilter(filter);
    m_applying = false;
    m_reset->setEnabled(filter.isActive());
    updateLabels(filter);
}

void FilterBar::reset() {
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockCrew(m_crew);
    m_search->clear();
    m_crew->setCurrentIndex(0);
    for (QMenu* menu : {m_agencyMenu, m_destinationMenu, m_statusMenu, m_objectiveMenu}) {
        for (QAction* action : menu->actions()) {
            const QSignalBlocker block(action);
            action->setChecked(false);
        }
    }
    apply();
}

} // namespace orrery::app
