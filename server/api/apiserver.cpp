#include "apiserver.h"

#include "apirequest.h"
#include "metrics.h"
#include "router.h"
#include "sessionservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcApi, "redress.api")

namespace redress {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    default: break;
    }
    return QByteArrayLiteral("OTHER");
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &pair : request.headers()) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

/// What Qt's HTTP parser calls an upgrade (Connection: upgrade and an Upgrade header), to a WebSocket: the
/// requests QAbstractHttpServer hands to the WebSocket server when handleRequest returns true.
bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    if (header(request, QByteArrayLiteral("upgrade")).trimmed().compare("websocket", Qt::CaseInsensitive) != 0)
        return false;
    const QList<QByteArray> connection = header(request, QByteArrayLiteral("connection")).split(',');
    return std::any_of(connection.cbegin(), connection.cend(), [](const QByteArray &token) {
        return token.trimmed().compare("upgrade", Qt::CaseInsensitive) == 0;
    });
}

QByteArray errorBody(const QString &code, const QString &message)
{
    return QJsonDocument(ApiResponse::error(0, code, message).body).toJson(QJsonDocument::Compact);
}

} // namespace

ApiServer::ApiServer(Router &router, SessionService &sessions, Metrics &metrics, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_sessions(sessions)
    , m_metrics(metrics)
{
}

Result<quint16> ApiServer::start(const QHostAddress &address, quint16 port, const QString &certificateFile,
                                 const QString &keyFile)
{
    QTcpServer *server = nullptr;
    if (!certificateFile.isEmpty() || !keyFile.isEmpty()) {
        QFile certificate(certificateFile);
        QFile key(keyFile);
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            return Error{QStringLiteral("tls.files"),
                         QCoreApplication::translate("ApiServer", "Cannot read the TLS certificate and key: %1")
                             .arg(certificate.isOpen() ? key.errorString() : certificate.errorString()),
                         certificate.isOpen() ? QStringLiteral("--tls-key") : QStringLiteral("--tls-cert")};
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certificate, QSsl::Pem);
        QSslKey privateKey(&key, QSsl::Ec, QSsl::Pem);
        if (privateKey.isNull()) {
            key.seek(0);
            privateKey = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
        }
        if (chain.isEmpty() || privateKey.isNull()) {
            return Error{QStringLiteral("tls.files"),
                         QCoreApplication::translate("ApiServer", "%1 is not a PEM certificate and key pair.")
                             .arg(chain.isEmpty() ? certificateFile : keyFile),
                         chain.isEmpty() ? QStringLiteral("--tls-cert") : QStringLiteral("--tls-key")};
        }
        auto *sslServer = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(privateKey);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        sslServer->setSslConfiguration(configuration);
        server = sslServer;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(address, port)) {
        const QString why = server->errorString();
        delete server;
        return Error{QStringLiteral("listen"),
                     QCoreApplication::translate("ApiServer", "Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(why),
                     QStringLiteral("--listen")};
    }
    bind(server);
    return server->serverPort();
}

bool ApiServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.query = httpRequest.query();
    request.authorization = header(httpRequest, QByteArrayLiteral("authorization"));
    request.remoteAddress = httpRequest.remoteAddress().toString();

    const bool onStreamPath = !m_streamPath.isEmpty() && request.path == m_streamPath;
    if (isWebSocketUpgrade(httpRequest)) {
        // Qt 6.4 asks handleRequest about every WebSocket upgrade: true (and nothing written) hands the socket to
        // newWebSocketConnection, where the stream checks the token itself; false makes it answer through
        // missingHandler (404) and hang up. Only a GET on the stream path may upgrade.
        const bool accepted = onStreamPath && httpRequest.method() == QHttpServerRequest::Method::Get;
        m_metrics.recordRequest(accepted ? m_streamPath : QStringLiteral("(unmatched)"), request.method,
                                accepted ? 101 : 404, double(timer.nsecsElapsed()) / 1e9);
        return accepted;
    }

    ApiResponse response;
    Router::Match match;
    if (onStreamPath) {
        response = ApiResponse::error(400, QStringLiteral("request.upgrade"),
                                      QCoreApplication::translate("ApiServer", "%1 is a WebSocket: send GET with Upgrade: websocket.")
                                          .arg(m_streamPath));
    } else if (httpRequest.body().size() > m_maxBodyBytes) {
        response = ApiResponse::error(413, QStringLiteral("request.too_large"),
                                      QCoreApplication::translate("ApiServer", "The body has %1 bytes; the limit is %2.")
                                          .arg(httpRequest.body().size())
                                          .arg(m_maxBodyBytes));
    } else {
        request.body = httpRequest.body();
        match = m_router.match(request);
        if (!match.handler) {
            response = match.pathExists
                ? ApiResponse::error(405, QStringLiteral("request.method"),
                                     QCoreApplication::translate("ApiServer", "%1 is not allowed on %2.")
                                         .arg(QString::fromLatin1(request.method), request.path))
                : ApiResponse::error(404, QStringLiteral("not_found"),
                                     QCoreApplication::translate("ApiServer", "No such resource: %1").arg(request.path.left(200)));
        } else if (match.access == Router::Access::SignedIn) {
            Result<Principal> principal = m_sessions.authenticate(request.authorization);
            if (!principal) {
                const bool internal = principal.error().code.startsWith(QLatin1String("db."));
                if (internal)
                    qCWarning(lcApi).noquote() << "authenticate:" << principal.error().toString();
                response = internal ? ApiResponse::error(500, QStringLiteral("internal"),
                                                         QCoreApplication::translate("ApiServer", "The server failed; try again."))
                                    : ApiResponse::error(401, principal.error().code, principal.error().message);
            } else {
                request.principal = principal.value();
                response = (*match.handler)(request);
            }
        } else {
            response = (*match.handler)(request);
        }
    }

    QList<QPair<QByteArray, QByteArray>> headers = response.headers;
    if (response.status == 401)
        headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"redress\"")});
    if (response.rawBody.isEmpty()) {
        respond(httpRequest, socket, response.status, QJsonDocument(response.body).toJson(QJsonDocument::Compact),
                QByteArrayLiteral("application/json"), headers);
    } else {
        respond(httpRequest, socket, response.status, response.rawBody, response.contentType, headers);
    }
    if (m_afterRequest)
        m_afterRequest();
    m_metrics.recordRequest(match.handler ? match.pattern : QStringLiteral("(unmatched)"), request.method,
                            response.status, double(timer.nsecsElapsed()) / 1e9);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, 404, errorBody(QStringLiteral("not_found"), QCoreApplication::translate("ApiServer", "No such resource.")),
            QByteArrayLiteral("application/json"), {});
}

void ApiServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, int status, const QByteArray &body,
                        const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    for (const auto &pair : headers)
        responder.writeHeader(pair.first, pair.second);
    responder.writeBody(body);
}

} // namespace redress
