#include "modeltestsupport.h"

#include <QUrl>

bool DemoServer::start()
{
    // The first start picks a free port; later starts reuse it, as a restarted server would.
    QStringList arguments{QStringLiteral("--demo")};
    if (!m_listen.isEmpty())
        arguments << QStringLiteral("--listen") << m_listen;
    if (!m_process.start(QStringLiteral("sqlite:") + databasePath(), arguments))
        return false;
    const QUrl url(m_process.baseUrl());
    m_listen = QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
    return true;
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

bool TestClient::syncUntilIdle(int timeoutMs)
{
    QSignalSpy synced(sync.get(), &SyncEngine::synced);
    sync->syncNow();
    return QTest::qWaitFor([&] { return !synced.isEmpty() && sync->state() == SyncEngine::State::Idle && sync->pendingCount() == 0; },
                           timeoutMs);
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
