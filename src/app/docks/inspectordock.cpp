#include "inspectordock.h"

#include "../analysiscontroller.h"
#include "../document.h"
#include "../presentation.h"
#include "../scenarios/editionlibrary.h"
#include "../scenarios/trendchart.h"
#include "../selection.h"
#include "missioneditor.h"

#include <orrery/analysis/analysis.h>
#include <orrery/analysis/strategy.h>
#include <orrery/resolution.h>

#include <render/palette.h>
#include <render/report.h>
#include <render/utf8.h>
#include <render/vocabulary.h>

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace orrery::app {

using render::toQString;

namespace {

QString escaped(const std::string& text) {
    return toQString(text).toHtmlEscaped();
}

QString missionLink(const Roadmap& roadmap, const std::string& id) {
    const Mission* mission = roadmap.missions.find(id);
    const QString label = mission ? escaped(mission->name) : escaped(id);
    return QStringLiteral("<a href=\"mission:%1\">%2</a>")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(toQString(id))), label);
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td style='color:gray; padding-right:10px'>%1</td><td>%2</td></tr>")
        .arg(label, value);
}

QString months(int count) {
    return count == 1 ? InspectorDock::tr("1 month") : InspectorDock::tr("%1 months").arg(count);
}

} // namespace

InspectorDock::InspectorDock(Presentation* presentation, QWidget* parent)
    : QDockWidget(tr("Inspector"), parent), m_presentation(presentation) {
    setObjectName(QStringLiteral("inspectorDock"));
    // One scroll area for the fields and the details under them: the details grow to their
    // text rather than scrolling inside the scrolling panel.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("inspectorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    m_layout = layout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_editor = new MissionEditor(presentation, content);
    m_browser = new QTextBrowser(content);
    m_browser->setObjectName(QStringLiteral("inspectorBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_browser->viewport()->installEventFilter(this);
    m_trendTitle = new QLabel(tr("<b>Across editions</b>"), content);
    m_trendTitle->setContentsMargins(6, 6, 6, 0);
    m_trend = new TrendChart(content);
    layout->addWidget(m_editor);
    layout->addWidget(m_trendTitle);
    layout->addWidget(m_trend);
    layout->addWidget(m_browser);
    layout->addStretch(1);
    scroll->setWidget(content);
    setWidget(scroll);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("mission")) {
            m_presentation->selection()->reveal(QUrl::fromPercentEncoding(url.path().toUtf8()));
        } else {
            QDesktopServices::openUrl(url);
        }
    });
    connect(presentation, &Presentation::changed, this, &InspectorDock::refresh);
    refresh();
}

void InspectorDock::showTrend(const Mission& mission) {
    EditionLibrary* editions = m_presentation->editions();
    const auto& named = editions->named();
    m_trendTitle->setVisible(!named.empty());
    m_trend->setVisible(!named.empty());
    if (named.empty()) {
        return;
    }
    std::vector<TrendChart::Row> rows;
    for (const EditionReference& edition : named) {
        TrendChart::Row row;
        row.label = toQString(edition.id);
        row.title = render::editionName(edition);
        if (const Roadmap* earlier = editions->roadmap(edition.id)) {
            if (const Mission* then = earlier->missions.find(mission.id)) {
                row.start = then->start;
                row.end = then->end;
            }
        } else {
            row.note = tr("cannot be read");
        }
        rows.push_back(std::move(row));
    }
    const Document* document = m_presentation->document();
    const Scenario* scenario =
        document ? document->wholeRoadmap().scenarios.find(document->scenario()) : nullptr;
    rows.push_back({tr("Now"),
                    scenario ? tr("This roadmap, scenario %1").arg(toQString(nameOf(*scenario)))
                             : tr("This roadmap"),
                    mission.start,
                    mission.end,
                    {}});
    m_trend->setRows(std::move(rows));
}

QString InspectorDock::html() const {
    return m_browser->toHtml();
}

void InspectorDock::addSection(QWidget* section) {
    // Before the stretch that keeps the sections at the top.
    m_layout->insertWidget(m_layout->count() - 1, section);
}

void InspectorDock::fitDetails() {
    // As tall as its text at the width it has.
    m_browser->document()->setTextWidth(m_browser->viewport()->width());
    const int height = static_cast<int>(std::ceil(m_browser->document()->size().height())) +
                       m_browser->frameWidth() * 2 + 2;
    if (m_browser->height() != height) {
        m_browser->setFixedHeight(height);
    }
}

bool InspectorDock::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize) {
        fitDetails();
    }
    return QDockWidget::eventFilter(watched, event);
}

