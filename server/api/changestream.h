#pragma once

#include "accessscope.h"
#include "databaseurl.h"
#include "principal.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

#include <memory>
#include <optional>

class QAbstractHttpServer;
class QWebSocket;

namespace redress {

class ChangeFeed;
class Database;
class SessionService;

/// GET /api/v1/stream: a doorbell, not a feed. Each signed-in WebSocket gets {"type":"changes","seq":N} when a
/// change it may see was committed after the last one it was told about; the client then reads GET /api/v1/changes
/// from its own cursor. The socket never carries change data, so the feed's scope rules stay in one place.
///
/// Protocol:
///  - sign in with the upgrade request's "Authorization: Bearer TOKEN", or — browsers cannot set headers on a
///    WebSocket — with a first text message {"type":"auth","token":"TOKEN"} within 10 s;
///  - the server answers {"type":"ready","seq":HEAD}: pokes count from HEAD on, so a client reads /changes once
///    after "ready" and misses nothing that was committed while it connected;
///  - a socket that fails to sign in, or whose session ends (sign-out, expiry, disabled user), is closed with
///    kUnauthorized (4401);
///  - the server pings every 30 s and drops a socket that has answered nothing for 2 minutes.
class ChangeStream : public QObject
{
    Q_OBJECT

public:
    static constexpr auto kUnauthorized = QWebSocketProtocol::CloseCode(4401);

    struct Settings
    {
        int authTimeoutMs = 10'000;  ///< for the first-message sign-in
        int debounceMs = 50;         ///< pokes within this window go out as one
        int pollMs = 200;               ///< how often the change feed's head is looked at
        int recheckMs = 60'000;      ///< sessions of quiet sockets are checked this often
        int pingMs = 30'000;
        int idleTimeoutMs = 120'000; ///< without a pong or a message
    };

    ChangeStream(SessionService &sessions, ChangeFeed &changes, Settings settings, QObject *parent = nullptr);
    ChangeStream(SessionService &sessions, ChangeFeed &changes, QObject *parent = nullptr)
        : ChangeStream(sessions, changes, Settings{}, parent) {}
    ~ChangeStream() override;

    /// Takes every WebSocket that `server` upgrades (see ApiServer::setStreamPath).
    void acceptFrom(QAbstractHttpServer *server);
    /// Starts watching for changes. On PostgreSQL it also opens a connection of its own to `database` and LISTENs
    /// there for the notifications WriteTransaction sends, so pokes from other instances go out at once.
    Result<void> start(const DatabaseUrl &database);

    /// A change up to `seq` was committed (here, by another process, or by another instance). Coalesced: the
    /// sockets are looked at once per debounce window.
    void notifyChanged(qint64 seq);

    /// Open sockets, signed in or not.
    int connectionCount() const { return int(m_clients.size()); }

private:
    struct Client
    {
        QByteArray authorization; ///< kept to re-check the session: sign-out and disabling must stop the pokes
        std::optional<Principal> principal;
        AccessScope scope;
        qint64 lastPoked = 0;       ///< the feed sequence this client has been told about
        qint64 connectedAt = 0;     ///< ms since epoch, as the other times
        qint64 authCheckedAt = 0;
        qint64 lastHeardAt = 0;     ///< last pong or message
        qint64 lastPingAt = 0;
        bool closing = false;
    };

    void accept(std::unique_ptr<QWebSocket> socket);
    void onTextMessage(QWebSocket *socket, const QString &message);
    void signIn(QWebSocket *socket, const QByteArray &authorization);
    /// Re-reads the session; closes the socket with 4401 and returns false when it ended.
    bool recheck(QWebSocket *socket, Client &client, qint64 now);
    void reject(QWebSocket *socket, Client &client, const QString &why);
    void pollHead();
    void pokeRound();
    void sweep();

    std::unique_ptr<Database> m_listener; ///< PostgreSQL only: runs nothing but LISTEN
    SessionService &m_sessions;
    ChangeFeed &m_changes;
    Settings m_settings;
    QHash<QWebSocket *, Client> m_clients;
    QTimer m_debounce;
    QTimer m_poll;
    QTimer m_sweep;
    qint64 m_knownHead = 0;    ///< the newest sequence seen by polling or notification
    qint64 m_notifiedSeq = 0;  ///< the newest sequence announced by notifyChanged
};

} // namespace redress
