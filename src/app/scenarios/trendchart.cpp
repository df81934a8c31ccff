#include "trendchart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace orrery::app {

namespace {

constexpr int kMargin = 6;
constexpr int kAxisHeight = 18;

} // namespace

TrendChart::TrendChart(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("trendChart"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TrendChart::setRows(std::vector<Row> rows) {
    m_rows = std::move(rows);
    QStringList tip;
    for (const Row& row : m_rows) {
        const QString name = row.title.isEmpty() ? row.label : row.title;
        tip << (row.start ? tr("%1: %2%3")
                                .arg(name, QString::fromStdString(row.start->toString()),
                                     row.end ? QStringLiteral(" \u2013 ") +
                                                   QString::fromStdString(row.end->toString())
                                             : QString())
                          : tr("%1: %2").arg(name, row.note.isEmpty() ? tr("not in this edition")
                                                                      : row.note));
    }
    setToolTip(tip.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

int TrendChart::rowHeight() const {
    return fontMetrics().height() + 6;
}

int TrendChart::labelWidth() const {
    int width = 0;
    for (const Row& row : m_rows) {
        width = std::max(width, fontMetrics().horizontalAdvance(row.label));
    }
    return std::min(width, 160) + kMargin;
}

QSize TrendChart::sizeHint() const {
    return {320, minimumSizeHint().height()};
}

QSize TrendChart::minimumSizeHint() const {
    return {200, kMargin * 2 + kAxisHeight + static_cast<int>(m_rows.size()) * rowHeight()};
}

void TrendChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colours = palette();
    MonthIndex first = 0;
    MonthIndex last = 0;
    bool any = false;
    for (const Row& row : m_rows) {
        if (!row.start) {
            continue;
        }
        const MonthIndex from = row.start->firstMonth();
        const MonthIndex to = (row.end ? *row.end : *row.start).lastMonth() + 1;
        first = any ? std::min(first, from) : from;
        last = any ? std::max(last, to) : to;
        any = true;
    }
    // Whole years, with one to spare on each side.
    const int firstYear = any ? first / 12 - 1 : 2000;
    const int lastYear = any ? (last + 11) / 12 + 1 : 2001;
    const int left = labelWidth() + kMargin;
    const int right = width() - kMargin;
    const double perMonth = double(std::max(1, right - left)) / ((lastYear - firstYear) * 12);
    const auto x = [&](MonthIndex month) { return left + (month - firstYear * 12) * perMonth; };

    // The axis: a tick a year, a label where there is room.
    painter.setPen(colours.color(QPalette::Mid));
    const int axisY = kMargin + kAxisHeight - 4;
    const int span = lastYear - firstYear;
    const int labelEvery = std::max(1, (fontMetrics().horizontalAdvance(QStringLiteral("0000 ")) *
                                        span) / std::max(1, right - left) +
                                           1);
    for (int year = firstYear; year <= lastYear; ++year) {
        const double at = x(year * 12);
        painter.drawLine(QPointF(at, axisY), QPointF(at, height() - kMargin));
        // A year's label stands in the middle of its year, between its tick and the next.
        const int labelWidth = fontMetrics().horizontalAdvance(QString::number(year));
        const double middle = at + perMonth * 6 - labelWidth / 2.0;
        if ((year - firstYear) % labelEvery == 0 && year < lastYear && middle >= left &&
            middle + labelWidth <= right) {
            painter.setPen(colours.color(QPalette::WindowText));
            painter.drawText(QPointF(middle, axisY - 3), QString::number(year));
            painter.setPen(colours.color(QPalette::Mid));
        }
    }

    const int height = rowHeight();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const bool today = i + 1 == m_rows.size();
        const int top = kMargin + kAxisHeight + static_cast<int>(i) * height;
        const QRect labelBox(kMargin, top, labelWidth() - kMargin, height);
        painter.setPen(colours.color(QPalette::WindowText));
        QFont font = painter.font();
        font.setBold(today);
        painter.setFont(font);
        painter.drawText(labelBox, Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(row.label, Qt::ElideRight, labelBox.width()));
        font.setBold(false);
        painter.setFont(font);
        if (!row.start) {
            font.setItalic(true);
            painter.setFont(font);
            painter.setPen(colours.color(QPalette::PlaceholderText));
            painter.drawText(QRect(left, top, right - left, height),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             row.note.isEmpty() ? tr("not in this edition") : row.note);
            font.setItalic(false);
            painter.setFont(font);
            continue;
        }
        const QColor fill = today ? colours.color(QPalette::Highlight)
                                  : colours.color(QPalette::Highlight).lighter(160);
        const double barTop = top + 4;
        const double barHeight = height - 8;
        if (!row.end) {
            // In the middle of what the date may mean: "2022" is sometime in 2022.
            const double at = (x(row.start->firstMonth()) + x(row.start->lastMonth() + 1)) / 2;
            QPainterPath diamond;
            diamond.moveTo(at, barTop);
            diamond.lineTo(at + barHeight / 2, barTop + barHeight / 2);
            diamond.lineTo(at, barTop + barHeight);
            diamond.lineTo(at - barHeight / 2, barTop + barHeight / 2);
            diamond.closeSubpath();
            painter.fillPath(diamond, fill);
            continue;
        }
        const double from = x(row.start->firstMonth());
        const double to = std::max(from + 3, x(row.end->lastMonth() + 1));
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(from, barTop, to - from, barHeight), 3, 3);
    }
}

} // namespace orrery::app
