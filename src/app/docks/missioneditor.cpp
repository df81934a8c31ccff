#include "missioneditor.h"

#include "../commands/commands.h"
#include "../document.h"
#include "../presentation.h"
#include "../selection.h"
#include "idcompleter.h"

#include <orrery/identifier.h>

#include <render/utf8.h>
#include <render/vocabulary.h>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace orrery::app {

using render::toQString;
using render::toStdString;

namespace {

QStringList split(const QString& text) {
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            items << part.trimmed();
        }
    }
    return items;
}

QString joined(const std::vector<std::string>& items) {
    QStringList list;
    for (const std::string& item : items) {
        list << toQString(item);
    }
    return list.join(QStringLiteral(", "));
}

QString prerequisiteText(const Roadmap& roadmap, const Prerequisite& prerequisite) {
    const Mission* required = roadmap.missions.find(prerequisite.mission);
    QString text =
        toQString(required && !required->name.empty() ? required->name : prerequisite.mission);
    QStringList details;
    if (prerequisite.type == DependencyType::StartToStart) {
        details << render::dependencyTypeName(prerequisite.type);
    }
    if (prerequisite.lagMonths != 0) {
        details << MissionEditor::tr("lag %1 months").arg(prerequisite.lagMonths);
    }
    if (prerequisite.strength == DependencyStrength::Soft) {
        details << MissionEditor::tr("soft");
    }
    return details.isEmpty() ? text
                             : text + QStringLiteral(" (") + details.join(QStringLiteral(", ")) +
                                   QLatin1Char(')');
}

} // namespace

