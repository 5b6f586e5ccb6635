// Server throughput (issue 3): compensation.propose mutations per second through HTTP against the real
// redress-server binary and in-process through MutationService; the raw SQLite floor for the same number of
// one-row transactions; /changes page latency over ~20,000 changes.
//
//   cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DREDRESS_BUILD_BENCH=ON
//   cmake --build build/release --target bench_server && build/release/bench/bench_server
//   scripts/with-postgres.sh build/release/bench/bench_server     # the PostgreSQL runs (REDRESS_TEST_PG)
//   build/release/bench/bench_server --prepare-only   # prints the URL of a kept database for redress-load, and the
//                                                    # sequence just before its 20,000 changes
//
// Every mutation benchmark starts from a fresh TestOrganisation plus enough customers that the policy applies
// every proposal: USD 1.00 vouchers by the director (no daily budget), at most three per customer (the seed
// policy's repeat-payout rule sends the fourth to a lead), 1.00 × the run's count well under the team's monthly
// budget of USD 15,000.00. Each run prints how many were applied, pending and rejected, so a reader can check.

#include "auditchain.h"
#include "database.h"
#include "databaseurl.h"
#include "documentcache.h"
#include "documentstore.h"
#include "mutationservice.h"
#include "servertestsupport.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace redress;

namespace {

constexpr qint64 kAmountMinor = 100; // USD 1.00: see the header comment for why not 10.00
constexpr int kPayoutsPerCustomer = 3;
constexpr int kChangeRows = 20'000;

enum Backend { Sqlite = 0, Postgres = 1 };

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// A fresh organisation in its own database, with `customers` extra gold customers of care-east, each with one
/// open late-delivery case K-BENCH-n.
struct Organisation
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    QString url;
    QString problem;

    /// `prefill`: applied compensations of USD 0.01 the director already granted today, to show how the cost
    /// of a proposal grows with the running totals it sums.
    Organisation(int customers, int changeRows = 0, int prefill = 0)
    {
        url = testDatabaseUrl(*dir);
        problem = TestOrganisation::create(url);
        if (problem.isEmpty())
            problem = addCustomers(customers, changeRows, prefill);
    }

