// Plans in and out of other programs' formats: CSV for spreadsheets, MS Project XML for
// scheduling tools, iCalendar for calendars. Round trips keep what each format can carry;
// bad input is refused row by row or task by task, with the line.

#include "support/testsupport.h"

#include <orrery/diff.h>
#include <orrery/generator.h>
#include <orrery/io/csv.h>
#include <orrery/io/icalendar.h>
#include <orrery/io/import.h>
#include <orrery/io/mspdi.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>

using namespace orrery;
using namespace orrery::test;

namespace {

std::vector<Roadmap> roadmapsToCarry() {
    std::vector<Roadmap> roadmaps;
    for (const char* name : {"ger-2011", "ger-2013", "ger-2018"}) {
        roadmaps.push_back(loadRoadmap(sourcePath(fmt::format("roadmaps/{}.roadmap.json", name))));
    }
    GeneratorOptions options;
    options.missions = 1500;
    options.seed = 7;
    roadmaps.push_back(generateRoadmap(options));
    // Extension keys of every kind, named as tools name them, and text that needs care.
    Roadmap& ger = roadmaps.front();
    Mission marked = ger.missions[0];
    marked.extensions = {{"x-Risk", "\"123\""}, {"x-a,b", "\" padded \""},
                         {"x-empty", "\"\""},   {"x-object", "{\"k\":[1,2]}"},
                         {"x-flag", "true"},    {"x-text", "\"high, \\\"very\\\"\""}};
    marked.notes = "First line\r\nsecond line";
    ger.missions.replace(0, marked);
    return roadmaps;
}

std::string problems(const std::vector<ImportProblem>& list) {
    std::string text;
    for (const ImportProblem& problem : list) {
        text += problem.describe("file") + "\n";
    }
    return text;
}

/// What every interchange format carries: the mission, its dates at their precision, its
/// agencies, lane and dependencies with their lags.
void checkScheduleKept(const Mission& before, const Mission& after) {
    INFO(before.id);
    CHECK(after.id == before.id);
    CHECK(after.name == before.name);
    CHECK(after.lead == before.lead);
    CHECK(after.partners == before.partners);
    CHECK(after.destination == before.destination);
    CHECK(after.crew == before.crew);
    CHECK(after.status == before.status);
    CHECK(after.start == before.start);
    CHECK(after.end == before.end);
    // XML and CSV alike read a Windows line break as a line break.
    std::string notes = before.notes;
    for (std::size_t at; (at = notes.find("\r\n")) != std::string::npos;) {
        notes.erase(at, 1);
    }
    CHECK(after.notes == notes);
}

/// The same prerequisites, in any order.
void checkPrerequisitesKept(std::vector<Prerequisite> before, std::vector<Prerequisite> after) {
    const auto byMission = [](const Prerequisite& a, const Prerequisite& b) {
        return a.mission < b.mission;
    };
    std::sort(before.begin(), before.end(), byMission);
    std::sort(after.begin(), after.end(), byMission);
    CHECK(after == before);
}

const MspdiTask* taskNamed(const MspdiProject& project, std::string_view name) {
    const auto found = std::find_if(project.tasks.begin(), project.tasks.end(),
                                    [&](const MspdiTask& task) { return task.name == name; });
    return found == project.tasks.end() ? nullptr : &*found;
}

Prerequisite prerequisiteOn(std::string mission,
                            DependencyType type = DependencyType::FinishToStart, int lagMonths = 0,
                            DependencyStrength strength = DependencyStrength::Hard) {
    Prerequisite prerequisite;
    prerequisite.mission = std::move(mission);
    prerequisite.type = type;
    prerequisite.lagMonths = lagMonths;
    prerequisite.strength = strength;
    return prerequisite;
}

bool saysAt(const std::vector<ImportProblem>& list, int line, std::string_view words) {
    return std::any_of(list.begin(), list.end(), [&](const ImportProblem& problem) {
        return problem.line == line && problem.message.find(words) != std::string::npos;
    });
}

} // namespace

// ---------------------------------------------------------------------------------------
// CSV

