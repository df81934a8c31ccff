#include "scenariobar.h"

#include "../document.h"
#include "../presentation.h"
#include "baselines.h"
#include "editionlibrary.h"

#include <orrery/resolution.h>

#include <render/report.h>
#include <render/utf8.h>

#include <QComboBox>
#include <QLabel>

namespace orrery::app {

namespace {

/// The comparison with the version picked in the History panel.
const QString kVersionKey = QStringLiteral("version");

} // namespace

using namespace Qt::StringLiterals;
using render::toQString;
using render::toStdString;

ScenarioBar::ScenarioBar(Presentation* presentation, QWidget* parent)
    : QToolBar(tr("Scenario"), parent), m_presentation(presentation) {
    setObjectName(u"scenarioBar"_s);
    addWidget(new QLabel(tr("Scenario:"), this));
    m_scenarios = new QComboBox(this);
    m_scenarios->setObjectName(u"scenarioChooser"_s);
    m_scenarios->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenarios->setToolTip(tr("The plan, or one of its scenarios: what the views show, and "
                               "what edits change"));
    addWidget(m_scenarios);
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"scenarioNotice"_s);
    // Highlighted as a selection is, so that it reads in the light and the dark theme alike.
    m_notice->setStyleSheet(u"QLabel { background: palette(highlight); color: "
                            "palette(highlighted-text); padding: 2px 8px; border-radius: 3px; }"_s);
    // A widget in a tool bar is shown and hidden through its action.
    m_noticeAction = addWidget(m_notice);
    addSeparator();
    addWidget(new QLabel(tr("Compare with:"), this));
    m_comparison = new QComboBox(this);
    m_comparison->setObjectName(u"comparisonChooser"_s);
    // Narrower than its longest edition's name: the list opens as wide as it needs.
    m_comparison->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_comparison->setMinimumContentsLength(18);
    m_comparison->setToolTip(tr("Draw where the missions are in the plan, another scenario or "
                                "an earlier edition, as ghosts under their bars"));
    addWidget(m_comparison);

    connect(m_scenarios, &QComboBox::activated, this, &ScenarioBar::showChosenScenario);
    connect(m_comparison, &QComboBox::activated, this,
            [this] { compareWith(m_comparison->currentData().toString()); });
    connect(m_presentation, &Presentation::changed, this, [this](Presentation::Update update) {
        if (update != Presentation::Update::Repaint) {
            rebuild();
        }
    });
    // A version picked in the History panel is compared with at once; when it goes, so does
    // the comparison with it.
    connect(m_presentation, &Presentation::historicVersionChanged, this, [this] {
        const bool comparingVersion = m_comparison->currentData().toString() == kVersionKey;
        rebuild();
        if (m_presentation->historicVersion()) {
            compareWith(kVersionKey);
        } else if (comparingVersion) {
            compareWith(QString());
        }
    });
    rebuild();
}

void ScenarioBar::setCompareAction(QAction* action) {
    addSeparator();
    addAction(action);
}

bool ScenarioBar::noticeShown() const {
    return m_noticeAction->isVisible();
}

