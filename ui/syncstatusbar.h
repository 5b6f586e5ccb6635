#pragma once

#include <QStatusBar>

class QLabel;
class QTimer;

namespace redress {

class SessionManager;
class SyncEngine;

/// The bottom of the main window, always in view: online or offline, how many actions wait to reach the server,
/// when the cache last caught up, and who is signed in with which role.
class SyncStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    SyncStatusBar(SyncEngine &sync, SessionManager &session, QWidget *parent = nullptr);

    QString connectionText() const;
    QString pendingText() const;
    QString userText() const;

private:
    void refresh();

    SyncEngine &m_sync;
    SessionManager &m_session;
    QLabel *m_connectionIcon;
    QLabel *m_connection;
    QLabel *m_pending;
    QLabel *m_lastSync;
    QLabel *m_user;
    QTimer *m_clock;
};

} // namespace redress
