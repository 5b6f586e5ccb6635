#include "cachenotifier.h"
#include "cachestore.h"
#include "localdatabase.h"
#include "modeltestsupport.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace redress;

namespace {

QString text(LocalDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    Result<QSqlQuery *> query = db.exec(sql, binds);
    if (!query || !query.value()->next())
        return QStringLiteral("<none>");
    const QString value = query.value()->value(0).toString();
    query.value()->finish();
    return value;
}

bool exec(LocalDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    Result<QSqlQuery *> query = db.exec(sql, binds);
    if (!query) {
        qWarning() << query.error().message;
        return false;
    }
    query.value()->finish();
    return true;
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

    DemoServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.process().standardError()));
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QCOMPARE(m_server.fillCache(*m_db, QStringLiteral("agent"), QStringLiteral("timeline-test")), QString());
    }

    void serverTimeline_oldestFirst_withSummaries()
    {
        const QString caseId = text(*m_db, QStringLiteral("SELECT case_id FROM case_events WHERE type = 'compensation.applied' LIMIT 1"));
        QVERIFY(caseId != QLatin1String("<none>"));
        TimelineModel model(*m_db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCaseId(caseId);
        QCOMPARE(model.rowCount(), text(*m_db, QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = ?"), {caseId}).toInt());
        QVERIFY(model.rowCount() >= 2);
        QCOMPARE(model.index(0).data(TimelineModel::TypeRole).toString(), QStringLiteral("case.opened"));
        QVERIFY(model.index(0).data().toString().startsWith(QLatin1String("Case opened: ")));
        qint64 previous = 0;
        bool sawCompensation = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QVERIFY(index.data(TimelineModel::AtRole).toLongLong() >= previous);
            previous = index.data(TimelineModel::AtRole).toLongLong();
            QVERIFY(!index.data(TimelineModel::PendingRole).toBool());
            QVERIFY(index.data(TimelineModel::ServerIdRole).toLongLong() > 0);
            QVERIFY(!index.data(TimelineModel::SummaryRole).toString().isEmpty());
            if (index.data(TimelineModel::TypeRole).toString() == QLatin1String("compensation.applied")) {
                sawCompensation = true;
                const QString summary = index.data().toString();
                QVERIFY2(QRegularExpression(QStringLiteral("^Compensation applied: [A-Z]{3} [0-9,]+\\.[0-9]{2} [a-z ]+$"))
                             .match(summary).hasMatch(),
                         qPrintable(summary));
            }
        }
        QVERIFY(sawCompensation);
    }

    void summaries_perEventType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("summary");
        QTest::newRow("note") << QStringLiteral("note") << QJsonObject{{QStringLiteral("text"), QStringLiteral("Called back,\n  left a message")}}
                              << QStringLiteral("Note: Called back, left a message");
        QTest::newRow("voucher") << QStringLiteral("compensation.applied")
                                 << QJsonObject{{QStringLiteral("kind"), QStringLiteral("voucher")},
                                                {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), 4000}, {QStringLiteral("currency"), QStringLiteral("USD")}}}}
                                 << QStringLiteral("Compensation applied: USD 40.00 voucher");
        QTest::newRow("requested") << QStringLiteral("compensation.requested")
                                   << QJsonObject{{QStringLiteral("kind"), QStringLiteral("refund")},
                                                  {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), 8000}, {QStringLiteral("currency"), QStringLiteral("EUR")}}}}
                                   << QStringLiteral("Compensation requested, awaiting approval: EUR 80.00 refund");
        QTest::newRow("resolved") << QStringLiteral("case.resolved") << QJsonObject{{QStringLiteral("root_cause"), QStringLiteral("carrier_delay")}}
                                  << QStringLiteral("Case resolved (root cause: carrier_delay)");
        QTest::newRow("updated") << QStringLiteral("case.updated") << QJsonObject{{QStringLiteral("case_id"), QStringLiteral("x")}, {QStringLiteral("status"), QStringLiteral("waiting")}}
                                 << QStringLiteral("Case updated: status waiting");
        QTest::newRow("tree") << QStringLiteral("tree.walk")
                              << QJsonObject{{QStringLiteral("tree"), QJsonObject{{QStringLiteral("id"), QStringLiteral("late_delivery")}}},
                                             {QStringLiteral("complete"), true},
                                             {QStringLiteral("outcome"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Voucher")}}}}
                              << QStringLiteral("Decision tree late_delivery: Voucher");
        QTest::newRow("message") << QStringLiteral("message.sent")
                                 << QJsonObject{{QStringLiteral("channel"), QStringLiteral("sms")}, {QStringLiteral("text"), QStringLiteral("Sorry!")}}
                                 << QStringLiteral("Message sent by sms: Sorry!");
        QTest::newRow("rejected") << QStringLiteral("approval.rejected") << QJsonObject{{QStringLiteral("comment"), QStringLiteral("Too much")}}
                                  << QStringLiteral("Approval rejected: Too much");
        QTest::newRow("inbound") << QStringLiteral("event.parcel_scan") << QJsonObject{} << QStringLiteral("Event received: parcel scan");
        QTest::newRow("unknown") << QStringLiteral("future.thing") << QJsonObject{} << QStringLiteral("future.thing");
    }

    void summaries_perEventType()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, data);
        QFETCH(QString, summary);
        QCOMPARE(TimelineModel::summary(type, data), summary);
    }

    void localEvent_isPending_andAppendedWithoutReset()
    {
        const QString caseId = text(*m_db, QStringLiteral("SELECT id FROM cases WHERE status <> 'resolved' LIMIT 1"));
        const QString otherCase = text(*m_db, QStringLiteral("SELECT id FROM cases WHERE id <> ? LIMIT 1"), {caseId});
        CacheNotifier notifier;
        TimelineModel model(*m_db, &notifier);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCaseId(caseId);
        const int before = model.rowCount();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        QVERIFY(exec(*m_db, QStringLiteral("INSERT INTO case_events(mutation_id, case_id, at, actor, type, data)"
                                           " VALUES('mutation-1', ?, 4102444800000, 'agent', 'note', '{\"text\":\"Promised a call back\"}')"),
                     {caseId}));
        Q_EMIT notifier.casesChanged({otherCase});
        QCOMPARE(model.rowCount(), before); // another case's change is not read
        Q_EMIT notifier.casesChanged({caseId});
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(resets.size(), 0);
        const QModelIndex last = model.index(model.rowCount() - 1);
        QVERIFY(last.data(TimelineModel::PendingRole).toBool());
        QCOMPARE(last.data(TimelineModel::MutationIdRole).toString(), QStringLiteral("mutation-1"));
        QCOMPARE(last.data().toString(), QStringLiteral("Note: Promised a call back"));
        QVERIFY(last.data(Qt::ToolTipRole).toString().contains(QLatin1String("not yet on the server")));
        QVERIFY(!model.index(0).data(TimelineModel::PendingRole).toBool());

        // The server confirms it: same row, no longer pending.
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE case_events SET server_id = 99999999 WHERE mutation_id = 'mutation-1'")));
        Q_EMIT notifier.casesChanged({caseId});
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(!model.index(model.rowCount() - 1).data(TimelineModel::PendingRole).toBool());
        QVERIFY(model.roleNames().values().contains("pending"));
        QVERIFY(model.lastError().isEmpty());
    }

    void emptyOrUnknownCase_hasNoRows()
    {
        TimelineModel model(*m_db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setCaseId(QStringLiteral("no-such-case"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
