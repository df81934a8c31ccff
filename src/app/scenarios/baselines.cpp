#include "baselines.h"

#include "../document.h"

#include <orrery/io/editions.h>

#include <render/utf8.h>

#include <QDir>
#include <QFileInfo>

namespace orrery::app {

using render::toQString;

Expected<Roadmap, QString> loadEditionOf(const Document& document,
                                         const EditionReference& edition) {
    if (document.filePath().isEmpty()) {
        return make_unexpected(
            Document::tr("Save the roadmap first: its earlier editions are found next to its "
                         "file."));
    }
    const QString path = QFileInfo(document.filePath()).dir().filePath(toQString(edition.path));
    auto loaded = loadRoadmapFile(QDir::cleanPath(path));
    if (!loaded) {
        return make_unexpected(
            Document::tr("Edition \"%1\": %2")
                .arg(toQString(edition.id), toQString(loaded.error().front().describe())));
    }
    if (auto checked = checkEdition(edition, *loaded); !checked) {
        return make_unexpected(toQString(checked.error()));
    }
    return std::move(*loaded);
}

Presentation::ProposalMarks marksAgainst(const Roadmap& shown, const Roadmap& other) {
    Presentation::ProposalMarks marks;
    for (const Mission& mission : shown.missions) {
        const Mission* there = other.missions.find(mission.id);
        if (!there) {
            marks.emplace(mission.id,
                          Presentation::ProposalMark{render::ProposedChange::Added, {}});
        } else if (there->start.monthsUntil(mission.start) != 0 ||
                   there->end.has_value() != mission.end.has_value() ||
                   (there->end && there->end->monthsUntil(*mission.end) != 0)) {
            marks.emplace(mission.id, Presentation::ProposalMark{
                                          render::ProposedChange::Changed,
                                          render::PreviousDates{there->start, there->end}});
        }
    }
    return marks;
}

} // namespace orrery::app
