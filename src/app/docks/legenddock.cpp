#include "legenddock.h"

#include "../presentation.h"

#include <render/legend.h>

#include <QPainter>
#include <QScrollArea>

namespace orrery::app {
namespace {

class LegendWidget : public QWidget {
public:
    LegendWidget(Presentation* presentation, QWidget* parent)
        : QWidget(parent), m_presentation(presentation) {
        setObjectName(QStringLiteral("legend"));
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        connect(presentation, &Presentation::changed, this, [this] {
            updateGeometry();
            update();
        });
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override {
        return static_cast<int>(render::legendHeight(m_presentation->context(), width - 16)) + 16;
    }
    QSize sizeHint() const override { return QSize(260, heightForWidth(260)); }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.fillRect(rect(), m_presentation->context().theme.background);
        render::paintLegend(painter, m_presentation->context(),
                            QRectF(rect()).adjusted(8, 8, -8, -8));
    }

private:
    Presentation* m_presentation;
};

} // namespace

LegendDock::LegendDock(Presentation* presentation, QWidget* parent)
    : QDockWidget(tr("Legend"), parent) {
    setObjectName(QStringLiteral("legendDock"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(new LegendWidget(presentation, scroll));
    setWidget(scroll);
}

} // namespace orrery::app
