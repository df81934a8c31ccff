#include <orrery/filter.h>
#include <orrery/io/csv.h>
#include <orrery/io/icalendar.h>
#include <orrery/io/import.h>

#include <fmt/format.h>
#include <libical/ical.h>

#include <chrono>
#include <memory>

namespace orrery {
namespace {

icaltimetype allDay(std::chrono::sys_days day) {
    const std::chrono::year_month_day date(day);
    icaltimetype time = icaltime_null_date();
    time.year = static_cast<int>(date.year());
    time.month = static_cast<int>(static_cast<unsigned>(date.month()));
    time.day = static_cast<int>(static_cast<unsigned>(date.day()));
    return time;
}

/// A category value: libical writes commas in CATEGORIES unescaped, and a calendar would read
/// "Moon, Mars" as two categories.
std::string category(std::string_view text) {
    std::string result(text);
    for (char& c : result) {
        if (c == ',' || c == ';' || c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    return result;
}

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

} // namespace

Expected<std::string, std::string> toICalendar(const Roadmap& roadmap,
                                               const std::vector<bool>& kept) {
    // libical writes a zero date from a little after this year on.
    constexpr int kLastYear = 3000;
    std::string late;
    for (std::size_t m = 0; m < roadmap.missions.size(); ++m) {
        const Mission& mission = roadmap.missions[m];
        if (isKept(kept, m) &&
            std::max(mission.start.year(), mission.finish().year()) >= kLastYear) {
            late += (late.empty() ? "" : ", ") + roadmap.missions[m].id;
        }
    }
    if (!late.empty()) {
        return make_unexpected(fmt::format(
            "a calendar holds dates before the year {}, and these missions end later: {}",
            kLastYear, late));
    }
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Orrery//Space exploration roadmap//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    // No METHOD: the file is a calendar to import, not a scheduling message (RFC 5546), which
    // would need an organizer for every event.
    icalproperty* calendarName = icalproperty_new_x(roadmap.title.c_str());
    icalproperty_set_x_name(calendarName, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), calendarName);

    const std::string domain = idFromName(roadmap.title) + ".orrery";
    const icaltimetype stamp = icaltime_current_time_with_zone(icaltimezone_get_utc_timezone());
    for (std::size_t m = 0; m < roadmap.missions.size(); ++m) {
        if (!isKept(kept, m)) {
            continue;
        }
        const Mission& mission = roadmap.missions[m];
        icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_component(calendar.get(), event); // the calendar owns it
        const std::string uid = fmt::format("{}@{}", mission.id, domain);
        icalcomponent_add_property(event, icalproperty_new_uid(uid.c_str()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, icalproperty_new_summary(mission.name.c_str()));
        icalcomponent_add_property(event,
                                   icalproperty_new_dtstart(allDay(mission.start.firstDay())));
        // DTEND is the day after the last one (RFC 5545 3.6.1).
        const Date& last = mission.end ? *mission.end : mission.start;
        icalcomponent_add_property(
            event, icalproperty_new_dtend(allDay(last.lastDay() + std::chrono::days(1))));

        std::string description =
            fmt::format("{} mission led by {}", mission.crew == Crew::Human ? "Crewed" : "Robotic",
                        mission.lead);
        if (!mission.partners.empty()) {
            description += ", with ";
            for (std::size_t p = 0; p < mission.partners.size(); ++p) {
                description += (p ? ", " : "") + mission.partners[p];
            }
        }
        const Destination* destination = roadmap.destinations.find(mission.destination);
        const std::string lane = destination ? destination->name : mission.destination;
        description +=
            fmt::format(".\nDestination: {}. Status: {}.\n", lane, toString(mission.status));
        if (mission.end) {
            description +=
                fmt::format("From {} (known to the {}) to {} (known to the {}).",
                            mission.start.toString(), toString(mission.start.precision()),
                            mission.end->toString(), toString(mission.end->precision()));
        } else {
            description += fmt::format("Milestone: {} (known to the {}).", mission.start.toString(),
                                       toString(mission.start.precision()));
        }
        if (!mission.prerequisites.empty()) {
            description += "\nNeeds first: " + prerequisitesToText(mission.prerequisites) + ".";
        }
        if (!mission.notes.empty()) {
            description += "\n\n" + mission.notes;
        }
        icalcomponent_add_property(event, icalproperty_new_description(description.c_str()));
        icalcomponent_add_property(
            event, icalproperty_new_status(mission.status == MissionStatus::Planned ||
                                                   mission.status == MissionStatus::Conceptual
                                               ? ICAL_STATUS_TENTATIVE
                                               : ICAL_STATUS_CONFIRMED));
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        std::vector<std::string> categories;
        const auto addCategory = [&](const std::string& value) {
            const std::string text = category(value);
            if (!text.empty() &&
                std::find(categories.begin(), categories.end(), text) == categories.end()) {
                categories.push_back(text);
            }
        };
        addCategory(mission.lead);
        std::for_each(mission.partners.begin(), mission.partners.end(), addCategory);
        addCategory(lane);
        for (const std::string& value : categories) {
            icalcomponent_add_property(event, icalproperty_new_categories(value.c_str()));
        }
        for (const std::string& reference : mission.references) {
            if (reference.starts_with("https://") || reference.starts_with("http://")) {
                icalcomponent_add_property(event, icalproperty_new_url(reference.c_str()));
                break;
            }
        }
    }
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    std::string result(text);
    icalmemory_free_buffer(text);
    return result;
}

std::vector<std::string> iCalendarErrors(const std::string& text) {
    Component parsed(icalparser_parse_string(text.c_str()));
    if (!parsed) {
        return {"not iCalendar text: no complete BEGIN:VCALENDAR ... END:VCALENDAR"};
    }
    // Checks RFC 5546's rules too when the text is a scheduling message (has a METHOD).
    icalrestriction_check(parsed.get());
    std::vector<std::string> errors;
    const auto collect = [&](icalcomponent* component) {
        for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY);
             p; p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
            errors.emplace_back(icalproperty_get_xlicerror(p));
        }
    };
    collect(parsed.get());
    for (icalcomponent* c = icalcomponent_get_first_component(parsed.get(), ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(parsed.get(), ICAL_ANY_COMPONENT)) {
        collect(c);
    }
    return errors;
}

} // namespace orrery
