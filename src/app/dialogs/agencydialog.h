#pragma once

#include <orrery/roadmap.h>

#include <QDialog>
#include <QString>

class QComboBox;

namespace orrery::app {

/// Asks for one of the roadmap's agencies: the planner's own, or the one that sent a
/// roadmap for review.
class AgencyDialog : public QDialog {
    Q_OBJECT

public:
    AgencyDialog(const Roadmap& roadmap, const QString& title, const QString& question,
                 const QString& preselected, QWidget* parent = nullptr);

    QComboBox* agencyChooser() const { return m_agency; }
    /// The chosen agency's id.
    QString agency() const;

private:
    QComboBox* m_agency;
};

} // namespace orrery::app
