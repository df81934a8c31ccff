#include <orrery/date.h>

#include <catch2/catch.hpp>

using orrery::Date;
using orrery::DatePrecision;

TEST_CASE("Dates parse at year, month and day precision", "[date]") {
    const auto year = Date::parse("2030");
    REQUIRE(year);
    CHECK(year->precision() == DatePrecision::Year);
    CHECK(year->year() == 2030);
    CHECK(year->month() == 0);

    const auto month = Date::parse("2030-07");
    REQUIRE(month);
    CHECK(month->precision() == DatePrecision::Month);
    CHECK(month->month() == 7);

    const auto day = Date::parse("2030-07-14");
    REQUIRE(day);
    CHECK(day->precision() == DatePrecision::Day);
    CHECK(day->day() == 14);
}

TEST_CASE("Dates print back exactly as written", "[date]") {
    for (const char* text : {"1998", "1998-11", "1998-11-20", "2024-02-29", "9999-12-31"}) {
        const auto date = Date::parse(text);
        REQUIRE(date);
        CHECK(date->toString() == text);
    }
}

TEST_CASE("Malformed dates are rejected with a reason", "[date]") {
    struct Case {
        const char* text;
        const char* reason;
    };
    const Case cases[] = {
        {"2030-13", "month 13"},
        {"2030-00", "month 0"},
        {"2031-02-29", "February 2031 has 28 days"},
        {"2030-04-31", "April 2030 has 30 days"},
        {"2030-07-00", "July 2030 has 31 days"},
        {"next year", "not a date"},
        {"", "not a date"},
        {"30", "not a date"},
        {"2030-7", "not a date"},
        {"2030/07", "not a date"},
        {"2030-07-1", "not a date"},
        {"+203", "not a date"},
        {"0999", "before 1000"},
        {"2030-07-14T00:00", "not a date"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const auto date = Date::parse(c.text);
        REQUIRE_FALSE(date);
        CHECK_THAT(date.error(), Catch::Contains(c.reason));
    }
}

TEST_CASE("Leap years follow the Gregorian calendar", "[date]") {
    CHECK(Date::parse("2024-02-29"));
    CHECK(Date::parse("2000-02-29"));
    CHECK_FALSE(Date::parse("1900-02-29"));
    CHECK_FALSE(Date::parse("2100-02-29"));
}

TEST_CASE("An imprecise date spans its whole year or month", "[date]") {
    const Date year = Date::fromYear(2030);
    CHECK(year.firstMonth() == 2030 * 12);
    CHECK(year.lastMonth() == 2030 * 12 + 11);
    CHECK(year.firstDay() == std::chrono::sys_days{std::chrono::year{2030} / 1 / 1});
    CHECK(year.lastDay() == std::chrono::sys_days{std::chrono::year{2030} / 12 / 31});

    const Date february = Date::fromYearMonth(2028, 2);
    CHECK(february.firstMonth() == february.lastMonth());
    CHECK(february.lastDay() == std::chrono::sys_days{std::chrono::year{2028} / 2 / 29});

    const Date day = Date::fromYearMonthDay(2030, 7, 14);
    CHECK(day.firstDay() == day.lastDay());
}

TEST_CASE("Dates order by what is known, earlier first", "[date]") {
    CHECK(Date::fromYear(2030) < Date::fromYearMonth(2030, 1));
    CHECK(Date::fromYearMonth(2030, 1) < Date::fromYearMonthDay(2030, 1, 1));
    CHECK(Date::fromYearMonth(2029, 12) < Date::fromYear(2030));
    CHECK(Date::fromYearMonth(2030, 7) == *Date::parse("2030-07"));
}

TEST_CASE("Moving a date by months", "[date]") {
    CHECK(Date::fromYearMonth(2030, 11).addMonths(3).toString() == "2031-02");
    CHECK(Date::fromYearMonth(2030, 2).addMonths(-3).toString() == "2029-11");
    // A year-precise date stays year-precise when moved by whole years...
    CHECK(Date::fromYear(2030).addMonths(24).toString() == "2032");
    // ...and becomes month-precise otherwise, moving its first month.
    CHECK(Date::fromYear(2030).addMonths(5).toString() == "2030-06");
    // A day that does not exist in the target month is clamped to its last day.
    CHECK(Date::fromYearMonthDay(2030, 1, 31).addMonths(1).toString() == "2030-02-28");
    CHECK(orrery::monthIndexToString(Date::fromYearMonth(2030, 7).firstMonth()) == "2030-07");
}
