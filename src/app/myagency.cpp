#include "myagency.h"

#include "dialogs/agencydialog.h"

#include <render/utf8.h>

#include <QCoreApplication>
#include <QSettings>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {

const auto kMyAgencyKey = u"planner/agency"_s;

AgencyDialog* myAgencyDialog(const Roadmap& roadmap, QWidget* parent) {
    auto* dialog = new AgencyDialog(
        roadmap, QCoreApplication::translate("orrery::app::MyAgency", "My Agency"),
        QCoreApplication::translate(
            "orrery::app::MyAgency",
            "Which agency do you plan for? New missions are led by it, contributions are saved "
            "as its drafts, and reviews point out changes to its missions."),
        myAgency(), parent);
    dialog->setObjectName(u"myAgencyDialog"_s);
    return dialog;
}

} // namespace

QString myAgency() {
    return QSettings().value(kMyAgencyKey).toString();
}

void setMyAgency(const QString& agency) {
    QSettings().setValue(kMyAgencyKey, agency);
}

void withMyAgency(const Roadmap& roadmap, QWidget* parent,
                  const std::function<void(const QString&)>& then) {
    const QString known = myAgency();
    if (!known.isEmpty() && roadmap.agencies.contains(render::toStdString(known))) {
        then(known);
        return;
    }
    // Not known yet: asked, and remembered. Known but not one of this roadmap's agencies:
    // asked for this once, and the planner's own agency stays what it is.
    const bool remember = known.isEmpty();
    AgencyDialog* dialog =
        remember ? myAgencyDialog(roadmap, parent)
                 : new AgencyDialog(
                       roadmap, QCoreApplication::translate("orrery::app::MyAgency", "Lead Agency"),
                       QCoreApplication::translate("orrery::app::MyAgency",
                                                   "This roadmap has no agency %1, yours. Which of "
                                                   "its agencies leads?")
                           .arg(known),
                       {}, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [dialog, then, remember] {
        if (remember) {
            setMyAgency(dialog->agency());
        }
        then(dialog->agency());
    });
    dialog->open();
}

bool chooseMyAgency(const Roadmap& roadmap, QWidget* parent) {
    AgencyDialog* dialog = myAgencyDialog(roadmap, parent);
    const bool chosen = dialog->exec() == QDialog::Accepted;
    if (chosen) {
        setMyAgency(dialog->agency());
    }
    delete dialog;
    return chosen;
}

} // namespace orrery::app
