// Tests of RespondentImporter against the file contract (survey-files.md §1):
// every accepted variation of a respondent file stores the same wave, and
// every bad file is refused with its line and column, leaving the store as
// it was.
#include "readers/textreader.h"
#include "respondentimporter.h"
#include "store.h"
#include "wavesummary.h"

#include <QFile>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <readstat.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace {

enum class Encoding { Utf8, Utf8Bom, Windows1252 };

// The canonical wave: 0 means no answer.
struct Respondent
{
    const char *id;
    const char *landlord;
    bool qpv;
    double weight;
    int q01, q02, q03; // satisfaction4
    int q30;           // single: option position 1..4
    int q31;           // yes/no: 1 yes, 2 no
    const char *departement;
    const char *residence;
};

const Respondent Respondents[] = {
    {"R001", "Logis Métropole", true, 1.25, 1, 2, 3, 1, 1, "59", "Lille; Hellemmes, Lomme | Sud"},
    {"R002", "Hénin Habitat", false, 0.75, 2, 4, 0, 3, 2, "62", "Résidence \"Les Tilleuls\""},
    {"R003", "Cœur d'Opale Habitat", true, 2.0, 3, 1, 2, 0, 0, "62", "Bâtiment A\nescalier 2"},
    {"R004", "Logis Métropole", false, 1.0, 4, 0, 1, 2, 1, "59", "Les Épis"},
    {"R005", "Hénin Habitat", false, 0.5, 0, 3, 4, 4, 2, "80", ""},
    {"R006", "Logis Métropole", true, 1.5, 1, 2, 0, 1, 1, "59", "Les Épis"},
};
constexpr int RespondentCount = int(std::size(Respondents));

const QStringList SatisfactionLabels = {QString(), QStringLiteral("Tout à fait satisfait"),
                                        QStringLiteral("Plutôt satisfait"), QStringLiteral("Plutôt pas satisfait"),
                                        QStringLiteral("Pas du tout satisfait")};
const QStringList Q30Labels = {QString(), QStringLiteral("Papier"), QStringLiteral("Papier et numérique selon le sujet"),
                               QStringLiteral("Numérique uniquement"), QStringLiteral("Sans préférence")};

/// How one respondent file writes the canonical wave.
struct Variant
{
    QString suffix = QStringLiteral("csv");
    Encoding encoding = Encoding::Utf8;
    char delimiter = ';';
    QByteArray eol = "\n";
    int trailingEmptyLines = 0;
    int trailingEmptyRows = 0;      ///< ";;;;" lines, as spreadsheets export them
    bool quoteAll = false;
    bool decimalComma = false;
    QStringList satisfaction;        ///< labels by code; empty: codes
    QString noAnswer;
    QString qpvYes = QStringLiteral("1"), qpvNo = QStringLiteral("0");
    QString yes = QStringLiteral("1"), no = QStringLiteral("2");
    bool singleByLabel = false;
    QStringList roles = {QStringLiteral("id"), QStringLiteral("annee"), QStringLiteral("bailleur"),
                         QStringLiteral("qpv"), QStringLiteral("poids")};
    bool withWeight = true;
    bool withYear = true;
    ReadOptions read;
};

QByteArray toWindows1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
            out += char(u);
        else if (u == 0x0153)
            out += '\x9C'; // œ
        else if (u == 0x0152)
            out += '\x8C'; // Œ
        else if (u == 0x2019)
            out += '\x92'; // ’
        else
            qFatal("no Windows-1252 byte for U+%04X", unsigned(u));
    }
    return out;
}

QByteArray encoded(const QString &text, Encoding encoding)
{
    return encoding == Encoding::Windows1252 ? toWindows1252(text) : text.toUtf8();
}

QStringList headerOf(const Variant &v)
{
    QStringList header = {v.roles[0]};
    if (v.withYear)
        header << v.roles[1];
    header << v.roles[2] << v.roles[3];
    if (v.withWeight)
        header << v.roles[4];
    header << QStringLiteral("Q01") << QStringLiteral("Q02") << QStringLiteral("Q03") << QStringLiteral("Q30")
           << QStringLiteral("Q31") << QStringLiteral("departement") << QStringLiteral("residence");
    return header;
}

QStringList cellsOf(const Respondent &r, const Variant &v)
{
    const auto satisfaction = [&](int code) {
        return code == 0 ? v.noAnswer : v.satisfaction.isEmpty() ? QString::number(code) : v.satisfaction[code];
    };
    QStringList cells = {QString::fromUtf8(r.id)};
    if (v.withYear)
        cells << QStringLiteral("2023");
    cells << QString::fromUtf8(r.landlord) << (r.qpv ? v.qpvYes : v.qpvNo);
    if (v.withWeight) {
        QString weight = QString::number(r.weight, 'g', 10);
        cells << (v.decimalComma ? weight.replace(QLatin1Char('.'), QLatin1Char(',')) : weight);
    }
    cells << satisfaction(r.q01) << satisfaction(r.q02) << satisfaction(r.q03)
          << (r.q30 == 0 ? v.noAnswer : v.singleByLabel ? Q30Labels[r.q30] : QString::number(r.q30))
          << (r.q31 == 0 ? v.noAnswer : r.q31 == 1 ? v.yes : v.no)
          << QString::fromUtf8(r.departement) << QString::fromUtf8(r.residence);
    return cells;
}

QByteArray textLine(const QStringList &cells, const Variant &v)
{
    QByteArrayList fields;
    for (const QString &cell : cells) {
        QByteArray bytes = encoded(cell, v.encoding);
        if (v.quoteAll || bytes.contains(v.delimiter) || bytes.contains('"') || bytes.contains('\n')
            || bytes.contains('\r'))
            bytes = '"' + bytes.replace("\"", "\"\"") + '"';
        fields << bytes;
    }
    return fields.join(v.delimiter) + v.eol;
}

