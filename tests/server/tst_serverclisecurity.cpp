// A landlord's user through the application on a server store: its own
// landlord and the region, other landlords only as anonymous peers, and
// exit code 4 for whatever its role may not do; the window offers it no
// writing and no region-wide segment. Every line any of its
// commands prints, and the PDF report it writes, is searched for the other
// landlords' codes.
#include "figureselection.h"
#include "filterbar.h"
#include "pages/datapage.h"
#include "securitydata.h"
#include "serverfixture.h"
#include "store.h"
#include "storelocation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QComboBox>
#include <QProcess>
#include <QPushButton>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace SecurityData;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// 900 respondents, three landlords, a departement segment and an agency
// segment whose values name each landlord (two agencies each).
QByteArray surveyCsv()
{
    const QByteArray codes[] = {OwnCode.toUtf8(), OtherCodes[0].toUtf8(), OtherCodes[1].toUtf8()};
    QByteArray csv = "id;bailleur;qpv;poids;departement;agence";
    for (int q = 1; q <= 29; ++q)
        csv += ";Q" + QByteArray::number(q).rightJustified(2, '0');
    csv += '\n';
    for (int i = 0; i < 900; ++i) {
        const int l = i % 3;
        csv += "SECRETID-" + QByteArray::number(i) + ';' + codes[l] + ';' + QByteArray::number(i % 4 == 0) + ';'
               + QByteArray::number(0.5 + (i % 7) * 0.25) + ';' + QByteArray::number(38 + i % 2) + ";Agence "
               + codes[l] + (i % 5 < 2 ? " Nord" : " Sud");
        for (int q = 1; q <= 29; ++q)
            csv += ';' + QByteArray::number(1 + (i * 7 + q * 3 + l * (q % 3)) % 4);
        csv += '\n';
    }
    return csv;
}

} // namespace

class TestServerCliSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void landlordSeesItsOwnAndTheRegion();
    void landlordSeesPeersAnonymous();
    void landlordIsRefused_data();
    void landlordIsRefused();
    void landlordReport();
    void userManagement();
    void rawSqlOnImportedStore();
    void windowFollowsTheRole();

private:
    Run run(const QString &user, const QString &password, const QStringList &arguments,
            const QByteArray &input = QByteArray());
    Run asAlice(const QStringList &arguments) { return run(m_alice, Password, arguments); }
    Run asAdmin(const QStringList &arguments) { return run(m_admin, Password, arguments); }
    static QJsonArray json(const Run &r) { return QJsonDocument::fromJson(r.out).array(); }

    static inline const QString Password = QStringLiteral("pw-ç-1234");
    QTemporaryDir m_dir;
    ServerFixture m_fixture;
    QString m_admin, m_alice;
};

Run TestServerCliSecurity::run(const QString &user, const QString &password, const QStringList &arguments,
                               const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("SATISFECIT_DB"));
    if (!password.isEmpty()) {
        env.insert(QStringLiteral("PGPASSWORD"), password);
        env.remove(QStringLiteral("PGPASSFILE"));
    }
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(SATISFECIT_BINARY),
                  QStringList{QStringLiteral("--db"), m_fixture.uri(user), QStringLiteral("--lang"),
                              QStringLiteral("en")} + arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    Run r;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

