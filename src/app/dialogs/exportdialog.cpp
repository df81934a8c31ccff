#include "exportdialog.h"

#include <orrery/filter.h>
#include <orrery/io/csv.h>
#include <orrery/io/icalendar.h>
#include <orrery/io/mspdi.h>
#include <orrery/io/network.h>
#include <orrery/io/taskjuggler.h>
#include <orrery/io/writer.h>

#include <render/utf8.h>
#include <render/vocabulary.h>

#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace orrery::app {

using namespace Qt::StringLiterals;
using render::Section;

namespace {

constexpr QPageSize::PageSizeId kPageSizes[] = {QPageSize::A4, QPageSize::A3, QPageSize::Letter,
                                                QPageSize::Tabloid};

/// How long the options must stay still before the preview is drawn again.
constexpr int kRefreshDelayMs = 150;

constexpr std::pair<ExportChoices::Format, const char16_t*> kFormatKeys[] = {
    {ExportChoices::Format::Pdf, u"pdf"},         {ExportChoices::Format::Svg, u"svg"},
    {ExportChoices::Format::Png, u"png"},         {ExportChoices::Format::MsProject, u"xml"},
    {ExportChoices::Format::Csv, u"csv"},         {ExportChoices::Format::Calendar, u"ics"},
    {ExportChoices::Format::TaskJuggler, u"tjp"}, {ExportChoices::Format::GraphMl, u"graphml"},
    {ExportChoices::Format::Dot, u"dot"}};

QString formatKey(ExportChoices::Format format) {
    for (const auto& [known, key] : kFormatKeys) {
        if (known == format) {
            return QString::fromUtf16(key);
        }
    }
    return u"pdf"_s;
}

ExportChoices::Format formatOfKey(const QString& text) {
    for (const auto& [format, key] : kFormatKeys) {
        if (text == QString::fromUtf16(key)) {
            return format;
        }
    }
    return ExportChoices::Format::Pdf;
}

/// How much of a plan format's text the preview shows.
constexpr int kTextPreviewLines = 400;

QString pagesText(int count) {
    return count == 1 ? ExportDialog::tr("1 page") : ExportDialog::tr("%1 pages").arg(count);
}

} // namespace

QString ExportChoices::suffix(Format format) {
    return formatKey(format);
}

bool ExportChoices::isPlanText(Format format) {
    return format != Format::Pdf && format != Format::Svg && format != Format::Png;
}

ExportChoices ExportChoices::load(QSettings& settings) {
    ExportChoices choices;
    settings.beginGroup(u"export"_s);
    const QString format = settings.value(u"format"_s, u"pdf"_s).toString();
    choices.format = formatOfKey(format);
    const int pageSize = settings.value(u"pageSize"_s, int{QPageSize::A4}).toInt();
    if (std::find(std::begin(kPageSizes), std::end(kPageSizes), pageSize) != std::end(kPageSizes)) {
        choices.report.pageSize = static_cast<QPageSize::PageSizeId>(pageSize);
    }
    choices.report.orientation = settings.value(u"portrait"_s, false).toBool()
                                     ? QPageLayout::Portrait
                                     : QPageLayout::Landscape;
    choices.report.marginMillimetres =
        std::clamp(settings.value(u"margin"_s, 12.0).toDouble(), 5.0, 40.0);
    if (settings.contains(u"sections"_s)) {
        const QStringList keys = settings.value(u"sections"_s).toStringList();
        choices.report.sections.clear();
        for (const QString& key : keys) {
            if (const auto section = render::sectionFromString(render::toStdString(key))) {
                choices.report.sections.insert(*section);
            }
        }
    }
    choices.report.pdfA = settings.value(u"pdfA"_s, false).toBool();
    choices.chart =
        render::chartFromString(render::toStdString(settings.value(u"chart"_s).toString()))
            .value_or(render::Chart::Timeline);
    choices.dpi = std::clamp(settings.value(u"dpi"_s, 150).toInt(), 24, 1200);
    choices.applyFilter = settings.value(u"applyFilter"_s, false).toBool();
    choices.since = render::toStdString(settings.value(u"since"_s).toString());
    choices.folder = settings.value(u"folder"_s).toString();
    settings.endGroup();
    return choices;
}

