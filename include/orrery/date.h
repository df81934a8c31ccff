#pragma once

#include <orrery/expected.h>

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace orrery {

/// How much of a date is known. Roadmaps are full of "some time in 2030".
enum class DatePrecision { Year, Month, Day };

/// "year", "month", "day".
std::string_view toString(DatePrecision precision);
std::optional<DatePrecision> datePrecisionFromString(std::string_view text);

/// Whole months since January of year 0; the unit of schedule arithmetic (lags are in
/// months, and slips are planned in months).
using MonthIndex = int;

/// A calendar date known to the year, the month or the day: "2030", "2030-07" or
/// "2030-07-14". An imprecise date stands for an interval: "2030" is any day of 2030, so it
/// has a first and a last month (and day), and checks can ask whether a rule holds for every
/// reading of the date or only for some.
class Date {
public:
    static constexpr int kMinYear = 1000;
    static constexpr int kMaxYear = 9999;

    /// 2000 (year precision); a placeholder so that Date can live in aggregates.
    Date() = default;

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". The error says what is wrong in words a
    /// planner understands ("month 13 is not between 1 and 12").
    static Expected<Date, std::string> parse(std::string_view text);

    /// Precondition: the parts form a valid date (see isValid()).
    static Date fromYear(int year);
    static Date fromYearMonth(int year, int month);
    static Date fromYearMonthDay(int year, int month, int day);
    /// The month a MonthIndex names, with month precision.
    static Date fromMonthIndex(MonthIndex index);
    /// The current day (UTC), for what is recorded as done today.
    static Date today();

    static bool isValid(int year, int month, int day);

    int year() const { return m_year; }
    /// 1..12, or 0 when the precision is Year.
    int month() const { return m_month; }
    /// 1..31, or 0 when the precision is Year or Month.
    int day() const { return m_day; }
    DatePrecision precision() const {
        if (m_month == 0) {
            return DatePrecision::Year;
        }
        return m_day == 0 ? DatePrecision::Month : DatePrecision::Day;
    }

    /// The canonical text form, as in the file format.
    std::string toString() const;

    // Inline: the checks call these millions of times on large roadmaps.
    MonthIndex firstMonth() const { return m_year * 12 + (m_month == 0 ? 0 : m_month - 1); }
    MonthIndex lastMonth() const { return m_year * 12 + (m_month == 0 ? 11 : m_month - 1); }
    std::chrono::sys_days firstDay() const;
    std::chrono::sys_days lastDay() const;

    /// The same date moved by whole months. A year-precision date moved by a number of
    /// months that is not a multiple of twelve becomes month-precise (January of its year is
    /// the reading that moves); a day-precise date keeps its day, clamped to the month's end.
    Date addMonths(int months) const;
    /// The same for the end of a span: a year-precision date that becomes month-precise
    /// keeps its last reading (December moves), so that a mission dated 2017 to 2017 moved
    /// by six months runs from 2017-07 to 2018-06 and keeps its length.
    Date addMonthsToEnd(int months) const;

    /// Months from this date to `later`, first month to first month; 0 when one lies within
    /// the other: "2016" told as "2016-03-14" has not moved, it is told more exactly.
    int monthsUntil(const Date& later) const;

    friend bool operator==(const Date&, const Date&) = default;
    /// Orders by (year, month, day) with unknown parts first: "2030" < "2030-01" < "2030-01-01".
    friend std::strong_ordering operator<=>(const Date&, const Date&) = default;

private:
    Date(int year, int month, int day) : m_year(year), m_month(month), m_day(day) {}

    int m_year = 2000;
    int m_month = 0;
    int m_day = 0;
};

/// The month a day falls in.
MonthIndex monthIndexOf(std::chrono::sys_days day);

/// "2030-07" for a MonthIndex; the form schedules are reported in.
std::string monthIndexToString(MonthIndex index);

} // namespace orrery
