// Tests of TextReader against survey-files.md section 1: every text variation
// the contract lists must read, and every malformed file must be refused with
// its line, column and a message a quality manager can act on.
#include "textreader.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Rows = QList<QStringList>;
using Lines = QList<qint64>;

namespace {

// What reading a whole file gave.
struct ReadResult
{
    bool opened = false;
    bool complete = false;   // next() ended without an error
    QString encoding;
    QString delimiter;
    QStringList header;
    qint64 headerLine = 0;
    Rows rows;
    Lines lines;
    ReadError error;
};

QStringList fields(const Record &record)
{
    QStringList list;
    for (int i = 0; i < record.size(); ++i)
        list << record.text(i);
    return list;
}

ReadResult readAll(const QString &path, const ReadOptions &options)
{
    ReadResult result;
    TextReader reader(path, options);
    result.opened = reader.open();
    result.encoding = reader.encodingName();
    result.delimiter = reader.delimiterName();
    if (!result.opened) {
        result.error = reader.error();
        return result;
    }
    result.header = fields(reader.header());
    result.headerLine = reader.header().line;
    Record record;
    while (reader.next(record)) {
        result.rows << fields(record);
        result.lines << record.line;
    }
    result.error = reader.error();
    result.complete = result.error.isNull();
    return result;
}

ReadOptions options(const QString &encoding, const QString &delimiter)
{
    ReadOptions o;
    o.encoding = encoding;
    if (!delimiter.isEmpty())
        o.delimiter = delimiter.at(0);
    return o;
}

// The reader reads the file in chunks of this size (textreader.cpp); cases that
// put a quote, a line break or a multi-byte character across a chunk boundary
// rely on it, and still test ordinary reading if it ever changes.
constexpr qsizetype ReaderChunk = 1 << 20;

} // namespace

class TestTextReader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void encodings_data();
    void encodings();
    void delimiters_data();
    void delimiters();
    void quotingAndLineEndings_data();
    void quotingAndLineEndings();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void errors_data();
    void errors();
    void longRecords_data();
    void longRecords();
    void progressReachesOne();

private:
    QString writeFile(const QByteArray &bytes, const QString &name = QStringLiteral("answers.csv"));

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTextReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTextReader::cleanup()
{
    m_dir.reset();
}

QString TestTextReader::writeFile(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

// ---------------------------------------------------------------------------

void TestTextReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forcedEncoding");
    QTest::addColumn<QString>("expectedEncoding");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");

    const QStringList header{QStringLiteral("id"), QStringLiteral("nom"), QStringLiteral("montant")};
    const Rows french{{QStringLiteral("1"), QStringLiteral("Hélène"), QStringLiteral("12 €")},
                      {QStringLiteral("2"), QStringLiteral("Zoë l’Œuvre"), QStringLiteral("0")}};
    const QByteArray utf8 = "id;nom;montant\n1;H\xC3\xA9l\xC3\xA8ne;12 \xE2\x82\xAC\n"
                            "2;Zo\xC3\xAB l\xE2\x80\x99\xC5\x92uvre;0\n";
    const QByteArray cp1252 = "id;nom;montant\n1;H\xE9l\xE8ne;12 \x80\n2;Zo\xEB l\x92\x8Cuvre;0\n";
    const QByteArray bom = "\xEF\xBB\xBF";

    QTest::newRow("utf-8 detected") << utf8 << QString() << "utf-8" << header << french;
    QTest::newRow("utf-8 with BOM detected, BOM not in the first header name")
        << bom + utf8 << QString() << "utf-8-bom" << header << french;
    QTest::newRow("windows-1252 detected (e-acute 0xE9, euro 0x80, OE 0x8C)")
        << cp1252 << QString() << "windows-1252" << header << french;
    QTest::newRow("pure ASCII detected as utf-8")
        << QByteArray("id;nom\n1;Lille\n") << QString() << "utf-8"
        << QStringList{"id", "nom"} << Rows{{"1", "Lille"}};
    QTest::newRow("windows-1252 accent in the header")
        << QByteArray("id;ann\xE9""e\n1;2021\n") << QString() << "windows-1252"
        << QStringList{"id", "année"} << Rows{{"1", "2021"}};

    QTest::newRow("utf-8 forced") << utf8 << "utf-8" << "utf-8" << header << french;
    QTest::newRow("utf-8 forced, spelled UTF8") << utf8 << "UTF8" << "utf-8" << header << french;
    QTest::newRow("utf-8 forced on a BOM file skips the BOM")
        << bom + utf8 << "utf-8" << "utf-8-bom" << header << french;
    QTest::newRow("windows-1252 forced") << cp1252 << "windows-1252" << "windows-1252" << header << french;
    QTest::newRow("windows-1252 forced, spelled CP1252") << cp1252 << "CP1252" << "windows-1252" << header << french;
    // Bytes that are valid UTF-8 are read as two Windows-1252 characters when
    // the user says so: the option overrides detection.
    QTest::newRow("windows-1252 forced on bytes that look like utf-8")
        << QByteArray("id;nom\n1;caf\xC3\xA9\n") << "windows-1252" << "windows-1252"
        << QStringList{"id", "nom"} << Rows{{"1", "cafÃ©"}};
}

void TestTextReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forcedEncoding);
    QFETCH(QString, expectedEncoding);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);

    const ReadResult r = readAll(writeFile(bytes), options(forcedEncoding, QString()));
    QVERIFY2(r.opened, qPrintable(r.error.toString()));
    QVERIFY2(r.complete, qPrintable(r.error.toString()));
    QCOMPARE(r.encoding, expectedEncoding);
    QCOMPARE(r.header, header);
    QCOMPARE(r.rows, rows);
}

// ---------------------------------------------------------------------------

void TestTextReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forcedDelimiter");
    QTest::addColumn<QString>("expectedDelimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");

    const QStringList header{"id", "bailleur", "qpv"};
    const Rows rows{{"1", "LOGIS", "1"}, {"2", "HABITAT", "0"}};
    QTest::newRow("semicolon detected")
        << QByteArray("id;bailleur;qpv\n1;LOGIS;1\n2;HABITAT;0\n") << QString() << ";" << header << rows;
    QTest::newRow("comma detected")
        << QByteArray("id,bailleur,qpv\n1,LOGIS,1\n2,HABITAT,0\n") << QString() << "," << header << rows;
    QTest::newRow("tab detected")
        << QByteArray("id\tbailleur\tqpv\n1\tLOGIS\t1\n2\tHABITAT\t0\n") << QString() << "\\t" << header << rows;
    QTest::newRow("pipe detected")
        << QByteArray("id|bailleur|qpv\n1|LOGIS|1\n2|HABITAT|0\n") << QString() << "|" << header << rows;
    // Only the header decides; decimal commas in the data must not sway it.
    QTest::newRow("semicolon detected despite decimal commas in data")
        << QByteArray("id;poids;note\n1;1,25;7,5\n") << QString() << ";"
        << QStringList{"id", "poids", "note"} << Rows{{"1", "1,25", "7,5"}};
    QTest::newRow("comma detected, semicolons inside quotes ignored")
        << QByteArray("\"a;b;c\",d,e\n1,2,3\n") << QString() << ","
        << QStringList{"a;b;c", "d", "e"} << Rows{{"1", "2", "3"}};

    QTest::newRow("semicolon forced")
        << QByteArray("a;b,c\n1;2,3\n") << ";" << ";" << QStringList{"a", "b,c"} << Rows{{"1", "2,3"}};
    QTest::newRow("comma forced where semicolons dominate the header")
        << QByteArray("a;b;c,d\n1;2;3,4\n") << "," << "," << QStringList{"a;b;c", "d"} << Rows{{"1;2;3", "4"}};
    QTest::newRow("tab forced")
        << QByteArray("a;b\tc\n1;2\t3\n") << "\t" << "\\t" << QStringList{"a;b", "c"} << Rows{{"1;2", "3"}};
    QTest::newRow("pipe forced")
        << QByteArray("a;b;c|d\n1;2;3|4\n") << "|" << "|" << QStringList{"a;b;c", "d"} << Rows{{"1;2;3", "4"}};
}

