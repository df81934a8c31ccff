#pragma once

// Reads PDFs back with poppler's command-line tools (Debian's poppler-utils), as a reader
// of the published file would: its text, page sizes, fonts and metadata.

#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace orrery::test {

/// The text of pages [first, last] (1-based; 0 for the whole document) in the order it
/// is drawn (pdftotext -raw).
QString pdfText(const QString& file, int first = 0, int last = 0);
/// The same with every run of white space, line breaks included, made one space.
QString pdfPlainText(const QString& file, int first = 0, int last = 0);

/// pdfinfo's fields ("Pages", "Title", "Creator", ...).
std::map<QString, QString> pdfInfo(const QString& file);
/// Every page's size in points, in order.
std::vector<QSizeF> pdfPageSizes(const QString& file);
/// The XMP metadata stream (pdfinfo -meta).
QString pdfMetadata(const QString& file);

struct PdfFont {
    QString name;
    QString type;
    bool embedded = false;
};
std::vector<PdfFont> pdfFonts(const QString& file);

struct PdfWord {
    int page = 0; ///< 1-based
    QString text;
    QRectF box; ///< in points, from the page's top left
};
/// Every word with its box (pdftotext -bbox).
std::vector<PdfWord> pdfWords(const QString& file);

/// A page as a reader's screen shows it (pdftoppm, antialiased), at `dpi`.
QImage pdfPageImage(const QString& file, int page, int dpi);

} // namespace orrery::test
