#include "agencydialog.h"

#include <render/palette.h>
#include <render/utf8.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace orrery::app {

using namespace Qt::StringLiterals;
using render::toQString;

AgencyDialog::AgencyDialog(const Roadmap& roadmap, const QString& title, const QString& question,
                           const QString& preselected, QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"agencyDialog"_s);
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(question, this);
    explanation->setWordWrap(true);
    explanation->setMinimumWidth(360);
    layout->addWidget(explanation);
    m_agency = new QComboBox(this);
    m_agency->setObjectName(u"agencyChooser"_s);
    for (const Agency& agency : roadmap.agencies) {
        QPixmap swatch(12, 12);
        swatch.fill(render::agencyColor(agency));
        m_agency->addItem(QIcon(swatch),
                          u"%1 \u2014 %2"_s.arg(toQString(agency.id), toQString(agency.name)),
                          toQString(agency.id));
    }
    m_agency->setCurrentIndex(std::max(m_agency->findData(preselected), 0));
    layout->addWidget(m_agency);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_agency->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AgencyDialog::agency() const {
    return m_agency->currentData().toString();
}

} // namespace orrery::app
