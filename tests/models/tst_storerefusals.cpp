// Tests of the files the Store must refuse, leaving them exactly as they were,
// and of read-only and locked stores.
#include "storefixtures.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <unistd.h>

class TestStoreRefusals : public StoreFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusals_data();
    void refusals();
    void readOnlyStore();
    void lockedStore();

private:
    bool buildFixture(const QString &kind, const QString &path);
};

void TestStoreRefusals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreRefusals::cleanup()
{
    m_dir.reset();
}

// ---------------------------------------------------------------------------

// Builds, at path, a file the store must refuse.
bool TestStoreRefusals::buildFixture(const QString &kind, const QString &path)
{
    const auto write = [&](const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    if (kind == QLatin1String("text"))
        return write("id;bailleur;qpv;Q01\r\n1;LOGIS62;1;2\r\n2;SIGH;0;1\r\n");
    if (kind == QLatin1String("png"))
        return write(QByteArray("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29));
    if (kind == QLatin1String("short"))
        return write("SQLite");
    if (kind == QLatin1String("newer")) {
        createStore(sampleWave());
        SqlConnection sql(path);
        return sql.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    if (kind.startsWith(QLatin1String("other"))) {
        SqlConnection sql(path);
        bool ok = sql.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
                  && sql.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('courses'), ('rendez-vous')"));
        if (kind == QLatin1String("other-versioned"))
            ok = ok && sql.exec(QStringLiteral("PRAGMA application_id = 305419896"))
                 && sql.exec(QStringLiteral("PRAGMA user_version = 7"));
        if (kind == QLatin1String("other-version1"))
            ok = ok && sql.exec(QStringLiteral("PRAGMA user_version = 1"));
        return ok;
    }
    if (kind == QLatin1String("corrupt")) {
        createStore(largeWave(40000));
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        // Page size: big-endian at offset 16 of the header, 1 meaning 65536.
        const QByteArray header = file.read(100);
        const int sizeField = qFromBigEndian<quint16>(header.constData() + 16);
        const qint64 pageSize = sizeField == 1 ? 65536 : sizeField;
        const qint64 pages = file.size() / pageSize;
        if (pages < 9)
            qFatal("the store is too small to corrupt its middle: %lld pages", pages);
        // Garbage over the middle third, the header page left intact.
        QRandomGenerator random(20240611);
        for (qint64 page = pages / 3; page < 2 * pages / 3; ++page) {
            QByteArray garbage(pageSize, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), pageSize / 4);
            file.seek(page * pageSize);
            if (file.write(garbage) != pageSize)
                return false;
        }
        return true;
    }
    qFatal("unknown fixture %s", qPrintable(kind));
    return false;
}

void TestStoreRefusals::refusals_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<StoreError::Kind>("kind");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("newer schema (user_version 99, our application id)")
        << "newer" << StoreError::Kind::NewerSchema << "newer version";
    QTest::newRow("text file") << "text" << StoreError::Kind::NotAStore << "not an SQLite database";
    QTest::newRow("PNG image") << "png" << StoreError::Kind::NotAStore << "not an SQLite database";
    QTest::newRow("file shorter than an SQLite header")
        << "short" << StoreError::Kind::NotAStore << "not an SQLite database";
    QTest::newRow("another application's database")
        << "other" << StoreError::Kind::NotAStore << "not a Satisfecit store";
    // Many programs number their schema in user_version too: a version above
    // ours must not be taken for a newer Satisfecit store.
    QTest::newRow("another application's database with its own id and user_version 7")
        << "other-versioned" << StoreError::Kind::NotAStore << "not a Satisfecit store";
    QTest::newRow("another application's database with user_version 1 and no id")
        << "other-version1" << StoreError::Kind::NotAStore << "not a Satisfecit store";
    QTest::newRow("corrupt store (garbage over the middle pages)")
        << "corrupt" << StoreError::Kind::Corrupt << "damaged";
}

void TestStoreRefusals::refusals()
{
    QFETCH(QString, fixture);
    QFETCH(StoreError::Kind, kind);
    QFETCH(QString, messagePart);

    const QString path = storePath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(buildFixture(fixture, path));
    QVERIFY2(sidecarsOf(path).isEmpty(), "the fixture left files beside it");
    const QByteArray before = sha256Of(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    const QStringList folderBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);

    Store store;
    QVERIFY(!store.open(path));
    QVERIFY(!store.isOpen());
    QCOMPARE(int(store.error().kind), int(kind));
    QVERIFY2(store.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(store.error().message));
    QVERIFY2(store.error().message.contains(messagePart), qPrintable(store.error().message));
    QVERIFY(store.lastBackupPath().isEmpty());
    store.close();

    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(sidecarsOf(path), QStringList());
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), folderBefore);

    // Refusing twice changes nothing either (no half-done first attempt).
    Store again;
    QVERIFY(!again.open(path));
    QCOMPARE(int(again.error().kind), int(kind));
    QCOMPARE(sha256Of(path), before);
}