void TestTextReader::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forcedDelimiter);
    QFETCH(QString, expectedDelimiter);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);

    const ReadResult r = readAll(writeFile(bytes), options(QString(), forcedDelimiter));
    QVERIFY2(r.opened, qPrintable(r.error.toString()));
    QVERIFY2(r.complete, qPrintable(r.error.toString()));
    QCOMPARE(r.delimiter, expectedDelimiter);
    QCOMPARE(r.header, header);
    QCOMPARE(r.rows, rows);
}

// ---------------------------------------------------------------------------

void TestTextReader::quotingAndLineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");

    const QStringList header{"id", "commentaire", "note"};
    QTest::newRow("delimiter inside quotes")
        << QByteArray("id;commentaire;note\n1;\"bien; merci\";4\n") << header
        << Rows{{"1", "bien; merci", "4"}} << Lines{2};
    QTest::newRow("doubled quotes stand for one")
        << QByteArray("id;commentaire;note\n1;\"il a dit \"\"non\"\"\";2\n2;\"\"\"\"\"\";3\n") << header
        << Rows{{"1", "il a dit \"non\"", "2"}, {"2", "\"\"", "3"}} << Lines{2, 3};
    QTest::newRow("quoted empty field and empty fields")
        << QByteArray("id;commentaire;note\n1;\"\";\n;;\n") << header
        << Rows{{"1", "", ""}, {"", "", ""}} << Lines{2, 3};
    QTest::newRow("quoted header names")
        << QByteArray("\"id\";\"commentaire\";\"note\"\n1;a;2\n") << header << Rows{{"1", "a", "2"}} << Lines{2};
    // Record::line is the physical line a record starts on, so that errors
    // found later (by the importer) point at the right line of the file.
    QTest::newRow("LF line breaks inside quotes, lines of the records after")
        << QByteArray("id;commentaire;note\n1;\"ligne un\nligne deux\nligne trois\";7\n2;simple;8\n"
                      "3;\"a\nb\";9\n")
        << header
        << Rows{{"1", "ligne un\nligne deux\nligne trois", "7"}, {"2", "simple", "8"}, {"3", "a\nb", "9"}}
        << Lines{2, 5, 6};
    QTest::newRow("CRLF line endings")
        << QByteArray("id;commentaire;note\r\n1;ok;4\r\n2;\"x;y\";3\r\n") << header
        << Rows{{"1", "ok", "4"}, {"2", "x;y", "3"}} << Lines{2, 3};
    // RFC 4180 keeps a quoted line break as it is in the file.
    QTest::newRow("CRLF inside quotes kept, lines of the records after")
        << QByteArray("id;commentaire;note\r\n1;\"un\r\ndeux\r\ntrois\";7\r\n2;fin;8\r\n") << header
        << Rows{{"1", "un\r\ndeux\r\ntrois", "7"}, {"2", "fin", "8"}} << Lines{2, 5};
    QTest::newRow("header field with a line break")
        << QByteArray("id;\"commentaire\nlibre\";note\n1;a;2\n")
        << QStringList{"id", "commentaire\nlibre", "note"} << Rows{{"1", "a", "2"}} << Lines{3};
    QTest::newRow("trailing empty lines LF")
        << QByteArray("id;commentaire;note\n1;a;2\n\n\n\n") << header << Rows{{"1", "a", "2"}} << Lines{2};
    QTest::newRow("trailing empty lines CRLF")
        << QByteArray("id;commentaire;note\r\n1;a;2\r\n\r\n\r\n") << header << Rows{{"1", "a", "2"}} << Lines{2};
    QTest::newRow("blank line between records skipped")
        << QByteArray("id;commentaire;note\n1;a;2\n\n3;b;4\n") << header
        << Rows{{"1", "a", "2"}, {"3", "b", "4"}} << Lines{2, 4};
    QTest::newRow("no line break at the end")
        << QByteArray("id;commentaire;note\n1;a;2") << header << Rows{{"1", "a", "2"}} << Lines{2};
    QTest::newRow("closing quote at the very end")
        << QByteArray("id;commentaire;note\n1;a;\"2\"") << header << Rows{{"1", "a", "2"}} << Lines{2};
    QTest::newRow("delimiter at the very end: last field empty")
        << QByteArray("id;commentaire;note\n1;a;") << header << Rows{{"1", "a", ""}} << Lines{2};
    QTest::newRow("header only") << QByteArray("id;commentaire;note\n") << header << Rows{} << Lines{};
}

