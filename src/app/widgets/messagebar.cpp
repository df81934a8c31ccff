#include "messagebar.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {

QColor tint(MessageBar::Kind kind, const QPalette& palette) {
    // A light wash of blue or amber over the window colour: it reads in light and dark themes.
    const QColor accent =
        kind == MessageBar::Kind::Warning ? QColor(0xef, 0x8f, 0x00) : QColor(0x19, 0x76, 0xd2);
    const QColor base = palette.color(QPalette::Window);
    const double amount = 0.22;
    return QColor::fromRgbF(
        static_cast<float>(base.redF() + (accent.redF() - base.redF()) * amount),
        static_cast<float>(base.greenF() + (accent.greenF() - base.greenF()) * amount),
        static_cast<float>(base.blueF() + (accent.blueF() - base.blueF()) * amount));
}

} // namespace

MessageBar::MessageBar(QWidget* parent) : QFrame(parent) {
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_label = new QLabel(this);
    m_label->setObjectName(u"messageBarText"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    auto* close = new QToolButton(this);
    close->setObjectName(u"messageBarClose"_s);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close this message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text, const QList<QAction*>& actions) {
    m_kind = kind;
    m_label->setText(text);
    const QStyle::StandardPixmap icon =
        kind == Kind::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // The old buttons go once control returns to the event loop: one of them may be the
    // button whose click is showing this message.
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        if (QWidget* button = item->widget()) {
            button->hide();
            button->deleteLater();
        }
        delete item;
    }
    for (QAction* action : actions) {
        auto* button = new QPushButton(action->text(), this);
        button->setToolTip(action->toolTip());
        // The bar closes first; the action may show a message of its own.
        connect(button, &QPushButton::clicked, this, [this, action] {
            hide();
            action->trigger();
        });
        m_buttons->addWidget(button);
    }
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, tint(kind, QApplication::palette()));
    setPalette(palette);
    show();
}

void MessageBar::remind() {
    if (m_label->text().isEmpty()) {
        return;
    }
    show();
    // A short flash of a stronger tint, then back.
    QPalette strong = palette();
    strong.setColor(QPalette::Window, tint(Kind::Warning, QApplication::palette()).darker(115));
    setPalette(strong);
    QTimer::singleShot(400, this, [this] {
        QPalette normal = palette();
        normal.setColor(QPalette::Window, tint(m_kind, QApplication::palette()));
        setPalette(normal);
    });
}

QList<QPushButton*> MessageBar::buttons() const {
    QList<QPushButton*> shown;
    for (int i = 0; i < m_buttons->count(); ++i) {
        if (auto* button = qobject_cast<QPushButton*>(m_buttons->itemAt(i)->widget())) {
            shown << button;
        }
    }
    return shown;
}

} // namespace orrery::app
