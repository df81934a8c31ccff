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
        if (const auto mark = render::markAgainst(mission, other)) {
            marks.emplace(mission.id, Presentation::ProposalMark{mark->change, mark->previous});
        }
    }
    return marks;
}

} // namespace orrery::app
