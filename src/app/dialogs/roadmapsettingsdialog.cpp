#include "roadmapsettingsdialog.h"

#include <orrery/editing.h>
#include <orrery/identifier.h>

#include <render/utf8.h>

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QCoreApplication>
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
#include <type_traits>
#include <vector>

namespace orrery::app {

using render::toQString;
using render::toStdString;

namespace {

/// The id an entry had when the dialog opened, so that a rename can follow it.
constexpr int kOriginalIdRole = Qt::UserRole + 1;
constexpr int kBodyRole = Qt::UserRole + 2;

enum AgencyColumn { AgencyId, AgencyName, AgencyCountry, AgencyColour };
enum CapabilityColumn { CapabilityId, CapabilityName, CapabilityInitial };
enum GoalColumn { GoalId, GoalName, GoalDescription };
enum ObjectiveColumn { ObjectiveId, ObjectiveName, ObjectiveGoal, ObjectiveDescription };
enum GapColumn { GapId, GapName, GapBody, GapDestination, GapMeasurement, GapDescription };

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

/// A page of entries whose fields are all text, the first column the id; a row added
/// starts from `fresh`.
QWidget* textTablePage(QTableWidget* table, const std::vector<QStringList>& rows,
                       const QStringList& fresh, const QString& addText) {
    for (const QStringList& row : rows) {
        const int at = table->rowCount();
        table->insertRow(at);
        for (int column = 0; column < row.size(); ++column) {
            table->setItem(at, column, column == 0 ? cell(row[0], row[0]) : cell(row[column]));
        }
    }
    auto* add = new QPushButton(addText);
    auto* remove = new QPushButton(
        QCoreApplication::translate("orrery::app::RoadmapSettingsDialog", "Remove"));
    QObject::connect(add, &QPushButton::clicked, table, [table, fresh] {
        const int at = table->rowCount();
        table->insertRow(at);
        for (int column = 0; column < fresh.size(); ++column) {
            table->setItem(at, column,
                           column == 0 ? cell(fresh[0], QString()) : cell(fresh[column]));
        }
        table->setCurrentCell(at, 0);
    });
    QObject::connect(remove, &QPushButton::clicked, table,
                     [table] { table->removeRow(table->currentRow()); });
    return withButtons(table, {add, remove});
}

QString text(const QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
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

    // Why missions fly: the common goals, their objectives, the knowledge gaps.
    m_goals = table({tr("Id"), tr("Name"), tr("Description")}, this);
    m_goals->setObjectName(QStringLiteral("goalTable"));
    std::vector<QStringList> goals;
    for (const Goal& goal : roadmap.goals) {
        goals.push_back({toQString(goal.id), toQString(goal.name), toQString(goal.description)});
    }
    tabs->addTab(textTablePage(m_goals, goals, {QStringLiteral("new-goal"), tr("New goal"), {}},
                               tr("Add Goal")),
                 tr("Goals"));
    m_objectives = table({tr("Id"), tr("Name"), tr("Goal"), tr("Description")}, this);
    m_objectives->setObjectName(QStringLiteral("objectiveTable"));
    std::vector<QStringList> objectives;
    for (const Objective& objective : roadmap.objectives) {
        objectives.push_back({toQString(objective.id), toQString(objective.name),
                              toQString(objective.goal), toQString(objective.description)});
    }
    tabs->addTab(textTablePage(m_objectives, objectives,
                               {QStringLiteral("new-objective"),
                                tr("New objective"),
                                roadmap.goals.empty() ? QString() : toQString(roadmap.goals[0].id),
                                {}},
                               tr("Add Objective")),
                 tr("Objectives"));
    m_gaps = table({tr("Id"), tr("Name"), tr("Body"), tr("Destination"), tr("Closed by measuring"),
                    tr("Description")},
                   this);
    m_gaps->setObjectName(QStringLiteral("gapTable"));
    std::vector<QStringList> gaps;
    for (const KnowledgeGap& gap : roadmap.knowledgeGaps) {
        gaps.push_back({toQString(gap.id), toQString(gap.name),
                        gap.body ? toQString(toString(*gap.body)) : QString(),
                        toQString(gap.destination), toQString(gap.measurement),
                        toQString(gap.description)});
    }
    tabs->addTab(textTablePage(m_gaps, gaps,
                               {QStringLiteral("new-gap"), tr("New knowledge gap"), {}, {}, {}, {}},
                               tr("Add Knowledge Gap")),
                 tr("Knowledge Gaps"));

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

    // Goals, objectives and gaps keep their sources and extensions; ids renamed here are
    // renamed where they are named.
    Renames goalRenames;
    Renames objectiveRenames;
    Renames gapRenames;
    const auto readTable = [&](const QTableWidget* table, const auto& originals,
                               const QString& what, Renames& renames,
                               auto fill) -> Expected<std::decay_t<decltype(originals)>, QString> {
        std::decay_t<decltype(originals)> list;
        QSet<QString> ids;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString id = text(table, row, 0);
            if (auto checked = checkId(id, ids, what); !checked) {
                return make_unexpected(checked.error());
            }
            typename std::decay_t<decltype(originals)>::value_type entry;
            const QString original = table->item(row, 0)->data(kOriginalIdRole).toString();
            if (const auto* old = originals.find(toStdString(original))) {
                entry = *old;
                renames[old->id] = toStdString(id);
            }
            entry.id = toStdString(id);
            entry.name = toStdString(text(table, row, 1));
            if (entry.name.empty()) {
                return make_unexpected(tr("%1 \"%2\" needs a name.").arg(what, id));
            }
            if (auto filled = fill(entry, row); !filled) {
                return make_unexpected(filled.error());
            }
            list.append(std::move(entry));
        }
        return list;
    };
    auto goals = readTable(m_goals, m_original.goals, tr("Goal"), goalRenames,
                           [this](Goal& goal, int row) -> Expected<void, QString> {
                               goal.description = toStdString(text(m_goals, row, GoalDescription));
                               return {};
                           });
    if (!goals) {
        return make_unexpected(goals.error());
    }
    auto objectives =
        readTable(m_objectives, m_original.objectives, tr("Objective"), objectiveRenames,
                  [this](Objective& objective, int row) -> Expected<void, QString> {
                      objective.goal = toStdString(text(m_objectives, row, ObjectiveGoal));
                      objective.description =
                          toStdString(text(m_objectives, row, ObjectiveDescription));
                      return {};
                  });
    if (!objectives) {
        return make_unexpected(objectives.error());
    }
    auto gaps = readTable(
        m_gaps, m_original.knowledgeGaps, tr("Knowledge gap"), gapRenames,
        [this](KnowledgeGap& gap, int row) -> Expected<void, QString> {
            const QString body = text(m_gaps, row, GapBody);
            gap.body = body.isEmpty() ? std::nullopt
                                      : celestialBodyFromString(toStdString(body.toLower()));
            if (!body.isEmpty() && !gap.body) {
                return make_unexpected(tr("The body of %1 is one of earth, moon, asteroid, mars "
                                          "or other.")
                                           .arg(text(m_gaps, row, GapId)));
            }
            gap.destination = toStdString(text(m_gaps, row, GapDestination));
            gap.measurement = toStdString(text(m_gaps, row, GapMeasurement));
            gap.description = toStdString(text(m_gaps, row, GapDescription));
            return {};
        });
    if (!gaps) {
        return make_unexpected(gaps.error());
    }
    roadmap.goals = std::move(*goals);
    roadmap.objectives = std::move(*objectives);
    roadmap.knowledgeGaps = std::move(*gaps);

    renameReferences(roadmap, EntityKind::Agency, agencyRenames);
    renameReferences(roadmap, EntityKind::Capability, capabilityRenames);
    renameReferences(roadmap, EntityKind::Goal, goalRenames);
    renameReferences(roadmap, EntityKind::Objective, objectiveRenames);
    renameReferences(roadmap, EntityKind::KnowledgeGap, gapRenames);
    for (const Objective& objective : roadmap.objectives) {
        if (!roadmap.goals.contains(objective.goal)) {
            return make_unexpected(tr("Objective %1 supports goal \"%2\", which is not among "
                                      "the goals.")
                                       .arg(toQString(objective.id), toQString(objective.goal)));
        }
    }
    for (const KnowledgeGap& gap : roadmap.knowledgeGaps) {
        if (!gap.destination.empty() && !roadmap.destinations.contains(gap.destination)) {
            return make_unexpected(tr("Knowledge gap %1 lies at destination \"%2\", which is "
                                      "not among the destinations.")
                                       .arg(toQString(gap.id), toQString(gap.destination)));
        }
    }
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