void TestServerCliSecurity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_fixture.create(&error, false), qPrintable(error));
    const QString superuser = qEnvironmentVariable("PGUSER");
    // server-init as the owner, twice: it creates and then finds all done.
    for (int i = 0; i < 2; ++i) {
        const Run init = run(superuser, QString(), {QStringLiteral("server-init")});
        QVERIFY2(init.code == 0, init.err.constData());
    }
    m_admin = m_fixture.prefix() + QStringLiteral("adm");
    m_alice = m_fixture.prefix() + QStringLiteral("alice");
    const Run add = run(superuser, QString(), {QStringLiteral("server-user"), QStringLiteral("add"), m_admin,
                                               QStringLiteral("--admin"), QStringLiteral("--password-stdin")},
                        Password.toUtf8() + '\n');
    QVERIFY2(add.code == 0, add.err.constData());

    QFile file(m_dir.filePath(QStringLiteral("enquete.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(surveyCsv());
    file.close();
    const Run import = asAdmin({QStringLiteral("import"), file.fileName(), QStringLiteral("--year"),
                                QStringLiteral("2023")});
    QVERIFY2(import.code == 0, import.err.constData());
    const Run alice = asAdmin({QStringLiteral("server-user"), QStringLiteral("add"), m_alice,
                               QStringLiteral("--landlord"), OwnCode, QStringLiteral("--password-stdin")});
    QCOMPARE(alice.code, 1); // no password on standard input
    const Run added = run(m_admin, Password, {QStringLiteral("server-user"), QStringLiteral("add"), m_alice,
                                              QStringLiteral("--landlord"), OwnCode,
                                              QStringLiteral("--password-stdin")},
                          Password.toUtf8() + '\n');
    QVERIFY2(added.code == 0, added.err.constData());
}

void TestServerCliSecurity::cleanupTestCase()
{
    m_fixture.drop();
}

void TestServerCliSecurity::landlordSeesItsOwnAndTheRegion()
{
    const Run waves = asAlice({QStringLiteral("waves"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(waves.code == 0, waves.err.constData());
    QCOMPARE(json(waves).size(), 1);
    // The region's and its own landlord's figures, as the administrator gets them.
    for (const QStringList &options : {QStringList{}, QStringList{QStringLiteral("--landlord"), OwnCode},
                                       QStringList{QStringLiteral("--by"), QStringLiteral("qpv")}}) {
        const QStringList arguments = QStringList{QStringLiteral("scores"), QStringLiteral("--format"),
                                                  QStringLiteral("json")} + options;
        const Run mine = asAlice(arguments), admin = asAdmin(arguments);
        QVERIFY2(mine.code == 0, mine.err.constData());
        QVERIFY2(admin.code == 0, admin.err.constData());
        const QJsonArray a = json(mine), b = json(admin);
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonObject x = a[i].toObject(), y = b[i].toObject();
            QCOMPARE(x[QStringLiteral("code")], y[QStringLiteral("code")]);
            QCOMPARE(x[QStringLiteral("segment")], y[QStringLiteral("segment")]);
            QCOMPARE(x[QStringLiteral("n")], y[QStringLiteral("n")]);
            QVERIFY(qAbs(x[QStringLiteral("score")].toDouble() - y[QStringLiteral("score")].toDouble()) < 1e-9);
            QVERIFY(qAbs(x[QStringLiteral("se")].toDouble() - y[QStringLiteral("se")].toDouble()) < 1e-9);
        }
        QVERIFY(findSecret(mine.out + mine.err).isEmpty());
    }
    // Its own respondents: its landlord's drivers as the administrator gets them…
    const QStringList drivers = {QStringLiteral("drivers"), QStringLiteral("--landlord"), OwnCode,
                                 QStringLiteral("--format"), QStringLiteral("csv")};
    const Run mine = asAlice(drivers), admin = asAdmin(drivers);
    QVERIFY2(mine.code == 0, mine.err.constData());
    QCOMPARE(mine.out, admin.out);
    QVERIFY(mine.out.count('\n') > 2);
    QVERIFY(findSecret(mine.out + mine.err).isEmpty());
    // …and its landlord's segments, from its own respondents, with the
    // administrator's errors: domains of the whole wave's design, whose N
    // the server gives (tst_serverdomainse for every design and weighting).
    // Its agencies: its own two, with the administrator's figures; the
    // others' names are never read (its dictionary has them as null, its
    // counts make them "others", where the administrator sees them empty).
    for (const QString &column : {QStringLiteral("departement"), QStringLiteral("agence")}) {
        const QStringList segments = {QStringLiteral("scores"), QStringLiteral("--landlord"), OwnCode,
                                      QStringLiteral("--by"), column, QStringLiteral("--format"),
                                      QStringLiteral("json")};
        const Run mineBy = asAlice(segments), adminBy = asAdmin(segments);
        QVERIFY2(mineBy.code == 0, mineBy.err.constData());
        QHash<QString, QJsonObject> admin;
        for (const QJsonValue &row : json(adminBy)) {
            const QJsonObject y = row.toObject();
            admin.insert(y[QStringLiteral("code")].toString() + QLatin1Char('/') + y[QStringLiteral("segment")].toString(), y);
        }
        int compared = 0;
        for (const QJsonValue &row : json(mineBy)) {
            const QJsonObject x = row.toObject();
            const QString segment = x[QStringLiteral("segment")].toString();
            if (column == QLatin1String("agence") && !segment.startsWith(QLatin1String("Agence ") + OwnCode)) {
                QCOMPARE(x[QStringLiteral("n")].toInt(), 0);
                continue;
            }
            const QJsonObject y = admin.value(x[QStringLiteral("code")].toString() + QLatin1Char('/') + segment);
            QVERIFY2(!y.isEmpty(), qPrintable(segment));
            for (const char *field : {"code", "segment", "score", "pct_satisfied", "n", "n_eff", "band"})
                QCOMPARE(x[QLatin1String(field)], y[QLatin1String(field)]);
            for (const char *field : {"se", "ci_low", "ci_high"}) {
                const double a = x[QLatin1String(field)].toDouble(), b = y[QLatin1String(field)].toDouble();
                QVERIFY2(qAbs(a - b) <= 1e-12 * qAbs(b) && b > 0.0, field);
            }
            ++compared;
        }
        QCOMPARE(compared, 58); // 29 questions, two values of its own
        QVERIFY(findSecret(mineBy.out + mineBy.err).isEmpty());
    }
    // What it would have printed had it read the whole dictionary.
    QVERIFY(!findSecret(asAdmin({QStringLiteral("scores"), QStringLiteral("--landlord"), OwnCode,
                                 QStringLiteral("--by"), QStringLiteral("agence")})
                            .out)
                 .isEmpty());
}

void TestServerCliSecurity::landlordSeesPeersAnonymous()
{
    const Run byLandlord = asAlice({QStringLiteral("scores"), QStringLiteral("--by"), QStringLiteral("landlord"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(byLandlord.code == 0, byLandlord.err.constData());
    QSet<QString> segments;
    for (const QJsonValue &row : json(byLandlord))
        segments << row.toObject()[QStringLiteral("segment")].toString();
    QVERIFY2(segments.contains(OwnCode), byLandlord.out.left(400).constData());
    QCOMPARE(segments.size(), 3);
    for (const QString &s : segments)
        QVERIFY2(s == OwnCode || s.startsWith(QLatin1String("pair-")), qPrintable(s));
    QVERIFY(findSecret(byLandlord.out + byLandlord.err).isEmpty());
}

void TestServerCliSecurity::landlordIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString file = m_dir.filePath(QStringLiteral("enquete.csv"));
    QTest::newRow("import") << QStringList{QStringLiteral("import"), file, QStringLiteral("--year"),
                                           QStringLiteral("2021")};
    QTest::newRow("delete-wave") << QStringList{QStringLiteral("delete-wave"), QStringLiteral("2023")};
    QTest::newRow("design") << QStringList{QStringLiteral("design"), QStringLiteral("--year"), QStringLiteral("2023"),
                                           QStringLiteral("--strata"), QStringLiteral("none")};
    QTest::newRow("another landlord's scores")
        << QStringList{QStringLiteral("scores"), QStringLiteral("--landlord"), OtherCodes[0]};
    QTest::newRow("another landlord's drivers")
        << QStringList{QStringLiteral("drivers"), QStringLiteral("--landlord"), OtherCodes[1]};
    QTest::newRow("another landlord's report")
        << QStringList{QStringLiteral("report"), QStringLiteral("--landlord"), OtherCodes[0], QStringLiteral("--out"),
                       m_dir.filePath(QStringLiteral("b2.pdf"))};
    QTest::newRow("the region by a segment column")
        << QStringList{QStringLiteral("scores"), QStringLiteral("--by"), QStringLiteral("departement")};
    QTest::newRow("every landlord's report")
        << QStringList{QStringLiteral("report"), QStringLiteral("--each-landlord"), QStringLiteral("--out"),
                       m_dir.path()};
    QTest::newRow("server-user list") << QStringList{QStringLiteral("server-user"), QStringLiteral("list")};
    QTest::newRow("server-user remove") << QStringList{QStringLiteral("server-user"), QStringLiteral("remove"), m_admin};
    QTest::newRow("server-init") << QStringList{QStringLiteral("server-init")};
}

void TestServerCliSecurity::landlordIsRefused()
{
    QFETCH(QStringList, arguments);
    const Run r = asAlice(arguments);
    QVERIFY2(r.code == 4, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(QString::fromUtf8(r.err))));
    QVERIFY2(r.err.startsWith("satisfecit: ") && r.err.size() > 20, r.err.constData());
    QVERIFY(findSecret(r.out + r.err).isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("b2.pdf"))));
}

void TestServerCliSecurity::landlordReport()
{
    const QString pdf = m_dir.filePath(QStringLiteral("mine.pdf"));
    const Run report = asAlice({QStringLiteral("report"), QStringLiteral("--landlord"), OwnCode,
                                QStringLiteral("--out"), pdf});
    QVERIFY2(report.code == 0, report.err.constData());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QByteArray content = text.readAllStandardOutput();
    QVERIFY(content.contains(OwnCode.toUtf8()));
    QVERIFY2(findSecret(content).isEmpty(), findSecret(content).constData());
}

void TestServerCliSecurity::userManagement()
{
    const Run list = asAdmin({QStringLiteral("server-user"), QStringLiteral("list"), QStringLiteral("--format"),
                              QStringLiteral("csv")});
    QVERIFY2(list.code == 0, list.err.constData());
    QVERIFY(list.out.contains((m_alice + QStringLiteral(",landlord,") + OwnCode).toUtf8()));
    QVERIFY(list.out.contains((m_admin + QStringLiteral(",admin,")).toUtf8()));
    // Bad requests: exit 1 with the reason.
    const Run unknown = asAdmin({QStringLiteral("server-user"), QStringLiteral("add"),
                                 m_fixture.prefix() + QStringLiteral("x"), QStringLiteral("--landlord"),
                                 QStringLiteral("NOPE")});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains("NOPE"));
    const Run both = asAdmin({QStringLiteral("server-user"), QStringLiteral("add"), QStringLiteral("y"),
                              QStringLiteral("--admin"), QStringLiteral("--landlord"), OwnCode});
    QCOMPARE(both.code, 1);
    const Run self = asAdmin({QStringLiteral("server-user"), QStringLiteral("remove"), m_admin});
    QCOMPARE(self.code, 1);
    // On a store file, server-user is refused as a command line error.
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("s.sqlite"))));
    }
    QProcess file;
    file.start(QStringLiteral(SATISFECIT_BINARY), {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("s.sqlite")),
                                                   QStringLiteral("server-user"), QStringLiteral("list")});
    QVERIFY(file.waitForFinished(30000));
    QCOMPARE(file.exitCode(), 1);
}

