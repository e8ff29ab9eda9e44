// What a landlord's user reads of the whole wave on a server store, asked
// of the server itself: the other landlords only in aggregate (the
// anonymous peer summary, its own landlord's design), its own raked
// weights, and the peer summaries server-init writes for older waves.
// Same data as tst_serversecurity (securitydata.h), a database of its own.
#include "landlorddesign.h"
#include "peersummary.h"
#include "securitydata.h"
#include "serveraccess.h"
#include "serverfixture.h"
#include "wavesummary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace SecurityData;

class TestServerPeerData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void peerSummary();
    void ownRakedWeights();
    void ownLandlordDesign();
    void missingPeerSummaries();

private:
    ServerFixture m_fixture;
    QList<qint64> m_waves;
    QSqlDatabase m_alice;
    qint64 m_ownId = 0;
};

void TestServerPeerData::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.create(&error), qPrintable(error));
    QVERIFY2(fill(m_fixture.superuser(), &m_waves, &error), qPrintable(error));
    QSqlQuery query(m_fixture.superuser());
    query.prepare(QStringLiteral("SELECT id FROM landlords WHERE code = ?"));
    query.addBindValue(OwnCode);
    QVERIFY(query.exec() && query.next());
    m_ownId = query.value(0).toLongLong();
    const QString password = QStringLiteral("mot de passe é 2");
    const QString alice = m_fixture.prefix() + QLatin1String("alice");
    ServerAccess owner(m_fixture.superuser());
    QVERIFY2(owner.addUser(alice, OwnCode, password), qPrintable(owner.error().message));
    m_alice = m_fixture.connectAs(QStringLiteral("alice"), alice, password);
    QVERIFY2(m_alice.isOpen(), qPrintable(m_alice.lastError().text()));
}

void TestServerPeerData::cleanupTestCase()
{
    m_alice = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("alice"));
    m_fixture.drop();
}

void TestServerPeerData::peerSummary()
{
    for (qint64 wave : m_waves) {
        QSqlQuery query(m_fixture.superuser());
        query.prepare(QStringLiteral("SELECT data FROM wave_summaries WHERE wave_id = ?"));
        query.addBindValue(wave);
        QVERIFY(query.exec() && query.next());
        const std::optional<WaveSummary> full = WaveSummary::deserialize(query.value(0).toByteArray());
        QVERIFY(full);

        QString error;
        const QByteArray blob = PeerSummary::read(m_alice, wave, OwnCode, &error);
        QVERIFY2(!blob.isEmpty(), qPrintable(error));
        const std::optional<WaveSummary> seen = WaveSummary::deserialize(blob);
        QVERIFY(seen);
        // Its own block under its own code, the others under pseudonyms.
        const int own = seen->landlordIndex(OwnCode);
        QVERIFY(own >= 0);
        for (int i = 0; i < seen->landlordCodes().size(); ++i)
            if (i != own)
                QCOMPARE(seen->landlordCodes()[i], PeerSummary::pseudonym(i));
        for (int q = 0; q < int(full->questions().size()); ++q) {
            for (bool qpv : {false, true}) {
                const CrossSums mine = seen->cellSums(q, own, qpv), truth = full->cellSums(q, 0, qpv);
                QVERIFY(mine == truth);
                QVERIFY(mine.valid().count > 0);
            }
            // The region is the same region.
            QVERIFY(qAbs(seen->sums(q, SummaryGroup::whole()).valid().sumW
                         - full->sums(q, SummaryGroup::whole()).valid().sumW) < 1e-9);
            QCOMPARE(seen->sums(q, SummaryGroup::whole()).valid().count,
                     full->sums(q, SummaryGroup::whole()).valid().count);
        }
        // Written again (a raking), the positions stay.
        query.prepare(QStringLiteral("SELECT landlord_id, position FROM wave_peer_positions WHERE wave_id = ? "
                                     "ORDER BY 1"));
        query.addBindValue(wave);
        QVERIFY(query.exec());
        QList<int> before;
        while (query.next())
            before << query.value(1).toInt();
        QVERIFY(PeerSummary::write(m_fixture.superuser(), wave, full->serialize(), &error));
        query.addBindValue(wave);
        QVERIFY(query.exec());
        QList<int> after;
        while (query.next())
            after << query.value(1).toInt();
        QCOMPARE(after, before);
    }
}

