#include "roadmapsettingsdialog.h"

#include <orrery/editing.h>
#include <orrery/identifier.h>

#include <render/utf8.h>

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace orrery::app {

using render::toQString;
using render::toStdString;

namespace {

/// The id an entry had when the dialog opened, so that a rename can follow it.
constexpr int kOriginalIdRole = Qt::UserRole + 1;
constexpr int kBodyRole = Qt::UserRole + 2;

enum AgencyColumn { AgencyId, AgencyName, AgencyCountry, AgencyColour };
enum CapabilityColumn { CapabilityId, CapabilityName, CapabilityInitial };

QTableWidgetItem* cell(const QString& text, const QString& originalId = {}) {
    auto* item = new QTableWidgetItem(text);
    if (!originalId.isNull()) {
        item->setData(kOriginalIdRole, originalId);
    }
    return item;
}

QTableWidget* table(const QStringList& headers, QWidget* parent) {
    auto* widget = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    widget->setHorizontalHeaderLabels(headers);
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->verticalHeader()->hide();
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    return widget;
}

QWidget* withButtons(QWidget* content, const QList<QPushButton*>& buttons) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(content);
    auto* row = new QHBoxLayout;
    for (QPushButton* button : buttons) {
        row->addWidget(button);
    }
    row->addStretch();
    layout->addLayout(row);
    return page;
}

} // namespace

