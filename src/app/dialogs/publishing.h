#pragma once

#include <QObject>
#include <QString>

#include <vector>

class QPrinter;
class QWidget;

namespace orrery::app {

class Document;
class ExportDialog;
class Presentation;
struct EditionOption;

/// File > Export and File > Print for the roadmap the window shows, with its filter and
/// colours and the last export choices: the same pages on paper as in the PDF.
class Publishing : public QObject {
    Q_OBJECT

public:
    Publishing(Presentation* presentation, QWidget* window);

    /// The export dialog (not yet shown; it deletes itself when closed), starting in
    /// `folder` when given; null without a roadmap.
    ExportDialog* createExportDialog(const QString& folder);
    /// Prints the publication on the printer's paper; false when it could not start.
    bool printTo(QPrinter& printer);
    /// Asks for a printer, then prints.
    void print();

Q_SIGNALS:
    /// What happened, for the status bar.
    void message(const QString& text, int milliseconds);

private:
    /// The shown scenario's name; empty for the plan.
    static QString scenarioName(const Document& document);
    /// The editions the roadmap names, as read by the window.
    std::vector<EditionOption> editionOptions() const;

    Presentation* m_presentation;
    QWidget* m_window;
};

} // namespace orrery::app