bool writeText(const QString &path, const Variant &v)
{
    QByteArray bytes = v.encoding == Encoding::Utf8Bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += textLine(headerOf(v), v);
    for (const Respondent &r : Respondents)
        bytes += textLine(cellsOf(r, v), v);
    for (int i = 0; i < v.trailingEmptyRows; ++i)
        bytes += QByteArray(headerOf(v).size() - 1, v.delimiter) + v.eol;
    for (int i = 0; i < v.trailingEmptyLines; ++i)
        bytes += v.eol;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Numbers as numbers (codes 1.0, 2.0…), text as shared strings.
bool writeXlsx(const QString &path, const Variant &v)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Enquête 2023");
    const QStringList header = headerOf(v);
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header[c].toUtf8().constData(), nullptr);
    for (int i = 0; i < RespondentCount; ++i) {
        const Respondent &r = Respondents[i];
        const lxw_row_t row = lxw_row_t(i + 1);
        lxw_col_t c = 0;
        const auto number = [&](double value) {
            if (value != 0)
                worksheet_write_number(sheet, row, c, value, nullptr);
            ++c;
        };
        const auto text = [&](const char *value) {
            if (*value)
                worksheet_write_string(sheet, row, c, value, nullptr);
            ++c;
        };
        text(r.id);
        number(2023.0);
        text(r.landlord);
        worksheet_write_number(sheet, row, c++, r.qpv ? 1.0 : 0.0, nullptr);
        number(r.weight);
        for (int code : {r.q01, r.q02, r.q03, r.q30, r.q31})
            number(code);
        number(QByteArray(r.departement).toDouble());
        text(r.residence);
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

ssize_t writeToFile(const void *data, size_t length, void *context)
{
    return ssize_t(static_cast<QFile *>(context)->write(static_cast<const char *>(data), qint64(length)));
}

// Codes with value labels; no answer as 9 ("NSP") for satisfaction, as
// system-missing for the others.
bool writeSav(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    readstat_writer_t *writer = readstat_writer_init();
    readstat_set_data_writer(writer, &writeToFile);
    readstat_label_set_t *satisfaction = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "satisfaction");
    for (int code = 1; code <= 4; ++code)
        readstat_label_double_value(satisfaction, code, SatisfactionLabels[code].toUtf8().constData());
    readstat_label_double_value(satisfaction, 9, "NSP");
    readstat_label_set_t *support = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "support");
    for (int code = 1; code <= 4; ++code)
        readstat_label_double_value(support, code, Q30Labels[code].toUtf8().constData());
    readstat_label_set_t *ouiNon = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "ouinon");
    readstat_label_double_value(ouiNon, 1, "Oui");
    readstat_label_double_value(ouiNon, 2, "Non");

    const auto variable = [&](const char *name, readstat_type_t type, size_t width = 0,
                              readstat_label_set_t *labels = nullptr) {
        readstat_variable_t *v = readstat_add_variable(writer, name, type, width);
        if (labels)
            readstat_variable_set_label_set(v, labels);
        return v;
    };
    readstat_variable_t *id = variable("id", READSTAT_TYPE_STRING, 8);
    readstat_variable_t *annee = variable("annee", READSTAT_TYPE_DOUBLE);
    readstat_variable_t *bailleur = variable("bailleur", READSTAT_TYPE_STRING, 64);
    readstat_variable_t *qpv = variable("qpv", READSTAT_TYPE_DOUBLE);
    readstat_variable_t *poids = variable("poids", READSTAT_TYPE_DOUBLE);
    readstat_variable_t *q[3] = {variable("Q01", READSTAT_TYPE_DOUBLE, 0, satisfaction),
                                 variable("Q02", READSTAT_TYPE_DOUBLE, 0, satisfaction),
                                 variable("Q03", READSTAT_TYPE_DOUBLE, 0, satisfaction)};
    readstat_variable_t *q30 = variable("Q30", READSTAT_TYPE_DOUBLE, 0, support);
    readstat_variable_t *q31 = variable("Q31", READSTAT_TYPE_DOUBLE, 0, ouiNon);
    readstat_variable_t *departement = variable("departement", READSTAT_TYPE_STRING, 8);
    readstat_variable_t *residence = variable("residence", READSTAT_TYPE_STRING, 64);

    bool ok = readstat_begin_writing_sav(writer, &file, RespondentCount) == READSTAT_OK;
    const auto number = [&](readstat_variable_t *v, double value, bool missing = false) {
        ok = ok && (missing ? readstat_insert_missing_value(writer, v)
                            : readstat_insert_double_value(writer, v, value)) == READSTAT_OK;
    };
    const auto string = [&](readstat_variable_t *v, const char *value) {
        ok = ok && readstat_insert_string_value(writer, v, value) == READSTAT_OK;
    };
    for (const Respondent &r : Respondents) {
        ok = ok && readstat_begin_row(writer) == READSTAT_OK;
        string(id, r.id);
        number(annee, 2023);
        string(bailleur, r.landlord);
        number(qpv, r.qpv ? 1 : 0);
        number(poids, r.weight);
        const int codes[3] = {r.q01, r.q02, r.q03};
        for (int i = 0; i < 3; ++i)
            number(q[i], codes[i] == 0 ? 9 : codes[i]);
        number(q30, r.q30, r.q30 == 0);
        number(q31, r.q31, r.q31 == 0);
        string(departement, r.departement);
        string(residence, r.residence);
        ok = ok && readstat_end_row(writer) == READSTAT_OK;
    }
    ok = ok && readstat_end_writing(writer) == READSTAT_OK;
    readstat_writer_free(writer);
    return ok;
}

bool writeSurvey(const QString &path, const Variant &v)
{
    if (v.suffix == QLatin1String("xlsx"))
        return writeXlsx(path, v);
    if (v.suffix == QLatin1String("sav"))
        return writeSav(path);
    return writeText(path, v);
}

// Rows of cells as a workbook: numbers as numbers, other text as strings.
bool writeXlsxRows(const QString &path, const QList<QByteArrayList> &rows)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            bool number = false;
            const double value = rows[r][c].toDouble(&number);
            if (number && r > 0)
                worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), value, nullptr);
            else if (!rows[r][c].isEmpty())
                worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), rows[r][c].constData(), nullptr);
        }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

// Rows of cells as an SPSS file: a column of numbers is numeric, others strings.
bool writeSavRows(const QString &path, const QList<QByteArrayList> &rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    readstat_writer_t *writer = readstat_writer_init();
    readstat_set_data_writer(writer, &writeToFile);
    std::vector<bool> numeric;
    for (int c = 0; c < rows[0].size(); ++c) {
        bool allNumbers = true;
        for (int r = 1; r < rows.size(); ++r) {
            bool ok = false;
            rows[r][c].toDouble(&ok);
            allNumbers = allNumbers && ok;
        }
        numeric.push_back(allNumbers);
        readstat_add_variable(writer, rows[0][c].constData(), allNumbers ? READSTAT_TYPE_DOUBLE : READSTAT_TYPE_STRING,
                              allNumbers ? 0 : 64);
    }
    bool ok = readstat_begin_writing_sav(writer, &file, long(rows.size() - 1)) == READSTAT_OK;
    for (int r = 1; r < rows.size(); ++r) {
        ok = ok && readstat_begin_row(writer) == READSTAT_OK;
        for (int c = 0; c < rows[r].size(); ++c) {
            readstat_variable_t *variable = readstat_get_variable(writer, c);
            ok = ok && (numeric[std::size_t(c)] ? readstat_insert_double_value(writer, variable, rows[r][c].toDouble())
                                                : readstat_insert_string_value(writer, variable, rows[r][c].constData()))
                           == READSTAT_OK;
        }
        ok = ok && readstat_end_row(writer) == READSTAT_OK;
    }
    ok = ok && readstat_end_writing(writer) == READSTAT_OK;
    readstat_writer_free(writer);
    return ok;
}

QList<QByteArrayList> cellsOf(const QByteArray &csv)
{
    QList<QByteArrayList> rows;
    for (const QByteArray &line : csv.split('\n'))
        if (!line.isEmpty())
            rows << line.split(';');
    return rows;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const WaveData::AnswerColumn *answersOf(const WaveData &data, const QString &code)
{
    for (const WaveData::AnswerColumn &a : data.answers)
        if (a.code == code)
            return &a;
    return nullptr;
}

const WaveData::SegmentColumn *segmentOf(const WaveData &data, const QString &name)
{
    for (const WaveData::SegmentColumn &s : data.segments)
        if (s.name == name)
            return &s;
    return nullptr;
}

// Everything the store holds, row by row, blobs in hex: equal dumps mean
// that nothing was written.
QStringList dump(const Store &store)
{
    QStringList lines;
    QStringList tables = store.database().tables();
    tables.sort();
    for (const QString &table : tables) {
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            return {QStringLiteral("cannot read ") + table};
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                cells << (value.typeId() == QMetaType::QByteArray ? QString::fromLatin1(value.toByteArray().toHex())
                                                                  : value.toString());
            }
            rows << table + QLatin1String(": ") + cells.join(QLatin1Char('|'));
        }
        rows.sort();
        lines << table + QLatin1String(" rows: ") + QString::number(rows.size()) << rows;
    }
    return lines;
}

QStringList describe(const QList<WaveInfo> &waves)
{
    QStringList list;
    for (const WaveInfo &w : waves)
        list << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                    .arg(w.id).arg(w.year).arg(w.scope, w.sourceFile, w.sha256)
                    .arg(w.respondentCount).arg(w.importedAt.toString(Qt::ISODate));
    return list;
}

QStringList describe(const Codebook &codebook)
{
    QStringList list;
    for (const Question &q : codebook.questions()) {
        QStringList options;
        for (const QuestionOption &o : q.options)
            options << o.code + QLatin1Char('=') + o.labelFr;
        list << QStringList{q.code, q.theme, q.labelFr, q.labelEn, questionTypeName(q.type), q.parent,
                            q.isGlobal ? QStringLiteral("global") : QString(), options.join(QLatin1Char('|'))}
                    .join(QLatin1Char(';'));
    }
    return list;
}

// A small valid file: header on line 1, R1 on line 2 … R4 on line 5.
// Columns: id 1, annee 2, bailleur 3, qpv 4, poids 5, Q01 6, Q02 7, Q30 8, Q31 9, departement 10.
const QByteArray BadBase = "id;annee;bailleur;qpv;poids;Q01;Q02;Q30;Q31;departement\n"
                           "R1;2023;OPH A;1;1;1;2;1;1;59\n"
                           "R2;2023;OPH B;0;1,5;2;3;2;2;62\n"
                           "R3;2023;OPH A;0;1;3;4;3;1;59\n"
                           "R4;2023;OPH B;1;2;4;1;4;2;80\n";