TEST_CASE("A roadmap goes to CSV and back with every mission field the table has",
          "[interchange][csv]") {
    for (const Roadmap& roadmap : roadmapsToCarry()) {
        INFO(roadmap.title << ", " << roadmap.missions.size() << " missions");
        for (const bool bom : {false, true}) {
            const std::string csv = toMissionCsv(roadmap, {}, bom);
            CHECK(csv.starts_with("\xEF\xBB\xBF") == bom);
            const ImportedPlan plan = readMissionCsv(csv);
            INFO(problems(plan.errors));
            REQUIRE(plan.errors.empty());
            REQUIRE(plan.missions.size() == roadmap.missions.size());
            for (std::size_t m = 0; m < roadmap.missions.size(); ++m) {
                const Mission& before = roadmap.missions[m];
                const Mission& after = plan.missions[m];
                checkScheduleKept(before, after);
                CHECK(after.prerequisites.size() == before.prerequisites.size());
                for (std::size_t p = 0; p < before.prerequisites.size(); ++p) {
                    Prerequisite expected = before.prerequisites[p];
                    expected.extensions.clear(); // a cell has no room for them
                    CHECK(after.prerequisites[p] == expected);
                }
                CHECK(after.objectives == before.objectives);
                CHECK(after.needs == before.needs);
                CHECK(after.needsKnowledge == before.needsKnowledge);
                CHECK(after.provides.size() == before.provides.size());
                for (std::size_t p = 0; p < before.provides.size(); ++p) {
                    CHECK(after.provides[p].capability == before.provides[p].capability);
                    CHECK(after.provides[p].from == before.provides[p].from);
                }
                CHECK(after.closes.size() == before.closes.size());
                for (std::size_t c = 0; c < before.closes.size(); ++c) {
                    CHECK(after.closes[c].gap == before.closes[c].gap);
                    CHECK(after.closes[c].from == before.closes[c].from);
                }
                CHECK(after.references == before.references);
                CHECK(after.extensions == before.extensions);
            }
        }
    }
}

TEST_CASE("A CSV file reads as RFC 4180 has it: quotes, line breaks in fields, CRLF, header "
          "in any order",
          "[interchange][csv]") {
    const std::string text =
        "\xEF\xBB\xBF"
        "Name,ID,Agency,Lane,Start,End,Requires,Budget,x-risk\r\n"
        "\"Lander, \"\"heavy\"\"\",lander,ESA,lunar-surface,2031-06,,"
        "\"rocket (SS, -2 months, soft); relay\",12 M€,\"{\"\"level\"\":3}\"\r\n"
        "Rocket,rocket,NASA,earth-orbit,2030,2030-12,,,\n"
        "\"Relay\nsatellite\",relay,JAXA,lunar-orbit,2030-03-15,2033,,,low\n"
        ",,,,,,,,\n";
    const ImportedPlan plan = readMissionCsv(text);
    INFO(problems(plan.errors));
    REQUIRE(plan.errors.empty());
    REQUIRE(plan.missions.size() == 3);
    const Mission& lander = plan.missions[0];
    CHECK(lander.name == "Lander, \"heavy\"");
    CHECK(lander.isMilestone());
    CHECK(lander.start == Date::fromYearMonth(2031, 6));
    REQUIRE(lander.prerequisites.size() == 2);
    CHECK(lander.prerequisites[0].mission == "rocket");
    CHECK(lander.prerequisites[0].type == DependencyType::StartToStart);
    CHECK(lander.prerequisites[0].lagMonths == -2);
    CHECK(lander.prerequisites[0].strength == DependencyStrength::Soft);
    CHECK(lander.prerequisites[1] == prerequisiteOn("relay"));
    // Columns Orrery does not know are kept, and said.
    CHECK(lander.extensions.at("x-budget") == "\"12 M€\"");
    CHECK(lander.extensions.at("x-risk") == "{\"level\":3}");
    CHECK(saysAt(plan.notes, 1, "\"Budget\" is no column of Orrery's"));
    CHECK(plan.missions[1].end == Date::fromYearMonth(2030, 12));
    CHECK(plan.missions[2].name == "Relay\nsatellite");
    CHECK(plan.missions[2].extensions.at("x-risk") == "\"low\"");
    // The record that holds a line break started on line 4.
    CHECK(plan.lines == std::vector<int>{2, 3, 4});

    const Roadmap roadmap = roadmapFromImport(plan, "Imported");
    CHECK(roadmap.agencies.find("ESA")->name == "European Space Agency");
    CHECK(roadmap.destinations.find("lunar-surface")->body == CelestialBody::Moon);
    // What the import makes is a roadmap that loads again.
    const auto reloaded = parseRoadmap(toCanonicalJson(roadmap), "imported.roadmap.json");
    INFO((reloaded ? std::string() : reloaded.error().front().describe()));
    CHECK(reloaded);
}

