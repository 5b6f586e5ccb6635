#include "syncstatusbar.h"

#include "displaytext.h"
#include "sessionmanager.h"
#include "syncengine.h"

#include <QDateTime>
#include <QIcon>
#include <QJsonObject>
#include <QLabel>
#include <QTimer>

namespace redress {

SyncStatusBar::SyncStatusBar(SyncEngine &sync, SessionManager &session, QWidget *parent)
    : QStatusBar(parent)
    , m_sync(sync)
    , m_session(session)
    , m_connectionIcon(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_user(new QLabel(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_pending->setObjectName(QStringLiteral("pendingCount"));
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_user->setObjectName(QStringLiteral("signedInUser"));
    addPermanentWidget(m_connectionIcon);
    addPermanentWidget(m_connection);
    addPermanentWidget(m_pending);
    addPermanentWidget(m_lastSync);
    addPermanentWidget(m_user);
    connect(&m_sync, &SyncEngine::stateChanged, this, &SyncStatusBar::refresh);
    connect(&m_sync, &SyncEngine::pendingCountChanged, this, &SyncStatusBar::refresh);
    connect(&m_sync, &SyncEngine::synced, this, &SyncStatusBar::refresh);
    connect(&m_session, &SessionManager::signedIn, this, &SyncStatusBar::refresh);
    connect(&m_session, &SessionManager::needsSignIn, this, &SyncStatusBar::refresh);
    // "Last sync 3 min ago" ages while nothing happens.
    connect(m_clock, &QTimer::timeout, this, &SyncStatusBar::refresh);
    m_clock->start(30'000);
    refresh();
}

void SyncStatusBar::refresh()
{
    QString icon;
    switch (m_sync.state()) {
    case SyncEngine::State::Idle:
        m_connection->setText(tr("Online"));
        icon = QStringLiteral(":/icons/online.svg");
        break;
    case SyncEngine::State::Syncing:
        m_connection->setText(tr("Online, syncing…"));
        icon = QStringLiteral(":/icons/sync.svg");
        break;
    case SyncEngine::State::Offline:
        m_connection->setText(tr("Offline"));
        icon = QStringLiteral(":/icons/offline.svg");
        break;
    case SyncEngine::State::SignedOut:
        m_connection->setText(tr("Signed out"));
        icon = QStringLiteral(":/icons/offline.svg");
        break;
    }
    m_connectionIcon->setPixmap(QIcon(icon).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_connection->setToolTip(m_sync.lastError());
    const int pending = m_sync.pendingCount();
    m_pending->setText(pending == 0 ? tr("Nothing waiting to sync") : tr("Waiting to sync: %1").arg(pending));
    m_pending->setStyleSheet(pending > 0 ? QStringLiteral("QLabel { color: #8a4b00; font-weight: bold; }") : QString());
    const QDateTime last = m_sync.lastSync();
    if (!last.isValid()) {
        m_lastSync->setText(tr("Not synced yet"));
    } else {
        const qint64 minutes = last.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        m_lastSync->setText(minutes < 1 ? tr("Last sync just now") : tr("Last sync: %1 min ago").arg(minutes));
        m_lastSync->setToolTip(DisplayText::dateTime(last.toMSecsSinceEpoch()));
    }
    const QJsonObject user = m_session.user();
    m_user->setText(user.isEmpty() ? QString()
                                   : tr("%1 (%2)").arg(user.value(QLatin1String("display_name")).toString(),
                                                       DisplayText::role(user.value(QLatin1String("role")).toString())));
}

QString SyncStatusBar::connectionText() const
{
    return m_connection->text();
}

QString SyncStatusBar::pendingText() const
{
    return m_pending->text();
}

QString SyncStatusBar::userText() const
{
    return m_user->text();
}

} // namespace redress