void TestTextReader::quotingAndLineEndings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);

    const ReadResult r = readAll(writeFile(bytes), ReadOptions{});
    QVERIFY2(r.opened, qPrintable(r.error.toString()));
    QVERIFY2(r.complete, qPrintable(r.error.toString()));
    QCOMPARE(r.header, header);
    QCOMPARE(r.headerLine, 1);
    QCOMPARE(r.rows, rows);
    QCOMPARE(r.lines, lines);
}

// ---------------------------------------------------------------------------

// A large first row pushes the interesting bytes of the second row across the
// reader's chunk boundary, at each possible offset.
void TestTextReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Rows>("lastRows");
    QTest::addColumn<Lines>("lines");

    struct Case
    {
        const char *name;
        QByteArray before;   // start of row 2, before the bytes to split
        QByteArray split;    // the bytes the boundary falls into
        QByteArray after;    // rest of the file
        Rows lastRows;       // rows 2.. as read
        Lines lines;         // lines of rows 1..
    };
    const QList<Case> cases = {
        {"CRLF line end", "2;fin;", "5\r\n", "3;x;6\r\n", {{"2", "fin", "5"}, {"3", "x", "6"}}, {2, 3, 4}},
        {"doubled quote", "2;\"a", "\"\"", "b\";5\r\n", {{"2", "a\"b", "5"}}, {2, 3}},
        {"closing quote then delimiter", "2;\"a", "\";", "5\r\n", {{"2", "a", "5"}}, {2, 3}},
        {"closing quote then CRLF", "2;fin;\"5", "\"\r\n", "3;x;6\r\n", {{"2", "fin", "5"}, {"3", "x", "6"}}, {2, 3, 4}},
        {"utf-8 e-acute", "2;caf", "\xC3\xA9", ";5\r\n", {{"2", "café", "5"}}, {2, 3}},
        {"quoted CRLF", "2;\"a", "\r\n", "b\";5\r\n3;x;6\r\n", {{"2", "a\r\nb", "5"}, {"3", "x", "6"}}, {2, 3, 5}},
    };
    const QByteArray header = "id;texte;n\r\n";
    for (const Case &c : cases) {
        for (int offset = 0; offset < c.split.size() + 1; ++offset) {
            // The boundary falls before byte `offset` of c.split.
            const qsizetype splitAt = ReaderChunk - offset;
            const qsizetype padding = splitAt - header.size() - 2 - 4 - c.before.size();
            QByteArray bytes = header + "1;" + QByteArray(padding, 'a') + ";0\r\n" + c.before;
            QCOMPARE(bytes.size(), splitAt);
            bytes += c.split + c.after;
            QTest::addRow("%s, boundary before byte %d", c.name, offset)
                << bytes << c.lastRows << c.lines;
        }
    }
}

