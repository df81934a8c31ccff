#include "porkchopview.h"

#include "../presentation.h"
#include "../selection.h"

#include <orrery/roadmap.h>

#include <render/qdates.h>
#include <render/utf8.h>

#include <QDialog>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {

/// The inspector is narrow: a coarser grid is as readable there, and quicker to work out.
constexpr int kDepartureCells = 240;
constexpr int kFlightCells = 160;

/// The same plot, large, in a window of its own.
class PorkchopWindow : public QDialog {
public:
    PorkchopWindow(render::PorkchopFigure figure, const render::PaintContext& context,
                   QWidget* parent)
        : QDialog(parent), m_figure(std::move(figure)), m_context(context) {
        setWindowTitle(m_figure.title);
        setAttribute(Qt::WA_DeleteOnClose);
        resize(render::kPorkchopSize.toSize() * 1.3);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        render::paintPorkchop(painter, QRectF(rect()), m_figure, m_context);
    }

private:
    render::PorkchopFigure m_figure;
    render::PaintContext m_context;
};

} // namespace

PorkchopView::PorkchopView(Presentation* presentation, QWidget* parent)
    : QWidget(parent), m_presentation(presentation) {
    setObjectName(u"porkchop"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setToolTip(tr("Launch energy (C3) for each launch date and flight time; double-click to "
                  "open it larger."));
    hide();
    connect(presentation, &Presentation::changed, this, &PorkchopView::refresh);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &PorkchopView::computed);
}

int PorkchopView::heightForWidth(int width) const {
    return std::max(260, width * 3 / 4);
}

QSize PorkchopView::sizeHint() const {
    return {360, heightForWidth(360)};
}

void PorkchopView::refresh() {
    const Roadmap* roadmap = m_presentation->roadmap();
    const std::string current = render::toStdString(m_presentation->selection()->current());
    const Mission* mission =
        roadmap && !current.empty() ? roadmap->missions.find(current) : nullptr;
    const Destination* destination =
        mission ? roadmap->destinations.find(mission->destination) : nullptr;
    const auto target = destination ? launchTargetOf(*destination, mission) : std::nullopt;
    if (!target || !ephemerisCovers(*target, mission->start.firstDay(), mission->start.lastDay())) {
        m_madeFor.reset();
        m_wantedFor.reset();
        m_figure.reset();
        hide();
        return;
    }
    const Plot wanted{*target, mission->start.firstDay(), mission->start.lastDay()};
    m_wantedFor = wanted;
    if (wanted == m_madeFor) {
        show();
        update();
        return;
    }
    if (m_figure && m_figure->target.name == target->name) {
        show(); // the last plot until the new one comes
    }
    if (m_pendingFor) {
        return; // computed() starts the one wanted now
    }
    m_pendingFor = wanted;
    const QString title = tr("Launch to %1").arg(render::toQString(target->name));
    m_watcher.setFuture(QtConcurrent::run([wanted, title]() -> Result {
        auto figure = render::porkchopAround(wanted.target, wanted.first, wanted.last, title,
                                             kDepartureCells, kFlightCells);
        if (figure) {
            figure->plannedLaunch = std::pair{wanted.first, wanted.last};
        }
        return figure;
    }));
}

void PorkchopView::computed() {
    const std::optional<Plot> madeFor = std::exchange(m_pendingFor, std::nullopt);
    Result result = m_watcher.result();
    if (madeFor == m_wantedFor) {
        m_madeFor = madeFor;
        if (result) {
            m_figure = std::move(*result);
            show();
            update();
        } else {
            m_figure.reset();
            hide();
        }
    } else if (m_wantedFor) {
        refresh(); // the selection or the mission changed meanwhile
    }
}

QString PorkchopView::describeAt(const QPointF& point) const {
    if (!m_figure) {
        return {};
    }
    const QRectF plot = render::porkchopPlotRect(QRectF(rect()), m_presentation->context().font);
    const auto cell = render::porkchopCellAt(*m_figure, plot, point);
    if (!cell) {
        return {};
    }
    const astro::PorkchopSpan& span = m_figure->grid.span;
    const auto launch = span.departure(cell->first);
    const int flight = span.flight(cell->second);
    const float c3 = m_figure->grid.c3At(cell->first, cell->second);
    const float arrival = m_figure->grid.arrivalVInfinityAt(cell->first, cell->second);
    QString text = tr("Launch %1, %2 days, arrival %3")
                       .arg(render::isoDay(launch))
                       .arg(flight)
                       .arg(render::isoDay(launch + std::chrono::days{flight}));
    if (!std::isfinite(c3)) {
        return text + tr(": no transfer");
    }
    return text +
           tr(": C3 %1 km²/s², arrival %2 km/s%3")
               .arg(c3, 0, 'f', 1)
               .arg(arrival, 0, 'f', 1)
               .arg(c3 > m_figure->target.limits.c3Max ? tr(" (beyond the limit)") : QString());
}

void PorkchopView::paintEvent(QPaintEvent*) {
    if (!m_figure) {
        return;
    }
    QPainter painter(this);
    render::paintPorkchop(painter, QRectF(rect()), *m_figure, m_presentation->context());
}

void PorkchopView::mouseMoveEvent(QMouseEvent* event) {
    const QString text = describeAt(event->position());
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
}

void PorkchopView::mouseDoubleClickEvent(QMouseEvent*) {
    if (m_figure) {
        auto* window = new PorkchopWindow(*m_figure, m_presentation->context(), this->window());
        window->show();
    }
}

} // namespace orrery::app
