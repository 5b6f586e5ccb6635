// DemoSeeder: the demo organisation loads once into an empty database, whole and in scope, and a broken demo file
// is refused before anything is written, with the JSON pointer of the fault.
#include "auditchain.h"
#include "database.h"
#include "demoseeder.h"
#include "passwordhasher.h"
#include "schemamigrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace redress;

namespace {

const QString kSeed = QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed");
const QString kPassword = QStringLiteral("redress-demo");

/// A migrated SQLite database in a temporary directory.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    AuditChain auditCache;

    bool open()
    {
        static int connections = 0;
        Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("demo.sqlite")));
        if (!url)
            return false;
        Result<std::unique_ptr<Database>> opened =
            Database::open(*url, QStringLiteral("tst_demoseeder_%1").arg(++connections));
        if (!opened)
            return false;
        database = std::move(opened).value();
        return SchemaMigrator(*database).migrate().ok();
    }

    Result<bool> seed(const QString &seedDirectory = kSeed)
    {
        return DemoSeeder(*database, auditCache).seedIfEmpty(seedDirectory, kPassword);
    }

    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        Result<QSqlQuery *> query = database->exec(sql, binds);
        if (!query || !query.value()->next())
            return {};
        const QVariant value = query.value()->value(0);
        query.value()->finish();
        return value;
    }

    qint64 count(const QString &sql, const QVariantList &binds = {}) { return scalar(sql, binds).toLongLong(); }
};

