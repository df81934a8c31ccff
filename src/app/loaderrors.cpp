#include "loaderrors.h"

#include "labels.h"

#include <render/utf8.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QStringList>

namespace orrery::app {

using namespace Qt::StringLiterals;

LoadErrorReport describeLoadErrors(const std::vector<LoadError>& errors) {
    if (errors.empty()) {
        return {};
    }
    QStringList details;
    for (const LoadError& error : errors) {
        details << render::toQString(error.describe());
    }
    const LoadError& first = errors.front();
    QString where;
    if (first.line > 0) {
        where = windowText("Line %1, column %2: ").arg(first.line).arg(first.column);
    }
    QString summary = where + render::toQString(first.message);
    if (errors.size() > 1) {
        summary += windowText("\n\nProblems in all: %1; see the details.").arg(errors.size());
    }
    return {summary, details.join(u'\n')};
}

void showLoadErrorMessage(QWidget* parent, const QString& filePath, const LoadErrorReport& report) {
    auto* box =
        new QMessageBox(QMessageBox::Warning, windowText("Cannot Open Roadmap"),
                        windowText("%1 could not be opened.").arg(QFileInfo(filePath).fileName()),
                        QMessageBox::Ok, parent);
    box->setObjectName(u"loadErrorMessage"_s);
    box->setInformativeText(report.summary);
    box->setDetailedText(report.details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace orrery::app
