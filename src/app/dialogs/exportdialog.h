#pragma once

#include <orrery/analysis/analysis.h>
#include <orrery/filter.h>

#include <render/exporters.h>
#include <render/report.h>

#include <QDialog>

#include <map>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPlainTextEdit;
class QScrollArea;
class QSettings;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace orrery::app {

/// What the planner chose the last time they exported, remembered between sessions.
struct ExportChoices {
    /// The publication and its charts, then the plan for other programs: MS Project XML, a
    /// mission table, a calendar, a TaskJuggler project, the dependency network.
    enum class Format { Pdf, Svg, Png, MsProject, Csv, Calendar, TaskJuggler, GraphMl, Dot };
    Format format = Format::Pdf;
    /// Page size, orientation, margins, sections, PDF/A; the filter and colours come from
    /// the window.
    render::ReportOptions report;
    render::Chart chart = render::Chart::Timeline;
    int dpi = 150;
    /// Export only the missions the window's filter shows.
    bool applyFilter = false;
    /// The edition "Changes since" measures against (its id); the last one named when the
    /// roadmap names no such edition.
    std::string since;
    /// Where the last export went.
    QString folder;

    static ExportChoices load(QSettings& settings);
    void save(QSettings& settings) const;
    static QString suffix(Format format);
    /// One of the plan formats, written as text without drawing.
    static bool isPlanText(Format format);
};

/// An earlier edition the publication can measure the roadmap against: read, or why it
/// cannot be.
struct EditionOption {
    EditionReference reference;
    std::shared_ptr<const render::Baseline> baseline;
    QString problem;
};

/// File > Export: the publication's options with a live preview of its pages (or of the
/// chart, for SVG and PNG), drawn by the same code that writes the file and prints.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    /// `filter` and `colorMode` are the window's; `baseName` suggests the file's name.
    ExportDialog(const Roadmap& roadmap, std::shared_ptr<const Analysis> analysis,
                 const MissionFilter& filter, render::ColorMode colorMode, QString baseName,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    /// A newer analysis of the roadmap (findings, critical path) for the preview and export.
    void setAnalysis(std::shared_ptr<const Analysis> analysis);
    /// The roadmap is scenario `scenarioName` of `whole` (whose scenarios "Scenarios
    /// compared" sets side by side); an empty name: the roadmap is the plan.
    void setScenarios(std::shared_ptr<const Roadmap> whole, const QString& scenarioName);
    /// The editions "Changes since" may measure against, oldest first.
    void setEditions(std::vector<EditionOption> editions);

    ExportChoices choices() const;
    void setChoices(const ExportChoices& choices);

    /// The publication the options describe now (what the preview shows).
    const render::Report& report() const;
    /// Pages in the preview; refreshPreview() brings it up to date at once.
    int previewPageCount() const;
    void refreshPreview();

    /// Writes the export to `filePath`, remembers the choices and says what was written,
    /// or why nothing was.
    Expected<QString, QString> exportTo(const QString& filePath);
    /// A PDF export that takes longer shows a progress dialog with Cancel.
    static constexpr int kProgressAfterMilliseconds = 400;
    /// What the last export wrote ("Exported 8 pages to ..."), for the status bar.
    QString lastMessage() const { return m_lastMessage; }
    /// Where the file dialog opens: beside the roadmap when it is a file, else where the last
    /// export went.
    void setStartFolder(const QString& folder) { m_folder = folder; }
    QString startFolder() const;

    QComboBox* formatBox() const { return m_format; }
    QComboBox* pageSizeBox() const { return m_pageSize; }
    QComboBox* orientationBox() const { return m_orientation; }
    QDoubleSpinBox* marginBox() const { return m_margin; }
    QCheckBox* sectionBox(render::Section section) const { return m_sections.at(section); }
    QComboBox* sinceBox() const { return m_since; }
    QCheckBox* pdfABox() const { return m_pdfA; }
    QComboBox* chartBox() const { return m_chart; }
    QSpinBox* dpiBox() const { return m_dpi; }
    QCheckBox* filterBox() const { return m_applyFilter; }
    QLabel* summaryLabel() const { return m_summary; }
    QPrintPreviewWidget* pagePreview() const { return m_pagePreview; }
    QLabel* chartPreview() const { return m_chartPreview; }
    /// The beginning of a plan format's text.
    QPlainTextEdit* textPreview() const { return m_textPreview; }

private:
    /// The text of a plan format, of the missions the export keeps; the reason when the
    /// format cannot hold them.
    Expected<std::string, QString> planText(ExportChoices::Format format) const;

    void chooseFileAndExport();
    void print();
    void scheduleRefresh();
    void updateEnabled();
    render::ReportOptions reportOptions() const;
    render::ChartOptions chartOptions() const;
    const EditionOption* chosenEdition() const;

    const Roadmap& m_roadmap;
    std::shared_ptr<const Analysis> m_analysis;
    MissionFilter m_filter;
    render::ColorMode m_colorMode;
    QString m_baseName;
    QString m_folder;
    QString m_lastMessage;
    std::unique_ptr<render::Report> m_report;
    std::unique_ptr<QPrinter> m_previewPrinter;

    QComboBox* m_format;
    QComboBox* m_pageSize;
    QComboBox* m_orientation;
    QDoubleSpinBox* m_margin;
    std::map<render::Section, QCheckBox*> m_sections;
    QComboBox* m_since;
    std::shared_ptr<const Roadmap> m_whole;
    QString m_scenarioName;
    std::vector<EditionOption> m_editions;
    /// The edition chosen the last time, until the editions are known.
    QString m_preferredSince;
    QCheckBox* m_pdfA;
    QComboBox* m_chart;
    QSpinBox* m_dpi;
    QCheckBox* m_applyFilter;
    QLabel* m_summary;
    QStackedWidget* m_previews;
    QPrintPreviewWidget* m_pagePreview;
    QScrollArea* m_chartScroll;
    QLabel* m_chartPreview;
    QPlainTextEdit* m_textPreview;
    QTimer* m_refresh;
};

/// Prints the publication with the remembered choices on the printer's page size and
/// orientation: the same pages as the PDF.
bool printReport(const Roadmap& roadmap, const Analysis* analysis,
                 const render::ReportOptions& options, QPrinter& printer);

} // namespace orrery::app