void ExportChoices::save(QSettings& settings) const {
    settings.beginGroup(u"export"_s);
    settings.setValue(u"format"_s, formatKey(format));
    settings.setValue(u"pageSize"_s, int{report.pageSize});
    settings.setValue(u"portrait"_s, report.orientation == QPageLayout::Portrait);
    settings.setValue(u"margin"_s, report.marginMillimetres);
    QStringList keys;
    for (const Section section : report.sections) {
        keys << render::toQString(render::toString(section));
    }
    settings.setValue(u"sections"_s, keys);
    settings.setValue(u"pdfA"_s, report.pdfA);
    settings.setValue(u"chart"_s, render::toQString(render::toString(chart)));
    settings.setValue(u"dpi"_s, dpi);
    settings.setValue(u"applyFilter"_s, applyFilter);
    settings.setValue(u"since"_s, render::toQString(since));
    settings.setValue(u"folder"_s, folder);
    settings.endGroup();
}

ExportDialog::ExportDialog(const Roadmap& roadmap, std::shared_ptr<const Analysis> analysis,
                           const MissionFilter& filter, render::ColorMode colorMode,
                           QString baseName, QWidget* parent)
    : QDialog(parent), m_roadmap(roadmap), m_analysis(std::move(analysis)), m_filter(filter),
      m_colorMode(colorMode), m_baseName(std::move(baseName)),
      m_previewPrinter(std::make_unique<QPrinter>(QPrinter::ScreenResolution)),
      m_format(new QComboBox(this)), m_pageSize(new QComboBox(this)),
      m_orientation(new QComboBox(this)), m_margin(new QDoubleSpinBox(this)),
      m_since(new QComboBox(this)), m_pdfA(new QCheckBox(tr("Archival PDF/A-1b"), this)),
      m_chart(new QComboBox(this)), m_dpi(new QSpinBox(this)), m_applyFilter(new QCheckBox(this)),
      m_summary(new QLabel(this)), m_previews(new QStackedWidget(this)),
      m_pagePreview(new QPrintPreviewWidget(m_previewPrinter.get(), this)),
      m_chartScroll(new QScrollArea(this)), m_chartPreview(new QLabel(this)),
      m_textPreview(new QPlainTextEdit(this)), m_refresh(new QTimer(this)) {
    setWindowTitle(tr("Export Roadmap"));

    m_format->addItem(tr("PDF document"), int(ExportChoices::Format::Pdf));
    m_format->addItem(tr("SVG chart"), int(ExportChoices::Format::Svg));
    m_format->addItem(tr("PNG chart"), int(ExportChoices::Format::Png));
    m_format->insertSeparator(m_format->count());
    m_format->addItem(tr("MS Project XML"), int(ExportChoices::Format::MsProject));
    m_format->addItem(tr("CSV mission table"), int(ExportChoices::Format::Csv));
    m_format->addItem(tr("iCalendar (launches and spans)"), int(ExportChoices::Format::Calendar));
    m_format->addItem(tr("TaskJuggler project"), int(ExportChoices::Format::TaskJuggler));
    m_format->addItem(tr("GraphML dependency network"), int(ExportChoices::Format::GraphMl));
    m_format->addItem(tr("DOT dependency network (Graphviz)"), int(ExportChoices::Format::Dot));
    for (const QPageSize::PageSizeId size : kPageSizes) {
        m_pageSize->addItem(QPageSize::name(size), int{size});
    }
    m_orientation->addItem(tr("Landscape"), int{QPageLayout::Landscape});
    m_orientation->addItem(tr("Portrait"), int{QPageLayout::Portrait});
    m_margin->setRange(5, 40);
    m_margin->setDecimals(0);
    m_margin->setSuffix(tr(" mm"));
    for (const render::Chart chart : render::allCharts()) {
        m_chart->addItem(render::chartName(chart), int(chart));
    }
    m_dpi->setRange(24, 1200);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setSingleStep(50);
    m_pdfA->setToolTip(tr("For archives: every font and colour embedded, no transparency"));

    const std::vector<bool> kept = applyFilter(m_roadmap, m_filter);
    const auto shown = std::count(kept.begin(), kept.end(), true);
    m_applyFilter->setText(
        tr("Only the missions the filter shows (%1 of %2)").arg(shown).arg(kept.size()));
    m_applyFilter->setEnabled(m_filter.isActive() && shown > 0);

    auto* document = new QGroupBox(tr("Document"), this);
    auto* documentForm = new QFormLayout(document);
    documentForm->addRow(tr("Page &size:"), m_pageSize);
    documentForm->addRow(tr("&Orientation:"), m_orientation);
    documentForm->addRow(tr("&Margins:"), m_margin);
    auto* sectionColumn = new QVBoxLayout;
    for (const Section section : render::allSections()) {
        auto* box = new QCheckBox(render::sectionName(section), this);
        m_sections[section] = box;
        connect(box, &QCheckBox::toggled, this, &ExportDialog::scheduleRefresh);
        if (section != Section::Changes) {
            sectionColumn->addWidget(box);
            continue;
        }
        // The list beside the box reads as the end of its sentence.
        box->setText(tr("Changes since"));
        auto* row = new QHBoxLayout;
        row->addWidget(box);
        row->addWidget(m_since, 1);
        sectionColumn->addLayout(row);
        m_since->setAccessibleName(tr("Edition the changes are measured against"));
        connect(m_since, &QComboBox::currentIndexChanged, this, &ExportDialog::scheduleRefresh);
    }
    documentForm->addRow(tr("Sections:"), sectionColumn);
    documentForm->addRow(QString(), m_pdfA);

    auto* chart = new QGroupBox(tr("Chart"), this);
    auto* chartForm = new QFormLayout(chart);
    chartForm->addRow(tr("&Chart:"), m_chart);
    chartForm->addRow(tr("&Resolution:"), m_dpi);

    auto* options = new QVBoxLayout;
    auto* formatForm = new QFormLayout;
    formatForm->addRow(tr("&Format:"), m_format);
    options->addLayout(formatForm);
    options->addWidget(document);
    options->addWidget(chart);
    options->addWidget(m_applyFilter);
    options->addStretch();
    options->addWidget(m_summary);
    m_summary->setWordWrap(true);

    m_pagePreview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_pagePreview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_pagePreview->setMinimumSize(520, 420);
    connect(m_pagePreview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        if (m_report) {
            render::paintReport(*m_report, *printer);
        }
    });
    m_chartPreview->setAlignment(Qt::AlignCenter);
    m_chartScroll->setWidget(m_chartPreview);
    m_chartScroll->setWidgetResizable(true);
    m_chartScroll->setBackgroundRole(QPalette::Dark);
    m_previews->addWidget(m_pagePreview);
    m_previews->addWidget(m_chartScroll);
    m_textPreview->setObjectName(u"exportTextPreview"_s);
    m_textPreview->setReadOnly(true);
    m_textPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_textPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previews->addWidget(m_textPreview);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* exportButton = buttons->addButton(tr("&Export..."), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    QPushButton* printButton = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(printButton, &QPushButton::clicked, this, &ExportDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, [printButton, this] {
        printButton->setEnabled(choices().format == ExportChoices::Format::Pdf);
    });

    auto* columns = new QHBoxLayout;
    columns->addLayout(options);
    columns->addWidget(m_previews, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1100, 720);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    for (QComboBox* box : {m_format, m_pageSize, m_orientation, m_chart}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::scheduleRefresh);
    }
    for (QCheckBox* box : {m_pdfA, m_applyFilter}) {
        connect(box, &QCheckBox::toggled, this, &ExportDialog::scheduleRefresh);
    }
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::scheduleRefresh);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, &ExportDialog::scheduleRefresh);

    QSettings settings;
    setChoices(ExportChoices::load(settings));
    refreshPreview();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setAnalysis(std::shared_ptr<const Analysis> analysis) {
    m_analysis = std::move(analysis);
    scheduleRefresh();
}

