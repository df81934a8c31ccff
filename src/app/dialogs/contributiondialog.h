#pragma once

#include <orrery/roadmap.h>

#include <QDate>
#include <QDialog>
#include <QString>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace orrery::app {

/// What "Save as Contribution" needs: who contributes, the baseline file the draft was made
/// from (its fingerprint goes into the header), a summary, a date and where to save.
struct ContributionChoices {
    QString agency;
    QString baselinePath;
    QString summary;
    QDate date;
    QString filePath;
};

/// Asks for the contribution's header and file. The baseline is read as it is chosen, so
/// that a file that is no roadmap is said at once and OK stays disabled.
class ContributionDialog : public QDialog {
    Q_OBJECT

public:
    /// `suggestedBaseline`: the file the draft was probably made from (the one opened).
    ContributionDialog(const Roadmap& roadmap, const QString& suggestedBaseline,
                       QWidget* parent = nullptr);

    ContributionChoices choices() const;
    /// The baseline's fingerprint, once a loadable baseline is chosen.
    QString baselineFingerprint() const { return m_fingerprint; }

    QComboBox* agencyChooser() const { return m_agency; }
    QLineEdit* baselineField() const { return m_baseline; }
    QLabel* baselineStatus() const { return m_baselineStatus; }
    QPlainTextEdit* summaryField() const { return m_summary; }
    QDateEdit* dateField() const { return m_date; }
    QLineEdit* fileField() const { return m_file; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void checkBaseline();
    void updateOk();
    QString suggestedFileName() const;

    QComboBox* m_agency;
    QLineEdit* m_baseline;
    QLabel* m_baselineStatus;
    QPlainTextEdit* m_summary;
    QDateEdit* m_date;
    QLineEdit* m_file;
    QDialogButtonBox* m_buttons;
    QString m_fingerprint;
    bool m_fileEdited = false;
};

} // namespace orrery::app
