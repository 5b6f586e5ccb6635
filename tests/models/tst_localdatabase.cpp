#include "localdatabase.h"
#include "localschema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;

class TestLocalDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshFileIsMigratedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache/live.sqlite"));
        LocalDatabase::OpenReport report;
        {
            Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(path, &report);
            QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
            QCOMPARE(report.migratedFrom, 0);
            Result<QSqlQuery *> mode = db.value()->exec(QStringLiteral("PRAGMA journal_mode"));
            QVERIFY(mode && mode.value()->next());
            QCOMPARE(mode.value()->value(0).toString(), QStringLiteral("wal"));
            mode.value()->finish();
            QVERIFY(db.value()->setMeta(QStringLiteral("cursor"), QStringLiteral("42")));
        }
        LocalDatabase::OpenReport again;
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(path, &again);
        QVERIFY(db);
        QCOMPARE(again.migratedFrom, -1);
        QVERIFY(again.movedAsideTo.isEmpty());
        QCOMPARE(*db.value()->meta(QStringLiteral("cursor")), QStringLiteral("42"));
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        {
            Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(path);
            QVERIFY(db);
            QVERIFY(db.value()->setMeta(QStringLiteral("cursor"), QStringLiteral("7")));
            QVERIFY(db.value()->execOnce(QStringLiteral("PRAGMA user_version = %1").arg(LocalSchema::latestVersion() + 1)));
        }
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("local.newer"));
        QVERIFY2(db.error().message.contains(QStringLiteral("newer Redress")), qPrintable(db.error().message));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("damaged")).size(), 0);
    }

    void damagedFileIsMovedAsideAndRebuilt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x')); // not a database
        }
        LocalDatabase::OpenReport report;
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(path, &report);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QVERIFY(!report.movedAsideTo.isEmpty());
        QVERIFY(QFile::exists(report.movedAsideTo));
        QFile kept(report.movedAsideTo);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(8192, 'x')); // never silently overwritten
        QVERIFY(db.value()->setMeta(QStringLiteral("device_id"), QStringLiteral("d")));
    }

    void damageFoundWhileWorkingIsMovedAsideAtTheNextStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        {
            Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(path);
            QVERIFY(db);
            QVERIFY(db.value()->write([&]() -> Result<void> {
                for (int i = 0; i < 2000; ++i) {
                    if (Result<void> set = db.value()->setMeta(QStringLiteral("k%1").arg(i), QString(200, QLatin1Char('v'))); !set)
                        return set;
                }
                return {};
            }));
            QVERIFY(db.value()->execOnce(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        {
            // Garbage over a page in the middle of the file: the header is intact, so opening succeeds.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 40 * 4096);
            file.seek(file.size() / 2 / 4096 * 4096);
            file.write(QByteArray(4096, '\x5a'));
        }
        {
            Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(path);
            QVERIFY(db);
            // An aggregate reads every page at its first step, where SQLite reports the damage.
            Result<QSqlQuery *> scan = db.value()->exec(QStringLiteral("SELECT SUM(length(value)) FROM meta"));
            QVERIFY(!scan);
            QCOMPARE(scan.error().code, QStringLiteral("local.corrupt"));
        }
        QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
        LocalDatabase::OpenReport report;
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(path, &report);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QVERIFY(!report.movedAsideTo.isEmpty());
        QVERIFY(!QFile::exists(path + QStringLiteral(".damaged")));
        QCOMPARE(*db.value()->meta(QStringLiteral("k1")), QString());
    }

    void writeRollsBackOnError()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(dir.filePath(QStringLiteral("x.sqlite")));
        QVERIFY(db);
        Result<void> failed = db.value()->write([&]() -> Result<void> {
            if (Result<void> set = db.value()->setMeta(QStringLiteral("a"), QStringLiteral("1")); !set)
                return set;
            return Error{QStringLiteral("test"), QStringLiteral("stop"), {}};
        });
        QVERIFY(!failed);
        QCOMPARE(*db.value()->meta(QStringLiteral("a")), QString());
    }
};

QTEST_GUILESS_MAIN(TestLocalDatabase)
#include "tst_localdatabase.moc"
