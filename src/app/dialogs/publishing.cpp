#include "publishing.h"

#include "../analysiscontroller.h"
#include "../document.h"
#include "../presentation.h"
#include "../scenarios/editionlibrary.h"
#include "exportdialog.h"

#include <orrery/resolution.h>

#include <render/report.h>
#include <render/utf8.h>

#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>

namespace orrery::app {

using namespace Qt::StringLiterals;

Publishing::Publishing(Presentation* presentation, QWidget* window)
    : QObject(window), m_presentation(presentation), m_window(window) {}

ExportDialog* Publishing::createExportDialog(const QString& folder) {
    const Document* document = m_presentation->document();
    if (!document) {
        return nullptr;
    }
    QString baseName = QFileInfo(document->filePath()).fileName().section(u'.', 0, 0);
    if (baseName.isEmpty()) {
        baseName = u"roadmap"_s;
    }
    AnalysisController* analysis = m_presentation->analysis();
    auto* dialog =
        new ExportDialog(document->roadmap(), m_presentation->currentAnalysis(),
                         m_presentation->filter(), m_presentation->colorMode(), baseName, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!folder.isEmpty()) {
        dialog->setStartFolder(folder);
    }
    connect(analysis, &AnalysisController::updated, dialog,
            [this, dialog] { dialog->setAnalysis(m_presentation->currentAnalysis()); });
    if (!document->scenario().empty()) {
        dialog->setScenarios(std::make_shared<const Roadmap>(document->wholeRoadmap()),
                             scenarioName(*document));
    }
    dialog->setEditions(editionOptions());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->lastMessage().isEmpty()) {
            Q_EMIT message(dialog->lastMessage(), 8000);
        }
    });
    return dialog;
}

QString Publishing::scenarioName(const Document& document) {
    const Scenario* scenario = document.wholeRoadmap().scenarios.find(document.scenario());
    return scenario ? render::toQString(nameOf(*scenario)) : QString();
}

std::vector<EditionOption> Publishing::editionOptions() const {
    std::vector<EditionOption> options;
    EditionLibrary* library = m_presentation->editions();
    for (const EditionReference& edition : library->named()) {
        EditionOption option{edition, nullptr, library->problem(edition.id)};
        if (const Roadmap* read = library->roadmap(edition.id)) {
            option.baseline =
                std::make_shared<const render::Baseline>(render::Baseline{edition, *read});
        }
        options.push_back(std::move(option));
    }
    return options;
}

bool Publishing::printTo(QPrinter& printer) {
    const Document* document = m_presentation->document();
    if (!document) {
        return false;
    }
    QSettings settings;
    const ExportChoices choices = ExportChoices::load(settings);
    render::ReportOptions options = choices.report;
    options.colorMode = m_presentation->colorMode();
    if (choices.applyFilter && m_presentation->filter().isActive()) {
        options.filter = m_presentation->filter();
    }
    if (!document->scenario().empty()) {
        options.scenarioName = scenarioName(*document);
        options.scenariosOf = std::make_shared<const Roadmap>(document->wholeRoadmap());
    }
    // As the dialog would have it: the edition chosen the last time, or the last one named.
    const std::vector<EditionOption> editions = editionOptions();
    const auto since =
        std::find_if(editions.begin(), editions.end(), [&choices](const EditionOption& edition) {
            return edition.reference.id == choices.since;
        });
    if (since != editions.end()) {
        options.since = since->baseline;
    } else if (!editions.empty()) {
        options.since = editions.back().baseline;
    }
    const auto analysis = m_presentation->currentAnalysis();
    return printReport(document->roadmap(), analysis.get(), options, printer);
}

void Publishing::print() {
    const Document* document = m_presentation->document();
    if (!document) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QSettings settings;
    const ExportChoices choices = ExportChoices::load(settings);
    printer.setPageLayout(
        QPageLayout(QPageSize(choices.report.pageSize), choices.report.orientation, QMarginsF()));
    printer.setDocName(render::documentTitle(document->roadmap()));
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted && !printTo(printer)) {
        QMessageBox::warning(m_window, tr("Print Failed"), tr("The printer could not be started."));
    }
}

} // namespace orrery::app