    QString addCustomers(int customers, int changeRows, int prefill)
    {
        Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
        if (!parsed)
            return parsed.error().toString();
        Result<std::unique_ptr<Database>> opened = Database::open(parsed.value(), QStringLiteral("bench-fill"));
        if (!opened)
            return opened.error().toString();
        Database &database = *opened.value();
        Transaction transaction(database);
        if (Result<void> begun = transaction.begin(); !begun)
            return begun.error().toString();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < customers; ++i) {
            const QString customer = QStringLiteral("C-BENCH-%1").arg(i, 6, 10, QLatin1Char('0'));
            const QString caseId = QStringLiteral("K-BENCH-%1").arg(i, 6, 10, QLatin1Char('0'));
            Result<QSqlQuery *> added = database.exec(
                QStringLiteral("INSERT INTO customers (id, name, email, phone, tier, locale, region, team, vendor, "
                               "search_text, created_at, updated_at) VALUES (?, ?, '', '', 'gold', 'en', 'us-east', "
                               "'care-east', '', ?, ?, ?)"),
                {customer, QStringLiteral("Bench Customer %1").arg(i), customer.toLower(), now, now});
            if (!added)
                return added.error().toString();
            Result<QSqlQuery *> caseAdded = database.exec(
                QStringLiteral("INSERT INTO cases (id, customer_id, team, vendor, category, brand, region, channel, title, "
                               "status, facts, opened_by, opened_at, updated_at) VALUES (?, ?, 'care-east', '', "
                               "'late_delivery', '', 'us-east', 'phone', 'Parcel late', 'open', '{}', 'bench', ?, ?)"),
                {caseId, customer, now, now});
            if (!caseAdded)
                return caseAdded.error().toString();
        }
        // A compensation change as the server writes it, for the /changes pages.
        const QString data = QString::fromUtf8(QJsonDocument(QJsonObject{
            {QStringLiteral("id"), uuid()}, {QStringLiteral("case_id"), QStringLiteral("K-EAST-1")},
            {QStringLiteral("customer_id"), QStringLiteral("C-EAST-1")}, {QStringLiteral("actor_id"), uuid()},
            {QStringLiteral("kind"), QStringLiteral("voucher")},
            {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), 1000}, {QStringLiteral("currency"), QStringLiteral("USD")}}},
            {QStringLiteral("state"), QStringLiteral("applied")}, {QStringLiteral("reason"), QStringLiteral("Two days late")},
            {QStringLiteral("verdict"), QJsonObject{{QStringLiteral("decision"), QStringLiteral("allow")},
                                                    {QStringLiteral("reasons"), QJsonArray{QStringLiteral(
                                                         "Gold · late delivery: agent limit USD 50.00; requested USD 10.00 → within limit")}}}},
            {QStringLiteral("approval_id"), QString()}, {QStringLiteral("created_at"), now}}).toJson(QJsonDocument::Compact));
        for (int i = 0; i < changeRows; ++i) {
            Result<QSqlQuery *> added = database.exec(
                QStringLiteral("INSERT INTO changes (entity, entity_id, op, data, team, vendor, at) VALUES "
                               "('compensation', ?, 'upsert', ?, 'care-east', '', ?)"),
                {uuid(), data, now});
            if (!added)
                return added.error().toString();
        }
        if (prefill > 0) {
            Result<QSqlQuery *> director = database.exec(QStringLiteral("SELECT id FROM users WHERE username = 'director'"));
            if (!director || !director.value()->next())
                return QStringLiteral("no director");
            const QString directorId = director.value()->value(0).toString();
            director.value()->finish();
            for (int i = 0; i < prefill; ++i) {
                Result<QSqlQuery *> added = database.exec(
                    QStringLiteral("INSERT INTO compensations (id, case_id, customer_id, actor_id, team, vendor, kind, "
                                   "amount_minor, currency, state, reason, verdict, approval_id, created_at, decided_at) "
                                   "VALUES (?, 'K-EAST-1', 'C-EAST-1', ?, 'care-east', '', 'voucher', 1, 'USD', 'applied', "
                                   "'prefill', '{}', '', ?, ?)"),
                    {uuid(), directorId, now, now});
                if (!added)
                    return added.error().toString();
            }
        }
        if (Result<void> committed = transaction.commit(); !committed)
            return committed.error().toString();
        if (database.driver() == Database::Driver::Postgres) {
            // Statistics as autovacuum would have them on a live database. Without them PostgreSQL plans the
            // change-feed query as a bitmap scan from `since` to the head plus a sort (50 ms a page instead of
            // 0.1 ms at 20,000 changes): a freshly loaded or restored database needs an ANALYZE.
            if (Result<void> analysed = database.execOnce(QStringLiteral("ANALYZE")); !analysed)
                return analysed.error().toString();
        }
        return {};
    }

    /// The highest change sequence number, for paging.
    qint64 changeHead() const
    {
        Result<std::unique_ptr<Database>> opened = Database::open(DatabaseUrl::parse(url).value(), QStringLiteral("bench-head"));
        if (!opened)
            return 0;
        Result<QSqlQuery *> head = opened.value()->exec(QStringLiteral("SELECT MAX(seq) FROM changes"));
        const qint64 seq = head && head.value()->next() ? head.value()->value(0).toLongLong() : 0;
        if (head)
            head.value()->finish();
        return seq;
    }
};

/// One keep-alive HTTP/1.1 connection, blocking: the lightest client we can put in front of the server, so the
/// figures are the server's and not QNetworkAccessManager's.
class KeepAliveClient
{
public:
    bool connectTo(const QString &baseUrl)
    {
        const QUrl url(baseUrl);
        m_host = url.host().toLatin1();
        m_port = quint16(url.port(80));
        m_socket.setProxy(QNetworkProxy::NoProxy);
        m_socket.connectToHost(url.host(), m_port);
        if (!m_socket.waitForConnected(10000))
            return false;
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return true;
    }

