// SchemaMigrator on a database an older build left behind: the customers it already holds gain a lifetime value
// (zero, in the policy's currency) and a customer-since time (their row's), and the read side sends both. Runs on
// SQLite, and on PostgreSQL under scripts/with-postgres.sh.
#include "servertestsupport.h"

#include "accessscope.h"
#include "casequeries.h"
#include "database.h"
#include "schemamigrator.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace redress;

class TestServerMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version4Customers_gainLifetimeValueAndCustomerSince_data();
    void version4Customers_gainLifetimeValueAndCustomerSince();
};

void TestServerMigrations::version4Customers_gainLifetimeValueAndCustomerSince_data()
{
    QTest::addColumn<QString>("policyCurrency"); ///< empty: no policy was ever published
    QTest::addColumn<QString>("expectedCurrency");
    QTest::newRow("policy in EUR") << QStringLiteral("EUR") << QStringLiteral("EUR");
    QTest::newRow("no policy yet") << QString() << QStringLiteral("USD");
}

void TestServerMigrations::version4Customers_gainLifetimeValueAndCustomerSince()
{
    QFETCH(QString, policyCurrency);
    QFETCH(QString, expectedCurrency);

    QTemporaryDir dir;
    Result<DatabaseUrl> url = DatabaseUrl::parse(testDatabaseUrl(dir));
    QVERIFY(url);
    static int connections = 0;
    Result<std::unique_ptr<Database>> opened = Database::open(*url, QStringLiteral("tst_migrations_%1").arg(++connections));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    Database &database = *opened.value();
    SchemaMigrator migrator(database);

    Result<int> old = migrator.migrateTo(4);
    QVERIFY2(old, old ? "" : qPrintable(old.error().toString()));
    QCOMPARE(*old, 4);
    const qint64 createdAt = 1'700'000'000'000;
    if (!policyCurrency.isEmpty()) {
        const QString body = QStringLiteral(R"j({"format": 1, "id": "p", "version": 1, "currency": "%1"})j").arg(policyCurrency);
        QVERIFY(database.exec(QStringLiteral("INSERT INTO documents (kind, doc_id, version, body, sha256, published_at, published_by) "
                                             "VALUES ('policy', 'p', 1, ?, 'x', 1, 'test')"),
                              {body}));
    }
    QVERIFY(database.exec(QStringLiteral("INSERT INTO customers (id, name, tier, team, search_text, created_at, updated_at) "
                                         "VALUES ('C-OLD', 'Olga Old', 'gold', 'care-east', 'olga old', ?, ?)"),
                          {createdAt, createdAt + 5}));

    Result<int> applied = migrator.migrate();
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().toString()));
    QCOMPARE(*applied, SchemaMigrator::latestVersion() - 4);
    QCOMPARE(*migrator.currentVersion(), SchemaMigrator::latestVersion());

    CaseQueries queries(database);
    Result<QJsonObject> read = queries.customer(AccessScope::everything(), QStringLiteral("C-OLD"));
    QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
    const QJsonObject customer = read->value(QStringLiteral("customer")).toObject();
    QCOMPARE(customer.value(QStringLiteral("lifetime_value")).toObject(),
             (QJsonObject{{QStringLiteral("minor"), 0}, {QStringLiteral("currency"), expectedCurrency}}));
    QCOMPARE(customer.value(QStringLiteral("customer_since")).toInteger(), createdAt);
    // The brands table is there, empty until someone loads brands.
    Result<QJsonArray> brands = queries.brands();
    QVERIFY2(brands, brands ? "" : qPrintable(brands.error().toString()));
    QVERIFY(brands->isEmpty());
}

QTEST_GUILESS_MAIN(TestServerMigrations)
#include "tst_server_migrations.moc"