TEST_CASE("Every bad CSV row is an error on the line it starts on, and is left out",
          "[interchange][csv]") {
    const std::string text = "id,name,lead,destination,start,end,crew,prerequisites\n"
                             "a,Alpha,NASA,earth-orbit,2030,,human,\n"            // 2: good
                             "b,Beta,NASA,earth-orbit,2030-13,,robotic,\n"        // 3: month 13
                             "c,\"Gamma\nsecond line\",,earth-orbit,2031,,,\n"    // 4-5: no lead
                             "a,Again,ESA,earth-orbit,2031,,,\n"                  // 6: id taken
                             "d,Delta,ESA,earth-orbit,2032,,martian,\n"           // 7: crew
                             "e,Epsilon,ESA,earth-orbit,2032,,,a (FF)\n"          // 8: FF
                             "f,Phi,ESA,earth-orbit,2032\n"                       // 9: short row
                             "g,Gee,ESA,earth-orbit,2033,2034,,\"nowhere; a\"\n"; // 10: unknown
    ImportedPlan plan = readMissionCsv(text);
    dropUnknownPrerequisites(plan);
    INFO(problems(plan.errors));
    CHECK(saysAt(plan.errors, 3, "month 13"));
    CHECK(saysAt(plan.errors, 4, "the lead agency is empty"));
    CHECK(saysAt(plan.errors, 6, "id \"a\" is an earlier row's too"));
    CHECK(saysAt(plan.errors, 7, "crew \"martian\" is neither human nor robotic"));
    CHECK(saysAt(plan.errors, 8, "\"FF\" is none of SS, FS, soft, hard"));
    CHECK(saysAt(plan.errors, 9, "the row has 5 fields where the header names 8"));
    CHECK(saysAt(plan.errors, 10, "its prerequisite \"nowhere\" is no mission of the file"));
    CHECK(plan.errors.size() == 7);
    // The good rows, and the row whose only fault was a reference (without it).
    REQUIRE(plan.missions.size() == 2);
    CHECK(plan.missions[0].id == "a");
    CHECK(plan.missions[1].id == "g");
    CHECK(plan.missions[1].prerequisites == std::vector<Prerequisite>{prerequisiteOn("a")});
}

TEST_CASE("A CSV file that is not a table says so", "[interchange][csv]") {
    const auto firstError = [](std::string_view text) {
        const ImportedPlan plan = readMissionCsv(text);
        REQUIRE_FALSE(plan.errors.empty());
        return plan.errors.front();
    };
    CHECK(firstError("").message.find("no header row") != std::string::npos);
    CHECK(firstError("name,start\nA,2030\n").message.find("no column id, lead, destination") !=
          std::string::npos);
    const ImportProblem open = firstError("id,name,lead,destination,start\n"
                                          "a,Alpha,NASA,earth-orbit,2030\n"
                                          "b,\"Beta,NASA,earth-orbit,2030\n");
    CHECK(open.line == 3);
    CHECK(open.message.find("never closed") != std::string::npos);
    CHECK(firstError("id,name\xff,lead\n").message.find("not UTF-8") != std::string::npos);
    CHECK(firstError("id,name,lead,destination,start\na,Al\"pha,NASA,x,2030\n").line == 2);
    CHECK(firstError("id,id,name,lead,destination,start\n")
              .message.find("names a column an "
                            "earlier one names") != std::string::npos);
}

TEST_CASE("Prerequisites in one cell: the syntax and its refusals", "[interchange][csv]") {
    const std::vector<Prerequisite> prerequisites{
        prerequisiteOn("a"),
        prerequisiteOn("b", DependencyType::StartToStart, 3),
        prerequisiteOn("c", DependencyType::FinishToStart, -1, DependencyStrength::Soft),
    };
    const std::string text = prerequisitesToText(prerequisites);
    CHECK(text == "a; b (SS, +3 months); c (-1 month, soft)");
    CHECK(prerequisitesFromText(text).value() == prerequisites);
    CHECK(prerequisitesFromText(" a ;; b(start-to-start, +3 mo) ").value() ==
          std::vector<Prerequisite>{prerequisites[0], prerequisites[1]});
    CHECK(prerequisitesFromText("a (SS").error().find("not closed") != std::string::npos);
    CHECK(prerequisitesFromText("a (+2000 months)").error().find("not between") !=
          std::string::npos);
    CHECK(prerequisitesFromText("a (-2147483648 months)").error().find("not between") !=
          std::string::npos);
    CHECK(prerequisitesFromText("two words").error().find("is not a mission id") !=
          std::string::npos);
}

// ---------------------------------------------------------------------------------------
// MS Project XML

