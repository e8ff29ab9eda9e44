// Commands that read survey files: import, import-codebook, import-published, preview.
#include "commands.h"

#include "publishedreader.h"
#include "readers/tablereader.h"
#include "respondentimporter.h"
#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {


QList<QCommandLineOption> readOptions()
{
    return {
        QCommandLineOption(QStringLiteral("encoding"), Cli::tr("Text encoding: utf-8 or windows-1252 (detected by default)."),
                           QStringLiteral("ENC")),
        QCommandLineOption(QStringLiteral("delimiter"), Cli::tr("Field delimiter: ';' ',' 'tab' or '|' (detected by default)."),
                           QStringLiteral("D")),
        QCommandLineOption(QStringLiteral("sheet"), Cli::tr("Excel sheet, by number (from 1) or name."),
                           QStringLiteral("N")),
    };
}

// Fills ReadOptions from the command line; false with a message when invalid.
bool toReadOptions(const CommandContext &context, ReadOptions *options, QString *message)
{
    const QCommandLineParser &p = context.parser;
    options->encoding = p.value(QStringLiteral("encoding"));
    const QString encoding = options->encoding.toLower().remove(QLatin1Char('-'));
    if (!encoding.isEmpty() && encoding != QLatin1String("utf8") && encoding != QLatin1String("windows1252")
        && encoding != QLatin1String("cp1252")) {
        *message = Cli::tr("unknown encoding \"%1\": expected utf-8 or windows-1252").arg(options->encoding);
        return false;
    }
    options->sheet = p.value(QStringLiteral("sheet"));
    const QString delimiter = p.value(QStringLiteral("delimiter"));
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        options->delimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1 && QStringLiteral(";,|\t").contains(delimiter.front()))
        options->delimiter = delimiter.front();
    else if (!delimiter.isEmpty()) {
        *message = Cli::tr("unknown delimiter \"%1\": expected ; , tab or |").arg(delimiter);
        return false;
    }
    return true;
}

int reportErrors(const CommandContext &context, const std::vector<ReadError> &errors, bool more,
                 const QString &hint = QString())
{
    for (const ReadError &e : errors)
        context.err << terminalSafe(e.toString()) << '\n';
    if (more)
        context.err << Cli::tr("(more errors not shown)") << '\n';
    if (!hint.isEmpty())
        context.err << hint << '\n';
    context.err << Cli::tr("Nothing was written to the store.") << '\n';
    context.err.flush();
    return ExitInvalidInput;
}

std::unique_ptr<TableReader> openReader(const CommandContext &context, const QString &path,
                                        const ReadOptions &options, std::vector<ReadError> *errors)
{
    ReadError error;
    std::unique_ptr<TableReader> reader = createTableReader(path, options, &error);
    if (!reader) {
        errors->push_back(error);
        return nullptr;
    }
    if (!reader->open()) {
        errors->push_back(reader->error());
        return nullptr;
    }
    Q_UNUSED(context);
    return reader;
}

} // namespace

QList<QCommandLineOption> importOptions()
{
    QList<QCommandLineOption> options = readOptions();
    options << QCommandLineOption(QStringLiteral("codebook"), Cli::tr("A codebook CSV whose questions are added first."),
                                  QStringLiteral("CSV"))
            << QCommandLineOption(QStringLiteral("year"), Cli::tr("The wave's year, when the file has no year column."),
                                  QStringLiteral("Y"))
            << QCommandLineOption(QStringLiteral("scope"), Cli::tr("The wave's scope (default: Hauts-de-France)."),
                                  QStringLiteral("S"), QStringLiteral("Hauts-de-France"))
            << QCommandLineOption(QStringLiteral("replace"), Cli::tr("Replace the wave of the same year and scope."))
            << QCommandLineOption(QStringLiteral("strata"),
                                  Cli::tr("The column holding the sample design's strata (bailleur for the landlord)."),
                                  QStringLiteral("COLUMN"))
            << QCommandLineOption(QStringLiteral("drop-columns"),
                                  Cli::tr("Columns not to import at all, comma-separated (columns that identify tenants)."),
                                  QStringLiteral("A,B"))
            << QCommandLineOption(QStringLiteral("keep-columns"),
                                  Cli::tr("Columns to keep although they identify tenants, comma-separated "
                                          "(recorded in the wave's notes)."),
                                  QStringLiteral("A,B"));
    return options;
}