void TestTextReader::chunkBoundaries()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Rows, lastRows);
    QFETCH(Lines, lines);

    const ReadResult r = readAll(writeFile(bytes), ReadOptions{});
    QVERIFY2(r.opened, qPrintable(r.error.toString()));
    QVERIFY2(r.complete, qPrintable(r.error.toString()));
    QCOMPARE(r.encoding, QStringLiteral("utf-8"));
    QCOMPARE(r.header, (QStringList{"id", "texte", "n"}));
    QCOMPARE(r.rows.size(), lastRows.size() + 1);
    QCOMPARE(r.rows.first().value(2), QStringLiteral("0"));
    QCOMPARE(r.rows.mid(1), lastRows);
    QCOMPARE(r.lines, lines);
}

// ---------------------------------------------------------------------------

void TestTextReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forcedEncoding");
    QTest::addColumn<QString>("forcedDelimiter");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("messageParts");

    const QString none;
    QTest::newRow("unterminated quote: line where it opened")
        << QByteArray("id;commentaire\n1;ok\n2;\"jamais ferm\xC3\xA9\n3;suite\n4;fin\n") << none << none
        << qint64(3) << 2 << QStringList{"never closed", "\""};
    QTest::newRow("unterminated quote in the header")
        << QByteArray("id;\"commentaire\n1;ok\n") << none << none << qint64(1) << 2 << QStringList{"never closed"};
    QTest::newRow("too few fields")
        << QByteArray("a;b;c\n1;2;3\n4;5\n") << none << none << qint64(3) << 3
        << QStringList{"expected 3 fields", "found 2"};
    QTest::newRow("too many fields: column of the first extra one")
        << QByteArray("a;b;c\n1;2;3;4\n") << none << none << qint64(2) << 4
        << QStringList{"expected 3 fields", "found 4"};
    QTest::newRow("wrong field count after a multi-line quoted field")
        << QByteArray("a;b;c\n1;\"x\ny\nz\";3\n4;5\n") << none << none << qint64(5) << 3
        << QStringList{"expected 3 fields", "found 2"};

    QTest::newRow("invalid utf-8 in a mixed file, middle field")
        << QByteArray("id;nom;ville\n1;H\xC3\xA9l\xC3\xA8ne;Lille\n2;H\xE9l\xE8ne;Arras\n") << none << none
        << qint64(3) << 2 << QStringList{"0xe9", "UTF-8", "windows-1252"};
    QTest::newRow("invalid utf-8 in a mixed file, last field of the line")
        << QByteArray("id;ville;nom\n1;Lille;H\xC3\xA9l\xC3\xA8ne\n2;Arras;H\xE9l\xE8ne\n3;Lens;x\n") << none << none
        << qint64(3) << 3 << QStringList{"0xe9", "UTF-8"};
    QTest::newRow("invalid utf-8 on the second line of a quoted field")
        << QByteArray("id;nom\n1;\"caf\xC3\xA9\nd\xE9j\xE0\"\n") << none << none
        << qint64(3) << 2 << QStringList{"0xe9", "UTF-8"};
    QTest::newRow("utf-8 forced on a windows-1252 file")
        << QByteArray("id;nom\n1;\xE9t\xE9\n") << "utf-8" << none << qint64(2) << 2 << QStringList{"0xe9", "UTF-8"};

    QTest::newRow("NUL byte in a middle field")
        << QByteArray("a;b;c\n1;x\0y;3\n", 14) << none << none << qint64(2) << 2 << QStringList{"NUL"};
    QTest::newRow("NUL byte in the last field")
        << QByteArray("a;b;c\n1;2;x\0\n", 13) << none << none << qint64(2) << 3 << QStringList{"NUL"};
    // UTF-16LE without its BOM (with one, as Excel's "Unicode text" export
    // writes it, the file is read: tst_cli_readers).
    QTest::newRow("UTF-16 file without a BOM (NUL bytes)")
        << QByteArray("i\0d\0\t\0n\0o\0m\0\r\0\n\0", 16) << none << none << qint64(1) << 1
        << QStringList{"NUL", "not a text file"};

    QTest::newRow("character after a closing quote")
        << QByteArray("a;b\n\"x\"y;2\n") << none << none << qint64(2) << 1
        << QStringList{"\"y\"", "after a closing quote"};
    QTest::newRow("space after a closing quote, second field")
        << QByteArray("a;b;c\n1;\"x\" ;3\n") << none << none << qint64(2) << 2
        << QStringList{"\" \"", "after a closing quote"};
    QTest::newRow("character after the closing quote of a multi-line field")
        << QByteArray("a;b;c\n1;\"x\ny\"z;3\n") << none << none << qint64(3) << 2
        << QStringList{"\"z\"", "after a closing quote"};

    QTest::newRow("undefined windows-1252 byte 0x81")
        << QByteArray("id;nom\n1;caf\xE9\n2;x\x81y\n") << none << none << qint64(3) << 2
        << QStringList{"0x81", "not a Windows-1252 character"};
    QTest::newRow("undefined windows-1252 byte 0x9D, forced")
        << QByteArray("id;nom;n\n1;\x9D;2\n") << "windows-1252" << none << qint64(2) << 2
        << QStringList{"0x9d", "not a Windows-1252 character"};
    QTest::newRow("undefined windows-1252 byte before a line break inside quotes")
        << QByteArray("id;nom\n1;\"caf\xE9\x81\nsuite\"\n") << none << none << qint64(2) << 2
        << QStringList{"0x81", "not a Windows-1252 character"};
    QTest::newRow("undefined windows-1252 byte after a line break inside quotes")
        << QByteArray("id;nom\n1;\"caf\xE9\nsuite\x81\"\n") << none << none << qint64(3) << 2
        << QStringList{"0x81", "not a Windows-1252 character"};

    QTest::newRow("empty file") << QByteArray() << none << none << qint64(1) << 0
                                << QStringList{"empty", "header"};
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << none << none << qint64(1) << 0
                              << QStringList{"empty", "header"};
    QTest::newRow("unknown forced encoding") << QByteArray("a;b\n1;2\n") << "latin9" << none << qint64(0) << 0
                                             << QStringList{"latin9", "utf-8", "windows-1252"};
    QTest::newRow("unsupported forced delimiter") << QByteArray("a:b\n1:2\n") << none << ":" << qint64(0) << 0
                                                  << QStringList{"\":\"", "delimiter"};

    QByteArray wideHeader;
    for (int i = 0; i < TextReader::MaxFields; ++i)
        wideHeader += "c;";
    QTest::newRow("more than MaxFields columns in the header")
        << wideHeader + "c\n1\n" << none << none << qint64(1) << TextReader::MaxFields + 1
        << QStringList{QString::number(TextReader::MaxFields), "fields"};
    QTest::newRow("more than MaxFields fields in a data row")
        << "a\n" + wideHeader + "c\n" << none << none << qint64(2) << TextReader::MaxFields + 1
        << QStringList{QString::number(TextReader::MaxFields), "fields"};
}

void TestTextReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forcedEncoding);
    QFETCH(QString, forcedDelimiter);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QStringList, messageParts);

    const QString path = writeFile(bytes, QStringLiteral("enquete 2021.csv"));
    const ReadResult r = readAll(path, options(forcedEncoding, forcedDelimiter));
    QVERIFY2(!r.complete, "the file was read without an error");
    QVERIFY(!r.error.isNull());
    QCOMPARE(r.error.file, QStringLiteral("enquete 2021.csv"));
    QCOMPARE(r.error.line, line);
    QCOMPARE(r.error.column, column);
    for (const QString &part : messageParts)
        QVERIFY2(r.error.message.contains(part, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(part, r.error.message)));
    // The form terminals and editors understand.
    QString where = QStringLiteral("enquete 2021.csv");
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    if (line > 0 && column > 0)
        where += QStringLiteral(":%1").arg(column);
    QCOMPARE(r.error.toString(), where + QStringLiteral(": ") + r.error.message);
}

// ---------------------------------------------------------------------------

void TestTextReader::longRecords_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");

    const qsizetype max = TextReader::MaxRecordBytes;
    QTest::newRow("one field of exactly MaxRecordBytes accepted")
        << QByteArray(max, 'x') + "\n1\n" << true << qint64(0) << 0;
    QTest::newRow("one byte over MaxRecordBytes, then a line break")
        << QByteArray(max + 1, 'x') + "\n1\n" << false << qint64(1) << 1;
    QTest::newRow("one endless line without a line break")
        << QByteArray(max + 3 * ReaderChunk / 2, 'x') << false << qint64(1) << 1;
    QTest::newRow("data record over the limit across fields")
        << "id;texte\n1;" + QByteArray(max, 'x') + "\n" << false << qint64(2) << 2;
    QTest::newRow("quoted data field over the limit")
        << "id;texte\n1;\"" + QByteArray(max + 1, 'x') + "\"\n" << false << qint64(2) << 2;
}

