#include "approvalqueuemodel.h"
#include "cachenotifier.h"
#include "localdatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kStart = 1762790400000; // created_at of the first approval

bool addApproval(LocalDatabase &db, const QString &id, const QString &state, qint64 createdAt, qint64 dueAt,
                 qint64 minor = 8000, int escalations = 0, bool overdue = false)
{
    const QJsonObject data{{QStringLiteral("id"), id},
                           {QStringLiteral("compensation_id"), QString(QStringLiteral("comp-") + id)},
                           {QStringLiteral("case_id"), QString(QStringLiteral("case-") + id)},
                           {QStringLiteral("requester_id"), QStringLiteral("u-agent")},
                           {QStringLiteral("requester"), QStringLiteral("agent")},
                           {QStringLiteral("required_level"), QStringLiteral("lead")},
                           {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), minor}, {QStringLiteral("currency"), QStringLiteral("USD")}}},
                           {QStringLiteral("state"), state},
                           {QStringLiteral("reasons"), QJsonArray{QStringLiteral("Gold · Late delivery: agent limit USD 50.00"),
                                                                  QStringLiteral("requested USD 80.00 → needs lead approval")}},
                           {QStringLiteral("created_at"), createdAt},
                           {QStringLiteral("due_at"), dueAt},
                           {QStringLiteral("overdue"), overdue},
                           {QStringLiteral("escalations"), escalations},
                           {QStringLiteral("case_title"), QStringLiteral("Laptop charger arrived 48h late")},
                           {QStringLiteral("customer_name"), QStringLiteral("Tomás Medina")},
                           {QStringLiteral("customer_tier"), QStringLiteral("gold")},
                           {QStringLiteral("team"), QStringLiteral("care-east")},
                           {QStringLiteral("vendor"), QString()}};
    const QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    Result<QSqlQuery *> done = db.exec(
        QStringLiteral("INSERT INTO approvals(id, case_id, state, created_at, due_at, data, server_data) VALUES(?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(id) DO UPDATE SET state = excluded.state, due_at = excluded.due_at, data = excluded.data"),
        {id, QString(QStringLiteral("case-") + id), state, createdAt, dueAt, json, json});
    return bool(done);
}

QStringList ids(const ApprovalQueueModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.approvalId(row));
    return list;
}

} // namespace

class TestApprovalQueueModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<LocalDatabase> queue()
    {
        Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_databases)));
        if (!db)
            return nullptr;
        // Four-hour SLAs, due at different times; one already decided.
        addApproval(**db, QStringLiteral("b"), QStringLiteral("pending"), kStart + kHour, kStart + 5 * kHour);
        addApproval(**db, QStringLiteral("a"), QStringLiteral("pending"), kStart, kStart + 4 * kHour, 12345);
        addApproval(**db, QStringLiteral("c"), QStringLiteral("pending"), kStart + 2 * kHour, kStart + 6 * kHour);
        addApproval(**db, QStringLiteral("done"), QStringLiteral("approved"), kStart - kHour, kStart + kHour);
        return std::move(db).value();
    }