MissionEditor::MissionEditor(Presentation* presentation, QWidget* parent)
    : QWidget(parent), m_presentation(presentation) {
    setObjectName(QStringLiteral("missionEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    // What was refused, and why, at the top where it is seen.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("inspectorMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold"));
    m_message->hide();
    layout->addWidget(m_message);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto lineEdit = [this](const char* name, const QString& placeholder = {}) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_id = lineEdit("editId");
    m_name = lineEdit("editName");
    m_lead = new QComboBox(this);
    m_lead->setObjectName(QStringLiteral("editLead"));
    m_partners = lineEdit("editPartners", tr("agency ids, separated by commas"));
    m_destination = new QComboBox(this);
    m_destination->setObjectName(QStringLiteral("editDestination"));
    m_crew = new QComboBox(this);
    m_crew->setObjectName(QStringLiteral("editCrew"));
    for (const Crew crew : render::allCrews()) {
        m_crew->addItem(render::crewName(crew), static_cast<int>(crew));
    }
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("editStatus"));
    for (const MissionStatus status : render::allStatuses()) {
        m_status->addItem(render::statusName(status), static_cast<int>(status));
    }
    m_start = lineEdit("editStart", tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    m_end = lineEdit("editEnd", tr("empty for a milestone"));
    m_needs = lineEdit("editNeeds", tr("capability ids, separated by commas"));
    m_provides = lineEdit("editProvides", tr("capability[@date], separated by commas"));
    m_objectives = lineEdit("editObjectives", tr("objective ids, separated by commas"));
    m_needsKnowledge = lineEdit("editNeedsKnowledge", tr("knowledge gap ids, separated by commas"));
    m_closes = lineEdit("editCloses", tr("knowledge gap[@date], separated by commas"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("editNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    m_references = new QPlainTextEdit(this);
    m_references->setObjectName(QStringLiteral("editReferences"));
    m_references->setPlaceholderText(tr("one source per line"));
    m_references->setTabChangesFocus(true);
    m_references->setMaximumHeight(70);
    m_notes->installEventFilter(this);
    m_references->installEventFilter(this);

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(QStringLiteral("\u2013"), this));
    dates->addWidget(m_end);
    auto* kind = new QHBoxLayout;
    kind->addWidget(m_crew);
    kind->addWidget(m_status);

    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Id"), m_id);
    form->addRow(tr("Lead"), m_lead);
    form->addRow(tr("Partners"), m_partners);
    form->addRow(tr("Destination"), m_destination);
    form->addRow(tr("Crew, status"), kind);
    form->addRow(tr("Dates"), dates);
    form->addRow(tr("Needs"), m_needs);
    form->addRow(tr("Provides"), m_provides);
    form->addRow(tr("Objectives"), m_objectives);
    form->addRow(tr("Needs known"), m_needsKnowledge);
    form->addRow(tr("Closes gaps"), m_closes);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(tr("Sources"), m_references);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Prerequisites"), this));
    m_prerequisites = new QListWidget(this);
    m_prerequisites->setObjectName(QStringLiteral("editPrerequisites"));
    m_prerequisites->setMaximumHeight(90);
    layout->addWidget(m_prerequisites);
    auto* adding = new QHBoxLayout;
    m_newPrerequisite = lineEdit("newPrerequisite", tr("mission name or id"));
    m_addPrerequisite = new QPushButton(tr("Add"), this);
    m_removePrerequisite = new QPushButton(tr("Remove"), this);
    adding->addWidget(m_newPrerequisite, 1);
    adding->addWidget(m_addPrerequisite);
    adding->addWidget(m_removePrerequisite);
    layout->addLayout(adding);

    // Ids are completed by name as well: "Explo" finds Exploration Mission-1.
    m_prerequisiteCompleter = new IdCompleter(m_newPrerequisite, false);
    m_needsCompleter = new IdCompleter(m_needs, true);
    m_providesCompleter = new IdCompleter(m_provides, true);
    m_objectivesCompleter = new IdCompleter(m_objectives, true);
    m_needsKnowledgeCompleter = new IdCompleter(m_needsKnowledge, true);
    m_closesCompleter = new IdCompleter(m_closes, true);

    // As the planner types: say at once what would be refused (nothing is applied until
    // Enter or leaving the field).
    const auto checkDate = [this](const QString& text, const QString& field, bool optional) {
        if (optional && text.trimmed().isEmpty()) {
            showMessage({});
            return;
        }
        const auto parsed = Date::parse(toStdString(text.trimmed()));
        showMessage(parsed ? QString() : tr("%1: %2").arg(field, toQString(parsed.error())));
    };
    connect(m_start, &QLineEdit::textEdited, this,
            [checkDate](const QString& text) { checkDate(text, tr("Start"), false); });
    connect(m_end, &QLineEdit::textEdited, this,
            [checkDate](const QString& text) { checkDate(text, tr("End"), true); });
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString& text) {
        const Roadmap* roadmap = m_presentation->roadmap();
        const QString id = text.trimmed();
        if (!isWellFormedId(toStdString(id))) {
            showMessage(tr("An id is 1 to 64 letters, digits, '.', '_' or '-', starting with a "
                           "letter or digit."));
        } else if (roadmap && id != m_missionId && roadmap->missions.contains(toStdString(id))) {
            showMessage(tr("Another mission already has the id \"%1\".").arg(id));
        } else {
            showMessage({});
        }
    });
    connect(m_id, &QLineEdit::editingFinished, this, &MissionEditor::commitId);
    connect(m_name, &QLineEdit::editingFinished, this, &MissionEditor::commitName);
    connect(m_partners, &QLineEdit::editingFinished, this, &MissionEditor::commitPartners);
    connect(m_start, &QLineEdit::editingFinished, this, &MissionEditor::commitDates);
    connect(m_end, &QLineEdit::editingFinished, this, &MissionEditor::commitDates);
    connect(m_needs, &QLineEdit::editingFinished, this, &MissionEditor::commitCapabilities);
    connect(m_provides, &QLineEdit::editingFinished, this, &MissionEditor::commitCapabilities);
    for (QLineEdit* field : {m_objectives, m_needsKnowledge, m_closes}) {
        connect(field, &QLineEdit::editingFinished, this, &MissionEditor::commitPurpose);
    }
    for (QComboBox* box : {m_lead, m_destination, m_crew, m_status}) {
        connect(box, &QComboBox::activated, this, &MissionEditor::commitChoices);
    }
    connect(m_addPrerequisite, &QPushButton::clicked, this, &MissionEditor::addPrerequisite);
    connect(m_newPrerequisite, &QLineEdit::returnPressed, this, &MissionEditor::addPrerequisite);
    connect(m_removePrerequisite, &QPushButton::clicked, this, &MissionEditor::removePrerequisite);
    connect(presentation, &Presentation::changed, this, &MissionEditor::refresh);
    refresh();
}

void MissionEditor::focusFirstField() {
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

QString MissionEditor::message() const {
    return m_message->text();
}

void MissionEditor::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool MissionEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_notes) {
            commitNotes();
        } else if (watched == m_references) {
            commitReferences();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MissionEditor::refresh() {
    const Roadmap* roadmap = m_presentation->roadmap();
    const QString current = m_presentation->selection()->current();
    const Mission* mission = roadmap ? roadmap->missions.find(toStdString(current)) : nullptr;
    const bool editable =
        mission && m_presentation->document() && !m_presentation->document()->isReadOnly();
    setEnabled(editable);
    setVisible(mission != nullptr);
    if (current != m_missionId) {
        showMessage({});
    }
    m_missionId = current;
    if (!mission) {
        return;
    }
    m_refreshing = true;
    // Fields being typed into keep what the planner typed; the others show their start.
    const auto set = [](QLineEdit* edit, const QString& text) {
        if (!edit->hasFocus() || edit->text() == text) {
            edit->setText(text);
        }
        if (!edit->hasFocus()) {
            edit->setCursorPosition(0);
        }
    };
    set(m_id, toQString(mission->id));
    set(m_name, toQString(mission->name));
    m_lead->clear();
    for (const Agency& agency : roadmap->agencies) {
        m_lead->addItem(toQString(agency.id));
    }
    if (!roadmap->agencies.contains(mission->lead)) {
        m_lead->addItem(toQString(mission->lead));
    }
    m_lead->setCurrentText(toQString(mission->lead));
    set(m_partners, joined(mission->partners));
    m_destination->clear();
    for (const Destination& destination : roadmap->destinations) {
        m_destination->addItem(toQString(destination.name), toQString(destination.id));
    }
    const int destinationRow = m_destination->findData(toQString(mission->destination));
    if (destinationRow < 0) {
        m_destination->addItem(toQString(mission->destination), toQString(mission->destination));
    }
    m_destination->setCurrentIndex(m_destination->findData(toQString(mission->destination)));
    m_crew->setCurrentIndex(m_crew->findData(static_cast<int>(mission->crew)));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(mission->status)));
    set(m_start, toQString(mission->start.toString()));
    set(m_end, mission->end ? toQString(mission->end->toString()) : QString());
    set(m_needs, joined(mission->needs));
    QStringList provides;
    for (const CapabilityGrant& grant : mission->provides) {
        provides << (grant.from ? toQString(grant.capability) + QLatin1Char('@') +
                                      toQString(grant.from->toString())
                                : toQString(grant.capability));
    }
    set(m_provides, provides.join(QStringLiteral(", ")));
    set(m_objectives, joined(mission->objectives));
    set(m_needsKnowledge, joined(mission->needsKnowledge));
    QStringList closes;
    for (const GapClosure& closure : mission->closes) {
        closes << (closure.from ? toQString(closure.gap) + QLatin1Char('@') +
                                      toQString(closure.from->toString())
                                : toQString(closure.gap));
    }
    set(m_closes, closes.join(QStringLiteral(", ")));
    if (!m_notes->hasFocus()) {
        m_notes->setPlainText(toQString(mission->notes));
    }
    if (!m_references->hasFocus()) {
        QStringList references;
        for (const std::string& reference : mission->references) {
            references << toQString(reference);
        }
        m_references->setPlainText(references.join(QLatin1Char('\n')));
    }
    m_prerequisites->clear();
    for (const Prerequisite& prerequisite : mission->prerequisites) {
        auto* item = new QListWidgetItem(prerequisiteText(*roadmap, prerequisite), m_prerequisites);
        item->setData(Qt::UserRole, toQString(prerequisite.mission));
        item->setToolTip(toQString(prerequisite.mission));
    }
    m_otherMissions.clear();
    for (const Mission& other : roadmap->missions) {
        if (other.id != mission->id) {
            m_otherMissions.push_back({toQString(other.id), toQString(other.name)});
        }
    }
    m_capabilities.clear();
    for (const Capability& capability : roadmap->capabilities) {
        m_capabilities.push_back({toQString(capability.id), toQString(capability.name)});
    }
    m_objectiveEntries.clear();
    for (const Objective& objective : roadmap->objectives) {
        m_objectiveEntries.push_back({toQString(objective.id), toQString(objective.name)});
    }
    m_gapEntries.clear();
    for (const KnowledgeGap& gap : roadmap->knowledgeGaps) {
        m_gapEntries.push_back({toQString(gap.id), toQString(gap.name)});
    }
    m_objectivesCompleter->setEntries(m_objectiveEntries);
    m_needsKnowledgeCompleter->setEntries(m_gapEntries);
    m_closesCompleter->setEntries(m_gapEntries);
    m_prerequisiteCompleter->setEntries(m_otherMissions);
    m_needsCompleter->setEntries(m_capabilities);
    m_providesCompleter->setEntries(m_capabilities);
    m_refreshing = false;
}

std::optional<Mission> MissionEditor::currentMission() const {
    Document* document = m_presentation->document();
    const Mission* mission =
        document ? document->roadmap().missions.find(toStdString(m_missionId)) : nullptr;
    if (m_refreshing || !mission) {
        return std::nullopt;
    }
    return *mission;
}

void MissionEditor::commit(const Mission& after, const QString& field) {
    showMessage({});
    const Mission* before =
        m_presentation->document()->roadmap().missions.find(toStdString(m_missionId));
    commands::editMission(
        *m_presentation->document(), m_missionId, after,
        tr("Change %1 of %2").arg(field, before ? toQString(before->name) : m_missionId));
}

void MissionEditor::commitId() {
    Document* document = m_presentation->document();
    if (m_refreshing || !document || m_id->text() == m_missionId) {
        return;
    }
    const QString newId = m_id->text().trimmed();
    const auto renamed = commands::renameMission(*document, m_missionId, newId);
    if (renamed.isRefused()) {
        showMessage(renamed.reason());
        return;
    }
    showMessage({});
    m_presentation->selection()->selectOne(newId);
}

void MissionEditor::commitName() {
    auto mission = currentMission();
    if (!mission) {
        return;
    }
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("A mission needs a name."));
        return;
    }
    mission->name = toStdString(name);
    commit(*mission, tr("name"));
}

