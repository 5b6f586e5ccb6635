// The client model layer (issue: client benchmarks), each figure beside the same work done by bare SQLite through
// the sqlite3 C API on the same schema (the physical limit on this machine):
//
//   import    CacheStore::applyChanges, pages of 1,000 `case` changes, one LocalDatabase::write per page
//   search    SearchModel::setQuery over N notes (p50/p95/p99 of 1,000 prefix queries)
//   timeline  TimelineModel::setCaseId on cases with 200 events (p50/p95 over 1,000 opens)
//   pull      SyncEngine from cursor 0 to synced against the real redress-server holding N extra note changes
//   push      CaseActions::addNote × N, then SyncEngine pushing them (batches of 200) to the real server
//   memory    resident set after opening the imported cache and CaseListModel's first pages (child processes)
//
//   build/rel/bench/bench_models --measure import --size 1000000 --dir /var/tmp/redress-bench
//   build/rel/bench/bench_models --measure memory --dir /var/tmp/redress-bench   # after import, same --dir
//
// Files are kept in --dir so that search/timeline/pull fixtures are made once and memory can reopen the import.
// Not a CTest test: it reports numbers, it asserts nothing about them.

#include "cachenotifier.h"
#include "cachestore.h"
#include "caseactions.h"
#include "caselistmodel.h"
#include "localdatabase.h"
#include "memorycredentialstore.h"
#include "profile.h"
#include "searchmodel.h"
#include "searchquery.h"
#include "serverclient.h"
#include "servertestsupport.h"
#include "sessionmanager.h"
#include "syncengine.h"
#include "timelinemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace redress;

namespace {

const QString kDemoPassword = QStringLiteral("redress-demo");

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &text)
{
    std::fprintf(stderr, "bench_models: %s\n", qPrintable(text));
    std::exit(1);
}

template<typename T>
T check(Result<T> result, const char *what)
{
    if (!result)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), result.error().toString()));
    if constexpr (!std::is_void_v<T>)
        return std::move(result).value();
}

qint64 residentKiB(const char *field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString rate(double count, double seconds)
{
    return QString::number(qRound64(count / seconds));
}

QString ms(double nanoseconds)
{
    return QString::number(nanoseconds / 1e6, 'f', 3);
}

/// p-th percentile (0..100) of sorted samples, nearest rank.
double percentile(std::vector<qint64> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return double(sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1]);
}

QString percentiles(const std::vector<qint64> &samples)
{
    return QStringLiteral("p50 %1 ms  p95 %2 ms  p99 %3 ms  max %4 ms")
        .arg(ms(percentile(samples, 50)), ms(percentile(samples, 95)), ms(percentile(samples, 99)), ms(percentile(samples, 100)));
}

/// Waits, running the event loop, until `done` or the time is up.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Bare SQLite: the sqlite3 C API, nothing else.

class Bare
{
public:
    explicit Bare(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            die(QStringLiteral("sqlite3_open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db))));
        sqlite3_busy_timeout(m_db, 5000);
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=NORMAL");
    }
    ~Bare()
    {
        for (sqlite3_stmt *statement : m_statements)
            sqlite3_finalize(statement);
        sqlite3_close(m_db);
    }
    Bare(const Bare &) = delete;
    Bare &operator=(const Bare &) = delete;

    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK)
            die(QStringLiteral("%1: %2").arg(QLatin1String(sql), QString::fromUtf8(error)));
    }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
            die(QStringLiteral("%1: %2").arg(QLatin1String(sql), QString::fromUtf8(sqlite3_errmsg(m_db))));
        m_statements.push_back(statement);
        return statement;
    }
    void done(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            die(QStringLiteral("step: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        sqlite3_reset(statement);
    }
    qint64 scalar(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        const qint64 value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
        sqlite3_finalize(statement);
        return value;
    }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

void bindText(sqlite3_stmt *statement, int index, const std::string &text)
{
    sqlite3_bind_text(statement, index, text.data(), int(text.size()), SQLITE_STATIC);
}

/// A file with the cache's schema, made by LocalDatabase itself so that bare SQLite writes into the same tables,
/// indexes and triggers.
void createCache(const QString &path)
{
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")})
        QFile::remove(path + suffix);
    check(LocalDatabase::open(path), "LocalDatabase::open");
}

// ---------------------------------------------------------------------------------------------------------------
// Synthetic data, deterministic, shaped like the demo organisation's.

class Words
{
public:
    Words()
    {
        // Words agents really write, then made-up words from syllables to reach a few thousand, sampled by Zipf's
        // law so that some are everywhere and most are rare, as in real notes.
        const char *const common[] = {
            "the", "customer", "parcel", "delivery", "late", "called", "driver", "depot", "tracking", "refund",
            "voucher", "apologised", "booking", "rental", "car", "counter", "wait", "breakdown", "tow", "damage",
            "charge", "fuel", "toll", "wrong", "missed", "rain", "left", "door", "neighbour", "photo", "escalated",
            "approved", "lead", "manager", "promised", "tomorrow", "today", "hours", "days", "again", "second",
            "time", "email", "chat", "phone", "sms", "sent", "template", "upgrade", "points", "loyalty", "waived",
            "fee", "gesture", "handwritten", "note", "gift", "upset", "angry", "happy", "resolved", "reopened",
            "courier", "route", "linehaul", "scan", "stuck", "warehouse", "address", "postcode", "signature",
            "contract", "gold", "silver", "platinum", "bronze", "vendor", "agent", "policy", "limit", "budget",
            "invoice", "receipt", "deposit", "insurance", "claim", "dispute", "scratch", "dent", "windscreen",
            "battery", "keys", "airport", "station", "downtown", "weekend", "holiday", "birthday", "wedding",
            "school", "uniform", "laptop", "phone", "flowers", "cake", "medicine", "groceries", "furniture",
            "confirmed", "checked", "waiting", "replacement", "reship", "collected", "returned", "lost", "found",
            "broken", "wet", "crushed", "opened", "missing", "item", "order", "reference", "number", "account",
            "offered", "accepted", "declined", "follow", "up", "callback", "monday", "friday", "morning", "evening",
        };
        for (const char *word : common)
            m_words.push_back(QString::fromLatin1(word));
        const char *const onsets[] = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w",
                                      "br", "cl", "dr", "fr", "gr", "pl", "st", "tr", "sh", "ch"};
        const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
        const char *const codas[] = {"", "n", "r", "s", "t", "l", "m", "nd", "st", "rk"};
        std::mt19937_64 random(7);
        while (m_words.size() < 3000) {
            QString word;
            const int syllables = 2 + int(random() % 2);
            for (int s = 0; s < syllables; ++s) {
                word += QLatin1String(onsets[random() % std::size(onsets)]);
                word += QLatin1String(vowels[random() % std::size(vowels)]);
            }
            word += QLatin1String(codas[random() % std::size(codas)]);
            m_words.push_back(word);
        }
        double total = 0;
        for (size_t rank = 1; rank <= m_words.size(); ++rank) {
            total += 1.0 / double(rank);
            m_cumulative.push_back(total);
        }
    }

    size_t size() const { return m_words.size(); }
    const QString &pick(std::mt19937_64 &random) const
    {
        const double x = std::uniform_real_distribution<double>(0, m_cumulative.back())(random);
        return m_words[size_t(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin())
                       % m_words.size()];
    }
    QString sentence(std::mt19937_64 &random) const
    {
        const int count = 8 + int(random() % 23);
        QString text;
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                text += QLatin1Char(' ');
            text += pick(random);
        }
        if (random() % 5 == 0)
            text += QStringLiteral(" NP-%1-%2").arg(random() % 9000 + 1000).arg(random() % 9000 + 1000);
        text += QLatin1Char('.');
        text[0] = text[0].toUpper();
        return text;
    }

private:
    std::vector<QString> m_words;
    std::vector<double> m_cumulative;
};

