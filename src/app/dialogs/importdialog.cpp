#include "importdialog.h"

#include "../myagency.h"

#include <orrery/io/csv.h>

#include <render/utf8.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orrery::app {

namespace {

/// A large schedule previews its first rows; the import takes them all.
constexpr int kPreviewRows = 300;

constexpr std::string_view kSummarySource = "summary";

QString settingsKey(const QString& filePath) {
    // Paths hold slashes, which QSettings reads as groups.
    return u"import/mappings/"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(QFileInfo(filePath).absoluteFilePath().toUtf8(),
                                        QCryptographicHash::Sha1)
                   .toHex());
}

QString dateText(const std::optional<Date>& date) {
    return date ? render::toQString(date->toString()) : QString();
}

} // namespace

std::optional<MspdiMapping> ImportDialog::rememberedMapping(const QString& filePath) {
    const QString json = QSettings().value(settingsKey(filePath)).toString();
    if (json.isEmpty()) {
        return std::nullopt;
    }
    auto mapping = mappingFromJson(render::toStdString(json));
    return mapping ? std::optional<MspdiMapping>(*mapping) : std::nullopt;
}

ImportDialog::ImportDialog(const QString& filePath, std::optional<MspdiProject> project,
                           ImportedPlan csvPlan, const Roadmap* open, QWidget* parent)
    : QDialog(parent), m_filePath(filePath), m_project(std::move(project)),
      m_csvPlan(std::move(csvPlan)), m_open(open) {
    setWindowTitle(tr("Import %1").arg(QFileInfo(filePath).fileName()));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* top = new QHBoxLayout;
    if (m_project) {
        m_mapping = rememberedMapping(filePath).value_or(suggestedMapping(*m_project));
        auto* fields = new QGroupBox(tr("Mission fields come from"), this);
        auto* form = new QFormLayout(fields);
        const std::vector<std::string> sources = mappingSources(*m_project);
        const auto chooser = [&](const std::string& field, const QString& label,
                                 const std::string& chosen, bool withSummary) {
            auto* box = new QComboBox(fields);
            box->setObjectName(render::toQString(field) + u"Source"_s);
            box->addItem(tr("(none)"), QString());
            if (withSummary) {
                box->addItem(tr("The summary task it is under"), render::toQString(kSummarySource));
            }
            for (const std::string& source : sources) {
                box->addItem(render::toQString(source), render::toQString(source));
            }
            const int index = box->findData(render::toQString(chosen));
            box->setCurrentIndex(std::max(0, index));
            form->addRow(label, box);
            m_sources[field] = box;
            connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
        };
        chooser("missionId", tr("Mission &id:"), m_mapping.missionId, false);
        chooser("agency", tr("Lead &agency:"), m_mapping.agency, false);
        m_defaultAgency = new QComboBox(fields);
        m_defaultAgency->setObjectName(u"defaultAgency"_s);
        m_defaultAgency->setEditable(true);
        m_defaultAgency->addItem(QString());
        if (open) {
            for (const Agency& agency : open->agencies) {
                m_defaultAgency->addItem(render::toQString(agency.id));
            }
        }
        m_defaultAgency->setCurrentText(render::toQString(m_mapping.defaultAgency.empty()
                                                              ? render::toStdString(myAgency())
                                                              : m_mapping.defaultAgency));
        form->addRow(tr("&Otherwise led by:"), m_defaultAgency);
        chooser("partners", tr("&Partners:"), m_mapping.partners, false);
        chooser("destination", tr("&Destination:"), m_mapping.destination, true);
        m_defaultLane = new QComboBox(fields);
        m_defaultLane->setObjectName(u"defaultLane"_s);
        m_defaultLane->setEditable(true);
        m_defaultLane->addItem(QString());
        if (open) {
            for (const Destination& destination : open->destinations) {
                m_defaultLane->addItem(render::toQString(destination.id));
            }
        }
        m_defaultLane->setCurrentText(render::toQString(m_mapping.defaultDestination));
        form->addRow(tr("Otherwise in &lane:"), m_defaultLane);
        chooser("crew", tr("&Crew:"), m_mapping.crew, false);
        chooser("status", tr("&Status:"), m_mapping.status, false);
        m_precision = new QComboBox(fields);
        m_precision->setObjectName(u"precision"_s);
        m_precision->addItem(tr("Months (\u201c2030-06\u201d)"), int(DatePrecision::Month));
        m_precision->addItem(tr("Days (\u201c2030-06-15\u201d)"), int(DatePrecision::Day));
        m_precision->setCurrentIndex(m_mapping.datePrecision == DatePrecision::Day ? 1 : 0);
        form->addRow(tr("Dates &known to:"), m_precision);
        m_summaryInNotes =
            new QCheckBox(tr("Name the summary tasks in each mission's &notes"), fields);
        m_summaryInNotes->setChecked(m_mapping.summaryInNotes);
        form->addRow(m_summaryInNotes);
        connect(m_defaultAgency, &QComboBox::currentTextChanged, this, &ImportDialog::refresh);
        connect(m_defaultLane, &QComboBox::currentTextChanged, this, &ImportDialog::refresh);
        connect(m_precision, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
        connect(m_summaryInNotes, &QCheckBox::toggled, this, &ImportDialog::refresh);
        top->addWidget(fields);
    }

    auto* target = new QGroupBox(tr("Import as"), this);
    auto* targetLayout = new QVBoxLayout(target);
    m_asNew = new QRadioButton(tr("A ne&w roadmap"), target);
    m_asContribution = new QRadioButton(
        open ? tr("A &contribution to \u201c%1\u201d from:").arg(render::toQString(open->title))
             : tr("A &contribution to the open roadmap"),
        target);
    m_contributor = new QComboBox(target);
    m_contributor->setObjectName(u"contributor"_s);
    if (open) {
        for (const Agency& agency : open->agencies) {
            m_contributor->addItem(render::toQString(agency.name.empty() ? agency.id : agency.name),
                                   render::toQString(agency.id));
        }
        const int mine = m_contributor->findData(myAgency());
        m_contributor->setCurrentIndex(std::max(0, mine));
    }
    m_asContribution->setEnabled(open != nullptr && !open->agencies.empty());
    m_asNew->setChecked(true);
    auto* contributionRow = new QHBoxLayout;
    contributionRow->addWidget(m_asContribution);
    contributionRow->addWidget(m_contributor, 1);
    targetLayout->addWidget(m_asNew);
    targetLayout->addLayout(contributionRow);
    auto* targetNote = new QLabel(
        tr("A contribution replaces the agency's missions in the open roadmap by the file's; "
           "the review then shows what its schedule changes."),
        target);
    targetNote->setWordWrap(true);
    targetLayout->addWidget(targetNote);
    targetLayout->addStretch();
    top->addWidget(target);
    layout->addLayout(top);
    connect(m_asNew, &QRadioButton::toggled, this, &ImportDialog::refresh);
    connect(m_contributor, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_preview = new QTableWidget(splitter);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setColumnCount(8);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Id"), tr("Name"), tr("Lead"), tr("Lane"),
                                          tr("Start"), tr("End"), tr("Prerequisites")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_problems = new QListWidget(splitter);
    m_problems->setObjectName(u"importProblems"_s);
    m_problems->setWordWrap(true);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_skipBad = new QCheckBox(this);
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportDialog::refresh);
    layout->addWidget(m_skipBad);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        remember();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(1100, 720);
    refresh();
}

ImportDialog::Target ImportDialog::target() const {
    return m_asContribution->isChecked() ? Target::Contribution : Target::NewRoadmap;
}

QString ImportDialog::contributor() const {
    return m_contributor->currentData().toString();
}

void ImportDialog::readChoices() {
    if (!m_project) {
        return;
    }
    const auto source = [this](const std::string& field) {
        return render::toStdString(m_sources.at(field)->currentData().toString());
    };
    m_mapping.missionId = source("missionId");
    m_mapping.agency = source("agency");
    m_mapping.partners = source("partners");
    m_mapping.destination = source("destination");
    m_mapping.crew = source("crew");
    m_mapping.status = source("status");
    m_mapping.defaultAgency = render::toStdString(m_defaultAgency->currentText().trimmed());
    m_mapping.defaultDestination = render::toStdString(m_defaultLane->currentText().trimmed());
    m_mapping.datePrecision = static_cast<DatePrecision>(m_precision->currentData().toInt());
    m_mapping.summaryInNotes = m_summaryInNotes->isChecked();
}

void ImportDialog::refresh() {
    readChoices();
    m_plan = m_project ? missionsFromMspdi(*m_project, m_mapping) : m_csvPlan;
    const bool contribution = target() == Target::Contribution && m_open;
    dropUnknownPrerequisites(m_plan, contribution ? m_open : nullptr);

    const QString file = QFileInfo(m_filePath).fileName();
    const int missions = static_cast<int>(m_plan.missions.size());
    const int bad = static_cast<int>(m_plan.errors.size());
    m_summary->setText(
        (m_project ? tr("<b>%1</b>: MS Project XML, %2 tasks. ")
                         .arg(file.toHtmlEscaped())
                         .arg(m_project->tasks.size())
                   : tr("<b>%1</b>: a mission table. ").arg(file.toHtmlEscaped())) +
        (missions == 1 ? tr("1 mission to import") : tr("%1 missions to import").arg(missions)) +
        (bad == 0   ? u"."_s
         : bad == 1 ? tr("; <b>1 task or row cannot be imported as it is</b>.")
                    : tr("; <b>%1 tasks or rows cannot be imported as they are</b>.").arg(bad)));

    m_preview->setRowCount(std::min(missions, kPreviewRows));
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        const Mission& mission = m_plan.missions[static_cast<std::size_t>(row)];
        const QStringList cells{QString::number(m_plan.lines[static_cast<std::size_t>(row)]),
                                render::toQString(mission.id),
                                render::toQString(mission.name),
                                render::toQString(mission.lead),
                                render::toQString(mission.destination),
                                render::toQString(mission.start.toString()),
                                mission.isMilestone() ? tr("milestone") : dateText(mission.end),
                                render::toQString(prerequisitesToText(mission.prerequisites))};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = m_preview->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_preview->setItem(row, column, item);
            }
            item->setText(cells[column]);
        }
    }
    m_preview->resizeColumnsToContents();

    m_problems->clear();
    const auto list = [&](const std::vector<ImportProblem>& problems, QStyle::StandardPixmap icon) {
        for (const ImportProblem& problem : problems) {
            auto* item = new QListWidgetItem(
                style()->standardIcon(icon),
                render::toQString(problem.describe(render::toStdString(file))), m_problems);
            item->setData(Qt::UserRole, problem.line);
        }
    };
    list(m_plan.errors, QStyle::SP_MessageBoxCritical);
    list(m_plan.notes, QStyle::SP_MessageBoxInformation);
    if (m_problems->count() == 0) {
        m_problems->addItem(tr("Every task is taken as the file has it."));
    }

    m_skipBad->setVisible(bad > 0);
    m_skipBad->setText(bad == 1
                           ? tr("Leave out the bad task or row and import the rest")
                           : tr("Leave out the %1 bad tasks or rows and import the rest").arg(bad));
    m_contributor->setEnabled(m_asContribution->isChecked());
    const bool agencyReady = !contribution || !contributor().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(missions > 0 && (bad == 0 || m_skipBad->isChecked()) && agencyReady);
}

Roadmap ImportDialog::result() const {
    ImportedPlan plan = m_plan;
    const QString file = QFileInfo(m_filePath).fileName();
    if (target() == Target::Contribution && m_open) {
        return contributionFromImport(*m_open, std::move(plan), render::toStdString(contributor()),
                                      render::toStdString(tr("Imported from %1").arg(file)));
    }
    std::string title = m_project ? (!m_project->title.empty() ? m_project->title : m_project->name)
                                  : std::string();
    if (title.empty()) {
        title = render::toStdString(QFileInfo(m_filePath).completeBaseName());
    }
    return roadmapFromImport(std::move(plan), std::move(title));
}

void ImportDialog::remember() const {
    if (m_project) {
        QSettings().setValue(settingsKey(m_filePath), render::toQString(mappingToJson(m_mapping)));
    }
}

} // namespace orrery::app
