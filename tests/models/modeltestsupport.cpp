#include "modeltestsupport.h"

#include <QUrl>

bool DemoServer::start()
{
    // The first start picks a free port; later starts reuse it, as a restarted server would.
    QStringList arguments{QStringLiteral("--demo")};
    if (!m_listen.isEmpty())
        arguments << QStringLiteral("--listen") << m_listen;
    if (!m_process.start(QStringLiteral("sqlite:") + databasePath(), arguments))
        return false;
    const QUrl url(m_process.baseUrl());
    m_listen = QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
    return true;
}

void DemoServer::kill()
{
    m_process.kill();
}
