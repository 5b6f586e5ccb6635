#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/// A small organisation written straight into a fresh database through the server's own services: two in-house
/// teams, one BPO vendor, users of every role (password kPassword), the demo policy, trees and templates, and a
/// few customers per scope. Tests then start the real redress-server binary on it.
class TestOrganisation
{
public:
    static inline const QString kPassword = QStringLiteral("correct horse battery");

    /// Creates and fills sqlite:DIR/redress.sqlite, or `databaseUrl` when given (PostgreSQL runs).
    /// Returns an empty string on success, else what went wrong.
    static QString create(const QString &databaseUrl);
};

/// One HTTP answer.
struct HttpReply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// The real redress-server binary on a free loopback port, and a blocking HTTP client for it.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();

    /// Starts `redress-server --db URL --listen 127.0.0.1:0 EXTRA…` and waits for its "listening on" line.
    bool start(const QString &databaseUrl, const QStringList &extraArguments = {});
    void stop();
    /// SIGKILL, as a crash would: no clean shutdown.
    void kill();
    QString baseUrl() const { return m_baseUrl; }
    QString standardError() const { return QString::fromLocal8Bit(m_stderr); }
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }

    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply get(const QString &path, const QString &token = {}) { return request("GET", path, {}, token); }
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {});
    /// Signs in with TestOrganisation::kPassword; returns the token or an empty string.
    QString signIn(const QString &username, const QString &deviceId);
    /// Trusts this self-signed certificate (and nothing else extra) for an HTTPS server.
    void trustCertificate(const QSslCertificate &certificate) { m_trusted = certificate; }

private:
    std::unique_ptr<QProcess> m_process;
    QNetworkAccessManager m_network;
    QString m_baseUrl;
    QByteArray m_stderr;
    QSslCertificate m_trusted;
};

/// The URL for this run's database: REDRESS_TEST_PG (postgresql://…) when set — a fresh schema is made by
/// dropping everything — else a SQLite file in `dir`.
QString testDatabaseUrl(const QTemporaryDir &dir);
