#include "scenariocommands.h"

#include "../commands/commands.h"
#include "../document.h"
#include "../myagency.h"

#include <orrery/resolution.h>
#include <orrery/strategy.h>

#include <render/utf8.h>

#include <QAction>
#include <QInputDialog>
#include <QWidget>

namespace orrery::app {

using render::toQString;
using render::toStdString;

ScenarioCommands::ScenarioCommands(std::function<Document*()> currentDocument, QWidget* window)
    : QObject(window), m_document(std::move(currentDocument)), m_window(window),
      m_new(new QAction(tr("&New Scenario..."), this)),
      m_rename(new QAction(tr("&Rename Scenario..."), this)),
      m_delete(new QAction(tr("&Delete Scenario"), this)) {
    m_new->setStatusTip(tr("An alternative to the plan: the edits made while it is shown go "
                           "into it, the plan stays as it is"));
    m_rename->setStatusTip(tr("Give the scenario shown another name"));
    m_delete->setStatusTip(tr("Delete the scenario shown, with everything it changes"));
    connect(m_new, &QAction::triggered, this, [this] {
        bool accepted = false;
        const QString name =
            QInputDialog::getText(m_window, tr("New Scenario"), tr("Name of the scenario:"),
                                  QLineEdit::Normal, tr("New scenario"), &accepted);
        if (accepted) {
            createNamed(name);
        }
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        Document* document = m_document();
        const Scenario* shown =
            document ? document->wholeRoadmap().scenarios.find(document->scenario()) : nullptr;
        if (!shown) {
            return;
        }
        bool accepted = false;
        const QString name =
            QInputDialog::getText(m_window, tr("Rename Scenario"), tr("Name of the scenario:"),
                                  QLineEdit::Normal, toQString(nameOf(*shown)), &accepted);
        if (accepted) {
            renameShownTo(name);
        }
    });
    connect(m_delete, &QAction::triggered, this, &ScenarioCommands::deleteShown);
    update();
}

void ScenarioCommands::update() {
    const Document* document = m_document();
    const bool editable = document && !document->isReadOnly();
    const bool shown = editable && !document->scenario().empty();
    m_new->setEnabled(editable);
    m_rename->setEnabled(shown);
    m_delete->setEnabled(shown);
}

QString ScenarioCommands::ownerForNew() const {
    const Document* document = m_document();
    const QString mine = myAgency();
    if (document && !mine.isEmpty() &&
        document->wholeRoadmap().agencies.contains(toStdString(mine))) {
        return mine;
    }
    return toQString(kCoordinationGroup);
}

bool ScenarioCommands::createNamed(const QString& name) {
    Document* document = m_document();
    if (!document) {
        return false;
    }
    const commands::Result result = commands::addScenario(*document, name, ownerForNew());
    if (result.isRefused()) {
        Q_EMIT refused(result.reason());
    }
    update();
    return result.isChanged();
}

bool ScenarioCommands::renameShownTo(const QString& name) {
    Document* document = m_document();
    if (!document || document->scenario().empty()) {
        return false;
    }
    const commands::Result result =
        commands::renameScenario(*document, toQString(document->scenario()), name);
    if (result.isRefused()) {
        Q_EMIT refused(result.reason());
    }
    update();
    return result.isChanged();
}

bool ScenarioCommands::deleteShown() {
    Document* document = m_document();
    if (!document || document->scenario().empty()) {
        return false;
    }
    const commands::Result result =
        commands::deleteScenario(*document, toQString(document->scenario()));
    if (result.isRefused()) {
        Q_EMIT refused(result.reason());
    }
    update();
    return result.isChanged();
}

} // namespace orrery::app
