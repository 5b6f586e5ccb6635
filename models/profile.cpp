#include "profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>

namespace redress {

namespace {

// ws and wss reach the same server as http and https (the sync engine's poke channel).
QString httpScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("ws"))
        return QStringLiteral("http");
    if (scheme == QLatin1String("wss"))
        return QStringLiteral("https");
    return scheme;
}

/// The port the server is reached on: the URL's, or its scheme's default.
int effectivePort(const QUrl &url)
{
    return url.port(httpScheme(url) == QLatin1String("https") ? 443 : 80);
}

Error profileError(const QString &code, const QString &message, const QUrl &url)
{
    return Error { code, message, url.toDisplayString() };
}

} // namespace

Profile::Profile(Kind kind, QUrl serverUrl, QString databasePath)
    : m_kind(kind)
    , m_serverUrl(std::move(serverUrl))
    , m_databasePath(std::move(databasePath))
{
}

QString Profile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Live:
        return QStringLiteral("live");
    case Kind::Demo:
        return QStringLiteral("demo");
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    }
    return {};
}

Result<Profile::Kind> Profile::kindFromName(const QString &name)
{
    for (Kind kind : { Kind::Live, Kind::Demo, Kind::Sandbox }) {
        if (name == kindName(kind))
            return kind;
    }
    return Error { QStringLiteral("profile.kind"),
        QCoreApplication::translate("Profile", "Unknown mode \"%1\": use live, demo or sandbox.").arg(name),
        {} };
}

bool Profile::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Profile::origin(const QUrl &url)
{
    const QString scheme = httpScheme(url);
    const int port = effectivePort(url);
    // QUrl lower-cases host names; an IPv6 address needs its brackets back.
    const QString host = url.host().contains(QLatin1Char(':'))
        ? QLatin1Char('[') + url.host() + QLatin1Char(']')
        : url.host();
    return scheme + QLatin1String("://") + host + QLatin1Char(':') + QString::number(port);
}

Result<Profile> Profile::create(
    Kind kind, const QUrl &serverUrl, const QString &dataDir, const QUrl &liveServerUrl)
{
    const QString name = kindName(kind);
    const QString scheme = serverUrl.scheme().toLower();
    if (!serverUrl.isValid() || serverUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return profileError(QStringLiteral("profile.url"),
            QCoreApplication::translate(
                "Profile", "The %1 server address \"%2\" is not an http or https address with a host.")
                .arg(name, serverUrl.toDisplayString()),
            serverUrl);
    }
    // A password and a session token must not cross a network in clear: plain http only to this computer.
    if (scheme == QLatin1String("http") && !isLoopback(serverUrl)) {
        return profileError(QStringLiteral("profile.insecure"),
            QCoreApplication::translate("Profile",
                "The %1 server address %2 uses plain http, which would send your password in clear; use https:// "
                "(plain http is only for a server on this computer).")
                .arg(name, serverUrl.toDisplayString()),
            serverUrl);
    }
    if (dataDir.isEmpty()) {
        return Error { QStringLiteral("profile.data_dir"),
            QCoreApplication::translate("Profile", "No data folder was given for the %1 profile.").arg(name),
            {} };
    }

    if (kind != Kind::Live) {
        const bool loopback = isLoopback(serverUrl);
        const bool liveKnown = liveServerUrl.isValid() && !liveServerUrl.host().isEmpty();
        if (liveKnown && origin(serverUrl) == origin(liveServerUrl)) {
            return profileError(QStringLiteral("profile.live_server"),
                QCoreApplication::translate(
                    "Profile", "The %1 profile cannot use %2: that is the live server.")
                    .arg(name, serverUrl.toDisplayString()),
                serverUrl);
        }
        if (kind == Kind::Demo && !loopback) {
            return profileError(QStringLiteral("profile.not_loopback"),
                QCoreApplication::translate("Profile",
                    "The demo profile runs its own server on this computer; %1 is not a local "
                    "address (use 127.0.0.1, ::1 or localhost).")
                    .arg(serverUrl.toDisplayString()),
                serverUrl);
        }
        if (kind == Kind::Sandbox && !loopback) {
            if (!liveKnown) {
                return profileError(QStringLiteral("profile.live_unknown"),
                    QCoreApplication::translate("Profile",
                        "The sandbox server %1 is not on this computer and the live server is not known, so "
                        "Redress cannot make sure the sandbox is not the live server.")
                        .arg(serverUrl.toDisplayString()),
                    serverUrl);
            }
            if (serverUrl.host() == liveServerUrl.host()) {
                return profileError(QStringLiteral("profile.live_server"),
                    QCoreApplication::translate("Profile",
                        "The sandbox server %1 is on the same host as the live server %2; a "
                        "sandbox must run on a separate training server.")
                        .arg(serverUrl.toDisplayString(), liveServerUrl.toDisplayString()),
                    serverUrl);
            }
        }
    }

    // A class's training server gets a cache of its own: what was practised against one sandbox (its unsent steps
    // included) never goes to another. The sandbox on this computer keeps one file, whatever port it got this time.
    QString fileName = name;
    if (kind == Kind::Sandbox && !isLoopback(serverUrl)) {
        fileName += u'-' + serverUrl.host().toLower() + u'-' + QString::number(effectivePort(serverUrl));
        fileName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    }
    const QString databasePath
        = QDir::cleanPath(dataDir + QLatin1Char('/') + fileName + QLatin1String(".sqlite"));
    return Profile(kind, serverUrl, databasePath);
}

QString Profile::credentialKey() const
{
    return name() + QLatin1Char(':') + origin(m_serverUrl);
}

Result<void> Profile::allowsRequestTo(const QUrl &url) const
{
    if (url.isValid() && !url.host().isEmpty() && origin(url) == origin(m_serverUrl))
        return {};
    return profileError(QStringLiteral("profile.request_refused"),
        QCoreApplication::translate(
            "Profile", "The %1 profile only talks to %2; the request to %3 was refused.")
            .arg(name(), origin(m_serverUrl), url.toDisplayString()),
        url);
}

} // namespace redress
