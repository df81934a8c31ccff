#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace orrery::app {

/// What the window shows when no roadmap is open: ways to open one (a file, a new roadmap,
/// the bundled examples, the files opened lately) and, when opening failed, why.
class StartPage : public QWidget {
    Q_OBJECT

public:
    struct Example {
        QString path;
        QString title; ///< title and edition, as the roadmap names itself
    };

    explicit StartPage(QWidget* parent = nullptr);

    void setExamples(const QList<Example>& examples);
    /// The bundled examples, each titled as the roadmap names itself.
    void setExamplePaths(const QStringList& paths);
    void setRecentFiles(const QStringList& files);
    /// The last file that failed to open and why (empty: none).
    void setError(const QString& file, const QString& message, const QString& details);

    QLabel* errorLabel() const { return m_error; }

Q_SIGNALS:
    void openRequested();
    void newRequested();
    void openFileRequested(const QString& filePath);

private:
    QVBoxLayout* m_examples;
    QVBoxLayout* m_recent;
    QLabel* m_noRecent;
    QLabel* m_error;
};

} // namespace orrery::app
