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

/// A value with what is said of it: its word, in lower case too where a sentence or a legend
/// needs it, and the command line's key for the rendering library's own enums (the model's
/// keys are the core's toString()). One table per enum, read in both directions.
template <class Enum>
struct Word {
    Enum value;
    const char* text = nullptr;
    const char* lower = nullptr;
    std::string_view key = {};
};

constexpr std::array<Word<MissionStatus>, 4> kStatuses{{
    {.value = MissionStatus::Completed,
     .text = ORRERY_WORD("Completed"),
     .lower = ORRERY_WORD("completed")},
    {.value = MissionStatus::Operating,
     .text = ORRERY_WORD("Operating"),
     .lower = ORRERY_WORD("operating")},
    {.value = MissionStatus::Planned,
     .text = ORRERY_WORD("Planned"),
     .lower = ORRERY_WORD("planned")},
    {.value = MissionStatus::Conceptual,
     .text = ORRERY_WORD("Conceptual"),
     .lower = ORRERY_WORD("conceptual")},
}};
constexpr std::array<Word<Crew>, 2> kCrews{{
    {.value = Crew::Human, .text = ORRERY_WORD("Human"), .lower = ORRERY_WORD("human")},
    {.value = Crew::Robotic, .text = ORRERY_WORD("Robotic"), .lower = ORRERY_WORD("robotic")},
}};
constexpr std::array<Word<Severity>, 3> kSeverities{{
    {.value = Severity::Error, .text = ORRERY_WORD("Error")},
    {.value = Severity::Warning, .text = ORRERY_WORD("Warning")},
    {.value = Severity::Info, .text = ORRERY_WORD("Info")},
}};
constexpr std::array<Word<GapTiming>, 4> kGapTimings{{
    {.value = GapTiming::InTime, .text = ORRERY_WORD("In time"), .lower = ORRERY_WORD("in time")},
    {.value = GapTiming::MaybeLate,
     .text = ORRERY_WORD("May be closed late"),
     .lower = ORRERY_WORD("may be closed late")},
    {.value = GapTiming::Late,
     .text = ORRERY_WORD("Closed late"),
     .lower = ORRERY_WORD("closed late")},
    {.value = GapTiming::NotClosed,
     .text = ORRERY_WORD("Not closed"),
     .lower = ORRERY_WORD("not closed")},
}};
constexpr std::array<Word<DependencyType>, 2> kDependencyTypes{{
    {.value = DependencyType::FinishToStart, .text = ORRERY_WORD("after it ends")},
    {.value = DependencyType::StartToStart, .text = ORRERY_WORD("after it starts")},
}};
constexpr std::array<Word<Section>, 11> kSections{{
    {.value = Section::Title, .text = ORRERY_WORD("Title page"), .key = "title"},
    {.value = Section::Timeline, .text = ORRERY_WORD("Timeline"), .key = "timeline"},
    {.value = Section::Dependencies,
     .text = ORRERY_WORD("Dependency diagram"),
     .key = "dependencies"},
    {.value = Section::Goals,
     .text = ORRERY_WORD("Goals and objectives (traceability matrix)"),
     .key = "goals"},
    {.value = Section::KnowledgeGaps, .text = ORRERY_WORD("Knowledge gaps"), .key = "gaps"},
    {.value = Section::Scenarios, .text = ORRERY_WORD("Scenarios compared"), .key = "scenarios"},
    {.value = Section::Changes, .text = ORRERY_WORD("Changes since an edition"), .key = "changes"},
    {.value = Section::Launches,
     .text = ORRERY_WORD("Launch opportunities (porkchop plots)"),
     .key = "launches"},
    {.value = Section::Tables,
     .text = ORRERY_WORD("Mission tables by destination"),
     .key = "tables"},
    {.value = Section::Sources, .text = ORRERY_WORD("Sources of every mission"), .key = "sources"},
    {.value = Section::Findings, .text = ORRERY_WORD("Findings appendix"), .key = "findings"},
}};
constexpr std::array<Word<Chart>, 2> kCharts{{
    {.value = Chart::Timeline, .text = ORRERY_WORD("Timeline"), .key = "timeline"},
    {.value = Chart::Dependencies,
     .text = ORRERY_WORD("Dependency diagram"),
     .key = "dependencies"},
}};
constexpr std::array<Word<ColorMode>, 4> kColorModes{{
    {.value = ColorMode::Agency, .key = "agency"},
    {.value = ColorMode::Status, .key = "status"},
    {.value = ColorMode::Crew, .key = "crew"},
    {.value = ColorMode::Goal, .key = "goal"},
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
QString nameOf(const std::array<Word<Enum>, N>& table, Enum value,
               Letters letters = Letters::Capitalised) {
    const Word<Enum>& word = wordOf(table, value);
    return tr(letters == Letters::Lower && word.lower ? word.lower : word.text);
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
    return nameOf(kSeverities, severity);
}
QString gapTimingName(GapTiming timing, Letters letters) {
    return nameOf(kGapTimings, timing, letters);
}
QString dependencyTypeName(DependencyType type) {
    return nameOf(kDependencyTypes, type);
}
QString sectionName(Section section) {
    return nameOf(kSections, section);
}
QString chartName(Chart chart) {
    return nameOf(kCharts, chart);
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
