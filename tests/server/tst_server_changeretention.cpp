// Change-feed retention on the real binary: after redress-admin db prune-changes, a cursor into the pruned history
// is answered 410 changes.expired, a pull from since=0 rebuilds every record as before, and a cursor at or past
// the horizon reads on as if nothing happened. Runs on SQLite, and on PostgreSQL under scripts/with-postgres.sh.
#include "servertestsupport.h"

#include "database.h"
#include "passwordhasher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace redress;

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject batch(const QString &device, qint64 seq, const QString &type, const QJsonObject &args)
{
    return QJsonObject{{QStringLiteral("device_id"), device},
                       {QStringLiteral("mutations"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), uuid()}, {QStringLiteral("seq"), seq},
                                               {QStringLiteral("type"), type}, {QStringLiteral("args"), args}}}}};
}

QJsonObject firstResult(const HttpReply &reply)
{
    return reply.json.value(QStringLiteral("results")).toArray().first().toObject();
}

/// What a client holds after applying the feed from `since` on: each record's fields merged in order (newer
/// fields win, as the client's cache merges them), keyed "entity id"; and the cursor reached.
using Records = QMap<QString, QJsonObject>;

void apply(Records &records, const QJsonObject &change)
{
    QJsonObject &record = records[change.value(QStringLiteral("entity")).toString() + u' ' + change.value(QStringLiteral("id")).toString()];
    const QJsonObject fields = change.value(QStringLiteral("data")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        record.insert(it.key(), it.value());
}

struct Pulled
{
    Records records;
    QList<QJsonObject> changes;
    QList<qint64> seqs;
    qint64 next = 0;
    int status = 0;
    int rows = 0;
};

Pulled pullAll(ServerProcess &server, const QString &token, qint64 since)
{
    Pulled pulled;
    pulled.next = since;
    for (int pages = 0; pages < 1000; ++pages) {
        const HttpReply page = server.get(QStringLiteral("/api/v1/changes?since=%1&limit=7").arg(pulled.next), token);
        pulled.status = page.status;
        if (page.status != 200)
            return pulled;
        for (const QJsonValue &value : page.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            pulled.seqs.append(change.value(QStringLiteral("seq")).toInteger());
            apply(pulled.records, change);
            pulled.changes.append(change);
            ++pulled.rows;
        }
        pulled.next = page.json.value(QStringLiteral("next")).toInteger();
        if (!page.json.value(QStringLiteral("more")).toBool())
            return pulled;
    }
    qFatal("the change feed never ended");
}

QJsonObject runAdmin(const QStringList &arguments, QString *err)
{
    QProcess process;
    process.start(QStringLiteral(REDRESS_ADMIN_PATH), arguments);
    if (!process.waitForStarted(30000) || !process.waitForFinished(60000))
        qFatal("redress-admin did not run");
    *err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestServerChangeRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(PasswordHasher::initialise()); }
    void prunedFeed_oldCursorIs410_freshPullRebuildsEverything();
};

