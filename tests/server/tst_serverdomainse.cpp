// A landlord's user of a server store reads its own respondents only, yet
// gets the administrator's figures for its own groups: the same estimates
// AND standard errors (domains of the whole wave's design: N and n_h of
// the whole wave; a raked wave's calibrated errors), for the landlord as a
// whole, QPV or not within it, its segment values, shares and drivers, and
// for the region (whole, QPV, hors QPV; against the rest of the wave), on a
// plain and a raked (and trimmed) wave, without strata, stratified by
// landlord and by a segment column. Both users on the same store, on the
// real test server; the wave is imported, raked and redesigned with the
// command line as an administrator does it.
#include "figureengine.h"
#include "figuretables.h"
#include "pgtables.h"
#include "ranking.h"
#include "scoretable.h"
#include "securitydata.h"
#include "serverfixture.h"
#include "sharefigures.h"
#include "store.h"
#include "storelocation.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace SecurityData;

namespace {

const QString Password = QStringLiteral("pw-domaine-5678");
const QStringList Landlords = {OwnCode, OtherCodes[0], OtherCodes[1]};

// 1,500 respondents of three landlords of unequal sizes, QPV, file weights,
// two segment columns (departement: 3 values, habitat: 2), twelve
// satisfaction questions with some answers missing, a single-choice and a
// yes/no question.
QByteArray surveyCsv()
{
    QByteArray csv = "id;bailleur;qpv;poids;departement;habitat";
    for (int q = 1; q <= 12; ++q)
        csv += ";Q" + QByteArray::number(q).rightJustified(2, '0');
    csv += ";Q30;Q31\n";
    for (int i = 0; i < 1500; ++i) {
        const int l = i % 5 < 2 ? 0 : (i % 5 < 4 ? 1 : 2);
        const QByteArray qpv = QByteArray::number(int((i * 7 + l) % 3 == 0));
        const QByteArray departement = QByteArray::number(59 + (i * 13 + l) % 3);
        const QByteArray habitat = (i * 11 + 3 * l) % 4 == 0 ? "individuel" : "collectif";
        csv += "R-" + QByteArray::number(i) + ';' + Landlords[l].toUtf8() + ';' + qpv + ';'
               + QByteArray::number(0.6 + ((i * 17) % 9) * 0.2) + ';' + departement + ';' + habitat;
        for (int q = 1; q <= 12; ++q) {
            const int v = (i * (q + 3) + q * l + i / 7) % 23;
            csv += ';' + (v == 22 && q > 1 ? QByteArray() : QByteArray::number(1 + (v + l * q) % 4));
        }
        csv += ';' + QByteArray::number(1 + (i * 5 + l) % 4);
        csv += ';' + ((i % 19) == 0 ? QByteArray() : QByteArray::number(1 + (i * 3 + l) % 2));
        csv += '\n';
    }
    return csv;
}

QByteArray marginsCsv()
{
    return "variable;value;count\n"
           "bailleur;" + OwnCode.toUtf8() + ";4000\n"
           "bailleur;" + OtherCodes[0].toUtf8() + ";3500\n"
           "bailleur;" + OtherCodes[1].toUtf8() + ";2500\n"
           "qpv;1;3800\nqpv;0;6200\n"
           "habitat;collectif;7100\nhabitat;individuel;2900\n";
}

bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::fabs(a - b) <= 1e-12 * std::max(std::fabs(a), std::fabs(b)) + 1e-300;
}

QString describe(const QString &what, double a, double b)
{
    return QStringLiteral("%1: landlord %2, admin %3").arg(what).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17);
}

} // namespace

class TestServerDomainSe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void landlordGetsTheAdministratorsErrors_data();
    void landlordGetsTheAdministratorsErrors();
    void upgradeFromVersion1();

private:
    int cli(const QStringList &arguments, QByteArray *err = nullptr);
    bool openAs(Store &store, const QString &user);
    /// Every figure of own groups, compared; the first difference, or empty.
    QString compare(FigureEngine &mine, FigureEngine &admin, qint64 waveId, int *compared);

    QTemporaryDir m_dir;
    ServerFixture m_fixture;
    QString m_admin, m_alice;
};