const Words &words()
{
    static const Words instance;
    return instance;
}

QString caseId(qint64 i)
{
    return QStringLiteral("case-%1").arg(i, 7, 10, QLatin1Char('0'));
}

QString customerId(qint64 i)
{
    return QStringLiteral("cust-%1").arg(i, 7, 10, QLatin1Char('0'));
}

/// A case as the server's change feed sends it (CaseRecord::toJson, docs/openapi.yaml Case).
QJsonObject caseJson(qint64 i, qint64 customers, qint64 now)
{
    static const char *const categories[] = {"late_delivery", "missed_delivery", "damaged_parcel", "lost_parcel",
                                             "rude_driver", "breakdown", "dirty_car", "wrong_car", "counter_wait",
                                             "damage_dispute", "fuel_charge", "toll_charge"};
    static const char *const titles[] = {"Parcel %1h late, customer needs it for a birthday",
                                         "Driver left the parcel in the rain (%1 items)",
                                         "Rental car broke down on the highway, %1 km from the depot",
                                         "Charged for fuel on a full tank, booking %1",
                                         "Counter wait of %1 minutes at the airport",
                                         "Wrong car class given, upgrade promised, booking %1"};
    static const char *const statuses[] = {"open", "open", "waiting", "resolved", "resolved", "resolved"};
    static const char *const teams[] = {"care-east", "care-west"};
    const qint64 opened = now - (i % 400) * 86'400'000 - (i * 7919) % 86'400'000;
    const QString category = QLatin1String(categories[i % std::size(categories)]);
    const bool parcel = (i % std::size(categories)) < 5;
    QJsonObject facts;
    if (parcel) {
        facts.insert(QStringLiteral("order_reference"), QStringLiteral("NP-%1-%2").arg(1000 + i % 9000).arg(1000 + (i * 31) % 9000));
        facts.insert(QStringLiteral("delay_hours"), int(i % 96));
        facts.insert(QStringLiteral("late_parcels_90d"), int(i % 4));
    } else {
        facts.insert(QStringLiteral("booking_reference"), QStringLiteral("CR-%1").arg(100000 + i % 900000));
        facts.insert(QStringLiteral("rental_days"), int(1 + i % 14));
    }
    return QJsonObject{{QStringLiteral("id"), caseId(i)},
                       {QStringLiteral("customer_id"), customerId(i % customers)},
                       {QStringLiteral("team"), QLatin1String(teams[i % 2])},
                       {QStringLiteral("vendor"), QString()},
                       {QStringLiteral("category"), category},
                       {QStringLiteral("brand"), parcel ? QStringLiteral("northwind_parcel") : QStringLiteral("contoso_rent")},
                       {QStringLiteral("region"), QStringLiteral("us-east")},
                       {QStringLiteral("channel"), i % 3 == 0 ? QStringLiteral("chat") : QStringLiteral("phone")},
                       {QStringLiteral("title"), QString::fromLatin1(titles[i % std::size(titles)]).arg(2 + i % 90)},
                       {QStringLiteral("status"), QLatin1String(statuses[i % std::size(statuses)])},
                       {QStringLiteral("facts"), facts},
                       {QStringLiteral("tree_walk"), QJsonObject{}},
                       {QStringLiteral("root_cause"), QString()},
                       {QStringLiteral("assignee_id"), QStringLiteral("u-agent-%1").arg(i % 40)},
                       {QStringLiteral("opened_by"), QStringLiteral("u-agent-%1").arg(i % 40)},
                       {QStringLiteral("opened_at"), opened},
                       {QStringLiteral("updated_at"), opened + (i % 50) * 3'600'000}};
}

QJsonObject customerJson(qint64 i)
{
    static const char *const first[] = {"Marcus", "Alicia", "Priya", "Kenji", "Sofia", "Daniel", "Amara", "Lukas",
                                        "Chen", "Fatima", "Oliver", "Ines"};
    static const char *const last[] = {"Bell", "Reyes", "Okafor", "Alvarez", "Nakamura", "Schmidt", "Haddad",
                                       "Moreau", "Kowalski", "Silva", "Jensen", "Patel", "Murphy"};
    static const char *const tiers[] = {"bronze", "silver", "silver", "gold", "platinum"};
    const QString name = QLatin1String(first[i % std::size(first)]) + QLatin1Char(' ') + QLatin1String(last[(i / 12) % std::size(last)]);
    return QJsonObject{{QStringLiteral("id"), customerId(i)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("email"), QString(name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("%1@example.com").arg(i))},
                       {QStringLiteral("phone"), QStringLiteral("+1 617 555 %1").arg(i % 10000, 4, 10, QLatin1Char('0'))},
                       {QStringLiteral("tier"), QLatin1String(tiers[i % std::size(tiers)])},
                       {QStringLiteral("locale"), QStringLiteral("en")},
                       {QStringLiteral("region"), QStringLiteral("us-east")},
                       {QStringLiteral("team"), i % 2 ? QStringLiteral("care-west") : QStringLiteral("care-east")},
                       {QStringLiteral("vendor"), QString()}};
}

std::string utf8(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), size_t(bytes.size()));
}

std::string compact(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return std::string(bytes.constData(), size_t(bytes.size()));
}

// ---------------------------------------------------------------------------------------------------------------
// import

const char *const kBareCaseInsert =
    "INSERT INTO cases(id, customer_id, category, status, assignee_id, title, opened_at, updated_at, data, server_data)"
    " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

void bareInsertCase(Bare &bare, sqlite3_stmt *insert, const QJsonObject &c)
{
    (void)bare;
    const std::string id = utf8(c.value(QLatin1String("id")).toString());
    const std::string customer = utf8(c.value(QLatin1String("customer_id")).toString());
    const std::string category = utf8(c.value(QLatin1String("category")).toString());
    const std::string status = utf8(c.value(QLatin1String("status")).toString());
    const std::string assignee = utf8(c.value(QLatin1String("assignee_id")).toString());
    const std::string title = utf8(c.value(QLatin1String("title")).toString());
    const std::string json = compact(c);
    bindText(insert, 1, id);
    bindText(insert, 2, customer);
    bindText(insert, 3, category);
    bindText(insert, 4, status);
    bindText(insert, 5, assignee);
    bindText(insert, 6, title);
    sqlite3_bind_int64(insert, 7, c.value(QLatin1String("opened_at")).toInteger());
    sqlite3_bind_int64(insert, 8, c.value(QLatin1String("updated_at")).toInteger());
    bindText(insert, 9, json);
    bindText(insert, 10, json);
    bare.done(insert);
}

struct BareCaseRow
{
    std::string id, customer, category, status, assignee, title, json;
    qint64 openedAt = 0, updatedAt = 0;
};

