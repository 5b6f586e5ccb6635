#include "uitestsupport.h"

#include "clientcontext.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "sessionmanager.h"
#include "syncengine.h"

#include <QSignalSpy>
#include <QTest>

using namespace redress;

UiClient::UiClient() : m_credentials(std::make_unique<MemoryCredentialStore>())
{
}

UiClient::~UiClient()
{
    m_window.reset();
    m_context.reset();
}

QString UiClient::start(const QUrl &serverUrl, const QString &username, Profile::Kind kind)
{
    Result<Profile> profile = Profile::create(kind, serverUrl, m_dir.path());
    if (!profile)
        return profile.error().toString();
    Result<std::unique_ptr<ClientContext>> context = ClientContext::open(*profile, *m_credentials);
    if (!context)
        return context.error().toString();
    m_context = std::move(context).value();
    m_context->client().setTimeout(5000);
    m_context->sync().setRetryRange(50, 400);
    QSignalSpy signedIn(&m_context->session(), &SessionManager::signedIn);
    QSignalSpy failed(&m_context->session(), &SessionManager::signInFailed);
    m_context->session().signIn(username, DemoServer::kPassword);
    if (!QTest::qWaitFor([&] { return signedIn.size() + failed.size() > 0; }, 20000))
        return QStringLiteral("no answer to the sign-in");
    if (!failed.isEmpty())
        return failed.first().first().toString();
    if (!syncUntilIdle())
        return QStringLiteral("the first sync did not finish: %1").arg(m_context->sync().lastError());
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return QStringLiteral("the main window was not shown");
    // Window shortcuts (the buttons' Ctrl+Shift keys) only reach the active window, as on a desk.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return QStringLiteral("the main window did not become active");
    return {};
}

bool UiClient::syncUntilIdle(int timeoutMs)
{
    return ::syncUntilIdle(m_context->sync(), timeoutMs);
}