int runImport(CommandContext &context)
{
    const QStringList args = context.arguments();
    if (args.size() != 1)
        return context.fail(ExitUsage, Cli::tr("import takes one file"));
    ImportOptions options;
    QString message;
    if (!toReadOptions(context, &options.read, &message))
        return context.fail(ExitUsage, message);
    const QCommandLineParser &p = context.parser;
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        const int year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1990 || year > 2100)
            return context.fail(ExitUsage, Cli::tr("--year: expected a year between 1990 and 2100"));
        options.year = year;
    }
    options.scope = p.value(QStringLiteral("scope")).trimmed();
    if (options.scope.isEmpty())
        return context.fail(ExitUsage, Cli::tr("--scope cannot be empty"));
    options.replace = p.isSet(QStringLiteral("replace"));
    options.strata = p.value(QStringLiteral("strata")).trimmed();
    if (p.isSet(QStringLiteral("strata")) && options.strata.isEmpty())
        return context.fail(ExitUsage, Cli::tr("--strata: expected a column of the file, e.g. --strata bailleur"));
    if (options.strata.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        options.strata.clear(); // as design --strata none
    const auto columnList = [&p](const QString &option) {
        QStringList names;
        for (const QString &value : p.values(option))
            for (const QString &name : value.split(QLatin1Char(',')))
                if (!name.trimmed().isEmpty())
                    names << name.trimmed();
        return names;
    };
    options.dropColumns = columnList(QStringLiteral("drop-columns"));
    options.keepColumns = columnList(QStringLiteral("keep-columns"));
    if (p.isSet(QStringLiteral("codebook"))) {
        std::vector<ReadError> errors;
        auto reader = openReader(context, p.value(QStringLiteral("codebook")), {}, &errors);
        if (reader) {
            Codebook codebook = Codebook::read(*reader, &errors);
            if (errors.empty())
                options.codebook = std::move(codebook);
        }
        if (!errors.empty())
            return reportErrors(context, errors, false);
    }

    RespondentImporter importer(*context.store);
    const ImportResult result = importer.run(args.front(), options);
    switch (result.status) {
    case ImportResult::Status::Imported:
        context.out << Cli::tr("Imported %1 as the wave %2 %3: %4 respondents, %5 questions, %6 segment columns%7.")
                           .arg(result.wave.sourceFile)
                           .arg(result.wave.year)
                           .arg(result.wave.scope)
                           .arg(result.wave.respondentCount)
                           .arg(result.mapping.questionHeaders().size())
                           .arg(result.mapping.segmentHeaders().size())
                           .arg(result.mapping.segmentHeaders().isEmpty()
                                    ? QString()
                                    : QLatin1String(" (") + result.mapping.segmentHeaders().join(QLatin1String(", "))
                                          + QLatin1Char(')'))
                    << '\n';
        if (!result.mapping.droppedHeaders().isEmpty())
            context.out << Cli::tr("Dropped without being read: %1.")
                               .arg(result.mapping.droppedHeaders().join(QLatin1String(", ")))
                        << '\n';
        if (!result.wave.notes.isEmpty())
            context.err << Cli::tr("Warning: %1").arg(result.wave.notes) << '\n';
        for (const QString &warning : result.warnings)
            context.err << Cli::tr("Warning: %1").arg(warning) << '\n';
        return ExitOk;
    case ImportResult::Status::InvalidFile: {
        QString hint;
        if (!result.identifiers.empty()) {
            QStringList names;
            for (const IdentifierColumn &c : result.identifiers)
                names << c.header;
            hint = Cli::tr("To import the file without them: --drop-columns \"%1\" (or --keep-columns to keep "
                           "one knowingly).")
                       .arg(names.join(QLatin1Char(',')));
        }
        return reportErrors(context, result.errors, result.moreErrors, hint);
    }
    case ImportResult::Status::AlreadyImported:
        return context.fail(ExitInvalidInput, result.message);
    case ImportResult::Status::NeedsReplacement:
        return context.fail(ExitInvalidInput, result.message + QLatin1String(" (--replace)"));
    case ImportResult::Status::Cancelled:
        return context.fail(ExitInvalidInput, result.message);
    case ImportResult::Status::StoreFailed:
        return context.fail(ExitStoreError, result.message);
    }
    return ExitStoreError;
}

