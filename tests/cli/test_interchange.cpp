// The interchange formats on the command line, judged by other programs: TaskJuggler writes
// MS Project XML that the import must read, Qt's XML reader checks the structure MS Project
// expects of the export, python3-icalendar reads the calendar; every malformed file is
// refused with its line, exit 2 and nothing written.

#include "clirun.h"
#include "support/testsupport.h"

#include <orrery/analysis/analysis.h>
#include <orrery/io/mspdi.h>
#include <orrery/io/reader.h>
#include <orrery/io/taskjuggler.h>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

using namespace orrery;
using namespace orrery::test;

namespace {

/// The order of the elements MSPDI's schema (mspdi_pj12.xsd) gives a <Project> and a <Task>,
/// as far as Orrery writes them: xsd:sequence, so MS Project refuses them out of order.
const std::vector<QString> kProjectOrder{u"SaveVersion"_qs,
                                         u"UID"_qs,
                                         u"Name"_qs,
                                         u"Title"_qs,
                                         u"ScheduleFromStart"_qs,
                                         u"StartDate"_qs,
                                         u"CurrencyCode"_qs,
                                         u"MinutesPerDay"_qs,
                                         u"MinutesPerWeek"_qs,
                                         u"DaysPerMonth"_qs,
                                         u"ExtendedAttributes"_qs,
                                         u"Calendars"_qs,
                                         u"Tasks"_qs};
const std::vector<QString> kTaskOrder{u"UID"_qs,
                                      u"ID"_qs,
                                      u"Name"_qs,
                                      u"OutlineNumber"_qs,
                                      u"OutlineLevel"_qs,
                                      u"Start"_qs,
                                      u"Finish"_qs,
                                      u"Duration"_qs,
                                      u"DurationFormat"_qs,
                                      u"Milestone"_qs,
                                      u"Summary"_qs,
                                      u"ConstraintType"_qs,
                                      u"ConstraintDate"_qs,
                                      u"Notes"_qs,
                                      u"PredecessorLink"_qs,
                                      u"ExtendedAttribute"_qs};
const std::vector<QString> kLinkOrder{u"PredecessorUID"_qs, u"Type"_qs, u"CrossProject"_qs,
                                      u"LinkLag"_qs, u"LagFormat"_qs};

/// Reads the file with QXmlStreamReader and checks what MS Project needs of it; returns the
/// number of tasks.
int checkMspdiStructure(const std::string& text) {
    QXmlStreamReader xml(QByteArray::fromStdString(text));
    const QRegularExpression dateTime(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"_qs);
    const QRegularExpression hours(u"^PT\\d+H\\d+M\\d+S$"_qs);
    std::set<QString> uids;
    std::vector<QString> predecessors;
    std::vector<std::vector<QString>> childrenAt; // the child elements seen at each level
    std::vector<QString> path;
    int tasks = 0;
    const auto checkOrder = [](const std::vector<QString>& seen, const std::vector<QString>& order,
                               const QString& parent) {
        std::ptrdiff_t last = -1;
        for (const QString& name : seen) {
            const auto at = std::find(order.begin(), order.end(), name);
            INFO(parent.toStdString() << " holds " << name.toStdString());
            REQUIRE(at != order.end());
            const std::ptrdiff_t index = at - order.begin();
            CHECK(index >= last);
            last = index;
        }
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (path.empty()) {
                CHECK(xml.name() == u"Project"_qs);
                CHECK(xml.namespaceUri() == u"http://schemas.microsoft.com/project"_qs);
            }
            if (!childrenAt.empty()) {
                childrenAt.back().push_back(xml.name().toString());
            }
            path.push_back(xml.name().toString());
            childrenAt.emplace_back();
            if (path.size() == 3 && path[1] == u"Tasks"_qs) {
                ++tasks;
            }
        } else if (xml.isCharacters() && !xml.isWhitespace() && path.size() >= 4) {
            const QString& name = path.back();
            const QString value = xml.text().toString();
            if (name == u"Start"_qs || name == u"Finish"_qs || name == u"ConstraintDate"_qs) {
                CHECK(dateTime.match(value).hasMatch());
            } else if (name == u"Duration"_qs) {
                CHECK(hours.match(value).hasMatch());
            } else if (path.size() == 4 && name == u"UID"_qs) {
                CHECK(uids.insert(value).second);
            } else if (name == u"PredecessorUID"_qs) {
                predecessors.push_back(value);
            } else if (name == u"LinkLag"_qs || name == u"Milestone"_qs || name == u"Summary"_qs ||
                       name == u"OutlineLevel"_qs || name == u"Type"_qs) {
                bool whole = false;
                value.toLongLong(&whole);
                CHECK(whole);
            }
        } else if (xml.isEndElement()) {
            const QString name = path.back();
            if (path.size() == 1) {
                checkOrder(childrenAt.back(), kProjectOrder, name);
                CHECK(std::count(childrenAt.back().begin(), childrenAt.back().end(),
                                 u"SaveVersion"_qs) == 1);
            } else if (path.size() == 3 && name == u"Task"_qs) {
                checkOrder(childrenAt.back(), kTaskOrder, name);
                CHECK(childrenAt.back().front() == u"UID"_qs);
            } else if (name == u"PredecessorLink"_qs) {
                checkOrder(childrenAt.back(), kLinkOrder, name);
            }
            path.pop_back();
            childrenAt.pop_back();
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    for (const QString& uid : predecessors) {
        CHECK(uids.contains(uid));
    }
    return tasks;
}

bool haveTj3() {
    if (QStandardPaths::findExecutable(u"tj3"_qs).isEmpty()) {
        WARN("tj3 is not installed (Debian's tj3): TaskJuggler cannot write MS Project XML");
        return false;
    }
    return true;
}

} // namespace

TEST_CASE("The MS Project XML export has the structure MS Project reads",
          "[cli][interchange][mspdi]") {
    const TemporaryDirectory folder;
    for (const char* name : {"ger-2011", "ger-2013", "ger-2018"}) {
        INFO(name);
        const auto source = sourcePath(fmt::format("roadmaps/{}.roadmap.json", name));
        const auto out = folder / fmt::format("{}.xml", name);
        const CliOutcome outcome = runCli({"export", source.string(), "-o", out.string()});
        INFO(outcome.err);
        REQUIRE(outcome.exitCode == 0);
        const Roadmap roadmap = loadRoadmap(source);
        std::set<std::string> lanes;
        for (const Mission& mission : roadmap.missions) {
            lanes.insert(mission.destination);
        }
        // A task per mission and one per lane.
        CHECK(checkMspdiStructure(readFile(out)) ==
              static_cast<int>(roadmap.missions.size() + lanes.size()));
    }
    // Filtered like the PDF.
    const auto esa = folder / "esa.xml";
    const CliOutcome filtered =
        runCli({"export", sourcePath("roadmaps/ger-2018.roadmap.json").string(), "-o", esa.string(),
                "--agency", "ESA"});
    REQUIRE(filtered.exitCode == 0);
    const auto project = readMspdi(readFile(esa));
    REQUIRE(project);
    int missions = 0;
    for (const MspdiTask& task : project->tasks) {
        if (!task.summary) {
            ++missions;
            // ESA leads it (Text1) or joins it (Text6).
            const auto partners = task.custom.find("188743746");
            CHECK((task.custom.at("188743731") == "ESA" ||
                   (partners != task.custom.end() &&
                    partners->second.find("ESA") != std::string::npos)));
        }
    }
    CHECK(missions > 0);
}

TEST_CASE("MS Project XML that TaskJuggler writes imports with tj3's schedule",
          "[cli][interchange][mspdi][taskjuggler]") {
    if (!haveTj3()) {
        return;
    }
    const Roadmap roadmap = loadRoadmap(sourcePath("roadmaps/ger-2013.roadmap.json"));
    const auto project = toTaskJuggler(roadmap);
    REQUIRE(project);
    const TemporaryDirectory folder;
    // TaskJuggler's own MSPDI writer: outline level 0, manual tasks, no lags, its calendar.
    writeFile(folder / "roadmap.tjp",
              project->text + "\nexport tjmsp \"tjmsp\" {\n  formats mspxml\n}\n");
    QProcess tj3;
    tj3.setWorkingDirectory(QString::fromStdString(folder.path().string()));
    tj3.start(u"tj3"_qs, {u"--no-color"_qs, u"--silent"_qs, u"roadmap.tjp"_qs});
    REQUIRE(tj3.waitForFinished(300000));
    INFO(tj3.readAllStandardError().toStdString());
    REQUIRE(tj3.exitCode() == 0);

    const auto imported = folder / "imported.roadmap.json";
    const CliOutcome outcome =
        runCli({"import", (folder / "tjmsp.xml").string(), "-o", imported.string(), "--agency",
                "ISECG", "--lane", "plan", "--precision", "day"});
    INFO(outcome.out << outcome.err);
    REQUIRE(outcome.exitCode == 0);
    const Roadmap result = loadRoadmap(imported);
    REQUIRE(result.missions.size() == roadmap.missions.size());
    // Every mission, by name, starts where tj3 scheduled it: Orrery's earliest start.
    const Schedule schedule = analyzeRoadmap(roadmap).schedule;
    std::map<std::string, const Mission*> byName;
    for (const Mission& mission : result.missions) {
        byName[mission.name] = &mission;
    }
    for (std::size_t m = 0; m < roadmap.missions.size(); ++m) {
        const Mission& mission = roadmap.missions[m];
        INFO(mission.id);
        REQUIRE(byName.contains(mission.name));
        const Mission& fromTj = *byName[mission.name];
        CHECK(fromTj.start.firstMonth() == *schedule.missions[m].earliestStart);
        CHECK(fromTj.isMilestone() ==
              (mission.finish().firstMonth() == mission.start.firstMonth()));
        // TaskJuggler keeps the links (without their lags).
        std::set<std::string> expected;
        for (const Prerequisite& prerequisite : mission.prerequisites) {
            expected.insert(roadmap.missions.find(prerequisite.mission)->name);
        }
        std::set<std::string> found;
        for (const Prerequisite& prerequisite : fromTj.prerequisites) {
            found.insert(result.missions.find(prerequisite.mission)->name);
        }
        CHECK(found == expected);
    }
}

TEST_CASE("Import and export round trips on the command line: MS Project XML and CSV",
          "[cli][interchange]") {
    const TemporaryDirectory folder;
    const auto source = sourcePath("roadmaps/ger-2018.roadmap.json");
    const Roadmap roadmap = loadRoadmap(source);
    for (const char* extension : {"xml", "csv"}) {
        INFO(extension);
        const auto exported = folder / fmt::format("ger.{}", extension);
        REQUIRE(runCli({"export", source.string(), "-o", exported.string()}).exitCode == 0);
        const auto imported = folder / fmt::format("from-{}.roadmap.json", extension);
        const CliOutcome outcome = runCli({"import", exported.string(), "-o", imported.string()});
        INFO(outcome.err);
        REQUIRE(outcome.exitCode == 0);
        CHECK_THAT(outcome.out,
                   Catch::Contains(fmt::format("{} missions imported", roadmap.missions.size())));
        const Roadmap result = loadRoadmap(imported);
        for (const Mission& mission : roadmap.missions) {
            const Mission* back = result.missions.find(mission.id);
            REQUIRE(back);
            CHECK(back->start == mission.start);
            CHECK(back->end == mission.end);
            CHECK(back->lead == mission.lead);
            CHECK(back->prerequisites.size() == mission.prerequisites.size());
        }
        // The imported roadmap checks as the roadmap does, but for what the format does not
        // carry: the roadmap's own lists of capabilities, objectives and knowledge gaps, which
        // the mission table's ids name.
        const CliOutcome checked = runCli({"validate", imported.string()});
        std::istringstream lines(checked.out);
        int errors = 0;
        for (std::string line; std::getline(lines, line);) {
            if (line.find("  error: ") == 0) {
                ++errors;
                INFO(line);
                CHECK(line.find("which the roadmap does not define. [unknown-reference]") !=
                      std::string::npos);
                CHECK(line.find("mission") == std::string::npos);
            }
        }
        CHECK((std::string(extension) == "csv" ? errors > 0 : errors == 0));
        // An existing file is not replaced without --force.
        const std::string before = readFile(imported);
        const CliOutcome again = runCli({"import", exported.string(), "-o", imported.string()});
        CHECK(again.exitCode == 2);
        CHECK_THAT(again.err, Catch::Contains("--force replaces it"));
        CHECK(readFile(imported) == before);
    }
    // The mapping used, written, edited and given back.
    const auto mapping = folder / "mapping.json";
    const auto first = folder / "first.roadmap.json";
    REQUIRE(runCli({"import", (folder / "ger.xml").string(), "-o", first.string(),
                    "--write-mapping", mapping.string()})
                .exitCode == 0);
    auto json = nlohmann::json::parse(readFile(mapping));
    CHECK(json["agency"] == "Agency");
    json["missionId"] = "";
    json["precision"] = "";
    json["datePrecision"] = "day";
    writeFile(mapping, json.dump());
    const auto second = folder / "second.roadmap.json";
    const CliOutcome mapped = runCli({"import", (folder / "ger.xml").string(), "-o",
                                      second.string(), "--mapping", mapping.string()});
    INFO(mapped.err);
    REQUIRE(mapped.exitCode == 0);
    const Roadmap byMapping = loadRoadmap(second);
    CHECK(byMapping.missions.find("exploration-mission-1-first-sls-uncrewed-orion") != nullptr);
    CHECK(byMapping.missions[0].start.precision() == DatePrecision::Day);

    // As ESA's contribution against the roadmap.
    const auto contribution = folder / "esa.contribution.roadmap.json";
    const CliOutcome contributed =
        runCli({"import", (folder / "ger.csv").string(), "-o", contribution.string(),
                "--contribution-to", source.string(), "--agency", "ESA"});
    INFO(contributed.err);
    REQUIRE(contributed.exitCode == 0);
    CHECK_THAT(contributed.out, Catch::Contains("as ESA's contribution"));
    const Roadmap drafted = loadRoadmap(contribution);
    REQUIRE(drafted.contribution);
    CHECK(drafted.contribution->agency == "ESA");
}

TEST_CASE("Malformed files to import: the line, exit 2 and nothing written",
          "[cli][interchange][malformed]") {
    const auto folder = testDataPath("malformed-import");
    const auto expected = nlohmann::json::parse(readFile(folder / "expected.json"));
    const TemporaryDirectory out;
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name == "expected.json") {
            continue;
        }
        ++files;
        INFO(name);
        REQUIRE(expected.contains(name));
        const auto& want = expected[name];
        const auto target = out / (name + ".roadmap.json");
        std::vector<std::string> args{"import", entry.path().string(), "-o", target.string()};
        if (entry.path().extension() == ".xml") {
            args.insert(args.end(), {"--agency", "ESA", "--lane", "lunar-surface"});
        }
        const CliOutcome outcome = runCli(args);
        INFO(outcome.err);
        CHECK(outcome.exitCode == 2);
        CHECK_FALSE(std::filesystem::exists(target));
        const int line = want["line"].get<int>();
        CHECK_THAT(outcome.err,
                   Catch::Contains(line > 0 ? fmt::format("{}:{}: ", entry.path().string(), line)
                                            : entry.path().string() + ": "));
        CHECK_THAT(outcome.err, Catch::Contains(want["messageContains"].get<std::string>()));
    }
    CHECK(files == expected.size());

