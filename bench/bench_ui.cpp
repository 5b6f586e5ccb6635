// The agent workstation on a real widget tree (issue 5), over a cache of 100,000 cases, 20,000 customers and
// 100,000 notes with the demo policy, trees, templates and brands as documents:
//
//   start   cold start: a fresh process of this program (spawned with --child-start) from main() to a shown
//           MainWindow whose first paint is done and whose event loop is idle; ≥ 10 runs, median and p95, with a
//           breakdown (QApplication, ClientContext::open, MainWindow, show → first paint → idle), and a second
//           kind of child (--child-models) that times the models' first pages alone, cold
//   search  QTest::keyClick into "searchEdit", one character at a time, until "searchResults" holds the rows and
//           its viewport has painted and the event loop is idle; SearchModel::lastQueryMicroseconds() beside it
//   tree    TreeGuide::chooseNumber(n) on a late_delivery case until the walk ends, then goBack() to the start;
//           each step until the guide has painted and the event loop is idle
//
//   QT_QPA_PLATFORM=offscreen build/rel/bench/bench_ui --measure all --dir /var/tmp/redress-bench
//
// The fixture is made once in --dir/ui (bare sqlite3 on a file made by LocalDatabase::open, as bench_models does)
// and reused. Options: --runs (start), --keystrokes and --key-gap-ms (search), --walks and --step-gap-ms (tree).
// BENCH_UI_DEBUG=1 prints, for slow keys and the first tree steps, every widget painted and when.
// Not a CTest test: it reports numbers, it asserts nothing about them.

#include "cachenotifier.h"
#include "caselistmodel.h"
#include "casereader.h"
#include "caseworkspace.h"
#include "clientcontext.h"
#include "localdatabase.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "outboxmodel.h"
#include "profile.h"
#include "searchmodel.h"
#include "serverclient.h"
#include "sessionmanager.h"
#include "syncengine.h"
#include "treeguide.h"
#include "treewalkmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace redress;

namespace {

// The clock every figure of a cold start is read from: started by the first statement of main().
QElapsedTimer g_sinceMain;

constexpr qint64 kCases = 100'000;
constexpr qint64 kCustomers = 20'000;
constexpr qint64 kNotes = 100'000;
const QString kUserId = QStringLiteral("u-agent-007");
const QString kOrganisation = QStringLiteral("redress-bench-ui");

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &text)
{
    std::fprintf(stderr, "bench_ui: %s\n", qPrintable(text));
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

QString ms(double nanoseconds)
{
    return QString::number(nanoseconds / 1e6, 'f', 2);
}

/// p-th percentile (0..100), nearest rank.
double percentile(std::vector<qint64> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(samples.size())));
    return double(samples[std::clamp<size_t>(rank, 1, samples.size()) - 1]);
}