void TestServerCliSecurity::rawSqlOnImportedStore()
{
    // What the import wrote (each chunk one landlord's, the peer summary),
    // read with raw SQL as the landlord's user.
    {
        QSqlDatabase alice = m_fixture.connectAs(QStringLiteral("raw-alice"), m_alice, Password);
        QVERIFY2(alice.isOpen(), qPrintable(alice.lastError().text()));
        QSqlQuery query(alice);
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM satisfecit.landlords")) && query.next());
        const qint64 own = query.value(0).toLongLong();
        QVERIFY(!query.next());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), sum(length(qpv)) FROM satisfecit.respondents")) && query.next());
        QVERIFY(query.value(0).toInt() >= 1);
        QCOMPARE(query.value(1).toInt(), 300); // its own respondents, all of them
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM satisfecit.wave_peer_summaries")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // The wave row's checksum the import wrote hashes every landlord's code:
        // closed to the user, and found in none of what it reads.
        QList<QByteArray> checksums;
        QSqlQuery owner(m_fixture.superuser());
        QVERIFY(owner.exec(QStringLiteral("SELECT checksum FROM waves")));
        while (owner.next())
            checksums << owner.value(0).toByteArray();
        QCOMPARE(checksums.size(), 1);
        QCOMPARE(checksums[0].size(), 32);
        QVERIFY(!query.exec(QStringLiteral("SELECT checksum FROM satisfecit.waves")));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
        int cells = 0;
        const QList<Relation> relations = readableRelations(alice);
        QVERIFY(relations.size() > 100);
        const QString problem = scanRelations(alice, relations, own, &cells, checksums);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(cells > 1000);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-alice"));
}