/// BadBase with the cell at (line, column), both 1-based, replaced.
QByteArray withCell(int line, int column, const QByteArray &value, QByteArray base = BadBase)
{
    QByteArrayList lines = base.split('\n');
    QByteArrayList cells = lines[line - 1].split(';');
    cells[column - 1] = value;
    lines[line - 1] = cells.join(';');
    return lines.join('\n');
}

QByteArray rows(int count, int firstBad = -1, int year = 2023)
{
    QByteArray bytes = "id;annee;bailleur;qpv;Q01\n";
    for (int i = 0; i < count; ++i)
        bytes += "T" + QByteArray::number(i) + ";" + QByteArray::number(year) + ";OPH " + QByteArray::number(i % 3) + ";" + QByteArray::number(i % 2)
                 + ";" + (firstBad >= 0 && i >= firstBad ? "7" : QByteArray::number(1 + i % 4)) + "\n";
    return bytes;
}

// A wave of several chunks: landlords first appear out of alphabetical order,
// one landlord and one segment value appear only in the last chunk, and
// duplicateOf >= 0 gives the last respondent the id of that row.
QByteArray chunkedFile(int count, int duplicateOf = -1)
{
    QByteArray bytes = "id;annee;bailleur;qpv;poids;Q01;Q30;departement\n";
    const char *const landlords[] = {"OPH C", "OPH A", "OPH B"};
    for (int i = 0; i < count; ++i) {
        const bool late = i >= 2 * RespondentChunkSize && i % 5 == 0;
        const int q01 = (i * 7) % 5, q30 = (i * 3) % 5;
        bytes += "C" + QByteArray::number(i == count - 1 && duplicateOf >= 0 ? duplicateOf : i) + ";2023;"
                 + (late ? QByteArray("AAA Tardif") : QByteArray(landlords[i % 3])) + ";" + QByteArray::number(i % 2)
                 + ";" + (i % 4 == 0 ? "1,5" : "0.5") + ";" + (q01 ? QByteArray::number(q01) : QByteArray()) + ";"
                 + (q30 ? QByteArray::number(q30) : QByteArray()) + ";" + (late ? "80" : i % 2 ? "62" : "59") + "\n";
    }
    return bytes;
}

const QByteArray Baseline = "id;annee;bailleur;qpv;Q01\nB1;2020;OPH A;1;1\nB2;2020;OPH B;0;2\n";

} // namespace

Q_DECLARE_METATYPE(Variant)

class TestRespondentImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void variations_data();
    void variations();
    void unknownColumnsAreSegments();
    void badFile_data();
    void badFile();
    void badContainer_data();
    void badContainer();
    void errorsSortedByLine();
    void duplicateIdsNameTheFirstLine();
    void errorsCapped_data();
    void errorsCapped();
    void alreadyImported_data();
    void alreadyImported();
    void replaceWave();
    void otherScopeIsAnotherWave();
    void cancelled_data();
    void cancelled();
    void progressReachesTheEnd();
    void hostileNames_data();
    void hostileNames();
    void noAnswerFormsDefinedAsOptions_data();
    void noAnswerFormsDefinedAsOptions();
    void codebookWithTheImport_data();
    void codebookWithTheImport();
    void chunkedWave();
    void chunkedWaveRefused_data();
    void chunkedWaveRefused();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    ImportResult import(const QString &file, ImportOptions options = {});
    QString write(const QString &name, const QByteArray &bytes);
    void snapshot();
    void verifyUnchanged();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_baselineId = 0;
    QStringList m_dump, m_waves, m_codebook;
};

void TestRespondentImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(path(QStringLiteral("store.sqlite"))), qPrintable(m_store->error().message));
    // Every test starts from a store that already holds a wave, so that
    // "unchanged" also means "the existing wave is untouched".
    const ImportResult baseline = import(write(QStringLiteral("baseline_2020.csv"), Baseline));
    QCOMPARE(baseline.status, ImportResult::Status::Imported);
    m_baselineId = baseline.wave.id;
}

void TestRespondentImport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

ImportResult TestRespondentImport::import(const QString &file, ImportOptions options)
{
    RespondentImporter importer(*m_store);
    return importer.run(file, options);
}

QString TestRespondentImport::write(const QString &name, const QByteArray &bytes)
{
    const QString file = path(name);
    if (!writeBytes(file, bytes))
        qFatal("cannot write %s", qPrintable(file));
    return file;
}

void TestRespondentImport::snapshot()
{
    m_dump = dump(*m_store);
    m_waves = describe(m_store->waves());
    m_codebook = describe(m_store->codebook());
    QVERIFY(m_dump.size() > 10);
    QCOMPARE(m_waves.size(), 1);
}

void TestRespondentImport::verifyUnchanged()
{
    QCOMPARE(describe(m_store->waves()), m_waves);
    QCOMPARE(describe(m_store->codebook()), m_codebook);
    QCOMPARE(dump(*m_store), m_dump);
    QVERIFY(!m_store->waveByYearAndScope(2023, QStringLiteral("Hauts-de-France")));
}

// ---------------------------------------------------------------------------