int TestServerDomainSe::cli(const QStringList &arguments, QByteArray *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral(".local")));
    env.remove(QStringLiteral("SATISFECIT_DB"));
    const bool owner = arguments.value(0) == QLatin1String("server-init") || arguments.value(1) == QLatin1String("add");
    if (!owner) {
        env.insert(QStringLiteral("PGPASSWORD"), Password);
        env.remove(QStringLiteral("PGPASSFILE"));
    }
    process.setProcessEnvironment(env);
    const QString user = owner ? qEnvironmentVariable("PGUSER") : m_admin;
    process.start(QStringLiteral(SATISFECIT_BINARY),
                  QStringList{QStringLiteral("--db"), m_fixture.uri(user), QStringLiteral("--lang"),
                              QStringLiteral("en")} + arguments);
    process.waitForStarted();
    if (arguments.contains(QStringLiteral("--password-stdin")))
        process.write(Password.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

bool TestServerDomainSe::openAs(Store &store, const QString &user)
{
    StoreLocation location = StoreLocation::parse(m_fixture.uri(user));
    location.setPassword(Password);
    return store.open(location, Store::OpenMode::ExistingOnly);
}

void TestServerDomainSe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_fixture.create(&error, false), qPrintable(error));
    QByteArray err;
    QVERIFY2(cli({QStringLiteral("server-init")}, &err) == 0, err.constData());
    m_admin = m_fixture.prefix() + QStringLiteral("adm");
    m_alice = m_fixture.prefix() + QStringLiteral("alice");
    QVERIFY2(cli({QStringLiteral("server-user"), QStringLiteral("add"), m_admin, QStringLiteral("--admin"),
                  QStringLiteral("--password-stdin")}, &err) == 0, err.constData());
    QFile survey(m_dir.filePath(QStringLiteral("enquete.csv")));
    QVERIFY(survey.open(QIODevice::WriteOnly));
    survey.write(surveyCsv());
    survey.close();
    QFile margins(m_dir.filePath(QStringLiteral("marges.csv")));
    QVERIFY(margins.open(QIODevice::WriteOnly));
    margins.write(marginsCsv());
    margins.close();
    // Stratified by a segment column from the import on: its designs are
    // written in the import's transaction.
    QVERIFY2(cli({QStringLiteral("import"), survey.fileName(), QStringLiteral("--year"), QStringLiteral("2024"),
                  QStringLiteral("--strata"), QStringLiteral("departement")},
                 &err) == 0, err.constData());
    QSqlQuery designs(m_fixture.superuser());
    QVERIFY(designs.exec(QStringLiteral("SELECT count(*) FROM wave_landlord_designs")) && designs.next());
    QCOMPARE(designs.value(0).toInt(), 3);
    // The landlord's user is added by the administrator (not the owner).
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), Password);
    env.remove(QStringLiteral("PGPASSFILE"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    add.setProcessEnvironment(env);
    add.start(QStringLiteral(SATISFECIT_BINARY),
              {QStringLiteral("--db"), m_fixture.uri(m_admin), QStringLiteral("server-user"), QStringLiteral("add"),
               m_alice, QStringLiteral("--landlord"), OwnCode, QStringLiteral("--password-stdin")});
    add.write(Password.toUtf8() + '\n');
    add.closeWriteChannel();
    QVERIFY(add.waitForFinished(60000));
    QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
}

void TestServerDomainSe::cleanupTestCase()
{
    m_fixture.drop();
}

void TestServerDomainSe::landlordGetsTheAdministratorsErrors_data()
{
    QTest::addColumn<QString>("weighting"); // none, raked, trimmed
    QTest::addColumn<QString>("strata");    // none, bailleur, departement
    for (const char *w : {"none", "raked", "trimmed"})
        for (const char *s : {"none", "bailleur", "departement"})
            QTest::addRow("%s weights, strata %s", w, s) << QString::fromLatin1(w) << QString::fromLatin1(s);
}

void TestServerDomainSe::landlordGetsTheAdministratorsErrors()
{
    QFETCH(QString, weighting);
    QFETCH(QString, strata);
    QByteArray err;
    const QStringList year = {QStringLiteral("--year"), QStringLiteral("2024")};
    QVERIFY2(cli(QStringList{QStringLiteral("design")} + year + QStringList{QStringLiteral("--strata"), strata},
                 &err) == 0, err.constData());
    QStringList weight = QStringList{QStringLiteral("weight")} + year;
    if (weighting == QLatin1String("none"))
        weight << QStringLiteral("--reset");
    else
        weight << QStringLiteral("--margins") << m_dir.filePath(QStringLiteral("marges.csv"));
    if (weighting == QLatin1String("trimmed"))
        weight << QStringLiteral("--trim") << QStringLiteral("0.5,1.6");
    QVERIFY2(cli(weight, &err) == 0, err.constData());

    Store adminStore, aliceStore;
    QVERIFY2(openAs(adminStore, m_admin), qPrintable(adminStore.error().message));
    QVERIFY2(openAs(aliceStore, m_alice), qPrintable(aliceStore.error().message));
    QCOMPARE(aliceStore.sessionRole(), SessionRole::Kind::Landlord);
    FigureEngine admin(&adminStore), mine(&aliceStore);
    const std::optional<WaveInfo> wave = admin.latestWave();
    QVERIFY(wave);
    QCOMPARE(mine.latestWave()->id, wave->id);
    QCOMPARE(wave->strata, strata == QLatin1String("none") ? QString() : strata);
    QCOMPARE(admin.calibratedDesign(wave->id) != nullptr, weighting != QLatin1String("none"));
    int compared = 0;
    const QString difference = compare(mine, admin, wave->id, &compared);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY2(compared > 1500, qPrintable(QString::number(compared)));
}

// A store of the server's schema 1 (before the landlords' designs): the
// clients refuse it until server-init upgrades it, which also writes the
// designs of the waves already there.
void TestServerDomainSe::upgradeFromVersion1()
{
    QString error;
    QVERIFY2(m_fixture.exec(ServerFixture::tablesAsInSchema2()
                                << QStringLiteral("DROP TABLE satisfecit.wave_landlord_designs")
                                << QStringLiteral("UPDATE satisfecit.store_meta SET value = '1' "
                                                  "WHERE name = 'schema_version'"),
                            &error),
             qPrintable(error));
    QByteArray err;
    QCOMPARE(cli({QStringLiteral("waves")}, &err), 3);
    QVERIFY2(err.contains("server-init"), err.constData());
    QVERIFY2(cli({QStringLiteral("server-init")}, &err) == 0, err.constData());
    Store adminStore, aliceStore;
    QVERIFY2(openAs(adminStore, m_admin), qPrintable(adminStore.error().message));
    QVERIFY2(openAs(aliceStore, m_alice), qPrintable(aliceStore.error().message));
    QCOMPARE(adminStore.schemaVersion(), PostgresSchemaVersion);
    FigureEngine admin(&adminStore), mine(&aliceStore);
    const std::optional<WaveInfo> wave = admin.latestWave();
    QVERIFY(wave && admin.calibratedDesign(wave->id));
    QVERIFY(!aliceStore.landlordDesign(wave->id).isEmpty());
    int compared = 0;
    const QString difference = compare(mine, admin, wave->id, &compared);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QString TestServerDomainSe::compare(FigureEngine &mine, FigureEngine &admin, qint64 waveId, int *compared)
{
    QList<GroupFilter> filters;
    for (const std::optional<bool> &qpv :
         {std::optional<bool>(), std::optional<bool>(true), std::optional<bool>(false)})
        filters << GroupFilter{OwnCode, qpv, QString(), QString()} << GroupFilter{QString(), qpv, QString(), QString()};
    for (const QString &value : {QStringLiteral("59"), QStringLiteral("60"), QStringLiteral("61")})
        filters << GroupFilter{OwnCode, std::nullopt, QStringLiteral("departement"), value};
    for (const QString &value : {QStringLiteral("collectif"), QStringLiteral("individuel")}) {
        filters << GroupFilter{OwnCode, std::nullopt, QStringLiteral("habitat"), value};
        filters << GroupFilter{OwnCode, true, QStringLiteral("habitat"), value};
    }
    const auto check = [&](const QString &what, double a, double b) {
        ++*compared;
        return same(a, b) ? QString() : describe(what, a, b);
    };
    for (const GroupFilter &filter : filters) {
        const QString group = QStringLiteral("%1 qpv=%2 %3=%4")
                                  .arg(filter.landlord)
                                  .arg(filter.qpv ? int(*filter.qpv) : -1)
                                  .arg(filter.segmentColumn, filter.segmentValue);
        const ScoreTable a = scoreTable(mine, waveId, filter, QStringLiteral("fr"), ScoreTable::Comparison::None);
        const ScoreTable b = scoreTable(admin, waveId, filter, QStringLiteral("fr"), ScoreTable::Comparison::None);
        if (a.rows.size() != b.rows.size() || a.rows.empty())
            return group + QStringLiteral(": %1 scores against %2").arg(a.rows.size()).arg(b.rows.size());
        for (std::size_t i = 0; i < a.rows.size(); ++i) {
            const ScoreFigure &x = a.rows[i].figure, &y = b.rows[i].figure;
            const QString at = group + QLatin1Char(' ') + a.rows[i].code;
            if (x.n != y.n)
                return at + QStringLiteral(": n differs");
            for (const QString &d : {check(at + QStringLiteral(" score"), x.score, y.score),
                                     check(at + QStringLiteral(" se"), x.se, y.se),
                                     check(at + QStringLiteral(" ci"), x.ciLow, y.ciLow),
                                     check(at + QStringLiteral(" n_eff"), x.nEff, y.nEff),
                                     check(at + QStringLiteral(" % satisfied"), x.pctSatisfied, y.pctSatisfied)})
                if (!d.isEmpty())
                    return d;
        }
        // Against the region and the rest of the wave: the same tests.
        if (filter.landlord == OwnCode && !filter.needsRespondents()) {
            const auto against = ScoreTable::Comparison::Region | ScoreTable::Comparison::Rest;
            const ScoreTable c = scoreTable(mine, waveId, filter, QStringLiteral("fr"), against);
            const ScoreTable d = scoreTable(admin, waveId, filter, QStringLiteral("fr"), against);
            for (std::size_t i = 0; i < c.rows.size() && i < d.rows.size(); ++i) {
                ++*compared;
                if (c.rows[i].restSignificant != d.rows[i].restSignificant
                    || c.rows[i].regional.has_value() != d.rows[i].regional.has_value())
                    return group + QLatin1Char(' ') + c.rows[i].code + QStringLiteral(": the comparisons differ");
                if (const QString e = check(group + QStringLiteral(" regional"), c.rows[i].regional.value_or(0.0),
                                            d.rows[i].regional.value_or(0.0));
                    !e.isEmpty())
                    return e;
            }
        }
        const std::vector<DistributionRow> da = distributionTable(mine, waveId, filter, QStringLiteral("fr"));
        const std::vector<DistributionRow> db = distributionTable(admin, waveId, filter, QStringLiteral("fr"));
        if (da.size() != db.size() || da.empty())
            return group + QStringLiteral(": distributions differ in number");
        for (std::size_t i = 0; i < da.size(); ++i)
            for (std::size_t o = 0; o < da[i].shares.options.size(); ++o) {
                const OptionShare &x = da[i].shares.options[o], &y = db[i].shares.options.at(o);
                const QString at = group + QLatin1Char(' ') + da[i].code + QStringLiteral(" answer ")
                                 + QString::number(x.option);
                for (const QString &d : {check(at + QStringLiteral(" %"), x.percent, y.percent),
                                         check(at + QStringLiteral(" se"), x.se, y.se)})
                    if (!d.isEmpty())
                        return d;
            }
        const std::optional<DriverAnalysis> ra = driverTable(mine, waveId, filter);
        const std::optional<DriverAnalysis> rb = driverTable(admin, waveId, filter);
        if (!ra || !rb || ra->drivers.size() != rb->drivers.size() || ra->drivers.empty())
            return group + QStringLiteral(": drivers differ in number");
        for (std::size_t i = 0; i < ra->drivers.size(); ++i) {
            const DriverFigure &x = ra->drivers[i], &y = rb->drivers[i];
            const QString at = group + QStringLiteral(" driver ") + x.code;
            // A correlation lies in [−1, 1]: 1e-12 of that scale (one near 0
            // summed in another order differs in its twelfth digit).
            ++*compared;
            if (!(std::fabs(x.importance.r - y.importance.r) <= 1e-12))
                return describe(at + QStringLiteral(" importance"), x.importance.r, y.importance.r);
            if (const QString d = check(at + QStringLiteral(" se"), x.score.se, y.score.se); !d.isEmpty())
                return d;
            if (x.quadrant != y.quadrant)
                return at + QStringLiteral(": quadrant differs");
        }
    }
    // Shares of the yes/no and single-choice questions: the landlord as a
    // whole, by QPV and by a segment column.
    const std::optional<WaveInfo> wave = admin.wave(waveId);
    for (const QString &by : {QStringLiteral("none"), QStringLiteral("qpv"), QStringLiteral("departement"),
                              QStringLiteral("region"), QStringLiteral("region qpv")}) {
        ShareQuery query;
        query.by = by.startsWith(QLatin1String("region")) ? by.mid(7) : by;
        if (query.by.isEmpty())
            query.by = QStringLiteral("none");
        query.landlord = by.startsWith(QLatin1String("region")) ? QString() : OwnCode;
        QString error;
        const auto a = waveShares(mine, *wave, query, &error);
        const auto b = waveShares(admin, *wave, query, &error);
        if (!a || !b || a->size() != b->size() || a->empty())
            return QStringLiteral("shares by %1 differ in number (%2)").arg(by, error);
        for (std::size_t g = 0; g < a->size(); ++g) {
            const ShareGroupFigure &x = (*a)[g], &y = (*b)[g];
            if (x.code != y.code || x.segment != y.segment)
                return QStringLiteral("shares by %1: %2 %3 against %4 %5")
                    .arg(by, x.code, x.segment, y.code, y.segment);
            for (std::size_t o = 0; o < x.figure.options.size(); ++o) {
                const QString at =
                    QStringLiteral("shares by %1: %2 %3 option %4").arg(by, x.code, x.segment).arg(o + 1);
                for (const QString &d : {check(at + QStringLiteral(" %"), x.figure.options[o].percent,
                                               y.figure.options.at(o).percent),
                                         check(at + QStringLiteral(" se"), x.figure.options[o].se,
                                               y.figure.options.at(o).se)})
                    if (!d.isEmpty())
                        return d;
            }
        }
    }
    return QString();
}

QTEST_GUILESS_MAIN(TestServerDomainSe)
#include "tst_serverdomainse.moc"