void InspectorDock::refresh() {
    const Roadmap* roadmap = m_presentation->roadmap();
    const QString currentId = m_presentation->selection()->current();
    const auto index =
        roadmap ? roadmap->missions.indexOf(render::toStdString(currentId)) : std::nullopt;
    if (!index) {
        m_trendTitle->hide();
        m_trend->hide();
        m_browser->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(tr("Select a mission to see its details.")));
        fitDetails();
        return;
    }
    const Mission& mission = roadmap->missions[*index];
    showTrend(mission);
    const auto analysis = m_presentation->currentAnalysis();
    const bool analysisCurrent = analysis != nullptr;

    QString html =
        QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(escaped(mission.name));
    html += QStringLiteral("<p style='color:gray; margin-top:0'>%1 &middot; %2 &middot; %3</p>")
                .arg(escaped(mission.id), render::crewName(mission.crew),
                     render::statusName(mission.status));

    if (analysisCurrent) {
        const MissionSchedule& schedule = analysis->schedule.missions[*index];
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Schedule"));
        if (schedule.excluded) {
            html += row(tr("Earliest start"), tr("none: the mission is in a dependency cycle"));
        } else if (schedule.earliestStart) {
            // Said as a planner would: how much room the prerequisites leave, or how late.
            const QString earliest = toQString(monthIndexToString(*schedule.earliestStart));
            const int early = schedule.plannedStart - *schedule.earliestStart;
            QString text;
            if (early > 0) {
                text = tr("could start from %1, %2 before planned").arg(earliest, months(early));
            } else if (early == 0) {
                text = tr("could start from %1, as planned").arg(earliest);
            } else {
                text = QStringLiteral("<b style='color:%1'>%2</b>")
                           .arg(render::severityColor(Severity::Error).name(),
                                tr("cannot start before %1: %2 later than planned")
                                    .arg(earliest, months(-early)));
            }
            html += row(tr("Earliest start"), text);
        }
        if (schedule.slackMonths && analysis->schedule.target) {
            const QString target =
                missionLink(*roadmap, roadmap->missions[*analysis->schedule.target].id);
            const bool isTarget = *analysis->schedule.target == *index;
            html +=
                row(tr("Slack"), isTarget            ? tr("the mission the critical path leads to")
                                 : schedule.critical ? tr("none: any slip delays %1").arg(target)
                                 : *schedule.slackMonths > 0
                                     ? tr("can slip %1 without delaying %2")
                                           .arg(months(*schedule.slackMonths), target)
                                     : tr("none: any slip delays %1").arg(target));
        }
        if (schedule.bindingPrerequisite) {
            html += row(tr("Waits for"),
                        missionLink(*roadmap, roadmap->missions[*schedule.bindingPrerequisite].id));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Prerequisites"));
    if (mission.prerequisites.empty()) {
        html += QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("none"));
    } else {
        html += QStringLiteral("<ul>");
        for (const Prerequisite& prerequisite : mission.prerequisites) {
            QString detail = render::dependencyTypeName(prerequisite.type);
            if (prerequisite.lagMonths != 0) {
                detail += QStringLiteral(" %1%2").arg(
                    prerequisite.lagMonths > 0 ? QStringLiteral("+") : QString(),
                    months(prerequisite.lagMonths));
            }
            detail += QStringLiteral(", ") +
                      (prerequisite.strength == DependencyStrength::Hard ? tr("hard") : tr("soft"));
            html += QStringLiteral("<li>%1 <span style='color:gray'>(%2)</span></li>")
                        .arg(missionLink(*roadmap, prerequisite.mission), detail);
        }
        html += QStringLiteral("</ul>");
    }

    QStringList dependents;
    for (const Mission& other : roadmap->missions) {
        for (const Prerequisite& prerequisite : other.prerequisites) {
            if (prerequisite.mission == mission.id && other.id != mission.id) {
                dependents << QStringLiteral("<li>%1</li>").arg(missionLink(*roadmap, other.id));
                break;
            }
        }
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Dependents"));
    html += dependents.isEmpty() ? QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("none"))
                                 : QStringLiteral("<ul>%1</ul>").arg(dependents.join(QString()));

    if (!mission.needs.empty() || !mission.provides.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Capabilities"));
        const auto capabilityName = [&](const std::string& id) {
            const Capability* capability = roadmap->capabilities.find(id);
            return capability ? escaped(capability->name) : escaped(id);
        };
        for (const std::string& need : mission.needs) {
            html += QStringLiteral("<li>%1 %2</li>").arg(tr("needs"), capabilityName(need));
        }
        for (const CapabilityGrant& grant : mission.provides) {
            html += QStringLiteral("<li>%1 %2%3</li>")
                        .arg(tr("demonstrates"), capabilityName(grant.capability),
                             grant.from ? tr(" from %1").arg(escaped(grant.from->toString()))
                                        : QString());
        }
        html += QStringLiteral("</ul>");
    }

    if (!mission.objectives.empty() || !mission.closes.empty() || !mission.needsKnowledge.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Why it flies"));
        for (const std::string& id : mission.objectives) {
            const Objective* objective = roadmap->objectives.find(id);
            const Goal* goal = objective ? roadmap->goals.find(objective->goal) : nullptr;
            html += QStringLiteral("<li>%1 %2%3</li>")
                        .arg(tr("pursues"), objective ? escaped(objective->name) : escaped(id),
                             goal ? tr(" (%1)").arg(escaped(goal->name)) : QString());
        }
        const auto gapName = [&](const std::string& id) {
            const KnowledgeGap* gap = roadmap->knowledgeGaps.find(id);
            return gap ? escaped(gap->name) : escaped(id);
        };
        for (const GapClosure& closure : mission.closes) {
            html += QStringLiteral("<li>%1 %2%3%4</li>")
                        .arg(tr("closes"), gapName(closure.gap),
                             closure.from ? tr(" from %1").arg(escaped(closure.from->toString()))
                                          : QString(),
                             closure.note.empty()
                                 ? QString()
                                 : QStringLiteral("<br><span style='color:gray'>%1</span>")
                                       .arg(escaped(closure.note)));
        }
        if (!mission.needsKnowledge.empty()) {
            const auto standings = knowledgeGapStandings(*roadmap);
            const auto self = roadmap->missions.indexOf(mission.id);
            for (const std::string& id : mission.needsKnowledge) {
                QString state;
                if (const auto gap = roadmap->knowledgeGaps.indexOf(id); gap && self) {
                    for (const GapNeed& need : standings[*gap].needs) {
                        if (need.mission != *self) {
                            continue;
                        }
                        const QString closer =
                            need.closer
                                ? missionLink(*roadmap, roadmap->missions[need.closer->mission].id)
                                : QString();
                        switch (need.timing) {
                        case GapTiming::InTime:
                            state = (need.marginMonths == 1
                                         ? tr("closed in time by %1, %2 month before")
                                         : tr("closed in time by %1, %2 months before"))
                                        .arg(closer)
                                        .arg(need.marginMonths.value_or(0));
                            break;
                        case GapTiming::MaybeLate:
                            state = tr("may be closed late by %1").arg(closer);
                            break;
                        case GapTiming::Late:
                            state = tr("closed late by %1").arg(closer);
                            break;
                        case GapTiming::NotClosed:
                            state = tr("closed by no mission");
                            break;
                        }
                    }
                }
                html += QStringLiteral("<li>%1 %2%3</li>")
                            .arg(tr("needs known:"), gapName(id),
                                 state.isEmpty() ? QString() : QStringLiteral(", ") + state);
            }
        }
        html += QStringLiteral("</ul>");
    }

    if (analysisCurrent) {
        QString findings;
        for (const Finding& finding : analysis->findings) {
            if (std::find(finding.missions.begin(), finding.missions.end(), mission.id) ==
                finding.missions.end()) {
                continue;
            }
            findings += QStringLiteral("<li><b style='color:%1'>%2</b> %3</li>")
                            .arg(render::severityColor(finding.severity).name(),
                                 render::severityName(finding.severity), escaped(finding.message));
        }
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Findings"));
        html += findings.isEmpty() ? QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("none"))
                                   : QStringLiteral("<ul>%1</ul>").arg(findings);
    }

    if (!mission.notes.empty()) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Notes"), escaped(mission.notes));
    }
    if (!mission.references.empty()) {
        html += QStringLiteral("<h4>%1</h4><ol>").arg(tr("Sources"));
        for (const std::string& reference : mission.references) {
            QString text = escaped(reference);
            const qsizetype link = text.indexOf(QLatin1String("http"));
            if (link >= 0) {
                const QString url = text.mid(link).section(QLatin1Char(' '), 0, 0);
                text.replace(url, QStringLiteral("<a href=\"%1\">%1</a>").arg(url));
            }
            html += QStringLiteral("<li>%1</li>").arg(text);
        }
        html += QStringLiteral("</ol>");
    }
    m_browser->setHtml(html);
    fitDetails();
}

} // namespace orrery::app