void measureImport(const QString &dir, qint64 size)
{
    const QString modelPath = dir + QStringLiteral("/import-redress.sqlite");
    const QString barePath = dir + QStringLiteral("/import-bare.sqlite");
    createCache(modelPath);
    createCache(barePath);
    const qint64 customers = std::max<qint64>(1, size / 10);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr int kPage = 1000;

    std::unique_ptr<LocalDatabase> database = check(LocalDatabase::open(modelPath), "open");
    CacheStore store(*database);
    Bare bare(barePath);
    sqlite3_stmt *insertCase = bare.prepare(kBareCaseInsert);
    sqlite3_stmt *insertCustomer = bare.prepare(
        "INSERT INTO customers(id, name, email, phone, tier, locale, region, team, vendor, data)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *setCursor = bare.prepare(
        "INSERT INTO meta(key, value) VALUES('cursor', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");

    // Customers first (one per ten cases), untimed: the figure is about cases.
    say(QStringLiteral("import: %1 customers (untimed)...").arg(customers));
    for (qint64 start = 0; start < customers; start += kPage) {
        QJsonArray changes;
        for (qint64 i = start; i < std::min(customers, start + kPage); ++i)
            changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("customer")}, {QStringLiteral("id"), customerId(i)},
                                       {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("data"), customerJson(i)}});
        CacheStore::Touched touched;
        check(database->write([&] { return store.applyChanges(changes, touched); }), "customers");
        bare.exec("BEGIN IMMEDIATE");
        for (const QJsonValue &change : changes) {
            const QJsonObject c = change[QLatin1String("data")].toObject();
            std::string fields[9];
            const char *keys[] = {"id", "name", "email", "phone", "tier", "locale", "region", "team", "vendor"};
            for (int k = 0; k < 9; ++k) {
                fields[k] = utf8(c.value(QLatin1String(keys[k])).toString());
                bindText(insertCustomer, k + 1, fields[k]);
            }
            const std::string json = compact(c);
            bindText(insertCustomer, 10, json);
            bare.done(insertCustomer);
        }
        bare.exec("COMMIT");
    }

    say(QStringLiteral("import: %1 cases in pages of %2, CacheStore and bare SQLite page by page...").arg(size).arg(kPage));
    qint64 modelNs = 0, bareNs = 0, modelParseNs = 0;
    QElapsedTimer timer;
    for (qint64 start = 0; start < size; start += kPage) {
        // The page as it arrives: JSON bytes from the server. Parsing them is timed separately (modelParseNs).
        QJsonArray built;
        std::vector<BareCaseRow> rows;
        for (qint64 i = start; i < std::min(size, start + kPage); ++i) {
            const QJsonObject c = caseJson(i, customers, now);
            built.append(QJsonObject{{QStringLiteral("seq"), i + 1}, {QStringLiteral("entity"), QStringLiteral("case")},
                                     {QStringLiteral("id"), caseId(i)}, {QStringLiteral("op"), QStringLiteral("upsert")},
                                     {QStringLiteral("data"), c}});
            rows.push_back(BareCaseRow{utf8(caseId(i)), utf8(c[QLatin1String("customer_id")].toString()),
                                       utf8(c[QLatin1String("category")].toString()), utf8(c[QLatin1String("status")].toString()),
                                       utf8(c[QLatin1String("assignee_id")].toString()), utf8(c[QLatin1String("title")].toString()),
                                       compact(c), c[QLatin1String("opened_at")].toInteger(), c[QLatin1String("updated_at")].toInteger()});
        }
        const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("changes"), built}}).toJson(QJsonDocument::Compact);

        timer.start();
        const QJsonArray changes = QJsonDocument::fromJson(bytes).object().value(QLatin1String("changes")).toArray();
        modelParseNs += timer.nsecsElapsed();
        timer.start();
        CacheStore::Touched touched;
        check(database->write([&]() -> Result<void> {
                  if (Result<void> applied = store.applyChanges(changes, touched); !applied)
                      return applied;
                  return database->setMeta(QStringLiteral("cursor"), QString::number(start + kPage));
              }),
              "applyChanges");
        modelNs += timer.nsecsElapsed();

        timer.start();
        bare.exec("BEGIN IMMEDIATE");
        for (const BareCaseRow &row : rows) {
            bindText(insertCase, 1, row.id);
            bindText(insertCase, 2, row.customer);
            bindText(insertCase, 3, row.category);
            bindText(insertCase, 4, row.status);
            bindText(insertCase, 5, row.assignee);
            bindText(insertCase, 6, row.title);
            sqlite3_bind_int64(insertCase, 7, row.openedAt);
            sqlite3_bind_int64(insertCase, 8, row.updatedAt);
            bindText(insertCase, 9, row.json);
            bindText(insertCase, 10, row.json);
            bare.done(insertCase);
        }
        const std::string cursor = std::to_string(start + kPage);
        bindText(setCursor, 1, cursor);
        bare.done(setCursor);
        bare.exec("COMMIT");
        bareNs += timer.nsecsElapsed();

        const qint64 doneRows = std::min(size, start + kPage);
        if (doneRows % std::max<qint64>(kPage, (size / 10) / kPage * kPage) == 0 || doneRows == size) {
            say(QStringLiteral("  %1 / %2   CacheStore %3 rows/s   bare %4 rows/s")
                    .arg(doneRows).arg(size).arg(rate(double(doneRows), modelNs / 1e9), rate(double(doneRows), bareNs / 1e9)));
        }
    }
    const double modelRate = double(size) / (modelNs / 1e9);
    const double modelWithParse = double(size) / ((modelNs + modelParseNs) / 1e9);
    const double bareRate = double(size) / (bareNs / 1e9);
    say(QStringLiteral("RESULT import cases=%1 customers=%2").arg(size).arg(customers));
    say(QStringLiteral("  CacheStore::applyChanges + write: %1 s, %2 rows/s").arg(modelNs / 1e9, 0, 'f', 2).arg(qRound64(modelRate)));
    say(QStringLiteral("  + QJsonDocument::fromJson of the pages: %1 s more, %2 rows/s")
            .arg(modelParseNs / 1e9, 0, 'f', 2).arg(qRound64(modelWithParse)));
    say(QStringLiteral("  bare sqlite3 inserts, same schema and triggers: %1 s, %2 rows/s").arg(bareNs / 1e9, 0, 'f', 2).arg(qRound64(bareRate)));
    say(QStringLiteral("  ratio CacheStore/bare: %1 % (with parse %2 %)")
            .arg(100.0 * modelRate / bareRate, 0, 'f', 1).arg(100.0 * modelWithParse / bareRate, 0, 'f', 1));
    say(QStringLiteral("  file sizes: %1 MB (CacheStore), %2 MB (bare)")
            .arg(QFileInfo(modelPath).size() / 1e6, 0, 'f', 0).arg(QFileInfo(barePath).size() / 1e6, 0, 'f', 0));
}

// ---------------------------------------------------------------------------------------------------------------
// search

