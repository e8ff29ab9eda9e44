#include "marginsreader.h"

#include "raking.h"
#include "readers/textreader.h"
#include "textkey.h"
#include "valueparsers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace {

struct MarginsReader
{
    Q_DECLARE_TR_FUNCTIONS(MarginsReader)
};

std::optional<Margins> fail(ReadError *error, const QString &file, qint64 line, int column, const QString &message)
{
    if (error)
        *error = {file, line, column, message};
    return std::nullopt;
}

} // namespace

std::optional<Margins> readMarginsFile(const QString &path, ReadError *error)
{
    Margins margins;
    margins.fileName = QFileInfo(path).fileName();
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(error, path, 0, 0, MarginsReader::tr("cannot read the file: %1").arg(file.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        margins.sha256 = QString::fromLatin1(hash.result().toHex());
    }
    TextReader reader(path, ReadOptions{});
    if (!reader.open()) {
        ReadError e = reader.error();
        e.file = path;
        if (error)
            *error = e;
        return std::nullopt;
    }
    const char *const names[3] = {"variable", "value", "count"};
    int columnOf[3] = {-1, -1, -1};
    QStringList found;
    const Record &header = reader.header();
    for (int c = 0; c < header.size(); ++c) {
        found << header.text(c);
        for (int f = 0; f < 3; ++f)
            if (headerKey(header.text(c)) == headerKey(QString::fromLatin1(names[f])))
                columnOf[f] = c;
    }
    for (int f = 0; f < 3; ++f)
        if (columnOf[f] < 0)
            return fail(error, path, 1, 0, MarginsReader::tr("required column \"%1\" is missing; the header has: %2")
                                               .arg(QString::fromLatin1(names[f]), found.join(QLatin1String(", "))));

    Record record;
    while (reader.next(record)) {
        if (record.isBlank())
            continue;
        const auto cell = [&](int f) { return columnOf[f] < record.size() ? record.at(columnOf[f]).trimmed() : QByteArrayView(); };
        const qint64 line = record.line;
        const QString variable = QString::fromUtf8(cell(0));
        if (variable.isEmpty())
            return fail(error, path, line, columnOf[0] + 1,
                        MarginsReader::tr("empty variable: expected bailleur, qpv or a segment column"));
        QString value = QString::fromUtf8(cell(1));
        if (headerKey(variable) == QLatin1String("qpv")) {
            const std::optional<bool> qpv = parseQpv(cell(1));
            if (!qpv)
                return fail(error, path, line, columnOf[1] + 1,
                            MarginsReader::tr("qpv value \"%1\": expected 1 or 0").arg(value));
            value = *qpv ? QStringLiteral("1") : QStringLiteral("0");
        }
        const std::optional<double> count = parseDecimal(cell(2));
        if (!count || !std::isfinite(*count) || *count <= 0)
            return fail(error, path, line, columnOf[2] + 1,
                        MarginsReader::tr("count \"%1\": expected a number above 0")
                            .arg(QString::fromUtf8(cell(2))));
        MarginVariable *target = nullptr;
        for (MarginVariable &v : margins.variables)
            if (headerKey(v.variable) == headerKey(variable))
                target = &v;
        if (!target) {
            margins.variables.push_back({headerKey(variable) == QLatin1String("qpv") ? QStringLiteral("qpv")
                                         : headerKey(variable) == QLatin1String("bailleur") ? QStringLiteral("bailleur")
                                                                                             : variable,
                                         {}, {}, {}});
            target = &margins.variables.back();
        }
        if (const qsizetype before = target->values.indexOf(value); before >= 0)
            return fail(error, path, line, columnOf[1] + 1,
                        MarginsReader::tr("%1 = \"%2\" is already given on line %3")
                            .arg(variable, value).arg(target->lines[std::size_t(before)]));
        target->values << value;
        target->counts.push_back(*count);
        target->lines.push_back(line);
    }
    if (!reader.error().isNull()) {
        ReadError e = reader.error();
        e.file = path;
        if (error)
            *error = e;
        return std::nullopt;
    }
    QString message;
    if (!checkMargins(margins, &message))
        return fail(error, path, 0, 0, message);
    return margins;
}
