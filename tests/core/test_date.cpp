#include <orrery/date.h>
#include <orrery/mission.h>

#include <catch2/catch.hpp>

using orrery::Date;
using orrery::DatePrecision;
using orrery::Mission;
using orrery::shiftedMission;

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

TEST_CASE("Moving a mission keeps its length", "[date]") {
    Mission mission;
    mission.start = Date::fromYear(2017);
    mission.end = Date::fromYear(2017);
    const Mission later = shiftedMission(mission, 6);
    CHECK(later.start.toString() == "2017-07");
    CHECK(later.end->toString() == "2018-06");
    const Mission earlier = shiftedMission(mission, -1);
    CHECK(earlier.start.toString() == "2016-12");
    CHECK(earlier.end->toString() == "2017-11");
    // Twelve months each: the year it was, a year's length it keeps.
    CHECK(later.end->lastMonth() - later.start.firstMonth() ==
          mission.end->lastMonth() - mission.start.firstMonth());
    // By whole years the precision stays.
    const Mission nextYear = shiftedMission(mission, 12);
    CHECK(nextYear.start.toString() == "2018");
    CHECK(nextYear.end->toString() == "2018");
    // A year start with a month end, and a month start with a year end.
    mission.end = Date::fromYearMonth(2019, 3);
    CHECK(shiftedMission(mission, 2).end->toString() == "2019-05");
    mission.start = Date::fromYearMonth(2016, 4);
    mission.end = Date::fromYear(2020);
    CHECK(shiftedMission(mission, 1).start.toString() == "2016-05");
    CHECK(shiftedMission(mission, 1).end->toString() == "2021-01");
    // An end at the edge of time stays inside it.
    mission.end = Date::fromYear(Date::kMaxYear);
    CHECK(shiftedMission(mission, 5).end->toString() == "9999-12");
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
