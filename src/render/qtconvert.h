#pragma once

// The core speaks UTF-8 std::string and Date; Qt speaks QString and QDate. These are the
// only conversions between the two, so the encoding is decided in one place.

#include <orrery/date.h>
#include <orrery/mission.h>

#include <QDate>
#include <QString>

#include <string>
#include <string_view>

namespace orrery::render {

inline QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline std::string toStdString(const QString& text) {
    return text.toStdString();
}

/// The first day the date can mean ("2030" -> 1 January 2030).
QDate firstQDate(const Date& date);
/// The last day the date can mean ("2030" -> 31 December 2030).
QDate lastQDate(const Date& date);

/// A mission's dates as people write them: "2021-03", "2017\u20132021"; one date when the
/// mission is a milestone or starts and ends in the same period ("2014").
QString missionDates(const Mission& mission);

} // namespace orrery::render