TEST_CASE("A roadmap goes to MS Project XML and back with its missions, dates, agencies and "
          "dependencies",
          "[interchange][mspdi]") {
    for (const Roadmap& roadmap : roadmapsToCarry()) {
        INFO(roadmap.title << ", " << roadmap.missions.size() << " missions");
        const auto project = readMspdi(toMspdi(roadmap));
        INFO((project ? std::string() : project.error().describe("export")));
        REQUIRE(project);
        const MspdiMapping mapping = suggestedMapping(*project);
        CHECK(mapping.agency == "Agency");
        CHECK(mapping.missionId == "Mission id");
        CHECK(mapping.destination == "Destination");
        const ImportedPlan plan = missionsFromMspdi(*project, mapping);
        INFO(problems(plan.errors) << problems(plan.notes));
        REQUIRE(plan.errors.empty());
        CHECK(plan.notes.empty());
        REQUIRE(plan.missions.size() == roadmap.missions.size());
        for (const Mission& after : plan.missions) {
            const Mission* before = roadmap.missions.find(after.id);
            REQUIRE(before);
            checkScheduleKept(*before, after);
            std::vector<Prerequisite> expected = before->prerequisites;
            for (Prerequisite& prerequisite : expected) {
                prerequisite.extensions.clear();
            }
            checkPrerequisitesKept(expected, after.prerequisites);
        }
        // Lanes are summary tasks, in the roadmap's order, named as the roadmap names them.
        std::vector<std::string> summaries;
        for (const MspdiTask& task : project->tasks) {
            if (task.summary) {
                summaries.push_back(task.name);
            }
        }
        CHECK_FALSE(summaries.empty());
        CHECK(summaries.front() == roadmap.destinations[0].name);
    }
}

TEST_CASE("An imprecise date goes to MS Project as a start constraint and a note, and comes "
          "back as it was",
          "[interchange][mspdi]") {
    Roadmap roadmap = parseRoadmapText(minimalRoadmapText());
    Mission mission = roadmap.missions[0];
    mission.start = Date::fromYear(2031);
    mission.end = Date::fromYearMonth(2033, 6);
    mission.notes = "Sample return";
    roadmap.missions.replace(0, mission);
    const std::string xml = toMspdi(roadmap);
    const auto project = readMspdi(xml);
    REQUIRE(project);
    const MspdiTask* task = taskNamed(*project, mission.name);
    REQUIRE(task);
    CHECK(task->start == "2031-01-01T08:00:00");
    CHECK(task->finish == "2033-06-30T17:00:00");
    CHECK(task->fields.at("ConstraintType") == "4");
    CHECK(task->fields.at("ConstraintDate") == "2031-01-01T08:00:00");
    CHECK(task->notes == "Sample return\n[Orrery] start 2031 (known to the year)\n"
                         "[Orrery] end 2033-06 (known to the month)");
    // Read without Orrery's precision field, the planner's choice decides.
    MspdiMapping mapping = suggestedMapping(*project);
    mapping.precision.clear();
    mapping.datePrecision = DatePrecision::Day;
    const ImportedPlan plan = missionsFromMspdi(*project, mapping);
    REQUIRE(plan.missions.size() == 1);
    CHECK(plan.missions[0].start == Date::fromYearMonthDay(2031, 1, 1));
    CHECK(plan.missions[0].end == Date::fromYearMonthDay(2033, 6, 30));
    CHECK(plan.missions[0].notes == "Sample return");
}