void TestRespondentImport::variations_data()
{
    QTest::addColumn<Variant>("variant");
    QTest::addColumn<QString>("encodingName");
    QTest::addColumn<QString>("delimiterName");

    const Variant base;
    const auto row = [](const char *name, const Variant &v, const char *encoding = "utf-8",
                        const char *delimiter = ";") {
        QTest::newRow(name) << v << QString::fromLatin1(encoding) << QString::fromLatin1(delimiter);
    };
    row("utf-8, semicolon, LF, codes", base);
    Variant v = base;
    v.encoding = Encoding::Utf8Bom;
    row("utf-8 with BOM", v, "utf-8-bom");
    v = base;
    v.encoding = Encoding::Windows1252;
    row("windows-1252 detected", v, "windows-1252");
    v.satisfaction = SatisfactionLabels;
    v.singleByLabel = true;
    v.noAnswer = QStringLiteral("Non concerné");
    row("windows-1252 labels and no-answer label", v, "windows-1252");
    v = base;
    v.encoding = Encoding::Windows1252;
    v.read.encoding = QStringLiteral("windows-1252");
    row("windows-1252 forced", v, "windows-1252");

    v = base;
    v.delimiter = ',';
    v.decimalComma = true; // "1,25" then needs quotes
    row("comma delimiter, decimal comma quoted", v, "utf-8", ",");
    v = base;
    v.delimiter = '\t';
    v.suffix = QStringLiteral("tsv");
    row("tab delimiter", v, "utf-8", "\\t");
    v = base;
    v.delimiter = '|';
    v.suffix = QStringLiteral("txt");
    row("pipe delimiter", v, "utf-8", "|");
    v.read.delimiter = QLatin1Char('|');
    row("pipe delimiter forced", v, "utf-8", "|");

    v = base;
    v.quoteAll = true;
    row("every field quoted", v);
    v = base;
    v.eol = "\r\n";
    row("CRLF", v);
    v.trailingEmptyLines = 3;
    row("CRLF, trailing empty lines", v);
    v = base;
    v.trailingEmptyLines = 2;
    row("LF, trailing empty lines", v);
    v = base;
    v.eol = "\r\n";
    v.trailingEmptyRows = 3;
    v.encoding = Encoding::Windows1252;
    row("trailing rows of empty cells, as Excel saves a CSV", v, "windows-1252");
    v.delimiter = ',';
    v.decimalComma = true;
    v.trailingEmptyLines = 1;
    row("trailing rows of empty cells, comma", v, "windows-1252", ",");
    v = base;
    v.decimalComma = true;
    row("decimal comma", v);

    v = base;
    v.satisfaction = SatisfactionLabels;
    row("labels", v);
    v.satisfaction = QStringList{QString(), QStringLiteral("TOUT À FAIT SATISFAIT"), QStringLiteral("PLUTÔT SATISFAIT"),
                                 QStringLiteral("PLUTÔT PAS SATISFAIT"), QStringLiteral("PAS DU TOUT SATISFAIT")};
    row("labels upper case", v);
    v.satisfaction = QStringList{QString(), QStringLiteral("tout a fait satisfait"), QStringLiteral("plutot satisfait"),
                                 QStringLiteral("plutot pas satisfait"), QStringLiteral("pas du tout satisfait")};
    row("labels lower case without accents", v);
    v.satisfaction = QStringList{QString(), QStringLiteral("Très satisfait"), QStringLiteral("  Plutôt   satisfait "),
                                 QStringLiteral("Plutôt pas satisfait"), QStringLiteral("Pas du tout satisfait")};
    row("labels Très satisfait and extra spaces", v);

    for (const char *form : {"9", "99", "NSP", "Ne sait pas", "Non concerné", "Sans objet", "Refus", "nsp",
                             "NON CONCERNE"}) {
        v = base;
        v.noAnswer = QString::fromUtf8(form);
        QTest::newRow(qPrintable(QStringLiteral("no answer as \"%1\"").arg(v.noAnswer)))
            << v << QStringLiteral("utf-8") << QStringLiteral(";");
    }

    const std::pair<const char *, const char *> yesNo[] = {{"oui", "non"}, {"yes", "no"}, {"OUI", "Non"}};
    for (const auto &[yes, no] : yesNo) {
        v = base;
        v.yes = QString::fromLatin1(yes);
        v.no = QString::fromLatin1(no);
        QTest::newRow(qPrintable(QStringLiteral("yes/no as %1/%2").arg(v.yes, v.no)))
            << v << QStringLiteral("utf-8") << QStringLiteral(";");
    }
    v = base;
    v.singleByLabel = true;
    row("single choice by label", v);

    const std::pair<const char *, const char *> qpv[] = {{"oui", "non"}, {"yes", "no"}, {"true", "false"},
                                                         {"QPV", "hors QPV"}, {"Oui", "NON"}, {"TRUE", "Hors QPV"}};
    for (const auto &[yes, no] : qpv) {
        v = base;
        v.qpvYes = QString::fromLatin1(yes);
        v.qpvNo = QString::fromLatin1(no);
        QTest::newRow(qPrintable(QStringLiteral("qpv as %1/%2").arg(v.qpvYes, v.qpvNo)))
            << v << QStringLiteral("utf-8") << QStringLiteral(";");
    }

    v = base;
    v.roles = {QStringLiteral("id_repondant"), QStringLiteral("Année"), QStringLiteral("ORGANISME"),
               QStringLiteral("Quartier Prioritaire"), QStringLiteral("coef_redressement")};
    row("header synonyms with accents, case and spaces", v);
    v.encoding = Encoding::Windows1252;
    v.roles[4] = QStringLiteral("Pondération");
    row("header synonyms in windows-1252", v, "windows-1252");
    v = base;
    v.roles = {QStringLiteral("Respondent_ID"), QStringLiteral("YEAR"), QStringLiteral("Landlord"),
               QStringLiteral("quartier_prioritaire"), QStringLiteral("Pondération")};
    row("english header synonyms", v);
    v.roles = {QStringLiteral("NUM"), QStringLiteral("Vague"), QStringLiteral(" Bailleur "), QStringLiteral("Q P V"),
               QStringLiteral("COEF")};
    row("short header synonyms", v);
    v.roles = {QStringLiteral("Id Répondant"), QStringLiteral("an_nee"), QStringLiteral("BAIL_LEUR"),
               QStringLiteral("QUARTIER_PRIORITAIRE"), QStringLiteral("Weight")};
    row("header underscores inside names", v);

    v = base;
    v.withWeight = false;
    row("no weight column", v);
    v = base;
    v.withYear = false;
    row("year from the import options", v);

    v = base;
    v.suffix = QStringLiteral("xlsx");
    row("xlsx numbers", v, "utf-8", "");
    v.suffix = QStringLiteral("sav");
    row("sav value labels", v, "utf-8", "");
}

void TestRespondentImport::variations()
{
    QFETCH(Variant, variant);
    QFETCH(QString, encodingName);
    QFETCH(QString, delimiterName);

    const QString file = path(QStringLiteral("survey.") + variant.suffix);
    QVERIFY(writeSurvey(file, variant));
    ImportOptions options;
    options.read = variant.read;
    if (!variant.withYear)
        options.year = 2023;
    const ImportResult result = import(file, options);
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.errors.empty() ? result.message : result.errors.front().toString()));
    QCOMPARE(result.wave.year, 2023);
    QCOMPARE(result.wave.respondentCount, RespondentCount);
    if (variant.suffix != QLatin1String("xlsx") && variant.suffix != QLatin1String("sav")) {
        QCOMPARE(result.encoding, encodingName);
        QCOMPARE(result.delimiter, delimiterName);
    }
    QCOMPARE(result.mapping.questionHeaders(),
             QStringList({QStringLiteral("Q01"), QStringLiteral("Q02"), QStringLiteral("Q03"), QStringLiteral("Q30"),
                          QStringLiteral("Q31")}));
    QCOMPARE(result.mapping.segmentHeaders(), QStringList({QStringLiteral("departement"), QStringLiteral("residence")}));

    QCOMPARE(m_store->waves().size(), 2);
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY(data);
    QCOMPARE(data->year, 2023);
    QCOMPARE(data->scope, QStringLiteral("Hauts-de-France"));
    QCOMPARE(data->respondentCount(), RespondentCount);
    QCOMPARE(data->landlordCodes.size(), 3);
    const WaveData::AnswerColumn *q01 = answersOf(*data, QStringLiteral("Q01"));
    const WaveData::AnswerColumn *q02 = answersOf(*data, QStringLiteral("Q02"));
    const WaveData::AnswerColumn *q03 = answersOf(*data, QStringLiteral("Q03"));
    const WaveData::AnswerColumn *q30 = answersOf(*data, QStringLiteral("Q30"));
    const WaveData::AnswerColumn *q31 = answersOf(*data, QStringLiteral("Q31"));
    QVERIFY(q01 && q02 && q03 && q30 && q31);
    QCOMPARE(q30->type, QuestionType::Single);
    QCOMPARE(q31->type, QuestionType::YesNo);
    QCOMPARE(data->segments.size(), std::size_t(2));
    const WaveData::SegmentColumn *departement = segmentOf(*data, QStringLiteral("departement"));
    const WaveData::SegmentColumn *residence = segmentOf(*data, QStringLiteral("residence"));
    QVERIFY(departement && residence);
    for (int i = 0; i < RespondentCount; ++i) {
        const Respondent &r = Respondents[i];
        const std::size_t k = std::size_t(i);
        QCOMPARE(data->respondentIds.at(i), QString::fromUtf8(r.id));
        QCOMPARE(data->weights[k], variant.withWeight ? r.weight : 1.0);
        QCOMPARE(data->qpv[k], std::uint8_t(r.qpv ? 1 : 0));
        QCOMPARE(data->landlordCodes.at(data->landlord[k]), QString::fromUtf8(r.landlord));
        QCOMPARE(int(q01->values[k]), r.q01);
        QCOMPARE(int(q02->values[k]), r.q02);
        QCOMPARE(int(q03->values[k]), r.q03);
        QCOMPARE(int(q30->values[k]), r.q30);
        QCOMPARE(int(q31->values[k]), r.q31);
        QCOMPARE(departement->dictionary.at(departement->values[k]), QString::fromUtf8(r.departement));
        QCOMPARE(residence->dictionary.at(residence->values[k]), QString::fromUtf8(r.residence));
    }
    // The wave that was there is untouched.
    const std::optional<WaveData> baseline = m_store->loadWave(m_baselineId);
    QVERIFY(baseline);
    QCOMPARE(baseline->respondentIds, QStringList({QStringLiteral("B1"), QStringLiteral("B2")}));
}

