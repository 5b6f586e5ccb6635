#include "servertestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

/// A server failure inside a batch: the failed mutation is not recorded, and the ones after it are not attempted,
/// so its resend is applied in order instead of meeting a sequence already moved past it. SQLite only (the failure
/// is made with a SQLite trigger).
class TestMutationBatchFailure : public QObject
{
    Q_OBJECT

    static QJsonObject mutation(qint64 seq, const QString &type, const QJsonObject &args, const QString &id = {})
    {
        return QJsonObject{{QStringLiteral("id"), id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id},
                           {QStringLiteral("seq"), seq},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("args"), args}};
    }

private Q_SLOTS:
    void laterMutationsWaitForTheFailedOne()
    {
        QTemporaryDir dir;
        const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("redress.sqlite"));
        QCOMPARE(TestOrganisation::create(url), QString());
        ServerProcess server;
        QVERIFY2(server.start(url), qPrintable(server.standardError()));
        const QString token = server.signIn(QStringLiteral("agent"), QStringLiteral("batch-device"));
        QVERIFY(!token.isEmpty());

        // Any insert of case "case-boom" fails inside the database, as a full disk or a lost connection would.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
            db.setDatabaseName(dir.filePath(QStringLiteral("redress.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON cases WHEN new.id = 'case-boom'"
                                              " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));

        const QJsonObject open{{QStringLiteral("case_id"), QStringLiteral("case-boom")},
                               {QStringLiteral("customer_id"), QStringLiteral("C-EAST-1")},
                               {QStringLiteral("category"), QStringLiteral("late_delivery")},
                               {QStringLiteral("title"), QStringLiteral("Parcel late")}};
        const QString openId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString noteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject note{{QStringLiteral("case_id"), QStringLiteral("case-boom")}, {QStringLiteral("text"), QStringLiteral("Called")}};
        const QJsonObject body{{QStringLiteral("device_id"), QStringLiteral("batch-device")},
                               {QStringLiteral("mutations"), QJsonArray{mutation(1, QStringLiteral("case.open"), open, openId),
                                                                        mutation(2, QStringLiteral("note.add"), note, noteId)}}};
        HttpReply first = server.post(QStringLiteral("/api/v1/mutations"), body, token);
        QCOMPARE(first.status, 200);
        const QJsonArray results = first.json.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0)[QLatin1String("error")][QLatin1String("code")].toString(), QStringLiteral("internal"));
        QCOMPARE(results.at(1)[QLatin1String("error")][QLatin1String("code")].toString(), QStringLiteral("internal"));
        QVERIFY(results.at(1)[QLatin1String("error")][QLatin1String("message")].toString().contains(QStringLiteral("Not attempted")));

        // The failure passes; the same batch sent again is applied, in order, once.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
            db.setDatabaseName(dir.filePath(QStringLiteral("redress.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER boom")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));
        HttpReply again = server.post(QStringLiteral("/api/v1/mutations"), body, token);
        QCOMPARE(again.status, 200);
        const QJsonArray retried = again.json.value(QLatin1String("results")).toArray();
        QCOMPARE(retried.at(0)[QLatin1String("status")].toString(), QStringLiteral("applied"));
        QCOMPARE(retried.at(1)[QLatin1String("status")].toString(), QStringLiteral("applied"));
        HttpReply read = server.get(QStringLiteral("/api/v1/cases/case-boom"), token);
        QCOMPARE(read.status, 200);
        int notes = 0;
        for (const QJsonValue &event : read.json.value(QLatin1String("timeline")).toArray())
            notes += event[QLatin1String("type")].toString() == QLatin1String("note");
        QCOMPARE(notes, 1);
    }
};

QTEST_GUILESS_MAIN(TestMutationBatchFailure)
#include "tst_mutation_batchfailure.moc"