namespace {

/// A schedule as MS Project, GanttProject (through MPXJ) and ProjectLibre write one: a project
/// summary task, a programme summary, lags in working days, a percent-complete, custom fields
/// under the planner's own names.
constexpr std::string_view kAgencySchedule = R"(<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <SaveVersion>14</SaveVersion>
  <Name>esa-exploration.xml</Name>
  <Title>ESA exploration programme</Title>
  <MinutesPerDay>480</MinutesPerDay>
  <DaysPerMonth>20</DaysPerMonth>
  <ExtendedAttributes>
    <ExtendedAttribute><FieldID>188743731</FieldID><FieldName>Text1</FieldName><Alias>Lead</Alias></ExtendedAttribute>
    <ExtendedAttribute><FieldID>188743734</FieldID><FieldName>Text2</FieldName><Alias>Crewed</Alias></ExtendedAttribute>
    <ExtendedAttribute><FieldID>188743737</FieldID><FieldName>Text3</FieldName><Alias>Risk</Alias></ExtendedAttribute>
  </ExtendedAttributes>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>esa-exploration</Name><OutlineLevel>0</OutlineLevel>
      <Start>2028-01-03T08:00:00</Start><Finish>2034-12-29T17:00:00</Finish><Summary>1</Summary></Task>
    <Task><UID>1</UID><ID>1</ID><Name>Lunar surface</Name><OutlineNumber>1</OutlineNumber><OutlineLevel>1</OutlineLevel>
      <Start>2028-01-03T08:00:00</Start><Finish>2034-12-29T17:00:00</Finish><Summary>1</Summary></Task>
    <Task><UID>2</UID><ID>2</ID><Name>Argonaut lander</Name><WBS>1.1</WBS><OutlineNumber>1.1</OutlineNumber><OutlineLevel>2</OutlineLevel>
      <Start>2031-03-03T08:00:00</Start><Finish>2031-09-30T17:00:00</Finish><Milestone>0</Milestone><Summary>0</Summary>
      <PercentComplete>0</PercentComplete><Notes>First flight</Notes>
      <PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type><CrossProject>0</CrossProject><LinkLag>96000</LinkLag><LagFormat>7</LagFormat></PredecessorLink>
      <ExtendedAttribute><FieldID>188743731</FieldID><Value>ESA</Value></ExtendedAttribute>
      <ExtendedAttribute><FieldID>188743737</FieldID><Value>high</Value></ExtendedAttribute>
    </Task>
    <Task><UID>3</UID><ID>3</ID><Name>Heavy launcher qualification</Name><OutlineNumber>1.2</OutlineNumber><OutlineLevel>2</OutlineLevel>
      <Start>2029-06-01T08:00:00</Start><Finish>2030-05-31T17:00:00</Finish><Summary>0</Summary>
      <PercentComplete>40</PercentComplete>
    </Task>
    <Task><UID>4</UID><ID>4</ID><Name>Crew landing</Name><OutlineNumber>1.3</OutlineNumber><OutlineLevel>2</OutlineLevel>
      <Start>2034-12-01T08:00:00</Start><Finish>2034-12-01T08:00:00</Finish><Milestone>1</Milestone><Summary>0</Summary>
      <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>0</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink>
      <ExtendedAttribute><FieldID>188743734</FieldID><Value>Yes</Value></ExtendedAttribute>
    </Task>
  </Tasks>
</Project>
)";

} // namespace

TEST_CASE("An agency's schedule imports by the mapping the planner chooses, and says what it "
          "approximated",
          "[interchange][mspdi]") {
    const auto project = readMspdi(kAgencySchedule);
    REQUIRE(project);
    CHECK(project->title == "ESA exploration programme");
    MspdiMapping mapping = suggestedMapping(*project);
    CHECK(mapping.agency == "Lead");
    CHECK(mapping.crew == "Crewed");
    CHECK(mapping.destination == "summary");
    CHECK(mappingSources(*project) ==
          std::vector<std::string>{"Lead", "Crewed", "Risk", "PercentComplete", "WBS"});
    mapping.defaultAgency = "ESA";
    const ImportedPlan plan = missionsFromMspdi(*project, mapping);
    INFO(problems(plan.errors) << problems(plan.notes));
    CHECK(plan.errors.empty());
    REQUIRE(plan.missions.size() == 3);
    const Mission& lander = plan.missions[0];
    CHECK(lander.id == "argonaut-lander");
    CHECK(lander.lead == "ESA");
    CHECK(lander.destination == "lunar-surface");
    CHECK(lander.start == Date::fromYearMonth(2031, 3));
    CHECK(lander.end == Date::fromYearMonth(2031, 9));
    CHECK(lander.notes == "First flight");
    CHECK(lander.status == MissionStatus::Planned);
    // 96000 tenths of a minute in working days: 20 days of 8 hours, four calendar weeks.
    REQUIRE(lander.prerequisites.size() == 1);
    CHECK(lander.prerequisites[0].mission == "heavy-launcher-qualification");
    CHECK(lander.prerequisites[0].lagMonths == 1);
    CHECK(saysAt(plan.notes, 18, "a lag of 20 working days is taken as 1 month"));
    // What the mapping does not take stays with the mission.
    CHECK(lander.extensions.at("x-mspdi") ==
          R"({"UID":"2","PercentComplete":"0","WBS":"1.1","Risk":"high"})");
    CHECK(plan.missions[1].status == MissionStatus::Operating); // 40 % complete
    const Mission& landing = plan.missions[2];
    CHECK(landing.isMilestone());
    CHECK(landing.crew == Crew::Human);
    // Finish-to-finish with the mission's length taken off: a milestone has none.
    REQUIRE(landing.prerequisites.size() == 1);
    CHECK(landing.prerequisites[0].type == DependencyType::FinishToStart);
    CHECK(landing.prerequisites[0].lagMonths == 0);
    CHECK(saysAt(plan.notes, 29,
                 "its finish-to-finish link to task \"Argonaut lander\" (UID "
                 "2) is taken as finish-to-start"));
    REQUIRE(plan.destinations.size() == 1);
    CHECK(plan.destinations[0].name == "Lunar surface");

    // Day precision, and the summary named in the notes.
    mapping.datePrecision = DatePrecision::Day;
    mapping.summaryInNotes = true;
    const ImportedPlan byDay = missionsFromMspdi(*project, mapping);
    CHECK(byDay.missions[0].start == Date::fromYearMonthDay(2031, 3, 3));
    CHECK(byDay.missions[0].notes == "First flight\nUnder: Lunar surface");
}

