#include "helpwindow.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace orrery::app {

using namespace Qt::StringLiterals;

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window) {
    setObjectName(u"helpWindow"_s);
    setWindowTitle(tr("Orrery User Guide"));
    auto* layout = new QVBoxLayout(this);
    auto* navigation = new QHBoxLayout;
    auto* back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    auto* home = new QPushButton(tr("Contents"), this);
    navigation->addWidget(back);
    navigation->addWidget(home);
    navigation->addStretch(1);
    layout->addLayout(navigation);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(16);
    layout->addWidget(m_browser, 1);
    back->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(home, &QPushButton::clicked, m_browser,
            [this] { m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] { fitPictures(); });
    m_browser->viewport()->installEventFilter(this);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);
    resize(900, 760);
}

QUrl HelpWindow::guideUrl() {
    return QUrl(u"qrc:/help/user-guide.md"_s);
}

bool HelpWindow::eventFilter(QObject* watched, QEvent* event) {
    // The page's width is the viewport's, known only once it is laid out.
    // (A viewport resized while hidden says so only by being shown.)
    if (watched == m_browser->viewport() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        fitPictures();
    }
    return QWidget::eventFilter(watched, event);
}

void HelpWindow::fitPictures() {
    if (m_fitting) {
        return; // the scroll bar the pictures bring resizes the page: fitted again below
    }
    const QScopedValueRollback fitting(m_fitting, true);
    for (int attempt = 0; attempt < 3; ++attempt) {
        const int width = m_browser->viewport()->width();
        fitPicturesTo(std::max(kNarrowest, width - kPictureMargin));
        if (m_browser->viewport()->width() == width) {
            break;
        }
    }
}

void HelpWindow::fitPicturesTo(double room) {
    QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment part = fragment.fragment();
            QTextImageFormat format = part.charFormat().toImageFormat();
            if (!format.isValid()) {
                continue;
            }
            const QImage image =
                document->resource(QTextDocument::ImageResource, QUrl(format.name()))
                    .value<QImage>();
            if (image.isNull()) {
                continue;
            }
            const double width = std::min<double>(room, image.width());
            if (format.width() == width) {
                continue;
            }
            format.setWidth(width);
            format.setHeight(width * image.height() / image.width());
            QTextCursor cursor(document);
            cursor.setPosition(part.position());
            cursor.setPosition(part.position() + part.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

} // namespace orrery::app
