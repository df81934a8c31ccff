#include "publishing.h"

#include "../analysiscontroller.h"
#include "../document.h"
#include "../presentation.h"
#include "exportdialog.h"

#include <render/report.h>

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
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->lastMessage().isEmpty()) {
            Q_EMIT message(dialog->lastMessage(), 8000);
        }
    });
    return dialog;
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