TEST_CASE("Writers' quirks and broken tasks get a message naming the task, never a crash",
          "[interchange][mspdi]") {
    // TaskJuggler writes top-level tasks at outline level 0 and no lags; others leave out
    // UIDs or dates, skip outline levels, give lags as percentages or link to summaries.
    const std::string xml = R"(<Project xmlns="http://schemas.microsoft.com/project">
  <Tasks>
    <Task><UID>1</UID><Name>Top</Name><OutlineLevel>0</OutlineLevel><Start>2030-01-01T00:00:00</Start><Finish>2030-04-01T00:00:00</Finish></Task>
    <Task><Name>No UID</Name><Start>2030-02-01T08:00:00</Start><Finish>2030-03-01T17:00:00</Finish></Task>
    <Task><UID>3</UID><Name>No dates</Name></Task>
    <Task><UID>4</UID><Name>Programme</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary><Start>2030-01-01T08:00:00</Start><Finish>2031-01-01T17:00:00</Finish></Task>
    <Task><UID>5</UID><Name>Deep</Name><OutlineLevel>4</OutlineLevel><Start>2030-05-01T08:00:00</Start><Finish>2030-06-01T17:00:00</Finish></Task>
    <Task><UID>6</UID><Name>Percent</Name><OutlineLevel>2</OutlineLevel><Start>2030-07-01T08:00:00</Start><Finish>2030-08-01T17:00:00</Finish>
      <PredecessorLink><PredecessorUID>5</PredecessorUID><Type>1</Type><LinkLag>50</LinkLag><LagFormat>19</LagFormat></PredecessorLink>
      <PredecessorLink><PredecessorUID>99</PredecessorUID><Type>1</Type></PredecessorLink>
      <PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type></PredecessorLink></Task>
    <Task><UID>7</UID><Name>After the programme</Name><OutlineLevel>1</OutlineLevel><Start>2031-02-01T08:00:00</Start><Finish>2031-03-01T17:00:00</Finish>
      <PredecessorLink><PredecessorUID>4</PredecessorUID><Type>1</Type></PredecessorLink></Task>
    <Task><UID>7</UID><Name>Same UID</Name><Start>2031-02-01T08:00:00</Start></Task>
    <Task><UID>8</UID><Name>Backwards</Name><Start>2031-02-01T08:00:00</Start><Finish>2030-02-01T17:00:00</Finish></Task>
    <Task><UID>9</UID><IsNull>1</IsNull></Task>
  </Tasks>
</Project>)";
    const auto project = readMspdi(xml);
    REQUIRE(project);
    MspdiMapping mapping = suggestedMapping(*project);
    mapping.defaultAgency = "ESA";
    mapping.defaultDestination = "lunar-orbit";
    const ImportedPlan plan = missionsFromMspdi(*project, mapping);
    INFO(problems(plan.errors) << problems(plan.notes));
    // Top: TaskJuggler's level 0; its exclusive midnight finish ends the day before.
    REQUIRE_FALSE(plan.missions.empty());
    CHECK(plan.missions[0].name == "Top");
    CHECK(plan.missions[0].end == Date::fromYearMonth(2030, 3));
    CHECK(saysAt(plan.notes, 4, "it has no UID, so no other task can name it"));
    CHECK(saysAt(plan.errors, 5, "it has no start date"));
    CHECK(saysAt(plan.notes, 7,
                 "its outline level 4 follows level 1: it is taken as under "
                 "\"Programme\""));
    CHECK(saysAt(plan.errors, 8, "a lag given as a percentage"));
    CHECK(saysAt(plan.errors, 8, "its predecessor UID 99 is no task of the file"));
    CHECK(saysAt(plan.errors, 8, "its predecessor task \"No dates\" (UID 3) is refused itself"));
    CHECK(saysAt(plan.notes, 12,
                 "its link to the summary task \"Programme\" is taken as a link "
                 "to each of the 2 missions under it"));
    CHECK(saysAt(plan.errors, 14, "UID 7 is an earlier task's too"));
    CHECK(saysAt(plan.notes, 15, "it finishes (2030-02-01T17:00:00) before it starts"));
    CHECK(plan.errors.size() == 5);
    const auto after =
        std::find_if(plan.missions.begin(), plan.missions.end(),
                     [](const Mission& m) { return m.name == "After the programme"; });
    REQUIRE(after != plan.missions.end());
    CHECK(after->prerequisites.size() == 2);
    // Everything taken makes a roadmap that loads.
    const auto reloaded =
        parseRoadmap(toCanonicalJson(roadmapFromImport(plan, "Quirks")), "quirks.roadmap.json");
    CHECK(reloaded);
}