void TestRespondentImport::unknownColumnsAreSegments()
{
    const QString file = write(QStringLiteral("segments.csv"),
                               "id;annee;bailleur;qpv;Q01;type_habitat;EPCI;commentaire libre\n"
                               "A;2023;OPH;1;1;collectif;CA Lens-Liévin;\n"
                               "B;2023;OPH;0;2;individuel;MEL; rien \n"
                               "C;2023;OPH;0;3;collectif;MEL;\n");
    const ImportResult result = import(file);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    const std::vector<WaveData::SegmentColumn> segments = m_store->segmentColumns(result.wave.id);
    QCOMPARE(segments.size(), std::size_t(3));
    QCOMPARE(segments[0].name, QStringLiteral("type_habitat"));
    QCOMPARE(segments[1].name, QStringLiteral("EPCI"));
    QCOMPARE(segments[2].name, QStringLiteral("commentaire libre"));
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY(data);
    QCOMPARE(data->segments.size(), std::size_t(3));
    const auto valuesOf = [](const WaveData::SegmentColumn &s) {
        QStringList values;
        for (std::uint16_t v : s.values)
            values << s.dictionary.at(v);
        return values;
    };
    QCOMPARE(valuesOf(data->segments[0]),
             QStringList({QStringLiteral("collectif"), QStringLiteral("individuel"), QStringLiteral("collectif")}));
    QCOMPARE(data->segments[0].dictionary.size(), 2);
    QCOMPARE(valuesOf(data->segments[1]),
             QStringList({QStringLiteral("CA Lens-Liévin"), QStringLiteral("MEL"), QStringLiteral("MEL")}));
    // "" is a value too; values are trimmed.
    QCOMPARE(valuesOf(data->segments[2]), QStringList({QString(), QStringLiteral("rien"), QString()}));
}

void TestRespondentImport::badFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("year");      // ImportOptions::year; 0 = none
    QTest::addColumn<int>("errorCount");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("fragments");

    const auto row = [](const char *name, const QByteArray &bytes, qint64 line, int column,
                        const QStringList &fragments, int errorCount = 1, int year = 0) {
        QTest::newRow(name) << bytes << year << errorCount << line << column << fragments;
    };
    QByteArray noLandlord;
    for (const QByteArray &l : BadBase.split('\n')) {
        QByteArrayList cells = l.split(';');
        if (cells.size() > 2)
            cells.removeAt(2);
        noLandlord += cells.join(';') + '\n';
    }
    row("missing landlord column", noLandlord.chopped(1), 1, 0,
        {QStringLiteral("\"bailleur\""), QStringLiteral("organisme"),
         QStringLiteral("the header has: id, annee, qpv, poids, Q01, Q02, Q30, Q31, departement")});
    row("missing id column", QByteArray(BadBase).replace("id;annee", "ident;annee"), 1, 0,
        {QStringLiteral("\"id\""), QStringLiteral("id_repondant"), QStringLiteral("the header has: ident, annee")});
    row("missing qpv column", QByteArray(BadBase).replace(";qpv;", ";zone;"), 1, 0,
        {QStringLiteral("\"qpv\""), QStringLiteral("quartier_prioritaire"), QStringLiteral("zone")});
    row("missing year column, no year given", QByteArray(BadBase).replace("annee", "periode"), 1, 0,
        {QStringLiteral("\"annee\""), QStringLiteral("periode")});
    row("no question column", "id;annee;bailleur;qpv;X\nR1;2023;A;1;1\n", 1, 0,
        {QStringLiteral("no column matches a question"), QStringLiteral("X")});

    row("invalid answer 5 to Q02 on line 4", withCell(4, 7, "5"), 4, 7,
        {QStringLiteral("\"5\""), QStringLiteral("Q02"), QStringLiteral("1-4"), QStringLiteral("Plutôt satisfait")});
    row("answer 0 is not a code", withCell(2, 6, "0"), 2, 6, {QStringLiteral("\"0\""), QStringLiteral("Q01")});
    row("label typo", withCell(3, 6, "Plutôt satisfai"), 3, 6,
        {QStringLiteral("\"Plutôt satisfai\""), QStringLiteral("Q01"), QStringLiteral("Tout à fait satisfait")});
    row("label typo in windows-1252", toWindows1252(QString::fromUtf8(withCell(3, 6, "Plutôt satisfai"))), 3, 6,
        {QStringLiteral("\"Plutôt satisfai\""), QStringLiteral("Q01")});
    row("yes/no answer peut-être", withCell(2, 9, "peut-être"), 2, 9,
        {QStringLiteral("\"peut-être\""), QStringLiteral("Q31"), QStringLiteral("oui/non")});
    row("yes/no answer 3", withCell(5, 9, "3"), 5, 9, {QStringLiteral("\"3\""), QStringLiteral("Q31")});
    row("single-choice answer not an option", withCell(2, 8, "Papyrus"), 2, 8,
        {QStringLiteral("\"Papyrus\""), QStringLiteral("Q30"), QStringLiteral("1=Papier")});
    row("single-choice code 5", withCell(3, 8, "5"), 3, 8, {QStringLiteral("\"5\""), QStringLiteral("Q30")});

    row("weight 0", withCell(2, 5, "0"), 2, 5, {QStringLiteral("weight \"0\""), QStringLiteral("greater than 0")});
    row("weight -1", withCell(2, 5, "-1"), 2, 5, {QStringLiteral("weight \"-1\"")});
    row("weight abc", withCell(3, 5, "abc"), 3, 5, {QStringLiteral("weight \"abc\"")});
    row("weight 1,2.3", withCell(4, 5, "\"1,2.3\""), 4, 5, {QStringLiteral("weight \"1,2.3\"")});
    row("weight empty", withCell(5, 5, ""), 5, 5, {QStringLiteral("weight \"\"")});

    row("duplicate id", withCell(5, 1, "R2"), 5, 1,
        {QStringLiteral("\"R2\""), QStringLiteral("already used on line 3")});
    row("duplicate id after trimming", withCell(4, 1, " R1 "), 4, 1,
        {QStringLiteral("\"R1\""), QStringLiteral("line 2")});
    row("empty id", withCell(3, 1, ""), 3, 1, {QStringLiteral("empty respondent id")});
    row("id of spaces", withCell(3, 1, "   "), 3, 1, {QStringLiteral("empty respondent id")});

    row("year 1850", withCell(2, 2, "1850"), 2, 2, {QStringLiteral("\"1850\""), QStringLiteral("1990")});
    row("year 2101", withCell(3, 2, "2101"), 3, 2, {QStringLiteral("\"2101\"")});
    row("year not a number", withCell(3, 2, "2023a"), 3, 2, {QStringLiteral("\"2023a\"")});
    row("two years in one file", withCell(4, 2, "2024"), 4, 2,
        {QStringLiteral("2024"), QStringLiteral("2023"), QStringLiteral("line 2")});
    row("file year differs from the year given", BadBase, 2, 2,
        {QStringLiteral("2023"), QStringLiteral("2022")}, 4, 2022);

    row("qpv maybe", withCell(5, 4, "maybe"), 5, 4, {QStringLiteral("\"maybe\""), QStringLiteral("oui/non")});
    row("qpv empty", withCell(2, 4, ""), 2, 4, {QStringLiteral("QPV value \"\"")});
    row("qpv 2", withCell(3, 4, "2"), 3, 4, {QStringLiteral("QPV value \"2\"")});
    row("empty landlord", withCell(3, 3, ""), 3, 3, {QStringLiteral("empty landlord")});

    row("too many fields", withCell(4, 10, "59;extra"), 4, 11,
        {QStringLiteral("expected 10 fields"), QStringLiteral("found 11")});
    row("too few fields", QByteArray(BadBase).replace("R3;2023;OPH A;0;1;3;4;3;1;59", "R3;2023;OPH A;0;1;3;4;3;1"), 4,
        10, {QStringLiteral("expected 10 fields"), QStringLiteral("found 9")});
    row("unterminated quote", withCell(3, 10, "\"62"), 3, 10, {QStringLiteral("never closed")});
    row("text after a closing quote", withCell(3, 10, "\"62\"x"), 3, 10, {QStringLiteral("after a closing quote")});
    row("invalid UTF-8 after UTF-8", withCell(4, 10, "Montréal") + "R5;2023;OPH A;0;1;1;1;1;1;Amiens \xE9\n", 6, 10,
        {QStringLiteral("invalid UTF-8"), QStringLiteral("windows-1252")});

    // Lines are physical: a quoted line break and CRLF count as they should.
    row("error after a quoted line break", withCell(5, 7, "5", withCell(2, 10, "\"59\nNord\"")), 5, 7,
        {QStringLiteral("\"5\""), QStringLiteral("Q02")});
    row("error in a CRLF file", QByteArray(withCell(4, 7, "5")).replace("\n", "\r\n"), 4, 7,
        {QStringLiteral("\"5\""), QStringLiteral("Q02")});
    row("error in a file with BOM", "\xEF\xBB\xBF" + withCell(4, 7, "5"), 4, 7, {QStringLiteral("Q02")});
    row("header only", "id;annee;bailleur;qpv;Q01\n", 2, 0, {QStringLiteral("no respondents")});
    row("only rows of empty cells", "id;annee;bailleur;qpv;Q01\n;;;;\n;;;;\n", 2, 0, {QStringLiteral("no respondents")});
    row("a row of empty cells does not hide the next error", withCell(5, 7, "5", withCell(3, 1, ";;;;;;;;;\nR5")), 5, 7,
        {QStringLiteral("\"5\""), QStringLiteral("Q02")});
    row("two weight columns", "id;annee;bailleur;qpv;poids;Q01;Pondération\nR1;2023;A;1;1;1;1\n", 1, 7,
        {QStringLiteral("\"poids\" (5)"), QStringLiteral("\"Pondération\" (7)")});
    row("a question twice", "id;annee;bailleur;qpv;Q01;q 01\nR1;2023;A;1;1;1\n", 1, 6,
        {QStringLiteral("columns 5 and 6"), QStringLiteral("Q01")});
    row("a segment twice", "id;annee;bailleur;qpv;Q01;Département;departement\nR1;2023;A;1;1;59;59\n", 1, 7,
        {QStringLiteral("\"departement\" appears twice")});
    row("a header cell without a name", "id;annee;bailleur;qpv;Q01;;epci\nR1;2023;A;1;1;x;MEL\n", 1, 6,
        {QStringLiteral("column 6 has no name")});
}

