// Table exports: CSV as a French or English Excel reads it, XLSX read back with
// the project's own reader, formula neutralisation, clipboard text.
#include "tableexport.h"
#include "xlsxpackage.h"
#include "xlsxreader.h"

#include <QFile>
#include <QAbstractTableModel>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A small table like the figure models: DisplayRole is locale text, EditRole
// the value: text, a full-precision score, a count (qint64), a signed gap,
// and text cells that a spreadsheet would run.
class SampleModel : public QAbstractTableModel
{
public:
    struct Row
    {
        QString label;
        double score;
        qint64 n;
        double gap;
        QString note;
    };
    explicit SampleModel(QList<Row> rows) : m_rows(std::move(rows)) {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 5; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const Row &row = m_rows[index.row()];
        const QLocale locale;
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case 0: return row.label;
            case 1: return locale.toString(row.score, 'f', 1);
            case 2: return locale.toString(row.n);
            case 3: return locale.toString(row.gap, 'f', 2);
            case 4: return row.note;
            }
        } else if (role == Qt::EditRole) {
            switch (index.column()) {
            case 0: return row.label;
            case 1: return row.score;
            case 2: return row.n;
            case 3: return row.gap;
            case 4: return row.note;
            }
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        static const QStringList names = {QStringLiteral("Question"), QStringLiteral("Score /10"),
                                          QStringLiteral("n"), QStringLiteral("Gap"), QStringLiteral("Note")};
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return names.value(section);
        return {};
    }

private:
    QList<Row> m_rows;
};

std::unique_ptr<SampleModel> sampleModel()
{
    return std::make_unique<SampleModel>(QList<SampleModel::Row>{
        {QStringLiteral("Propreté des parties communes"), 47.0 / 6.0, 40185, -0.25, QStringLiteral("=SUM(A1)")},
        {QStringLiteral("Accueil; \"hall\", ascenseur"), 6.5, 30, 1.5, QStringLiteral("-5")},
        {QStringLiteral("+1"), 5.0, 12, -5, QStringLiteral("@x")},
        {QStringLiteral("\tTab"), 9.25, 1, 0, QStringLiteral("\rCR")},
    });
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QStringList> readXlsx(const QString &path, const QString &sheet, QStringList *header)
{
    ReadOptions options;
    options.sheet = sheet;
    XlsxReader reader(path, options);
    if (!reader.open())
        return {};
    for (int i = 0; i < reader.header().size(); ++i)
        header->append(reader.header().text(i));
    QList<QStringList> rows;
    Record record;
    while (reader.next(record)) {
        QStringList row;
        for (int i = 0; i < record.size(); ++i)
            row << record.text(i);
        rows << row;
    }
    return rows;
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void neutralise_data();
    void neutralise();
    void csvFrench();
    void csvEnglish();
    void csvUnwritablePath();
    void xlsxReadsBack();
    void xlsxSheetNames();
    void tabSeparated();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTableExport::init()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTableExport::neutralise_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formula") << "=SUM(A1)" << "'=SUM(A1)";
    QTest::newRow("plus") << "+1" << "'+1";
    QTest::newRow("minus as text") << "-1" << "'-1";
    QTest::newRow("at") << "@x" << "'@x";
    QTest::newRow("tab") << "\tx" << "'\tx";
    QTest::newRow("carriage return") << "\rx" << "'\rx";
    QTest::newRow("plain text") << "Propreté" << "Propreté";
    QTest::newRow("equals later") << "a=b" << "a=b";
    QTest::newRow("empty") << "" << "";
}

void TestTableExport::neutralise()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(neutraliseFormula(text), expected);
}

void TestTableExport::csvFrench()
{
    const auto model = sampleModel();
    const QString path = m_dir->filePath(QStringLiteral("fr.csv"));
    QString error;
    QVERIFY2(exportCsv(*model, path, QLocale(QLocale::French, QLocale::France), &error), qPrintable(error));
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 6); // header, 4 rows, the empty string after the last CRLF
    QCOMPARE(lines[0], QStringLiteral("Question;Score /10;n;Gap;Note"));
    // Full precision, decimal comma, no group separator in 40185, ASCII minus.
    QCOMPARE(lines[1], QStringLiteral("Propreté des parties communes;7,833333333333333;40185;-0,25;'=SUM(A1)"));
    // A ; inside a field is quoted, quotes doubled; the text "-5" is neutralised.
    QCOMPARE(lines[2], QStringLiteral("\"Accueil; \"\"hall\"\", ascenseur\";6,5;30;1,5;'-5"));
    // The number -5 stays a number; text starting with + or @ does not run.
    QCOMPARE(lines[3], QStringLiteral("'+1;5;12;-5;'@x"));
    // A cell starting with CR is quoted (it holds a line break) and neutralised.
    QCOMPARE(lines[4], QStringLiteral("'\tTab;9,25;1;0;\"'\rCR\""));
}