TEST_CASE("Dates and lags at the edges of what a roadmap holds", "[interchange][mspdi]") {
    const auto plan = [](std::string_view tasks) {
        const auto project = readMspdi(fmt::format("<Project><Tasks>{}</Tasks></Project>", tasks));
        REQUIRE(project);
        MspdiMapping mapping;
        mapping.defaultAgency = "ESA";
        mapping.defaultDestination = "nea";
        return missionsFromMspdi(*project, mapping);
    };
    // A midnight finish before a start in the first year there is: taken, and said.
    const ImportedPlan early = plan("<Task><UID>1</UID><Name>Early</Name>"
                                    "<Start>1000-01-05T08:00:00</Start>"
                                    "<Finish>1000-01-01T00:00:00</Finish></Task>");
    REQUIRE(early.missions.size() == 1);
    CHECK(early.missions[0].end == Date::fromYearMonth(1000, 1));
    // A finish-to-finish lag that, less the mission's length, leaves the lags a roadmap holds.
    const ImportedPlan far = plan(
        "<Task><UID>1</UID><Name>A</Name><Start>2030-01-01T08:00:00</Start>"
        "<Finish>2030-01-20T17:00:00</Finish></Task>"
        "<Task><UID>2</UID><Name>B</Name><Start>2030-01-01T08:00:00</Start>"
        "<Finish>2032-12-20T17:00:00</Finish><PredecessorLink><PredecessorUID>1</PredecessorUID>"
        "<Type>0</Type><LinkLag>-518400000</LinkLag><LagFormat>12</LagFormat></PredecessorLink>"
        "</Task>");
    INFO(problems(far.errors));
    REQUIRE(far.errors.size() == 1);
    CHECK(far.errors[0].message.find("comes to a lag of -1235 months") != std::string::npos);
    CHECK(far.missions.size() == 2);
    CHECK(far.missions[1].prerequisites.empty());
}

TEST_CASE("A file that is not MS Project XML is refused with its line and column",
          "[interchange][mspdi]") {
    auto refused = readMspdi("<Project><Tasks><Task></Tasks></Project>");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().line == 1);
    CHECK(refused.error().message.find("not well-formed XML at column") != std::string::npos);
    refused = readMspdi("<?xml version=\"1.0\"?>\n<html><body/></html>");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().line == 2);
    CHECK(refused.error().message.find("not a <Project>") != std::string::npos);
    CHECK(readMspdi("").error().message == "the file is empty");
    // The encoding the file declares is the one read.
    const auto latin1 = readMspdi("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                                  "<Project><Title>Caf\xe9</Title></Project>");
    REQUIRE(latin1);
    CHECK(latin1->title == "Caf\xc3\xa9");
}

TEST_CASE("A mapping is kept as JSON, and a wrong one says which key", "[interchange][mspdi]") {
    MspdiMapping mapping;
    mapping.agency = "Text1";
    mapping.defaultAgency = "JAXA";
    mapping.datePrecision = DatePrecision::Day;
    mapping.summaryInNotes = true;
    CHECK(mappingFromJson(mappingToJson(mapping)).value() == mapping);
    CHECK(mappingFromJson(R"({"agnecy": "Text1"})").error().find("/agnecy: no such key") == 0);
    CHECK(mappingFromJson(R"({"datePrecision": "week"})").error().find("/datePrecision") == 0);
    CHECK(mappingFromJson(R"({"crew": 3})").error() == "/crew: a text is wanted");
    CHECK_FALSE(mappingFromJson("[1]"));
}

