#include "presentation.h"

#include "analysiscontroller.h"
#include "document.h"
#include "scenarios/editionlibrary.h"
#include "selection.h"

#include <fmt/format.h>
#include <render/timelinelayout.h>
#include <render/utf8.h>

#include <QApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace orrery::app {

Presentation::Presentation(MissionSelection* selection, AnalysisController* analysis,
                           QObject* parent)
    : QObject(parent), m_selection(selection), m_analysis(analysis),
      m_editions(new EditionLibrary(this)) {
    m_context.font = QApplication::font();
    m_context.theme = render::Theme::fromPalette(QApplication::palette());
    connect(m_selection, &MissionSelection::changed, this, [this] { rebuild(Update::Repaint); });
    connect(m_analysis, &AnalysisController::updated, this, [this] { rebuild(Update::Repaint); });
    connect(&m_launchWatcher, &QFutureWatcher<render::LaunchWindows>::finished, this, [this] {
        m_launchWindows = m_launchWatcher.result();
        m_launchLanes = std::exchange(m_pendingLaunchLanes, std::nullopt);
        rebuild(Update::Repaint);
    });
}

void Presentation::setShowsLaunchWindows(bool show) {
    if (show != m_showLaunchWindows) {
        m_showLaunchWindows = show;
        rebuild(Update::Repaint);
    }
}

void Presentation::updateLaunchWindows() {
    const Roadmap* roadmap = m_context.roadmap;
    if (!m_showLaunchWindows || !roadmap) {
        m_context.launchWindows.clear();
        return;
    }
    render::LaunchLanes lanes = render::launchLanesOf(m_context);
    if (lanes != m_launchLanes && lanes != m_pendingLaunchLanes && !launchWindowsPending()) {
        m_pendingLaunchLanes = lanes;
        m_launchWatcher.setFuture(QtConcurrent::run(
            [lanes = std::move(lanes)] { return render::launchWindowsOf(lanes); }));
    }
    // Until the new ones come, the lanes keep what they showed if they are the same lanes.
    if (m_launchWindows.size() == roadmap->destinations.size()) {
        m_context.launchWindows = m_launchWindows;
    } else {
        m_context.launchWindows.clear();
    }
}

void Presentation::setDocument(Document* document) {
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_editions->setDocument(document);
    if (m_document) {
        connect(m_document, &Document::changed, this, &Presentation::documentChanged);
    }
    rebuild(Update::Remeasure);
}

void Presentation::documentChanged(const DocumentChange& change) {
    if (change.kind != DocumentChange::Kind::MissionsEdited) {
        rebuild(Update::Remeasure);
        return;
    }
    // Anything but a name may move a bar, change its lane or what the filter shows; only a
    // name changes the width of a label.
    rebuild(change.fields.has(MissionField::Name) ? Update::Remeasure : Update::Relayout);
}

Document* Presentation::document() const {
    return m_document;
}

std::shared_ptr<const Analysis> Presentation::currentAnalysis() const {
    return m_document ? m_analysis->analysisOf(*m_document) : nullptr;
}

const Roadmap* Presentation::roadmap() const {
    return m_document ? &m_document->roadmap() : nullptr;
}

void Presentation::setColorMode(render::ColorMode mode) {
    m_context.colorMode = mode;
    rebuild(Update::Repaint);
}

void Presentation::setArrowMode(render::ArrowMode mode) {
    m_arrowMode = mode;
    rebuild(Update::Repaint);
}

void Presentation::setFilter(const MissionFilter& filter) {
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    rebuild(m_hideFiltered ? Update::Relayout : Update::Repaint);
}

void Presentation::setHidesFiltered(bool hide) {
    if (hide == m_hideFiltered) {
        return;
    }
    m_hideFiltered = hide;
    rebuild(Update::Relayout);
}

void Presentation::setTheme(const render::Theme& theme) {
    m_context.theme = theme;
    rebuild(Update::Repaint);
}

void Presentation::setFont(const QFont& font) {
    m_context.font = font;
    rebuild(Update::Remeasure);
}

int Presentation::visibleCount() const {
    int count = 0;
    for (const render::MissionAppearance& appearance : m_context.missions) {
        count += appearance.visible && !appearance.dimmed ? 1 : 0;
    }
    return count;
}

void Presentation::setHistoricVersion(std::shared_ptr<const Roadmap> version,
                                      const QString& label) {
    if (version == m_historicVersion && label == m_historicVersionLabel) {
        return;
    }
    m_historicVersion = std::move(version);
    m_historicVersionLabel = m_historicVersion ? label : QString();
    Q_EMIT historicVersionChanged();
}

void Presentation::setProposalMarks(ProposalMarks marks) {
    // Ghosts may fall outside the years the missions span: the timeline then takes them in.
    using Range = decltype(render::timelineRange(m_context));
    const Range rangeBefore = m_context.roadmap ? render::timelineRange(m_context) : Range{};
    m_proposalMarks = std::move(marks);
    rebuild(Update::Repaint);
    if (m_context.roadmap && render::timelineRange(m_context) != rangeBefore) {
        rebuild(Update::Relayout);
    }
}

void Presentation::rebuild(Update update) {
    const Roadmap* roadmap = this->roadmap();
    m_context.roadmap = roadmap;
    m_context.missions.clear();
    m_context.criticalDependencies.clear();
    if (roadmap) {
        const std::size_t count = roadmap->missions.size();
        m_context.missions.resize(count);
        const std::vector<bool> matches = applyFilter(*roadmap, m_filter);
        // Only an analysis of the roadmap as it is now: an older one would mark the wrong
        // missions.
        const std::shared_ptr<const Analysis> analysis = currentAnalysis();
        const bool current = analysis != nullptr;
        const auto worst = current ? render::worstFindings(*roadmap, analysis->findings)
                                   : std::vector<std::optional<Severity>>(count);
        for (std::size_t i = 0; i < count; ++i) {
            render::MissionAppearance& appearance = m_context.missions[i];
            appearance.visible = matches[i] || !m_hideFiltered;
            appearance.dimmed = !matches[i] && !m_hideFiltered;
            appearance.selected = m_selection->contains(render::toQString(roadmap->missions[i].id));
            appearance.worstFinding = worst[i];
            if (const auto mark = m_proposalMarks.find(roadmap->missions[i].id);
                mark != m_proposalMarks.end()) {
                appearance.proposed = mark->second.change;
                appearance.previous = mark->second.previous;
            }
            if (current) {
                appearance.critical = analysis->schedule.missions[i].critical;
                appearance.inCycle = analysis->schedule.missions[i].excluded;
            }
        }
        if (current) {
            const auto& path = analysis->schedule.criticalPath;
            for (std::size_t i = 1; i < path.size(); ++i) {
                m_context.criticalDependencies.emplace_back(path[i - 1], path[i]);
            }
        }
    }
    updateLaunchWindows();
    Q_EMIT changed(update);
}

} // namespace orrery::app
