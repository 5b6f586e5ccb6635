#include "modeltestsupport.h"
#include "outbox.h"
#include "outboxmodel.h"
#include "profile.h"

#include <QAbstractItemModelTester>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace redress;

/// The client's model layer against the real redress-server on loopback: sign in, first sync, actions online and
/// offline, a server that goes away and comes back, a policy tightened while offline, rejections, full resync.
class TestSync : public QObject
{
    Q_OBJECT

    DemoServer m_server;
    QTemporaryDir m_dir;
    QString m_leadToken;

    QString serverToken(const QString &username)
    {
        HttpReply reply = m_server.process().post(QStringLiteral("/api/v1/sessions"),
                                                  QJsonObject{{QStringLiteral("username"), username},
                                                              {QStringLiteral("password"), DemoServer::kPassword},
                                                              {QStringLiteral("device_id"), QString(QStringLiteral("checker-") + username)}});
        return reply.json.value(QLatin1String("token")).toString();
    }

    /// The server's timeline of a case, as the lead sees it.
    QJsonArray serverTimeline(const QString &caseId)
    {
        HttpReply reply = m_server.process().get(QStringLiteral("/api/v1/cases/") + caseId, m_leadToken);
        return reply.json.value(QLatin1String("timeline")).toArray();
    }

    int notesOnServer(const QString &caseId, const QString &text)
    {
        int found = 0;
        for (const QJsonValue &event : serverTimeline(caseId)) {
            if (event[QLatin1String("type")].toString() == QLatin1String("note")
                && event[QLatin1String("data")][QLatin1String("text")].toString() == text) {
                ++found;
            }
        }
        return found;
    }

    QString openCaseOf(TestClient &client, const QString &tier)
    {
        return client.scalar(QStringLiteral("SELECT c.id FROM cases c JOIN customers u ON u.id = c.customer_id"
                                            " WHERE c.status <> 'resolved' AND u.tier = ? ORDER BY c.id LIMIT 1"),
                             {tier})
            .toString();
    }

