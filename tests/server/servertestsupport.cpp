#include "servertestsupport.h"

#include "database.h"
#include "documentstore.h"
#include "passwordhasher.h"
#include "schemamigrator.h"
#include "userdirectory.h"
#include "auditchain.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslError>
#include <QNetworkRequest>
#include <QTimer>

using namespace redress;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QString testDatabaseUrl(const QTemporaryDir &dir)
{
    const QString postgres = qEnvironmentVariable("REDRESS_TEST_PG");
    if (postgres.isEmpty())
        return QLatin1String("sqlite:") + dir.filePath(QStringLiteral("redress.sqlite"));
    Result<DatabaseUrl> url = DatabaseUrl::parse(postgres);
    if (!url)
        qFatal("REDRESS_TEST_PG: %s", qPrintable(url.error().toString()));
    // A database of its own for every call: test processes run side by side on one throwaway cluster.
    static int counter = 0;
    const QString name = QStringLiteral("redress_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    {
        Result<std::unique_ptr<Database>> admin = Database::open(url.value(), QStringLiteral("test-create-db"));
        if (!admin)
            qFatal("REDRESS_TEST_PG: %s", qPrintable(admin.error().toString()));
        if (Result<void> created = admin.value()->execOnce(QLatin1String("CREATE DATABASE ") + name); !created)
            qFatal("REDRESS_TEST_PG: %s", qPrintable(created.error().toString()));
    }
    DatabaseUrl own = url.value();
    own.database = name;
    return own.toString();
}