/// A cache with `notes` notes on `cases` cases, filled through bare SQLite (the triggers index them), kept for reuse.
QString prepareNotes(const QString &dir, qint64 notes)
{
    const QString path = dir + QStringLiteral("/search-%1.sqlite").arg(notes);
    if (QFile::exists(path)) {
        Bare existing(path);
        if (existing.scalar("SELECT count(*) FROM case_events") == notes) {
            say(QStringLiteral("search: reusing %1").arg(path));
            return path;
        }
    }
    createCache(path);
    Bare bare(path);
    const qint64 cases = std::max<qint64>(1, notes / 100);
    const qint64 customers = std::max<qint64>(1, cases / 4);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    say(QStringLiteral("search: filling %1 notes on %2 cases (untimed)...").arg(notes).arg(cases));
    sqlite3_stmt *insertCase = bare.prepare(kBareCaseInsert);
    bare.exec("BEGIN IMMEDIATE");
    for (qint64 i = 0; i < cases; ++i)
        bareInsertCase(bare, insertCase, caseJson(i, customers, now));
    bare.exec("COMMIT");
    sqlite3_stmt *insert = bare.prepare("INSERT INTO case_events(server_id, case_id, at, actor, type, data) VALUES(?, ?, ?, ?, 'note', ?)");
    std::mt19937_64 random(42);
    QElapsedTimer timer;
    timer.start();
    for (qint64 start = 0; start < notes; start += 10'000) {
        bare.exec("BEGIN IMMEDIATE");
        for (qint64 i = start; i < std::min(notes, start + 10'000); ++i) {
            const std::string id = utf8(caseId(qint64(random() % quint64(cases))));
            const std::string data = compact(QJsonObject{{QStringLiteral("text"), words().sentence(random)}});
            const std::string actor = "agent" + std::to_string(i % 40);
            sqlite3_bind_int64(insert, 1, i + 1);
            bindText(insert, 2, id);
            sqlite3_bind_int64(insert, 3, now - (notes - i) * 1000);
            bindText(insert, 4, actor);
            bindText(insert, 5, data);
            bare.done(insert);
        }
        bare.exec("COMMIT");
        if ((start / 10'000) % 10 == 9)
            say(QStringLiteral("  %1 / %2 notes, %3 s").arg(start + 10'000).arg(notes).arg(timer.elapsed() / 1000));
    }
    bare.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return path;
}

/// A copy of the notes cache with its full-text index changed, to measure a possible schema change without
/// touching models/: "optimize" merges the index's segments into one; "prefix" rebuilds it with FTS5 prefix
/// indexes of 2, 3 and 4 characters (prefix5: and 5), so that a typed prefix reads one doclist instead of merging every word's.
QString ftsVariant(const QString &path, const QString &variant)
{
    const QString copy = path.left(path.size() - 7) + QLatin1Char('-') + variant + QStringLiteral(".sqlite");
    if (QFile::exists(copy + QStringLiteral(".ready"))) {
        say(QStringLiteral("search: reusing %1").arg(copy));
        return copy;
    }
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")})
        QFile::remove(copy + suffix);
    if (!QFile::copy(path, copy))
        die(QStringLiteral("cannot copy %1").arg(path));
    QElapsedTimer timer;
    timer.start();
    Bare bare(copy);
    if (variant == QLatin1String("optimize")) {
        bare.exec("INSERT INTO search_fts(search_fts) VALUES('optimize')");
    } else if (variant == QLatin1String("prefix") || variant == QLatin1String("prefix5")) {
        bare.exec("BEGIN IMMEDIATE");
        bare.exec("DROP TABLE search_fts");
        bare.exec(variant == QLatin1String("prefix")
                      ? "CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_docs', content_rowid='rowid',"
                        " tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')"
                      : "CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_docs', content_rowid='rowid',"
                        " tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5')");
        bare.exec("INSERT INTO search_fts(search_fts) VALUES('rebuild')");
        bare.exec("COMMIT");
    } else {
        die(QStringLiteral("unknown --fts-variant %1 (optimize, prefix, prefix5)").arg(variant));
    }
    bare.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    say(QStringLiteral("search: %1 took %2 s; file %3 MB (was %4 MB)")
            .arg(variant).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            .arg(QFileInfo(copy).size() / 1e6, 0, 'f', 0).arg(QFileInfo(path).size() / 1e6, 0, 'f', 0));
    QFile ready(copy + QStringLiteral(".ready"));
    ready.open(QIODevice::WriteOnly);
    return copy;
}

void measureSearch(const QString &dir, qint64 notes, int queries, const QString &variant)
{
    QString path = prepareNotes(dir, notes);
    if (!variant.isEmpty())
        path = ftsVariant(path, variant);
    // Queries as typed: a prefix of one word, or of two (words drawn by the same Zipf law as the notes).
    std::mt19937_64 random(99);
    QStringList typed;
    while (typed.size() < queries) {
        auto prefix = [&]() -> QString {
            const QString &word = words().pick(random);
            return word.left(std::min<qsizetype>(word.size(), 3 + qsizetype(random() % 3)));
        };
        QString text = prefix();
        if (random() % 10 < 3)
            text += QLatin1Char(' ') + prefix();
        if (typed.isEmpty() || typed.last() != text)
            typed.append(text);
    }

    std::unique_ptr<LocalDatabase> database = check(LocalDatabase::open(path), "open");
    SearchModel model(*database, nullptr);
    // Warm-up: the first queries read the index from disk; the figure is for an agent who has been searching.
    for (int i = 0; i < 50; ++i)
        model.setQuery(typed.at(i % typed.size()) + QStringLiteral("x"));
    std::vector<qint64> modelNs;
    qint64 rows = 0;
    QElapsedTimer timer;
    for (const QString &text : typed) {
        timer.start();
        model.setQuery(text);
        modelNs.push_back(timer.nsecsElapsed());
        rows += model.rowCount();
        if (!model.lastError().isEmpty())
            die(QStringLiteral("search \"%1\": %2").arg(text, model.lastError()));
    }

    // Bare: the model's own SQL (snippet, joins to cases and customers), then the minimal SQL without them.
    Bare bare(path);
    sqlite3_stmt *full = bare.prepare(
        "SELECT search_fts.rowid, d.kind, d.ref, d.case_id,"
        " CASE WHEN d.customer_id <> '' THEN d.customer_id ELSE coalesce(c.customer_id, '') END,"
        " snippet(search_fts, 0, char(57344), char(57345), '…', 12), coalesce(c.title, ''), coalesce(c.status, ''),"
        " coalesce(cu.name, ''), coalesce(cu.tier, '')"
        " FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid"
        " LEFT JOIN cases c ON d.case_id <> '' AND c.id = d.case_id"
        " LEFT JOIN customers cu ON cu.id = CASE WHEN d.customer_id <> '' THEN d.customer_id ELSE c.customer_id END"
        " WHERE search_fts MATCH ? AND search_fts.rowid < ? ORDER BY search_fts.rowid DESC LIMIT 50");
    sqlite3_stmt *minimal = bare.prepare(
        "SELECT d.kind, d.ref, d.case_id FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid"
        " WHERE search_fts MATCH ? ORDER BY search_fts.rowid DESC LIMIT 50");
    auto runBare = [&](sqlite3_stmt *statement, const std::string &match, bool withRowid) {
        bindText(statement, 1, match);
        if (withRowid)
            sqlite3_bind_int64(statement, 2, std::numeric_limits<qint64>::max());
        qint64 bytes = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(statement); ++column)
                bytes += sqlite3_column_bytes(statement, column); // reads every column as the model does
        }
        sqlite3_reset(statement);
        return bytes;
    };
    std::vector<std::string> matches;
    for (const QString &text : typed)
        matches.push_back(utf8(SearchQuery::matchExpression(text)));
    for (int i = 0; i < 50; ++i)
        runBare(full, matches[size_t(i) % matches.size()], true);
    std::vector<qint64> fullNs, minimalNs;
    for (const std::string &match : matches) {
        timer.start();
        runBare(full, match, true);
        fullNs.push_back(timer.nsecsElapsed());
    }
    for (const std::string &match : matches) {
        timer.start();
        runBare(minimal, match, false);
        minimalNs.push_back(timer.nsecsElapsed());
    }
    say(QStringLiteral("RESULT search%7 notes=%1 queries=%2 (e.g. \"%3\", \"%4\", \"%5\"), %6 rows per query on average")
            .arg(notes).arg(typed.size()).arg(typed.at(0), typed.at(1), typed.at(2)).arg(double(rows) / typed.size(), 0, 'f', 1)
            .arg(variant.isEmpty() ? QString() : QStringLiteral(" (index: %1)").arg(variant)));
    say(QStringLiteral("  SearchModel::setQuery:            %1").arg(percentiles(modelNs)));
    say(QStringLiteral("  bare sqlite3, the model's SQL:    %1").arg(percentiles(fullNs)));
    say(QStringLiteral("  bare sqlite3, minimal SQL:        %1").arg(percentiles(minimalNs)));
    std::vector<qint64> oneWord, twoWords;
    for (size_t i = 0; i < modelNs.size(); ++i)
        (typed.at(qsizetype(i)).contains(QLatin1Char(' ')) ? twoWords : oneWord).push_back(modelNs[i]);
    say(QStringLiteral("  SearchModel, %1 one-prefix queries:  %2").arg(oneWord.size()).arg(percentiles(oneWord)));
    say(QStringLiteral("  SearchModel, %1 two-prefix queries:  %2").arg(twoWords.size()).arg(percentiles(twoWords)));
    say(QStringLiteral("  p95 ratio model/bare(same SQL): %1").arg(percentile(modelNs, 95) / percentile(fullNs, 95), 0, 'f', 2));
}

// ---------------------------------------------------------------------------------------------------------------
// timeline

QJsonObject eventData(const QString &type, std::mt19937_64 &random)
{
    if (type == QLatin1String("note"))
        return QJsonObject{{QStringLiteral("text"), words().sentence(random)}};
    if (type == QLatin1String("compensation.applied"))
        return QJsonObject{{QStringLiteral("compensation_id"), QStringLiteral("comp-%1").arg(random() % 1000000)},
                           {QStringLiteral("kind"), QStringLiteral("voucher")},
                           {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), qint64(500 + random() % 5000)},
                                                                  {QStringLiteral("currency"), QStringLiteral("USD")}}}};
    if (type == QLatin1String("case.updated"))
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("waiting")}};
    if (type == QLatin1String("message.sent"))
        return QJsonObject{{QStringLiteral("template_id"), QStringLiteral("late-delivery-apology")},
                           {QStringLiteral("channel"), QStringLiteral("email")},
                           {QStringLiteral("text"), QString(words().sentence(random) + QLatin1Char(' ') + words().sentence(random))}};
    return QJsonObject{{QStringLiteral("depot"), QStringLiteral("Carolina")}, {QStringLiteral("scan"), QStringLiteral("out_for_delivery")}};
}