void MissionEditor::commitChoices() {
    auto mission = currentMission();
    if (!mission) {
        return;
    }
    mission->lead = toStdString(m_lead->currentText());
    mission->destination = toStdString(m_destination->currentData().toString());
    mission->crew = static_cast<Crew>(m_crew->currentData().toInt());
    mission->status = static_cast<MissionStatus>(m_status->currentData().toInt());
    commit(*mission, tr("lead, destination, crew or status"));
}

void MissionEditor::commitPartners() {
    auto mission = currentMission();
    if (!mission) {
        return;
    }
    const Roadmap& roadmap = m_presentation->document()->roadmap();
    std::vector<std::string> partners;
    for (const QString& id : split(m_partners->text())) {
        if (!roadmap.agencies.contains(toStdString(id))) {
            showMessage(tr("There is no agency \"%1\".").arg(id));
            return;
        }
        if (std::find(partners.begin(), partners.end(), toStdString(id)) == partners.end()) {
            partners.push_back(toStdString(id));
        }
    }
    mission->partners = partners;
    commit(*mission, tr("partners"));
}

void MissionEditor::commitDates() {
    auto mission = currentMission();
    if (!mission) {
        return;
    }
    const auto start = Date::parse(toStdString(m_start->text().trimmed()));
    if (!start) {
        showMessage(tr("Start: %1").arg(toQString(start.error())));
        return;
    }
    std::optional<Date> end;
    const QString endText = m_end->text().trimmed();
    if (!endText.isEmpty()) {
        const auto parsed = Date::parse(toStdString(endText));
        if (!parsed) {
            showMessage(tr("End: %1").arg(toQString(parsed.error())));
            return;
        }
        if (parsed->lastDay() < start->firstDay()) {
            showMessage(tr("The end (%1) is before the start (%2).")
                            .arg(endText, m_start->text().trimmed()));
            return;
        }
        end = *parsed;
    }
    mission->start = *start;
    mission->end = end;
    commit(*mission, tr("dates"));
}

