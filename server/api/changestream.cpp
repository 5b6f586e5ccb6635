#include "changestream.h"

#include "changefeed.h"
#include "database.h"
#include "sessionservice.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QWebSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStream, "redress.stream")

namespace redress {
namespace {

// Nothing a client sends is bigger than {"type":"auth","token":"…"}; refusing more keeps a socket from making the
// server buffer megabytes before it has signed in.
constexpr qint64 kMaxIncomingBytes = 4096;
constexpr int kRetryMs = 1000; // after a failed feed read

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString message(const QString &type, qint64 seq)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("seq"), seq}})
                                 .toJson(QJsonDocument::Compact));
}

/// Clients with equal keys see the same rows.
QString scopeKey(const AccessScope &scope)
{
    return QString::number(int(scope.kind())) + QLatin1Char('/') + scope.binds().value(0).toString();
}

} // namespace

ChangeStream::ChangeStream(SessionService &sessions, ChangeFeed &changes, Settings settings, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_changes(changes)
    , m_settings(settings)
{
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &ChangeStream::pokeRound);
    connect(&m_poll, &QTimer::timeout, this, &ChangeStream::pollHead);
    connect(&m_sweep, &QTimer::timeout, this, &ChangeStream::sweep);
}

ChangeStream::~ChangeStream()
{
    // The sockets are children; their signals must not reach a half-destroyed stream.
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        it.key()->disconnect(this);
}

void ChangeStream::acceptFrom(QAbstractHttpServer *server)
{
    connect(server, &QAbstractHttpServer::newWebSocketConnection, this, [this, server] {
        while (server->hasPendingWebSocketConnections())
            accept(server->nextPendingWebSocketConnection());
    });
}

Result<void> ChangeStream::start(const DatabaseUrl &database)
{
    // How a committed change reaches the sockets. Polling the feed's head (one indexed MAX every 200 ms, and only
    // while someone is signed in) is the one hook that sees every writer: this process's mutations, redress-admin
    // publishing into the same SQLite file, and other server instances on the same PostgreSQL database — without
    // each write path having to remember to call us. On PostgreSQL, LISTEN adds promptness: WriteTransaction sends
    // pg_notify('redress_changes', seq) in every write that adds changes, delivered at commit.
    // LISTEN runs on a connection of its own that never runs a query: Qt 6.4's PSQL driver reads notifications
    // only when the socket wakes it, and on the busy main connection (forward-only results read row by row)
    // another instance's notification was seen to wait behind unread input until the poll found the change anyway.
    if (database.driver == DatabaseUrl::Driver::Postgres) {
        const QString connection = QStringLiteral("redress-stream-listen");
        Result<std::unique_ptr<Database>> listener = Database::open(database, connection);
        if (!listener)
            return listener.error();
        m_listener = std::move(listener.value());
        QSqlDriver *driver = QSqlDatabase::database(connection, false).driver();
        if (!driver || !driver->subscribeToNotification(QStringLiteral("redress_changes"))) {
            return Error{QStringLiteral("stream.listen"),
                         QCoreApplication::translate("ChangeStream", "Cannot LISTEN for change notifications: %1")
                             .arg(driver ? driver->lastError().text() : QStringLiteral("no connection")),
                         connection};
        }
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name == QLatin1String("redress_changes"))
                        notifyChanged(payload.toLongLong());
                });
    }
    if (Result<qint64> head = m_changes.head(); head)
        m_knownHead = *head;
    else
        return head.error();
    m_poll.start(m_settings.pollMs);
    m_sweep.start(std::max(1000, std::min(m_settings.authTimeoutMs, m_settings.pingMs) / 4));
    return {};
}

void ChangeStream::notifyChanged(qint64 seq)
{
    m_knownHead = std::max(m_knownHead, seq);
    m_notifiedSeq = std::max(m_notifiedSeq, seq);
    // Started once per burst and not restarted: a steady stream of writes still pokes every debounce window.
    if (!m_debounce.isActive())
        m_debounce.start(m_settings.debounceMs);
}

void ChangeStream::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(kMaxIncomingBytes);
    socket->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
    Client &client = m_clients[socket];
    client.connectedAt = client.lastHeardAt = nowMs();

    // Queued: abort() and close() can report the disconnect at once, while a loop over m_clients is running.
    connect(
        socket, &QWebSocket::disconnected, this,
        [this, socket] {
            m_clients.remove(socket);
            socket->deleteLater();
        },
        Qt::QueuedConnection);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onTextMessage(socket, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
        if (auto it = m_clients.find(socket); it != m_clients.end())
            it->lastHeardAt = nowMs();
    });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (auto it = m_clients.find(socket); it != m_clients.end())
            it->lastHeardAt = nowMs();
    });

    const QByteArray authorization = socket->request().rawHeader("Authorization");
    if (!authorization.isEmpty())
        signIn(socket, authorization);
    // else: the first message may sign in; sweep() closes the socket when it has not within authTimeoutMs.
}

void ChangeStream::onTextMessage(QWebSocket *socket, const QString &text)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end() || it->closing)
        return;
    it->lastHeardAt = nowMs();
    if (it->principal)
        return; // a signed-in client has nothing more to say; pongs and messages only keep it alive
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString token = object.value(QStringLiteral("token")).toString();
    if (object.value(QStringLiteral("type")).toString() != QLatin1String("auth") || token.isEmpty()) {
        reject(socket, *it,
               QCoreApplication::translate("ChangeStream", R"j(Sign in first: send {"type":"auth","token":"…"}.)j"));
        return;
    }
    signIn(socket, QByteArrayLiteral("Bearer ") + token.toUtf8());
}