int runImportCodebook(CommandContext &context)
{
    const QStringList args = context.arguments();
    if (args.size() != 1)
        return context.fail(ExitUsage, Cli::tr("import-codebook takes one file"));
    std::vector<ReadError> errors;
    auto reader = openReader(context, args.front(), {}, &errors);
    Codebook codebook;
    if (reader)
        codebook = Codebook::read(*reader, &errors);
    if (!errors.empty())
        return reportErrors(context, errors, false);
    if (!context.store->saveQuestions(codebook))
        return context.fail(ExitStoreError, context.store->error().message);
    context.out << Cli::tr("Saved %1 questions from %2.").arg(codebook.size()).arg(QFileInfo(args.front()).fileName())
                << '\n';
    return ExitOk;
}

int runImportPublished(CommandContext &context)
{
    const QStringList args = context.arguments();
    if (args.size() != 1)
        return context.fail(ExitUsage, Cli::tr("import-published takes one file"));
    std::vector<ReadError> errors;
    auto reader = openReader(context, args.front(), {}, &errors);
    QList<PublishedFigure> figures;
    if (reader)
        figures = readPublishedFigures(*reader, context.store->codebook(), &errors);
    if (!errors.empty())
        return reportErrors(context, errors, false);
    if (!context.store->savePublishedFigures(figures))
        return context.fail(ExitStoreError, context.store->error().message);
    context.out << Cli::tr("Saved %1 published figures from %2.").arg(figures.size()).arg(QFileInfo(args.front()).fileName())
                << '\n';
    return ExitOk;
}

QList<QCommandLineOption> previewOptions()
{
    QList<QCommandLineOption> options = readOptions();
    options << QCommandLineOption(QStringLiteral("rows"), Cli::tr("How many rows to show (default 10)."),
                                  QStringLiteral("N"), QStringLiteral("10"));
    return options;
}

int runPreview(CommandContext &context)
{
    const QStringList args = context.arguments();
    if (args.size() != 1)
        return context.fail(ExitUsage, Cli::tr("preview takes one file"));
    bool ok = false;
    const int rows = context.parser.value(QStringLiteral("rows")).toInt(&ok);
    if (!ok || rows < 0)
        return context.fail(ExitUsage, Cli::tr("--rows: expected a whole number"));
    ReadOptions options;
    QString message;
    if (!toReadOptions(context, &options, &message))
        return context.fail(ExitUsage, message);
    std::vector<ReadError> errors;
    auto reader = openReader(context, args.front(), options, &errors);
    if (!reader)
        return reportErrors(context, errors, false);

    QJsonArray header;
    for (int c = 0; c < reader->header().size(); ++c)
        header.append(reader->header().text(c));
    QJsonArray rowArray;
    Record record;
    while (rowArray.size() < rows && reader->next(record)) {
        QJsonArray row;
        for (int c = 0; c < record.size(); ++c)
            row.append(record.text(c));
        rowArray.append(row);
    }
    if (!reader->error().isNull())
        return reportErrors(context, {reader->error()}, false);

    const QString delimiter = reader->delimiterName() == QLatin1String("\\t") ? QStringLiteral("\t")
                                                                             : reader->delimiterName();
    if (context.format == Output::Format::Json) {
        QJsonObject object{{QStringLiteral("encoding"), reader->encodingName()},
                           {QStringLiteral("delimiter"), delimiter},
                           {QStringLiteral("header"), header},
                           {QStringLiteral("rows"), rowArray}};
        if (!reader->sheetName().isEmpty())
            object.insert(QStringLiteral("sheet"), reader->sheetName());
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (context.format == Output::Format::Table) {
        context.out << Cli::tr("encoding: %1").arg(reader->encodingName()) << '\n';
        if (!reader->delimiterName().isEmpty())
            context.out << Cli::tr("delimiter: %1").arg(reader->delimiterName()) << '\n';
        if (!reader->sheetName().isEmpty())
            context.out << Cli::tr("sheet: %1").arg(reader->sheetName()) << '\n';
    }
    QList<Output::Column> columns;
    for (const QJsonValue &h : header)
        columns << Output::Column{h.toString(), Output::Kind::Text};
    Output output(columns);
    for (const QJsonValue &row : rowArray) {
        QVariantList values;
        for (const QJsonValue &cell : row.toArray())
            values << cell.toString();
        output.addRow(values);
    }
    output.write(context.out, context.format, context.locale);
    return ExitOk;
}