void TestRespondentImport::badFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, year);
    QFETCH(int, errorCount);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QStringList, fragments);

    snapshot();
    ImportOptions options;
    if (year)
        options.year = year;
    const ImportResult result = import(write(QStringLiteral("bad.csv"), bytes), options);
    QCOMPARE(result.status, ImportResult::Status::InvalidFile);
    QCOMPARE(int(result.errors.size()), errorCount);
    QVERIFY(!result.moreErrors);
    const ReadError &error = result.errors.front();
    QCOMPARE(error.file, QStringLiteral("bad.csv"));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    for (const QString &fragment : fragments)
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message + QLatin1String(" lacks ") + fragment));
    QVERIFY(error.toString().startsWith(column > 0 ? QStringLiteral("bad.csv:%1:%2: ").arg(line).arg(column)
                                                   : QStringLiteral("bad.csv:%1: ").arg(line)));
    verifyUnchanged();
}

// Spreadsheet rows and SPSS cases locate errors too: the sheet's row number,
// the case number (the first case is 1).
void TestRespondentImport::badContainer_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    const QByteArray base = QByteArray(BadBase).replace("1,5", "1.5");
    QTest::newRow("xlsx, invalid answer") << QStringLiteral("xlsx") << withCell(4, 7, "5", base) << qint64(4) << 7
                                          << QStringLiteral("answer \"5\" to Q02");
    QTest::newRow("xlsx, duplicate id") << QStringLiteral("xlsx") << withCell(5, 1, "R2", base) << qint64(5) << 1
                                        << QStringLiteral("already used on line 3");
    QTest::newRow("xlsx, qpv maybe") << QStringLiteral("xlsx") << withCell(3, 4, "maybe", base) << qint64(3) << 4
                                     << QStringLiteral("\"maybe\"");
    QTest::newRow("sav, invalid answer") << QStringLiteral("sav") << withCell(4, 7, "5", base) << qint64(3) << 7
                                         << QStringLiteral("answer \"5\" to Q02");
    QTest::newRow("sav, weight 0") << QStringLiteral("sav") << withCell(2, 5, "0", base) << qint64(1) << 5
                                   << QStringLiteral("weight \"0\"");
    QTest::newRow("sav, year 1850") << QStringLiteral("sav") << withCell(5, 2, "1850", base) << qint64(4) << 2
                                    << QStringLiteral("\"1850\"");
}

void TestRespondentImport::badContainer()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, table);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    snapshot();
    const QString file = path(QStringLiteral("bad.") + suffix);
    QVERIFY(suffix == QLatin1String("xlsx") ? writeXlsxRows(file, cellsOf(table)) : writeSavRows(file, cellsOf(table)));
    const ImportResult result = import(file);
    QCOMPARE(result.status, ImportResult::Status::InvalidFile);
    QCOMPARE(int(result.errors.size()), 1);
    QCOMPARE(result.errors.front().file, QStringLiteral("bad.") + suffix);
    QCOMPARE(result.errors.front().line, line);
    QCOMPARE(result.errors.front().column, column);
    QVERIFY2(result.errors.front().message.contains(fragment), qPrintable(result.errors.front().message));
    verifyUnchanged();
}

// Problems are listed in file order, whichever check found them.
void TestRespondentImport::errorsSortedByLine()
{
    snapshot();
    const QByteArray bytes = withCell(5, 7, "5", withCell(3, 1, "R1"));
    const ImportResult result = import(write(QStringLiteral("two.csv"), bytes));
    QCOMPARE(result.status, ImportResult::Status::InvalidFile);
    QCOMPARE(int(result.errors.size()), 2);
    QCOMPARE(result.errors[0].line, qint64(3));
    QCOMPARE(result.errors[0].column, 1);
    QVERIFY(result.errors[0].message.contains(QStringLiteral("line 2")));
    QCOMPARE(result.errors[1].line, qint64(5));
    QCOMPARE(result.errors[1].column, 7);
    verifyUnchanged();
}

void TestRespondentImport::duplicateIdsNameTheFirstLine()
{
    snapshot();
    const QByteArray bytes = withCell(5, 1, "R2", withCell(4, 1, "R2"));
    const ImportResult result = import(write(QStringLiteral("dup.csv"), bytes));
    QCOMPARE(result.status, ImportResult::Status::InvalidFile);
    QCOMPARE(int(result.errors.size()), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(result.errors[i].line, qint64(4 + i));
        QCOMPARE(result.errors[i].column, 1);
        QVERIFY2(result.errors[i].message.contains(QStringLiteral("already used on line 3")),
                 qPrintable(result.errors[i].message));
    }
    verifyUnchanged();
}

void TestRespondentImport::errorsCapped_data()
{
    QTest::addColumn<int>("badRows");
    QTest::addColumn<int>("maxErrors");
    QTest::addColumn<int>("reported");
    QTest::addColumn<bool>("more");

    QTest::newRow("ten errors, cap 3") << 10 << 3 << 3 << true;
    QTest::newRow("three errors, cap 3") << 3 << 3 << 3 << false;
    QTest::newRow("four errors, cap 3") << 4 << 3 << 3 << true;
    QTest::newRow("150 errors, default cap 100") << 150 << 100 << 100 << true;
    QTest::newRow("one error, cap 1") << 1 << 1 << 1 << false;
}

void TestRespondentImport::errorsCapped()
{
    QFETCH(int, badRows);
    QFETCH(int, maxErrors);
    QFETCH(int, reported);
    QFETCH(bool, more);

    snapshot();
    ImportOptions options;
    options.maxErrors = maxErrors;
    const int total = 200;
    const ImportResult result = import(write(QStringLiteral("many.csv"), rows(total, total - badRows)), options);
    QCOMPARE(result.status, ImportResult::Status::InvalidFile);
    QCOMPARE(int(result.errors.size()), reported);
    QCOMPARE(result.moreErrors, more);
    for (int i = 0; i < reported; ++i) {
        QCOMPARE(result.errors[std::size_t(i)].line, qint64(2 + total - badRows + i));
        QCOMPARE(result.errors[std::size_t(i)].column, 5);
    }
    verifyUnchanged();
}

void TestRespondentImport::alreadyImported_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("the same file again") << QStringLiteral("baseline_2020.csv");
    QTest::newRow("the same bytes under another name") << QStringLiteral("copie de l'enquête.csv");
}