TEST_CASE("An agency's schedule becomes its contribution against the open roadmap, and the "
          "review shows what it changes",
          "[interchange][mspdi][review]") {
    const Roadmap baseline = loadRoadmap(sourcePath("roadmaps/ger-2013.roadmap.json"));
    // ESA's part of the roadmap, as its planners keep it: no mission ids, one mission later,
    // one dropped, one new.
    Roadmap esa;
    esa.title = "ESA";
    for (const Mission& mission : baseline.missions) {
        if (mission.lead == "ESA") {
            esa.missions.append(mission);
        }
    }
    REQUIRE(esa.missions.size() >= 2);
    const std::string moved = esa.missions[0].id;
    const std::string dropped = esa.missions[1].id;
    Mission later = shiftedMission(esa.missions[0], 12);
    esa.missions.replace(0, later);
    esa.missions.take(1);
    Mission added = esa.missions[0];
    added.id = "new-lander";
    added.name = "European lunar lander";
    added.prerequisites.clear();
    esa.missions.append(added);
    const auto project = readMspdi(toMspdi(esa));
    REQUIRE(project);
    MspdiMapping mapping = suggestedMapping(*project);
    mapping.missionId.clear(); // matched by name
    ImportedPlan plan = missionsFromMspdi(*project, mapping);
    dropUnknownPrerequisites(plan, &baseline);
    INFO(problems(plan.errors));
    REQUIRE(plan.errors.empty());

    const Roadmap contribution =
        contributionFromImport(baseline, std::move(plan), "ESA", "Imported from esa.xml");
    REQUIRE(contribution.contribution);
    CHECK(contribution.contribution->agency == "ESA");
    CHECK(contribution.contribution->baseline.fingerprint == contentFingerprint(baseline));
    CHECK(contribution.missions.find(moved)->start == later.start);
    CHECK_FALSE(contribution.missions.contains(dropped));
    CHECK(contribution.missions.contains("european-lunar-lander"));
    const RoadmapDiff diff = diffRoadmaps(baseline, contribution);
    const auto has = [&](ChangeKind kind, const std::string& subject) {
        return std::any_of(diff.changes.begin(), diff.changes.end(), [&](const Change& change) {
            return change.kind == kind && change.subject() == subject && change.owner == "ESA";
        });
    };
    CHECK(has(ChangeKind::Changed, fmt::format("mission/{}/start", moved)));
    CHECK(has(ChangeKind::Removed, fmt::format("mission/{}", dropped)));
    CHECK(has(ChangeKind::Added, "mission/european-lunar-lander"));
    // Missions of other agencies are as they were.
    for (const Mission& mission : baseline.missions) {
        if (mission.lead != "ESA") {
            CHECK(*contribution.missions.find(mission.id) == mission);
        }
    }
}

// ---------------------------------------------------------------------------------------
// iCalendar

TEST_CASE("The calendar has an all-day event per mission at the precision known, with a "
          "stable UID, and libical reads it without an error",
          "[interchange][icalendar]") {
    for (const Roadmap& roadmap : roadmapsToCarry()) {
        INFO(roadmap.title);
        const std::string calendar = toICalendar(roadmap).value();
        const std::vector<std::string> errors = iCalendarErrors(calendar);
        INFO((errors.empty() ? std::string() : errors.front()));
        CHECK(errors.empty());
        std::size_t events = 0;
        for (std::size_t at = 0; (at = calendar.find("BEGIN:VEVENT", at)) != std::string::npos;
             ++at) {
            ++events;
        }
        CHECK(events == roadmap.missions.size());
    }
    Roadmap roadmap = parseRoadmapText(minimalRoadmapText());
    Mission milestone = roadmap.missions[0];
    milestone.start = Date::fromYearMonth(2030, 6);
    milestone.end.reset();
    milestone.lead = "ESA";
    milestone.partners = {"NASA"};
    roadmap.missions.replace(0, milestone);
    const std::string calendar = toICalendar(roadmap).value();
    // All of June, as far as it is known; DTEND is the day after.
    CHECK(calendar.find("DTSTART;VALUE=DATE:20300601") != std::string::npos);
    CHECK(calendar.find("DTEND;VALUE=DATE:20300701") != std::string::npos);
    CHECK(calendar.find(fmt::format("UID:{}@", milestone.id)) != std::string::npos);
    CHECK(calendar.find("CATEGORIES:ESA\r\n") != std::string::npos);
    CHECK(calendar.find("CATEGORIES:NASA\r\n") != std::string::npos);
    CHECK(calendar.find("STATUS:TENTATIVE") != std::string::npos);
    // The same mission, exported again after an edit, has the same UID.
    milestone.name = "Renamed";
    roadmap.missions.replace(0, milestone);
    CHECK(toICalendar(roadmap).value().find(fmt::format("UID:{}@", milestone.id)) !=
          std::string::npos);
    // A kept-out mission has no event.
    CHECK(toICalendar(roadmap, {false}).value().find("BEGIN:VEVENT") == std::string::npos);
    // Years libical cannot write are refused, naming the missions.
    milestone.start = Date::fromYear(3000);
    roadmap.missions.replace(0, milestone);
    CHECK(toICalendar(roadmap).error() ==
          fmt::format("a calendar holds dates before the year 3000, and these missions end "
                      "later: {}",
                      milestone.id));
    CHECK_FALSE(iCalendarErrors("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\n"
                                "END:VEVENT\r\nEND:VCALENDAR\r\n")
                    .empty());
    CHECK_FALSE(iCalendarErrors("not a calendar").empty());
}
