#include "vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace orrery::render {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("orrery::render::Vocabulary", text);
}

#define ORRERY_WORD(text) QT_TRANSLATE_NOOP("orrery::render::Vocabulary", text)

/// A value with its key and its words, capitalised and lower; one table per enum, read in
/// both directions.
template <class Enum>
struct Word {
    Enum value;
    std::string_view key;
    const char* capitalised;
    const char* lower;
};

constexpr std::array<Word<MissionStatus>, 4> kStatuses{{
    {MissionStatus::Completed, "completed", ORRERY_WORD("Completed"), ORRERY_WORD("completed")},
    {MissionStatus::Operating, "operating", ORRERY_WORD("Operating"), ORRERY_WORD("operating")},
    {MissionStatus::Planned, "planned", ORRERY_WORD("Planned"), ORRERY_WORD("planned")},
    {MissionStatus::Conceptual, "conceptual", ORRERY_WORD("Conceptual"), ORRERY_WORD("conceptual")},
}};
constexpr std::array<Word<Crew>, 2> kCrews{{
    {Crew::Human, "human", ORRERY_WORD("Human"), ORRERY_WORD("human")},
    {Crew::Robotic, "robotic", ORRERY_WORD("Robotic"), ORRERY_WORD("robotic")},
}};
constexpr std::array<Word<Severity>, 3> kSeverities{{
    {Severity::Error, "error", ORRERY_WORD("Error"), ORRERY_WORD("error")},
    {Severity::Warning, "warning", ORRERY_WORD("Warning"), ORRERY_WORD("warning")},
    {Severity::Info, "info", ORRERY_WORD("Info"), ORRERY_WORD("info")},
}};
constexpr std::array<Word<DependencyType>, 2> kDependencyTypes{{
    {DependencyType::FinishToStart, "finish-to-start", ORRERY_WORD("After it ends"),
     ORRERY_WORD("after it ends")},
    {DependencyType::StartToStart, "start-to-start", ORRERY_WORD("After it starts"),
     ORRERY_WORD("after it starts")},
}};
constexpr std::array<Word<Section>, 6> kSections{{
    {Section::Title, "title", ORRERY_WORD("Title page"), ORRERY_WORD("title page")},
    {Section::Timeline, "timeline", ORRERY_WORD("Timeline"), ORRERY_WORD("timeline")},
    {Section::Dependencies, "dependencies", ORRERY_WORD("Dependency diagram"),
     ORRERY_WORD("dependency diagram")},
    {Section::Tables, "tables", ORRERY_WORD("Mission tables by destination"),
     ORRERY_WORD("mission tables by destination")},
    {Section::Sources, "sources", ORRERY_WORD("Sources of every mission"),
     ORRERY_WORD("sources of every mission")},
    {Section::Findings, "findings", ORRERY_WORD("Findings appendix"),
     ORRERY_WORD("findings appendix")},
}};
constexpr std::array<Word<Chart>, 2> kCharts{{
    {Chart::Timeline, "timeline", ORRERY_WORD("Timeline"), ORRERY_WORD("timeline")},
    {Chart::Dependencies, "dependencies", ORRERY_WORD("Dependency diagram"),
     ORRERY_WORD("dependency diagram")},
}};
constexpr std::array<Word<ColorMode>, 3> kColorModes{{
    {ColorMode::Agency, "agency", ORRERY_WORD("Agency"), ORRERY_WORD("agency")},
    {ColorMode::Status, "status", ORRERY_WORD("Status"), ORRERY_WORD("status")},
    {ColorMode::Crew, "crew", ORRERY_WORD("Crew"), ORRERY_WORD("crew")},
}};

#undef ORRERY_WORD

template <class Enum, std::size_t N>
const Word<Enum>& wordOf(const std::array<Word<Enum>, N>& table, Enum value) {
    const auto found = std::find_if(table.begin(), table.end(), [value](const Word<Enum>& word) {
        return word.value == value;
    });
    return found != table.end() ? *found : table.front();
}

template <class Enum, std::size_t N>
QString nameOf(const std::array<Word<Enum>, N>& table, Enum value, Letters letters) {
    const Word<Enum>& word = wordOf(table, value);
    return tr(letters == Letters::Capitalised ? word.capitalised : word.lower);
}

template <class Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<Word<Enum>, N>& table, std::string_view text) {
    const auto sameIgnoringCase = [text](std::string_view key) {
        return std::equal(key.begin(), key.end(), text.begin(), text.end(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) ==
                   std::tolower(static_cast<unsigned char>(b));
        });
    };
    for (const Word<Enum>& word : table) {
        if (sameIgnoringCase(word.key)) {
            return word.value;
        }
    }
    return std::nullopt;
}

template <class Enum, std::size_t N>
constexpr std::array<Enum, N> valuesOf(const std::array<Word<Enum>, N>& table) {
    std::array<Enum, N> values{};
    for (std::size_t i = 0; i < N; ++i) {
        values[i] = table[i].value;
    }
    return values;
}

constexpr auto kStatusValues = valuesOf(kStatuses);
constexpr auto kCrewValues = valuesOf(kCrews);
constexpr auto kSectionValues = valuesOf(kSections);
constexpr auto kChartValues = valuesOf(kCharts);
constexpr auto kColorModeValues = valuesOf(kColorModes);

} // namespace

QString statusName(MissionStatus status, Letters letters) {
    return nameOf(kStatuses, status, letters);
}
QString crewName(Crew crew, Letters letters) {
    return nameOf(kCrews, crew, letters);
}
QString severityName(Severity severity) {
    return nameOf(kSeverities, severity, Letters::Capitalised);
}
QString dependencyTypeName(DependencyType type) {
    return nameOf(kDependencyTypes, type, Letters::Lower);
}
QString sectionName(Section section) {
    return nameOf(kSections, section, Letters::Capitalised);
}
QString chartName(Chart chart) {
    return nameOf(kCharts, chart, Letters::Capitalised);
}

std::span<const MissionStatus> allStatuses() {
    return kStatusValues;
}
std::span<const Crew> allCrews() {
    return kCrewValues;
}
std::span<const Section> allSections() {
    return kSectionValues;
}
std::span<const Chart> allCharts() {
    return kChartValues;
}
std::span<const ColorMode> allColorModes() {
    return kColorModeValues;
}

std::string_view toString(Section section) {
    return wordOf(kSections, section).key;
}
std::string_view toString(Chart chart) {
    return wordOf(kCharts, chart).key;
}
std::string_view toString(ColorMode mode) {
    return wordOf(kColorModes, mode).key;
}
std::optional<Section> sectionFromString(std::string_view text) {
    return valueOf(kSections, text);
}
std::optional<Chart> chartFromString(std::string_view text) {
    return valueOf(kCharts, text);
}
std::optional<ColorMode> colorModeFromString(std::string_view text) {
    return valueOf(kColorModes, text);
}

} // namespace orrery::render
