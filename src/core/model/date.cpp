#include <orrery/date.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cassert>

namespace orrery {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

int daysInMonth(int year, int month) {
    using namespace std::chrono;
    const auto last =
        year_month_day_last{std::chrono::year{year} /
                            std::chrono::month{static_cast<unsigned>(month)} / std::chrono::last};
    return static_cast<int>(static_cast<unsigned>(last.day()));
}

bool allDigits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int toInt(std::string_view digits) {
    int value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

// Months before year 0 never occur (years start at kMinYear), so plain division works.
int yearOf(MonthIndex index) {
    return index / 12;
}
int monthOf(MonthIndex index) {
    return index % 12 + 1;
}

} // namespace

Expected<Date, std::string> Date::parse(std::string_view text) {
    const auto shapeError = [&] {
        return make_unexpected(
            fmt::format("\"{}\" is not a date; write a year, a month or a day as YYYY, YYYY-MM or "
                        "YYYY-MM-DD (for example 2030, 2030-07 or 2030-07-14)",
                        text));
    };
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) {
        return shapeError();
    }
    const std::string_view yearText = text.substr(0, 4);
    if (!allDigits(yearText)) {
        return shapeError();
    }
    const int year = toInt(yearText);
    if (year < kMinYear) {
        return make_unexpected(
            fmt::format("year {} is before {}, the earliest a roadmap can show", year, kMinYear));
    }
    if (text.size() == 4) {
        return Date(year, 0, 0);
    }
    if (text[4] != '-' || !allDigits(text.substr(5, 2))) {
        return shapeError();
    }
    const int month = toInt(text.substr(5, 2));
    if (month < 1 || month > 12) {
        return make_unexpected(
            fmt::format("month {} in \"{}\" is not between 01 and 12", month, text));
    }
    if (text.size() == 7) {
        return Date(year, month, 0);
    }
    if (text[7] != '-' || !allDigits(text.substr(8, 2))) {
        return shapeError();
    }
    const int day = toInt(text.substr(8, 2));
    const int lastDay = daysInMonth(year, month);
    if (day < 1 || day > lastDay) {
        return make_unexpected(fmt::format("\"{}\" does not exist: {} {} has {} days", text,
                                           kMonthNames[static_cast<std::size_t>(month - 1)], year,
                                           lastDay));
    }
    return Date(year, month, day);
}

bool Date::isValid(int year, int month, int day) {
    if (year < kMinYear || year > kMaxYear || month < 0 || month > 12 || day < 0) {
        return false;
    }
    if (month == 0) {
        return day == 0;
    }
    return day <= daysInMonth(year, month);
}

Date Date::fromYear(int year) {
    assert(isValid(year, 0, 0));
    return Date(year, 0, 0);
}

Date Date::fromYearMonth(int year, int month) {
    assert(isValid(year, month, 0) && month != 0);
    return Date(year, month, 0);
}

Date Date::today() {
    using namespace std::chrono;
    const year_month_day day{floor<days>(system_clock::now())};
    return Date(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                static_cast<int>(static_cast<unsigned>(day.day())));
}

Date Date::fromYearMonthDay(int year, int month, int day) {
    assert(isValid(year, month, day) && month != 0 && day != 0);
    return Date(year, month, day);
}

Date Date::fromMonthIndex(MonthIndex index) {
    return Date(yearOf(index), monthOf(index), 0);
}

std::string Date::toString() const {
    switch (precision()) {
    case DatePrecision::Year:
        return fmt::format("{:04d}", m_year);
    case DatePrecision::Month:
        return fmt::format("{:04d}-{:02d}", m_year, m_month);
    case DatePrecision::Day:
        break;
    }
    return fmt::format("{:04d}-{:02d}-{:02d}", m_year, m_month, m_day);
}

std::chrono::sys_days Date::firstDay() const {
    using namespace std::chrono;
    const auto month = static_cast<unsigned>(m_month == 0 ? 1 : m_month);
    const auto day = static_cast<unsigned>(m_day == 0 ? 1 : m_day);
    return sys_days{std::chrono::year{m_year} / std::chrono::month{month} / std::chrono::day{day}};
}

std::chrono::sys_days Date::lastDay() const {
    using namespace std::chrono;
    const auto month = static_cast<unsigned>(m_month == 0 ? 12 : m_month);
    if (m_day != 0) {
        return firstDay();
    }
    return sys_days{year_month_day_last{std::chrono::year{m_year} / std::chrono::month{month} /
                                        std::chrono::last}};
}

Date Date::addMonths(int months) const {
    if (m_month == 0 && months % 12 == 0) {
        return Date(std::clamp(m_year + months / 12, kMinYear, kMaxYear), 0, 0);
    }
    const MonthIndex moved = std::clamp(firstMonth() + months, kMinYear * 12, kMaxYear * 12 + 11);
    if (m_day == 0) {
        return fromMonthIndex(moved);
    }
    const int year = yearOf(moved);
    const int month = monthOf(moved);
    return Date(year, month, std::min(m_day, daysInMonth(year, month)));
}

Date Date::addMonthsToEnd(int months) const {
    if (m_month != 0 || months % 12 == 0) {
        return addMonths(months);
    }
    return fromMonthIndex(std::clamp(lastMonth() + months, kMinYear * 12, kMaxYear * 12 + 11));
}

MonthIndex monthIndexOf(std::chrono::sys_days day) {
    const std::chrono::year_month_day date{day};
    return static_cast<int>(date.year()) * 12 +
           static_cast<int>(static_cast<unsigned>(date.month())) - 1;
}

std::string monthIndexToString(MonthIndex index) {
    return Date::fromMonthIndex(index).toString();
}

int Date::monthsUntil(const Date& later) const {
    const auto within = [](const Date& inner, const Date& outer) {
        return inner.firstMonth() >= outer.firstMonth() && inner.lastMonth() <= outer.lastMonth();
    };
    return within(later, *this) || within(*this, later) ? 0 : later.firstMonth() - firstMonth();
}

} // namespace orrery