QJsonObject demoJson()
{
    QFile file(kSeed + QStringLiteral("/demo-org.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// `root` with the value at JSON pointer `pointer` replaced by `value`, or removed when `value` is undefined.
QJsonValue replaced(const QJsonValue &root, QStringList tokens, const QJsonValue &value)
{
    if (tokens.isEmpty())
        return value;
    const QString token = tokens.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = token.toInt();
        if (tokens.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = replaced(array.at(index), tokens, value);
        return array;
    }
    QJsonObject object = root.toObject();
    if (tokens.isEmpty() && value.isUndefined())
        object.remove(token);
    else
        object[token] = replaced(object.value(token), tokens, value);
    return object;
}

/// Copies the seed's policy, trees and templates to `target`, with `demo` as its demo-org.json.
bool writeSeed(const QString &target, const QByteArray &demo)
{
    QDir().mkpath(target + QStringLiteral("/trees"));
    QDir().mkpath(target + QStringLiteral("/templates"));
    QStringList files{QStringLiteral("policy.json")};
    for (const QString &folder : {QStringLiteral("trees"), QStringLiteral("templates")}) {
        for (const QString &name : QDir(kSeed + QLatin1Char('/') + folder).entryList({QStringLiteral("*.json")}))
            files.append(folder + QLatin1Char('/') + name);
    }
    for (const QString &file : std::as_const(files)) {
        if (!QFile::copy(kSeed + QLatin1Char('/') + file, target + QLatin1Char('/') + file))
            return false;
    }
    QFile out(target + QStringLiteral("/demo-org.json"));
    return out.open(QIODevice::WriteOnly) && out.write(demo) == demo.size();
}

} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(PasswordHasher::initialise());
        QVERIFY(!demoJson().isEmpty());
    }

    void emptyDatabase_getsTheWholeDemo()
    {
        Fixture fixture;
        QVERIFY(fixture.open());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        Result<bool> seeded = fixture.seed();
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
        QVERIFY(seeded.value());

        const QJsonObject demo = demoJson();
        const QJsonArray customers = demo.value(QStringLiteral("customers")).toArray();
        const QJsonArray cases = demo.value(QStringLiteral("cases")).toArray();
        QMap<QString, qint64> expectedTiers;
        for (const QJsonValue &customer : customers)
            ++expectedTiers[customer.toObject().value(QStringLiteral("tier")).toString()];
        qint64 notes = 0;
        qint64 compensations = 0;
        for (const QJsonValue &demoCase : cases) {
            notes += demoCase.toObject().value(QStringLiteral("events")).toArray().size();
            compensations += demoCase.toObject().value(QStringLiteral("compensations")).toArray().size();
        }

        // Every tier, in the numbers the file gives.
        for (const QString &tier : {QStringLiteral("standard"), QStringLiteral("silver"), QStringLiteral("gold"), QStringLiteral("platinum")}) {
            QVERIFY2(expectedTiers.value(tier) > 0, qPrintable(tier));
            QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE tier = ? AND id NOT LIKE 'cust-h%'"), {tier}), expectedTiers.value(tier));
        }
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id NOT LIKE 'cust-h%'")), qint64(customers.size()));
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id NOT LIKE 'case-h%' AND id NOT LIKE 'case-p%'")), qint64(cases.size()));
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM compensations WHERE state = 'applied' AND id NOT LIKE 'comp-h%'")), compensations);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE type = 'note'")), notes);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE type = 'case.opened' AND case_id NOT LIKE 'case-h%' AND case_id NOT LIKE 'case-p%'")), qint64(cases.size()));
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE type = 'compensation.applied' AND case_id NOT LIKE 'case-h%'")), compensations);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE type = 'case.resolved'")),
                 fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'resolved'")));
        QVERIFY(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'open'")) > 0);
        QVERIFY(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'in_progress'")) > 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'resolved' AND (root_cause = '' OR resolved_at IS NULL)")), 0);

        // The documents, and the demo users with the password the seeder was given.
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind = 'policy'")), 1);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind = 'tree'")),
                 qint64(QDir(kSeed + QStringLiteral("/trees")).entryList({QStringLiteral("*.json")}).size()));
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind = 'template'")),
                 qint64(QDir(kSeed + QStringLiteral("/templates")).entryList({QStringLiteral("*.json")}).size() - 1)); // less sample-context.json
        for (const QString &username : {QStringLiteral("agent"), QStringLiteral("senior"), QStringLiteral("lead"), QStringLiteral("manager"),
                                        QStringLiteral("director"), QStringLiteral("trainer"), QStringLiteral("admin"),
                                        QStringLiteral("vendor-agent"), QStringLiteral("vendor-lead")}) {
            const QString hash = fixture.scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = ?"), {username}).toString();
            QVERIFY2(PasswordHasher::verify(hash, kPassword), qPrintable(username));
        }

        // Every row in the change feed, with its scope; one audit entry for the load, after the documents' and users'.
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'customer' AND entity_id NOT LIKE 'cust-h%'")), qint64(customers.size()));
        // (case-h…: the generated history; case-p…: its two cases with a request waiting for the lead)
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'case' AND entity_id NOT LIKE 'case-h%' "
                                              "AND entity_id NOT LIKE 'case-p%'")),
                 qint64(cases.size()));
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM changes ch JOIN cases c ON c.id = ch.entity_id "
                                              "WHERE ch.entity = 'case' AND (ch.team <> c.team OR ch.vendor <> c.vendor)")), 0);
        QVERIFY(fixture.count(QStringLiteral("SELECT size FROM audit_state WHERE id = 1")) > 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entry LIKE '%\"demo.seed\"%'")), 1);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), fixture.count(QStringLiteral("SELECT size FROM audit_state")));

        // Recent history, none of it in the future.
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE at > ?"), {after}), 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM compensations WHERE created_at > ?"), {after}), 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE opened_at > ? OR resolved_at > ?"), {after, after}), 0);
        QVERIFY(fixture.count(QStringLiteral("SELECT COUNT(*) FROM compensations WHERE created_at > ?"), {before - 90LL * 86'400'000}) > 0);

        // Brands with their signature and phone; customers with their lifetime value and customer-since time,
        // in the table and in their change-feed rows alike.
        const QJsonArray brands = demo.value(QStringLiteral("brands")).toArray();
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM brands")), qint64(brands.size()));
        for (const QJsonValue &value : brands) {
            const QJsonObject brand = value.toObject();
            const QString id = brand.value(QStringLiteral("id")).toString();
            QVERIFY2(!brand.value(QStringLiteral("signature")).toString().isEmpty(), qPrintable(id));
            QCOMPARE(fixture.scalar(QStringLiteral("SELECT signature FROM brands WHERE id = ?"), {id}).toString(),
                     brand.value(QStringLiteral("signature")).toString());
            QCOMPARE(fixture.scalar(QStringLiteral("SELECT support_phone FROM brands WHERE id = ?"), {id}).toString(),
                     brand.value(QStringLiteral("support_phone")).toString());
        }
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT signature FROM brands WHERE id = 'northwind_rent'")).toString(),
                 QStringLiteral("Northwind Rent Customer Care"));
        QSet<qint64> values;
        for (const QJsonValue &value : customers) {
            const QJsonObject customer = value.toObject();
            const QString id = customer.value(QStringLiteral("id")).toString();
            const QJsonObject lifetime = customer.value(QStringLiteral("lifetime_value")).toObject();
            QVERIFY2(lifetime.value(QStringLiteral("minor")).toInteger() >= 30000, qPrintable(id)); // every demo customer bought something
            values.insert(lifetime.value(QStringLiteral("minor")).toInteger());
            QCOMPARE(fixture.count(QStringLiteral("SELECT lifetime_value_minor FROM customers WHERE id = ?"), {id}),
                     lifetime.value(QStringLiteral("minor")).toInteger());
            QCOMPARE(fixture.scalar(QStringLiteral("SELECT lifetime_value_currency FROM customers WHERE id = ?"), {id}).toString(),
                     QStringLiteral("USD"));
            const qint64 since = fixture.count(QStringLiteral("SELECT customer_since FROM customers WHERE id = ?"), {id});
            const qint64 days = customer.value(QStringLiteral("customer_since_days")).toInteger();
            QVERIFY2(since >= before - days * 86'400'000 && since <= after - days * 86'400'000, qPrintable(id));

            const QJsonObject row = QJsonDocument::fromJson(
                fixture.scalar(QStringLiteral("SELECT data FROM changes WHERE entity = 'customer' AND entity_id = ?"), {id})
                    .toString().toUtf8()).object();
            QCOMPARE(row.value(QStringLiteral("lifetime_value")).toObject(), lifetime);
            QCOMPARE(row.value(QStringLiteral("customer_since")).toInteger(), since);
        }
        QVERIFY(values.size() > customers.size() / 2); // realistic figures differ from customer to customer
        // A platinum customer has spent more than a standard one.
        QVERIFY(fixture.count(QStringLiteral("SELECT MIN(lifetime_value_minor) FROM customers WHERE tier = 'platinum' AND id NOT LIKE 'cust-h%'"))
                > fixture.count(QStringLiteral("SELECT MAX(lifetime_value_minor) FROM customers WHERE tier = 'standard' AND id NOT LIKE 'cust-h%'")));

        // Search text: lower-cased, and the name also without accents.
        const QString searchText = fixture.scalar(QStringLiteral("SELECT search_text FROM customers WHERE name = ?"),
                                                  {QStringLiteral("María José Rivera")}).toString();
        QVERIFY2(searchText.contains(u"maría josé rivera"), qPrintable(searchText));
        QVERIFY2(searchText.contains(QLatin1String("maria jose rivera")), qPrintable(searchText));
        QVERIFY2(searchText.contains(QLatin1String("mjrivera@example.com")), qPrintable(searchText));
    }

    void vendorCustomers_belongOnlyToTheirVendor()
    {
        Fixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(fixture.seed().ok());

        Result<QSqlQuery *> vendors = fixture.database->exec(QStringLiteral("SELECT DISTINCT vendor FROM customers WHERE vendor <> ''"));
        QVERIFY(vendors.ok());
        QStringList names;
        while (vendors.value()->next())
            names.append(vendors.value()->value(0).toString());
        vendors.value()->finish();
        QCOMPARE(names, QStringList{QStringLiteral("harbor-bpo")});
        QVERIFY(fixture.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE vendor = 'harbor-bpo'")) > 0);
        QVERIFY(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE vendor = 'harbor-bpo'")) > 0);

        // Cases and compensations carry their customer's scope ...
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases c JOIN customers u ON u.id = c.customer_id "
                                              "WHERE c.team <> u.team OR c.vendor <> u.vendor")), 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM compensations p JOIN customers u ON u.id = p.customer_id "
                                              "WHERE p.team <> u.team OR p.vendor <> u.vendor")), 0);
        // ... and only the vendor's own staff appear in a vendor customer's history, and only in-house staff elsewhere.
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases c JOIN users u ON u.id = c.opened_by WHERE u.vendor <> c.vendor")), 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id "
                                              "JOIN users u ON u.id = e.actor_id WHERE u.vendor <> c.vendor")), 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM compensations p JOIN users u ON u.id = p.actor_id WHERE u.vendor <> p.vendor")), 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM case_events e LEFT JOIN users u ON u.id = e.actor_id WHERE u.id IS NULL AND e.type <> 'event.survey'")), 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'customer' AND vendor = 'harbor-bpo'")),
                 fixture.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE vendor = 'harbor-bpo'")));
    }

    void history_tellsSixMonthsOfResolvedCases()
    {
        Fixture fixture;
        QVERIFY(fixture.open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(fixture.seed().ok());
        const qint64 generated = fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id LIKE 'case-h%'"));
        QVERIFY2(generated >= 1500 && generated <= 2500, qPrintable(QString::number(generated)));
        // All resolved, with a root cause, in the last 180 days and not in the future; nothing left in a queue.
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id LIKE 'case-h%' AND (status <> 'resolved' "
                                              "OR resolved_at IS NULL OR root_cause = '' OR resolved_at > ? OR opened_at < ?)"),
                               {now, now - 181LL * 86'400'000}),
                 0);
        QVERIFY(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id LIKE 'case-h%' AND opened_at < ?"),
                              {now - 150LL * 86'400'000}) > 100);
        // In the change feed like every other row, so clients sync it.
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'case' AND entity_id LIKE 'case-h%'")), generated);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'customer' AND entity_id LIKE 'cust-h%'")),
                 fixture.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE id LIKE 'cust-h%'")));
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'case_event'")),
                 fixture.count(QStringLiteral("SELECT COUNT(*) FROM case_events")));

        // Repeat contacts after about one recovery in ten.
        const QString recovered = QStringLiteral(
            "FROM cases c WHERE c.id LIKE 'case-h%' AND (EXISTS (SELECT 1 FROM compensations k WHERE k.case_id = c.id AND "
            "k.state = 'applied') OR EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'message.sent'))");
        const qint64 recoveredCases = fixture.count(QStringLiteral("SELECT COUNT(*) ") + recovered);
        const qint64 repeats = fixture.count(QStringLiteral("SELECT COUNT(*) ") + recovered
                                             + QStringLiteral(" AND EXISTS (SELECT 1 FROM cases n WHERE n.customer_id = c.customer_id "
                                                              "AND n.opened_at > c.resolved_at AND n.opened_at <= c.resolved_at + 30 * 86400000)"));
        const double repeatRate = double(repeats) / double(recoveredCases);
        QVERIFY2(repeatRate >= 0.08 && repeatRate <= 0.15, qPrintable(QString::number(repeatRate)));

        // A Pareto of causes: the top three hold most cases; carrier_delay and depot_capacity grow lately.
        Result<QSqlQuery *> causes = fixture.database->exec(QStringLiteral(
            "SELECT COUNT(*) FROM cases WHERE id LIKE 'case-h%' GROUP BY root_cause ORDER BY COUNT(*) DESC"));
        QVERIFY(causes.ok());
        QList<qint64> counts;
        while (causes.value()->next())
            counts.append(causes.value()->value(0).toLongLong());
        causes.value()->finish();
        QVERIFY(counts.size() >= 15);
        QVERIFY2(counts.at(0) + counts.at(1) + counts.at(2) > generated * 4 / 10, "the top three causes dominate");
        const qint64 recentFrom = now - 60LL * 86'400'000;
        const auto share = [&](const QString &when) {
            const double worse = double(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id LIKE 'case-h%' AND ")
                                                          + when + QStringLiteral(" AND root_cause IN ('carrier_delay', 'depot_capacity')"),
                                                      {recentFrom}));
            return worse / double(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id LIKE 'case-h%' AND ") + when, {recentFrom}));
        };
        QVERIFY2(share(QStringLiteral("opened_at >= ?")) > share(QStringLiteral("opened_at < ?")) * 1.3, "worse in the last two months");

        // Surveys are happier after a recovery; approvals were decided, some past the SLA, some rejected.
        const auto average = [&](const QString &kind, const QString &comparison) {
            return fixture.scalar(QStringLiteral("SELECT AVG(s.score * 1.0) FROM surveys s JOIN cases c ON c.id = s.case_id "
                                                 "WHERE s.kind = ? AND s.answered_at ") + comparison + QStringLiteral(" c.resolved_at"),
                                  {kind}).toDouble();
        };
        QVERIFY(average(QStringLiteral("nps"), QStringLiteral(">=")) > average(QStringLiteral("nps"), QStringLiteral("<")) + 1.0);
        QVERIFY(average(QStringLiteral("csat"), QStringLiteral(">=")) > average(QStringLiteral("csat"), QStringLiteral("<")) + 0.5);
        QVERIFY(fixture.count(QStringLiteral("SELECT COUNT(*) FROM surveys")) > 500);
        QVERIFY(fixture.count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE state = 'approved'")) > 20);
        QVERIFY(fixture.count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE state = 'rejected'")) > 0);
        QVERIFY(fixture.count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE escalations > 0")) > 0);
        // Two requests wait for care-east's lead, made as a live over-limit request is (DemoHistory::writePendingRequests):
        // one fresh, one half an hour from its SLA; with their compensation, timeline event and change-feed rows.
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE state = 'pending'")), 2);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM approvals a JOIN compensations k ON k.id = a.compensation_id "
                                              "JOIN cases c ON c.id = a.case_id WHERE a.state = 'pending' AND a.required_level = 'lead' "
                                              "AND a.team = 'care-east' AND a.vendor = '' AND k.state = 'pending_approval' "
                                              "AND k.approval_id = a.id AND c.status <> 'resolved' AND a.due_at - a.created_at = ?"),
                               {4LL * 3'600'000}),
                 2);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE state = 'pending' AND due_at > ? AND due_at < ?"),
                               {now, now + 3'600'000}),
                 1);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM approvals WHERE state = 'pending' AND due_at > ?"),
                               {now + 3LL * 3'600'000}),
                 1);
        for (const char *entity : {"approval", "compensation"}) {
            QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = ? AND entity_id IN "
                                                  "(SELECT %1 FROM approvals WHERE state = 'pending')")
                                       .arg(qstrcmp(entity, "approval") == 0 ? QStringLiteral("id") : QStringLiteral("compensation_id")),
                                   {QString::fromLatin1(entity)}),
                     2);
        }
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE type = 'compensation.requested' AND case_id IN "
                                              "(SELECT case_id FROM approvals WHERE state = 'pending')")),
                 2);
        // The vendor is slower: its median case takes longer than in-house.
        const auto median = [&](const QString &vendorCondition) {
            const qint64 n = fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id LIKE 'case-h%' AND ") + vendorCondition);
            return fixture.count(QStringLiteral("SELECT resolved_at - opened_at AS d FROM cases WHERE id LIKE 'case-h%' AND ")
                                     + vendorCondition + QStringLiteral(" ORDER BY d LIMIT 1 OFFSET ?"),
                                 {n / 2});
        };
        QVERIFY(median(QStringLiteral("vendor <> ''")) > median(QStringLiteral("vendor = ''")));
        // Running totals include the history (budgets and caps count it).
        QVERIFY(fixture.count(QStringLiteral("SELECT COUNT(*) FROM spend_buckets WHERE owner LIKE 'cust-h%'")) > 0);
    }

    void history_isTheSameOnEverySeed()
    {
        // Time of day and date aside (the history is anchored to today), two seeds write the same history.
        const auto fingerprint = [](Fixture &fixture) {
            QStringList rows;
            for (const QString &sql : {
                     QStringLiteral("SELECT c.id || customer_id || category || root_cause || brand || channel || u.username || "
                                    "(opened_at % 86400000) || '/' || (resolved_at - opened_at) FROM cases c "
                                    "JOIN users u ON u.id = c.assignee_id WHERE c.id LIKE 'case-h%' ORDER BY c.id"),
                     QStringLiteral("SELECT id || case_id || kind || amount_minor || state FROM compensations WHERE id LIKE 'comp-h%' ORDER BY id"),
                     QStringLiteral("SELECT id || case_id || kind || score FROM surveys ORDER BY id"),
                     QStringLiteral("SELECT id || state || escalations || (decided_at - created_at) FROM approvals "
                                    "WHERE id LIKE 'appr-h%' ORDER BY id"),
                     // The requests waiting for the lead get a random approval id, as live ones do.
                     QStringLiteral("SELECT compensation_id || case_id || state || required_level || (due_at - created_at) "
                                    "FROM approvals WHERE state = 'pending' ORDER BY compensation_id"),
                     QStringLiteral("SELECT id || name || tier || team FROM customers ORDER BY id")}) {
                Result<QSqlQuery *> query = fixture.database->exec(sql);
                if (!query)
                    return QStringList{query.error().toString()};
                while (query.value()->next())
                    rows.append(query.value()->value(0).toString());
                query.value()->finish();
            }
            return rows;
        };
        Fixture first;
        QVERIFY(first.open());
        QVERIFY(first.seed().ok());
        Fixture second;
        QVERIFY(second.open());
        QVERIFY(second.seed().ok());
        const QStringList a = fingerprint(first);
        QVERIFY(a.size() > 3000);
        QCOMPARE(a, fingerprint(second));
    }

    void history_leavesTheHandWrittenCasesAlone()
    {
        Fixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(fixture.seed().ok());
        const QJsonArray cases = demoJson().value(QStringLiteral("cases")).toArray();
        qint64 agentQueue = 0;
        for (const QJsonValue &value : cases) {
            const QJsonObject demoCase = value.toObject();
            const QString id = demoCase.value(QStringLiteral("id")).toString();
            const bool resolved = demoCase.value(QStringLiteral("status")).toString() == QLatin1String("resolved");
            // opened + notes + compensations (+ resolved): the file's timeline, nothing more.
            const qint64 events = 1 + demoCase.value(QStringLiteral("events")).toArray().size()
                + demoCase.value(QStringLiteral("compensations")).toArray().size() + (resolved ? 1 : 0);
            QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ?"), {id}), events);
            QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM surveys WHERE case_id = ?"), {id}), 0);
            QCOMPARE(fixture.scalar(QStringLiteral("SELECT status FROM cases WHERE id = ?"), {id}).toString(),
                     demoCase.value(QStringLiteral("status")).toString());
            if (!resolved && demoCase.value(QStringLiteral("assignee")).toString() == QLatin1String("agent"))
                ++agentQueue;
        }
        // The hand-written customers get no generated cases, and the agent's queue is the file's.
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases c JOIN customers u ON u.id = c.customer_id "
                                              "WHERE c.id LIKE 'case-h%' AND u.id NOT LIKE 'cust-h%'")),
                 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM cases c JOIN users u ON u.id = c.assignee_id "
                                              "WHERE u.username = 'agent' AND c.status <> 'resolved'")),
                 agentQueue);
        QVERIFY(fixture.scalar(QStringLiteral("SELECT status FROM cases WHERE id = 'case-25707'")).toString() != QLatin1String("resolved"));
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT u.username FROM cases c JOIN users u ON u.id = c.assignee_id "
                                               "WHERE c.id = 'case-25707'")).toString(),
                 QStringLiteral("agent"));
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM compensations WHERE case_id = 'case-25707'")), 0);
    }

    void secondSeed_changesNothing()
    {
        Fixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(fixture.seed().ok());
        const qint64 users = fixture.count(QStringLiteral("SELECT COUNT(*) FROM users"));
        const qint64 customers = fixture.count(QStringLiteral("SELECT COUNT(*) FROM customers"));
        const qint64 audit = fixture.count(QStringLiteral("SELECT size FROM audit_state"));
        const qint64 changes = fixture.count(QStringLiteral("SELECT COUNT(*) FROM changes"));

        Result<bool> again = fixture.seed();
        QVERIFY(again.ok());
        QVERIFY(!again.value());
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM users")), users);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM customers")), customers);
        QCOMPARE(fixture.count(QStringLiteral("SELECT size FROM audit_state")), audit);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM changes")), changes);
    }

    void databaseWithUsers_isNeverSeeded()
    {
        Fixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(fixture.database
                    ->exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, team, password_hash, created_at) "
                                          "VALUES ('u1', 'ops', 'Ops', 'admin', 'it', 'x', 0)"))
                    .ok());
        Result<bool> seeded = fixture.seed();
        QVERIFY(seeded.ok());
        QVERIFY(!seeded.value());
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM documents")), 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
    }

    void brokenDemoFile_namesThePointer_data()
    {
        QTest::addColumn<QStringList>("edits"); ///< "POINTER JSON" (JSON empty: remove the member)
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("code");

        const QJsonObject demo = demoJson();
        const QJsonArray customers = demo.value(QStringLiteral("customers")).toArray();
        const QJsonArray cases = demo.value(QStringLiteral("cases")).toArray();
        QSet<QString> vendorCustomers;
        for (const QJsonValue &customer : customers) {
            if (!customer.toObject().value(QStringLiteral("vendor")).toString().isEmpty())
                vendorCustomers.insert(customer.toObject().value(QStringLiteral("id")).toString());
        }
        qsizetype vendorCase = -1;
        qsizetype resolvedCase = -1;
        qsizetype paidCase = -1;
        qsizetype notedCase = -1;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject demoCase = cases.at(i).toObject();
            if (vendorCase < 0 && vendorCustomers.contains(demoCase.value(QStringLiteral("customer")).toString()))
                vendorCase = i;
            if (resolvedCase < 0 && demoCase.value(QStringLiteral("status")).toString() == QLatin1String("resolved"))
                resolvedCase = i;
            if (paidCase < 0 && !demoCase.value(QStringLiteral("compensations")).toArray().isEmpty())
                paidCase = i;
            if (notedCase < 0 && !demoCase.value(QStringLiteral("events")).toArray().isEmpty())
                notedCase = i;
        }
        QVERIFY(vendorCase >= 0 && resolvedCase >= 0 && paidCase >= 0 && notedCase >= 0);
        const auto at = [](qsizetype index, const char *rest) -> QString {
            return QStringLiteral("/cases/%1").arg(index) + QLatin1String(rest);
        };

        QTest::newRow("tier of the wrong type") << QStringList{QStringLiteral("/customers/0/tier 3")}
                                                << QStringLiteral("/customers/0/tier") << QStringLiteral("json.type");
        QTest::newRow("unknown tier") << QStringList{QStringLiteral("/customers/1/tier \"diamond\"")}
                                      << QStringLiteral("/customers/1/tier") << QStringLiteral("demo.unknown_id");
        QTest::newRow("region the policy lacks") << QStringList{QStringLiteral("/customers/2/region \"eu-west\"")}
                                                 << QStringLiteral("/customers/2/region") << QStringLiteral("demo.unknown_id");
        QTest::newRow("misspelt member") << QStringList{QStringLiteral("/users/0/pasword \"hunter2\"")}
                                         << QStringLiteral("/users/0/pasword") << QStringLiteral("json.unknown_member");
        QTest::newRow("unknown role") << QStringList{QStringLiteral("/users/0/role \"overlord\"")}
                                      << QStringLiteral("/users/0/role") << QStringLiteral("demo.unknown_id");
        QTest::newRow("category the policy lacks") << QStringList{at(2, "/category \"alien_abduction\"")}
                                                   << at(2, "/category") << QStringLiteral("demo.unknown_id");
        QTest::newRow("in-house agent on a vendor's case") << QStringList{at(vendorCase, "/opened_by \"agent\"")}
                                                           << at(vendorCase, "/opened_by") << QStringLiteral("demo.scope");
        QTest::newRow("vendor customer in an in-house team") << QStringList{QStringLiteral("/customers/0/vendor \"harbor-bpo\"")}
                                                             << QStringLiteral("/customers/0/team") << QStringLiteral("demo.scope");
        QTest::newRow("resolved without a root cause") << QStringList{at(resolvedCase, "/root_cause")}
                                                       << at(resolvedCase, "/root_cause") << QStringLiteral("demo.status");
        QTest::newRow("compensation in another currency") << QStringList{at(paidCase, "/compensations/0/amount/currency \"EUR\"")}
                                                          << at(paidCase, "/compensations/0/amount/currency") << QStringLiteral("demo.currency");
        QTest::newRow("amount as a decimal string") << QStringList{at(paidCase, "/compensations/0/amount/minor \"12.50\"")}
                                                    << at(paidCase, "/compensations/0/amount/minor") << QStringLiteral("json.type");
        QTest::newRow("note in the future") << QStringList{at(notedCase, "/opened_days_ago 1"), at(notedCase, "/opened_hour 0"),
                                                           at(notedCase, "/events/0/after_minutes 2880")}
                                            << at(notedCase, "/events/0/after_minutes") << QStringLiteral("demo.future");
        QTest::newRow("unknown customer") << QStringList{at(3, "/customer \"cust-9999\"")} << at(3, "/customer")
                                          << QStringLiteral("demo.unknown_id");
        QTest::newRow("brand without a signature") << QStringList{QStringLiteral("/brands/0/signature")}
                                                   << QStringLiteral("/brands/0/signature") << QStringLiteral("json.missing");
        QTest::newRow("blank signature") << QStringList{QStringLiteral("/brands/1/signature \"  \"")}
                                         << QStringLiteral("/brands/1/signature") << QStringLiteral("json.empty");
        QTest::newRow("signature of a page") << QStringList{QStringLiteral("/brands/1/signature \"%1\"").arg(QString(201, QLatin1Char('x')))}
                                             << QStringLiteral("/brands/1/signature") << QStringLiteral("demo.too_long");
        QTest::newRow("support phone that is no number") << QStringList{QStringLiteral("/brands/2/support_phone \"call us\"")}
                                                         << QStringLiteral("/brands/2/support_phone") << QStringLiteral("demo.phone");
        QTest::newRow("lifetime value in another currency")
            << QStringList{QStringLiteral("/customers/4/lifetime_value/currency \"EUR\"")}
            << QStringLiteral("/customers/4/lifetime_value/currency") << QStringLiteral("demo.currency");
        QTest::newRow("negative lifetime value") << QStringList{QStringLiteral("/customers/5/lifetime_value/minor -100")}
                                                 << QStringLiteral("/customers/5/lifetime_value/minor") << QStringLiteral("json.range");
        QTest::newRow("lifetime value as a number") << QStringList{QStringLiteral("/customers/6/lifetime_value 1250.5")}
                                                    << QStringLiteral("/customers/6/lifetime_value") << QStringLiteral("json.type");
        QTest::newRow("wrong format") << QStringList{QStringLiteral("/format 2")} << QStringLiteral("/format") << QString();
    }

    void brokenDemoFile_namesThePointer()
    {
        QFETCH(QStringList, edits);
        QFETCH(QString, pointer);
        QFETCH(QString, code);

        QJsonValue demo = demoJson();
        for (const QString &edit : edits) {
            const qsizetype space = edit.indexOf(QLatin1Char(' '));
            const QString path = space < 0 ? edit : edit.left(space);
            const QJsonValue value = space < 0
                ? QJsonValue(QJsonValue::Undefined)
                : QJsonDocument::fromJson("[" + edit.mid(space + 1).toUtf8() + "]").array().at(0);
            demo = replaced(demo, path.mid(1).split(QLatin1Char('/')), value);
        }
        Fixture fixture;
        QVERIFY(fixture.open());
        const QString seed = fixture.dir.filePath(QStringLiteral("seed"));
        QVERIFY(writeSeed(seed, QJsonDocument(demo.toObject()).toJson()));

        Result<bool> seeded = fixture.seed(seed);
        QVERIFY(!seeded.ok());
        const QString where = QDir::toNativeSeparators(seed + QStringLiteral("/demo-org.json")) + QLatin1Char('#') + pointer;
        QVERIFY2(seeded.error().where == where, qPrintable(seeded.error().where + QLatin1String(" ≠ ") + where));
        if (!code.isEmpty())
            QCOMPARE(seeded.error().code, code);
        QVERIFY(!seeded.error().message.isEmpty());
        // Refused before the first write: no documents, no users.
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM documents")), 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM users")), 0);
        QCOMPARE(fixture.count(QStringLiteral("SELECT size FROM audit_state")), 0);
    }

    void truncatedDemoFile_isRefused()
    {
        Fixture fixture;
        QVERIFY(fixture.open());
        QFile original(kSeed + QStringLiteral("/demo-org.json"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        const QString seed = fixture.dir.filePath(QStringLiteral("seed"));
        QVERIFY(writeSeed(seed, bytes.left(bytes.size() / 2)));
        Result<bool> seeded = fixture.seed(seed);
        QVERIFY(!seeded.ok());
        QVERIFY2(seeded.error().where.startsWith(QDir::toNativeSeparators(seed + QStringLiteral("/demo-org.json"))),
                 qPrintable(seeded.error().where));
        QCOMPARE(fixture.count(QStringLiteral("SELECT COUNT(*) FROM users")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
