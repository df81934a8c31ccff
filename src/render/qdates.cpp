#include "qdates.h"

#include "utf8.h"

namespace orrery::render {
namespace {

QDate toQDate(std::chrono::sys_days day) {
    const std::chrono::year_month_day parts{day};
    return QDate(static_cast<int>(parts.year()),
                 static_cast<int>(static_cast<unsigned>(parts.month())),
                 static_cast<int>(static_cast<unsigned>(parts.day())));
}

} // namespace

QDate firstQDate(const Date& date) {
    return toQDate(date.firstDay());
}

QDate lastQDate(const Date& date) {
    return toQDate(date.lastDay());
}

QString missionDates(const Mission& mission) {
    const QString start = toQString(mission.start.toString());
    if (mission.isMilestone() || mission.start.toString() == mission.end->toString()) {
        return start;
    }
    return start + QChar(0x2013) + toQString(mission.end->toString());
}

QString isoDay(std::chrono::sys_days day) {
    const std::chrono::year_month_day date{day};
    return QDate(static_cast<int>(date.year()), static_cast<int>(unsigned(date.month())),
                 static_cast<int>(unsigned(date.day())))
        .toString(Qt::ISODate);
}

} // namespace orrery::render