void MissionEditor::commitCapabilities() {
    auto mission = currentMission();
    if (!mission) {
        return;
    }
    std::vector<std::string> needs;
    for (const QString& typed : split(m_needs->text())) {
        const QString id = idNamed(m_capabilities, typed);
        if (id.isEmpty()) {
            showMessage(tr("There is no capability \"%1\".").arg(typed));
            return;
        }
        needs.push_back(toStdString(id));
    }
    std::vector<CapabilityGrant> provides;
    for (const QString& entry : split(m_provides->text())) {
        const QString typed = entry.section(QLatin1Char('@'), 0, 0).trimmed();
        const QString from = entry.section(QLatin1Char('@'), 1).trimmed();
        const QString id = idNamed(m_capabilities, typed);
        if (id.isEmpty()) {
            showMessage(tr("There is no capability \"%1\".").arg(typed));
            return;
        }
        CapabilityGrant grant{toStdString(id), std::nullopt, {}};
        if (!from.isEmpty()) {
            const auto date = Date::parse(toStdString(from));
            if (!date) {
                showMessage(tr("%1: %2").arg(id, toQString(date.error())));
                return;
            }
            grant.from = *date;
        }
        // Keep what the file said beyond the fields shown here.
        for (const CapabilityGrant& old : mission->provides) {
            if (old.capability == grant.capability) {
                grant.extensions = old.extensions;
            }
        }
        provides.push_back(std::move(grant));
    }
    mission->needs = needs;
    mission->provides = provides;
    commit(*mission, tr("capabilities"));
}

