#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QUrlQuery;
class QNetworkReply;

namespace redress {

/// The HTTP side of the client: one method per server endpoint, each answering once through a callback.
///
/// Failures are values with codes the sync engine acts on: "net.unreachable" (no answer: offline, retry later),
/// "auth.required" (401: sign in again), "server.unavailable" (5xx: retry later), "changes.expired" (the cursor is
/// older than the server keeps: full resync), or the server's own error code with its message.
class ServerClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    struct SignIn
    {
        QString token;
        QJsonObject user;
        QString expiresAt;
    };
    struct PushAnswer
    {
        QJsonArray results; ///< one per mutation sent, in order
        bool conflict = false; ///< 422: at least one mutation reused an id or a slot
    };

    explicit ServerClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ~ServerClient() override;

    const QUrl &baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    /// Called for every URL before a request leaves; an error refuses it (a sandbox never reaches a live server).
    void setRequestGuard(std::function<Result<void>(const QUrl &)> guard) { m_guard = std::move(guard); }
    /// Whether the request guard lets `url` through (the WebSocket uses it too).
    Result<void> checkUrl(const QUrl &url) const { return m_guard ? m_guard(url) : Result<void>(); }
    /// Requests without any answer after this long fail with "net.unreachable".
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void signIn(const QString &username, const QString &password, const QString &deviceId, Callback<SignIn> done);
    void signOut(Callback<void> done);
    void bootstrap(Callback<QJsonObject> done);
    void pushMutations(const QString &deviceId, const QJsonArray &mutations, Callback<PushAnswer> done);
    /// One page of the change feed after `since`.
    void pullChanges(qint64 since, int limit, Callback<QJsonObject> done);

    /// GET /api/v1/reports/<name> with the query's parameters (the dashboards' and budget view's figures).
    void report(const QString &name, const QUrlQuery &query, Callback<QJsonObject> done);

    /// The training sandbox (docs/openapi.yaml, Training): the scenario catalogue without its answer key, starting
    /// and finishing a run (the server builds the case and scores what was recorded on it), the runs a user may see,
    /// and a trainer's reset.
    void trainingScenarios(Callback<QJsonObject> done);
    void startTrainingRun(const QString &scenarioId, Callback<QJsonObject> done);
    void finishTrainingRun(const QString &runId, Callback<QJsonObject> done);
    void trainingRuns(Callback<QJsonObject> done);
    void resetSandbox(Callback<QJsonObject> done);

    /// The WebSocket URL of the change stream (ws:// or wss://).
    QUrl streamUrl() const;
    const QString &token() const { return m_token; }

private:
    using Handler = std::function<void(int status, const QJsonObject &body, const Error *failure)>;
    void send(const QByteArray &method, const QString &path, const QJsonObject *body, Handler handler);
    /// A request whose 2xx answer is handed over as it is, and anything else as the server's error.
    void sendForObject(const QByteArray &method, const QString &path, const QJsonObject *body, Callback<QJsonObject> done);

    QUrl m_baseUrl;
    QString m_token;
    QNetworkAccessManager *m_network;
    std::function<Result<void>(const QUrl &)> m_guard;
    int m_timeoutMs = 30000;
};

} // namespace redress