RoadmapSettingsDialog::RoadmapSettingsDialog(const Roadmap& roadmap, QWidget* parent)
    : QDialog(parent), m_original(roadmap) {
    setObjectName(QStringLiteral("roadmapSettings"));
    setWindowTitle(tr("Roadmap Settings"));
    resize(720, 520);
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    auto* general = new QWidget;
    auto* form = new QFormLayout(general);
    m_title = new QLineEdit(toQString(roadmap.title), general);
    m_edition = new QLineEdit(toQString(roadmap.edition), general);
    m_asOf = new QLineEdit(toQString(roadmap.asOf.toString()), general);
    m_asOf->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Edition"), m_edition);
    form->addRow(tr("As of"), m_asOf);
    tabs->addTab(general, tr("General"));

    m_agencies = table({tr("Id"), tr("Name"), tr("Country"), tr("Colour")}, this);
    for (const Agency& agency : roadmap.agencies) {
        const int row = m_agencies->rowCount();
        m_agencies->insertRow(row);
        m_agencies->setItem(row, AgencyId, cell(toQString(agency.id), toQString(agency.id)));
        m_agencies->setItem(row, AgencyName, cell(toQString(agency.name)));
        m_agencies->setItem(row, AgencyCountry, cell(toQString(agency.country)));
        QTableWidgetItem* colour = cell(toQString(agency.color));
        colour->setBackground(QColor::fromString(toQString(agency.color)));
        m_agencies->setItem(row, AgencyColour, colour);
    }
    auto* addAgencyButton = new QPushButton(tr("Add Agency"));
    auto* removeAgencyButton = new QPushButton(tr("Remove"));
    auto* colourButton = new QPushButton(tr("Choose Colour..."));
    connect(addAgencyButton, &QPushButton::clicked, this, &RoadmapSettingsDialog::addAgency);
    connect(removeAgencyButton, &QPushButton::clicked, this,
            [this] { m_agencies->removeRow(m_agencies->currentRow()); });
    connect(colourButton, &QPushButton::clicked, this,
            [this] { chooseColour(m_agencies->currentRow()); });
    connect(m_agencies, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == AgencyColour) {
            chooseColour(row);
        }
    });
    tabs->addTab(withButtons(m_agencies, {addAgencyButton, removeAgencyButton, colourButton}),
                 tr("Agencies"));

    m_destinations = new QListWidget(this);
    m_destinations->setDragDropMode(QAbstractItemView::InternalMove);
    for (const Destination& destination : roadmap.destinations) {
        auto* item = new QListWidgetItem(toQString(destination.name), m_destinations);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(kOriginalIdRole, toQString(destination.id));
        item->setData(kBodyRole, destination.body ? static_cast<int>(*destination.body) : -1);
    }
    auto* addDestinationButton = new QPushButton(tr("Add Destination"));
    auto* removeDestinationButton = new QPushButton(tr("Remove"));
    connect(addDestinationButton, &QPushButton::clicked, this,
            &RoadmapSettingsDialog::addDestination);
    connect(removeDestinationButton, &QPushButton::clicked, this,
            [this] { delete m_destinations->currentItem(); });
    auto* destinationsPage =
        withButtons(m_destinations, {addDestinationButton, removeDestinationButton});
    destinationsPage->layout()->addWidget(
        new QLabel(tr("Drag to reorder: the order is the timeline's lanes, top to bottom. "
                      "Double-click to rename.")));
    tabs->addTab(destinationsPage, tr("Destinations"));

    m_capabilities = table({tr("Id"), tr("Name"), tr("Available from the start")}, this);
    for (const Capability& capability : roadmap.capabilities) {
        const int row = m_capabilities->rowCount();
        m_capabilities->insertRow(row);
        m_capabilities->setItem(row, CapabilityId,
                                cell(toQString(capability.id), toQString(capability.id)));
        m_capabilities->setItem(row, CapabilityName, cell(toQString(capability.name)));
        QTableWidgetItem* initial = cell({});
        initial->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        initial->setCheckState(capability.initiallyAvailable ? Qt::Checked : Qt::Unchecked);
        m_capabilities->setItem(row, CapabilityInitial, initial);
    }
    auto* addCapabilityButton = new QPushButton(tr("Add Capability"));
    auto* removeCapabilityButton = new QPushButton(tr("Remove"));
    connect(addCapabilityButton, &QPushButton::clicked, this,
            &RoadmapSettingsDialog::addCapability);
    connect(removeCapabilityButton, &QPushButton::clicked, this,
            [this] { m_capabilities->removeRow(m_capabilities->currentRow()); });
    tabs->addTab(withButtons(m_capabilities, {addCapabilityButton, removeCapabilityButton}),
                 tr("Capabilities"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoadmapSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void RoadmapSettingsDialog::addAgency() {
    const int row = m_agencies->rowCount();
    m_agencies->insertRow(row);
    m_agencies->setItem(row, AgencyId, cell(QStringLiteral("NEW"), QString()));
    m_agencies->setItem(row, AgencyName, cell(tr("New agency")));
    m_agencies->setItem(row, AgencyCountry, cell({}));
    m_agencies->setItem(row, AgencyColour, cell(QStringLiteral("#78909C")));
    m_agencies->setCurrentCell(row, AgencyId);
}

void RoadmapSettingsDialog::addDestination() {
    auto* item = new QListWidgetItem(tr("New destination"), m_destinations);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_destinations->setCurrentItem(item);
    m_destinations->editItem(item);
}

void RoadmapSettingsDialog::addCapability() {
    const int row = m_capabilities->rowCount();
    m_capabilities->insertRow(row);
    m_capabilities->setItem(row, CapabilityId, cell(QStringLiteral("new-capability"), QString()));
    m_capabilities->setItem(row, CapabilityName, cell(tr("New capability")));
    QTableWidgetItem* initial = cell({});
    initial->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    initial->setCheckState(Qt::Unchecked);
    m_capabilities->setItem(row, CapabilityInitial, initial);
}

void RoadmapSettingsDialog::chooseColour(int row) {
    if (row < 0) {
        return;
    }
    QTableWidgetItem* item = m_agencies->item(row, AgencyColour);
    const QColor chosen =
        QColorDialog::getColor(QColor::fromString(item->text()), this, tr("Agency Colour"));
    if (chosen.isValid()) {
        item->setText(chosen.name().toUpper());
        item->setBackground(chosen);
    }
}

Expected<Roadmap, QString> RoadmapSettingsDialog::result() const {
    Roadmap roadmap = m_original;
    roadmap.title = toStdString(m_title->text().trimmed());
    roadmap.edition = toStdString(m_edition->text().trimmed());
    if (roadmap.title.empty()) {
        return make_unexpected(tr("The roadmap needs a title."));
    }
    const auto asOf = Date::parse(toStdString(m_asOf->text().trimmed()));
    if (!asOf) {
        return make_unexpected(tr("As of: %1").arg(toQString(asOf.error())));
    }
    roadmap.asOf = *asOf;

    // Ids renamed here are renamed in the missions too.
    Renames agencyRenames;
    Renames capabilityRenames;
    const auto checkId = [](const QString& id, QSet<QString>& seen,
                            const QString& what) -> Expected<void, QString> {
        if (!isWellFormedId(toStdString(id))) {
            return make_unexpected(tr("%1 \"%2\" is not a valid id.").arg(what, id));
        }
        if (seen.contains(id)) {
            return make_unexpected(tr("%1 \"%2\" is listed twice.").arg(what, id));
        }
        seen.insert(id);
        return {};
    };

    IdList<Agency> agencies;
    QSet<QString> agencyIds;
    for (int row = 0; row < m_agencies->rowCount(); ++row) {
        const QString id = m_agencies->item(row, AgencyId)->text().trimmed();
        if (auto checked = checkId(id, agencyIds, tr("Agency")); !checked) {
            return make_unexpected(checked.error());
        }
        const QString colour = m_agencies->item(row, AgencyColour)->text().trimmed();
        if (!QColor::fromString(colour).isValid() || colour.size() != 7 ||
            !colour.startsWith(u'#')) {
            return make_unexpected(tr("The colour of %1 must be written #RRGGBB.").arg(id));
        }
        const QString original = m_agencies->item(row, AgencyId)->data(kOriginalIdRole).toString();
        Agency agency;
        if (const Agency* old = m_original.agencies.find(toStdString(original))) {
            agency = *old;
            agencyRenames[old->id] = toStdString(id);
        }
        agency.id = toStdString(id);
        agency.name = toStdString(m_agencies->item(row, AgencyName)->text().trimmed());
        agency.country = toStdString(m_agencies->item(row, AgencyCountry)->text().trimmed());
        agency.color = toStdString(colour);
        agencies.append(std::move(agency));
    }
    roadmap.agencies = agencies;

    IdList<Destination> destinations;
    QSet<QString> destinationIds;
    for (int row = 0; row < m_destinations->count(); ++row) {
        const QListWidgetItem* item = m_destinations->item(row);
        const QString original = item->data(kOriginalIdRole).toString();
        Destination destination;
        if (const Destination* old = m_original.destinations.find(toStdString(original))) {
            destination = *old;
        } else {
            Roadmap named;
            named.destinations = destinations;
            destination.id =
                uniqueId(named, EntityKind::Destination, toStdString(item->text().trimmed()));
        }
        destination.name = toStdString(item->text().trimmed());
        if (destination.name.empty()) {
            return make_unexpected(tr("Every destination needs a name."));
        }
        if (auto checked = checkId(toQString(destination.id), destinationIds, tr("Destination"));
            !checked) {
            return make_unexpected(checked.error());
        }
        destinations.append(std::move(destination));
    }
    roadmap.destinations = destinations;

    IdList<Capability> capabilities;
    QSet<QString> capabilityIds;
    for (int row = 0; row < m_capabilities->rowCount(); ++row) {
        const QString id = m_capabilities->item(row, CapabilityId)->text().trimmed();
        if (auto checked = checkId(id, capabilityIds, tr("Capability")); !checked) {
            return make_unexpected(checked.error());
        }
        const QString original =
            m_capabilities->item(row, CapabilityId)->data(kOriginalIdRole).toString();
        Capability capability;
        if (const Capability* old = m_original.capabilities.find(toStdString(original))) {
            capability = *old;
            capabilityRenames[old->id] = toStdString(id);
        }
        capability.id = toStdString(id);
        capability.name = toStdString(m_capabilities->item(row, CapabilityName)->text().trimmed());
        capability.initiallyAvailable =
            m_capabilities->item(row, CapabilityInitial)->checkState() == Qt::Checked;
        capabilities.append(std::move(capability));
    }
    roadmap.capabilities = capabilities;

    renameReferences(roadmap, EntityKind::Agency, agencyRenames);
    renameReferences(roadmap, EntityKind::Capability, capabilityRenames);
    return roadmap;
}

void RoadmapSettingsDialog::accept() {
    const auto edited = result();
    if (!edited) {
        m_message->setText(edited.error());
        return;
    }
    QDialog::accept();
}

} // namespace orrery::app