void ExportDialog::setScenarios(std::shared_ptr<const Roadmap> whole, const QString& scenarioName) {
    m_whole = std::move(whole);
    m_scenarioName = scenarioName;
    updateEnabled();
    refreshPreview();
}

void ExportDialog::setEditions(std::vector<EditionOption> editions) {
    const QString chosen =
        m_since->count() > 0 ? m_since->currentData().toString() : m_preferredSince;
    m_editions = std::move(editions);
    const QSignalBlocker blocker(m_since);
    m_since->clear();
    for (const EditionOption& edition : m_editions) {
        m_since->addItem(render::editionName(edition.reference),
                         render::toQString(edition.reference.id));
    }
    const int kept = m_since->findData(chosen);
    m_since->setCurrentIndex(kept >= 0 ? kept : m_since->count() - 1);
    updateEnabled();
    refreshPreview();
}

ExportChoices ExportDialog::choices() const {
    ExportChoices choices;
    choices.format = static_cast<ExportChoices::Format>(m_format->currentData().toInt());
    choices.report.pageSize = static_cast<QPageSize::PageSizeId>(m_pageSize->currentData().toInt());
    choices.report.orientation =
        static_cast<QPageLayout::Orientation>(m_orientation->currentData().toInt());
    choices.report.marginMillimetres = m_margin->value();
    choices.report.sections.clear();
    for (const auto& [section, box] : m_sections) {
        if (box->isChecked()) {
            choices.report.sections.insert(section);
        }
    }
    choices.report.pdfA = m_pdfA->isChecked();
    choices.chart = static_cast<render::Chart>(m_chart->currentData().toInt());
    choices.dpi = m_dpi->value();
    choices.applyFilter = m_applyFilter->isEnabled() && m_applyFilter->isChecked();
    // A roadmap that names no edition keeps the one chosen for others.
    choices.since = render::toStdString(m_since->count() > 0 ? m_since->currentData().toString()
                                                             : m_preferredSince);
    choices.folder = m_folder;
    return choices;
}

