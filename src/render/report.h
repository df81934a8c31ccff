#pragma once

// The publication: a roadmap as pages (title page, timeline, dependency diagram, goals and
// objectives, knowledge gaps, scenarios compared, changes since an edition, mission tables,
// sources, findings), laid out once and painted onto
// any paged device. The PDF export and printing both go through paintReport(), so they are the same
// document.

#include "dependencylayout.h"
#include "style.h"

#include <orrery/analysis/analysis.h>
#include <orrery/filter.h>

#include <QPageLayout>
#include <QPageSize>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace orrery::render {

/// The parts of a publication, in the order of its pages (the enumerators' order is not).
enum class Section {
    Title,
    Timeline,
    Dependencies,
    Tables,
    Sources,
    Findings,
    /// The traceability matrix: goals and objectives down, missions across.
    Goals,
    /// Each knowledge gap: who closes it when, who needs it, the margin.
    KnowledgeGaps,
    /// The plan and its scenarios side by side, then each scenario's timeline against the plan.
    Scenarios,
    /// What moved since an earlier edition, biggest slip first, and the timeline with the
    /// edition's dates as ghosts.
    Changes,
    /// The porkchop plot of each mission to Mars or to an asteroid with its orbit.
    Launches
};

/// An earlier edition, read, that "Changes since" measures the roadmap against.
struct Baseline {
    EditionReference edition;
    Roadmap roadmap;
};

/// The smallest text a page carries, in points (the footer); everything else is larger.
/// Charts that do not fit a page are continued on more pages rather than shrunk below it.
inline constexpr double kMinimumTextPoints = 6.5;

struct ReportOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    double marginMillimetres = 12.0;
    /// A section of what the roadmap does not hold (goals, knowledge gaps) adds no pages.
    std::set<Section> sections = {Section::Title,   Section::Timeline,      Section::Dependencies,
                                  Section::Goals,   Section::KnowledgeGaps, Section::Scenarios,
                                  Section::Changes, Section::Launches,      Section::Tables,
                                  Section::Sources};
    /// Applied when set: only the missions it keeps, as their own document.
    std::optional<MissionFilter> filter;
    ColorMode colorMode = ColorMode::Agency;
    /// Archival PDF/A-1b.
    bool pdfA = false;
    /// The scenario the roadmap was resolved from, named on the title page and in every
    /// footer; empty for the plan.
    QString scenarioName;
    /// Whose scenarios "Scenarios compared" sets side by side: the whole roadmap, when the
    /// report is of one scenario resolved from it; unset, the report's own roadmap.
    std::shared_ptr<const Roadmap> scenariosOf;
    /// What "Changes since" measures against; the section adds no pages without it.
    std::shared_ptr<const Baseline> since;
};

/// A laid-out publication, ready to paint.
class Report {
public:
    Report(const Roadmap& roadmap, const Analysis* analysis, const ReportOptions& options);
    ~Report();
    Report(const Report&) = delete;
    Report& operator=(const Report&) = delete;

    int pageCount() const;
    /// Set when the dependency diagram is summarised or left out (too many missions to
    /// draw one by one): what the pages say about it.
    QString dependencyDiagramNote() const;
    /// What each page shows ("Timeline, 2 of 3"), in order.
    QStringList pageTitles() const;
    /// The page, in layout units (pixels at 96 dpi).
    QSizeF pageSize() const;
    QPageLayout pageLayout() const;
    /// The roadmap the report is of (its filter chooses which missions it shows).
    const Roadmap& roadmap() const;
    bool pdfA() const;

    /// Paints page `index` (0-based) into a painter whose coordinates are layout units.
    void paintPage(QPainter& painter, int index) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Told after each page is painted, with the pages painted and the page count; returning
/// false stops painting there.
using PageProgress = std::function<bool(int painted, int pages)>;

/// Paints every page onto a paged device (QPdfWriter, QPrinter): one device page each,
/// scaled from layout units to the device's resolution. False when the device fails or
/// `progress` stops it.
bool paintReport(const Report& report, QPagedPaintDevice& device,
                 const PageProgress& progress = {});

/// The paint context of a publication: print fonts and colours, the analysis's badges and
/// critical path, and the filter's choice of missions.
PaintContext publicationContext(const Roadmap& roadmap, const Analysis* analysis,
                                const std::optional<MissionFilter>& filter, ColorMode colorMode);

/// The dependency diagram as published: narrower boxes and layers than on screen and long
/// names on more lines instead of elided, so that a diagram of the usual six or seven
/// layers fits a landscape page and every name can be read in full.
DependencyMetrics publicationDependencyMetrics();

/// "Orrery 0.1.0": the application that made a publication.
QString creatorName();

/// "Global Exploration Roadmap, 2nd edition (August 2013)".
QString documentTitle(const Roadmap& roadmap);

/// What an earlier edition is called: its edition ("2nd edition (August 2013)"), or its
/// title when it has none.
QString editionName(const EditionReference& edition);

} // namespace orrery::render
