#include "savreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <readstat.h>

#include <cmath>

namespace {

const double Missing = std::nan("");

struct Case
{
    double id;
    double q01;
    const char *commune;
    const char *qpv;
    double poids;
};

// Five tenants: labelled codes, a code without a label, system-missing
// numbers, accented and empty strings, a labelled string column.
const Case Cases[] = {
    {1, 1, "Montréal-la-Cluse", "O", 1.25},
    {2, 4, "Lille", "N", 1.0},
    {3, 5, "", "X", Missing},
    {1000000, Missing, "Saint-Étienne", "O", 0.1},
    {5, 9, "Amiens", "", 2.5},
};

const QStringList ExpectedRows = {
    QStringLiteral("1:1|Tout à fait satisfait|Montréal-la-Cluse|oui|1.25"),
    QStringLiteral("2:2|Pas du tout satisfait|Lille|non|1"),
    QStringLiteral("3:3|5||X|"),
    QStringLiteral("4:1000000||Saint-Étienne|oui|0.1"),
    QStringLiteral("5:5|NSP|Amiens||2.5"),
};

ssize_t writeToFile(const void *data, size_t length, void *ctx)
{
    return ssize_t(static_cast<QFile *>(ctx)->write(static_cast<const char *>(data), qint64(length)));
}

bool writeSurvey(const QString &path, readstat_compress_t compression)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    readstat_writer_t *writer = readstat_writer_init();
    readstat_set_data_writer(writer, &writeToFile);
    readstat_writer_set_compression(writer, compression);

    readstat_label_set_t *satisfaction = readstat_add_label_set(writer, READSTAT_TYPE_DOUBLE, "satisfaction");
    readstat_label_double_value(satisfaction, 1, "Tout à fait satisfait");
    readstat_label_double_value(satisfaction, 2, "Plutôt satisfait");
    readstat_label_double_value(satisfaction, 3, "Plutôt pas satisfait");
    readstat_label_double_value(satisfaction, 4, "Pas du tout satisfait");
    readstat_label_double_value(satisfaction, 9, "NSP");
    readstat_label_set_t *ouiNon = readstat_add_label_set(writer, READSTAT_TYPE_STRING, "ouinon");
    readstat_label_string_value(ouiNon, "O", "oui");
    readstat_label_string_value(ouiNon, "N", "non");

    readstat_variable_t *id = readstat_add_variable(writer, "id", READSTAT_TYPE_DOUBLE, 0);
    readstat_variable_t *q01 = readstat_add_variable(writer, "Q01", READSTAT_TYPE_DOUBLE, 0);
    readstat_variable_set_label(q01, "Satisfaction globale");
    readstat_variable_set_label_set(q01, satisfaction);
    readstat_variable_t *commune = readstat_add_variable(writer, "commune", READSTAT_TYPE_STRING, 40);
    readstat_variable_t *qpv = readstat_add_variable(writer, "qpv", READSTAT_TYPE_STRING, 1);
    readstat_variable_set_label_set(qpv, ouiNon);
    readstat_variable_t *poids = readstat_add_variable(writer, "poids", READSTAT_TYPE_DOUBLE, 0);

    auto number = [writer](readstat_variable_t *variable, double value) {
        return std::isnan(value) ? readstat_insert_missing_value(writer, variable)
                                 : readstat_insert_double_value(writer, variable, value);
    };
    bool ok = readstat_begin_writing_sav(writer, &file, long(std::size(Cases))) == READSTAT_OK;
    for (const Case &c : Cases) {
        ok = ok && readstat_begin_row(writer) == READSTAT_OK;
        ok = ok && number(id, c.id) == READSTAT_OK && number(q01, c.q01) == READSTAT_OK;
        ok = ok && readstat_insert_string_value(writer, commune, c.commune) == READSTAT_OK;
        ok = ok && readstat_insert_string_value(writer, qpv, c.qpv) == READSTAT_OK;
        ok = ok && number(poids, c.poids) == READSTAT_OK;
        ok = ok && readstat_end_row(writer) == READSTAT_OK;
    }
    ok = ok && readstat_end_writing(writer) == READSTAT_OK;
    readstat_writer_free(writer);
    return ok;
}

// One case of many numeric variables, to claim more values than accepted.
bool writeWide(const QString &path, int variables)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    readstat_writer_t *writer = readstat_writer_init();
    readstat_set_data_writer(writer, &writeToFile);
    for (int i = 0; i < variables; ++i)
        readstat_add_variable(writer, ("v" + QByteArray::number(i)).constData(), READSTAT_TYPE_DOUBLE, 0);
    bool ok = readstat_begin_writing_sav(writer, &file, 1) == READSTAT_OK && readstat_begin_row(writer) == READSTAT_OK;
    for (int i = 0; i < variables; ++i)
        ok = ok && readstat_insert_double_value(writer, readstat_get_variable(writer, i), i) == READSTAT_OK;
    ok = ok && readstat_end_row(writer) == READSTAT_OK && readstat_end_writing(writer) == READSTAT_OK;
    readstat_writer_free(writer);
    return ok;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The SAV header's case count, an int32 at offset 80 (little-endian, as
// ReadStat writes it on this machine).
QByteArray withDeclaredCases(QByteArray bytes, qint32 cases)
{
    qToLittleEndian(cases, bytes.data() + 80);
    return bytes;
}

QString readStatMessage(readstat_error_t error)
{
    return QString::fromUtf8(readstat_error_message(error));
}