void ExportDialog::setChoices(const ExportChoices& choices) {
    m_format->setCurrentIndex(m_format->findData(int(choices.format)));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int{choices.report.pageSize}));
    m_orientation->setCurrentIndex(m_orientation->findData(int{choices.report.orientation}));
    m_margin->setValue(choices.report.marginMillimetres);
    for (const auto& [section, box] : m_sections) {
        box->setChecked(choices.report.sections.contains(section));
    }
    m_pdfA->setChecked(choices.report.pdfA);
    m_chart->setCurrentIndex(m_chart->findData(int(choices.chart)));
    m_dpi->setValue(choices.dpi);
    m_applyFilter->setChecked(choices.applyFilter);
    m_preferredSince = render::toQString(choices.since);
    if (const int since = m_since->findData(m_preferredSince); since >= 0) {
        m_since->setCurrentIndex(since);
    }
    m_folder = choices.folder;
    updateEnabled();
}

render::ReportOptions ExportDialog::reportOptions() const {
    const ExportChoices chosen = choices();
    render::ReportOptions options = chosen.report;
    options.colorMode = m_colorMode;
    if (chosen.applyFilter) {
        options.filter = m_filter;
    }
    options.scenarioName = m_scenarioName;
    options.scenariosOf = m_whole;
    if (const EditionOption* edition = chosenEdition()) {
        options.since = edition->baseline;
    }
    return options;
}

const EditionOption* ExportDialog::chosenEdition() const {
    const std::string id = render::toStdString(m_since->currentData().toString());
    const auto found =
        std::find_if(m_editions.begin(), m_editions.end(),
                     [&id](const EditionOption& edition) { return edition.reference.id == id; });
    return found != m_editions.end() ? &*found : nullptr;
}

render::ChartOptions ExportDialog::chartOptions() const {
    const ExportChoices chosen = choices();
    render::ChartOptions options;
    options.chart = chosen.chart;
    options.colorMode = m_colorMode;
    options.dpi = chosen.dpi;
    if (chosen.applyFilter) {
        options.filter = m_filter;
    }
    return options;
}

const render::Report& ExportDialog::report() const {
    return *m_report;
}

int ExportDialog::previewPageCount() const {
    return m_pagePreview->pageCount();
}

void ExportDialog::scheduleRefresh() {
    updateEnabled();
    m_refresh->start();
}

void ExportDialog::updateEnabled() {
    const bool pdf = choices().format == ExportChoices::Format::Pdf;
    m_pageSize->setEnabled(pdf);
    m_orientation->setEnabled(pdf);
    m_margin->setEnabled(pdf);
    for (const auto& [section, box] : m_sections) {
        box->setEnabled(pdf);
    }
    // What the roadmap does not hold cannot be published: say why rather than add no pages.
    const Roadmap& whole = m_whole ? *m_whole : m_roadmap;
    QCheckBox* scenarios = m_sections.at(Section::Scenarios);
    scenarios->setEnabled(pdf && !whole.scenarios.empty());
    scenarios->setToolTip(whole.scenarios.empty() ? tr("The roadmap defines no scenarios")
                                                  : QString());
    QCheckBox* changes = m_sections.at(Section::Changes);
    changes->setEnabled(pdf && !m_editions.empty());
    changes->setToolTip(m_editions.empty() ? tr("The roadmap names no earlier edition")
                                           : QString());
    changes->setText(m_editions.empty() ? render::sectionName(Section::Changes)
                                        : tr("Changes since"));
    m_since->setEnabled(changes->isEnabled() && changes->isChecked());
    m_since->setVisible(!m_editions.empty());
    m_pdfA->setEnabled(pdf);
    const ExportChoices::Format format = choices().format;
    m_chart->setEnabled(format == ExportChoices::Format::Svg ||
                        format == ExportChoices::Format::Png);
    m_dpi->setEnabled(format == ExportChoices::Format::Png);
}