void TestServerPeerData::ownRakedWeights()
{
    // Its own respondents' raked weights (twice the file's here), and only theirs.
    QSqlQuery query(m_alice);
    for (qint64 wave : m_waves) {
        query.prepare(QStringLiteral("SELECT (SELECT weights FROM respondents WHERE wave_id = ?), "
                                     "margins_file, weights FROM my_raked_weights(?)"));
        query.addBindValue(wave);
        query.addBindValue(wave);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        const QByteArray file = query.value(0).toByteArray(), raked = query.value(2).toByteArray();
        QCOMPARE(query.value(1).toString(), QStringLiteral("m.csv"));
        QCOMPARE(raked.size(), file.size());
        QCOMPARE(file.size(), 30 * 8);
        for (int i = 0; i < 30; ++i) {
            double f, r;
            memcpy(&f, file.constData() + 8 * i, 8);
            memcpy(&r, raked.constData() + 8 * i, 8);
            QCOMPARE(r, 2 * f);
        }
    }
}

void TestServerPeerData::ownLandlordDesign()
{
    // Its own landlord's design only: of the landlord margin, its own
    // category; the strata its respondents are in; operators on those.
    QSqlQuery query(m_alice);
    for (qint64 wave : m_waves) {
        query.prepare(QStringLiteral("SELECT landlord_id, data FROM wave_landlord_designs WHERE wave_id = ?"));
        query.addBindValue(wave);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toLongLong(), m_ownId);
        const std::optional<LandlordDesign> design = LandlordDesign::deserialize(query.value(1).toByteArray());
        QVERIFY(!query.next());
        QVERIFY(design && design->raked);
        QCOMPARE(design->marginVariables, QStringList({QStringLiteral("bailleur"), QStringLiteral("qpv")}));
        QCOMPARE(design->marginValues[0], QStringList{OwnCode});
        QCOMPARE(design->marginValues[1].size(), 2);
        QCOMPARE(design->operators.support, std::size_t(3));
        QCOMPARE(design->strata, std::vector<int>({0, 1}));
        QCOMPARE(design->operators.strata, std::vector<int>({0, 1}));
        QVERIFY(design->untrimmed.empty());
    }
    // The scan of every relation sees this table: a policy that let the
    // user read every landlord's row is caught.
    QString error;
    const QString policy = QStringLiteral("ALTER POLICY landlord_read ON satisfecit.wave_landlord_designs USING (%1)");
    QVERIFY2(m_fixture.exec({policy.arg(QStringLiteral("true"))}, &error), qPrintable(error));
    int cells = 0;
    const QString problem = scanRelations(m_alice, readableRelations(m_alice), m_ownId, &cells);
    QVERIFY2(m_fixture.exec({policy.arg(QStringLiteral("landlord_id = (SELECT satisfecit.my_landlord_id())"))}, &error),
             qPrintable(error));
    QVERIFY2(problem.startsWith(QLatin1String("satisfecit.wave_landlord_designs shows a row of landlord")),
             qPrintable(problem));
    QVERIFY(scanRelations(m_alice, readableRelations(m_alice), m_ownId, &cells).isEmpty());
}

void TestServerPeerData::missingPeerSummaries()
{
    // A wave imported before the security step ran has no peer summary:
    // server-init writes it.
    QString error;
    QVERIFY2(m_fixture.exec({QStringLiteral("DELETE FROM wave_peer_summaries WHERE wave_id = %1").arg(m_waves[0])},
                            &error),
             qPrintable(error));
    QVERIFY(PeerSummary::read(m_alice, m_waves[0], OwnCode, &error).isEmpty());
    ServerAccess owner(m_fixture.superuser());
    QCOMPARE(owner.writeMissingPeerSummaries(), 1);
    QVERIFY(!PeerSummary::read(m_alice, m_waves[0], OwnCode, &error).isEmpty());
    QCOMPARE(owner.writeMissingPeerSummaries(), 0);
}

QTEST_GUILESS_MAIN(TestServerPeerData)
#include "tst_serverpeerdata.moc"
