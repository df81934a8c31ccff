#include <orrery/analysis/finding.h>
#include <orrery/destination.h>
#include <orrery/io/loaderror.h>
#include <orrery/mission.h>
#include <orrery/review.h>

#include <catch2/catch.hpp>

using namespace orrery;

TEST_CASE("Every enumeration converts to its file-format name and back", "[model]") {
    for (const auto value : {Crew::Human, Crew::Robotic}) {
        CHECK(crewFromString(toString(value)) == value);
    }
    for (const auto value : {MissionStatus::Completed, MissionStatus::Operating,
                             MissionStatus::Planned, MissionStatus::Conceptual}) {
        CHECK(missionStatusFromString(toString(value)) == value);
    }
    for (const auto value : {DependencyType::FinishToStart, DependencyType::StartToStart}) {
        CHECK(dependencyTypeFromString(toString(value)) == value);
    }
    for (const auto value : {DependencyStrength::Hard, DependencyStrength::Soft}) {
        CHECK(dependencyStrengthFromString(toString(value)) == value);
    }
    for (const auto value : {CelestialBody::Earth, CelestialBody::Moon, CelestialBody::Asteroid,
                             CelestialBody::Mars, CelestialBody::Other}) {
        CHECK(celestialBodyFromString(toString(value)) == value);
    }
    for (const auto value : {Verdict::Accepted, Verdict::Rejected}) {
        CHECK(verdictFromString(toString(value)) == value);
    }
    for (const auto value : {Severity::Info, Severity::Warning, Severity::Error}) {
        CHECK(severityFromString(toString(value)) == value);
    }
}

TEST_CASE("File-format names are the documented ones", "[model]") {
    CHECK(toString(DependencyType::FinishToStart) == "finish-to-start");
    CHECK(toString(MissionStatus::Conceptual) == "conceptual");
    CHECK(toString(LoadErrorCode::BadDate) == "bad-date");
    CHECK(toString(LoadErrorCode::UnsupportedVersion) == "unsupported-version");
    CHECK(loadErrorCodeFromString("duplicate-key") == LoadErrorCode::DuplicateKey);
    CHECK_FALSE(crewFromString("crewed"));
    CHECK_FALSE(missionStatusFromString("Planned"));
}
