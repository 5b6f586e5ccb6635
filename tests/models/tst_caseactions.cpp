#include "modeltestsupport.h"
#include "outbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;

/// The actions the windows call, against the real server: what the client refuses by itself, and an over-limit
/// grant travelling from an agent's desk to a lead's queue and back.
class TestCaseActions : public QObject
{
    Q_OBJECT

    DemoServer m_server;
    QTemporaryDir m_dir;
    TestClient m_agent;
    TestClient m_lead;
    QString m_caseId;

    static Money usd(qint64 minor) { return Money(minor, *Currency::fromCode(QStringLiteral("USD"))); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.process().standardError()));
        QCOMPARE(m_agent.open(m_dir.filePath(QStringLiteral("agent.sqlite")), QUrl(m_server.baseUrl())), QString());
        QCOMPARE(m_lead.open(m_dir.filePath(QStringLiteral("lead.sqlite")), QUrl(m_server.baseUrl())), QString());
        QVERIFY(m_agent.signIn(QStringLiteral("agent")));
        QVERIFY(m_lead.signIn(QStringLiteral("lead")));
        // A fresh late-delivery case for a Gold customer with nothing received yet.
        const QString customer = m_agent.scalar(QStringLiteral("SELECT id FROM customers WHERE tier = 'gold' AND id NOT IN"
                                                               " (SELECT customer_id FROM compensations) ORDER BY id LIMIT 1"))
                                     .toString();
        QVERIFY(!customer.isEmpty());
        Result<QString> opened = m_agent.actions->openCase(customer, QStringLiteral("late_delivery"), QStringLiteral("Laptop charger 48h late"),
                                                           QStringLiteral("phone"),
                                                           QJsonObject{{QStringLiteral("order_reference"), QStringLiteral("NP-9240-7184")},
                                                                       {QStringLiteral("delay_hours"), 48}});
        QVERIFY(opened);
        m_caseId = *opened;
        QVERIFY(m_agent.syncUntilIdle());
    }

    void clientRefusesWhatTheServerWould()
    {
        CaseActions &actions = *m_agent.actions;
        QCOMPARE(actions.addNote(m_caseId, QStringLiteral("   ")).error().code, QStringLiteral("note.empty"));
        QCOMPARE(actions.addNote(m_caseId, QString(10001, QLatin1Char('x'))).error().code, QStringLiteral("note.too_long"));
        QCOMPARE(actions.addNote(QStringLiteral("no-such-case"), QStringLiteral("x")).error().code, QStringLiteral("case.not_found"));
        QCOMPARE(actions.recordTreePath(m_caseId, QStringLiteral("late_delivery"), {QStringLiteral("not_an_answer")}).error().code,
                 QStringLiteral("walk.invalid_answer"));
        QCOMPARE(actions.recordTreePath(m_caseId, QStringLiteral("no_tree"), {}).error().code, QStringLiteral("tree.not_found"));
        QCOMPARE(actions.resolveCase(m_caseId, QStringLiteral("Not A Tag")).error().code, QStringLiteral("case.root_cause"));
        QCOMPARE(actions.openCase(QStringLiteral("cust-none"), QStringLiteral("late_delivery"), QStringLiteral("t")).error().code,
                 QStringLiteral("customer.not_found"));
        QCOMPARE(*Outbox(*m_agent.database).pendingCount(), 0); // nothing refused was queued
    }

    void treeWalkIsRecordedWithItsRecovery()
    {
        Result<TreeWalk> walk = m_agent.actions->recordTreePath(
            m_caseId, QStringLiteral("late_delivery"), {QStringLiteral("in_transit"), QStringLiteral("carrier_delay"), QStringLiteral("standard")});
        QVERIFY2(walk, walk ? "" : qPrintable(walk.error().toString()));
        QCOMPARE(m_agent.scalar(QStringLiteral("SELECT json_extract(data, '$.tree_walk.tree.id') FROM cases WHERE id = ?"), {m_caseId}).toString(),
                 QStringLiteral("late_delivery"));
        QVERIFY(m_agent.syncUntilIdle());
        QCOMPARE(Outbox(*m_agent.database).recent(1)->first().state, OutboxEntry::State::Applied);
    }

    void messageWithUnresolvedPlaceholderIsNotSent()
    {
        Result<RenderedMessage> rendered = m_agent.actions->renderMessage(m_caseId, QStringLiteral("late_delivery_apology"),
                                                                          QStringLiteral("email"), QStringLiteral("en"));
        QVERIFY2(rendered, rendered ? "" : qPrintable(rendered.error().toString()));
        QVERIFY(rendered->text.contains(QStringLiteral("NP-9240-7184")));
        // No compensation was given yet, and a case opened here has no brand: those placeholders stay open.
        QVERIFY(!rendered->unresolved.isEmpty());
        QCOMPARE(m_agent.actions->sendMessage(m_caseId, QStringLiteral("late_delivery_apology"), *rendered).error().code,
                 QStringLiteral("message.unresolved"));
        RenderedMessage tooLong = *rendered;
        tooLong.unresolved.clear();
        tooLong.text = QString(tooLong.limit + 1, QLatin1Char('x'));
        tooLong.length = tooLong.text.size();
        QCOMPARE(m_agent.actions->sendMessage(m_caseId, QStringLiteral("late_delivery_apology"), tooLong).error().code,
                 QStringLiteral("message.too_long"));
        RenderedMessage ready = *rendered;
        ready.unresolved.clear();
        ready.text = QStringLiteral("Dear customer, your parcel NP-9240-7184 is on its way.");
        ready.length = ready.text.size();
        QVERIFY(m_agent.actions->sendMessage(m_caseId, QStringLiteral("late_delivery_apology"), ready));
        QVERIFY(m_agent.syncUntilIdle());
        QCOMPARE(m_agent.scalar(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ? AND type = 'message.sent'"
                                               " AND server_id IS NOT NULL"), {m_caseId}).toInt(), 1);
    }

    void demoCaseMessages_signWithTheCachedBrand_data()
    {
        QTest::addColumn<QString>("caseId");
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("parcel late, email") << QStringLiteral("case-25848") << QStringLiteral("late_delivery_apology") << QStringLiteral("email")
                                            << QStringList{QStringLiteral("Northwind Parcel Customer Care"), QStringLiteral("+1 800 555 0177")};
        QTest::newRow("parcel late, sms") << QStringLiteral("case-25848") << QStringLiteral("late_delivery_apology") << QStringLiteral("sms")
                                          << QStringList{QStringLiteral("Northwind Parcel"), QStringLiteral("+1 800 555 0177")};
        QTest::newRow("rental billing, email") << QStringLiteral("case-25514") << QStringLiteral("billing_error_correction")
                                               << QStringLiteral("email")
                                               << QStringList{QStringLiteral("Northwind Rent Customer Care"), QStringLiteral("+1 800 555 0199")};
    }

    void demoCaseMessages_signWithTheCachedBrand()
    {
        QFETCH(QString, caseId);
        QFETCH(QString, templateId);
        QFETCH(QString, channel);
        QFETCH(QStringList, expected);
        Result<RenderedMessage> rendered = m_agent.actions->renderMessage(caseId, templateId, channel, QStringLiteral("en"));
        QVERIFY2(rendered, rendered ? "" : qPrintable(rendered.error().toString()));
        const QStringList unresolved = rendered->unresolvedPaths();
        for (const QString &path : {QStringLiteral("brand.name"), QStringLiteral("brand.signature"), QStringLiteral("brand.support_phone")})
            QVERIFY2(!unresolved.contains(path), qPrintable(unresolved.join(QLatin1String(", "))));
        for (const QString &text : expected)
            QVERIFY2(rendered->text.contains(text), qPrintable(rendered->text));
    }

    void customerHeader_comesFromTheCachedCustomer()
    {
        // The case workspace's header reads these from the cached customer's data, as the server sent them.
        const QString customer = QStringLiteral("cust-1005"); // platinum, 1200 days
        QCOMPARE(m_agent.scalar(QStringLiteral("SELECT json_extract(data, '$.lifetime_value.currency') FROM customers WHERE id = ?"),
                                {customer}).toString(),
                 QStringLiteral("USD"));
        QVERIFY(m_agent.scalar(QStringLiteral("SELECT json_extract(data, '$.lifetime_value.minor') FROM customers WHERE id = ?"),
                               {customer}).toLongLong() > 1'200'000);
        const qint64 since = m_agent.scalar(QStringLiteral("SELECT json_extract(data, '$.customer_since') FROM customers WHERE id = ?"),
                                            {customer}).toLongLong();
        const qint64 days = (QDateTime::currentMSecsSinceEpoch() - since) / 86'400'000;
        QVERIFY2(days >= 1199 && days <= 1200, qPrintable(QString::number(days)));
    }

    void brandNotCached_leavesSignatureUnresolved()
    {
        // A cache filled by a server that sends no brands: the name comes from the id, the signature stays open.
        QVERIFY(m_agent.database->exec(QStringLiteral("DELETE FROM documents WHERE kind = 'brand' AND id = 'northwind_parcel'")));
        Result<RenderedMessage> rendered = m_agent.actions->renderMessage(QStringLiteral("case-25848"), QStringLiteral("late_delivery_apology"),
                                                                          QStringLiteral("sms"), QStringLiteral("en"));
        QVERIFY2(rendered, rendered ? "" : qPrintable(rendered.error().toString()));
        QVERIFY(rendered->text.contains(QStringLiteral("Northwind Parcel")));
        QVERIFY(rendered->unresolvedPaths().contains(QStringLiteral("brand.support_phone")));
        QVERIFY(!rendered->unresolvedPaths().contains(QStringLiteral("brand.name")));
    }

    void overLimitGrantGoesToTheLeadAndComesBackApproved()
    {
        Result<Verdict> within = m_agent.actions->evaluateCompensation(m_caseId, CompensationKind::Voucher, usd(4000));
        QVERIFY(within);
        QCOMPARE(within->decision, Verdict::Decision::Allow);
        Result<CaseActions::Proposal> proposal =
            m_agent.actions->proposeCompensation(m_caseId, CompensationKind::Voucher, usd(8000), QStringLiteral("Work charger, two days"));
        QVERIFY2(proposal, proposal ? "" : qPrintable(proposal.error().toString()));
        QCOMPARE(proposal->verdict.decision, Verdict::Decision::Approval);
        QCOMPARE(m_agent.scalar(QStringLiteral("SELECT state FROM compensations WHERE id = ?"), {proposal->compensationId}).toString(),
                 QStringLiteral("pending_approval"));
        QVERIFY(m_agent.syncUntilIdle());
        const QString approvalId = Outbox(*m_agent.database).recent(1)->first().result.value(QLatin1String("approval_id")).toString();
        QVERIFY(!approvalId.isEmpty());

        // The lead's desk learns of it by a poke, and approves.
        QTRY_COMPARE_WITH_TIMEOUT(m_lead.scalar(QStringLiteral("SELECT state FROM approvals WHERE id = ?"), {approvalId}).toString(),
                                  QStringLiteral("pending"), 10000);
        QCOMPARE(m_lead.actions->decideApproval(approvalId, false, QString()).error().code, QStringLiteral("approval.comment"));
        QVERIFY(m_lead.actions->decideApproval(approvalId, true, QStringLiteral("Two days late on a work charger")));
        QCOMPARE(m_lead.actions->decideApproval(approvalId, true, QString()).error().code, QStringLiteral("approval.decided"));
        QVERIFY(m_lead.syncUntilIdle());
        QCOMPARE(Outbox(*m_lead.database).recent(1)->first().state, OutboxEntry::State::Applied);

        // The agent's case shows it approved, without asking.
        QTRY_COMPARE_WITH_TIMEOUT(m_agent.scalar(QStringLiteral("SELECT state FROM compensations WHERE id = ?"), {proposal->compensationId}).toString(),
                                  QStringLiteral("applied"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_agent.scalar(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ? AND type = 'approval.approved'"),
                                                 {m_caseId}).toInt(),
                                  1, 10000);
    }

    void nobodyDecidesTheirOwnRequest()
    {
        Result<CaseActions::Proposal> own =
            m_lead.actions->proposeCompensation(m_caseId, CompensationKind::Refund, usd(40000), QStringLiteral("Lead's own large refund"));
        QVERIFY2(own, own ? "" : qPrintable(own.error().toString()));
        QCOMPARE(own->verdict.decision, Verdict::Decision::Approval);
        QVERIFY(m_lead.syncUntilIdle());
        const QString approvalId = Outbox(*m_lead.database).recent(1)->first().result.value(QLatin1String("approval_id")).toString();
        QVERIFY(!approvalId.isEmpty());
        // A manager's request is not in the lead's scope to decide, but the lead sees their own request pending.
        QTRY_COMPARE_WITH_TIMEOUT(m_lead.scalar(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE id = ?"), {approvalId}).toInt(), 1, 10000);
        QCOMPARE(m_lead.actions->decideApproval(approvalId, true, QString()).error().code, QStringLiteral("approval.own_request"));

        // An older client without that check: the server refuses (forbidden), the refusal is kept with its reason,
        // the session goes on and the work queued after it is sent.
        Outbox outbox(*m_lead.database);
        QVERIFY(outbox.append(QStringLiteral("approval.decide"),
                              QJsonObject{{QStringLiteral("approval_id"), approvalId}, {QStringLiteral("decision"), QStringLiteral("approve")}},
                              m_caseId, QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(m_lead.actions->addNote(m_caseId, QStringLiteral("Queued after a refused decision")));
        QVERIFY(m_lead.syncUntilIdle());
        QCOMPARE(m_lead.sync->state(), SyncEngine::State::Idle);
        Result<QList<OutboxEntry>> recent = outbox.recent(2);
        QCOMPARE(recent->at(1).state, OutboxEntry::State::Rejected);
        QCOMPARE(recent->at(1).errorCode, QStringLiteral("forbidden"));
        QCOMPARE(recent->at(0).state, OutboxEntry::State::Applied);
    }

    void resolveThenNoMoreChanges()
    {
        QVERIFY(m_agent.actions->resolveCase(m_caseId, QStringLiteral("carrier_delay")));
        QCOMPARE(m_agent.scalar(QStringLiteral("SELECT status FROM cases WHERE id = ?"), {m_caseId}).toString(), QStringLiteral("resolved"));
        QCOMPARE(m_agent.actions->resolveCase(m_caseId, QStringLiteral("carrier_delay")).error().code, QStringLiteral("case.resolved"));
        QCOMPARE(m_agent.actions->proposeCompensation(m_caseId, CompensationKind::Voucher, usd(500), QString()).error().code,
                 QStringLiteral("case.resolved"));
        QVERIFY(m_agent.actions->addNote(m_caseId, QStringLiteral("Notes stay possible on a resolved case")));
        QVERIFY(m_agent.syncUntilIdle());
        QCOMPARE(m_agent.scalar(QStringLiteral("SELECT json_extract(server_data, '$.status') FROM cases WHERE id = ?"), {m_caseId}).toString(),
                 QStringLiteral("resolved"));
    }
};

QTEST_GUILESS_MAIN(TestCaseActions)
#include "tst_caseactions.moc"