    /// Sends one request and reads its answer; status 0 when the connection failed or the answer was malformed.
    int request(const QByteArray &method, const QByteArray &path, const QByteArray &body, const QByteArray &token,
                QByteArray *answer)
    {
        QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host + ':' + QByteArray::number(m_port)
            + "\r\nAuthorization: Bearer " + token + "\r\n";
        if (!body.isEmpty())
            request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        request += "\r\n" + body;
        m_socket.write(request);
        QElapsedTimer timer;
        timer.start();
        qint64 bodyStart = -1;
        qint64 length = -1;
        int status = 0;
        while (timer.elapsed() < 60000) {
            if (bodyStart < 0) {
                const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                if (end >= 0) {
                    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
                    status = lines.value(0).split(' ').value(1).toInt();
                    for (const QByteArray &line : lines) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (length < 0)
                        return 0; // the server always sends a length
                    bodyStart = end + 4;
                }
            }
            if (bodyStart >= 0 && m_buffer.size() >= bodyStart + length) {
                if (answer)
                    *answer = m_buffer.mid(bodyStart, length);
                m_buffer.remove(0, bodyStart + length);
                return status;
            }
            if (!m_socket.waitForReadyRead(1000) && m_socket.state() != QAbstractSocket::ConnectedState)
                return 0;
            m_buffer += m_socket.readAll();
        }
        return 0;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_host;
    quint16 m_port = 0;
};

QJsonObject proposal(qint64 seq, int caseNumber)
{
    return QJsonObject{
        {QStringLiteral("id"), uuid()},
        {QStringLiteral("seq"), seq},
        {QStringLiteral("type"), QStringLiteral("compensation.propose")},
        {QStringLiteral("args"),
         QJsonObject{{QStringLiteral("compensation_id"), uuid()},
                     {QStringLiteral("case_id"), QStringLiteral("K-BENCH-%1").arg(caseNumber, 6, 10, QLatin1Char('0'))},
                     {QStringLiteral("kind"), QStringLiteral("voucher")},
                     {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), kAmountMinor},
                                                            {QStringLiteral("currency"), QStringLiteral("USD")}}},
                     {QStringLiteral("reason"), QStringLiteral("Two days late")}}}};
}

/// `requests` batches of `batch` proposals from one device, spread over the cases so no customer gets more
/// than kPayoutsPerCustomer.
std::vector<QJsonObject> proposalBatches(const QString &deviceId, int requests, int batch)
{
    const int cases = requests * batch / kPayoutsPerCustomer + 1;
    std::vector<QJsonObject> batches;
    qint64 seq = 0;
    for (int r = 0; r < requests; ++r) {
        QJsonArray mutations;
        for (int m = 0; m < batch; ++m) {
            ++seq;
            mutations.append(proposal(seq, int(seq % cases)));
        }
        batches.push_back(QJsonObject{{QStringLiteral("device_id"), deviceId}, {QStringLiteral("mutations"), mutations}});
    }
    return batches;
}

struct Tally
{
    qint64 applied = 0, pending = 0, rejected = 0;
    QString firstRejection;

    void count(const QJsonArray &results)
    {
        for (const QJsonValue &value : results) {
            const QString status = value.toObject().value(QStringLiteral("status")).toString();
            if (status == QLatin1String("applied"))
                ++applied;
            else if (status == QLatin1String("pending_approval"))
                ++pending;
            else {
                ++rejected;
                if (firstRejection.isEmpty())
                    firstRejection = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            }
        }
    }
    void report(benchmark::State &state) const
    {
        state.counters["applied"] = double(applied);
        state.counters["pending"] = double(pending);
        state.counters["rejected"] = double(rejected);
        if (!firstRejection.isEmpty())
            state.SetLabel(firstRejection.left(200).toStdString());
    }
};

int customersFor(int mutations)
{
    return mutations / kPayoutsPerCustomer + 2;
}

/// (a) compensation.propose through HTTP to the real binary; args: mutations per request, backend.
void BM_HttpPropose(benchmark::State &state)
{
    const int batch = int(state.range(0));
    const int requests = int(state.max_iterations);
    Organisation organisation(customersFor(requests * batch));
    if (!organisation.problem.isEmpty()) {
        state.SkipWithError(organisation.problem.toStdString().c_str());
        return;
    }
    ServerProcess server;
    if (!server.start(organisation.url)) {
        state.SkipWithError(server.standardError().toStdString().c_str());
        return;
    }
    const QString device = QStringLiteral("bench-http");
    const QByteArray token = server.signIn(QStringLiteral("director"), device).toLatin1();
    KeepAliveClient client;
    if (token.isEmpty() || !client.connectTo(server.baseUrl())) {
        state.SkipWithError("sign-in or connect failed");
        return;
    }
    std::vector<QByteArray> bodies;
    for (const QJsonObject &body : proposalBatches(device, requests, batch))
        bodies.push_back(QJsonDocument(body).toJson(QJsonDocument::Compact));
    std::vector<QByteArray> answers(bodies.size());
    std::size_t next = 0;
    int failures = 0;
    for (auto _ : state) {
        if (client.request("POST", "/api/v1/mutations", bodies[next], token, &answers[next]) != 200)
            ++failures;
        ++next;
    }
    Tally tally;
    for (const QByteArray &answer : answers)
        tally.count(QJsonDocument::fromJson(answer).object().value(QStringLiteral("results")).toArray());
    tally.report(state);
    state.counters["http_failures"] = failures;
    state.SetItemsProcessed(state.iterations() * batch);
}