void ExportDialog::refreshPreview() {
    m_refresh->stop();
    const ExportChoices chosen = choices();
    const QLocale locale;
    if (chosen.format == ExportChoices::Format::Pdf) {
        m_report = std::make_unique<render::Report>(m_roadmap, m_analysis.get(), reportOptions());
        m_previewPrinter->setPageLayout(m_report->pageLayout());
        m_previews->setCurrentWidget(m_pagePreview);
        // Stay where the planner was looking (QPrintPreviewWidget would centre the page).
        auto* view = m_pagePreview->findChild<QAbstractScrollArea*>();
        const int scrolled = view ? view->verticalScrollBar()->value() : 0;
        m_pagePreview->updatePreview();
        if (view) {
            view->verticalScrollBar()->setValue(scrolled);
        }
        const QString orientation =
            chosen.report.orientation == QPageLayout::Portrait ? tr("portrait") : tr("landscape");
        QString summary = chosen.report.sections.empty()
                              ? tr("Choose at least one section.")
                              : tr("%1, %2 %3")
                                    .arg(pagesText(m_report->pageCount()),
                                         QPageSize::name(chosen.report.pageSize), orientation);
        const EditionOption* edition = chosenEdition();
        if (edition && !edition->baseline && m_sections.at(Section::Changes)->isChecked()) {
            summary += QStringLiteral("\n") +
                       tr("Changes since %1 are left out: %2")
                           .arg(render::editionName(edition->reference), edition->problem);
        }
        m_summary->setText(summary);
        return;
    }
    if (ExportChoices::isPlanText(chosen.format)) {
        m_previews->setCurrentWidget(m_textPreview);
        const auto text = planText(chosen.format);
        if (!text) {
            m_textPreview->clear();
            m_summary->setText(text.error());
            return;
        }
        QStringList lines = render::toQString(*text).split(u'\n');
        const qsizetype total = lines.size();
        if (total > kTextPreviewLines) {
            lines.resize(kTextPreviewLines);
            lines.append(tr("\u2026 %1 more lines").arg(total - kTextPreviewLines));
        }
        m_textPreview->setPlainText(lines.join(u'\n'));
        m_summary->setText(tr("%1 lines, %2 kB of text for other programs")
                               .arg(locale.toString(total))
                               .arg(locale.toString(double(text->size()) / 1024.0, 'f', 1)));
        return;
    }
    m_previews->setCurrentWidget(m_chartScroll);
    render::ChartOptions options = chartOptions();
    const QSizeF natural = render::chartSize(m_roadmap, m_analysis.get(), options);
    // The preview at the chart's natural size, or smaller when it is very large.
    options.dpi = 96.0 * std::min(1.0, 4000.0 / std::max(natural.width(), natural.height()));
    const auto image = render::renderChart(m_roadmap, m_analysis.get(), options);
    m_chartPreview->setPixmap(image ? QPixmap::fromImage(*image) : QPixmap());
    if (chosen.format == ExportChoices::Format::Svg) {
        m_summary->setText(tr("Vector drawing, %1 \u00d7 %2 (scales to any size)")
                               .arg(qRound(natural.width()))
                               .arg(qRound(natural.height())));
    } else {
        const QSize pixels = (natural * chosen.dpi / 96.0).toSize();
        m_summary->setText(
            tr("%1 \u00d7 %2 pixels at %3 dpi")
                .arg(locale.toString(pixels.width()), locale.toString(pixels.height()))
                .arg(chosen.dpi));
    }
}