void TestTableExport::csvEnglish()
{
    const auto model = sampleModel();
    const QString path = m_dir->filePath(QStringLiteral("en.csv"));
    QVERIFY(exportCsv(*model, path, QLocale(QLocale::English, QLocale::UnitedKingdom)));
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines[0], QStringLiteral("Question,Score /10,n,Gap,Note"));
    QCOMPARE(lines[1], QStringLiteral("Propreté des parties communes,7.833333333333333,40185,-0.25,'=SUM(A1)"));
    QCOMPARE(lines[2], QStringLiteral("\"Accueil; \"\"hall\"\", ascenseur\",6.5,30,1.5,'-5"));
}

void TestTableExport::csvUnwritablePath()
{
    const auto model = sampleModel();
    QString error;
    QVERIFY(!exportCsv(*model, m_dir->filePath(QStringLiteral("missing/dir/x.csv")), QLocale(), &error));
    QVERIFY(!error.isEmpty());
}

void TestTableExport::xlsxReadsBack()
{
    const auto model = sampleModel();
    const QString path = m_dir->filePath(QStringLiteral("tables.xlsx"));
    QString error;
    QVERIFY2(exportXlsx({{QStringLiteral("Scores"), model.get()}}, path, &error), qPrintable(error));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QStringList header;
    const QList<QStringList> rows = readXlsx(path, QStringLiteral("1"), &header);
    QCOMPARE(header, QStringList({QStringLiteral("Question"), QStringLiteral("Score /10"), QStringLiteral("n"),
                                  QStringLiteral("Gap"), QStringLiteral("Note")}));
    QCOMPARE(rows.size(), 4);
    // Numbers intact: the reader writes the shortest decimal of the stored double.
    QCOMPARE(rows[0][1].toDouble(), 47.0 / 6.0);
    QCOMPARE(rows[0][2], QStringLiteral("40185"));
    QCOMPARE(rows[0][3].toDouble(), -0.25);
    QCOMPARE(rows[2][3].toDouble(), -5.0);
    QCOMPARE(rows[0][0], QStringLiteral("Propreté des parties communes"));
    QCOMPARE(rows[0][4], QStringLiteral("'=SUM(A1)"));
    QCOMPARE(rows[1][4], QStringLiteral("'-5"));
    QCOMPARE(rows[2][0], QStringLiteral("'+1"));
    QCOMPARE(rows[2][4], QStringLiteral("'@x"));

    // In the sheet itself: numbers are numeric cells, and no cell is a formula.
    XlsxPackage package(path);
    QVERIFY(package.open());
    QVERIFY(package.beginPart(QStringLiteral("xl/worksheets/sheet1.xml")));
    int numbers = 0;
    bool formula = false;
    QString cellType;
    while (true) {
        const QXmlStreamReader::TokenType token = package.readNext();
        if (token == QXmlStreamReader::EndDocument || token == QXmlStreamReader::Invalid)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = package.xml().name();
        if (name == u"c")
            cellType = package.xml().attributes().value(QStringLiteral("t")).toString();
        else if (name == u"f")
            formula = true;
        else if (name == u"v" && cellType.isEmpty())
            ++numbers;
    }
    QVERIFY(!package.failed());
    QVERIFY(!formula);
    QCOMPARE(numbers, 4 * 3);
}

void TestTableExport::xlsxSheetNames()
{
    const auto model = sampleModel();
    const QString path = m_dir->filePath(QStringLiteral("names.xlsx"));
    const QString longName = QStringLiteral("[Scores]/2020: a name far longer than Excel's limit");
    QVERIFY(exportXlsx({{longName, model.get()}, {longName, model.get()}, {QStringLiteral("'?'"), model.get()}},
                       path));
    XlsxReader reader(path, {});
    QVERIFY(reader.open());
    const QStringList names = reader.sheetNames();
    QCOMPARE(names.size(), 3);
    for (const QString &name : names) {
        QVERIFY2(name.size() <= 31, qPrintable(name));
        for (const QChar c : QStringLiteral("[]:*?/\\"))
            QVERIFY2(!name.contains(c), qPrintable(name));
    }
    QCOMPARE(names[0], QStringLiteral("Scores 2020 a name far longer t"));
    QVERIFY(names[1] != names[0]);
    QVERIFY(names[1].endsWith(QStringLiteral("(2)")));
    QVERIFY(!names[2].isEmpty());
}

void TestTableExport::tabSeparated()
{
    const auto model = sampleModel();
    const QString text = modelAsTabSeparated(*model); // default locale: French
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0], QStringLiteral("Question\tScore /10\tn\tGap\tNote"));
    QCOMPARE(lines[1], QStringLiteral("Propreté des parties communes\t7,833333333333333\t40185\t-0,25\t'=SUM(A1)"));
    // A tab or CR inside a cell would shift the columns: neutralised, then a space.
    QCOMPARE(lines[4], QStringLiteral("' Tab\t9,25\t1\t0\t' CR"));
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
