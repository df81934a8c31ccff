#include "aboutbox.h"

#include "../labels.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

namespace orrery::app {

using namespace Qt::StringLiterals;

bool showAboutBox(QWidget* parent) {
    QMessageBox box(parent);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(windowText("About Orrery"));
    box.setIconPixmap(QIcon(u":/icons/orrery.svg"_s).pixmap(96, 96));
    box.setTextFormat(Qt::RichText);
    box.setText(
        windowText("<h3>Orrery %1</h3><p>Plans a shared space exploration roadmap: missions to "
                   "the ISS, the Moon, near-Earth asteroids and Mars, their prerequisites and "
                   "their feasibility.</p>")
            .arg(QApplication::applicationVersion()));
    box.setInformativeText(
        windowText(
            "<p>Licensed under the Apache License, Version 2.0.</p>"
            "<p>The example roadmaps follow the International Space Exploration Coordination "
            "Group's Global Exploration Roadmap (2nd edition, August 2013; 3rd edition, "
            "January 2018, <a href=\"https://www.globalspaceexploration.org\">"
            "globalspaceexploration.org</a>); each mission names its sources in its "
            "references.</p><p>Built with Qt %2, Boost.Graph, Graphviz and nlohmann/json.</p>")
            .arg(QString::fromLatin1(qVersion())));
    QPushButton* guide = box.addButton(windowText("User Guide"), QMessageBox::HelpRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    return box.clickedButton() == guide;
}

} // namespace orrery::app
