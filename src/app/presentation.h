#pragma once

#include <orrery/analysis/analysis.h>
#include <orrery/filter.h>

#include <render/porkchop.h>
#include <render/style.h>
#include <render/timelinepainter.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace orrery::app {

class AnalysisController;
class Document;
class EditionLibrary;
struct DocumentChange;
class MissionSelection;

/// How the roadmap is shown, shared by the views: the paint context (colours, findings
/// badges, selection, critical path, what the filter hides or dims) built from the
/// document, the analysis, the selection and the view options. Views listen to changed()
/// and redo no more than its Update says: a selection is repainted, a move laid out again,
/// only a new name or font measured again.
class Presentation : public QObject {
    Q_OBJECT

public:
    /// How much of a view a change reaches; each level includes the ones before it.
    enum class Update {
        Repaint,   ///< colours, marks, selection: the geometry stands
        Relayout,  ///< dates, lanes, what the filter shows: the labels keep their widths
        Remeasure, ///< names, the font, missions added or removed, another roadmap
    };
    Q_ENUM(Update)

    Presentation(MissionSelection* selection, AnalysisController* analysis,
                 QObject* parent = nullptr);

    void setDocument(Document* document);
    Document* document() const;
    const Roadmap* roadmap() const;
    MissionSelection* selection() const { return m_selection; }
    /// The earlier editions the roadmap names, read when first asked for.
    EditionLibrary* editions() const { return m_editions; }
    /// A version of the roadmap from its history (a commit's), to compare with like an
    /// edition; null for none. `label` names it ("commit 1a2b3c4 of 2026-03-02").
    void setHistoricVersion(std::shared_ptr<const Roadmap> version, const QString& label);
    const std::shared_ptr<const Roadmap>& historicVersion() const { return m_historicVersion; }
    const QString& historicVersionLabel() const { return m_historicVersionLabel; }
    AnalysisController* analysis() const { return m_analysis; }
    /// The analysis of the roadmap shown, as it is now; null while it is being worked out.
    std::shared_ptr<const Analysis> currentAnalysis() const;

    const render::PaintContext& context() const { return m_context; }

    render::ColorMode colorMode() const { return m_context.colorMode; }
    void setColorMode(render::ColorMode mode);
    render::ArrowMode arrowMode() const { return m_arrowMode; }
    void setArrowMode(render::ArrowMode mode);
    const MissionFilter& filter() const { return m_filter; }
    void setFilter(const MissionFilter& filter);
    /// Filtered-out missions hidden (true) or shown faintly (false).
    bool hidesFiltered() const { return m_hideFiltered; }
    void setHidesFiltered(bool hide);
    void setTheme(const render::Theme& theme);
    void setFont(const QFont& font);

    /// The missions the filter keeps.
    int visibleCount() const;

    /// How a contribution under review changes missions, by mission id; the views mark
    /// them and show where moved ones were.
    struct ProposalMark {
        render::ProposedChange change = render::ProposedChange::Changed;
        std::optional<render::PreviousDates> previous;
    };
    using ProposalMarks = std::map<std::string, ProposalMark, std::less<>>;
    void setProposalMarks(ProposalMarks marks);
    const ProposalMarks& proposalMarks() const { return m_proposalMarks; }

    /// Whether the lanes of Mars and of asteroids with their orbit shade the launch
    /// opportunities (worked out in the background, then painted).
    bool showsLaunchWindows() const { return m_showLaunchWindows; }
    void setShowsLaunchWindows(bool show);
    /// The opportunities are being worked out for the roadmap as it is now.
    bool launchWindowsPending() const { return m_pendingLaunchLanes.has_value(); }

Q_SIGNALS:
    void changed(orrery::app::Presentation::Update update);
    /// Another historic version to compare with, or none.
    void historicVersionChanged();

private:
    void rebuild(Update update);
    void updateLaunchWindows();
    void documentChanged(const DocumentChange& change);

    QPointer<Document> m_document;
    MissionSelection* m_selection;
    AnalysisController* m_analysis;
    EditionLibrary* m_editions;
    render::PaintContext m_context;
    render::ArrowMode m_arrowMode = render::ArrowMode::Selected;
    MissionFilter m_filter;
    bool m_hideFiltered = true;
    ProposalMarks m_proposalMarks;
    std::shared_ptr<const Roadmap> m_historicVersion;
    QString m_historicVersionLabel;
    bool m_showLaunchWindows = true;
    /// What the windows held were worked out for, and what is being worked out.
    std::optional<render::LaunchLanes> m_launchLanes;
    std::optional<render::LaunchLanes> m_pendingLaunchLanes;
    render::LaunchWindows m_launchWindows;
    QFutureWatcher<render::LaunchWindows> m_launchWatcher;
};

} // namespace orrery::app