void ChangeStream::signIn(QWebSocket *socket, const QByteArray &authorization)
{
    Client &client = m_clients[socket];
    client.authorization = authorization;
    if (!recheck(socket, client, nowMs())) {
        if (!client.closing) { // the database failed, not the token: say so rather than 4401
            client.closing = true;
            socket->close(QWebSocketProtocol::CloseCodeBadOperation,
                          QCoreApplication::translate("ChangeStream", "The server failed; try again."));
        }
        return;
    }
    // Pokes count from the head as it is now; "ready" tells the client so, and that it should read /changes once.
    Result<qint64> head = m_changes.head();
    client.lastPoked = head ? *head : m_knownHead;
    m_knownHead = std::max(m_knownHead, client.lastPoked);
    socket->sendTextMessage(message(QStringLiteral("ready"), client.lastPoked));
}

bool ChangeStream::recheck(QWebSocket *socket, Client &client, qint64 now)
{
    Result<Principal> principal = m_sessions.authenticate(client.authorization);
    if (!principal) {
        if (principal.error().code.startsWith(QLatin1String("db."))) {
            // The database failed, not the session: keep the socket and ask again later.
            qCWarning(lcStream).noquote() << "authenticate:" << principal.error().toString();
            return client.principal.has_value();
        }
        reject(socket, client, principal.error().message);
        return false;
    }
    client.principal = principal.value();
    client.scope = AccessScope::of(client.principal->user);
    client.authCheckedAt = now;
    return true;
}

void ChangeStream::reject(QWebSocket *socket, Client &client, const QString &why)
{
    client.closing = true;
    client.principal.reset();
    client.authorization.clear();
    socket->close(kUnauthorized, why.left(120)); // a close frame's reason is at most 123 bytes
}

void ChangeStream::pollHead()
{
    const bool anyoneSignedIn = std::any_of(m_clients.cbegin(), m_clients.cend(),
                                            [](const Client &client) { return client.principal && !client.closing; });
    if (!anyoneSignedIn)
        return; // signIn() reads the head itself, so nothing is missed by not looking now
    Result<qint64> head = m_changes.head();
    if (!head) {
        qCWarning(lcStream).noquote() << "change feed head:" << head.error().toString();
        return;
    }
    if (*head > m_knownHead)
        notifyChanged(*head);
}

void ChangeStream::pokeRound()
{
    const qint64 announced = m_notifiedSeq;
    const qint64 now = nowMs();
    // One feed read per distinct (scope, cursor): after the first round every client of a scope shares a cursor,
    // so a hundred agents of one team cost one query.
    QHash<QPair<QString, qint64>, Result<ChangeFeed::Page>> pages;
    std::optional<Error> failure;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        Client &client = it.value();
        if (!client.principal || client.closing)
            continue;
        const QPair<QString, qint64> key{scopeKey(client.scope), client.lastPoked};
        auto page = pages.find(key);
        if (page == pages.end())
            page = pages.insert(key, m_changes.read(client.scope, client.lastPoked, 1));
        if (!page.value() && page.value().error().code == QLatin1String("changes.expired")) {
            // The feed was pruned past what this client was told: it cannot be read from here, but the client
            // must still hear that something changed, so its pull meets the 410 and it resyncs.
            if (!recheck(it.key(), client, now))
                continue;
            client.lastPoked = std::max({client.lastPoked, announced, m_knownHead});
            it.key()->sendTextMessage(message(QStringLiteral("changes"), client.lastPoked));
            continue;
        }
        if (!page.value()) {
            failure = page.value().error();
            continue;
        }
        const ChangeFeed::Page &visible = page.value().value();
        if (visible.changes.isEmpty()) {
            client.lastPoked = std::max(client.lastPoked, visible.next); // skip what this client may never see
            continue;
        }
        // The session is checked before each poke: a signed-out or disabled user stops hearing about changes at
        // the next one, and this costs no more than the /changes request the poke makes the client send anyway.
        if (!recheck(it.key(), client, now))
            continue;
        const qint64 firstVisible = visible.changes.first().toObject().value(QStringLiteral("seq")).toInteger();
        const qint64 upTo = visible.more ? std::max(announced, firstVisible) : std::max(visible.next, firstVisible);
        client.lastPoked = upTo;
        it.key()->sendTextMessage(message(QStringLiteral("changes"), upTo));
    }
    if (failure) {
        qCWarning(lcStream).noquote() << "change feed read failed; pokes retry in" << kRetryMs << "ms:"
                                      << failure->toString();
        m_debounce.start(kRetryMs);
    }
}

void ChangeStream::sweep()
{
    const qint64 now = nowMs();
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        QWebSocket *socket = it.key();
        Client &client = it.value();
        if (client.closing)
            continue;
        if (now - client.lastHeardAt > m_settings.idleTimeoutMs) {
            // Silent for two ping rounds and more: the peer is gone or wedged; no closing handshake to wait for.
            client.closing = true;
            socket->abort();
            continue;
        }
        if (!client.principal) {
            if (now - client.connectedAt >= m_settings.authTimeoutMs)
                reject(socket, client, QCoreApplication::translate("ChangeStream", "Sign in within 10 seconds."));
            continue;
        }
        if (now - client.authCheckedAt >= m_settings.recheckMs && !recheck(socket, client, now))
            continue;
        if (now - client.lastHeardAt >= m_settings.pingMs && now - client.lastPingAt >= m_settings.pingMs) {
            client.lastPingAt = now;
            socket->ping();
        }
    }
}

} // namespace redress
