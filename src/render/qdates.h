#pragma once

// The core's dates (a year, a month or a day, and what each can mean) as Qt's QDate, and as
// people write them.

#include <orrery/date.h>
#include <orrery/mission.h>

#include <QDate>
#include <QString>

#include <chrono>

namespace orrery::render {

/// The first day the date can mean ("2030" -> 1 January 2030).
QDate firstQDate(const Date& date);
/// The last day the date can mean ("2030" -> 31 December 2030).
QDate lastQDate(const Date& date);

/// A calendar day as ISO 8601 writes it: "2026-10-31".
QString isoDay(std::chrono::sys_days day);

/// A mission's dates as people write them: "2021-03", "2017\u20132021"; one date when the
/// mission is a milestone or starts and ends in the same period ("2014").
QString missionDates(const Mission& mission);

} // namespace orrery::render
