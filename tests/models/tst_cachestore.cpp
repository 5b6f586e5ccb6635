#include "cachestore.h"
#include "localdatabase.h"
#include "modeltestsupport.h"
#include "outbox.h"
#include "pendingreplay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace redress;

namespace {

int count(LocalDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    Result<QSqlQuery *> query = db.exec(sql, binds);
    if (!query || !query.value()->next())
        return -1;
    const int n = query.value()->value(0).toInt();
    query.value()->finish();
    return n;
}

QString text(LocalDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    Result<QSqlQuery *> query = db.exec(sql, binds);
    if (!query || !query.value()->next())
        return QStringLiteral("<none>");
    const QString value = query.value()->value(0).toString();
    query.value()->finish();
    return value;
}

} // namespace

class TestCacheStore : public QObject
{
    Q_OBJECT

    DemoServer m_server;
    QJsonArray m_changes;
    QString m_caseId;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.process().standardError()));
        HttpReply signIn = m_server.process().post(QStringLiteral("/api/v1/sessions"),
                                                   QJsonObject{{QStringLiteral("username"), QStringLiteral("agent")},
                                                               {QStringLiteral("password"), DemoServer::kPassword},
                                                               {QStringLiteral("device_id"), QStringLiteral("cache-test")}});
        QCOMPARE(signIn.status, 201);
        HttpReply page = m_server.process().get(QStringLiteral("/api/v1/changes?since=0&limit=1000"),
                                                signIn.json.value(QLatin1String("token")).toString());
        QCOMPARE(page.status, 200);
        m_changes = page.json.value(QLatin1String("changes")).toArray();
        QVERIFY(m_changes.size() > 100);
    }

    void applyingThePageFillsTheCache()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        CacheStore store(**db);
        CacheStore::Touched touched;
        QVERIFY(db.value()->write([&]() { return store.applyChanges(m_changes, touched); }));
        int customers = 0, cases = 0, events = 0;
        for (const QJsonValue &change : m_changes) {
            const QString entity = change[QLatin1String("entity")].toString();
            customers += entity == QLatin1String("customer");
            cases += entity == QLatin1String("case");
            events += entity == QLatin1String("case_event");
        }
        QCOMPARE(count(**db, QStringLiteral("SELECT COUNT(*) FROM customers")), customers);
        QCOMPARE(count(**db, QStringLiteral("SELECT COUNT(*) FROM cases")), cases);
        QCOMPARE(count(**db, QStringLiteral("SELECT COUNT(*) FROM case_events")), events);
        QVERIFY(touched.customers);
        QVERIFY(touched.documents);
        QCOMPARE(touched.caseIds.size(), cases);

        // Applying the same page again changes nothing: a page re-read after a crash is harmless.
        CacheStore::Touched again;
        QVERIFY(db.value()->write([&]() { return store.applyChanges(m_changes, again); }));
        QCOMPARE(count(**db, QStringLiteral("SELECT COUNT(*) FROM case_events")), events);

        // Search documents follow the rows: a customer by e-mail, a case by its order reference.
        QCOMPARE(count(**db, QStringLiteral("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH 'marcus* bell*'")), 1);
        // A phone number as digits, with or without its country code (Marcus Bell: +1 617 555 0142).
        QCOMPARE(count(**db, QStringLiteral("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH '\"16175550142\"'")), 1);
        QCOMPARE(count(**db, QStringLiteral("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH '\"6175550142\"'")), 1);
        const QString reference = text(**db, QStringLiteral("SELECT json_extract(data, '$.facts.order_reference') FROM cases"
                                                            " WHERE json_extract(data, '$.facts.order_reference') IS NOT NULL LIMIT 1"));
        QVERIFY(reference.startsWith(QLatin1String("NP-")));
        QVERIFY(count(**db, QStringLiteral("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH ?"),
                      {QString(QLatin1Char('"') + reference + QLatin1Char('"'))}) >= 1);
    }

    void partialUpsertMergesIntoTheServerCopy()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        CacheStore store(**db);
        CacheStore::Touched touched;
        QVERIFY(db.value()->write([&]() { return store.applyChanges(m_changes, touched); }));
        const QString compensationId = text(**db, QStringLiteral("SELECT id FROM compensations LIMIT 1"));
        const QString caseId = text(**db, QStringLiteral("SELECT case_id FROM compensations WHERE id = ?"), {compensationId});
        const QJsonArray decided{QJsonObject{{QStringLiteral("seq"), 999999},
                                             {QStringLiteral("entity"), QStringLiteral("compensation")},
                                             {QStringLiteral("id"), compensationId},
                                             {QStringLiteral("op"), QStringLiteral("upsert")},
                                             {QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), compensationId},
                                                                                  {QStringLiteral("state"), QStringLiteral("rejected")}}}}};
        CacheStore::Touched partial;
        QVERIFY(db.value()->write([&]() { return store.applyChanges(decided, partial); }));
        QCOMPARE(text(**db, QStringLiteral("SELECT state FROM compensations WHERE id = ?"), {compensationId}), QStringLiteral("rejected"));
        QCOMPARE(text(**db, QStringLiteral("SELECT case_id FROM compensations WHERE id = ?"), {compensationId}), caseId);
        QVERIFY(partial.caseIds.contains(caseId));
    }

    void customerData_keepsWhatTheServerSent()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        CacheStore store(**db);
        CacheStore::Touched touched;
        QVERIFY(db.value()->write([&]() { return store.applyChanges(m_changes, touched); }));
        // Members the cache has no column for arrive intact: the case workspace's header reads them from data.
        QJsonObject sent;
        for (const QJsonValue &change : m_changes) {
            if (change[QLatin1String("entity")].toString() == QLatin1String("customer")
                && change[QLatin1String("id")].toString() == QLatin1String("cust-1001"))
                sent = change[QLatin1String("data")].toObject();
        }
        QVERIFY(sent.value(QLatin1String("lifetime_value")).isObject());
        QVERIFY(sent.value(QLatin1String("customer_since")).toInteger() > 0);
        const auto cached = [&db] {
            return QJsonDocument::fromJson(text(**db, QStringLiteral("SELECT data FROM customers WHERE id = 'cust-1001'")).toUtf8()).object();
        };
        QCOMPARE(cached(), sent);

        // A change carrying only some members keeps the others.
        const QJsonObject richer{{QStringLiteral("minor"), 250000}, {QStringLiteral("currency"), QStringLiteral("USD")}};
        const QJsonArray changed{QJsonObject{{QStringLiteral("seq"), 999999},
                                             {QStringLiteral("entity"), QStringLiteral("customer")},
                                             {QStringLiteral("id"), QStringLiteral("cust-1001")},
                                             {QStringLiteral("op"), QStringLiteral("upsert")},
                                             {QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), QStringLiteral("cust-1001")},
                                                                                  {QStringLiteral("lifetime_value"), richer}}}}};
        CacheStore::Touched partial;
        QVERIFY(db.value()->write([&]() { return store.applyChanges(changed, partial); }));
        QJsonObject expected = sent;
        expected.insert(QStringLiteral("lifetime_value"), richer);
        QCOMPARE(cached(), expected);
        QCOMPARE(text(**db, QStringLiteral("SELECT name FROM customers WHERE id = 'cust-1001'")), QStringLiteral("Marcus Bell"));
    }

    void brandsAreKeptByIdAndReadBack()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        CacheStore store(**db);
        const QJsonObject brand{{QStringLiteral("id"), QStringLiteral("swift_cars")},
                                {QStringLiteral("name"), QStringLiteral("Swift Cars")},
                                {QStringLiteral("line"), QStringLiteral("car_rental")},
                                {QStringLiteral("signature"), QStringLiteral("The Swift Cars Guest Relations Team")},
                                {QStringLiteral("support_phone"), QStringLiteral("+1 888 555 0143")}};
        QVERIFY(db.value()->write([&]() { return store.storeBrand(brand); }));
        QCOMPARE(*store.brand(QStringLiteral("swift_cars")), brand);
        QVERIFY(store.brand(QStringLiteral("northwind_rent"))->isEmpty());
        Result<void> nameless = db.value()->write([&]() { return store.storeBrand(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}); });
        QVERIFY(!nameless);
        QCOMPARE(nameless.error().code, QStringLiteral("sync.bad_brand"));
        // Brands live beside the documents, not instead of them: templates and trees are read by their own kind.
        QCOMPARE(count(**db, QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind = 'template'")), 0);
    }

    void malformedChangeNamesItsPosition()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        CacheStore store(**db);
        CacheStore::Touched touched;
        const QJsonArray bad{QJsonObject{{QStringLiteral("entity"), QStringLiteral("case")}, {QStringLiteral("id"), QStringLiteral("x")}}};
        Result<void> applied = db.value()->write([&]() { return store.applyChanges(bad, touched); });
        QVERIFY(!applied);
        QCOMPARE(applied.error().where, QStringLiteral("/changes/0"));
    }

    void pendingWorkIsReplayedOverTheServerCopy()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        LocalDatabase &local = **db;
        QVERIFY(local.setMeta(QStringLiteral("user"), QStringLiteral(R"j({"id":"me","username":"agent"})j")));
        CacheStore store(local);
        CacheStore::Touched touched;
        QVERIFY(local.write([&]() { return store.applyChanges(m_changes, touched); }));
        const QString caseId = text(local, QStringLiteral("SELECT id FROM cases WHERE status <> 'resolved' LIMIT 1"));
        const int serverEvents = count(local, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ?"), {caseId});

        Outbox outbox(local);
        PendingReplay replay(local);
        qint64 noteSeq = 0;
        const Result<void> queued = local.write([&]() -> Result<void> {
            Result<OutboxEntry> note = outbox.append(QStringLiteral("note.add"),
                                                     QJsonObject{{QStringLiteral("case_id"), caseId},
                                                                 {QStringLiteral("text"), QStringLiteral("Called back, parcel found")}},
                                                     caseId, 1000);
            if (!note)
                return note.error();
            noteSeq = note->seq;
            if (Result<void> shown = replay.applyEffect(*note); !shown)
                return shown;
            Result<OutboxEntry> update = outbox.append(QStringLiteral("case.update"),
                                                       QJsonObject{{QStringLiteral("case_id"), caseId},
                                                                   {QStringLiteral("status"), QStringLiteral("waiting")}},
                                                       caseId, 1001);
            if (!update)
                return update.error();
            return replay.applyEffect(*update);
        });
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error().toString()));
        QCOMPARE(count(local, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ?"), {caseId}), serverEvents + 2);
        QCOMPARE(text(local, QStringLiteral("SELECT status FROM cases WHERE id = ?"), {caseId}), QStringLiteral("waiting"));
        QCOMPARE(count(local, QStringLiteral("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH 'parcel found'")), 1);
        QCOMPARE(*outbox.pendingCount(), 2);

        // A full resync forgets the server's rows but replays the unsynced work on the fresh copy.
        QVERIFY(local.write([&]() { return store.forgetServerData(); }));
        QCOMPARE(count(local, QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
        CacheStore::Touched refilled;
        QVERIFY(replay.replayAll());
        QCOMPARE(count(local, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ?"), {caseId}), 2);
        QVERIFY(local.write([&]() { return store.applyChanges(m_changes, refilled); }));
        QVERIFY(replay.rebase(refilled.caseIds));
        QCOMPARE(count(local, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ?"), {caseId}), serverEvents + 2);
        QCOMPARE(text(local, QStringLiteral("SELECT status FROM cases WHERE id = ?"), {caseId}), QStringLiteral("waiting"));

        // The server refuses the note: its effect goes, the entry stays with the reason.
        QVERIFY(outbox.recordAnswer(noteSeq, OutboxEntry::State::Rejected,
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                                                {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("case.not_found")},
                                                                                      {QStringLiteral("message"), QStringLiteral("No such case.")}}}},
                                    2000));
        QVERIFY(replay.forgetEvents({outbox.entry(noteSeq)->id}));
        QVERIFY(replay.rebase({caseId}));
        QCOMPARE(count(local, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ?"), {caseId}), serverEvents + 1);
        QCOMPARE(text(local, QStringLiteral("SELECT status FROM cases WHERE id = ?"), {caseId}), QStringLiteral("waiting"));
        Result<QList<OutboxEntry>> attention = outbox.needingAttention();
        QVERIFY(attention);
        QCOMPARE(attention->size(), 1);
        QCOMPARE(attention->first().errorMessage, QStringLiteral("No such case."));
        QCOMPARE(*outbox.pendingCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