/// (b) the same proposals in-process through MutationService: no HTTP, no JSON text, no session lookup.
/// Second argument: compensations the director already granted today (see Organisation).
void BM_InProcessPropose(benchmark::State &state)
{
    const int batch = int(state.range(0));
    const int requests = int(state.max_iterations);
    Organisation organisation(customersFor(requests * batch), 0, int(state.range(1)));
    if (!organisation.problem.isEmpty()) {
        state.SkipWithError(organisation.problem.toStdString().c_str());
        return;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(DatabaseUrl::parse(organisation.url).value(), QStringLiteral("bench-inprocess"));
    if (!opened) {
        state.SkipWithError(opened.error().toString().toStdString().c_str());
        return;
    }
    Database &database = *opened.value();
    AuditChain audit;
    DocumentStore documents(database, audit);
    DocumentCache cache(documents);
    MutationService service(database, audit, cache, MutationService::Settings{});
    UserDirectory users(database, audit);
    Result<std::optional<User>> director = users.findByUsername(QStringLiteral("director"));
    if (!director || !director.value()) {
        state.SkipWithError("no director");
        return;
    }
    const Principal caller{*director.value(), QStringLiteral("bench-inprocess"), QString()};
    const std::vector<QJsonObject> batches = proposalBatches(caller.deviceId, requests, batch);
    Tally tally;
    std::size_t next = 0;
    for (auto _ : state) {
        Result<MutationService::Outcome> outcome = service.apply(caller, batches[next++]);
        if (outcome)
            tally.count(outcome->results);
        else
            ++tally.rejected;
    }
    tally.report(state);
    state.SetItemsProcessed(state.iterations() * batch);
}

/// (c) the floor: one INSERT of a compensation-sized row per transaction, WAL + synchronous=NORMAL, plain QSqlQuery.
void BM_SqliteFloorInsert(benchmark::State &state)
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-floor"));
        db.setDatabaseName(dir.filePath(QStringLiteral("floor.sqlite")));
        if (!db.open()) {
            state.SkipWithError("open");
            return;
        }
        QSqlQuery setup(db);
        for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                "CREATE TABLE compensations (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, customer_id TEXT NOT NULL, "
                                "actor_id TEXT NOT NULL, team TEXT NOT NULL, vendor TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, "
                                "amount_minor BIGINT NOT NULL, currency TEXT NOT NULL, state TEXT NOT NULL, reason TEXT NOT NULL, "
                                "verdict TEXT NOT NULL, approval_id TEXT NOT NULL, created_at BIGINT NOT NULL, decided_at BIGINT)"}) {
            if (!setup.exec(QString::fromLatin1(sql))) {
                state.SkipWithError(setup.lastError().text().toStdString().c_str());
                return;
            }
        }
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO compensations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QString verdict = QStringLiteral(
            R"j({"decision":"allow","reasons":["Gold · late delivery: director limit USD 5,000.00; requested USD 1.00 → within limit"],"limit":{"minor":500000,"currency":"USD"},"policy":{"id":"northwind-recovery","version":7}})j");
        qint64 i = 0;
        for (auto _ : state) {
            ++i;
            db.transaction();
            insert.bindValue(0, uuid());
            insert.bindValue(1, QStringLiteral("K-BENCH-%1").arg(i % 5000));
            insert.bindValue(2, QStringLiteral("C-BENCH-%1").arg(i % 5000));
            insert.bindValue(3, QStringLiteral("5f0c3c1e-director"));
            insert.bindValue(4, QStringLiteral("care-east"));
            insert.bindValue(5, QStringLiteral(""));
            insert.bindValue(6, QStringLiteral("voucher"));
            insert.bindValue(7, kAmountMinor);
            insert.bindValue(8, QStringLiteral("USD"));
            insert.bindValue(9, QStringLiteral("applied"));
            insert.bindValue(10, QStringLiteral("Two days late"));
            insert.bindValue(11, verdict);
            insert.bindValue(12, QStringLiteral(""));
            insert.bindValue(13, QDateTime::currentMSecsSinceEpoch());
            insert.bindValue(14, QDateTime::currentMSecsSinceEpoch());
            if (!insert.exec() || !db.commit()) {
                state.SkipWithError(insert.lastError().text().toStdString().c_str());
                break;
            }
        }
        state.SetItemsProcessed(state.iterations());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-floor"));
}

