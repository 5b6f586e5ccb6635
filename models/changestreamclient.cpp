#include "changestreamclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QTimer>
#include <QWebSocket>

namespace redress {

ChangeStreamClient::ChangeStreamClient(QObject *parent)
    : QObject(parent)
    , m_reconnect(new QTimer(this))
{
    m_reconnect->setSingleShot(true);
    connect(m_reconnect, &QTimer::timeout, this, &ChangeStreamClient::connectNow);
}

ChangeStreamClient::~ChangeStreamClient()
{
    m_wanted = false;
    if (m_socket)
        m_socket->abort();
}

void ChangeStreamClient::open(const QUrl &url, const QString &token)
{
    m_url = url;
    m_token = token;
    m_wanted = true;
    m_backoff.reset();
    connectNow();
}

void ChangeStreamClient::close()
{
    m_wanted = false;
    m_reconnect->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged(false);
    }
}

void ChangeStreamClient::connectNow()
{
    if (!m_wanted)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_backoff.reset();
        m_connected = true;
        Q_EMIT connectedChanged(true);
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = message.value(QLatin1String("type")).toString();
        if (type == QLatin1String("ready") || type == QLatin1String("changes"))
            Q_EMIT poked(message.value(QLatin1String("seq")).toInteger());
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        const bool ended = m_socket && m_socket->closeCode() == QWebSocketProtocol::CloseCode(4401);
        if (m_connected) {
            m_connected = false;
            Q_EMIT connectedChanged(false);
        }
        if (ended) {
            m_wanted = false;
            Q_EMIT sessionEnded();
            return;
        }
        scheduleReconnect();
    });
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    m_socket->open(request);
}

void ChangeStreamClient::scheduleReconnect()
{
    if (!m_wanted || m_reconnect->isActive())
        return;
    m_reconnect->start(m_backoff.nextDelayMs());
}

} // namespace redress