Expected<QString, QString> ExportDialog::exportTo(const QString& filePath) {
    refreshPreview();
    const ExportChoices chosen = choices();
    if (chosen.format == ExportChoices::Format::Pdf && chosen.report.sections.empty()) {
        return make_unexpected(tr("Choose at least one section to export."));
    }
    QString done;
    if (chosen.format == ExportChoices::Format::Pdf) {
        // A long document shows its progress and can be cancelled; a short one is written
        // before the dialog would appear.
        QProgressDialog progress(tr("Exporting %1\u2026").arg(pagesText(m_report->pageCount())),
                                 tr("Cancel"), 0, m_report->pageCount(), this);
        progress.setObjectName(QStringLiteral("exportProgress"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(kProgressAfterMilliseconds);
        const auto written =
            render::exportPdf(*m_report, filePath, [&progress](int painted, int /*pages*/) {
                progress.setValue(painted);
                return !progress.wasCanceled();
            });
        if (!written) {
            return make_unexpected(written.error());
        }
        done = tr("Exported %1 to %2").arg(pagesText(*written), QDir::toNativeSeparators(filePath));
    } else if (ExportChoices::isPlanText(chosen.format)) {
        const auto text = planText(chosen.format);
        if (!text) {
            return make_unexpected(text.error());
        }
        if (auto written = writeFileAtomically(render::toStdString(filePath), *text); !written) {
            return make_unexpected(render::toQString(written.error().describe()));
        }
        done = tr("Exported to %1").arg(QDir::toNativeSeparators(filePath));
    } else {
        const auto written =
            chosen.format == ExportChoices::Format::Svg
                ? render::exportSvg(m_roadmap, m_analysis.get(), chartOptions(), filePath)
                : render::exportPng(m_roadmap, m_analysis.get(), chartOptions(), filePath);
        if (!written) {
            return make_unexpected(written.error());
        }
        done = tr("Exported the chart to %1").arg(QDir::toNativeSeparators(filePath));
    }
    m_folder = QFileInfo(filePath).absolutePath();
    m_lastMessage = done;
    QSettings settings;
    choices().save(settings);
    return done;
}

QString ExportDialog::startFolder() const {
    return m_folder.isEmpty() || !QFileInfo(m_folder).isDir() ? QDir::homePath() : m_folder;
}

void ExportDialog::chooseFileAndExport() {
    const ExportChoices chosen = choices();
    const QString suffix = ExportChoices::suffix(chosen.format);
    const QString folder = startFolder();
    const QString filter = u"%1 (*.%2)"_s.arg(m_format->currentText(), suffix);
    QString filePath = QFileDialog::getSaveFileName(
        this, tr("Export Roadmap"), QDir(folder).filePath(m_baseName + u'.' + suffix), filter);
    if (filePath.isEmpty()) {
        return;
    }
    if (QFileInfo(filePath).suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        filePath += u'.' + suffix;
    }
    const auto done = exportTo(filePath);
    if (!done) {
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("Nothing was written to %1.\n\n%2")
                                 .arg(QDir::toNativeSeparators(filePath), done.error()));
        return;
    }
    accept();
}

void ExportDialog::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_report->pageLayout());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!printReport(m_roadmap, m_analysis.get(), reportOptions(), printer)) {
        QMessageBox::warning(this, tr("Print Failed"), tr("The printer could not be started."));
        return;
    }
    QSettings settings;
    choices().save(settings);
    accept();
}

Expected<std::string, QString> ExportDialog::planText(ExportChoices::Format format) const {
    const render::ChartOptions options = chartOptions();
    const std::vector<bool> kept =
        options.filter ? applyFilter(m_roadmap, *options.filter) : std::vector<bool>{};
    using Format = ExportChoices::Format;
    switch (format) {
    case Format::MsProject:
        return toMspdi(m_roadmap, kept);
    case Format::Csv:
        return toMissionCsv(m_roadmap, kept, true);
    case Format::GraphMl:
        return toGraphML(m_roadmap, kept);
    case Format::Dot:
        return toDot(m_roadmap, kept);
    case Format::Calendar: {
        auto calendar = toICalendar(m_roadmap, kept);
        if (!calendar) {
            return make_unexpected(render::toQString(calendar.error()));
        }
        return std::move(*calendar);
    }
    case Format::TaskJuggler: {
        auto project = toTaskJuggler(m_roadmap, kept);
        if (!project) {
            return make_unexpected(render::toQString(project.error()));
        }
        return std::move(project->text);
    }
    case Format::Pdf:
    case Format::Svg:
    case Format::Png:
        break;
    }
    return make_unexpected(tr("Not a plan format"));
}

bool printReport(const Roadmap& roadmap, const Analysis* analysis,
                 const render::ReportOptions& options, QPrinter& printer) {
    render::ReportOptions onPaper = options;
    const QPageLayout layout = printer.pageLayout();
    onPaper.pageSize = layout.pageSize().id();
    onPaper.orientation = layout.orientation();
    onPaper.pdfA = false;
    // The report keeps its own margins: the painter starts at the paper's corner.
    printer.setFullPage(true);
    const render::Report report(roadmap, analysis, onPaper);
    return render::paintReport(report, printer);
}

} // namespace orrery::app