void TestRespondentImport::alreadyImported()
{
    QFETCH(QString, fileName);

    snapshot();
    const WaveInfo first = m_store->waves().front();
    QVERIFY(first.importedAt.isValid());
    ImportOptions options;
    options.replace = true; // even so, the same bytes are never imported twice
    const ImportResult result = import(write(fileName, Baseline), options);
    QCOMPARE(result.status, ImportResult::Status::AlreadyImported);
    QVERIFY(result.existing);
    QCOMPARE(result.existing->id, m_baselineId);
    QCOMPARE(result.existing->importedAt, first.importedAt);
    QVERIFY2(result.message.contains(QLocale().toString(first.importedAt.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(result.message));
    QVERIFY(result.message.contains(fileName));
    QVERIFY(result.message.contains(QStringLiteral("2020")));
    verifyUnchanged();
}

void TestRespondentImport::replaceWave()
{
    snapshot();
    const QString newer = write(QStringLiteral("corrected_2020.csv"),
                                "id;annee;bailleur;qpv;Q01\nC1;2020;OPH A;1;1\nC2;2020;OPH B;0;2\nC3;2020;OPH C;0;4\n");
    const ImportResult refused = import(newer);
    QCOMPARE(refused.status, ImportResult::Status::NeedsReplacement);
    QVERIFY(refused.existing);
    QCOMPARE(refused.existing->id, m_baselineId);
    QVERIFY2(refused.message.contains(QStringLiteral("baseline_2020.csv")), qPrintable(refused.message));
    QVERIFY(refused.message.contains(QStringLiteral("replace")));
    verifyUnchanged();

    ImportOptions options;
    options.replace = true;
    const ImportResult replaced = import(newer, options);
    QCOMPARE(replaced.status, ImportResult::Status::Imported);
    const QList<WaveInfo> waves = m_store->waves();
    QCOMPARE(waves.size(), 1);
    QCOMPARE(waves.front().id, replaced.wave.id);
    QCOMPARE(waves.front().year, 2020);
    QCOMPARE(waves.front().respondentCount, 3);
    QCOMPARE(waves.front().sourceFile, QStringLiteral("corrected_2020.csv"));
    const std::optional<WaveData> data = m_store->loadWave(replaced.wave.id);
    QVERIFY(data);
    QCOMPARE(data->respondentIds, QStringList({QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3")}));
    QCOMPARE(data->landlordCodes, QStringList({QStringLiteral("OPH A"), QStringLiteral("OPH B"), QStringLiteral("OPH C")}));
    // The old wave's rows went with it (SQLite may give the new wave the
    // old id, so count rows rather than look the old id up).
    for (const char *table : {"respondents", "wave_summaries"}) {
        QSqlQuery count(m_store->database());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*), MIN(wave_id) FROM %1").arg(QLatin1String(table))));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        QCOMPARE(count.value(1).toLongLong(), replaced.wave.id);
    }
    QSqlQuery answers(m_store->database());
    QVERIFY(answers.exec(QStringLiteral("SELECT DISTINCT wave_id FROM answer_columns")));
    QVERIFY(answers.next());
    QCOMPARE(answers.value(0).toLongLong(), replaced.wave.id);
    QVERIFY(!answers.next());
    // The replaced file may be imported again only by replacing in turn.
    ImportOptions again;
    QCOMPARE(import(path(QStringLiteral("baseline_2020.csv")), again).status, ImportResult::Status::NeedsReplacement);
}

void TestRespondentImport::otherScopeIsAnotherWave()
{
    ImportOptions options;
    options.scope = QStringLiteral("Picardie");
    const ImportResult result = import(write(QStringLiteral("picardie.csv"),
                                             "id;annee;bailleur;qpv;Q01\nP1;2020;OPH A;1;3\n"), options);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(m_store->waves().size(), 2);
    QVERIFY(m_store->waveByYearAndScope(2020, QStringLiteral("Picardie")));
    QVERIFY(m_store->waveByYearAndScope(2020, QStringLiteral("Hauts-de-France")));
}

void TestRespondentImport::cancelled_data()
{
    QTest::addColumn<int>("respondents");
    QTest::addColumn<int>("cancelAtCall"); // 1-based
    QTest::addColumn<bool>("whileReading");

    QTest::newRow("small file, cancelled once read") << 4 << 1 << false;
    QTest::newRow("large file, cancelled while reading") << 5000 << 1 << true;
    QTest::newRow("large file, cancelled once read") << 5000 << 3 << false;
    // Progress is reported every 2048 respondents: this call comes after the
    // first chunk was handed over to be written, inside the import's transaction.
    constexpr int afterFirstChunk = RespondentChunkSize / 2048 + 1;
    QTest::newRow("chunked file, cancelled after a chunk was written")
        << 2 * RespondentChunkSize + 7 << afterFirstChunk << true;
    QTest::newRow("chunked file, cancelled once read")
        << 2 * RespondentChunkSize + 7 << 2 * RespondentChunkSize / 2048 + 1 << false;
}

void TestRespondentImport::cancelled()
{
    QFETCH(int, respondents);
    QFETCH(int, cancelAtCall);
    QFETCH(bool, whileReading);

    snapshot();
    QList<double> calls;
    RespondentImporter importer(*m_store);
    importer.setProgressCallback([&](double fraction) {
        calls << fraction;
        return calls.size() < cancelAtCall;
    });
    const ImportResult result = importer.run(write(QStringLiteral("cancel.csv"), rows(respondents)), ImportOptions{});
    QCOMPARE(result.status, ImportResult::Status::Cancelled);
    QVERIFY(result.message.contains(QStringLiteral("nothing was written")));
    QCOMPARE(calls.size(), cancelAtCall);
    QVERIFY(calls.back() >= 0.0 && calls.back() <= 1.0);
    if (whileReading)
        QVERIFY2(calls.back() < 0.85, qPrintable(QString::number(calls.back())));
    else
        QCOMPARE(calls.back(), 0.85);
    verifyUnchanged();
}

void TestRespondentImport::progressReachesTheEnd()
{
    QList<double> calls;
    RespondentImporter importer(*m_store);
    importer.setProgressCallback([&](double fraction) {
        calls << fraction;
        return true;
    });
    const ImportResult result = importer.run(write(QStringLiteral("progress.csv"), rows(5000)), ImportOptions{});
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QCOMPARE(result.wave.respondentCount, 5000);
    QVERIFY(calls.size() >= 3);
    QVERIFY(std::is_sorted(calls.begin(), calls.end()));
    QCOMPARE(calls.back(), 1.0);
}

void TestRespondentImport::hostileNames_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("landlord");

    QTest::newRow("SQL in a segment name and value")
        << QStringLiteral("'); DROP TABLE waves; --") << QStringLiteral("x'); DROP TABLE respondents; --")
        << QStringLiteral("OPH");
    QTest::newRow("SQL in a landlord")
        << QStringLiteral("commune") << QStringLiteral("Lille") << QStringLiteral("Robert'); DROP TABLE landlords;--");
    QTest::newRow("quotes, semicolons and percent signs")
        << QStringLiteral("\"a\";b%_'") << QStringLiteral("%' OR '1'='1") << QStringLiteral("\" OR \"\"=\"");
}

void TestRespondentImport::hostileNames()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, landlord);

    Variant quoting;
    const QByteArray bytes = textLine({QStringLiteral("id"), QStringLiteral("annee"), QStringLiteral("bailleur"),
                                       QStringLiteral("qpv"), QStringLiteral("Q01"), column}, quoting)
                             + textLine({QStringLiteral("1; DELETE FROM waves"), QStringLiteral("2023"), landlord,
                                         QStringLiteral("1"), QStringLiteral("2"), value}, quoting)
                             + textLine({QStringLiteral("2"), QStringLiteral("2023"), landlord, QStringLiteral("0"),
                                         QStringLiteral("3"), value}, quoting);
    const QStringList tablesBefore = m_store->database().tables();
    const ImportResult result = import(write(QStringLiteral("hostile.csv"), bytes));
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.errors.empty() ? result.message : result.errors.front().toString()));
    QCOMPARE(m_store->database().tables(), tablesBefore);
    for (const char *table : {"waves", "respondents", "landlords", "answer_columns", "segment_columns", "questions"})
        QVERIFY2(tablesBefore.contains(QLatin1String(table)), table);
    QCOMPARE(m_store->waves().size(), 2);
    QVERIFY(m_store->loadWave(m_baselineId));
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY(data);
    QCOMPARE(data->respondentIds.front(), QStringLiteral("1; DELETE FROM waves"));
    QCOMPARE(data->landlordCodes, QStringList{landlord});
    QCOMPARE(data->segments.size(), std::size_t(1));
    QCOMPARE(data->segments[0].name, column);
    QCOMPARE(data->segments[0].dictionary, QStringList{value});
    QCOMPARE(m_store->codebook().size(), 41);
    // The store still works for the next import.
    QCOMPARE(import(write(QStringLiteral("after.csv"), rows(3, -1, 2024))).status, ImportResult::Status::Imported);
    QCOMPARE(m_store->waves().size(), 3);
}

