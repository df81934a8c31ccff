#include "poppler.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace orrery::test {

namespace {

/// Runs a poppler tool and returns what it printed; fails the test if it cannot run.
QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        FAIL(program.toStdString() +
             " did not run (poppler-utils installed?): " + process.errorString().toStdString());
    }
    INFO(program.toStdString() + " " + arguments.join(QLatin1Char(' ')).toStdString() + ": " +
         QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList pageRange(int first, int last) {
    QStringList arguments;
    if (first > 0) {
        arguments << QStringLiteral("-f") << QString::number(first);
    }
    if (last > 0) {
        arguments << QStringLiteral("-l") << QString::number(last);
    }
    return arguments;
}

} // namespace

QString pdfText(const QString& file, int first, int last) {
    return run(QStringLiteral("pdftotext"),
               QStringList{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")}
                   << pageRange(first, last) << file << QStringLiteral("-"));
}

QString pdfPlainText(const QString& file, int first, int last) {
    return pdfText(file, first, last).simplified();
}

std::map<QString, QString> pdfInfo(const QString& file) {
    std::map<QString, QString> fields;
    const QString output = run(QStringLiteral("pdfinfo"), {file});
    for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            fields[line.left(colon).trimmed()] = line.mid(colon + 1).trimmed();
        }
    }
    return fields;
}

std::vector<QSizeF> pdfPageSizes(const QString& file) {
    const int pages = pdfInfo(file).at(QStringLiteral("Pages")).toInt();
    const QString output = run(QStringLiteral("pdfinfo"),
                               QStringList{QStringLiteral("-f"), QStringLiteral("1"),
                                           QStringLiteral("-l"), QString::number(pages), file});
    static const QRegularExpression size(
        QStringLiteral(R"(^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts)"),
        QRegularExpression::MultilineOption);
    std::vector<QSizeF> sizes;
    for (auto match = size.globalMatch(output); match.hasNext();) {
        const auto found = match.next();
        sizes.emplace_back(found.captured(1).toDouble(), found.captured(2).toDouble());
    }
    return sizes;
}

QString pdfMetadata(const QString& file) {
    return run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), file});
}

std::vector<PdfFont> pdfFonts(const QString& file) {
    // name type encoding emb sub uni object ID; the name has no spaces, the type may.
    const QStringList lines =
        run(QStringLiteral("pdffonts"), {file}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    std::vector<PdfFont> fonts;
    static const QRegularExpression row(
        QStringLiteral(R"(^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$)"));
    for (const QString& line : lines.mid(2)) {
        const auto match = row.match(line);
        REQUIRE(match.hasMatch());
        fonts.push_back(
            {match.captured(1), match.captured(2), match.captured(4) == QStringLiteral("yes")});
    }
    return fonts;
}

std::vector<PdfWord> pdfWords(const QString& file) {
    const QString xhtml =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), file, QStringLiteral("-")});
    std::vector<PdfWord> words;
    QXmlStreamReader reader(xhtml);
    int page = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (reader.name() == QLatin1String("page")) {
            ++page;
        } else if (reader.name() == QLatin1String("word")) {
            const auto attributes = reader.attributes();
            const auto number = [&](const char* name) {
                return attributes.value(QLatin1String(name)).toDouble();
            };
            const QRectF box(QPointF(number("xMin"), number("yMin")),
                             QPointF(number("xMax"), number("yMax")));
            words.push_back({page, reader.readElementText(), box});
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return words;
}

QImage pdfPageImage(const QString& file, int page, int dpi) {
    const QString stem = file + QStringLiteral(".page");
    run(QStringLiteral("pdftoppm"),
        QStringList{QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-r"),
                    QString::number(dpi)}
            << pageRange(page, page) << file << stem);
    QImage image(stem + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image;
}

} // namespace orrery::test
