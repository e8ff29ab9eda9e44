// Store faults made real: a read-only store, a store on read-only media, a
// full disk, a file-size limit, a store locked by another program, a store
// from a newer version. Each import must fail with a clear message (and exit
// code 3 from the command line), lose nothing and write nothing.
//
// Root writes through permission bits, so as root the read-only store is
// made immutable (chattr +i), and the full disk and read-only media are
// small tmpfs mounts in a private mount namespace. What cannot be set up is
// reported (QSKIP with the reason), never passed silently.
#include "clirun.h"
#include "filehash.h"
#include "respondentimporter.h"
#include "sqlitecheck.h"
#include "store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

#include <fcntl.h>
#include <linux/fs.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A respondent file of `rows` rows for the wave `year`.
bool writeRespondents(const QString &path, int rows, int year)
{
    QByteArray csv = "id;annee;bailleur;qpv;poids;departement";
    for (int q = 1; q <= 29; ++q)
        csv += ";Q" + QByteArray::number(q).rightJustified(2, '0');
    csv += '\n';
    for (int i = 0; i < rows; ++i) {
        csv += 'R' + QByteArray::number(i) + ';' + QByteArray::number(year) + ";L" + QByteArray::number(i % 5) + ';'
               + QByteArray::number(i % 2) + ";1," + QByteArray::number(i % 10) + ';' + QByteArray::number(59 + i % 3);
        for (int q = 1; q <= 29; ++q)
            csv += ';' + QByteArray::number(1 + (i + q) % 4);
        csv += '\n';
    }
    return writeFile(path, csv);
}

// Everything the store shows of its contents, as text; empty when it cannot
// be opened.
QStringList snapshot(const QString &path)
{
    Store store;
    if (!store.open(path))
        return {QStringLiteral("cannot open: ") + store.error().message};
    QStringList lines;
    for (const WaveInfo &w : store.waves()) {
        lines << QStringLiteral("wave %1 %2 %3 %4").arg(w.year).arg(w.scope, w.sha256).arg(w.respondentCount);
        const std::optional<WaveData> data = store.loadWave(w.id);
        lines << (data ? data->respondentIds.join(QLatin1Char(',')) : QStringLiteral("unreadable"));
    }
    const Codebook codebook = store.codebook();
    for (const Question &q : codebook.questions())
        lines << QStringLiteral("question %1 %2").arg(q.code, q.labelFr);
    return lines;
}

bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
    ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    ::close(fd);
    return ok;
}

// Clears the immutable flag however the test ends, or the temporary folder
// could not be removed.
struct ImmutableGuard
{
    QString path;
    ~ImmutableGuard()
    {
        if (!path.isEmpty())
            setImmutable(path, false);
    }
};

using Run = CliRun;

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void readOnlyStore();
    void storeOnReadOnlyMedia();
    void fullDisk();
    void fileSizeLimit();
    void lockedStore();
    void newerSchema();

private:
    QString createStore(const QString &path);
    Run run(const QStringList &arguments, rlim_t fileSizeLimit = 0);
    bool mountTmpfs(const QString &path, const QByteArray &options);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_firstWave;
    QString m_bigWave;
    QStringList m_mounts;
    bool m_privateMounts = false;
    QString m_mountProblem;
};

void TestStoreFaults::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SATISFECIT_BINARY)).isExecutable(), SATISFECIT_BINARY);
    // Mounts made here vanish with the process, whatever happens to it.
    if (geteuid() != 0)
        m_mountProblem = QStringLiteral("not running as root");
    else if (::unshare(CLONE_NEWNS) != 0)
        m_mountProblem = QStringLiteral("unshare(CLONE_NEWNS): %1").arg(QString::fromLocal8Bit(strerror(errno)));
    else if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        m_mountProblem = QStringLiteral("mount --make-rprivate /: %1").arg(QString::fromLocal8Bit(strerror(errno)));
    else
        m_privateMounts = true;
    qInfo("tmpfs mounts: %s", m_privateMounts ? "available (private mount namespace)" : qPrintable(m_mountProblem));
}

void TestStoreFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir().mkpath(m_dir->filePath(QStringLiteral("home")));
    m_firstWave = m_dir->filePath(QStringLiteral("vague2021.csv"));
    QVERIFY(writeRespondents(m_firstWave, 300, 2021));
    m_bigWave = m_dir->filePath(QStringLiteral("vague2023.csv"));
    QVERIFY(writeRespondents(m_bigWave, 60000, 2023));
}


void TestStoreFaults::cleanup()
{
    while (!m_mounts.isEmpty())
        ::umount2(QFile::encodeName(m_mounts.takeLast()).constData(), MNT_DETACH);
    m_dir.reset();
}

