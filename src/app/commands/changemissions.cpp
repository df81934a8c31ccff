#include "changemissions.h"

#include "../document.h"
#include "commandids.h"

#include <render/utf8.h>

#include <QCoreApplication>

#include <algorithm>

namespace orrery::app {

ChangeMissionsCommand::ChangeMissionsCommand(Document* document, std::vector<Change> changes,
                                             const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_scenario(document->scenario()),
      m_changes(std::move(changes)) {}

ChangeMissionsCommand* ChangeMissionsCommand::move(Document* document, std::vector<Change> changes,
                                                   int months, const QString& subject) {
    auto* command =
        new ChangeMissionsCommand(document, std::move(changes), moveText(subject, months));
    command->m_months = months;
    command->m_subject = subject;
    return command;
}

QString ChangeMissionsCommand::moveText(const QString& subject, int months) {
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("orrery::app::commands", text);
    };
    if (months == 0) {
        return tr("Move %1 back").arg(subject);
    }
    const int count = std::abs(months);
    const QString span = count == 1 ? tr("a month") : tr("%1 months").arg(count);
    return months >= 0 ? tr("Move %1 later by %2").arg(subject, span)
                       : tr("Move %1 earlier by %2").arg(subject, span);
}

int ChangeMissionsCommand::id() const {
    return m_months != 0 ? MoveMissionsId : -1;
}

bool ChangeMissionsCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const ChangeMissionsCommand*>(other);
    if (!next || next->id() != MoveMissionsId || next->m_scenario != m_scenario ||
        next->m_changes.size() != m_changes.size() ||
        !std::equal(m_changes.begin(), m_changes.end(), next->m_changes.begin(),
                    [](const Change& mine, const Change& theirs) {
                        return mine.index == theirs.index && mine.after == theirs.before;
                    })) {
        return false;
    }
    for (std::size_t i = 0; i < m_changes.size(); ++i) {
        m_changes[i].after = next->m_changes[i].after;
    }
    m_months += next->m_months;
    setText(moveText(m_subject, m_months));
    // Back where they were: nothing left to undo.
    setObsolete(std::all_of(m_changes.begin(), m_changes.end(),
                            [](const Change& change) { return change.before == change.after; }));
    return true;
}

void ChangeMissionsCommand::undo() {
    apply(false);
}

void ChangeMissionsCommand::redo() {
    apply(true);
}

void ChangeMissionsCommand::apply(bool forward) {
    m_document->showScenarioOf(m_scenario);
    DocumentChange change{DocumentChange::Kind::MissionsEdited, {}, {}};
    for (const Change& entry : m_changes) {
        const Mission& mission = forward ? entry.after : entry.before;
        change.fields |= changedFields(entry.before, entry.after);
        m_document->replaceMission(entry.index, mission);
        change.missions << render::toQString(mission.id);
    }
    m_document->notify(change);
}

} // namespace orrery::app
