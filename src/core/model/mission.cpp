#include <orrery/mission.h>

namespace orrery {

Mission shiftedMission(Mission mission, int months) {
    mission.start = mission.start.addMonths(months);
    if (mission.end) {
        mission.end = mission.end->addMonthsToEnd(months);
    }
    for (CapabilityGrant& grant : mission.provides) {
        if (grant.from) {
            grant.from = grant.from->addMonths(months);
        }
    }
    for (GapClosure& closure : mission.closes) {
        if (closure.from) {
            closure.from = closure.from->addMonths(months);
        }
    }
    return mission;
}

} // namespace orrery
