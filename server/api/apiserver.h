#pragma once

#include "result.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

namespace redress {

class Metrics;
class Router;
class SessionService;

/// The HTTP front of redress-server: reads each request, refuses oversized bodies, signs the caller in from the
/// bearer token, dispatches through the Router, and writes every answer as JSON with the right status.
///
/// It subclasses QAbstractHttpServer rather than using QHttpServer's router: Qt 6.4's router API is a technology
/// preview that changed in 6.5 and 6.8, and we need our own 404/405/413 answers and per-route metrics anyway.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultMaxBodyBytes = 4 * 1024 * 1024;

    ApiServer(Router &router, SessionService &sessions, Metrics &metrics, QObject *parent = nullptr);

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    /// Called after every answered request, e.g. to release database read snapshots.
    void setAfterRequest(std::function<void()> hook) { m_afterRequest = std::move(hook); }
    /// The path of the WebSocket route; upgrades elsewhere are refused.
    void setStreamPath(const QString &path) { m_streamPath = path; }

    /// Listens on address:port (0 = any free port), over TLS when a certificate and key are given.
    /// Returns the bound port.
    Result<quint16> start(const QHostAddress &address, quint16 port, const QString &certificateFile = {},
                          const QString &keyFile = {});

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, int status, const QByteArray &body,
                 const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers);

    Router &m_router;
    SessionService &m_sessions;
    Metrics &m_metrics;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
    QString m_streamPath;
    std::function<void()> m_afterRequest;
};

} // namespace redress
