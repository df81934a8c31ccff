#pragma once

#include <QWidget>

class QTextBrowser;

namespace orrery::app {

/// Help > User Guide: the user guide (docs/user-guide.md, shipped as a resource with its
/// pictures) in a window of its own, pictures scaled to the window's width.
class HelpWindow : public QWidget {
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    /// Where the guide is: a resource, so it travels inside the application.
    static QUrl guideUrl();

    /// Pictures are as wide as the page less this, at most...
    static constexpr int kPictureMargin = 40;
    /// ...and never narrower than this.
    static constexpr int kNarrowest = 200;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Pictures as wide as the page at most (screenshots are full-window sized).
    void fitPictures();
    void fitPicturesTo(double room);

    QTextBrowser* m_browser;
    bool m_fitting = false;
};

} // namespace orrery::app