/// (d) GET /api/v1/changes pages of `limit` over kChangeRows changes, walked front to back and again; reports
/// the mean (Google Benchmark's time) and exact p50/p99 of the page latency.
void BM_ChangesPage(benchmark::State &state)
{
    const int limit = int(state.range(0));
    Organisation organisation(0, kChangeRows);
    if (!organisation.problem.isEmpty()) {
        state.SkipWithError(organisation.problem.toStdString().c_str());
        return;
    }
    const qint64 head = organisation.changeHead();
    const qint64 first = head - kChangeRows;
    ServerProcess server;
    if (!server.start(organisation.url)) {
        state.SkipWithError(server.standardError().toStdString().c_str());
        return;
    }
    const QByteArray token = server.signIn(QStringLiteral("agent"), QStringLiteral("bench-changes")).toLatin1();
    KeepAliveClient client;
    if (token.isEmpty() || !client.connectTo(server.baseUrl())) {
        state.SkipWithError("sign-in or connect failed");
        return;
    }
    const qint64 pages = kChangeRows / limit;
    const auto path = [&](qint64 page) -> QByteArray {
        return "/api/v1/changes?since=" + QByteArray::number(first + page * limit) + "&limit=" + QByteArray::number(limit);
    };
    // Check once, outside the timing, that a page really holds `limit` changes.
    QByteArray answer;
    if (client.request("GET", path(0), {}, token, &answer) != 200
        || QJsonDocument::fromJson(answer).object().value(QStringLiteral("changes")).toArray().size() != limit) {
        state.SkipWithError("the first page is not a full page");
        return;
    }
    std::vector<qint64> latencies;
    qint64 page = 0;
    qint64 bytes = 0;
    int failures = 0;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        if (client.request("GET", path(page), {}, token, &answer) != 200)
            ++failures;
        latencies.push_back(timer.nsecsElapsed());
        bytes += answer.size();
        page = (page + 1) % pages;
    }
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) {
        const auto rank = std::size_t(std::max(1.0, std::ceil(p / 100.0 * double(latencies.size()))));
        return double(latencies[std::min(rank, latencies.size()) - 1]) / 1e6;
    };
    state.counters["p50_ms"] = percentile(50);
    state.counters["p99_ms"] = percentile(99);
    state.counters["http_failures"] = failures;
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(state.iterations() * limit);
}

void registerAll()
{
    const bool postgres = !qEnvironmentVariableIsEmpty("REDRESS_TEST_PG");
    const char *backend = postgres ? "postgres" : "sqlite";
    // Fixed counts: the organisation is sized for them, and a proposal may not be applied twice.
    const auto name = [backend](const char *what) { return std::string(what) + '/' + backend; };
    benchmark::RegisterBenchmark(name("BM_HttpPropose").c_str(), BM_HttpPropose)->ArgName("batch")->Arg(1)->Iterations(3000)->UseRealTime()->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(name("BM_HttpPropose").c_str(), BM_HttpPropose)->ArgName("batch")->Arg(50)->Iterations(60)->UseRealTime()->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(name("BM_InProcessPropose").c_str(), BM_InProcessPropose)->ArgNames({"batch", "prefill"})->Args({1, 0})->Iterations(3000)->UseRealTime()->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(name("BM_InProcessPropose").c_str(), BM_InProcessPropose)->ArgNames({"batch", "prefill"})->Args({50, 0})->Iterations(60)->UseRealTime()->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(name("BM_InProcessPropose").c_str(), BM_InProcessPropose)->ArgNames({"batch", "prefill"})->Args({1, 20000})->Iterations(1000)->UseRealTime()->Unit(benchmark::kMicrosecond);
    if (!postgres)
        benchmark::RegisterBenchmark("BM_SqliteFloorInsert", BM_SqliteFloorInsert)->Iterations(3000)->UseRealTime()->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(name("BM_ChangesPage").c_str(), BM_ChangesPage)->ArgName("limit")->Arg(500)->Iterations(400)->UseRealTime()->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char **argv)
{
    // QProcess, QTcpSocket and the SQL drivers want an application object.
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--prepare-only") == 0) {
        // For redress-load: a kept database with the test organisation and kChangeRows changes; prints its URL.
        Organisation organisation(0, kChangeRows);
        if (!organisation.problem.isEmpty()) {
            fprintf(stderr, "%s\n", qPrintable(organisation.problem));
            return 1;
        }
        organisation.dir->setAutoRemove(!organisation.url.startsWith(QLatin1String("sqlite:")));
        printf("%s\n%lld\n", qPrintable(organisation.url), organisation.changeHead() - kChangeRows);
        return 0;
    }
    registerAll();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
