#pragma once

#include <render/porkchop.h>

#include <QFutureWatcher>
#include <QWidget>

#include <optional>
#include <string>

namespace orrery::app {

class Presentation;

/// The porkchop plot of the selected mission when it flies to Mars or to an asteroid whose
/// orbit the roadmap holds: launch energy over launch date and flight time, the launcher's
/// limit as its own contour, the opportunities marked, the planned launch shaded. Hidden for
/// any other mission. Pointing at the plot tells the launch, arrival and C3 there;
/// double-clicking opens it larger.
class PorkchopView : public QWidget {
    Q_OBJECT

public:
    explicit PorkchopView(Presentation* presentation, QWidget* parent = nullptr);

    /// The plot shown, if any; tests read it.
    const std::optional<render::PorkchopFigure>& figure() const { return m_figure; }
    /// The plot for the mission as it is now is being worked out (in the background).
    bool isPending() const { return m_pendingFor.has_value(); }
    /// What the plot says at a point of the widget: "Launch 2026-10-31, 293 days, arrival
    /// 2027-08-20: C3 9.2 km²/s², arrival 2.7 km/s"; empty outside the grid.
    QString describeAt(const QPointF& point) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    using Result = Expected<render::PorkchopFigure, QString>;

    void refresh();
    void computed();

    Presentation* m_presentation;
    /// Everything a plot reads: the target (its orbit, limits and name) and the planned
    /// launch's first and last day.
    struct Plot {
        LaunchTarget target;
        std::chrono::sys_days first;
        std::chrono::sys_days last;

        friend bool operator==(const Plot&, const Plot&) = default;
    };
    /// What the figure shown was made for, what is being worked out, and what the selection
    /// asks for now.
    std::optional<Plot> m_madeFor;
    std::optional<Plot> m_pendingFor;
    std::optional<Plot> m_wantedFor;
    std::optional<render::PorkchopFigure> m_figure;
    QFutureWatcher<Result> m_watcher;
};

} // namespace orrery::app
