#pragma once

#include <QDockWidget>

namespace orrery::app {

class Presentation;

/// What every colour, shape and mark of the charts means, for the current colour mode.
class LegendDock : public QDockWidget {
    Q_OBJECT

public:
    explicit LegendDock(Presentation* presentation, QWidget* parent = nullptr);
};

} // namespace orrery::app