void TestServerChangeRetention::prunedFeed_oldCursorIs410_freshPullRebuildsEverything()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString url = testDatabaseUrl(dir);
    const QString problem = TestOrganisation::create(url);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    ServerProcess server;
    QVERIFY2(server.start(url), qPrintable(server.standardError()));

    // A compensation over the agent's limit, then the lead's approval: the compensation and the approval each get a
    // full row and then a row with only what the decision changed.
    const QString agent = server.signIn(QStringLiteral("agent"), QStringLiteral("d-agent"));
    const QString lead = server.signIn(QStringLiteral("lead"), QStringLiteral("d-lead"));
    QVERIFY(!agent.isEmpty() && !lead.isEmpty());
    const QString compensationId = uuid();
    const HttpReply proposed = server.post(
        QStringLiteral("/api/v1/mutations"),
        batch(QStringLiteral("d-agent"), 1, QStringLiteral("compensation.propose"),
              QJsonObject{{QStringLiteral("compensation_id"), compensationId}, {QStringLiteral("case_id"), QStringLiteral("K-EAST-2")},
                          {QStringLiteral("kind"), QStringLiteral("voucher")},
                          {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), 6000}, {QStringLiteral("currency"), QStringLiteral("USD")}}}}),
        agent);
    const QString approvalId = firstResult(proposed).value(QStringLiteral("approval_id")).toString();
    QVERIFY2(!approvalId.isEmpty(), proposed.body.constData());
    const HttpReply decided = server.post(QStringLiteral("/api/v1/mutations"),
                                          batch(QStringLiteral("d-lead"), 1, QStringLiteral("approval.decide"),
                                                QJsonObject{{QStringLiteral("approval_id"), approvalId},
                                                            {QStringLiteral("decision"), QStringLiteral("approve")}}),
                                          lead);
    QCOMPARE(firstResult(decided).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

    // Everything so far happened "a month ago".
    {
        Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
        QVERIFY(parsed);
        Result<std::unique_ptr<Database>> database = Database::open(parsed.value(), QStringLiteral("tst-age"));
        QVERIFY2(database, qPrintable(database ? QString() : database.error().toString()));
        QVERIFY(database.value()->exec(QStringLiteral("UPDATE changes SET at = at - ?"), {30 * kDayMs}));
    }
    // And one recent change, which the prune must leave alone.
    const HttpReply recent = server.post(
        QStringLiteral("/api/v1/mutations"),
        batch(QStringLiteral("d-agent"), 2, QStringLiteral("compensation.propose"),
              QJsonObject{{QStringLiteral("compensation_id"), uuid()}, {QStringLiteral("case_id"), QStringLiteral("K-EAST-2")},
                          {QStringLiteral("kind"), QStringLiteral("voucher")},
                          {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), 500}, {QStringLiteral("currency"), QStringLiteral("USD")}}}}),
        agent);
    QCOMPARE(firstResult(recent).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

    const Pulled before = pullAll(server, lead, 0);
    QCOMPARE(before.status, 200);
    const qint64 head = before.next;
    QVERIFY(head > 0);

    QString err;
    const QJsonObject pruned = runAdmin({QStringLiteral("db"), QStringLiteral("prune-changes"), QStringLiteral("--db"), url,
                                         QStringLiteral("--keep-days"), QStringLiteral("7")},
                                        &err);
    QVERIFY2(!pruned.isEmpty(), qPrintable(err));
    const qint64 horizon = pruned.value(QStringLiteral("horizon")).toInteger();
    QVERIFY2(pruned.value(QStringLiteral("deleted")).toInteger() >= 2, QJsonDocument(pruned).toJson().constData());
    QVERIFY(horizon > 1);
    QVERIFY(horizon < head);

    // A fresh start reads fewer rows, page by page through what was kept below the horizon, and ends with every
    // record exactly as the whole feed gave it.
    const Pulled after = pullAll(server, lead, 0);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.next, head);
    QVERIFY(after.rows < before.rows);
    QVERIFY(after.seqs.first() < horizon); // the pull did page below the horizon (7 rows a page)
    QCOMPARE(after.records.keys(), before.records.keys());
    for (auto it = before.records.cbegin(); it != before.records.cend(); ++it)
        QVERIFY2(after.records.value(it.key()) == it.value(), qPrintable(it.key()));
    const QJsonObject compensation = after.records.value(QLatin1String("compensation ") + compensationId);
    QCOMPARE(compensation.value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
    QCOMPARE(compensation.value(QStringLiteral("amount")).toObject().value(QStringLiteral("minor")).toInt(), 6000);
    QCOMPARE(after.records.value(QLatin1String("approval ") + approvalId).value(QStringLiteral("state")).toString(),
             QStringLiteral("approved"));

    // A cursor at a pruned row below the horizon: 410, in the API's one error shape, saying what to do. (The
    // horizon's own row was pruned too, but a cursor there has seen everything up to it.)
    QList<qint64> gone;
    for (const qint64 seq : before.seqs) {
        QVERIFY(seq <= horizon || after.seqs.contains(seq));
        if (seq < horizon && !after.seqs.contains(seq))
            gone.append(seq);
    }
    QVERIFY(!gone.isEmpty());
    for (const qint64 since : gone) {
        const HttpReply expired = server.get(QStringLiteral("/api/v1/changes?since=%1").arg(since), lead);
        QCOMPARE(expired.status, 410);
        const QJsonObject error = expired.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("changes.expired"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("since=0")),
                 qPrintable(error.value(QStringLiteral("message")).toString()));
    }
    // A client that stopped at a kept row before the prune missed nothing: what it held then, plus what it reads
    // now, is every record as the whole feed gave it.
    for (const qint64 kept : after.seqs) {
        if (kept >= horizon)
            break;
        Records held;
        for (const QJsonObject &change : before.changes) {
            if (change.value(QStringLiteral("seq")).toInteger() <= kept)
                apply(held, change);
        }
        const Pulled rest = pullAll(server, lead, kept);
        QVERIFY2(rest.status == 200, qPrintable(QString::number(kept)));
        for (const QJsonObject &change : rest.changes)
            apply(held, change);
        QVERIFY2(held == before.records, qPrintable(QString::number(kept)));
        QCOMPARE(rest.next, head);
    }

    // A cursor at or past the horizon missed nothing: it reads on as before.
    const Pulled fromHorizon = pullAll(server, lead, horizon);
    QCOMPARE(fromHorizon.status, 200);
    QCOMPARE(fromHorizon.next, head);
    const HttpReply atHead = server.get(QStringLiteral("/api/v1/changes?since=%1").arg(head), lead);
    QCOMPARE(atHead.status, 200);
    QVERIFY(atHead.json.value(QStringLiteral("changes")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerChangeRetention)
#include "tst_server_changeretention.moc"
