#include "modeltestsupport.h"

#include "cachestore.h"
#include "localdatabase.h"

#include <QJsonArray>

#include <QUrl>

bool DemoServer::start(const QString &mode)
{
    // The first start picks a free port; later starts reuse it, as a restarted server would.
    QStringList arguments{mode};
    if (!m_listen.isEmpty())
        arguments << QStringLiteral("--listen") << m_listen;
    if (!m_process.start(QStringLiteral("sqlite:") + databasePath(), arguments))
        return false;
    const QUrl url(m_process.baseUrl());
    m_listen = QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
    return true;
}

QString DemoServer::fillCache(redress::LocalDatabase &cache, const QString &username, const QString &deviceId)
{
    HttpReply signIn = m_process.post(QStringLiteral("/api/v1/sessions"),
                                      QJsonObject{{QStringLiteral("username"), username},
                                                  {QStringLiteral("password"), kPassword},
                                                  {QStringLiteral("device_id"), deviceId}});
    if (signIn.status != 201)
        return QStringLiteral("sign-in answered %1").arg(signIn.status);
    const QString token = signIn.json.value(QLatin1String("token")).toString();
    redress::CacheStore store(cache);
    qint64 since = 0;
    for (bool more = true; more;) {
        HttpReply page = m_process.get(QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(since), token);
        if (page.status != 200)
            return QStringLiteral("/changes answered %1").arg(page.status);
        redress::CacheStore::Touched touched;
        const redress::Result<void> applied =
            cache.write([&]() { return store.applyChanges(page.json.value(QLatin1String("changes")).toArray(), touched); });
        if (!applied)
            return applied.error().toString();
        since = page.json.value(QLatin1String("next")).toInteger();
        more = page.json.value(QLatin1String("more")).toBool();
    }
    return {};
}

void DemoServer::kill()
{
    m_process.kill();
}

#include "profile.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace redress;

QString TestClient::open(QString databasePath, const QUrl &serverUrl)
{
    actions.reset();
    sync.reset();
    session.reset();
    client.reset();
    database.reset();
    Result<std::unique_ptr<LocalDatabase>> opened = LocalDatabase::open(databasePath);
    if (!opened)
        return opened.error().toString();
    database = std::move(opened).value();
    Result<Profile> profile = Profile::create(Profile::Kind::Demo, serverUrl, QFileInfo(databasePath).absolutePath());
    if (!profile)
        return profile.error().toString();
    notifier = std::make_unique<CacheNotifier>();
    client = std::make_unique<ServerClient>(serverUrl);
    client->setTimeout(5000);
    if (!credentials)
        credentials = std::make_unique<MemoryCredentialStore>();
    session = std::make_unique<SessionManager>(*profile, *database, *credentials, *client);
    sync = std::make_unique<SyncEngine>(*database, *client, notifier.get());
    sync->setRetryRange(50, 400);
    actions = std::make_unique<CaseActions>(*database, notifier.get());
    QObject::connect(actions.get(), &CaseActions::queued, sync.get(), &SyncEngine::syncNow);
    return {};
}

bool TestClient::signIn(const QString &username, int timeoutMs)
{
    QSignalSpy signedIn(session.get(), &SessionManager::signedIn);
    QSignalSpy failed(session.get(), &SessionManager::signInFailed);
    session->signIn(username, DemoServer::kPassword);
    if (!QTest::qWaitFor([&] { return signedIn.size() + failed.size() > 0; }, timeoutMs) || signedIn.isEmpty()) {
        if (!failed.isEmpty())
            qWarning("sign-in failed: %s", qPrintable(failed.first().first().toString()));
        return false;
    }
    sync->start();
    return syncUntilIdle(timeoutMs);
}

bool syncUntilIdle(SyncEngine &sync, int timeoutMs)
{
    QSignalSpy synced(&sync, &SyncEngine::synced);
    sync.syncNow();
    return QTest::qWaitFor([&] { return !synced.isEmpty() && sync.state() == SyncEngine::State::Idle && sync.pendingCount() == 0; },
                           timeoutMs);
}

bool TestClient::syncUntilIdle(int timeoutMs)
{
    return ::syncUntilIdle(*sync, timeoutMs);
}

QVariant TestClient::scalar(const QString &sql, const QVariantList &binds)
{
    Result<QSqlQuery *> query = database->exec(sql, binds);
    if (!query || !query.value()->next())
        return {};
    const QVariant value = query.value()->value(0);
    query.value()->finish();
    return value;
}
