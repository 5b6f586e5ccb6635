#pragma once

#include "backoff.h"

#include <QObject>
#include <QUrl>

class QTimer;
class QWebSocket;

namespace redress {

/// The doorbell: a WebSocket to /api/v1/stream that says when the server has changes to pull. It never carries
/// data (pull is the only data path), so a missed poke costs only latency: the sync engine also pulls on a timer.
/// Reconnects by itself with back-off while it is meant to be open.
class ChangeStreamClient : public QObject
{
    Q_OBJECT

public:
    explicit ChangeStreamClient(QObject *parent = nullptr);
    ~ChangeStreamClient() override;

    void open(const QUrl &url, const QString &token);
    void close();
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    /// The server has changes up to `seq` (also sent once right after connecting).
    void poked(qint64 seq);
    /// The server closed the stream because the session ended (4401): sign in again.
    void sessionEnded();
    void connectedChanged(bool connected);

private:
    void connectNow();
    void scheduleReconnect();

    QWebSocket *m_socket = nullptr;
    QTimer *m_reconnect;
    QUrl m_url;
    QString m_token;
    bool m_wanted = false;
    bool m_connected = false;
    Backoff m_backoff;
};

} // namespace redress
