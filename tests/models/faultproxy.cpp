#include "faultproxy.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

FaultProxy::FaultProxy(quint16 targetPort, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
    , m_random(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    for (Link *link : std::as_const(m_links))
        close(link);
    qDeleteAll(m_links);
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *link = new Link;
        m_links.append(link);
        link->client = client;
        link->upstream = new QTcpSocket(this);
        link->upstream->setProxy(QNetworkProxy::NoProxy);
        connect(client, &QTcpSocket::readyRead, this, [this, link] { fromClient(link); });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, link] { fromUpstream(link); });
        connect(link->upstream, &QTcpSocket::connected, this, [link] {
            if (!link->waiting.isEmpty())
                link->upstream->write(std::exchange(link->waiting, {}));
        });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        connect(link->upstream, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        connect(link->upstream, &QTcpSocket::errorOccurred, this, [this, link] { close(link); });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void FaultProxy::fromClient(Link *link)
{
    if (!link->client)
        return;
    const QByteArray data = link->client->readAll();
    Fault fault = Pass;
    if (m_faultPercent > 0 && int(m_random.bounded(100)) < m_faultPercent) {
        fault = Fault(1 + m_random.bounded(FaultCount - 1));
        // Every kind at least once per run, whatever the draw: the first faults go through them in turn.
        for (int kind = DropRequest; kind < FaultCount; ++kind) {
            if (m_counts[kind] == 0) {
                fault = Fault(kind);
                break;
            }
        }
    }
    ++m_counts[fault];
    switch (fault) {
    case DropRequest:
        close(link);
        return;
    case CutResponse:
    case SwallowResponse:
        link->responseFault = fault;
        forward(link, data);
        return;
    case Duplicate:
        forward(link, data);
        duplicate(data);
        return;
    case Delay: {
        // Later chunks of this link wait behind this one, so the byte order is kept.
        link->client->blockSignals(true);
        QTimer::singleShot(int(20 + m_random.bounded(300)), this, [this, link, data] {
            if (!link->client)
                return;
            link->client->blockSignals(false);
            forward(link, data);
            if (link->client && link->client->bytesAvailable() > 0)
                fromClient(link);
        });
        return;
    }
    default:
        forward(link, data);
    }
}

void FaultProxy::forward(Link *link, const QByteArray &data)
{
    if (!link->upstream)
        return;
    if (m_onForward)
        m_onForward(data);
    if (link->upstream->state() == QAbstractSocket::ConnectedState)
        link->upstream->write(data);
    else
        link->waiting += data;
}

void FaultProxy::duplicate(const QByteArray &data)
{
    auto *shadow = new QTcpSocket(this);
    shadow->setProxy(QNetworkProxy::NoProxy);
    connect(shadow, &QTcpSocket::connected, shadow, [shadow, data] { shadow->write(data); });
    connect(shadow, &QTcpSocket::readyRead, shadow, [shadow] { shadow->readAll(); });
    connect(shadow, &QTcpSocket::disconnected, shadow, &QObject::deleteLater);
    connect(shadow, &QTcpSocket::errorOccurred, shadow, &QObject::deleteLater);
    QTimer::singleShot(5000, shadow, &QObject::deleteLater);
    shadow->connectToHost(QHostAddress::LocalHost, m_targetPort);
}

void FaultProxy::fromUpstream(Link *link)
{
    if (!link->upstream || !link->client)
        return;
    const QByteArray data = link->upstream->readAll();
    switch (link->responseFault) {
    case CutResponse:
        link->client->write(data.left(data.size() / 2));
        link->client->flush();
        close(link);
        return;
    case SwallowResponse:
        close(link);
        return;
    default:
        link->client->write(data);
    }
}

void FaultProxy::close(Link *link)
{
    QTcpSocket *client = std::exchange(link->client, nullptr);
    QTcpSocket *upstream = std::exchange(link->upstream, nullptr);
    if (client) {
        client->disconnect(this);
        client->abort();
        client->deleteLater();
    }
    if (upstream) {
        upstream->disconnect(this);
        upstream->abort();
        upstream->deleteLater();
    }
    // The link itself stays until the proxy goes: a delayed forward may still refer to it.
}