QString prepareTimelines(const QString &dir, int cases, int events)
{
    const QString path = dir + QStringLiteral("/timeline-%1x%2.sqlite").arg(cases).arg(events);
    if (QFile::exists(path)) {
        Bare existing(path);
        if (existing.scalar("SELECT count(*) FROM case_events") == qint64(cases) * events) {
            say(QStringLiteral("timeline: reusing %1").arg(path));
            return path;
        }
    }
    createCache(path);
    Bare bare(path);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    say(QStringLiteral("timeline: filling %1 cases x %2 events (untimed)...").arg(cases).arg(events));
    sqlite3_stmt *insertCase = bare.prepare(kBareCaseInsert);
    sqlite3_stmt *insert = bare.prepare("INSERT INTO case_events(server_id, case_id, at, actor, type, data) VALUES(?, ?, ?, ?, ?, ?)");
    const QString types[] = {QStringLiteral("note"), QStringLiteral("note"), QStringLiteral("note"),
                             QStringLiteral("event.parcel_scan"), QStringLiteral("event.parcel_scan"),
                             QStringLiteral("compensation.applied"), QStringLiteral("case.updated"), QStringLiteral("message.sent")};
    std::mt19937_64 random(5);
    bare.exec("BEGIN IMMEDIATE");
    for (int i = 0; i < cases; ++i)
        bareInsertCase(bare, insertCase, caseJson(i, cases, now));
    // Round robin over the cases, as events arrive in real life: one case's events are spread over the file.
    qint64 serverId = 0;
    for (int e = 0; e < events; ++e) {
        for (int i = 0; i < cases; ++i) {
            const QString &type = types[random() % std::size(types)];
            const std::string id = utf8(caseId(i));
            const std::string typeText = utf8(type);
            const std::string data = compact(eventData(type, random));
            const std::string actor = "agent" + std::to_string(i % 40);
            sqlite3_bind_int64(insert, 1, ++serverId);
            bindText(insert, 2, id);
            sqlite3_bind_int64(insert, 3, now - qint64(events - e) * 60'000);
            bindText(insert, 4, actor);
            bindText(insert, 5, typeText);
            bindText(insert, 6, data);
            bare.done(insert);
        }
    }
    bare.exec("COMMIT");
    bare.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return path;
}

void measureTimeline(const QString &dir, int opens)
{
    constexpr int kCases = 1000;
    constexpr int kEvents = 200;
    const QString path = prepareTimelines(dir, kCases, kEvents);
    std::unique_ptr<LocalDatabase> database = check(LocalDatabase::open(path), "open");
    TimelineModel model(*database, nullptr);
    std::mt19937_64 random(11);
    std::vector<QString> order;
    for (int i = 0; i < opens; ++i)
        order.push_back(caseId(qint64(random() % kCases)));
    for (int i = 0; i < 20; ++i)
        model.setCaseId(caseId(i));
    std::vector<qint64> modelNs;
    QElapsedTimer timer;
    for (const QString &id : order) {
        model.setCaseId(QString()); // a different case each time, even when the same one comes twice
        timer.start();
        model.setCaseId(id);
        modelNs.push_back(timer.nsecsElapsed());
        if (model.rowCount() != kEvents)
            die(QStringLiteral("timeline %1: %2 rows").arg(id).arg(model.rowCount()));
    }
    // What a view does with each row once: the summary line and the time (summaries are made while reading).
    Bare bare(path);
    sqlite3_stmt *select = bare.prepare(
        "SELECT seq, server_id, mutation_id, at, actor, type, data FROM case_events WHERE case_id = ? ORDER BY at, seq");
    std::vector<qint64> bareNs;
    for (const QString &id : order) {
        const std::string key = utf8(id);
        timer.start();
        bindText(select, 1, key);
        qint64 bytes = 0;
        while (sqlite3_step(select) == SQLITE_ROW) {
            for (int column = 0; column < 7; ++column)
                bytes += sqlite3_column_bytes(select, column);
        }
        sqlite3_reset(select);
        bareNs.push_back(timer.nsecsElapsed());
        if (bytes == 0)
            die(QStringLiteral("bare timeline empty"));
    }
    say(QStringLiteral("RESULT timeline cases=%1 events/case=%2 opens=%3").arg(kCases).arg(kEvents).arg(opens));
    say(QStringLiteral("  TimelineModel::setCaseId:  %1").arg(percentiles(modelNs)));
    say(QStringLiteral("  bare sqlite3 same SELECT:  %1").arg(percentiles(bareNs)));
    say(QStringLiteral("  p95 ratio model/bare: %1").arg(percentile(modelNs, 95) / percentile(bareNs, 95), 0, 'f', 1));
}

// ---------------------------------------------------------------------------------------------------------------
// pull and push: the real redress-server on loopback

/// The demo organisation plus `notes` note events on care-east cases, written into the server's own tables
/// (case_events and the change feed, exactly as CaseRecords::addEvent writes them). Kept for reuse.
QString prepareServer(const QString &dir, qint64 notes, qint64 &demoChanges)
{
    const QString path = dir + QStringLiteral("/server-%1.sqlite").arg(notes);
    const QString marker = path + QStringLiteral(".ready");
    if (QFile::exists(marker)) {
        Bare existing(path);
        demoChanges = existing.scalar("SELECT count(*) FROM changes") - notes;
        say(QStringLiteral("pull: reusing %1").arg(path));
        return path;
    }
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")})
        QFile::remove(path + suffix);
    {
        ServerProcess seed;
        if (!seed.start(QStringLiteral("sqlite:") + path, {QStringLiteral("--demo")}))
            die(QStringLiteral("redress-server --demo: %1").arg(seed.standardError()));
        seed.stop();
    }
    Bare bare(path);
    demoChanges = bare.scalar("SELECT count(*) FROM changes");
    say(QStringLiteral("pull: demo organisation has %1 changes; adding %2 notes (untimed)...").arg(demoChanges).arg(notes));
    std::vector<std::string> cases;
    {
        sqlite3_stmt *list = nullptr;
        sqlite3_prepare_v2(bare.handle(), "SELECT id FROM cases WHERE team = 'care-east' AND vendor = '' ORDER BY id", -1, &list, nullptr);
        while (sqlite3_step(list) == SQLITE_ROW)
            cases.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(list, 0)));
        sqlite3_finalize(list);
    }
    std::string actorId;
    {
        sqlite3_stmt *user = nullptr;
        sqlite3_prepare_v2(bare.handle(), "SELECT id FROM users WHERE username = 'senior'", -1, &user, nullptr);
        if (sqlite3_step(user) == SQLITE_ROW)
            actorId = reinterpret_cast<const char *>(sqlite3_column_text(user, 0));
        sqlite3_finalize(user);
    }
    if (cases.empty() || actorId.empty())
        die(QStringLiteral("the demo database has no care-east cases or no user 'senior'"));
    sqlite3_stmt *event = bare.prepare("INSERT INTO case_events (case_id, at, actor_id, type, data) VALUES (?, ?, ?, 'note', ?)");
    sqlite3_stmt *change = bare.prepare(
        "INSERT INTO changes (entity, entity_id, op, data, team, vendor, at) VALUES ('case_event', ?, 'insert', ?, 'care-east', '', ?)");
    std::mt19937_64 random(3);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bare.exec("BEGIN IMMEDIATE");
    for (qint64 i = 0; i < notes; ++i) {
        const std::string &caseKey = cases[size_t(random() % cases.size())];
        const QJsonObject note{{QStringLiteral("text"), words().sentence(random)}};
        const std::string noteText = compact(note);
        const qint64 at = now - (notes - i) * 1000;
        bindText(event, 1, caseKey);
        sqlite3_bind_int64(event, 2, at);
        bindText(event, 3, actorId);
        bindText(event, 4, noteText);
        bare.done(event);
        const qint64 eventId = sqlite3_last_insert_rowid(bare.handle());
        const std::string data = compact(QJsonObject{{QStringLiteral("id"), eventId},
                                                     {QStringLiteral("case_id"), QString::fromStdString(caseKey)},
                                                     {QStringLiteral("at"), at},
                                                     {QStringLiteral("actor_id"), QString::fromStdString(actorId)},
                                                     {QStringLiteral("actor"), QStringLiteral("senior")},
                                                     {QStringLiteral("type"), QStringLiteral("note")},
                                                     {QStringLiteral("data"), note}});
        const std::string entityId = std::to_string(eventId);
        bindText(change, 1, entityId);
        bindText(change, 2, data);
        sqlite3_bind_int64(change, 3, at);
        bare.done(change);
    }
    bare.exec("COMMIT");
    bare.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    QFile ready(marker);
    ready.open(QIODevice::WriteOnly);
    return path;
}