// The window as the landlord's user: the filter bar offers the region and
// its own landlord, a segment comes with its own landlord (its respondents
// are all it may read, and must not be shown as the region's), and the Data
// page offers no import, deletion or weighting. An administrator keeps a
// segment of the whole region.
void TestServerCliSecurity::windowFollowsTheRole()
{
    const auto open = [this](Store &store, const QString &user) {
        StoreLocation location = StoreLocation::parse(m_fixture.uri(user));
        location.setPassword(Password);
        return store.open(location);
    };
    Store alice;
    QVERIFY2(open(alice, m_alice), qPrintable(alice.error().message));
    QCOMPARE(alice.sessionLandlord(), OwnCode);
    FigureSelection selection;
    FilterBar bar(&selection);
    bar.setStore(&alice);
    QCOMPARE(bar.landlordCombo()->count(), 2);
    QCOMPARE(bar.landlordCombo()->itemData(1).toString(), OwnCode);
    bar.landlordCombo()->setCurrentIndex(0);
    const int departement = bar.segmentColumnCombo()->findData(QStringLiteral("departement"));
    QVERIFY(departement > 0);
    bar.segmentColumnCombo()->setCurrentIndex(departement);
    QCOMPARE(selection.landlord(), OwnCode);
    QCOMPARE(selection.segmentColumn(), QStringLiteral("departement"));
    QVERIFY(!bar.segmentColumnCombo()->toolTip().isEmpty());
    bar.landlordCombo()->setCurrentIndex(0);
    QCOMPARE(selection.landlord(), QString());
    QCOMPARE(selection.segmentColumn(), QString());

    DataPage page;
    page.setStore(&alice);
    const QList<QPushButton *> buttons = page.findChildren<QPushButton *>();
    QVERIFY(buttons.size() >= 5);
    for (const QPushButton *button : buttons)
        QVERIFY2(!button->isEnabled(), qPrintable(button->text()));

    Store admin;
    QVERIFY2(open(admin, m_admin), qPrintable(admin.error().message));
    QVERIFY(admin.sessionLandlord().isEmpty());
    bar.setStore(&admin);
    bar.landlordCombo()->setCurrentIndex(0);
    bar.segmentColumnCombo()->setCurrentIndex(bar.segmentColumnCombo()->findData(QStringLiteral("departement")));
    QCOMPARE(selection.landlord(), QString());
    QCOMPARE(selection.segmentColumn(), QStringLiteral("departement"));
    QVERIFY(bar.segmentColumnCombo()->toolTip().isEmpty());
    page.setStore(&admin);
    int enabled = 0;
    for (const QPushButton *button : buttons)
        enabled += button->isEnabled();
    QVERIFY(enabled >= 3); // the imports at least; deletion and weighting need a selected wave
    page.setStore(nullptr);
    bar.setStore(nullptr);
}

QTEST_MAIN(TestServerCliSecurity)
#include "tst_serverclisecurity.moc"