private Q_SLOTS:
    void pendingOnly_dueFirst_withColumns()
    {
        std::unique_ptr<LocalDatabase> db = queue();
        QVERIFY(db);
        ApprovalQueueModel model(*db, nullptr);
        model.setNow([] { return kStart + kHour; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ids(model), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(model.columnCount(), int(ApprovalQueueModel::ColumnCount));
        auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, ApprovalQueueModel::RequesterColumn), QStringLiteral("agent"));
        QCOMPARE(cell(0, ApprovalQueueModel::CustomerColumn), QStringLiteral("Tomás Medina (Gold)"));
        QCOMPARE(cell(0, ApprovalQueueModel::CaseColumn), QStringLiteral("Laptop charger arrived 48h late"));
        QCOMPARE(cell(0, ApprovalQueueModel::AmountColumn), QStringLiteral("$123.45"));
        QCOMPARE(cell(0, ApprovalQueueModel::ReasonsColumn),
                 QStringLiteral("Gold · Late delivery: agent limit USD 50.00; requested USD 80.00 → needs lead approval"));
        QCOMPARE(cell(0, ApprovalQueueModel::AgeColumn), QStringLiteral("1 h 00 min"));
        QCOMPARE(cell(0, ApprovalQueueModel::SlaColumn), QStringLiteral("3 h 00 min left"));
        QCOMPARE(cell(0, ApprovalQueueModel::EscalationColumn), QString());
        QCOMPARE(model.index(0, 0).data(ApprovalQueueModel::ReasonsRole).toStringList().size(), 2);
        QCOMPARE(model.index(0, 0).data(ApprovalQueueModel::AmountMinorRole).toLongLong(), 12345);
        QCOMPARE(model.headerData(ApprovalQueueModel::SlaColumn, Qt::Horizontal).toString(), QStringLiteral("SLA"));
        QVERIFY(model.roleNames().values().contains("slaState"));
    }

    void slaState_followsTheInjectedClock()
    {
        std::unique_ptr<LocalDatabase> db = queue();
        QVERIFY(db);
        qint64 now = kStart;
        ApprovalQueueModel model(*db, nullptr);
        model.setNow([&now] { return now; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto state = [&](int row) { return model.index(row, 0).data(ApprovalQueueModel::SlaStateRole).toString(); };
        QCOMPARE(state(0), QStringLiteral("ok"));
        // "a": 4 h window. 1 h 01 min left is just over a quarter: ok; 59 min left: amber; due: red.
        now = kStart + 3 * kHour - 60000;
        QCOMPARE(state(0), QStringLiteral("ok"));
        now = kStart + 3 * kHour + 60000;
        QCOMPARE(state(0), QStringLiteral("amber"));
        QCOMPARE(model.index(0, ApprovalQueueModel::SlaColumn).data().toString(), QStringLiteral("59 min left"));
        now = kStart + 4 * kHour;
        QCOMPARE(state(0), QStringLiteral("red"));
        QVERIFY(model.index(0, 0).data(ApprovalQueueModel::OverdueRole).toBool());
        now = kStart + 4 * kHour + 90 * 60000;
        QCOMPARE(model.index(0, ApprovalQueueModel::SlaColumn).data().toString(), QStringLiteral("overdue by 1 h 30 min"));
        QCOMPARE(model.index(0, ApprovalQueueModel::EscalationColumn).data().toString(), QStringLiteral("overdue"));
        QCOMPARE(model.index(0, 0).data(ApprovalQueueModel::RemainingMsRole).toLongLong(), -90 * 60000);

        // tick() tells views the time columns changed, without rereading.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().column(), int(ApprovalQueueModel::AgeColumn));

        QCOMPARE(ApprovalQueueModel::slaState(0, 100, true, 10), QStringLiteral("red")); // the server says overdue
        QCOMPARE(ApprovalQueueModel::slaState(0, 100, false, 75), QStringLiteral("ok"));  // exactly a quarter left
        QCOMPARE(ApprovalQueueModel::slaState(0, 100, false, 76), QStringLiteral("amber"));
    }

    void notifier_refreshes_decidedAndEscalated()
    {
        std::unique_ptr<LocalDatabase> db = queue();
        QVERIFY(db);
        CacheNotifier notifier;
        ApprovalQueueModel model(*db, &notifier);
        model.setNow([] { return kStart + kHour; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Escalated in place: same order, one row changes.
        QVERIFY(addApproval(*db, QStringLiteral("b"), QStringLiteral("pending"), kStart + kHour, kStart + 5 * kHour, 8000, 1, false));
        Q_EMIT notifier.approvalsChanged();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, ApprovalQueueModel::EscalationColumn).data().toString(), QStringLiteral("escalated to lead"));

        // Decided elsewhere: it leaves the queue.
        QVERIFY(addApproval(*db, QStringLiteral("a"), QStringLiteral("approved"), kStart, kStart + 4 * kHour));
        Q_EMIT notifier.approvalsChanged();
        QCOMPARE(ids(model), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));

        // A new one due sooner goes first.
        QVERIFY(addApproval(*db, QStringLiteral("z"), QStringLiteral("pending"), kStart, kStart + 2 * kHour));
        Q_EMIT notifier.reset();
        QCOMPARE(ids(model), (QStringList{QStringLiteral("z"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(model.lastError().isEmpty());
    }

    void sqlFailure_keepsRows()
    {
        std::unique_ptr<LocalDatabase> db = queue();
        QVERIFY(db);
        CacheNotifier notifier;
        ApprovalQueueModel model(*db, &notifier);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(db->execOnce(QStringLiteral("DROP TABLE approvals")));
        Q_EMIT notifier.approvalsChanged();
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApprovalQueueModel)
#include "tst_approvalqueuemodel.moc"
