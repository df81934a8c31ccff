#include "startpage.h"

#include "../document.h"

#include <render/report.h>

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

void clear(QVBoxLayout* layout) {
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

StartPage::StartPage(QWidget* parent) : QWidget(parent) {
    setObjectName(u"startPage"_s);
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* centred = new QHBoxLayout(content);
    auto* column = new QWidget(content);
    column->setMaximumWidth(720);
    centred->addStretch(1);
    centred->addWidget(column, 4);
    centred->addStretch(1);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(10);

    auto* title = new QLabel(QApplication::applicationDisplayName(), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* tagline = new QLabel(tr("Plan a shared space exploration roadmap: missions to the ISS, "
                                  "the Moon, near-Earth asteroids and Mars, their prerequisites "
                                  "and their feasibility."),
                               column);
    tagline->setWordWrap(true);
    layout->addWidget(tagline);

    m_error = new QLabel(column);
    m_error->setObjectName(u"startPageError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setTextFormat(Qt::RichText);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(8);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open Roadmap..."), column);
    open->setObjectName(u"startPageOpen"_s);
    auto* create = new QPushButton(tr("&New Roadmap"), column);
    create->setObjectName(u"startPageNew"_s);
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(create, &QPushButton::clicked, this, &StartPage::newRequested);

    layout->addSpacing(8);
    layout->addWidget(heading(tr("Examples"), column));
    m_examples = new QVBoxLayout;
    layout->addLayout(m_examples);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Recent Files"), column));
    m_noRecent = new QLabel(tr("None yet: the roadmaps you open are listed here."), column);
    m_noRecent->setEnabled(false);
    layout->addWidget(m_noRecent);
    m_recent = new QVBoxLayout;
    layout->addLayout(m_recent);
    layout->addStretch(1);
}

void StartPage::setExamples(const QList<Example>& examples) {
    clear(m_examples);
    for (const Example& example : examples) {
        auto* button =
            new QCommandLinkButton(example.title, QFileInfo(example.path).fileName(), this);
        button->setObjectName(u"startPageExample"_s);
        connect(button, &QCommandLinkButton::clicked, this,
                [this, path = example.path] { Q_EMIT openFileRequested(path); });
        m_examples->addWidget(button);
    }
}

void StartPage::setRecentFiles(const QStringList& files) {
    clear(m_recent);
    m_noRecent->setVisible(files.isEmpty());
    for (const QString& file : files) {
        const QFileInfo info(file);
        auto* button = new QCommandLinkButton(
            info.fileName(),
            QDir::toNativeSeparators(info.absolutePath()) +
                (info.exists() ? QString() : u" "_s + tr("(no longer there)")),
            this);
        button->setObjectName(u"startPageRecent"_s);
        button->setEnabled(info.exists());
        connect(button, &QCommandLinkButton::clicked, this,
                [this, file] { Q_EMIT openFileRequested(file); });
        m_recent->addWidget(button);
    }
}

void StartPage::setError(const QString& file, const QString& message, const QString& details) {
    if (file.isEmpty()) {
        m_error->clear();
        m_error->hide();
        return;
    }
    QString text = u"<b>"_s +
                   tr("%1 could not be opened.").arg(QFileInfo(file).fileName().toHtmlEscaped()) +
                   u"</b><br>"_s + message.toHtmlEscaped();
    if (!details.isEmpty()) {
        text += u"<p style=\"white-space:pre-wrap; font-family:monospace\">"_s +
                details.toHtmlEscaped() + u"</p>"_s;
    }
    m_error->setText(text);
    m_error->setToolTip(QDir::toNativeSeparators(file));
    m_error->show();
}

void StartPage::setExamplePaths(const QStringList& paths) {
    QList<Example> examples;
    for (const QString& path : paths) {
        const auto loaded = loadRoadmapFile(path);
        examples.push_back(
            {path, loaded ? render::documentTitle(*loaded) : QFileInfo(path).fileName()});
    }
    setExamples(examples);
}

} // namespace orrery::app