QString format(const Record &record)
{
    QStringList fields;
    for (int i = 0; i < record.size(); ++i)
        fields.append(record.text(i));
    return QString::number(record.line) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
}

} // namespace

class TestSavReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsSurvey_data();
    void readsSurvey();
    void cellValues_data();
    void cellValues();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_survey;
    QString m_wide;
};

void TestSavReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_survey = m_dir.filePath(QStringLiteral("enquête.sav"));
    QVERIFY(writeSurvey(m_survey, READSTAT_COMPRESS_NONE));
    m_wide = m_dir.filePath(QStringLiteral("wide.sav"));
    QVERIFY(writeWide(m_wide, 11));
}

void TestSavReader::readsSurvey_data()
{
    QTest::addColumn<int>("compression");
    QTest::newRow("uncompressed") << int(READSTAT_COMPRESS_NONE);
    QTest::newRow("bytecode-compressed rows") << int(READSTAT_COMPRESS_ROWS);
    QTest::newRow("zlib-compressed zsav") << int(READSTAT_COMPRESS_BINARY);
}

void TestSavReader::readsSurvey()
{
    QFETCH(int, compression);
    const QString path = m_dir.filePath(QStringLiteral("survey-%1.sav").arg(compression));
    QVERIFY(writeSurvey(path, readstat_compress_t(compression)));
    SavReader reader(path, {});
    QVERIFY2(reader.open(), qPrintable(reader.error().toString()));
    QCOMPARE(format(reader.header()), QStringLiteral("0:id|Q01|commune|qpv|poids"));
    QCOMPARE(reader.encodingName(), QStringLiteral("utf-8"));
    QCOMPARE(reader.progress(), 0.0);
    QStringList rows;
    Record record;
    while (reader.next(record)) {
        QCOMPARE(record.size(), 5);
        rows.append(format(record));
    }
    QVERIFY(reader.error().isNull());
    QCOMPARE(rows, ExpectedRows);
    QCOMPARE(reader.progress(), 1.0);
}

void TestSavReader::cellValues_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("code 1 replaced by its label") << 1 << 1 << "Tout à fait satisfait";
    QTest::newRow("code 4 replaced by its label") << 2 << 1 << "Pas du tout satisfait";
    QTest::newRow("code without a label stays a number") << 3 << 1 << "5";
    QTest::newRow("labelled no-answer code") << 5 << 1 << "NSP";
    QTest::newRow("system-missing labelled number is empty") << 4 << 1 << "";
    QTest::newRow("system-missing weight is empty") << 3 << 4 << "";
    QTest::newRow("unlabelled number 1.0 written as 1") << 2 << 4 << "1";
    QTest::newRow("decimal 1.25 with a point") << 1 << 4 << "1.25";
    QTest::newRow("0.1 shortest round trip") << 4 << 4 << "0.1";
    QTest::newRow("large integer not in exponent form") << 4 << 0 << "1000000";
    QTest::newRow("string with accents, without padding") << 1 << 2 << "Montréal-la-Cluse";
    QTest::newRow("empty string") << 3 << 2 << "";
    QTest::newRow("string replaced by its label") << 2 << 3 << "non";
    QTest::newRow("string without a label kept") << 3 << 3 << "X";
}

void TestSavReader::cellValues()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);
    SavReader reader(m_survey, {});
    QVERIFY2(reader.open(), qPrintable(reader.error().toString()));
    Record record;
    while (reader.next(record) && record.line != line) {
    }
    QCOMPARE(record.line, qint64(line));
    QCOMPARE(record.text(column), expected);
}

void TestSavReader::errors_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message"); // a fragment the message must hold

    const QByteArray survey = contents(m_survey);
    QVERIFY(survey.startsWith("$FL2"));
    QTest::newRow("cut in half") << true << survey.left(survey.size() / 2) << "";
    QTest::newRow("last case cut short")
        << true << survey.left(survey.size() - 4) << "cases but holds";
    QTest::newRow("declares more cases than it holds")
        << true << withDeclaredCases(survey, 9) << "it declares 9 cases but holds";
    QTest::newRow("declares more cases than accepted")
        << true << withDeclaredCases(survey, 6'000'000) << "6000000 cases; at most 5000000";
    QTest::newRow("declares more values than accepted")
        << true << withDeclaredCases(contents(m_wide), 4'999'999) << "at most 50000000 values";
    QTest::newRow("PNG image") << true << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16).repeated(20)
                               << readStatMessage(READSTAT_ERROR_PARSE);
    QTest::newRow("CSV renamed .sav") << true << QByteArray("id;annee\n1;2023\n").repeated(20) << "";
    QTest::newRow("empty file") << true << QByteArray() << readStatMessage(READSTAT_ERROR_READ);
    QTest::newRow("missing file") << false << QByteArray() << "cannot open the file";
}

void TestSavReader::errors()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("damaged.sav"));
    QFile::remove(path);
    if (exists) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    SavReader reader(path, {});
    QVERIFY(!reader.open());
    const ReadError error = reader.error();
    QVERIFY(!error.isNull());
    QCOMPARE(error.file, QStringLiteral("damaged.sav"));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    if (exists)
        QVERIFY2(error.message.contains(QLatin1String("damaged.sav")), qPrintable(error.message));
    QVERIFY(reader.header().isEmpty());
    Record record;
    QVERIFY(!reader.next(record));
}

QTEST_GUILESS_MAIN(TestSavReader)
#include "tst_savreader.moc"
