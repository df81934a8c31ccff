// One name for one thing: the window, the paper and the command line take the words for
// statuses, crews, sections, charts and colourings from the vocabulary.

#include "support/qtstrings.h"

#include <catch2/catch.hpp>
#include <render/vocabulary.h>

#include <set>

using namespace orrery;
using namespace orrery::render;

namespace {

template <class Values, class Name>
void everyValueHasItsOwnName(const Values& values, Name name) {
    std::set<QString> seen;
    for (const auto value : values) {
        const QString word = name(value);
        CHECK_FALSE(word.isEmpty());
        CHECK(seen.insert(word).second);
    }
}

template <class Values, class FromString>
void keysReadBack(const Values& values, FromString fromString) {
    std::set<std::string_view> seen;
    for (const auto value : values) {
        const std::string_view key = toString(value);
        CHECK(seen.insert(key).second);
        CHECK(fromString(key) == value);
        std::string upper(key);
        for (char& c : upper) {
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
        CHECK(fromString(upper) == value);
    }
    CHECK_FALSE(fromString("nothing"));
    CHECK_FALSE(fromString(""));
}

} // namespace

TEST_CASE("The vocabulary names every value once, and reads its keys back",
          "[render][vocabulary]") {
    CHECK(allStatuses().size() == 4);
    CHECK(allCrews().size() == 2);
    CHECK(allSections().size() == 11);
    everyValueHasItsOwnName(allStatuses(), [](MissionStatus s) { return statusName(s); });
    everyValueHasItsOwnName(allStatuses(),
                            [](MissionStatus s) { return statusName(s, Letters::Lower); });
    everyValueHasItsOwnName(allCrews(), [](Crew c) { return crewName(c); });
    everyValueHasItsOwnName(allSections(), [](Section s) { return sectionName(s); });
    everyValueHasItsOwnName(
        std::array{GapTiming::InTime, GapTiming::MaybeLate, GapTiming::Late, GapTiming::NotClosed},
        [](GapTiming t) { return gapTimingName(t, Letters::Lower); });
    everyValueHasItsOwnName(allCharts(), [](Chart c) { return chartName(c); });
    everyValueHasItsOwnName(std::array{Severity::Info, Severity::Warning, Severity::Error},
                            [](Severity s) { return severityName(s); });
    everyValueHasItsOwnName(std::array{DependencyType::FinishToStart, DependencyType::StartToStart},
                            [](DependencyType t) { return dependencyTypeName(t); });

    keysReadBack(allSections(), [](std::string_view k) { return sectionFromString(k); });
    keysReadBack(allCharts(), [](std::string_view k) { return chartFromString(k); });
    keysReadBack(allColorModes(), [](std::string_view k) { return colorModeFromString(k); });

    // A word in a sentence is the same word, in lower case.
    for (const MissionStatus status : allStatuses()) {
        CHECK(statusName(status, Letters::Lower) == statusName(status).toLower());
    }
    CHECK(crewName(Crew::Human) == QStringLiteral("Human"));
    CHECK(statusName(MissionStatus::Planned, Letters::Lower) == QStringLiteral("planned"));
    CHECK(sectionName(Section::Tables) == QStringLiteral("Mission tables by destination"));
    CHECK(toString(Section::Dependencies) == "dependencies");
}