void TestTextReader::longRecords()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, accepted);
    QFETCH(qint64, line);
    QFETCH(int, column);

    const ReadResult r = readAll(writeFile(bytes), ReadOptions{});
    bytes.clear();
    if (accepted) {
        QVERIFY2(r.complete, qPrintable(r.error.toString()));
        QCOMPARE(r.header.size(), 1);
        QCOMPARE(qint64(r.header.first().size()), TextReader::MaxRecordBytes);
        QCOMPARE(r.rows, (Rows{{"1"}}));
        return;
    }
    QVERIFY(!r.complete);
    QCOMPARE(r.error.line, line);
    QCOMPARE(r.error.column, column);
    QVERIFY2(r.error.message.contains(QStringLiteral("%1 MiB").arg(TextReader::MaxRecordBytes >> 20)),
             qPrintable(r.error.message));
}

// ---------------------------------------------------------------------------

void TestTextReader::progressReachesOne()
{
    // Several chunks, so that progress has to account for what is buffered.
    QByteArray bytes = "id;texte;n\n";
    const int rowCount = 80000;
    for (int i = 0; i < rowCount; ++i)
        bytes += QByteArray::number(i) + ";quelque chose de lisible;" + QByteArray::number(i % 4) + '\n';
    QVERIFY(bytes.size() > 2 * ReaderChunk);
    TextReader reader(writeFile(bytes), ReadOptions{});
    QVERIFY2(reader.open(), qPrintable(reader.error().toString()));
    QVERIFY(reader.progress() >= 0.0);
    QVERIFY(reader.progress() < 0.01);

    Record record;
    double last = reader.progress();
    int rows = 0;
    while (reader.next(record)) {
        ++rows;
        const double p = reader.progress();
        QVERIFY2(p >= last, "progress went backwards");
        last = p;
        if (rows == rowCount / 2)
            QVERIFY2(qAbs(p - 0.5) < 0.02, qPrintable(QString::number(p)));
    }
    QVERIFY(reader.error().isNull());
    QCOMPARE(rows, rowCount);
    QCOMPARE(reader.progress(), 1.0);

    // A BOM file starts 3 bytes in and still ends at 1.
    TextReader small(writeFile("\xEF\xBB\xBFid;n\n1;2\n", QStringLiteral("small.csv")), ReadOptions{});
    QVERIFY(small.open());
    QVERIFY(small.next(record));
    QVERIFY(!small.next(record));
    QCOMPARE(small.progress(), 1.0);
}

QTEST_GUILESS_MAIN(TestTextReader)
#include "tst_textreader.moc"