bool TestStoreFaults::mountTmpfs(const QString &path, const QByteArray &options)
{
    if (!m_privateMounts || !QDir().mkpath(path))
        return false;
    if (::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0, options.constData()) != 0) {
        qWarning("mount tmpfs %s: %s", qPrintable(path), strerror(errno));
        return false;
    }
    m_mounts << path;
    return true;
}

// A store with the 2021 wave, imported in-process.
QString TestStoreFaults::createStore(const QString &path)
{
    Store store;
    if (!store.open(path))
        return store.error().message;
    RespondentImporter importer(store);
    const ImportResult result = importer.run(m_firstWave, {});
    if (result.status != ImportResult::Status::Imported)
        return result.errors.empty() ? result.message : result.errors.front().toString();
    return QString();
}

Run TestStoreFaults::run(const QStringList &arguments, rlim_t fileSizeLimit)
{
    std::function<void()> limitFileSize;
    if (fileSizeLimit > 0) {
        // Writes past the limit then fail with EFBIG instead of killing the
        // program with SIGXFSZ.
        limitFileSize = [fileSizeLimit] {
            const rlimit limit{fileSizeLimit, fileSizeLimit};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN);
        };
    }
    return runSatisfecit(m_dir->path(), arguments, 120000, limitFileSize);
}

// ---------------------------------------------------------------------------

void TestStoreFaults::readOnlyStore()
{
    const QString path = m_dir->filePath(QStringLiteral("store.sqlite"));
    const QString created = createStore(path);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QStringList before = snapshot(path);
    const QByteArray bytesBefore = sha256Of(path);

    ImmutableGuard guard;
    QString how;
    if (geteuid() != 0) {
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        how = QStringLiteral("chmod 0444");
    } else if (setImmutable(path, true)) {
        guard.path = path;
        how = QStringLiteral("chattr +i (root ignores permission bits)");
    } else {
        QSKIP(qPrintable(QStringLiteral("running as root, and the store cannot be made immutable here (%1): "
                                        "a read-only store file cannot be simulated")
                             .arg(QString::fromLocal8Bit(strerror(errno)))));
    }
    qInfo("read-only store made with %s", qPrintable(how));

    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        QCOMPARE(store.waves().size(), 1); // still readable
        RespondentImporter importer(store);
        const ImportResult result = importer.run(m_bigWave, {});
        QCOMPARE(int(result.status), int(ImportResult::Status::StoreFailed));
        QCOMPARE(int(store.error().kind), int(StoreError::Kind::ReadOnly));
        QVERIFY2(result.message.contains(QLatin1String("read-only")), qPrintable(result.message));
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
    }
    const Run r = run({QStringLiteral("--db"), path, QStringLiteral("import"), m_bigWave});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("read-only")), qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("waves")}).exitCode, 0);

    QCOMPARE(sha256Of(path), bytesBefore);
    if (!guard.path.isEmpty())
        QVERIFY(setImmutable(path, false));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    QCOMPARE(snapshot(path), before);
}

// A store on a read-only filesystem (a read-only share, a CD): SQLite cannot
// create the WAL index beside it, so it cannot be opened; it must say so
// rather than call the store damaged.
void TestStoreFaults::storeOnReadOnlyMedia()
{
    const QString mountPoint = m_dir->filePath(QStringLiteral("media"));
    if (!mountTmpfs(mountPoint, "size=16m"))
        QSKIP(qPrintable(QStringLiteral("read-only media not simulated: a tmpfs cannot be mounted (%1)")
                             .arg(m_mountProblem)));
    const QString path = mountPoint + QStringLiteral("/store.sqlite");
    const QString created = createStore(path);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QStringList before = snapshot(path);
    QVERIFY(::mount(nullptr, QFile::encodeName(mountPoint).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0);

    Store store;
    QVERIFY(!store.open(path));
    QCOMPARE(int(store.error().kind), int(StoreError::Kind::ReadOnly));
    QVERIFY2(store.error().message.contains(QLatin1String("read-only disk")), qPrintable(store.error().message));
    QVERIFY2(!store.error().message.contains(QLatin1String("damaged")), qPrintable(store.error().message));
    for (const QStringList &command : {QStringList{QStringLiteral("waves")},
                                       QStringList{QStringLiteral("import"), m_bigWave}}) {
        const Run r = run(QStringList{QStringLiteral("--db"), path} + command);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("read-only disk")), qPrintable(r.err));
    }

    QVERIFY(::mount(nullptr, QFile::encodeName(mountPoint).constData(), nullptr, MS_REMOUNT, nullptr) == 0);
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    QCOMPARE(snapshot(path), before);
}