void MissionEditor::commitPurpose() {
    auto mission = currentMission();
    if (!mission) {
        return;
    }
    const auto ids = [this](const QLineEdit* field, const QList<IdCompleter::Entry>& entries,
                            const QString& kind) -> std::optional<std::vector<std::string>> {
        std::vector<std::string> result;
        for (const QString& typed : split(field->text())) {
            const QString id = idNamed(entries, typed);
            if (id.isEmpty()) {
                showMessage(tr("There is no %1 \"%2\".").arg(kind, typed));
                return std::nullopt;
            }
            result.push_back(toStdString(id));
        }
        return result;
    };
    const auto objectives = ids(m_objectives, m_objectiveEntries, tr("objective"));
    const auto needed = ids(m_needsKnowledge, m_gapEntries, tr("knowledge gap"));
    if (!objectives || !needed) {
        return;
    }
    std::vector<GapClosure> closes;
    for (const QString& entry : split(m_closes->text())) {
        const QString typed = entry.section(QLatin1Char('@'), 0, 0).trimmed();
        const QString from = entry.section(QLatin1Char('@'), 1).trimmed();
        const QString id = idNamed(m_gapEntries, typed);
        if (id.isEmpty()) {
            showMessage(tr("There is no knowledge gap \"%1\".").arg(typed));
            return;
        }
        GapClosure closure{toStdString(id), std::nullopt, {}, {}};
        if (!from.isEmpty()) {
            const auto date = Date::parse(toStdString(from));
            if (!date) {
                showMessage(tr("%1: %2").arg(id, toQString(date.error())));
                return;
            }
            closure.from = *date;
        }
        // The note on how sure the closing is, and what else the file said, stay.
        for (const GapClosure& old : mission->closes) {
            if (old.gap == closure.gap) {
                closure.note = old.note;
                closure.extensions = old.extensions;
            }
        }
        closes.push_back(std::move(closure));
    }
    mission->objectives = *objectives;
    mission->needsKnowledge = *needed;
    mission->closes = std::move(closes);
    commit(*mission, tr("objectives and knowledge gaps"));
}

void MissionEditor::commitNotes() {
    auto mission = currentMission();
    if (!mission) {
        return;
    }
    mission->notes = toStdString(m_notes->toPlainText());
    commit(*mission, tr("notes"));
}

void MissionEditor::commitReferences() {
    auto mission = currentMission();
    if (!mission) {
        return;
    }
    mission->references.clear();
    for (const QString& line : m_references->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            mission->references.push_back(toStdString(line.trimmed()));
        }
    }
    commit(*mission, tr("sources"));
}

void MissionEditor::addPrerequisite() {
    Document* document = m_presentation->document();
    const QString typed = m_newPrerequisite->text().trimmed();
    if (!document || typed.isEmpty()) {
        return;
    }
    const QString id = idNamed(m_otherMissions, typed);
    if (id.isEmpty()) {
        showMessage(tr("There is no mission \"%1\" (by name or id).").arg(typed));
        return;
    }
    const auto added = commands::addPrerequisite(*document, m_missionId, id);
    if (added.isRefused()) {
        showMessage(added.reason());
        return;
    }
    showMessage({});
    m_newPrerequisite->clear();
}

void MissionEditor::removePrerequisite() {
    Document* document = m_presentation->document();
    const QListWidgetItem* item = m_prerequisites->currentItem();
    if (document && item) {
        commands::removePrerequisite(*document, m_missionId, item->data(Qt::UserRole).toString());
    }
}

} // namespace orrery::app
