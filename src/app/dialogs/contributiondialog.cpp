#include "contributiondialog.h"

#include "../document.h"
#include "../myagency.h"

#include <orrery/io/writer.h>

#include <render/utf8.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace orrery::app {

using namespace Qt::StringLiterals;
using render::toQString;

ContributionDialog::ContributionDialog(const Roadmap& roadmap, const QString& suggestedBaseline,
                                       QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Save as Contribution"));
    setObjectName(u"contributionDialog"_s);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A contribution is this roadmap sent to the coordinator for "
                                "review, with the agency it comes from and the baseline it was "
                                "drafted from."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_agency = new QComboBox(this);
    m_agency->setObjectName(u"contributionAgency"_s);
    for (const Agency& agency : roadmap.agencies) {
        m_agency->addItem(u"%1 (%2)"_s.arg(toQString(agency.name), toQString(agency.id)),
                          toQString(agency.id));
    }
    // The draft's own agency when it is one already, else the planner's.
    const QString agency =
        roadmap.contribution ? toQString(roadmap.contribution->agency) : myAgency();
    if (const int row = m_agency->findData(agency); row >= 0) {
        m_agency->setCurrentIndex(row);
    }
    form->addRow(tr("&Agency:"), m_agency);

    m_baseline = new QLineEdit(this);
    m_baseline->setObjectName(u"contributionBaseline"_s);
    m_baseline->setText(suggestedBaseline);
    auto* browseBaseline = new QPushButton(tr("Browse..."), this);
    auto* baselineRow = new QHBoxLayout;
    baselineRow->addWidget(m_baseline, 1);
    baselineRow->addWidget(browseBaseline);
    form->addRow(tr("&Baseline:"), baselineRow);
    m_baselineStatus = new QLabel(this);
    m_baselineStatus->setObjectName(u"contributionBaselineStatus"_s);
    m_baselineStatus->setWordWrap(true);
    m_baselineStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_baselineStatus);

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(u"contributionSummary"_s);
    m_summary->setPlaceholderText(tr("What the contribution changes, and why"));
    m_summary->setTabChangesFocus(true);
    if (roadmap.contribution) {
        m_summary->setPlainText(toQString(roadmap.contribution->summary));
    }
    form->addRow(tr("&Summary:"), m_summary);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"contributionDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    form->addRow(tr("&Date:"), m_date);

    m_file = new QLineEdit(this);
    m_file->setObjectName(u"contributionFile"_s);
    auto* browseFile = new QPushButton(tr("Browse..."), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseFile);
    form->addRow(tr("Save &to:"), fileRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    resize(640, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_baseline, &QLineEdit::editingFinished, this, &ContributionDialog::checkBaseline);
    connect(browseBaseline, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Baseline Roadmap"), m_baseline->text(), tr("Orrery roadmaps (*.json)"));
        if (!path.isEmpty()) {
            m_baseline->setText(path);
            checkBaseline();
        }
    });
    connect(browseFile, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save Contribution"), m_file->text(),
                                         tr("Orrery contributions (*.contribution.roadmap.json)"));
        if (!path.isEmpty()) {
            m_file->setText(path);
            m_fileEdited = true;
        }
    });
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileEdited = true; });
    connect(m_file, &QLineEdit::textChanged, this, &ContributionDialog::updateOk);
    const auto suggestFile = [this] {
        if (!m_fileEdited) {
            m_file->setText(suggestedFileName());
        }
    };
    connect(m_agency, &QComboBox::currentIndexChanged, this, suggestFile);
    connect(m_date, &QDateEdit::dateChanged, this, suggestFile);
    suggestFile();
    checkBaseline();
}

QString ContributionDialog::suggestedFileName() const {
    // Beside the baseline unless that is inside the application; then in the home folder.
    const QString baseline = m_baseline->text();
    const QDir folder = baseline.isEmpty() || baseline.startsWith(u":/"_s)
                            ? QDir::home()
                            : QFileInfo(baseline).absoluteDir();
    const QString agency = m_agency->currentData().toString().toLower();
    return folder.filePath(u"%1-%2.contribution.roadmap.json"_s.arg(
        agency.isEmpty() ? u"draft"_s : agency, m_date->date().toString(u"yyyy-MM-dd"_s)));
}

void ContributionDialog::checkBaseline() {
    m_fingerprint.clear();
    const QString path = m_baseline->text().trimmed();
    if (path.isEmpty()) {
        m_baselineStatus->setText(tr("Choose the roadmap the draft was made from."));
    } else if (auto loaded = loadRoadmapFile(path)) {
        const Roadmap& baseline = *loaded;
        m_fingerprint = toQString(contentFingerprint(baseline));
        m_baselineStatus->setText(tr("%1 (%2), fingerprint %3…")
                                      .arg(toQString(baseline.title), toQString(baseline.edition),
                                           m_fingerprint.left(19)));
    } else {
        const LoadError& first = loaded.error().front();
        m_baselineStatus->setText(u"<span style=\"color:#c62828\">%1</span>"_s.arg(
            toQString(first.describe()).toHtmlEscaped()));
    }
    updateOk();
}

void ContributionDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(!m_fingerprint.isEmpty() && !m_file->text().trimmed().isEmpty() &&
                     m_agency->currentIndex() >= 0);
}

ContributionChoices ContributionDialog::choices() const {
    return {m_agency->currentData().toString(), m_baseline->text().trimmed(),
            m_summary->toPlainText().trimmed(), m_date->date(), m_file->text().trimmed()};
}

} // namespace orrery::app
