#include "statussummary.h"

#include "analysiscontroller.h"
#include "document.h"
#include "myagency.h"
#include "presentation.h"

#include <QLabel>
#include <QStatusBar>
#include <QToolButton>

namespace orrery::app {

using namespace Qt::StringLiterals;

StatusSummary::StatusSummary(Presentation* presentation, QStatusBar* statusBar)
    : QObject(statusBar), m_presentation(presentation), m_myAgency(new QToolButton(statusBar)),
      m_figures(new QLabel(statusBar)) {
    m_myAgency->setObjectName(u"myAgencyButton"_s);
    m_myAgency->setAutoRaise(true);
    m_myAgency->setToolTip(tr("The agency you plan for: it leads your new missions and "
                              "sends your contributions. Click to change it."));
    connect(m_myAgency, &QToolButton::clicked, this, [this] {
        if (const Roadmap* roadmap = m_presentation->roadmap();
            roadmap && chooseMyAgency(*roadmap, m_myAgency->window())) {
            update();
        }
    });
    statusBar->addPermanentWidget(m_myAgency);
    m_figures->setObjectName(u"statusSummary"_s);
    statusBar->addPermanentWidget(m_figures);
    connect(m_presentation, &Presentation::changed, this, &StatusSummary::update);
    update();
}

void StatusSummary::update() {
    const QString agency = myAgency();
    m_myAgency->setText(agency.isEmpty() ? tr("My agency: not set")
                                         : tr("My agency: %1").arg(agency));
    const Roadmap* roadmap = m_presentation->roadmap();
    m_myAgency->setEnabled(roadmap && !roadmap->agencies.empty());
    if (!roadmap) {
        m_figures->clear();
        return;
    }
    const int total = static_cast<int>(roadmap->missions.size());
    const int shown = m_presentation->visibleCount();
    QString text = shown == total ? tr("Missions: %1").arg(total)
                                  : tr("Missions: %1 of %2 shown").arg(shown).arg(total);
    // The newest figures, said to be checked again while a newer analysis runs.
    const AnalysisController* analysis = m_presentation->analysis();
    if (const auto latest = analysis->latest()) {
        const FindingCounts counts = countFindings(latest->findings);
        text += u" · "_s + tr("Errors: %1 · Warnings: %2").arg(counts.errors).arg(counts.warnings);
    }
    if (analysis->isRunning()) {
        text += u" · "_s + tr("checking...");
    }
    m_figures->setText(text);
}

} // namespace orrery::app