void TestStoreRefusals::readOnlyStore()
{
    const QString path = createStore(sampleWave());
    const QByteArray before = sha256Of(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    if (geteuid() != 0) {
        // File permissions are what makes the store read-only here.
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        QCOMPARE(store.codebook().size(), 41);
        QCOMPARE(store.waves().size(), 1);
        QVERIFY(store.loadWave(store.waves().first().id));
        QCOMPARE(store.insertWave(waveInfo(2022, QStringLiteral("Picardie"), hexSha('f')), sampleWave(), {}), 0);
        QCOMPARE(int(store.error().kind), int(StoreError::Kind::ReadOnly));
        QVERIFY2(store.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(store.error().message));
        QVERIFY(!store.deleteWave(store.waves().first().id));
        QCOMPARE(int(store.error().kind), int(StoreError::Kind::ReadOnly));
        store.close();
        QCOMPARE(sha256Of(path), before);
        // A read-only connection to a WAL database cannot remove the -wal and
        // -shm files SQLite creates beside it (the folder is writable: an
        // empty -wal and a 32 KiB -shm with SQLite 3.40); the -wal must at
        // least hold nothing.
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);

        // An older store that cannot be written cannot be upgraded: refused,
        // untouched, and no backup attempted.
        const QString old = m_dir->filePath(QStringLiteral("old/satisfecit.sqlite"));
        QVERIFY(buildSchema1Store(old));
        QVERIFY(QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray oldBefore = sha256Of(old);
        Store oldStore;
        QVERIFY(!oldStore.open(old));
        QCOMPARE(int(oldStore.error().kind), int(StoreError::Kind::ReadOnly));
        QVERIFY2(oldStore.error().message.contains(QDir::toNativeSeparators(old)), qPrintable(oldStore.error().message));
        QCOMPARE(sha256Of(old), oldBefore);
        QCOMPARE(sidecarsOf(old), QStringList());
        QVERIFY(!QFile::exists(old + QStringLiteral(".schema1.bak")));
    } else {
        // Root writes through file permissions, so a 0444 store is simply
        // usable; what matters is that opening it leaves its mode alone.
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        QCOMPARE(store.waves().size(), 1);
        store.close();
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    // Whoever runs the test: a write SQLite refuses as read-only (here through
    // PRAGMA query_only) surfaces as StoreError::Kind::ReadOnly naming the
    // file, and writes nothing.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.error().message));
    const qint64 id = store.waves().first().id;
    QSqlQuery pragma(store.database());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = 1")));
    pragma.finish();
    QCOMPARE(store.insertWave(waveInfo(2022, QStringLiteral("Picardie"), hexSha('f')), sampleWave(), {}), 0);
    QCOMPARE(int(store.error().kind), int(StoreError::Kind::ReadOnly));
    QVERIFY2(store.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(store.error().message));
    QVERIFY(!store.deleteWave(id));
    QCOMPARE(int(store.error().kind), int(StoreError::Kind::ReadOnly));
    QVERIFY(!store.savePublishedFigures({PublishedFigure{2016, "Picardie", "Q01", "ensemble", {}, 7.0}}));
    QCOMPARE(int(store.error().kind), int(StoreError::Kind::ReadOnly));
    QCOMPARE(store.waves().size(), 1);
    QVERIFY(store.loadWave(id));
    QVERIFY(store.publishedFigures().isEmpty());
}

// A second program holding the write lock: the store waits its busy timeout,
// then reports Locked rather than a generic failure.
void TestStoreRefusals::lockedStore()
{
    const QString path = createStore();
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.error().message));
    SqlConnection other(path);
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QCOMPARE(store.insertWave(waveInfo(2022, QStringLiteral("Picardie"), hexSha('f')), sampleWave(), {}), 0);
    QCOMPARE(int(store.error().kind), int(StoreError::Kind::Locked));
    QVERIFY2(store.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(store.error().message));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    // Once the other program is done, the same store works.
    QVERIFY2(store.insertWave(waveInfo(2022, QStringLiteral("Picardie"), hexSha('f')), sampleWave(), {}) > 0,
             qPrintable(store.error().message));
}

QTEST_GUILESS_MAIN(TestStoreRefusals)
#include "tst_storerefusals.moc"
