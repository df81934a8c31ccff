#pragma once

#include <orrery/expected.h>
#include <orrery/io/loaderror.h>
#include <orrery/roadmap.h>

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace orrery::app {

/// One open roadmap: the model and where it came from. Views, table models and docks
/// observe a Document and never own the model; every change to the roadmap goes through
/// the Document, which says so with a signal.
class Document : public QObject {
    Q_OBJECT

public:
    explicit Document(Roadmap roadmap, QString filePath = {}, QObject* parent = nullptr);

    /// Reads a roadmap file. Paths may name Qt resources (":/roadmaps/..."), which is how
    /// the bundled example roadmaps are opened.
    static Expected<std::unique_ptr<Document>, std::vector<LoadError>>
    load(const QString& filePath);

    const Roadmap& roadmap() const { return m_roadmap; }
    QString filePath() const { return m_filePath; }
    /// The file name to show in titles and menus; "Untitled" for a new roadmap.
    QString displayName() const;
    /// Bundled examples live inside the application and cannot be saved in place.
    bool isBundledExample() const;

Q_SIGNALS:
    /// The whole roadmap was replaced; observers rebuild everything they show.
    void roadmapReset();

private:
    Roadmap m_roadmap;
    QString m_filePath;
};

} // namespace orrery::app