void ScenarioBar::rebuild() {
    if (m_rebuilding) {
        return;
    }
    m_rebuilding = true;
    Document* document = m_presentation->document();
    const QString comparedKey = m_comparison->currentData().toString();
    m_scenarios->clear();
    m_comparison->clear();
    m_comparison->addItem(tr("Nothing"), QString());
    const std::string shown = document ? document->scenario() : std::string();
    if (document) {
        const Roadmap& whole = document->wholeRoadmap();
        m_scenarios->addItem(tr("Plan"), QString());
        if (!shown.empty()) {
            m_comparison->addItem(tr("Plan"), u"plan"_s);
        }
        for (const Scenario& scenario : whole.scenarios) {
            m_scenarios->addItem(toQString(nameOf(scenario)), toQString(scenario.id));
            if (scenario.id != shown) {
                m_comparison->addItem(tr("Scenario %1").arg(toQString(nameOf(scenario))),
                                      QString(u"scenario:"_s + toQString(scenario.id)));
            }
        }
        for (const EditionReference& edition : whole.editions) {
            m_comparison->addItem(render::editionName(edition),
                                  QString(u"edition:"_s + toQString(edition.id)));
        }
        m_scenarios->setCurrentIndex(std::max(0, m_scenarios->findData(toQString(shown))));
    }
    if (m_presentation->historicVersion()) {
        m_comparison->addItem(m_presentation->historicVersionLabel(), kVersionKey);
    }
    setEnabled(document != nullptr);
    // A roadmap with neither scenarios nor earlier editions has nothing to choose here. Only a
    // change of that hides or shows the bar: a planner who closed it keeps it closed.
    const bool hasChoices = document && (!document->wholeRoadmap().scenarios.empty() ||
                                         !document->wholeRoadmap().editions.empty() ||
                                         m_presentation->historicVersion());
    if (hasChoices != m_hasChoices) {
        m_hasChoices = hasChoices;
        setVisible(hasChoices);
    }
    m_scenarios->setEnabled(m_scenarios->count() > 1);
    m_comparison->setEnabled(m_comparison->count() > 1);
    m_noticeAction->setVisible(!shown.empty());
    if (!shown.empty()) {
        m_notice->setText(tr("Edits go into \u201c%1\u201d").arg(m_scenarios->currentText()));
        m_notice->setToolTip(tr("What you move, edit, add or remove changes the scenario "
                                "\u201c%1\u201d; the plan stays as it is")
                                 .arg(m_scenarios->currentText()));
    }
    const int compared = m_comparison->findData(comparedKey);
    m_comparison->setCurrentIndex(std::max(0, compared));
    m_rebuilding = false;
    // The shown missions may have moved against what they are compared with.
    updateComparison();
}

void ScenarioBar::showChosenScenario() {
    Document* document = m_presentation->document();
    if (!document) {
        return;
    }
    const std::string id = toStdString(m_scenarios->currentData().toString());
    if (auto shown = document->showScenario(id); !shown) {
        Q_EMIT message(shown.error(), 5000);
        rebuild();
        return;
    }
    Q_EMIT message(
        id.empty() ? tr("Showing the plan")
                   : tr("Showing scenario %1: edits go into it").arg(m_scenarios->currentText()),
        4000);
}

Expected<const Roadmap*, QString> ScenarioBar::comparedRoadmap(const QString& key) {
    Document* document = m_presentation->document();
    if (!document) {
        return make_unexpected(QString());
    }
    const Roadmap& whole = document->wholeRoadmap();
    if (key == u"plan"_s) {
        // The plan is the whole roadmap's missions; scenarios do not change how they are drawn.
        return &whole;
    }
    if (key.startsWith(u"scenario:"_s)) {
        auto resolved = resolveScenario(whole, toStdString(key.mid(9)));
        if (!resolved) {
            return make_unexpected(toQString(resolved.error()));
        }
        m_resolved = std::move(*resolved);
        return &*m_resolved;
    }
    if (key == kVersionKey && m_presentation->historicVersion()) {
        return m_presentation->historicVersion().get();
    }
    if (key.startsWith(u"edition:"_s)) {
        const std::string id = toStdString(key.mid(8));
        EditionLibrary* editions = m_presentation->editions();
        if (const Roadmap* edition = editions->roadmap(id)) {
            return edition;
        }
        return make_unexpected(editions->problem(id));
    }
    return make_unexpected(QString());
}

void ScenarioBar::compareWith(const QString& key) {
    const int index = m_comparison->findData(key);
    m_comparison->setCurrentIndex(std::max(0, index));
    if (index < 0 && !key.isEmpty()) {
        Q_EMIT message(tr("There is nothing \"%1\" to compare with.").arg(key), 5000);
    }
    updateComparison();
}

void ScenarioBar::updateComparison() {
    const QString key = m_comparison->currentData().toString();
    const Roadmap* shown = m_presentation->roadmap();
    if (key.isEmpty() || !shown) {
        if (!m_presentation->proposalMarks().empty()) {
            m_presentation->setProposalMarks({});
        }
        return;
    }
    auto other = comparedRoadmap(key);
    if (!other) {
        Q_EMIT message(other.error(), 8000);
        m_comparison->setCurrentIndex(0);
        m_presentation->setProposalMarks({});
        return;
    }
    m_presentation->setProposalMarks(marksAgainst(*shown, **other));
}

} // namespace orrery::app