/// One desktop client's model layer wired as the app wires it (tests/models/modeltestsupport.cpp's TestClient).
struct Client
{
    std::unique_ptr<LocalDatabase> database;
    std::unique_ptr<CacheNotifier> notifier;
    std::unique_ptr<ServerClient> client;
    std::unique_ptr<MemoryCredentialStore> credentials;
    std::unique_ptr<SessionManager> session;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<CaseActions> actions;

    void open(const QString &path, const QUrl &url)
    {
        for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")})
            QFile::remove(path + suffix);
        database = check(LocalDatabase::open(path), "open");
        Profile profile = check(Profile::create(Profile::Kind::Demo, url, QFileInfo(path).absolutePath()), "profile");
        notifier = std::make_unique<CacheNotifier>();
        client = std::make_unique<ServerClient>(url);
        credentials = std::make_unique<MemoryCredentialStore>();
        session = std::make_unique<SessionManager>(profile, *database, *credentials, *client);
        sync = std::make_unique<SyncEngine>(*database, *client, notifier.get());
        actions = std::make_unique<CaseActions>(*database, notifier.get());
    }
    void signIn(const QString &username)
    {
        bool signedIn = false;
        QString failed;
        QObject::connect(session.get(), &SessionManager::signedIn, session.get(), [&] { signedIn = true; });
        QObject::connect(session.get(), &SessionManager::signInFailed, session.get(), [&](const QString &m) { failed = m; });
        session->signIn(username, kDemoPassword);
        if (!waitFor([&] { return signedIn || !failed.isEmpty(); }, 30000) || !signedIn)
            die(QStringLiteral("sign-in failed: %1").arg(failed));
    }
    /// Runs the sync engine until a cycle reached the head with nothing to push; returns the time in ns.
    qint64 syncToIdle(bool startEngine, int timeoutMs)
    {
        bool synced = false;
        QString error;
        const QMetaObject::Connection a = QObject::connect(sync.get(), &SyncEngine::synced, sync.get(), [&] { synced = true; });
        const QMetaObject::Connection b =
            QObject::connect(sync.get(), &SyncEngine::errorOccurred, sync.get(), [&](const QString &m) { error = m; });
        QElapsedTimer timer;
        timer.start();
        if (startEngine)
            sync->start();
        else
            sync->syncNow();
        const bool done = waitFor([&] { return synced && sync->state() == SyncEngine::State::Idle && sync->pendingCount() == 0; }, timeoutMs);
        const qint64 elapsed = timer.nsecsElapsed();
        QObject::disconnect(a);
        QObject::disconnect(b);
        if (!done)
            die(QStringLiteral("sync did not finish: %1 (last error: %2)").arg(sync->lastError(), error));
        return elapsed;
    }
    qint64 scalar(const QString &sql)
    {
        Result<QSqlQuery *> query = database->exec(sql);
        if (!query || !query.value()->next())
            return -1;
        const qint64 value = query.value()->value(0).toLongLong();
        query.value()->finish();
        return value;
    }
};

