#pragma once

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

/// A TCP proxy between a client and the real server that misbehaves on purpose, chunk by chunk of what the
/// client sends: drops a request, cuts a response half-way, swallows a response the server already produced,
/// sends a request twice, or delays it. Faults are drawn from a seeded generator, so a failing run can be
/// repeated with the same seed.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum Fault { Pass, DropRequest, CutResponse, SwallowResponse, Duplicate, Delay, FaultCount };

    FaultProxy(quint16 targetPort, quint32 seed, QObject *parent = nullptr);
    ~FaultProxy() override;
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    /// Out of 100 chunks, how many get a fault (spread evenly over the fault kinds). 0 turns faults off.
    void setFaultPercent(int percent) { m_faultPercent = percent; }
    void setTargetPort(quint16 port) { m_targetPort = port; }
    /// Called with every chunk forwarded to the server (e.g. to kill the server mid-push).
    void setOnForward(std::function<void(const QByteArray &)> hook) { m_onForward = std::move(hook); }
    int count(Fault fault) const { return m_counts[fault]; }

private:
    struct Link
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *upstream = nullptr;
        QByteArray waiting;          ///< client bytes not yet forwarded (upstream still connecting)
        Fault responseFault = Pass;  ///< what to do with the next response bytes
    };
    void accept();
    void fromClient(Link *link);
    void fromUpstream(Link *link);
    void forward(Link *link, const QByteArray &data);
    void duplicate(const QByteArray &data);
    void close(Link *link);

    QList<Link *> m_links; ///< every link of the run, closed or not: freed with the proxy
    QTcpServer m_server;
    quint16 m_targetPort;
    QRandomGenerator m_random;
    int m_faultPercent = 0;
    int m_counts[FaultCount] = {};
    std::function<void(const QByteArray &)> m_onForward;
};