// The store on a 2 MiB filesystem: the 60,000-respondent wave does not fit.
void TestStoreFaults::fullDisk()
{
    const QString mountPoint = m_dir->filePath(QStringLiteral("small"));
    if (!mountTmpfs(mountPoint, "size=2m"))
        QSKIP(qPrintable(QStringLiteral("full disk not simulated: a size-limited tmpfs cannot be mounted (%1); "
                                        "fileSizeLimit() covers a refused write instead")
                             .arg(m_mountProblem)));
    const QString path = mountPoint + QStringLiteral("/store.sqlite");
    const QString created = createStore(path);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QStringList before = snapshot(path);

    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        RespondentImporter importer(store);
        const ImportResult result = importer.run(m_bigWave, {});
        QCOMPARE(int(result.status), int(ImportResult::Status::StoreFailed));
        QCOMPARE(int(store.error().kind), int(StoreError::Kind::Full));
        QVERIFY2(result.message.contains(QLatin1String("is full: nothing was written")), qPrintable(result.message));
        QCOMPARE(store.waves().size(), 1); // the same connection goes on working
    }
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    QCOMPARE(snapshot(path), before);

    const Run r = run({QStringLiteral("--db"), path, QStringLiteral("import"), m_bigWave});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("is full")), qPrintable(r.err));
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    QCOMPARE(snapshot(path), before);

    // Once there is room, the same file takes the wave.
    QVERIFY(::mount(nullptr, QFile::encodeName(mountPoint).constData(), nullptr, MS_REMOUNT,
                    "size=64m") == 0);
    const Run again = run({QStringLiteral("--db"), path, QStringLiteral("import"), m_bigWave});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

// The command line under a 2 MiB file-size limit (RLIMIT_FSIZE), which any
// user can set: the write is refused with EFBIG, SQLite reports an I/O error.
void TestStoreFaults::fileSizeLimit()
{
    const QString path = m_dir->filePath(QStringLiteral("store.sqlite"));
    const QString created = createStore(path);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QStringList before = snapshot(path);
    QVERIFY(QFileInfo(path).size() < (2 << 20));

    const Run r = run({QStringLiteral("--db"), path, QStringLiteral("import"), m_bigWave}, rlim_t(2) << 20);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("nothing was written")), qPrintable(r.err));
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    QCOMPARE(snapshot(path), before);
}

// Another program holds the write lock (BEGIN EXCLUSIVE): the import waits
// the busy timeout (3 s), then fails as Locked; it succeeds once released.
void TestStoreFaults::lockedStore()
{
    const QString path = m_dir->filePath(QStringLiteral("store.sqlite"));
    const QString created = createStore(path);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QStringList before = snapshot(path);

    const QString name = QLatin1String("tst_storefaults-other-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));

        Store store;
        QVERIFY2(store.open(path), qPrintable(store.error().message));
        RespondentImporter importer(store);
        ImportResult result = importer.run(m_firstWave, {});
        QCOMPARE(int(result.status), int(ImportResult::Status::AlreadyImported)); // reading is not blocked
        // Timed over the whole import: the first chunk read is written
        // straight away, so the wait for the lock starts early in the reading.
        QElapsedTimer timer;
        timer.start();
        result = importer.run(m_bigWave, {});
        const qint64 waited = timer.elapsed();
        QCOMPARE(int(result.status), int(ImportResult::Status::StoreFailed));
        QCOMPARE(int(store.error().kind), int(StoreError::Kind::Locked));
        QVERIFY2(result.message.contains(QLatin1String("locked by another program")), qPrintable(result.message));
        QVERIFY2(waited >= 2500 && waited < 10000, qPrintable(QStringLiteral("%1 ms").arg(waited)));
        qInfo("locked store: the write gave up after %lld ms (busy timeout 3000 ms)", waited);

        const Run r = run({QStringLiteral("--db"), path, QStringLiteral("import"), m_bigWave});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("locked by another program")), qPrintable(r.err));
        QCOMPARE(snapshot(path), before);

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        result = importer.run(m_bigWave, {});
        QCOMPARE(int(result.status), int(ImportResult::Status::Imported));
        QCOMPARE(store.waves().size(), 2);
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

// A store written by a newer version: refused with exit code 3, untouched.
void TestStoreFaults::newerSchema()
{
    const QString path = m_dir->filePath(QStringLiteral("store.sqlite"));
    const QString created = createStore(path);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QString name = QLatin1String("tst_storefaults-newer-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QByteArray bytesBefore = sha256Of(path);

    for (const QStringList &command : {QStringList{QStringLiteral("waves")},
                                       QStringList{QStringLiteral("import"), m_bigWave},
                                       QStringList{QStringLiteral("delete-wave"), QStringLiteral("2021")}}) {
        const Run r = run(QStringList{QStringLiteral("--db"), path} + command);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("newer version")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(sha256Of(path), bytesBefore);
    }
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