    // With --skip-bad, the good rows are imported and the bad ones named.
    const auto skipped = out / "skipped.roadmap.json";
    const CliOutcome outcome = runCli(
        {"import", (folder / "duplicate-id.csv").string(), "-o", skipped.string(), "--skip-bad"});
    CHECK(outcome.exitCode == 0);
    CHECK_THAT(outcome.err, Catch::Contains("id \"a\" is an earlier row's too"));
    CHECK(loadRoadmap(skipped).missions.size() == 1);
}

TEST_CASE("The calendar export reads in python3-icalendar: an all-day event per mission",
          "[cli][interchange][icalendar]") {
    const TemporaryDirectory folder;
    const auto source = sourcePath("roadmaps/ger-2018.roadmap.json");
    const auto out = folder / "ger.ics";
    const CliOutcome outcome =
        runCli({"export", source.string(), "-o", out.string(), "--destination", "mars-surface"});
    INFO(outcome.err);
    REQUIRE(outcome.exitCode == 0);
    static const char* script = R"(
import json, sys, datetime
try:
    import icalendar
except ImportError as missing:
    print(missing, file=sys.stderr)
    sys.exit(3)
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
events = []
for event in calendar.walk("VEVENT"):
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    categories = event.get("CATEGORIES")
    categories = categories if isinstance(categories, list) else [categories]
    events.append({"uid": str(event["UID"]), "summary": str(event["SUMMARY"]),
                   "allDay": type(start) is datetime.date and type(end) is datetime.date,
                   "start": start.isoformat(), "end": end.isoformat(),
                   "categories": [str(c.cats[0]) for c in categories]})
print(json.dumps(events))
)";
    QProcess python;
    python.start(u"/usr/bin/python3"_qs,
                 {u"-c"_qs, QString::fromUtf8(script), QString::fromStdString(out.string())});
    if (!python.waitForStarted() || !python.waitForFinished(60000)) {
        WARN("/usr/bin/python3 did not run: python3-icalendar cannot judge the calendar");
        return;
    }
    if (python.exitCode() == 3) {
        WARN("python3-icalendar is not installed: " << python.readAllStandardError().toStdString());
        return;
    }
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const auto events = nlohmann::json::parse(python.readAllStandardOutput().toStdString());
    const Roadmap roadmap = loadRoadmap(source);
    std::size_t toMars = 0;
    for (const Mission& mission : roadmap.missions) {
        toMars += mission.destination == "mars-surface" ? 1 : 0;
    }
    REQUIRE(events.size() == toMars);
    std::set<std::string> uids;
    for (const auto& event : events) {
        INFO(event.dump());
        CHECK(event["allDay"] == true);
        CHECK(event["start"] < event["end"]);
        CHECK(uids.insert(event["uid"].get<std::string>()).second);
        const std::string id =
            event["uid"].get<std::string>().substr(0, event["uid"].get<std::string>().find('@'));
        const Mission* mission = roadmap.missions.find(id);
        REQUIRE(mission);
        CHECK(event["summary"] == mission->name);
        const std::chrono::year_month_day first(mission->start.firstDay());
        CHECK(event["start"] == fmt::format("{:04}-{:02}-{:02}", static_cast<int>(first.year()),
                                            static_cast<unsigned>(first.month()),
                                            static_cast<unsigned>(first.day())));
        const auto& categories = event["categories"];
        CHECK(std::find(categories.begin(), categories.end(), mission->lead) != categories.end());
        CHECK(std::find(categories.begin(), categories.end(), "Mars surface") != categories.end());
    }
}