QString signInRaw(ServerProcess &server, const QString &username, const QString &device)
{
    HttpReply reply = server.post(QStringLiteral("/api/v1/sessions"),
                                  QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), kDemoPassword},
                                              {QStringLiteral("device_id"), device}});
    const QString token = reply.json.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        die(QStringLiteral("raw sign-in: HTTP %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body.left(200))));
    return token;
}

void measureSync(const QString &dir, qint64 notes, qint64 mutations, bool doPull, bool doPush)
{
    qint64 demoChanges = 0;
    const QString serverPath = prepareServer(dir, notes, demoChanges);
    // Each run works on a copy, so pushed notes do not pile up in the prepared database.
    const QString runPath = dir + QStringLiteral("/server-run.sqlite");
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")})
        QFile::remove(runPath + suffix);
    if (!QFile::copy(serverPath, runPath))
        die(QStringLiteral("cannot copy %1").arg(serverPath));
    ServerProcess server;
    if (!server.start(QStringLiteral("sqlite:") + runPath))
        die(QStringLiteral("redress-server: %1").arg(server.standardError()));
    const QUrl url(server.baseUrl());
    say(QStringLiteral("server %1 on %2").arg(server.baseUrl(), runPath));

    // The user "lead" of care-east: sees the care-east notes (and the rest of care-east's demo data).
    Client client;
    client.open(dir + QStringLiteral("/pull-client.sqlite"), url);
    client.signIn(QStringLiteral("lead"));
    const qint64 pullNs = client.syncToIdle(true, 600000);
    const qint64 events = client.scalar(QStringLiteral("SELECT count(*) FROM case_events"));
    const qint64 cursor = client.sync->cursor();
    if (doPull) {
        say(QStringLiteral("RESULT pull notes=%1 (+ demo organisation: %2 changes in all scopes)").arg(notes).arg(demoChanges));
        say(QStringLiteral("  SyncEngine start() to synced: %1 s, %2 timeline events in the cache, cursor %3, %4 events/s")
                .arg(pullNs / 1e9, 0, 'f', 2).arg(events).arg(cursor).arg(rate(double(events), pullNs / 1e9)));

        // Floors: the server and HTTP alone (walk the same pages, parse them, store nothing), then the same rows
        // stored by bare SQLite without any server.
        const QString token = signInRaw(server, QStringLiteral("lead"), QStringLiteral("bench-raw-pull"));
        QElapsedTimer timer;
        timer.start();
        qint64 since = 0, changes = 0;
        std::vector<QJsonArray> pages;
        for (;;) {
            HttpReply reply = server.get(QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(since), token);
            if (reply.status != 200)
                die(QStringLiteral("GET /changes: %1").arg(reply.status));
            const QJsonArray page = reply.json.value(QLatin1String("changes")).toArray();
            changes += page.size();
            pages.push_back(page);
            since = reply.json.value(QLatin1String("next")).toInteger();
            if (!reply.json.value(QLatin1String("more")).toBool())
                break;
        }
        const qint64 httpNs = timer.nsecsElapsed();
        say(QStringLiteral("  HTTP only (GET /changes pages of 1000 + JSON parse, nothing stored): %1 s, %2 changes, %3 changes/s")
                .arg(httpNs / 1e9, 0, 'f', 2).arg(changes).arg(rate(double(changes), httpNs / 1e9)));

        const QString barePath = dir + QStringLiteral("/pull-bare.sqlite");
        createCache(barePath);
        Bare bare(barePath);
        sqlite3_stmt *insert = bare.prepare(
            "INSERT INTO case_events(server_id, case_id, at, actor, type, data) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(server_id) DO NOTHING");
        // The rows as bare SQLite gets them: already in C strings (no JSON work).
        struct Row { qint64 id, at; std::string caseId, actor, type, data; };
        std::vector<std::vector<Row>> rowPages;
        for (const QJsonArray &page : pages) {
            std::vector<Row> rows;
            for (const QJsonValue &value : page) {
                if (value[QLatin1String("entity")].toString() != QLatin1String("case_event"))
                    continue;
                const QJsonObject d = value[QLatin1String("data")].toObject();
                rows.push_back(Row{d[QLatin1String("id")].toInteger(), d[QLatin1String("at")].toInteger(),
                                   utf8(d[QLatin1String("case_id")].toString()), utf8(d[QLatin1String("actor")].toString()),
                                   utf8(d[QLatin1String("type")].toString()), compact(d[QLatin1String("data")].toObject())});
            }
            rowPages.push_back(std::move(rows));
        }
        qint64 bareRows = 0;
        timer.start();
        for (const std::vector<Row> &rows : rowPages) {
            bare.exec("BEGIN IMMEDIATE");
            for (const Row &row : rows) {
                sqlite3_bind_int64(insert, 1, row.id);
                bindText(insert, 2, row.caseId);
                sqlite3_bind_int64(insert, 3, row.at);
                bindText(insert, 4, row.actor);
                bindText(insert, 5, row.type);
                bindText(insert, 6, row.data);
                bare.done(insert);
                ++bareRows;
            }
            bare.exec("COMMIT");
        }
        const qint64 bareNs = timer.nsecsElapsed();
        say(QStringLiteral("  bare sqlite3 storing the same %1 events, a transaction per page: %2 s, %3 events/s")
                .arg(bareRows).arg(bareNs / 1e9, 0, 'f', 2).arg(rate(double(bareRows), bareNs / 1e9)));
        say(QStringLiteral("  sum of floors (HTTP only + bare store): %1 s; SyncEngine/floors: %2")
                .arg((httpNs + bareNs) / 1e9, 0, 'f', 2).arg(double(pullNs) / double(httpNs + bareNs), 0, 'f', 2));
    }

    if (doPush) {
        // Queue the notes with the engine stopped, so that queueing and pushing are timed apart.
        client.sync->stop();
        std::vector<QString> openCases;
        {
            Result<QSqlQuery *> query = client.database->exec(QStringLiteral("SELECT id FROM cases WHERE status <> 'resolved' ORDER BY id"));
            while (query && query.value()->next())
                openCases.push_back(query.value()->value(0).toString());
            if (query)
                query.value()->finish();
        }
        if (openCases.empty())
            die(QStringLiteral("no open case to write notes on"));
        std::mt19937_64 random(17);
        std::vector<QString> texts;
        for (qint64 i = 0; i < mutations; ++i)
            texts.push_back(words().sentence(random));
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < mutations; ++i)
            check(client.actions->addNote(openCases[size_t(i) % openCases.size()], texts[size_t(i)]), "addNote");
        const qint64 queueNs = timer.nsecsElapsed();
        // Bare: the outbox row alone, one transaction per action as CaseActions commits each one.
        const QString barePath = dir + QStringLiteral("/push-bare.sqlite");
        createCache(barePath);
        qint64 bareQueueNs = 0;
        {
            Bare bare(barePath);
            sqlite3_stmt *insert = bare.prepare(
                "INSERT INTO outbox(seq, id, type, args, case_id, created_at) VALUES(?, ?, 'note.add', ?, ?, ?)");
            timer.start();
            for (qint64 i = 0; i < mutations; ++i) {
                const std::string caseKey = utf8(openCases[size_t(i) % openCases.size()]);
                const std::string id = utf8(QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
                const std::string args = compact(QJsonObject{{QStringLiteral("case_id"), openCases[size_t(i) % openCases.size()]},
                                                             {QStringLiteral("text"), texts[size_t(i)]}});
                bare.exec("BEGIN IMMEDIATE");
                sqlite3_bind_int64(insert, 1, i + 1);
                bindText(insert, 2, id);
                bindText(insert, 3, args);
                bindText(insert, 4, caseKey);
                sqlite3_bind_int64(insert, 5, QDateTime::currentMSecsSinceEpoch());
                bare.done(insert);
                bare.exec("COMMIT");
            }
            bareQueueNs = timer.nsecsElapsed();
        }
        const qint64 queued = client.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
        const qint64 pushNs = client.syncToIdle(true, 600000);
        const qint64 applied = client.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'applied'"));
        const qint64 otherStates = client.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'applied'"));

        // Floor: the same number of note.add mutations posted by a bare HTTP client in batches of 200.
        const QString token = signInRaw(server, QStringLiteral("lead"), QStringLiteral("bench-raw-push"));
        qint64 rawApplied = 0;
        timer.start();
        for (qint64 start = 0; start < mutations; start += 200) {
            QJsonArray batch;
            for (qint64 i = start; i < std::min(mutations, start + 200); ++i) {
                batch.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("10000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'))},
                                         {QStringLiteral("seq"), i + 1},
                                         {QStringLiteral("type"), QStringLiteral("note.add")},
                                         {QStringLiteral("args"), QJsonObject{{QStringLiteral("case_id"), openCases[size_t(i) % openCases.size()]},
                                                                             {QStringLiteral("text"), texts[size_t(i)]}}}});
            }
            HttpReply reply = server.post(QStringLiteral("/api/v1/mutations"),
                                          QJsonObject{{QStringLiteral("device_id"), QStringLiteral("bench-raw-push")},
                                                      {QStringLiteral("mutations"), batch}},
                                          token);
            if (reply.status != 200)
                die(QStringLiteral("POST /mutations: %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body.left(300))));
            for (const QJsonValue &result : reply.json.value(QLatin1String("results")).toArray()) {
                if (result[QLatin1String("status")].toString() == QLatin1String("applied"))
                    ++rawApplied;
            }
        }
        const qint64 rawNs = timer.nsecsElapsed();
        say(QStringLiteral("RESULT push mutations=%1 (note.add on %2 open cases)").arg(mutations).arg(openCases.size()));
        say(QStringLiteral("  CaseActions::addNote (local, queued): %1 s, %2 actions/s").arg(queueNs / 1e9, 0, 'f', 2).arg(rate(double(mutations), queueNs / 1e9)));
        say(QStringLiteral("  bare sqlite3 outbox INSERT, one transaction each: %1 s, %2/s").arg(bareQueueNs / 1e9, 0, 'f', 2).arg(rate(double(mutations), bareQueueNs / 1e9)));
        say(QStringLiteral("  SyncEngine push (batches of 200) + pull of the %1 resulting changes: %2 s, %3 mutations/s; outbox: %4 queued, %5 applied, %6 other")
                .arg(mutations).arg(pushNs / 1e9, 0, 'f', 2).arg(rate(double(mutations), pushNs / 1e9)).arg(queued).arg(applied).arg(otherStates));
        say(QStringLiteral("  bare HTTP client POST /mutations, batches of 200: %1 s, %2 mutations/s, %3 applied")
                .arg(rawNs / 1e9, 0, 'f', 2).arg(rate(double(mutations), rawNs / 1e9)).arg(rawApplied));
        say(QStringLiteral("  ratio SyncEngine/bare HTTP: %1 %").arg(100.0 * double(rawNs) / double(pushNs), 0, 'f', 1));
    }
    client.sync->stop();
    server.stop();
}

// ---------------------------------------------------------------------------------------------------------------
// memory: each side in a process of its own, so one's pages do not count for the other

void memoryChild(const QString &path, bool model, int fetches)
{
    const qint64 before = residentKiB();
    qint64 rows = 0;
    std::unique_ptr<LocalDatabase> database;
    std::unique_ptr<CaseListModel> list;
    std::unique_ptr<Bare> bare;
    std::vector<std::vector<std::string>> kept;
    QElapsedTimer timer;
    timer.start();
    if (model) {
        database = check(LocalDatabase::open(path), "open");
        list = std::make_unique<CaseListModel>(*database, nullptr);
        for (int i = 0; i < fetches && list->canFetchMore({}); ++i)
            list->fetchMore({});
        rows = list->rowCount();
        // Touch every row as a view would.
        for (int r = 0; r < list->rowCount(); ++r)
            (void)list->data(list->index(r, CaseListModel::TitleColumn));
    } else {
        bare = std::make_unique<Bare>(path);
        sqlite3_stmt *page = bare->prepare(
            "SELECT c.id, c.customer_id, coalesce(cu.name, json_extract(c.data, '$.customer_name'), ''),"
            " coalesce(cu.tier, json_extract(c.data, '$.customer_tier'), ''), c.title, c.status, c.category,"
            " c.assignee_id, c.updated_at FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id"
            " WHERE c.updated_at <= ? AND (c.updated_at < ? OR c.id < ?) ORDER BY c.updated_at DESC, c.id DESC LIMIT ?");
        qint64 updatedAt = std::numeric_limits<qint64>::max();
        std::string id = "\xf4\x8f\xbf\xbf";
        for (int p = 0; p <= fetches; ++p) {
            sqlite3_bind_int64(page, 1, updatedAt);
            sqlite3_bind_int64(page, 2, updatedAt);
            bindText(page, 3, id);
            sqlite3_bind_int(page, 4, CaseListModel::kPageSize);
            while (sqlite3_step(page) == SQLITE_ROW) {
                std::vector<std::string> row;
                for (int c = 0; c < 9; ++c)
                    row.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(page, c)));
                updatedAt = sqlite3_column_int64(page, 8);
                kept.push_back(std::move(row));
            }
            sqlite3_reset(page);
            id = kept.back()[0];
        }
        rows = qint64(kept.size());
    }
    const qint64 elapsed = timer.nsecsElapsed();
    std::printf("MEMORY rows=%lld before_kib=%lld rss_kib=%lld hwm_kib=%lld ms=%.1f\n", (long long)rows, (long long)before,
                (long long)residentKiB(), (long long)residentKiB("VmHWM:"), elapsed / 1e6);
}

