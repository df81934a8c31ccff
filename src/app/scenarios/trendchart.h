#pragma once

#include <orrery/date.h>

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

namespace orrery::app {

/// A mission's dates in each edition of the roadmap, oldest first and today's last: a bar
/// from start to end per edition on one axis of years (a diamond for a milestone), so that a
/// slip from edition to edition reads at a glance.
class TrendChart : public QWidget {
    Q_OBJECT

public:
    struct Row {
        /// Short, beside the row: the edition's id.
        QString label;
        /// In the tooltip: the edition as it calls itself.
        QString title;
        /// Unset when the edition does not have the mission (or could not be read: `note`
        /// then says why).
        std::optional<Date> start;
        std::optional<Date> end;
        QString note;
    };

    explicit TrendChart(QWidget* parent = nullptr);

    void setRows(std::vector<Row> rows);
    const std::vector<Row>& rows() const { return m_rows; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;
    int labelWidth() const;

    std::vector<Row> m_rows;
};

} // namespace orrery::app
