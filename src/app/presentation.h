#pragma once

#include <orrery/analysis/analysis.h>
#include <orrery/filter.h>

#include <render/style.h>
#include <render/timelinepainter.h>

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
class MissionSelection;

/// How the roadmap is shown, shared by the views: the paint context (colours, findings
/// badges, selection, critical path, what the filter hides or dims) built from the
/// document, the analysis, the selection and the view options. Views listen to changed()
/// and lay out again only when `relayout` says the geometry moved.
class Presentation : public QObject {
    Q_OBJECT

public:
    Presentation(MissionSelection* selection, AnalysisController* analysis,
                 QObject* parent = nullptr);

    void setDocument(Document* document);
    Document* document() const;
    const Roadmap* roadmap() const;
    MissionSelection* selection() const { return m_selection; }
    AnalysisController* analysis() const { return m_analysis; }

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

Q_SIGNALS:
    void changed(bool relayout);

private:
    void rebuild(bool relayout);

    QPointer<Document> m_document;
    MissionSelection* m_selection;
    AnalysisController* m_analysis;
    render::PaintContext m_context;
    render::ArrowMode m_arrowMode = render::ArrowMode::Selected;
    MissionFilter m_filter;
    bool m_hideFiltered = true;
    ProposalMarks m_proposalMarks;
};

} // namespace orrery::app