QString spread(const std::vector<qint64> &ns)
{
    return QStringLiteral("p50 %1 ms  p95 %2 ms  max %3 ms  (n=%4)")
        .arg(ms(percentile(ns, 50)), ms(percentile(ns, 95)), ms(percentile(ns, 100)))
        .arg(ns.size());
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

QString fixtureDir(const QString &dir)
{
    return dir + QStringLiteral("/ui");
}

/// Where Profile puts the demo cache for a data folder (`dataDir/<name>.sqlite`).
QString fixturePath(const QString &dir)
{
    return fixtureDir(dir) + QStringLiteral("/demo.sqlite");
}

Profile demoProfile(const QString &dir)
{
    // Nothing listens on port 9: a sync engine started on it finds the server offline, the honest cold start.
    return check(Profile::create(Profile::Kind::Demo, QUrl(QStringLiteral("http://127.0.0.1:9")), fixtureDir(dir)), "Profile");
}

// ---------------------------------------------------------------------------------------------------------------
// Bare SQLite for the fixture (the minimum of bench_models' Bare).

class Bare
{
public:
    explicit Bare(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            die(QStringLiteral("sqlite3_open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db))));
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=NORMAL");
        exec("PRAGMA cache_size=-400000"); // building only: the file the client opens is unchanged by it
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
    void run(sqlite3_stmt *statement, const std::vector<std::string> &texts)
    {
        for (size_t i = 0; i < texts.size(); ++i)
            sqlite3_bind_text(statement, int(i + 1), texts[i].data(), int(texts[i].size()), SQLITE_STATIC);
        done(statement);
    }
    void done(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            die(QStringLiteral("step: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
    }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

// ---------------------------------------------------------------------------------------------------------------
// Synthetic data, deterministic (bench_models' shapes: Zipf-distributed note words, demo-organisation fields).

class Words
{
public:
    Words()
    {
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
            "school", "uniform", "laptop", "flowers", "cake", "medicine", "groceries", "furniture", "carolina",
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

    QString sentence(std::mt19937_64 &random) const
    {
        const int count = 8 + int(random() % 23);
        QString text;
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                text += QLatin1Char(' ');
            const double x = std::uniform_real_distribution<double>(0, m_cumulative.back())(random);
            text += m_words[size_t(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin())
                            % m_words.size()];
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

QString caseId(qint64 i)
{
    return QStringLiteral("case-%1").arg(i, 7, 10, QLatin1Char('0'));
}

QString customerId(qint64 i)
{
    return QStringLiteral("cust-%1").arg(i, 7, 10, QLatin1Char('0'));
}

struct Category
{
    const char *id;
    bool parcel;
    const char *title; // %1: a number that varies by case
};

// The demo policy's categories (resources/seed/policy.json), with titles as agents write them.
const Category kCategories[] = {
    {"late_delivery", true, "Parcel %1h late, needed for a birthday"},
    {"missed_delivery", true, "Marked 'not home' at %1:00 but the customer was in"},
    {"damaged_parcel", true, "Laptop arrived in a crushed box (%1 items)"},
    {"lost_parcel", true, "Parcel lost after the depot scan %1 days ago"},
    {"left_in_rain", true, "Driver left the parcel in the rain, %1 items wet"},
    {"driver_conduct", true, "Driver was rude at the door, %1 minutes of arguing"},
    {"vehicle_breakdown", false, "Rental car broke down on the highway, %1 km from the depot"},
    {"dirty_vehicle", false, "Car handed over dirty, %1 bags of rubbish inside"},
    {"wrong_vehicle", false, "Wrong car class given at the airport, %1 seats short"},
    {"counter_wait", false, "Counter wait of %1 minutes at the airport"},
    {"damage_dispute", false, "Disputes a %1 cm scratch charged at return"},
    {"fuel_toll_charge", false, "Charged for fuel on a full tank, %1 litres"},
    {"billing_error", false, "Charged twice for the booking, %1 USD over"},
};
constexpr qint64 kLateDelivery = 0; // index in kCategories

/// The signed-in agent's queue: every 250th case (400 cases, about two thirds of them open).
QString assigneeOf(qint64 i)
{
    if (i % 250 == 0)
        return kUserId;
    const qint64 agent = i % 40;
    return QStringLiteral("u-agent-%1").arg(agent == 7 ? 8 : agent, 3, 10, QLatin1Char('0'));
}

QJsonObject caseJson(qint64 i, qint64 now)
{
    static const char *const statuses[] = {"open", "in_progress", "waiting", "resolved", "resolved", "resolved"};
    const Category &category = kCategories[i % qint64(std::size(kCategories))];
    const qint64 opened = now - (i % 400) * 86'400'000 - (i * 7919) % 86'400'000;
    QJsonObject facts;
    if (category.parcel) {
        facts.insert(QStringLiteral("order_reference"), QStringLiteral("NP-%1-%2").arg(1000 + i % 9000).arg(1000 + (i * 31) % 9000));
        facts.insert(QStringLiteral("delay_hours"), int(i % 96));
        facts.insert(QStringLiteral("late_parcels_90d"), int(i % 4));
    } else {
        facts.insert(QStringLiteral("booking_reference"), QStringLiteral("CR-%1").arg(100000 + i % 900000));
        facts.insert(QStringLiteral("rental_days"), int(1 + i % 14));
    }
    const QString assignee = assigneeOf(i);
    return QJsonObject{{QStringLiteral("id"), caseId(i)},
                       {QStringLiteral("customer_id"), customerId(i % kCustomers)},
                       {QStringLiteral("team"), i % 2 ? QStringLiteral("care-west") : QStringLiteral("care-east")},
                       {QStringLiteral("vendor"), QString()},
                       {QStringLiteral("category"), QLatin1String(category.id)},
                       {QStringLiteral("brand"), category.parcel ? QStringLiteral("northwind_parcel")
                                                                 : (i % 3 ? QStringLiteral("northwind_rent") : QStringLiteral("swift_cars"))},
                       {QStringLiteral("region"), QStringLiteral("us-east")},
                       {QStringLiteral("channel"), i % 3 == 0 ? QStringLiteral("chat") : QStringLiteral("phone")},
                       {QStringLiteral("title"), QString::fromLatin1(category.title).arg(2 + i % 90)},
                       {QStringLiteral("status"), QLatin1String(statuses[(i / 13) % std::size(statuses)])},
                       {QStringLiteral("facts"), facts},
                       {QStringLiteral("tree_walk"), QJsonObject{}},
                       {QStringLiteral("root_cause"), QString()},
                       {QStringLiteral("assignee_id"), assignee},
                       {QStringLiteral("opened_by"), assignee},
                       {QStringLiteral("opened_at"), opened},
                       {QStringLiteral("updated_at"), opened + (i % 50) * 3'600'000}};
}

QJsonObject customerJson(qint64 i)
{
    static const char *const first[] = {"Marcus", "Alicia", "Priya", "Kenji", "Sofia", "Daniel", "Amara", "Lukas",
                                        "Chen", "Fatima", "Oliver", "Ines", "Grace", "Mateo", "Yusuf", "Hannah",
                                        "Ravi", "Elena", "Tomas", "Nadia"};
    static const char *const last[] = {"Bell", "Reyes", "Okafor", "Alvarez", "Nakamura", "Schmidt", "Haddad",
                                       "Moreau", "Kowalski", "Silva", "Jensen", "Patel", "Murphy", "Novak",
                                       "Lindqvist", "Oduya", "Castillo", "Brennan", "Ferreira", "Tanaka"};
    static const char *const tiers[] = {"standard", "silver", "silver", "gold", "platinum"};
    const QString name = QLatin1String(first[i % std::size(first)]) + QLatin1Char(' ')
        + QLatin1String(last[(i / std::size(first)) % std::size(last)]);
    return QJsonObject{{QStringLiteral("id"), customerId(i)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("email"), QString(name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("%1@example.com").arg(i))},
                       {QStringLiteral("phone"), QStringLiteral("+1 617 555 %1").arg(i % 10000, 4, 10, QLatin1Char('0'))},
                       {QStringLiteral("tier"), QLatin1String(tiers[i % std::size(tiers)])},
                       {QStringLiteral("locale"), QStringLiteral("en")},
                       {QStringLiteral("region"), QStringLiteral("us-east")},
                       {QStringLiteral("team"), i % 2 ? QStringLiteral("care-west") : QStringLiteral("care-east")},
                       {QStringLiteral("vendor"), QString()},
                       {QStringLiteral("customer_since"), qint64(1'600'000'000'000) + i * 1'000'000},
                       {QStringLiteral("lifetime_value"), QJsonObject{{QStringLiteral("minor"), 5000 + (i * 37) % 200000},
                                                                      {QStringLiteral("currency"), QStringLiteral("USD")}}}};
}

QJsonObject userJson()
{
    return QJsonObject{{QStringLiteral("id"), kUserId},           {QStringLiteral("username"), QStringLiteral("agent")},
                       {QStringLiteral("display_name"), QStringLiteral("Daniel Reyes")},
                       {QStringLiteral("role"), QStringLiteral("agent")}, {QStringLiteral("team"), QStringLiteral("care-east")},
                       {QStringLiteral("vendor"), QString()}};
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The cache the client would hold after a first sync: made once, kept for every run.
void prepareFixture(const QString &dir)
{
    const QString path = fixturePath(dir);
    if (QFile::exists(path + QStringLiteral(".ready"))) {
        say(QStringLiteral("fixture: reusing %1 (%2 MB)").arg(path).arg(QFileInfo(path).size() / 1e6, 0, 'f', 0));
        return;
    }
    QDir().mkpath(fixtureDir(dir));
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")})
        QFile::remove(path + suffix);
    check(LocalDatabase::open(path), "LocalDatabase::open"); // the schema, indexes and triggers as the client makes them

    QElapsedTimer timer;
    timer.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Bare bare(path);
    say(QStringLiteral("fixture: %1 customers, %2 cases, %3 notes, documents (untimed)...").arg(kCustomers).arg(kCases).arg(kNotes));
    sqlite3_stmt *customer = bare.prepare(
        "INSERT INTO customers(id, name, email, phone, tier, locale, region, team, vendor, data) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *caseRow = bare.prepare(
        "INSERT INTO cases(id, customer_id, category, status, assignee_id, title, opened_at, updated_at, data, server_data)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *note = bare.prepare(
        "INSERT INTO case_events(server_id, case_id, at, actor, type, data) VALUES(?, ?, ?, ?, 'note', ?)");
    sqlite3_stmt *document = bare.prepare("INSERT INTO documents(kind, id, version, sha256, body) VALUES(?, ?, ?, ?, ?)");
    sqlite3_stmt *meta = bare.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");

    bare.exec("BEGIN IMMEDIATE");
    for (qint64 i = 0; i < kCustomers; ++i) {
        const QJsonObject c = customerJson(i);
        std::vector<std::string> texts;
        for (const char *key : {"id", "name", "email", "phone", "tier", "locale", "region", "team", "vendor"})
            texts.push_back(utf8(c.value(QLatin1String(key)).toString()));
        texts.push_back(compact(c));
        bare.run(customer, texts);
    }
    for (qint64 i = 0; i < kCases; ++i) {
        const QJsonObject c = caseJson(i, now);
        auto text = [&c](const char *key) { return utf8(c.value(QLatin1String(key)).toString()); };
        const std::string json = compact(c);
        const std::string texts[] = {text("id"), text("customer_id"), text("category"), text("status"), text("assignee_id"), text("title")};
        for (int k = 0; k < 6; ++k)
            sqlite3_bind_text(caseRow, k + 1, texts[k].data(), int(texts[k].size()), SQLITE_STATIC);
        sqlite3_bind_int64(caseRow, 7, c.value(QLatin1String("opened_at")).toInteger());
        sqlite3_bind_int64(caseRow, 8, c.value(QLatin1String("updated_at")).toInteger());
        sqlite3_bind_text(caseRow, 9, json.data(), int(json.size()), SQLITE_STATIC);
        sqlite3_bind_text(caseRow, 10, json.data(), int(json.size()), SQLITE_STATIC);
        bare.done(caseRow);
    }
    const Words words;
    std::mt19937_64 random(42);
    for (qint64 i = 0; i < kNotes; ++i) {
        const std::string id = utf8(caseId(qint64(random() % quint64(kCases))));
        const std::string data = compact(QJsonObject{{QStringLiteral("text"), words.sentence(random)}});
        const std::string actor = utf8(assigneeOf(i));
        sqlite3_bind_int64(note, 1, i + 1);
        sqlite3_bind_text(note, 2, id.data(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_int64(note, 3, now - (kNotes - i) * 60'000);
        sqlite3_bind_text(note, 4, actor.data(), int(actor.size()), SQLITE_STATIC);
        sqlite3_bind_text(note, 5, data.data(), int(data.size()), SQLITE_STATIC);
        bare.done(note);
    }

    // The demo organisation's documents, as the bootstrap stores them (kind, id, version, sha256, compact body).
    auto storeDocument = [&](const QString &kind, const QJsonObject &body) {
        const std::string text = compact(body);
        const std::string sha = QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256).toHex().toStdString();
        const std::string kindText = utf8(kind), id = utf8(body.value(QLatin1String("id")).toString());
        sqlite3_bind_text(document, 1, kindText.data(), int(kindText.size()), SQLITE_STATIC);
        sqlite3_bind_text(document, 2, id.data(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_int64(document, 3, body.value(QLatin1String("version")).toInteger());
        sqlite3_bind_text(document, 4, sha.data(), int(sha.size()), SQLITE_STATIC);
        sqlite3_bind_text(document, 5, text.data(), int(text.size()), SQLITE_STATIC);
        bare.done(document);
    };
    const QString seed = QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed");
    storeDocument(QStringLiteral("policy"), readJson(seed + QStringLiteral("/policy.json")));
    for (const QString &kind : {QStringLiteral("tree"), QStringLiteral("template")}) {
        const QDir folder(seed + QLatin1Char('/') + kind + QLatin1Char('s'));
        for (const QString &name : folder.entryList({QStringLiteral("*.json")})) {
            const QJsonObject body = readJson(folder.filePath(name));
            if (!body.value(QLatin1String("id")).toString().isEmpty())
                storeDocument(kind, body);
        }
    }
    for (const QJsonValue &brand : readJson(seed + QStringLiteral("/demo-org.json")).value(QLatin1String("brands")).toArray())
        storeDocument(QStringLiteral("brand"), brand.toObject());

    bare.run(meta, {"user", compact(userJson())});
    bare.run(meta, {"device_id", "bench-ui-device"});
    bare.run(meta, {"cursor", std::to_string(kCases + kNotes + 1000)});
    bare.exec("COMMIT");
    bare.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    QFile ready(path + QStringLiteral(".ready"));
    ready.open(QIODevice::WriteOnly);
    say(QStringLiteral("fixture: made in %1 s, %2 MB").arg(timer.elapsed() / 1000.0, 0, 'f', 1).arg(QFileInfo(path).size() / 1e6, 0, 'f', 0));
}

/// The recent cases a returning agent has: 20 of their queue, under both settings keys MainWindow may use
/// (signed in: "recent/demo/agent"; not signed in: "recent/demo/").
void rememberRecentCases()
{
    QStringList ids;
    for (qint64 i = 0; ids.size() < 20; i += 250)
        ids.append(caseId(i));
    QSettings settings;
    settings.setValue(QStringLiteral("recent/demo/agent"), ids);
    settings.setValue(QStringLiteral("recent/demo/"), ids);
    settings.sync();
}

// ---------------------------------------------------------------------------------------------------------------
// Paints and idleness

/// Counts paint events (application-wide filter: it sees them before the widget paints).
class PaintProbe final : public QObject
{
public:
    explicit PaintProbe(QObject *parent = nullptr) : QObject(parent) { qApp->installEventFilter(this); }
    ~PaintProbe() override { qApp->removeEventFilter(this); }

    /// Paints of `target` and its children are counted apart in targetPaints.
    void setTarget(QWidget *target) { m_target = target; }
    int paints = 0;
    int targetPaints = 0;
    qint64 firstPaintNs = -1; ///< g_sinceMain time of the first paint seen
    bool log = false;
    qint64 logStart = 0;
    QStringList painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            if (firstPaintNs < 0)
                firstPaintNs = g_sinceMain.nsecsElapsed();
            ++paints;
            auto *widget = qobject_cast<QWidget *>(watched);
            if (log)
                painted.append(QStringLiteral("%1(%2)@%3").arg(QLatin1String(watched->metaObject()->className()), watched->objectName()).arg(ms(double(g_sinceMain.nsecsElapsed() - logStart))));
            if (m_target && widget && (widget == m_target || m_target->isAncestorOf(widget)))
                ++targetPaints;
        }
        return false;
    }

private:
    QPointer<QWidget> m_target;
};

/// Runs the event loop until a zero-timer fence fires with no paint having happened since the previous fence:
/// every posted event, layout timer, deferred delete and repaint the last action caused is done. A nested loop,
/// so deleteLater() from outside any loop is processed too.
void waitIdle(PaintProbe &probe)
{
    for (int round = 0; round < 50; ++round) {
        const int before = probe.paints;
        QEventLoop loop;
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
        loop.exec();
        if (probe.paints == before && round > 0)
            return;
    }
}

/// Runs the event loop until `probe`'s target has painted again, or `limitMs` passed; false when no paint came.
/// Nested loops with a zero-timer fence, as waitIdle(): a bare processEvents() would leave deleteLater()'d widgets
/// on screen (it never runs deferred deletes), which the application's own loop does not.
bool waitPainted(PaintProbe &probe, int before, int limitMs = 2000)
{
    QElapsedTimer guard;
    guard.start();
    while (probe.targetPaints == before && guard.elapsed() < limitMs) {
        QEventLoop loop;
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return probe.targetPaints > before;
}

// ---------------------------------------------------------------------------------------------------------------
// start: the child processes

struct Marks
{
    qint64 app = 0, open = 0, restore = 0, window = 0, shown = 0, firstPaint = 0, idle = 0;
};

int childStart(int argc, char **argv, const QString &dir, bool restore)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(kOrganisation);
    QCoreApplication::setApplicationName(kOrganisation);
    QStandardPaths::setTestModeEnabled(true);
    Marks marks;
    marks.app = g_sinceMain.nsecsElapsed();

    const Profile profile = demoProfile(dir);
    MemoryCredentialStore credentials;
    if (restore) {
        // What the live client finds at a restart: a remembered session for this desk's device and user.
        const QJsonObject remembered{{QStringLiteral("token"), QStringLiteral("bench-token")},
                                     {QStringLiteral("username"), QStringLiteral("agent")},
                                     {QStringLiteral("device_id"), QStringLiteral("bench-ui-device")}};
        credentials.write(profile.credentialKey(), QString::fromUtf8(QJsonDocument(remembered).toJson(QJsonDocument::Compact)),
                          [](Result<void>) {});
    }
    std::unique_ptr<ClientContext> context = check(ClientContext::open(profile, credentials), "ClientContext::open");
    marks.open = g_sinceMain.nsecsElapsed();
    if (restore) {
        bool answered = false;
        QObject::connect(&context->session(), &SessionManager::signedIn, &app, [&answered] { answered = true; });
        QObject::connect(&context->session(), &SessionManager::needsSignIn, &app, [&answered] { answered = true; });
        context->session().restore();
        while (!answered)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 10);
    }
    marks.restore = g_sinceMain.nsecsElapsed();

    PaintProbe probe;
    MainWindow window(*context);
    marks.window = g_sinceMain.nsecsElapsed();
    probe.setTarget(&window);
    window.show();
    marks.shown = g_sinceMain.nsecsElapsed();
    waitIdle(probe);
    marks.idle = g_sinceMain.nsecsElapsed();
    marks.firstPaint = probe.firstPaintNs;

    auto *queue = window.findChild<QTableView *>(QStringLiteral("myQueue"));
    auto *queueModel = queue ? qobject_cast<CaseListModel *>(queue->model()) : nullptr;
    auto *banner = window.findChild<QLabel *>(QStringLiteral("offlineBanner"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    int mine = 0;
    if (queueModel) {
        for (int row = 0; row < queueModel->rowCount(); ++row)
            mine += queueModel->index(row, 0).data(CaseListModel::AssigneeIdRole).toString() == kUserId ? 1 : 0;
    }
    // One line the parent reads; "READY" first so that it can stop its own clock on it.
    std::printf("READY app=%lld open=%lld restore=%lld window=%lld shown=%lld firstpaint=%lld idle=%lld paints=%d"
                " signedin=%d queue_rows=%d queue_mine=%d queue_filter='%s' banner=%d sync_state=%d search_focus=%d\n",
                (long long)marks.app, (long long)marks.open, (long long)marks.restore, (long long)marks.window,
                (long long)marks.shown, (long long)marks.firstPaint, (long long)marks.idle, probe.targetPaints,
                context->session().isSignedIn() ? 1 : 0, queueModel ? queueModel->rowCount() : -1, mine,
                queueModel ? qPrintable(queueModel->filter().assigneeId) : "?", banner && banner->isVisible() ? 1 : 0,
                int(context->sync().state()), search && search->hasFocus() ? 1 : 0);
    std::fflush(stdout);
    // Teardown is not part of the figure; the parent has stopped its clock.
    std::_Exit(0);
}

/// The models MainWindow builds, one by one on a cold process, each to its first page.
int childModels(int argc, char **argv, const QString &dir)
{
    QApplication app(argc, argv);
    const qint64 appNs = g_sinceMain.nsecsElapsed();
    MemoryCredentialStore credentials;
    std::unique_ptr<ClientContext> context = check(ClientContext::open(demoProfile(dir), credentials), "ClientContext::open");
    const qint64 openNs = g_sinceMain.nsecsElapsed();
    QElapsedTimer timer;
    timer.start();
    SearchModel search(context->database(), context->notifier());
    const qint64 searchNs = timer.nsecsElapsed();
    timer.start();
    CaseListModel queue(context->database(), context->notifier());
    const qint64 queueNs = timer.nsecsElapsed();
    timer.start();
    CaseListModel customer(context->database(), context->notifier());
    const qint64 customerNs = timer.nsecsElapsed();
    timer.start();
    OutboxModel outbox(context->database(), context->notifier());
    const qint64 outboxNs = timer.nsecsElapsed();
    timer.start();
    CaseListModel::Filter mine;
    mine.assigneeId = kUserId;
    mine.openOnly = true;
    queue.setFilter(mine);
    const qint64 mineNs = timer.nsecsElapsed();
    const int mineRows = queue.rowCount();
    timer.start();
    int found = 0;
    for (qint64 i = 0; found < 20; i += 250, ++found)
        (void)context->reader().readCase(caseId(i));
    const qint64 recentNs = timer.nsecsElapsed();
    // What a restored session starts before the window exists: the sync engine's first cycle and change stream
    // (the network stack's first use), here against the closed port.
    context->client().setToken(QStringLiteral("bench-token"));
    timer.start();
    context->sync().start();
    const qint64 syncStartNs = timer.nsecsElapsed();
    std::printf("MODELS app=%lld open=%lld search=%lld queue_all=%lld customer_all=%lld outbox=%lld queue_mine=%lld"
                " queue_mine_rows=%d recent20=%lld sync_start=%lld\n",
                (long long)appNs, (long long)(openNs - appNs), (long long)searchNs, (long long)queueNs, (long long)customerNs,
                (long long)outboxNs, (long long)mineNs, mineRows, (long long)recentNs, (long long)syncStartNs);
    std::fflush(stdout);
    std::_Exit(0);
}

// ---------------------------------------------------------------------------------------------------------------
// start: the parent

/// Drops the cache file's pages from the OS page cache (clean pages of this file only; nothing else is touched).
void evictFile(const QString &path)
{
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")}) {
        const int fd = ::open(QFile::encodeName(path + suffix).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

QHash<QString, QString> parseLine(const QString &line)
{
    QHash<QString, QString> values;
    for (const QString &part : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            values.insert(part.left(eq), part.mid(eq + 1));
    }
    return values;
}

/// Spawns `arguments` and returns its result line, with the wall time from start() to that line.
QString spawn(const QStringList &arguments, const QString &prefix, qint64 *wallNs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer wall;
    wall.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    QString line;
    QByteArray buffer;
    while (line.isEmpty()) {
        if (!child.waitForReadyRead(60'000))
            die(QStringLiteral("child %1 gave no result: %2").arg(arguments.join(QLatin1Char(' ')), child.errorString()));
        buffer += child.readAllStandardOutput();
        for (qsizetype end = buffer.indexOf('\n'); end >= 0 && line.isEmpty(); end = buffer.indexOf('\n')) {
            const QByteArray candidate = buffer.left(end);
            buffer.remove(0, end + 1);
            if (candidate.startsWith(prefix.toLatin1()))
                line = QString::fromUtf8(candidate);
        }
    }
    if (wallNs)
        *wallNs = wall.nsecsElapsed();
    child.waitForFinished(30'000);
    return line;
}

void measureStart(const QString &dir, int runs)
{
    prepareFixture(dir);
    rememberRecentCases();
    const QString path = fixturePath(dir);
    struct Variant
    {
        QString name;
        QStringList extra;
        bool evict;
    };
    const Variant variants[] = {
        {QStringLiteral("not signed in (as asked: no signIn), page cache warm"), {}, false},
        {QStringLiteral("session restored from a remembered token, page cache warm"), {QStringLiteral("--restore")}, false},
        {QStringLiteral("not signed in, cache file evicted from the page cache before each run"), {}, true},
    };
    // One untimed run first so that the program, Qt's libraries and the file are in the page cache as after any
    // earlier start on this desk.
    spawn({QStringLiteral("--child-start"), dir}, QStringLiteral("READY"), nullptr);
    for (const Variant &variant : variants) {
        std::vector<qint64> wall, app, open, restore, window, show, firstPaint, idle, total;
        QHash<QString, QString> last;
        for (int run = 0; run < runs; ++run) {
            if (variant.evict)
                evictFile(path);
            qint64 wallNs = 0;
            const QHash<QString, QString> v = parseLine(spawn(QStringList{QStringLiteral("--child-start"), dir} + variant.extra,
                                                              QStringLiteral("READY"), &wallNs));
            auto at = [&v](const char *key) { return v.value(QLatin1String(key)).toLongLong(); };
            wall.push_back(wallNs);
            app.push_back(at("app"));
            open.push_back(at("open") - at("app"));
            restore.push_back(at("restore") - at("open"));
            window.push_back(at("window") - at("restore"));
            show.push_back(at("shown") - at("window"));
            firstPaint.push_back(at("firstpaint") - at("window"));
            idle.push_back(at("idle") - at("shown"));
            total.push_back(at("idle"));
            last = v;
        }
        say(QStringLiteral("RESULT start (%1), %2 runs").arg(variant.name).arg(runs));
        say(QStringLiteral("  main() → window painted, loop idle:  median %1 ms  p95 %2 ms  max %3 ms")
                .arg(ms(percentile(total, 50)), ms(percentile(total, 95)), ms(percentile(total, 100))));
        say(QStringLiteral("  process start → same (parent's clock): median %1 ms  p95 %2 ms")
                .arg(ms(percentile(wall, 50)), ms(percentile(wall, 95))));
        say(QStringLiteral("  QApplication (offscreen plugin, fonts):  %1").arg(spread(app)));
        say(QStringLiteral("  Profile + ClientContext::open:           %1").arg(spread(open)));
        if (!variant.extra.isEmpty())
            say(QStringLiteral("  SessionManager::restore:                 %1").arg(spread(restore)));
        say(QStringLiteral("  MainWindow constructed (models inside):  %1").arg(spread(window)));
        say(QStringLiteral("  show():                                  %1").arg(spread(show)));
        say(QStringLiteral("  constructed → first paint event:         %1").arg(spread(firstPaint)));
        say(QStringLiteral("  show() → painted and idle:               %1").arg(spread(idle)));
        say(QStringLiteral("  state: signed_in=%1 queue_rows=%2 of_them_mine=%3 queue_filter='%4' offline_banner=%5 sync_state=%6"
                           " (0 Idle, 1 Syncing, 2 Offline, 3 SignedOut) search_focus=%7 paints=%8")
                .arg(last.value(QStringLiteral("signedin")), last.value(QStringLiteral("queue_rows")),
                     last.value(QStringLiteral("queue_mine")), last.value(QStringLiteral("queue_filter")).remove(QLatin1Char('\'')),
                     last.value(QStringLiteral("banner")), last.value(QStringLiteral("sync_state")),
                     last.value(QStringLiteral("search_focus")), last.value(QStringLiteral("paints"))));
    }

    // The models' share, each built alone on a cold process (page cache warm).
    std::map<QString, std::vector<qint64>> parts;
    QHash<QString, QString> last;
    for (int run = 0; run < std::max(5, runs / 2); ++run) {
        last = parseLine(spawn({QStringLiteral("--child-models"), dir}, QStringLiteral("MODELS"), nullptr));
        for (const char *key : {"app", "open", "search", "queue_all", "customer_all", "outbox", "queue_mine", "recent20", "sync_start"})
            parts[QLatin1String(key)].push_back(last.value(QLatin1String(key)).toLongLong());
    }
    say(QStringLiteral("RESULT start: models' first pages on a cold process (page cache warm)"));
    const std::pair<const char *, const char *> labels[] = {
        {"open", "ClientContext::open"},
        {"search", "SearchModel (empty query)"},
        {"queue_all", "CaseListModel, no filter (the queue before setFilter)"},
        {"customer_all", "CaseListModel, no filter (the customer tab)"},
        {"outbox", "OutboxModel"},
        {"queue_mine", "CaseListModel::setFilter(my open cases)"},
        {"recent20", "20 x CaseReader::readCase (recent cases)"},
        {"sync_start", "SyncEngine::start (restored session; first network use)"},
    };
    for (const auto &[key, label] : labels)
        say(QStringLiteral("  %1 %2").arg(QLatin1String(label), -58).arg(spread(parts[QLatin1String(key)])));
    say(QStringLiteral("  (my open cases: %1 rows in the first page)").arg(last.value(QStringLiteral("queue_mine_rows"))));
}

// ---------------------------------------------------------------------------------------------------------------
// search and tree: in this process, on a shown window

struct Workstation
{
    MemoryCredentialStore credentials;
    std::unique_ptr<ClientContext> context;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<PaintProbe> probe;
};

std::unique_ptr<Workstation> openWorkstation(const QString &dir, bool restore)
{
    prepareFixture(dir);
    auto station = std::make_unique<Workstation>();
    const Profile profile = demoProfile(dir);
    if (restore) {
        const QJsonObject remembered{{QStringLiteral("token"), QStringLiteral("bench-token")},
                                     {QStringLiteral("username"), QStringLiteral("agent")},
                                     {QStringLiteral("device_id"), QStringLiteral("bench-ui-device")}};
        station->credentials.write(profile.credentialKey(),
                                   QString::fromUtf8(QJsonDocument(remembered).toJson(QJsonDocument::Compact)), [](Result<void>) {});
    }
    station->context = check(ClientContext::open(profile, station->credentials), "ClientContext::open");
    if (restore) {
        station->context->session().restore();
        QElapsedTimer timer;
        timer.start();
        while (!station->context->session().isSignedIn() && timer.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    station->probe = std::make_unique<PaintProbe>();
    station->window = std::make_unique<MainWindow>(*station->context);
    station->window->show();
    station->window->activateWindow();
    QApplication::setActiveWindow(station->window.get());
    waitIdle(*station->probe);
    return station;
}

void measureSearch(const QString &dir, int keystrokes, int gapMs)
{
    std::unique_ptr<Workstation> station = openWorkstation(dir, true);
    MainWindow &window = *station->window;
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *results = window.findChild<QListView *>(QStringLiteral("searchResults"));
    auto *model = results ? qobject_cast<SearchModel *>(results->model()) : nullptr;
    if (!edit || !model)
        die(QStringLiteral("no searchEdit or searchResults with a SearchModel in MainWindow"));
    PaintProbe &probe = *station->probe;
    probe.setTarget(results->viewport());

    // What agents type: names, e-mail, phone as said on the phone, case ids, order and booking references, and
    // words of notes. All lower case: QTest::keyClick types them as plain keys.
    const QStringList typed{
        QStringLiteral("marcus bell"),    QStringLiteral("priya okafor"),   QStringLiteral("617 555 0142"),
        QStringLiteral("case-0004711"),   QStringLiteral("np-4432"),        QStringLiteral("driver left"),
        QStringLiteral("carolina depot"), QStringLiteral("alicia.reyes"),   QStringLiteral("cr-104512"),
        QStringLiteral("tracking stuck"), QStringLiteral("windscreen"),     QStringLiteral("kenji nakamura"),
        QStringLiteral("refund voucher"), QStringLiteral("6175551234"),     QStringLiteral("sofia silva"),
        QStringLiteral("counter wait"),   QStringLiteral("cust-0012345"),   QStringLiteral("lost parcel"),
        QStringLiteral("apologised"),     QStringLiteral("fatima haddad"),  QStringLiteral("crushed laptop"),
        QStringLiteral("birthday"),       QStringLiteral("np-1187-4410"),   QStringLiteral("airport keys"),
        QStringLiteral("grace brennan"),  QStringLiteral("escalated lead"), QStringLiteral("scratch charge"),
        QStringLiteral("wedding flowers"), QStringLiteral("ravi patel"),    QStringLiteral("reship tomorrow"),
        QStringLiteral("case-0099750"),   QStringLiteral("nadia tanaka"),   QStringLiteral("rain wet door"),
        QStringLiteral("hannah.novak"),   QStringLiteral("insurance claim"), QStringLiteral("fuel full tank"),
    };
    // Warm-up, untimed: the figure is for an agent who has been searching (the index pages are read).
    for (const QString &text : {QStringLiteral("warm"), QStringLiteral("parcel"), QStringLiteral("oliver")}) {
        edit->setText(text);
        waitIdle(probe);
    }

    // A key that changes the results is timed until the results viewport has painted them; one that leaves them
    // as they were (no model signal) until the event loop is idle. Between keys an untimed pause at typing speed
    // runs the event loop, as it runs while an agent types (the clear button's fade, the cursor).
    bool changed = false;
    QObject::connect(model, &QAbstractItemModel::modelReset, model, [&changed] { changed = true; });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [&changed] { changed = true; });
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, model, [&changed] { changed = true; });
    QObject::connect(model, &QAbstractItemModel::dataChanged, model, [&changed] { changed = true; });
    std::vector<qint64> total, keyNs, paintNs, modelUs, idleNs;
    std::vector<std::pair<qint64, QString>> slowest; // (ns, "text so far")
    int painted = 0, unchanged = 0, withRows = 0, count = 0;
    QElapsedTimer timer;
    while (count < keystrokes) {
        for (const QString &text : typed) {
            edit->clear();
            waitIdle(probe);
            QTest::qWait(gapMs);
            for (const QChar ch : text) {
                const int before = probe.targetPaints;
                probe.log = qEnvironmentVariableIsSet("BENCH_UI_DEBUG");
                probe.painted.clear();
                probe.logStart = g_sinceMain.nsecsElapsed();
                changed = false;
                timer.start();
                QTest::keyClick(edit, ch.toLatin1());
                const qint64 handled = timer.nsecsElapsed();
                if (changed && waitPainted(probe, before))
                    ++painted;
                else
                    waitIdle(probe);
                const qint64 done = timer.nsecsElapsed();
                unchanged += changed ? 0 : 1;
                waitIdle(probe);
                idleNs.push_back(timer.nsecsElapsed());
                if (probe.log && done > 15'000'000)
                    say(QStringLiteral("DEBUG %1 ms key %2 ms: %3").arg(ms(double(done)), ms(double(handled)), probe.painted.join(QLatin1Char(' '))));
                probe.log = false;
                total.push_back(done);
                keyNs.push_back(handled);
                paintNs.push_back(done - handled);
                modelUs.push_back(model->lastQueryMicroseconds() * 1000);
                slowest.emplace_back(done, QStringLiteral("\"%1\" %2/%3 ms").arg(edit->text(), ms(double(done)),
                                                                                   ms(double(model->lastQueryMicroseconds()) * 1000)));
                withRows += results->model()->rowCount() > 0 ? 1 : 0;
                ++count;
                QTest::qWait(gapMs);
            }
            if (edit->text() != text)
                die(QStringLiteral("typed \"%1\" but the field holds \"%2\"").arg(text, edit->text()));
            if (count >= keystrokes)
                break;
        }
    }
    // Where the time after the key goes, on the results of a typical note query: synchronous repaints and layouts
    // of the results view, the model's data() for its rows, and the whole window.
    edit->setText(QStringLiteral("driver left"));
    waitIdle(probe);
    auto repeat = [&](const std::function<void()> &work) {
        std::vector<qint64> samples;
        for (int i = 0; i < 30; ++i) {
            timer.start();
            work();
            samples.push_back(timer.nsecsElapsed());
        }
        return samples;
    };
    const std::vector<qint64> viewportPaint = repeat([&] { results->viewport()->repaint(); });
    const std::vector<qint64> layout = repeat([&] { results->doItemsLayout(); });
    const std::vector<qint64> display = repeat([&] {
        for (int row = 0; row < model->rowCount(); ++row)
            (void)model->index(row).data(Qt::DisplayRole);
    });
    const std::vector<qint64> editPaint = repeat([&] { edit->repaint(); });
    const std::vector<qint64> windowPaint = repeat([&] { window.repaint(); });
    const int visibleRows = results->viewport()->height() / std::max(1, results->sizeHintForRow(0));
    say(QStringLiteral("RESULT search keystrokes=%1 over %2 cases, %3 customers, %4 notes (%5 queries, e.g. \"%6\", \"%7\", \"%8\")")
            .arg(count).arg(kCases).arg(kCustomers).arg(kNotes).arg(typed.size()).arg(typed.at(0), typed.at(3), typed.at(5)));
    say(QStringLiteral("  key → results laid out and painted:       %1").arg(spread(total)));
    say(QStringLiteral("  of which the key event (setQuery inside):  %1").arg(spread(keyNs)));
    say(QStringLiteral("  of which layout + paint after it:          %1").arg(spread(paintNs)));
    say(QStringLiteral("  key → event loop idle (all repaints):      %1").arg(spread(idleNs)));
    say(QStringLiteral("  SearchModel::lastQueryMicroseconds():      %1").arg(spread(modelUs)));
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList worst;
    for (size_t i = 0; i < std::min<size_t>(8, slowest.size()); ++i)
        worst.append(slowest[i].second);
    say(QStringLiteral("  slowest keys (text after the key, total/model): %1").arg(worst.join(QStringLiteral(", "))));
    say(QStringLiteral("  breakdown on \"driver left\" (%1 rows, about %2 visible):").arg(model->rowCount()).arg(visibleRows));
    say(QStringLiteral("    results viewport repaint():      %1").arg(spread(viewportPaint)));
    say(QStringLiteral("    results doItemsLayout():         %1").arg(spread(layout)));
    say(QStringLiteral("    data(DisplayRole) for every row: %1").arg(spread(display)));
    say(QStringLiteral("    searchEdit repaint():            %1").arg(spread(editPaint)));
    say(QStringLiteral("    whole window repaint():          %1").arg(spread(windowPaint)));
    say(QStringLiteral("  %1 of %2 keys changed the results and were timed to their paint (%3 left them as they were);"
                       " %4 keys left rows to show; %5 ms untimed between keys")
            .arg(painted).arg(count).arg(unchanged).arg(withRows).arg(gapMs));
}

void measureTree(const QString &dir, int walks, int gapMs)
{
    std::unique_ptr<Workstation> station = openWorkstation(dir, true);
    MainWindow &window = *station->window;
    // An open late_delivery case of the agent's queue.
    QString id;
    for (qint64 i = 0; i < kCases && id.isEmpty(); i += 250) {
        const QJsonObject c = caseJson(i, 0);
        if (i % qint64(std::size(kCategories)) == kLateDelivery && c.value(QLatin1String("status")).toString() != QLatin1String("resolved"))
            id = caseId(i);
    }
    if (id.isEmpty())
        die(QStringLiteral("no open late_delivery case in the queue"));
    PaintProbe &probe = *station->probe;
    QElapsedTimer timer;
    timer.start();
    CaseWorkspace *workspace = window.openCase(id);
    const qint64 openNs = timer.nsecsElapsed();
    waitIdle(probe);
    const qint64 openPaintedNs = timer.nsecsElapsed();
    TreeGuide *guide = workspace ? workspace->guide() : nullptr;
    auto *walk = workspace ? workspace->findChild<TreeWalkModel *>() : nullptr;
    if (!guide || !walk || !walk->hasTree())
        die(QStringLiteral("case %1 opened without a tree in its guide").arg(id));
    probe.setTarget(guide);

    std::mt19937_64 random(3);
    std::vector<qint64> choose, chooseSync, chooseIdle, back;
    int steps = 0, complete = 0, paintedChoose = 0;
    for (int w = 0; w < walks; ++w) {
        while (!walk->isComplete()) {
            const int choices = int(walk->availableChoices().size());
            if (choices == 0)
                break;
            const int before = probe.targetPaints;
            probe.log = qEnvironmentVariableIsSet("BENCH_UI_DEBUG") && steps < 6;
            probe.painted.clear();
            probe.logStart = g_sinceMain.nsecsElapsed();
            timer.start();
            if (!guide->chooseNumber(1 + int(random() % quint64(choices))))
                die(QStringLiteral("chooseNumber refused: %1").arg(walk->lastError()));
            const qint64 sync = timer.nsecsElapsed();
            paintedChoose += waitPainted(probe, before) ? 1 : 0;
            choose.push_back(timer.nsecsElapsed());
            waitIdle(probe);
            chooseIdle.push_back(timer.nsecsElapsed());
            if (probe.log)
                say(QStringLiteral("DEBUG step painted %1 ms idle %2 ms: %3").arg(ms(double(choose.back())), ms(double(chooseIdle.back())), probe.painted.join(QLatin1Char(' '))));
            probe.log = false;
            chooseSync.push_back(sync);
            ++steps;
            QTest::qWait(gapMs);
        }
        complete += walk->isComplete() ? 1 : 0;
        for (int guard = 0; walk->rowCount() > 0 && guard < 50; ++guard) {
            const int before = probe.targetPaints;
            timer.start();
            guide->goBack();
            waitPainted(probe, before);
            back.push_back(timer.nsecsElapsed());
            waitIdle(probe);
            QTest::qWait(gapMs);
        }
        if (walk->rowCount() > 0)
            walk->restart();
    }
    say(QStringLiteral("RESULT tree case=%1 (late_delivery, tree \"%2\"), %3 walks, %4 steps, %5 walks reached an outcome")
            .arg(id, walk->tree()->title()).arg(walks).arg(steps).arg(complete));
    say(QStringLiteral("  MainWindow::openCase: %1 ms, to painted and idle %2 ms").arg(ms(openNs), ms(openPaintedNs)));
    say(QStringLiteral("  chooseNumber → rebuilt and painted:      %1").arg(spread(choose)));
    say(QStringLiteral("  of which chooseNumber itself (rebuild):   %1").arg(spread(chooseSync)));
    say(QStringLiteral("  chooseNumber → event loop idle:          %1").arg(spread(chooseIdle)));
    say(QStringLiteral("  goBack → rebuilt and painted:            %1").arg(spread(back)));
    say(QStringLiteral("  the guide painted after %1 of %2 steps").arg(paintedChoose).arg(steps));
}

QString option(const QStringList &arguments, const QString &name, const QString &fallback = {})
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    g_sinceMain.start();
    // The offscreen plugin warns on every window that asks for size hints; it says nothing about the figures.
    static const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.contains(QLatin1String("propagateSizeHints")) && !message.contains(QLatin1String("XDG_RUNTIME_DIR")))
                previous(type, context, message);
        });
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (arguments.size() > 2 && arguments.at(1) == QLatin1String("--child-start"))
        return childStart(argc, argv, arguments.at(2), arguments.contains(QStringLiteral("--restore")));
    if (arguments.size() > 2 && arguments.at(1) == QLatin1String("--child-models"))
        return childModels(argc, argv, arguments.at(2));

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(kOrganisation);
    QCoreApplication::setApplicationName(kOrganisation);
    QStandardPaths::setTestModeEnabled(true);
    const QString measure = option(arguments, QStringLiteral("--measure"));
    const QString dir = option(arguments, QStringLiteral("--dir"));
    if (measure.isEmpty() || dir.isEmpty()) {
        std::fprintf(stderr, "usage: bench_ui --measure start|search|tree|all|fixture --dir DIR [--runs 15] [--keystrokes 400]"
                             " [--walks 200] [--key-gap-ms 100] [--step-gap-ms 20]\n");
        return 2;
    }
    auto loadAverage = [] {
        QFile file(QStringLiteral("/proc/loadavg"));
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed()) : QString();
    };
    say(QStringLiteral("bench_ui: platform %1, Qt %2, %3 UTC, load average %4")
            .arg(QGuiApplication::platformName(), QLatin1String(qVersion()),
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")), loadAverage()));
    const bool all = measure == QLatin1String("all");
    if (measure == QLatin1String("fixture"))
        prepareFixture(dir);
    if (all || measure == QLatin1String("start"))
        measureStart(dir, option(arguments, QStringLiteral("--runs"), QStringLiteral("15")).toInt());
    if (all || measure == QLatin1String("search"))
        measureSearch(dir, option(arguments, QStringLiteral("--keystrokes"), QStringLiteral("400")).toInt(),
                      option(arguments, QStringLiteral("--key-gap-ms"), QStringLiteral("100")).toInt());
    if (all || measure == QLatin1String("tree"))
        measureTree(dir, option(arguments, QStringLiteral("--walks"), QStringLiteral("200")).toInt(),
                    option(arguments, QStringLiteral("--step-gap-ms"), QStringLiteral("20")).toInt());
    say(QStringLiteral("bench_ui: done %1 UTC, load average %2")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm")), loadAverage()));
    return 0;
}