QString TestOrganisation::create(const QString &databaseUrl)
{
    if (!PasswordHasher::initialise())
        return QStringLiteral("libsodium");
    Result<DatabaseUrl> url = DatabaseUrl::parse(databaseUrl);
    if (!url)
        return url.error().toString();
    Result<std::unique_ptr<Database>> opened = Database::open(url.value(), QStringLiteral("test-organisation"));
    if (!opened)
        return opened.error().toString();
    Database &database = *opened.value();
    if (Result<int> migrated = SchemaMigrator(database).migrate(); !migrated)
        return migrated.error().toString();
    AuditChain audit;

    DocumentStore documents(database, audit);
    const QString seed = QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed");
    if (Result<DocumentStore::Published> published = documents.publish(
            DocumentStore::Kind::Policy, readFile(seed + QLatin1String("/policy.json")), QStringLiteral("test"));
        !published) {
        return published.error().toString();
    }
    for (const auto &[folder, kind] : {std::pair{QStringLiteral("trees"), DocumentStore::Kind::Tree},
                                       std::pair{QStringLiteral("templates"), DocumentStore::Kind::Template}}) {
        const QDir dir(seed + QLatin1Char('/') + folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            if (name == QLatin1String("sample-context.json"))
                continue;
            if (Result<DocumentStore::Published> published = documents.publish(kind, readFile(dir.filePath(name)), QStringLiteral("test"));
                !published) {
                return name + QLatin1String(": ") + published.error().toString();
            }
        }
    }

    UserDirectory users(database, audit);
    struct Person
    {
        const char *username;
        Role role;
        const char *team;
        const char *vendor;
    };
    const Person people[] = {
        {"agent", Role::Agent, "care-east", ""},        {"senior", Role::SeniorAgent, "care-east", ""},
        {"lead", Role::Lead, "care-east", ""},          {"lead2", Role::Lead, "care-east", ""},
        {"manager", Role::Manager, "care-east", ""},    {"director", Role::Director, "care-east", ""},
        {"trainer", Role::Trainer, "care-east", ""},    {"admin", Role::Admin, "care-east", ""},
        {"ai-agent", Role::AiAgent, "care-east", ""},   {"integration", Role::Integration, "systems", ""},
        {"agent-west", Role::Agent, "care-west", ""},   {"lead-west", Role::Lead, "care-west", ""},
        {"vendor-agent", Role::Agent, "harbor-bpo", "harbor-bpo"},
        {"vendor-lead", Role::Lead, "harbor-bpo", "harbor-bpo"},
    };
    for (const Person &person : people) {
        User user;
        user.username = QString::fromLatin1(person.username);
        user.role = person.role;
        user.team = QString::fromLatin1(person.team);
        user.vendor = QString::fromLatin1(person.vendor);
        if (Result<User> added = users.add(user, kPassword, QStringLiteral("test")); !added)
            return added.error().toString();
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (Result<QSqlQuery *> brand = database.exec(
            QStringLiteral("INSERT INTO brands (id, name, line, signature, support_phone, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("northwind_parcel"), QStringLiteral("Northwind Parcel"), QStringLiteral("parcel"),
             QStringLiteral("Northwind Parcel Customer Care"), QStringLiteral("+1 800 555 0177"), now});
        !brand) {
        return brand.error().toString();
    }
    struct Customer
    {
        const char *id, *name, *tier, *region, *team, *vendor;
        qint64 lifetimeValueMinor;
        qint64 sinceDays;
    };
    const Customer customers[] = {
        {"C-EAST-1", "Ana Lima", "gold", "us-east", "care-east", "", 712'550, 540},
        {"C-EAST-2", "Brian O'Neil", "platinum", "us-east", "care-east", "", 2'184'020, 1200},
        {"C-EAST-3", "Carmen Ruiz", "standard", "us-east", "care-east", "", 48'999, 90},
        {"C-WEST-1", "Dana Whitfield", "silver", "us-west", "care-west", "", 251'075, 730},
        {"C-VEND-1", "Emilio Vargas", "standard", "us-central", "harbor-bpo", "harbor-bpo", 63'410, 380},
    };
    for (const Customer &customer : customers) {
        const QString name = QString::fromUtf8(customer.name);
        const qint64 since = now - customer.sinceDays * 86'400'000;
        Result<QSqlQuery *> inserted = database.exec(
            QStringLiteral("INSERT INTO customers (id, name, email, phone, tier, locale, region, team, vendor, search_text, "
                           "lifetime_value_minor, lifetime_value_currency, customer_since, created_at, updated_at) "
                           "VALUES (?, ?, ?, '', ?, 'en', ?, ?, ?, ?, ?, 'USD', ?, ?, ?)"),
            QVariantList{QString::fromLatin1(customer.id), name, QString(name.toLower().remove(QLatin1Char(' ')) + QLatin1String("@example.com")),
             QString::fromLatin1(customer.tier), QString::fromLatin1(customer.region), QString::fromLatin1(customer.team),
             QString::fromLatin1(customer.vendor), QString(name.toLower() + QLatin1Char(' ') + QString::fromLatin1(customer.id).toLower()),
             customer.lifetimeValueMinor, since, since, now});
        if (!inserted)
            return inserted.error().toString();
        const QString caseId = QString::fromLatin1(customer.id).replace(QLatin1String("C-"), QLatin1String("K-"));
        Result<QSqlQuery *> caseInserted = database.exec(
            QStringLiteral("INSERT INTO cases (id, customer_id, team, vendor, category, brand, region, channel, title, status, "
                           "facts, opened_by, opened_at, updated_at) VALUES (?, ?, ?, ?, 'late_delivery', '', ?, 'phone', ?, "
                           "'open', '{}', 'seed', ?, ?)"),
            {caseId, QString::fromLatin1(customer.id), QString::fromLatin1(customer.team), QString::fromLatin1(customer.vendor),
             QString::fromLatin1(customer.region), QStringLiteral("Parcel late for %1").arg(name), now, now});
        if (!caseInserted)
            return caseInserted.error().toString();
    }
    return {};
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QString &databaseUrl, const QStringList &extraArguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(REDRESS_SERVER_PATH));
    m_process->setArguments(QStringList{QStringLiteral("--db"), databaseUrl, QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1:0")}
                            + extraArguments);
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return false;
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 30000) {
        if (!m_process->waitForReadyRead(1000) && m_process->state() != QProcess::Running)
            break;
        out += m_process->readAllStandardOutput();
    }
    m_stderr += m_process->readAllStandardError();
    const qsizetype at = out.indexOf("listening on ");
    if (at < 0)
        return false;
    m_baseUrl = QString::fromLatin1(out.mid(at + 13).trimmed());
    m_network.setProxy(QNetworkProxy::NoProxy);
    return true;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

HttpReply ServerProcess::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    if (!m_trusted.isNull()) {
        QList<QSslError> expected;
        for (QSslError::SslError kind : {QSslError::SelfSignedCertificate, QSslError::HostNameMismatch})
            expected.append(QSslError(kind, m_trusted));
        reply->ignoreSslErrors(expected);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    reply->deleteLater();
    return result;
}

HttpReply ServerProcess::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QString ServerProcess::signIn(const QString &username, const QString &deviceId)
{
    const HttpReply reply = post(QStringLiteral("/api/v1/sessions"),
                                 QJsonObject{{QStringLiteral("username"), username},
                                             {QStringLiteral("password"), TestOrganisation::kPassword},
                                             {QStringLiteral("device_id"), deviceId}});
    return reply.status == 201 ? reply.json.value(QStringLiteral("token")).toString() : QString();
}
