#include "filterbar.h"

#include "labels.h"
#include "presentation.h"

#include <render/palette.h>
#include <render/qtconvert.h>

#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QToolButton>

namespace orrery::app {

using render::toQString;
using render::toStdString;

namespace {

QIcon swatchIcon(const QColor& color) {
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

FilterBar::FilterBar(Presentation* presentation, QWidget* parent)
    : QToolBar(tr("Filter"), parent), m_presentation(presentation) {
    setObjectName(QStringLiteral("filterBar"));
    m_agencyMenu = new QMenu(this);
    m_destinationMenu = new QMenu(this);
    m_statusMenu = new QMenu(this);
    addWidget(menuButton(tr("Agencies"), m_agencyMenu));
    addWidget(menuButton(tr("Destinations"), m_destinationMenu));
    addWidget(menuButton(tr("Status"), m_statusMenu));

    m_crew = new QComboBox(this);
    m_crew->setObjectName(QStringLiteral("crewFilter"));
    m_crew->addItem(tr("Human and robotic"));
    m_crew->addItem(crewLabel(Crew::Human), static_cast<int>(Crew::Human));
    m_crew->addItem(crewLabel(Crew::Robotic), static_cast<int>(Crew::Robotic));
    addWidget(m_crew);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("missionSearch"));
    m_search->setPlaceholderText(tr("Search missions (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    addWidget(m_search);

    m_hide = addAction(tr("Hide filtered"));
    m_hide->setCheckable(true);
    m_hide->setChecked(true);
    m_hide->setToolTip(tr("Hide the missions the filter leaves out, or show them faintly"));
    m_reset = addAction(tr("Clear filter"), this, &FilterBar::reset);

    for (const auto status : {MissionStatus::Completed, MissionStatus::Operating,
                              MissionStatus::Planned, MissionStatus::Conceptual}) {
        QAction* action = m_statusMenu->addAction(statusLabel(status));
        action->setCheckable(true);
        action->setData(static_cast<int>(status));
        connect(action, &QAction::toggled, this, &FilterBar::apply);
    }
    connect(m_crew, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::apply);
    connect(m_hide, &QAction::toggled, presentation, &Presentation::setHidesFiltered);
    connect(presentation, &Presentation::changed, this, [this](bool relayout) {
        if (relayout && !m_applying) {
            rebuildMenus();
        }
    });
    rebuildMenus();
}

QToolButton* FilterBar::menuButton(const QString& text, QMenu* menu) {
    auto* button = new QToolButton(this);
    button->setText(text);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    return button;
}

void FilterBar::rebuildMenus() {
    // The choices follow the open roadmap; keep what was checked where it still exists.
    const MissionFilter& current = m_presentation->filter();
    const Roadmap* roadmap = m_presentation->roadmap();
    m_agencyMenu->clear();
    m_destinationMenu->clear();
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
    if (m_crew->currentIndex() > 0) {
        filter.crew = static_cast<Crew>(m_crew->currentData().toInt());
    }
    filter.text = toStdString(m_search->text().trimmed());
    m_applying = true;
    m_presentation->setFilter(filter);
    m_applying = false;
    m_reset->setEnabled(filter.isActive());
}

void FilterBar::reset() {
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockCrew(m_crew);
    m_search->clear();
    m_crew->setCurrentIndex(0);
    for (QMenu* menu : {m_agencyMenu, m_destinationMenu, m_statusMenu}) {
        for (QAction* action : menu->actions()) {
            const QSignalBlocker block(action);
            action->setChecked(false);
        }
    }
    apply();
}

} // namespace orrery::app