    /// A new late-delivery case for a customer who has received nothing yet (no repeat-payout rule).
    QString newCaseForUncompensated(TestClient &client)
    {
        const QString customer = client.scalar(QStringLiteral("SELECT id FROM customers WHERE id NOT IN"
                                                              " (SELECT customer_id FROM compensations) ORDER BY id LIMIT 1"))
                                     .toString();
        Result<QString> opened = client.actions->openCase(customer, QStringLiteral("late_delivery"), QStringLiteral("Parcel late"));
        return opened ? *opened : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.process().standardError()));
        m_leadToken = serverToken(QStringLiteral("lead"));
        QVERIFY(!m_leadToken.isEmpty());
    }

    void init()
    {
        // A test that failed half-way may have left the server stopped.
        if (!m_server.process().isRunning())
            QVERIFY2(m_server.start(), qPrintable(m_server.process().standardError()));
    }

    void firstSyncFillsTheCacheAndActionsReachTheServer()
    {
        TestClient client;
        QCOMPARE(client.open(m_dir.filePath(QStringLiteral("first.sqlite")), QUrl(m_server.baseUrl())), QString());
        QVERIFY(client.signIn(QStringLiteral("agent")));
        QVERIFY(client.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt() > 10);
        QVERIFY(client.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt() > 10);
        QCOMPARE(client.scalar(QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind = 'policy'")).toInt(), 1);
        QVERIFY(client.scalar(QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind = 'tree'")).toInt() > 0);
        // The demo's three brands, with what messages sign with.
        QCOMPARE(client.scalar(QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind = 'brand'")).toInt(), 3);
        QCOMPARE(client.scalar(QStringLiteral("SELECT json_extract(body, '$.support_phone') FROM documents"
                                              " WHERE kind = 'brand' AND id = 'northwind_rent'")).toString(),
                 QStringLiteral("+1 800 555 0199"));
        QCOMPARE(client.scalar(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE mutation_id IS NOT NULL")).toInt(), 0);

        const QString caseId = openCaseOf(client, QStringLiteral("gold"));
        QVERIFY(!caseId.isEmpty());
        QVERIFY(client.actions->addNote(caseId, QStringLiteral("Online note")));
        // Shown at once, before the server answered.
        QCOMPARE(client.scalar(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ? AND mutation_id IS NOT NULL"), {caseId}).toInt(), 1);
        Result<CaseActions::Proposal> proposal = client.actions->proposeCompensation(
            caseId, CompensationKind::Voucher, Money(2000, *Currency::fromCode(QStringLiteral("USD"))), QStringLiteral("Late"));
        QVERIFY2(proposal, proposal ? "" : qPrintable(proposal.error().toString()));
        QCOMPARE(proposal->verdict.decision, Verdict::Decision::Allow);
        QVERIFY(client.syncUntilIdle());
        QCOMPARE(notesOnServer(caseId, QStringLiteral("Online note")), 1);
        // The server's rows replaced the local ones: no unconfirmed event, the compensation is the server's.
        QCOMPARE(client.scalar(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE mutation_id IS NOT NULL")).toInt(), 0);
        QCOMPARE(client.scalar(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ? AND type = 'note'"
                                              " AND json_extract(data, '$.text') = 'Online note'"), {caseId}).toInt(), 1);
        QCOMPARE(client.scalar(QStringLiteral("SELECT state FROM compensations WHERE id = ?"), {proposal->compensationId}).toString(),
                 QStringLiteral("applied"));
        QVERIFY(client.scalar(QStringLiteral("SELECT server_data IS NOT NULL FROM compensations WHERE id = ?"), {proposal->compensationId}).toBool());
        QCOMPARE(client.sync->pendingCount(), 0);
    }

    void offlineWorkArrivesOnceAfterReconnect()
    {
        TestClient client;
        QCOMPARE(client.open(m_dir.filePath(QStringLiteral("offline.sqlite")), QUrl(m_server.baseUrl())), QString());
        QVERIFY(client.signIn(QStringLiteral("agent")));
        const QString caseId = openCaseOf(client, QStringLiteral("silver"));
        QVERIFY(!caseId.isEmpty());

        m_server.stop();
        QSignalSpy states(client.sync.get(), &SyncEngine::stateChanged);
        const QStringList notes{QStringLiteral("Offline one"), QStringLiteral("Offline two"), QStringLiteral("Offline three")};
        for (const QString &note : notes)
            QVERIFY(client.actions->addNote(caseId, note));
        Result<QString> opened = client.actions->openCase(
            client.scalar(QStringLiteral("SELECT customer_id FROM cases WHERE id = ?"), {caseId}).toString(),
            QStringLiteral("late_delivery"), QStringLiteral("Opened while offline"));
        QVERIFY(opened);
        QVERIFY(client.actions->addNote(*opened, QStringLiteral("Note on the offline case")));
        QTRY_COMPARE_WITH_TIMEOUT(client.sync->state(), SyncEngine::State::Offline, 10000);
        QCOMPARE(client.sync->pendingCount(), 5);
        QCOMPARE(client.scalar(QStringLiteral("SELECT status FROM cases WHERE id = ?"), {*opened}).toString(), QStringLiteral("open"));

        // Closing and reopening the client while offline loses nothing either.
        const QString path = client.database->path();
        QCOMPARE(client.open(path, QUrl(m_server.baseUrl())), QString());
        QCOMPARE(*Outbox(*client.database).pendingCount(), 5);

        QVERIFY2(m_server.start(), qPrintable(m_server.process().standardError()));
        QVERIFY(client.signIn(QStringLiteral("agent")));
        for (const QString &note : notes)
            QCOMPARE(notesOnServer(caseId, note), 1);
        QCOMPARE(notesOnServer(*opened, QStringLiteral("Note on the offline case")), 1);
        QCOMPARE(client.sync->pendingCount(), 0);
        QVERIFY(client.scalar(QStringLiteral("SELECT server_data IS NOT NULL FROM cases WHERE id = ?"), {*opened}).toBool());
        // Syncing again sends nothing twice.
        QVERIFY(client.syncUntilIdle());
        for (const QString &note : notes)
            QCOMPARE(notesOnServer(caseId, note), 1);
    }

    void policyTightenedWhileOfflineComesBackAsApprovalRequest()
    {
        TestClient client;
        QCOMPARE(client.open(m_dir.filePath(QStringLiteral("policy.sqlite")), QUrl(m_server.baseUrl())), QString());
        QVERIFY(client.signIn(QStringLiteral("agent")));
        const QString caseId = newCaseForUncompensated(client);
        QVERIFY(client.syncUntilIdle());
        QVERIFY(!caseId.isEmpty());
        m_server.stop();

        const Money amount(1500, *Currency::fromCode(QStringLiteral("USD")));
        Result<CaseActions::Proposal> proposal =
            client.actions->proposeCompensation(caseId, CompensationKind::Voucher, amount, QStringLiteral("Offline grant"));
        QVERIFY2(proposal, proposal ? "" : qPrintable(proposal.error().toString()));
        QCOMPARE(proposal->verdict.decision, Verdict::Decision::Allow);
        QCOMPARE(client.scalar(QStringLiteral("SELECT state FROM compensations WHERE id = ?"), {proposal->compensationId}).toString(),
                 QStringLiteral("applied"));

        // Meanwhile the policy is tightened: every limit becomes USD 1.00.
        QFile file(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/policy.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
        policy.insert(QStringLiteral("version"), policy.value(QLatin1String("version")).toInt() + 1);
        QJsonObject limits = policy.value(QLatin1String("limits")).toObject();
        QJsonArray rules = limits.value(QLatin1String("rules")).toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QJsonObject rule = rules.at(i).toObject();
            if (rule.contains(QLatin1String("limit")))
                rule.insert(QStringLiteral("limit"), QStringLiteral("1.00"));
            rules.replace(i, rule);
        }
        limits.insert(QStringLiteral("rules"), rules);
        policy.insert(QStringLiteral("limits"), limits);
        const QString tightened = m_dir.filePath(QStringLiteral("tight-policy.json"));
        QFile out(tightened);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(policy).toJson());
        out.close();
        QProcess admin;
        admin.start(QStringLiteral(REDRESS_ADMIN_PATH), {QStringLiteral("policy"), QStringLiteral("publish"), QStringLiteral("--db"),
                                                          QStringLiteral("sqlite:") + m_server.databasePath(), tightened});
        QVERIFY(admin.waitForFinished(30000));
        QVERIFY2(admin.exitCode() == 0, admin.readAllStandardError().constData());

        QSignalSpy attention(client.sync.get(), &SyncEngine::attentionNeeded);
        QVERIFY2(m_server.start(), qPrintable(m_server.process().standardError()));
        QVERIFY(client.syncUntilIdle());
        QVERIFY(!attention.isEmpty());
        Result<QList<OutboxEntry>> needing = Outbox(*client.database).needingAttention();
        QVERIFY(needing);
        QCOMPARE(needing->size(), 1);
        QCOMPARE(needing->first().state, OutboxEntry::State::PendingApproval);
        QVERIFY(!needing->first().result.value(QLatin1String("approval_id")).toString().isEmpty());
        QCOMPARE(client.scalar(QStringLiteral("SELECT state FROM compensations WHERE id = ?"), {proposal->compensationId}).toString(),
                 QStringLiteral("pending_approval"));
        // The new policy reached the cache too: the same grant now needs approval locally.
        Result<Verdict> now = client.actions->evaluateCompensation(caseId, CompensationKind::Voucher, amount);
        QVERIFY(now);
        QCOMPARE(now->decision, Verdict::Decision::Approval);
    }

    void rejectedActionIsKeptWithTheServersReason()
    {
        TestClient client;
        QCOMPARE(client.open(m_dir.filePath(QStringLiteral("rejected.sqlite")), QUrl(m_server.baseUrl())), QString());
        QVERIFY(client.signIn(QStringLiteral("agent")));
        const QString caseId = openCaseOf(client, QStringLiteral("gold"));
        client.sync->stop();
        // A colleague resolves the case on the server before this client's walk reaches it.
        HttpReply resolved = m_server.process().request(
            "POST", QStringLiteral("/api/v1/mutations"),
            QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("checker-lead")},
                                      {QStringLiteral("mutations"),
                                       QJsonArray{QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                                              {QStringLiteral("seq"), 1},
                                                              {QStringLiteral("type"), QStringLiteral("case.resolve")},
                                                              {QStringLiteral("args"), QJsonObject{{QStringLiteral("case_id"), caseId},
                                                                                                   {QStringLiteral("root_cause"), QStringLiteral("carrier_delay")}}}}}}})
                .toJson(),
            m_leadToken, {{"Content-Type", "application/json"}});
        QVERIFY2(resolved.status == 200, resolved.body.constData());
        QVERIFY2(resolved.json[QLatin1String("results")][0][QLatin1String("status")].toString() == QLatin1String("applied"), resolved.body.constData());

        QVERIFY(client.actions->updateCase(caseId, QJsonObject{{QStringLiteral("status"), QStringLiteral("waiting")}}));
        QCOMPARE(client.scalar(QStringLiteral("SELECT status FROM cases WHERE id = ?"), {caseId}).toString(), QStringLiteral("waiting"));
        QSignalSpy attention(client.sync.get(), &SyncEngine::attentionNeeded);
        client.sync->start();
        QVERIFY(client.syncUntilIdle());
        QVERIFY(!attention.isEmpty());
        Result<QList<OutboxEntry>> needing = Outbox(*client.database).needingAttention();
        QVERIFY(needing);
        QCOMPARE(needing->size(), 1);
        QCOMPARE(needing->first().state, OutboxEntry::State::Rejected);
        QCOMPARE(needing->first().errorCode, QStringLiteral("case.resolved"));
        QVERIFY(!needing->first().errorMessage.isEmpty());
        // Its effect is undone: the case shows the server's state.
        QCOMPARE(client.scalar(QStringLiteral("SELECT status FROM cases WHERE id = ?"), {caseId}).toString(), QStringLiteral("resolved"));
        // The outbox view shows it with the reason, flagged for attention.
        OutboxModel model(*client.database, client.notifier.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() >= 1);
        const QModelIndex newest = model.index(0, OutboxModel::ReasonColumn);
        QCOMPARE(newest.data().toString(), needing->first().errorMessage);
        QVERIFY(newest.data(OutboxModel::AttentionRole).toBool());
        QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), OutboxModel::stateLabel(OutboxEntry::State::Rejected));
        // Sending it again queues one new attempt, however many times it is asked.
        QVERIFY(client.actions->retryRejected(needing->first().seq));
        QCOMPARE(client.actions->retryRejected(needing->first().seq).error().code, QStringLiteral("outbox.not_rejected"));
        QCOMPARE(*Outbox(*client.database).pendingCount(), 1);
        QCOMPARE(Outbox(*client.database).needingAttention()->size(), 0);
        QVERIFY(client.syncUntilIdle());
        QCOMPARE(Outbox(*client.database).needingAttention()->size(), 1); // refused again: the case is still resolved
        QVERIFY(client.actions->dismiss(Outbox(*client.database).needingAttention()->first().seq));
        QCOMPARE(Outbox(*client.database).needingAttention()->size(), 0);
    }

    void cursorAheadOfTheServerStartsAFullResyncThatKeepsLocalWork()
    {
        TestClient client;
        QCOMPARE(client.open(m_dir.filePath(QStringLiteral("resync.sqlite")), QUrl(m_server.baseUrl())), QString());
        QVERIFY(client.signIn(QStringLiteral("agent")));
        const int cases = client.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt();
        const QString caseId = openCaseOf(client, QStringLiteral("silver"));
        client.sync->stop();
        QVERIFY(client.actions->addNote(caseId, QStringLiteral("Kept through the resync")));
        // As if the server had been restored from an older backup: the cache's cursor is past its head, and the
        // cache holds a case the server never had.
        QVERIFY(client.database->setMeta(QStringLiteral("cursor"), QStringLiteral("900000000")));
        QVERIFY(client.database->exec(QStringLiteral("INSERT INTO cases(id, customer_id, category, status, assignee_id, title,"
                                                     " opened_at, updated_at, data, server_data) VALUES('ghost', 'x', 'c', 'open',"
                                                     " '', 'Ghost', 0, 0, '{}', '{}')")));
        // Still signed in: the stream's first poke names a head below the cursor, which starts the resync.
        QSignalSpy reset(client.notifier.get(), &CacheNotifier::reset);
        client.sync->start();
        QTRY_COMPARE_WITH_TIMEOUT(reset.size(), 1, 10000);
        QVERIFY(client.syncUntilIdle());
        QCOMPARE(client.scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id = 'ghost'")).toInt(), 0);
        QVERIFY(client.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt() >= cases);
        QCOMPARE(notesOnServer(caseId, QStringLiteral("Kept through the resync")), 1);
        QVERIFY(client.sync->cursor() < 900000000);
    }

    void prunedCursorStartsAFullResyncThatKeepsLocalWork()
    {
        TestClient client;
        QCOMPARE(client.open(m_dir.filePath(QStringLiteral("pruned.sqlite")), QUrl(m_server.baseUrl())), QString());
        QVERIFY(client.signIn(QStringLiteral("agent")));
        const int cases = client.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt();
        const QString caseId = openCaseOf(client, QStringLiteral("gold"));
        client.sync->stop();
        QVERIFY(client.actions->addNote(caseId, QStringLiteral("Kept through the prune")));

        // On the server: everything becomes 40 days old, and the feed is pruned to its last week.
        qint64 supersededSeq = 0;
        {
            QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server-direct"));
            server.setDatabaseName(m_server.databasePath());
            server.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            QVERIFY(server.open());
            QSqlQuery query(server);
            QVERIFY(query.exec(QStringLiteral("UPDATE changes SET at = at - 40 * 86400000")));
            // The cursor of a client that stopped at a row a later change of the same record supersedes.
            QVERIFY(query.exec(QStringLiteral("SELECT MIN(c.seq) FROM changes c WHERE c.entity <> 'case_event' AND EXISTS"
                                              " (SELECT 1 FROM changes n WHERE n.entity = c.entity AND n.entity_id = c.entity_id"
                                              " AND n.seq > c.seq)")));
            QVERIFY(query.next());
            supersededSeq = query.value(0).toLongLong();
            query.finish();
            server.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("server-direct"));
        QVERIFY(supersededSeq > 0);
        QProcess admin;
        admin.start(QStringLiteral(REDRESS_ADMIN_PATH), {QStringLiteral("db"), QStringLiteral("prune-changes"), QStringLiteral("--db"),
                                                          QStringLiteral("sqlite:") + m_server.databasePath(),
                                                          QStringLiteral("--keep-days"), QStringLiteral("7")});
        QVERIFY(admin.waitForFinished(30000));
        QVERIFY2(admin.exitCode() == 0, admin.readAllStandardError().constData());

        QVERIFY(client.database->setMeta(QStringLiteral("cursor"), QString::number(supersededSeq)));
        QCOMPARE(client.open(client.database->path(), QUrl(m_server.baseUrl())), QString());
        QSignalSpy reset(client.notifier.get(), &CacheNotifier::reset);
        QVERIFY(client.signIn(QStringLiteral("agent")));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(client.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt(), cases);
        QCOMPARE(notesOnServer(caseId, QStringLiteral("Kept through the prune")), 1);
        QCOMPARE(client.scalar(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ? AND"
                                              " json_extract(data, '$.text') = 'Kept through the prune'"), {caseId}).toInt(), 1);
    }

    void anotherUserCannotTakeOverUnsyncedWork()
    {
        TestClient client;
        QCOMPARE(client.open(m_dir.filePath(QStringLiteral("handover.sqlite")), QUrl(m_server.baseUrl())), QString());
        QVERIFY(client.signIn(QStringLiteral("agent")));
        client.sync->stop();
        QVERIFY(client.actions->addNote(openCaseOf(client, QStringLiteral("gold")), QStringLiteral("Not yet sent")));
        QSignalSpy failed(client.session.get(), &SessionManager::signInFailed);
        client.session->signIn(QStringLiteral("senior"), DemoServer::kPassword);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("agent")), qPrintable(failed.first().first().toString()));
        QCOMPARE(*Outbox(*client.database).pendingCount(), 1);
        // Once the work is sent, the desk can change hands; the new user gets their own copy.
        client.sync->start();
        QVERIFY(client.syncUntilIdle());
        QVERIFY(client.signIn(QStringLiteral("senior")));
        QCOMPARE(client.session->user().value(QLatin1String("username")).toString(), QStringLiteral("senior"));
        QCOMPARE(*Outbox(*client.database).pendingCount(), 0);
        // The new user's own copy, from the start of the feed, with the rules and their own limits.
        QCOMPARE(client.scalar(QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind = 'policy'")).toInt(), 1);
        QVERIFY2(client.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt() > 10,
                 qPrintable(client.scalar(QStringLiteral("SELECT COUNT(*) || ' cases, cursor ' || (SELECT value FROM meta WHERE key = 'cursor') FROM cases")).toString()));
        QCOMPARE(client.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 0);
        QVERIFY(client.actions->addNote(openCaseOf(client, QStringLiteral("gold")), QStringLiteral("Senior's note")));
        QVERIFY(client.syncUntilIdle());
        QCOMPARE(client.scalar(QStringLiteral("SELECT state FROM outbox ORDER BY seq DESC LIMIT 1")).toString(), QStringLiteral("applied"));
    }

    void pokeBringsAnotherDesksChangeWithoutAsking()
    {
        TestClient agent, lead;
        QCOMPARE(agent.open(m_dir.filePath(QStringLiteral("poke-agent.sqlite")), QUrl(m_server.baseUrl())), QString());
        QCOMPARE(lead.open(m_dir.filePath(QStringLiteral("poke-lead.sqlite")), QUrl(m_server.baseUrl())), QString());
        QVERIFY(agent.signIn(QStringLiteral("agent")));
        QVERIFY(lead.signIn(QStringLiteral("lead")));
        lead.sync->setPollInterval(10 * 60 * 1000); // only a poke can bring the change in time
        const QString caseId = openCaseOf(agent, QStringLiteral("gold"));
        QVERIFY(agent.actions->addNote(caseId, QStringLiteral("Seen by the lead through a poke")));
        QTRY_COMPARE_WITH_TIMEOUT(lead.scalar(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ? AND"
                                                             " json_extract(data, '$.text') = 'Seen by the lead through a poke'"),
                                              {caseId}).toInt(),
                                  1, 10000);
    }

    void sandboxSessionNeverReachesTheLiveServer()
    {
        // A sandbox profile whose client was wired to the live server by mistake: nothing leaves, nothing live is read.
        const QUrl live(m_server.baseUrl());
        Result<Profile> sandbox = Profile::create(Profile::Kind::Sandbox, QUrl(QStringLiteral("http://127.0.0.1:9")),
                                                  m_dir.path(), live);
        QVERIFY(sandbox);
        Result<std::unique_ptr<LocalDatabase>> database = LocalDatabase::open(sandbox->databasePath());
        QVERIFY(database);
        MemoryCredentialStore credentials;
        ServerClient client(live);
        SessionManager session(*sandbox, **database, credentials, client);
        const QByteArray metricsBefore = m_server.process().get(QStringLiteral("/metrics")).body;
        auto sessionRequests = [](const QByteArray &metrics) {
            int total = 0;
            for (const QByteArray &line : metrics.split('\n')) {
                if (line.startsWith("redress_http_requests_total") && line.contains("/api/v1/sessions\""))
                    total += line.mid(line.lastIndexOf(' ') + 1).toInt();
            }
            return total;
        };
        QVERIFY(sessionRequests(metricsBefore) > 0); // the count is there to compare (the lead signed in)
        QSignalSpy failed(&session, &SessionManager::signInFailed);
        QSignalSpy needs(&session, &SessionManager::needsSignIn);
        session.restore();
        session.signIn(QStringLiteral("agent"), DemoServer::kPassword);
        QTRY_COMPARE(failed.size(), 1);
        QTRY_COMPARE(needs.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(live.host()), qPrintable(failed.first().first().toString()));
        QCOMPARE(sessionRequests(m_server.process().get(QStringLiteral("/metrics")).body), sessionRequests(metricsBefore));
        for (const QString &key : credentials.keysRead())
            QVERIFY2(key.startsWith(QLatin1String("sandbox:")), qPrintable(key));
        QCOMPARE(credentials.keysRead().size(), 1);
    }

    void sandboxEngine_refusesAServerThatIsNoSandbox_beforeSendingAnything()
    {
        // A trainee's cache with a practice note not yet sent, pointed at a server that is not a sandbox (here the
        // demo server, which says "sandbox": false): the engine stops at the bootstrap, the note stays unsent.
        TestClient client;
        QCOMPARE(client.open(m_dir.filePath(QStringLiteral("sandbox-check.sqlite")), QUrl(m_server.baseUrl())), QString());
        QVERIFY(client.signIn(QStringLiteral("agent")));
        client.sync->stop();
        const QString caseId = openCaseOf(client, QStringLiteral("silver"));
        QVERIFY(!caseId.isEmpty());
        QVERIFY(client.actions->addNote(caseId, QStringLiteral("Practice note")));
        const qint64 cursor = client.sync->cursor();

        client.sync->setSandboxRequired(true);
        QSignalSpy refused(client.sync.get(), &SyncEngine::notASandbox);
        client.sync->start();
        QTRY_COMPARE(refused.size(), 1);
        QTest::qWait(300); // nothing follows the refusal
        QCOMPARE(notesOnServer(caseId, QStringLiteral("Practice note")), 0);
        QCOMPARE(client.sync->pendingCount(), 1);
        QCOMPARE(client.sync->cursor(), cursor);
        QVERIFY(!client.sync->lastError().isEmpty());

        // The control: the same engine without the requirement sends the note.
        client.sync->setSandboxRequired(false);
        client.sync->start();
        QVERIFY(client.syncUntilIdle());
        QCOMPARE(notesOnServer(caseId, QStringLiteral("Practice note")), 1);
        QCOMPARE(refused.size(), 1);
    }

    void wrongPasswordSaysSo()
    {
        TestClient client;
        QCOMPARE(client.open(m_dir.filePath(QStringLiteral("wrong.sqlite")), QUrl(m_server.baseUrl())), QString());
        QSignalSpy failed(client.session.get(), &SessionManager::signInFailed);
        client.session->signIn(QStringLiteral("agent"), QStringLiteral("not the password"));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("password")));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
