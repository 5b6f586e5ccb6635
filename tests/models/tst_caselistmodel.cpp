#include "cachenotifier.h"
#include "caselistmodel.h"
#include "localdatabase.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace redress;

namespace {

std::unique_ptr<LocalDatabase> openDatabase(const QTemporaryDir &dir, const QString &name)
{
    Result<std::unique_ptr<LocalDatabase>> db = LocalDatabase::open(dir.filePath(name));
    return db ? std::move(db).value() : nullptr;
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

bool addCase(LocalDatabase &db, const QString &id, const QString &customer, const QString &assignee,
             const QString &status, qint64 updatedAt, const QString &title = QString())
{
    return exec(db,
                QStringLiteral("INSERT INTO cases(id, customer_id, category, status, assignee_id, title, opened_at,"
                               " updated_at, data) VALUES(?, ?, 'late_delivery', ?, ?, ?, ?, ?, '{}')"),
                {id, customer, status, assignee, title.isEmpty() ? QStringLiteral("Case ") + id : title, updatedAt - 1000,
                 updatedAt});
}

QStringList ids(const CaseListModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.caseId(row));
    return list;
}

QStringList expectedIds(LocalDatabase &db, const QString &where, int limit)
{
    QStringList list;
    Result<QSqlQuery *> query = db.exec(QStringLiteral("SELECT id FROM cases ") + where
                                        + QStringLiteral(" ORDER BY updated_at DESC, id DESC LIMIT ?"),
                                        {limit});
    if (!query)
        return {QStringLiteral("<error>")};
    while (query.value()->next())
        list.append(query.value()->value(0).toString());
    query.value()->finish();
    return list;
}

} // namespace

class TestCaseListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// 12 cases: customers c1/c2, assignees me/other, some resolved; two share an updated_at to test the id order.
    std::unique_ptr<LocalDatabase> smallCache(const QString &name)
    {
        std::unique_ptr<LocalDatabase> db = openDatabase(m_dir, name);
        if (!db)
            return nullptr;
        exec(*db, QStringLiteral("INSERT INTO customers VALUES('c1', 'Ana Ruiz', 'ana@example.com', '555 0101', 'gold',"
                                 " 'es', 'eu', 't', '', '{}')"));
        exec(*db, QStringLiteral("INSERT INTO customers VALUES('c2', 'Bo Li', 'bo@example.com', '555 0102', 'standard',"
                                 " 'en', 'us', 't', '', '{}')"));
        for (int i = 1; i <= 12; ++i) {
            addCase(*db, QStringLiteral("case-%1").arg(i, 2, 10, QLatin1Char('0')), i % 2 ? QStringLiteral("c1") : QStringLiteral("c2"),
                    i % 3 ? QStringLiteral("me") : QStringLiteral("other"),
                    i % 4 == 0 ? QStringLiteral("resolved") : QStringLiteral("open"), i == 12 ? 11000 : i * 1000);
        }
        return db;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rows_newestFirst_withCustomerAndTier()
    {
        std::unique_ptr<LocalDatabase> db = smallCache(QStringLiteral("order.sqlite"));
        QVERIFY(db);
        CaseListModel model(*db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
        // case-11 and case-12 share updated_at 11000: the id breaks the tie, descending.
        QCOMPARE(ids(model).mid(0, 3), (QStringList{QStringLiteral("case-12"), QStringLiteral("case-11"), QStringLiteral("case-10")}));
        QCOMPARE(ids(model), expectedIds(*db, QString(), 100));
        const QModelIndex customer = model.index(1, CaseListModel::CustomerColumn);
        QCOMPARE(customer.data().toString(), QStringLiteral("Ana Ruiz (Gold)"));
        QCOMPARE(customer.data(CaseListModel::CustomerTierRole).toString(), QStringLiteral("gold"));
        QCOMPARE(model.index(0, 0).data(CaseListModel::UpdatedAtRole).toLongLong(), 11000);
        QCOMPARE(model.headerData(CaseListModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
        QVERIFY(model.roleNames().values().contains("customerName"));
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.lastError().isEmpty());
    }

    void filters_myQueue_openOnly_customer()
    {
        std::unique_ptr<LocalDatabase> db = smallCache(QStringLiteral("filters.sqlite"));
        QVERIFY(db);
        CaseListModel model(*db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({QStringLiteral("me"), QString(), false});
        QCOMPARE(ids(model), expectedIds(*db, QStringLiteral("WHERE assignee_id = 'me'"), 100));
        QCOMPARE(model.rowCount(), 8);
        model.setFilter({QStringLiteral("me"), QString(), true});
        QCOMPARE(ids(model), expectedIds(*db, QStringLiteral("WHERE assignee_id = 'me' AND status <> 'resolved'"), 100));
        model.setFilter({QString(), QStringLiteral("c2"), true});
        QCOMPARE(ids(model), expectedIds(*db, QStringLiteral("WHERE customer_id = 'c2' AND status <> 'resolved'"), 100));
        QCOMPARE(model.rowCount(), 3);
        model.setFilter({QStringLiteral("nobody"), QString(), false});
        QCOMPARE(model.rowCount(), 0);
    }

    void notifier_appliesTheDifference_withoutReset()
    {
        std::unique_ptr<LocalDatabase> db = smallCache(QStringLiteral("refresh.sqlite"));
        QVERIFY(db);
        CacheNotifier notifier;
        CaseListModel model(*db, &notifier);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Updated just now: it moves to the top as one removal and one insertion.
        QVERIFY(exec(*db, QStringLiteral("UPDATE cases SET updated_at = 99000, status = 'waiting' WHERE id = 'case-03'")));
        Q_EMIT notifier.casesChanged({QStringLiteral("case-03")});
        QCOMPARE(model.caseId(0), QStringLiteral("case-03"));
        QCOMPARE(model.index(0, CaseListModel::StatusColumn).data().toString(), QStringLiteral("Waiting"));
        QCOMPARE(model.index(0, 0).data(CaseListModel::StatusRole).toString(), QStringLiteral("waiting"));
        QCOMPARE(model.index(0, CaseListModel::CategoryColumn).data().toString(), QStringLiteral("Late delivery"));
        QCOMPARE(ids(model), expectedIds(*db, QString(), 100));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);

        // A title edit in place: dataChanged on that row only.
        QVERIFY(exec(*db, QStringLiteral("UPDATE cases SET title = 'Renamed' WHERE id = 'case-07'")));
        Q_EMIT notifier.casesChanged({QStringLiteral("case-07")});
        QCOMPARE(changed.size(), 1);
        const int row = int(ids(model).indexOf(QStringLiteral("case-07")));
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), row);
        QCOMPARE(model.index(row, CaseListModel::TitleColumn).data().toString(), QStringLiteral("Renamed"));

        // New and deleted cases.
        QVERIFY(addCase(*db, QStringLiteral("case-99"), QStringLiteral("c2"), QStringLiteral("me"), QStringLiteral("open"), 5500));
        QVERIFY(exec(*db, QStringLiteral("DELETE FROM cases WHERE id = 'case-01'")));
        Q_EMIT notifier.casesChanged({QStringLiteral("case-99"), QStringLiteral("case-01")});
        QCOMPARE(ids(model), expectedIds(*db, QString(), 100));

        // A customer renamed: the customer column follows.
        QVERIFY(exec(*db, QStringLiteral("UPDATE customers SET name = 'Ana R. Ortiz' WHERE id = 'c1'")));
        Q_EMIT notifier.customersChanged();
        QCOMPARE(model.index(int(ids(model).indexOf(QStringLiteral("case-11"))), CaseListModel::CustomerColumn)
                     .data(CaseListModel::CustomerNameRole).toString(),
                 QStringLiteral("Ana R. Ortiz"));
        QCOMPARE(resets.size(), 0);

        Q_EMIT notifier.reset();
        QCOMPARE(ids(model), expectedIds(*db, QString(), 100));
    }

    void sqlFailure_keepsRows_andSaysWhy()
    {
        std::unique_ptr<LocalDatabase> db = smallCache(QStringLiteral("failure.sqlite"));
        QVERIFY(db);
        CacheNotifier notifier;
        CaseListModel model(*db, &notifier);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 12);
        QSignalSpy errors(&model, &CaseListModel::lastErrorChanged);
        QVERIFY(db->execOnce(QStringLiteral("DROP TABLE customers")));
        Q_EMIT notifier.casesChanged({});
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(errors.size(), 1);
        QVERIFY(model.index(0, 0).data().isValid());
    }

    void millionCases_firstPageAtOnce_fetchMoreAddsPages()
    {
        std::unique_ptr<LocalDatabase> db = openDatabase(m_dir, QStringLiteral("million.sqlite"));
        QVERIFY(db);
        const int total = 1000000;
        QElapsedTimer timer;
        timer.start();
        // One statement in one transaction; the schema's triggers index every case for search as they would live.
        QVERIFY(db->write([&]() -> Result<void> {
            Result<QSqlQuery *> done = db->exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                " INSERT INTO cases(id, customer_id, category, status, assignee_id, title, opened_at, updated_at, data)"
                " SELECT printf('case-%07d', i), printf('cust-%04d', i % 5000), 'late_delivery',"
                " CASE i % 4 WHEN 0 THEN 'resolved' ELSE 'open' END, CASE i % 50 WHEN 0 THEN 'me' ELSE 'other' END,"
                " 'Parcel ' || i || ' arrived late', i * 1000, 1700000000000 + (i / 3) * 1000, '{}' FROM n"),
                {total});
            if (!done)
                return done.error();
            return db->execOnce(QStringLiteral("ANALYZE"));
        }));
        qInfo("inserted %d cases (with search triggers) in %lld ms", total, timer.elapsed());

        timer.restart();
        CacheNotifier notifier;
        CaseListModel model(*db, &notifier);
        const qint64 firstPageMs = timer.elapsed();
        QCOMPARE(model.rowCount(), CaseListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.caseId(0), QStringLiteral("case-1000000"));
        // The tester fetches more itself (as a view would) after every reset.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const int before = model.rowCount();
        timer.restart();
        for (int page = 0; page < 10; ++page)
            model.fetchMore({});
        const qint64 tenPagesMs = timer.elapsed();
        QCOMPARE(model.rowCount(), before + 10 * CaseListModel::kPageSize);
        QCOMPARE(ids(model), expectedIds(*db, QString(), model.rowCount()));

        // My queue: one case in 50, by the assignee index.
        timer.restart();
        model.setFilter({QStringLiteral("me"), QString(), true});
        const qint64 myQueueMs = timer.elapsed();
        QVERIFY(model.rowCount() >= CaseListModel::kPageSize);
        QVERIFY(model.rowCount() < 10 * CaseListModel::kPageSize);
        model.fetchMore({});
        QCOMPARE(ids(model), expectedIds(*db, QStringLiteral("WHERE assignee_id = 'me' AND status <> 'resolved'"),
                                         model.rowCount()));

        // A refresh reads only the loaded window.
        const int loaded = model.rowCount();
        QVERIFY(exec(*db, QStringLiteral("UPDATE cases SET updated_at = 1800000000000 WHERE id = 'case-0000050'")));
        timer.restart();
        Q_EMIT notifier.casesChanged({QStringLiteral("case-0000050")});
        const qint64 refreshMs = timer.elapsed();
        QCOMPARE(model.caseId(0), QStringLiteral("case-0000050"));
        QCOMPARE(model.rowCount(), loaded);
        QCOMPARE(ids(model), expectedIds(*db, QStringLiteral("WHERE assignee_id = 'me' AND status <> 'resolved'"), loaded));
        qInfo("1,000,000 cases: first page %lld ms, 10 more pages %lld ms, my queue %lld ms, refresh of %d rows %lld ms",
              firstPageMs, tenPagesMs, myQueueMs, loaded, refreshMs);
    }
};

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