void measureMemory(const QString &dir, int fetches)
{
    const QString path = dir + QStringLiteral("/import-redress.sqlite");
    if (!QFile::exists(path))
        die(QStringLiteral("%1 does not exist: run --measure import first with the same --dir").arg(path));
    Bare counter(path);
    const qint64 cases = counter.scalar("SELECT count(*) FROM cases");
    auto run = [&](const QString &mode) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--measure"), mode, QStringLiteral("--dir"), dir, QStringLiteral("--fetches"), QString::number(fetches)});
        if (!child.waitForFinished(600000) || child.exitCode() != 0)
            die(QStringLiteral("%1: %2").arg(mode, QString::fromLocal8Bit(child.readAllStandardError())));
        return QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed();
    };
    say(QStringLiteral("RESULT memory cases=%1 file=%2 MB, CaseListModel first page + %3 fetchMore (%4 rows a page)")
            .arg(cases).arg(QFileInfo(path).size() / 1e6, 0, 'f', 0).arg(fetches).arg(CaseListModel::kPageSize));
    say(QStringLiteral("  CaseListModel: ") + run(QStringLiteral("memory-model")));
    say(QStringLiteral("  bare sqlite3:  ") + run(QStringLiteral("memory-bare")));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Client model layer benchmarks beside bare SQLite."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("measure"), QStringLiteral("import, search, timeline, pull, push, sync (pull and push), memory"),
                      QStringLiteral("what")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("cases to import, notes to search, changes to pull, mutations to push"),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("pull-size"), QStringLiteral("notes on the server for --measure sync (default 100000)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("search queries or timeline opens (default 1000)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("fetches"), QStringLiteral("fetchMore calls for memory (default 5)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("fts-variant"),
                      QStringLiteral("search on a copy whose index is changed: optimize (one segment) or prefix (prefix='2 3 4')"),
                      QStringLiteral("variant")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("where the databases are made and kept"), QStringLiteral("path")});
    parser.process(app);

    const QString measure = parser.value(QStringLiteral("measure"));
    const QString dir = QDir(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                                 : QDir::tempPath() + QStringLiteral("/redress-bench-models"))
                            .absolutePath();
    QDir().mkpath(dir);
    auto number = [&](const char *name, qint64 fallback) {
        const QString key = QLatin1String(name);
        return parser.isSet(key) ? parser.value(key).toLongLong() : fallback;
    };
    const int queries = int(number("queries", 1000));
    const int fetches = int(number("fetches", 5));

    if (measure == QLatin1String("import"))
        measureImport(dir, number("size", 1'000'000));
    else if (measure == QLatin1String("search"))
        measureSearch(dir, number("size", 1'000'000), queries, parser.value(QStringLiteral("fts-variant")));
    else if (measure == QLatin1String("timeline"))
        measureTimeline(dir, queries);
    else if (measure == QLatin1String("pull"))
        measureSync(dir, number("size", 100'000), 0, true, false);
    else if (measure == QLatin1String("push"))
        measureSync(dir, number("pull-size", 100'000), number("size", 10'000), false, true);
    else if (measure == QLatin1String("sync"))
        measureSync(dir, number("pull-size", 100'000), number("size", 10'000), true, true);
    else if (measure == QLatin1String("memory"))
        measureMemory(dir, fetches);
    else if (measure == QLatin1String("memory-model"))
        memoryChild(dir + QStringLiteral("/import-redress.sqlite"), true, fetches);
    else if (measure == QLatin1String("memory-bare"))
        memoryChild(dir + QStringLiteral("/import-bare.sqlite"), false, fetches);
    else
        parser.showHelp(1);
    return 0;
}