// "The no-answer forms apply to every question type unless the codebook
// defines that very code as an option" (survey-files.md §1).
void TestRespondentImport::noAnswerFormsDefinedAsOptions_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<int>("stored");

    QTest::newRow("9 is an option") << QByteArray("9") << 2;
    QTest::newRow("99 is an option") << QByteArray("99") << 3;
    QTest::newRow("Sans objet is an option label") << QByteArray("sans objet") << 4;
    QTest::newRow("NSP is still no answer") << QByteArray("NSP") << 0;
    QTest::newRow("empty is still no answer") << QByteArray("") << 0;
    QTest::newRow("an option by its code") << QByteArray("1") << 1;
}

void TestRespondentImport::noAnswerFormsDefinedAsOptions()
{
    QFETCH(QByteArray, cell);
    QFETCH(int, stored);

    Question q50;
    q50.code = QStringLiteral("Q50");
    q50.theme = QStringLiteral("information");
    q50.labelFr = QStringLiteral("Motif du dernier contact");
    q50.type = QuestionType::Single;
    q50.options = {{QStringLiteral("1"), QStringLiteral("Loyer")}, {QStringLiteral("9"), QStringLiteral("Autre")},
                   {QStringLiteral("99"), QStringLiteral("Plusieurs")}, {QStringLiteral("4"), QStringLiteral("Sans objet")}};
    ImportOptions options;
    options.codebook = Codebook({q50});
    const ImportResult result =
        import(write(QStringLiteral("q50.csv"), "id;annee;bailleur;qpv;Q50\nA;2023;OPH;1;" + cell + "\n"), options);
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.errors.empty() ? result.message : result.errors.front().toString()));
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY(data);
    const WaveData::AnswerColumn *answers = answersOf(*data, QStringLiteral("Q50"));
    QVERIFY(answers);
    QCOMPARE(int(answers->values.front()), stored);
}

// Questions given with the import are saved with the wave, in its
// transaction: when the wave cannot be written, neither are they.
void TestRespondentImport::codebookWithTheImport_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("imported");

    QTest::newRow("a new question, saved with the wave") << QStringLiteral("Q42") << int(QuestionType::Satisfaction4)
                                                         << true;
    QTest::newRow("a type change of a question with answers, refused")
        << QStringLiteral("Q01") << int(QuestionType::YesNo) << false;
}

void TestRespondentImport::codebookWithTheImport()
{
    QFETCH(QString, code);
    QFETCH(int, type);
    QFETCH(bool, imported);

    snapshot();
    Question question;
    question.code = code;
    question.theme = QStringLiteral("logement");
    question.labelFr = QStringLiteral("Question ajoutée");
    question.type = QuestionType(type);
    ImportOptions options;
    options.codebook = Codebook({question});
    const ImportResult result = import(
        write(QStringLiteral("with_codebook.csv"),
              "id;annee;bailleur;qpv;" + code.toLatin1() + "\nA;2023;OPH;1;1\nB;2023;OPH;0;2\n"), options);
    if (!imported) {
        QCOMPARE(result.status, ImportResult::Status::StoreFailed);
        QVERIFY2(result.message.contains(code), qPrintable(result.message));
        verifyUnchanged();
        return;
    }
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.errors.empty() ? result.message : result.errors.front().toString()));
    const Codebook codebook = m_store->codebook();
    QCOMPARE(codebook.size(), 42);
    QCOMPARE(codebook.indexOf(code), 41);
    QCOMPARE(codebook.find(code)->labelFr, QStringLiteral("Question ajoutée"));
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY(data);
    QVERIFY(answersOf(*data, code));
    QCOMPARE(answersOf(*data, code)->values, std::vector<std::uint8_t>({1, 2}));
}

// A wave of several chunks is written as it is read, and reads back as the
// parser sees the whole file, with the summary built over the whole wave.
void TestRespondentImport::chunkedWave()
{
    const int count = 2 * RespondentChunkSize + 101;
    const QString file = write(QStringLiteral("chunked_2023.csv"), chunkedFile(count));
    const Codebook codebook = m_store->codebook();
    TextReader reader(file, ReadOptions{});
    QVERIFY(reader.open());
    const ParsedRespondents whole = parseRespondents(reader, codebook, ParseOptions{});
    QVERIFY(whole.isValid());
    QCOMPARE(whole.data.respondentCount(), count);
    QCOMPARE(whole.data.landlordCodes, QStringList({"AAA Tardif", "OPH A", "OPH B", "OPH C"}));

    const ImportResult result = import(file);
    QVERIFY2(result.status == ImportResult::Status::Imported,
             qPrintable(result.errors.empty() ? result.message : result.errors.front().toString()));
    QCOMPARE(result.wave.respondentCount, count);
    QCOMPARE(m_store->wave(result.wave.id)->respondentCount, count);
    const std::optional<WaveData> data = m_store->loadWave(result.wave.id);
    QVERIFY2(data, qPrintable(m_store->error().message));
    QCOMPARE(data->respondentIds, whole.data.respondentIds);
    QVERIFY(data->weights == whole.data.weights);
    QVERIFY(data->qpv == whole.data.qpv);
    QCOMPARE(data->landlordCodes, whole.data.landlordCodes);
    QVERIFY(data->landlord == whole.data.landlord);
    QCOMPARE(m_store->landlordCodes(result.wave.id), whole.data.landlordCodes);
    QCOMPARE(int(data->answers.size()), int(whole.data.answers.size()));
    for (std::size_t c = 0; c < data->answers.size(); ++c) {
        QCOMPARE(data->answers[c].code, whole.data.answers[c].code);
        QVERIFY2(data->answers[c].values == whole.data.answers[c].values, qPrintable(data->answers[c].code));
    }
    QCOMPARE(int(data->segments.size()), 1);
    QCOMPARE(data->segments[0].dictionary, QStringList({"59", "62", "80"}));
    QVERIFY(data->segments[0].values == whole.data.segments[0].values);
    // The summary summed chunk by chunk is the one of the whole wave, bit for bit.
    QCOMPARE(m_store->waveSummary(result.wave.id),
             WaveSummary::build(whole.data, globalColumn(whole.data, codebook), &codebook).serialize());
    QSqlQuery chunks(m_store->database());
    QVERIFY(chunks.exec(QStringLiteral("SELECT count(*) FROM respondents WHERE wave_id = %1").arg(result.wave.id)));
    QVERIFY(chunks.next());
    QCOMPARE(chunks.value(0).toInt(), 3);
}

void TestRespondentImport::chunkedWaveRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("message");

    const int count = 2 * RespondentChunkSize + 101;
    // Row i is on line i + 2.
    QTest::newRow("duplicate id in the last chunk")
        << chunkedFile(count, 5) << qint64(count + 1) << QStringLiteral("already used on line 7");
    const QByteArray row = QByteArray::number(RespondentChunkSize + 10);
    QByteArray bad = chunkedFile(count);
    bad.replace("\nC" + row + ";2023;", "\nC" + row + ";2024;");
    QTest::newRow("other year in the second chunk")
        << bad << qint64(RespondentChunkSize + 12) << QStringLiteral("differs from 2023 on line 2");
    QTest::newRow("bad answer in the last row")
        << rows(count, count - 1) << qint64(count + 1) << QStringLiteral("answer \"7\" to Q01");
}

// A problem found after chunks were written rolls them all back.
void TestRespondentImport::chunkedWaveRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(QString, message);

    snapshot();
    const ImportResult result = import(write(QStringLiteral("refused.csv"), bytes));
    QCOMPARE(result.status, ImportResult::Status::InvalidFile);
    QCOMPARE(int(result.errors.size()), 1);
    QCOMPARE(result.errors[0].line, line);
    QVERIFY2(result.errors[0].message.contains(message), qPrintable(result.errors[0].message));
    verifyUnchanged();
}

QTEST_GUILESS_MAIN(TestRespondentImport)
#include "tst_respondentimport.moc"
