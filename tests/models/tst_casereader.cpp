// CaseReader: what the case workspace shows, read from a cache filled by the real demo server.

#include "casereader.h"
#include "caseactions.h"
#include "localdatabase.h"
#include "modeltestsupport.h"

#include <QDateTime>
#include <QTest>

using namespace redress;

namespace {

const QString kCase = QStringLiteral("case-25707"); // late delivery, María José Rivera (gold), the demo agent's

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

class TestCaseReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readCase_givesTheCaseWithItsTree();
    void readCase_unknownCase_isAnError();
    void customerFigures_countPayoutsAndWarnBeforeTheRepeatLimit();
    void compensations_showOutcomeAndWhetherSynced();
    void rootCauses_putTheCategorysTreeFirst();
    void dailyBudgetLeft_shrinksWithEachGrant();

private:
    DemoServer m_server;
    QTemporaryDir m_dir;
    TestClient m_client;
    std::unique_ptr<CaseReader> m_reader;
};

void TestCaseReader::initTestCase()
{
    QVERIFY(m_server.start());
    const QString opened = m_client.open(m_dir.filePath(QStringLiteral("demo.sqlite")), QUrl(m_server.baseUrl()));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QVERIFY(m_client.signIn(QStringLiteral("agent")));
    m_reader = std::make_unique<CaseReader>(*m_client.database);
}

void TestCaseReader::readCase_givesTheCaseWithItsTree()
{
    Result<CaseSummary> summary = m_reader->readCase(kCase);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().toString()));
    QCOMPARE(summary->category, QStringLiteral("late_delivery"));
    QCOMPARE(summary->treeId, QStringLiteral("late_delivery"));
    QCOMPARE(summary->channel, QStringLiteral("chat"));
    QCOMPARE(summary->title, QStringLiteral("Replacement phone arrived 18h late"));
    QCOMPARE(summary->facts.value(QLatin1String("delay_hours")).toInt(), 18);
    QVERIFY(!summary->isResolved());

    // A recorded walk comes back as the answers to replay.
    Result<TreeWalk> walked = m_client.actions->recordTreePath(
        kCase, QStringLiteral("late_delivery"),
        {QStringLiteral("delivered_late"), QStringLiteral("carrier_delay"), QStringLiteral("express"), QStringLiteral("one_day")});
    QVERIFY(walked);
    summary = m_reader->readCase(kCase);
    QCOMPARE(summary->treeAnswers, QStringList({QStringLiteral("delivered_late"), QStringLiteral("carrier_delay"),
                                                QStringLiteral("express"), QStringLiteral("one_day")}));
}

void TestCaseReader::readCase_unknownCase_isAnError()
{
    Result<CaseSummary> summary = m_reader->readCase(QStringLiteral("case-nope"));
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, QStringLiteral("case.not_found"));
    Result<CustomerSummary> customer = m_reader->readCustomer(QStringLiteral("cust-nope"), now());
    QVERIFY(!customer);
    QCOMPARE(customer.error().code, QStringLiteral("customer.not_found"));
}

void TestCaseReader::customerFigures_countPayoutsAndWarnBeforeTheRepeatLimit()
{
    Result<CaseSummary> summary = m_reader->readCase(kCase);
    QVERIFY(summary);
    Result<CustomerSummary> before = m_reader->readCustomer(summary->customerId, now());
    QVERIFY2(before, before ? "" : qPrintable(before.error().toString()));
    QCOMPARE(before->name, QStringLiteral("María José Rivera"));
    QCOMPARE(before->tier, QStringLiteral("gold"));
    QVERIFY(before->lifetimeValue.has_value());
    QVERIFY(before->lifetimeValue->minor() > 0);
    QVERIFY(before->customerSince > 0 && before->customerSince < now());
    QCOMPARE(before->windowDays, 90);
    QCOMPARE(before->repeatThreshold, 3); // resources/seed/policy.json repeat_payouts.max_payouts

    int payouts = before->payoutsInWindow;
    qint64 received = before->receivedInWindow.minor();
    const Money five = *Money::parse(u"5.00", u"USD");
    while (payouts < before->repeatThreshold - 1) {
        QVERIFY(m_client.actions->proposeCompensation(kCase, CompensationKind::Voucher, five, QStringLiteral("test")));
        ++payouts;
        received += five.minor();
    }
    Result<CustomerSummary> after = m_reader->readCustomer(summary->customerId, now());
    QVERIFY(after);
    QCOMPARE(after->payoutsInWindow, payouts);
    QCOMPARE(after->receivedInWindow.minor(), received);
    // One more payout reaches the policy's review: the header warns now.
    QVERIFY(after->repeatWarning());
}

void TestCaseReader::compensations_showOutcomeAndWhetherSynced()
{
    const Money amount = *Money::parse(u"7.25", u"USD");
    Result<CaseActions::Proposal> proposal = m_client.actions->proposeCompensation(kCase, CompensationKind::Refund, amount, QStringLiteral("surcharge"));
    QVERIFY(proposal);
    auto find = [&]() -> std::optional<CompensationLine> {
        Result<QList<CompensationLine>> lines = m_reader->compensations(kCase);
        if (!lines)
            return std::nullopt;
        for (const CompensationLine &line : *lines)
            if (line.id == proposal->compensationId)
                return line;
        return std::nullopt;
    };
    std::optional<CompensationLine> line = find();
    QVERIFY(line);
    QVERIFY(line->unsynced);
    QCOMPARE(line->amount, amount);
    QCOMPARE(line->kind, QStringLiteral("refund"));
    QCOMPARE(line->reason, QStringLiteral("surcharge"));
    QVERIFY(m_client.syncUntilIdle());
    line = find();
    QVERIFY(line);
    QVERIFY(!line->unsynced);
    QVERIFY2(line->state == QLatin1String("applied") || line->state == QLatin1String("pending_approval"), qPrintable(line->state));
}

void TestCaseReader::rootCauses_putTheCategorysTreeFirst()
{
    Result<QStringList> causes = m_reader->rootCauses(QStringLiteral("late_delivery"));
    QVERIFY(causes);
    QVERIFY(causes->contains(QStringLiteral("depot_capacity")));
    // The late-delivery tree's causes come before another tree's.
    const qsizetype ownCause = causes->indexOf(QStringLiteral("depot_capacity"));
    Result<QStringList> breakdown = m_reader->rootCauses(QStringLiteral("vehicle_breakdown"));
    QVERIFY(breakdown);
    QVERIFY(breakdown->indexOf(QStringLiteral("depot_capacity")) > ownCause);
    QCOMPARE(breakdown->size(), causes->size()); // the same tags, in another order
}

void TestCaseReader::dailyBudgetLeft_shrinksWithEachGrant()
{
    Result<std::optional<Money>> before = m_reader->dailyBudgetLeft(now());
    QVERIFY(before && before->has_value());
    const Money amount = *Money::parse(u"3.00", u"USD");
    // Another customer's case: María José has reached the repeat-payout review by now.
    Result<CaseActions::Proposal> proposal =
        m_client.actions->proposeCompensation(QStringLiteral("case-25722"), CompensationKind::Refund, amount, {});
    QVERIFY(proposal);
    QCOMPARE(proposal->verdict.decision, Verdict::Decision::Allow);
    Result<std::optional<Money>> after = m_reader->dailyBudgetLeft(now());
    QVERIFY(after && after->has_value());
    QCOMPARE((*after)->minor(), (*before)->minor() - amount.minor());
}

QTEST_GUILESS_MAIN(TestCaseReader)
#include "tst_casereader.moc"
