#include "serverclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace redress {
namespace {

/// The error a non-2xx answer carries, or one made from its status.
Error answerError(int status, const QJsonObject &body)
{
    const QJsonObject error = body.value(QLatin1String("error")).toObject();
    QString code = error.value(QLatin1String("code")).toString();
    QString message = error.value(QLatin1String("message")).toString();
    if (status == 401)
        code = QStringLiteral("auth.required");
    else if (status == 410)
        code = QStringLiteral("changes.expired");
    else if (status >= 500 || status == 429 || status == 408)
        code = code.isEmpty() || status >= 500 ? QStringLiteral("server.unavailable") : code;
    if (code.isEmpty())
        code = QStringLiteral("server.http_%1").arg(status);
    if (message.isEmpty())
        message = QCoreApplication::translate("ServerClient", "The server answered HTTP %1.").arg(status);
    return Error{code, message, error.value(QLatin1String("where")).toString()};
}

} // namespace

ServerClient::ServerClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_network(new QNetworkAccessManager(this))
{
    // The server is named explicitly; a system proxy would only add a hop (and loopback must never go through one).
    m_network->setProxy(QNetworkProxy::NoProxy);
}

ServerClient::~ServerClient() = default;

QUrl ServerClient::streamUrl() const
{
    QUrl url = m_baseUrl;
    url.setScheme(m_baseUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    return url;
}

void ServerClient::send(const QByteArray &method, const QString &path, const QJsonObject *body, Handler handler)
{
    QUrl url = m_baseUrl.resolved(QUrl(path));
    if (Result<void> allowed = checkUrl(url); !allowed) {
        const Error failure = allowed.error();
        QTimer::singleShot(0, this, [handler, failure] { handler(0, {}, &failure); });
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // Never follow a redirect: it could carry a password or a token to another server than the profile's.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QByteArray payload;
    if (body) {
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this, [reply, handler] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            // No HTTP answer at all: refused, reset, timed out, no route. The work stays queued.
            const Error failure{QStringLiteral("net.unreachable"),
                                QCoreApplication::translate("ServerClient", "The server cannot be reached: %1").arg(reply->errorString()),
                                reply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)};
            handler(0, {}, &failure);
            return;
        }
        const QByteArray bytes = reply->readAll();
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (status >= 200 && status < 300 && !document.isObject()) {
            const Error failure{QStringLiteral("server.bad_answer"),
                                QCoreApplication::translate("ServerClient", "The server's answer is not a JSON object: %1")
                                    .arg(parseError.errorString()),
                                reply->url().path()};
            handler(status, {}, &failure);
            return;
        }
        handler(status, document.object(), nullptr);
    });
}

void ServerClient::signIn(const QString &username, const QString &password, const QString &deviceId, Callback<SignIn> done)
{
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device_id"), deviceId}};
    send("POST", QStringLiteral("/api/v1/sessions"), &body, [this, done](int status, const QJsonObject &answer, const Error *failure) {
        if (failure)
            return done(*failure);
        if (status != 201)
            return done(answerError(status == 401 ? 400 : status, answer)); // a wrong password is not an expired session
        SignIn signedIn{answer.value(QLatin1String("token")).toString(), answer.value(QLatin1String("user")).toObject(),
                        answer.value(QLatin1String("expires_at")).toString()};
        m_token = signedIn.token;
        done(signedIn);
    });
}

void ServerClient::signOut(Callback<void> done)
{
    send("DELETE", QStringLiteral("/api/v1/sessions/current"), nullptr,
         [this, done](int status, const QJsonObject &answer, const Error *failure) {
             m_token.clear();
             if (failure)
                 return done(*failure);
             if (status != 200 && status != 401)
                 return done(answerError(status, answer));
             done(Result<void>());
         });
}

void ServerClient::bootstrap(Callback<QJsonObject> done)
{
    send("GET", QStringLiteral("/api/v1/bootstrap"), nullptr, [done](int status, const QJsonObject &answer, const Error *failure) {
        if (failure)
            return done(*failure);
        if (status != 200)
            return done(answerError(status, answer));
        done(answer);
    });
}

void ServerClient::report(const QString &name, const QUrlQuery &query, Callback<QJsonObject> done)
{
    const QString path = QStringLiteral("/api/v1/reports/") + name
                         + (query.isEmpty() ? QString() : QLatin1Char('?') + query.toString(QUrl::FullyEncoded));
    sendForObject("GET", path, nullptr, std::move(done));
}

void ServerClient::trainingScenarios(Callback<QJsonObject> done)
{
    sendForObject("GET", QStringLiteral("/api/v1/training/scenarios"), nullptr, std::move(done));
}

void ServerClient::startTrainingRun(const QString &scenarioId, Callback<QJsonObject> done)
{
    const QJsonObject body{{QStringLiteral("scenario_id"), scenarioId}};
    sendForObject("POST", QStringLiteral("/api/v1/training/runs"), &body, std::move(done));
}

void ServerClient::finishTrainingRun(const QString &runId, Callback<QJsonObject> done)
{
    const QJsonObject body;
    sendForObject("POST", QStringLiteral("/api/v1/training/runs/%1/finish").arg(QString::fromLatin1(QUrl::toPercentEncoding(runId))),
                  &body, std::move(done));
}

void ServerClient::trainingRuns(Callback<QJsonObject> done)
{
    sendForObject("GET", QStringLiteral("/api/v1/training/runs?limit=500"), nullptr, std::move(done));
}

void ServerClient::resetSandbox(Callback<QJsonObject> done)
{
    const QJsonObject body;
    sendForObject("POST", QStringLiteral("/api/v1/training/reset"), &body, std::move(done));
}

void ServerClient::sendForObject(const QByteArray &method, const QString &path, const QJsonObject *body, Callback<QJsonObject> done)
{
    send(method, path, body, [done = std::move(done)](int status, const QJsonObject &answer, const Error *failure) {
        if (failure)
            return done(*failure);
        if (status < 200 || status > 299)
            return done(answerError(status, answer));
        done(answer);
    });
}

void ServerClient::pushMutations(const QString &deviceId, const QJsonArray &mutations, Callback<PushAnswer> done)
{
    const QJsonObject body{{QStringLiteral("device_id"), deviceId}, {QStringLiteral("mutations"), mutations}};
    send("POST", QStringLiteral("/api/v1/mutations"), &body,
         [done, count = mutations.size()](int status, const QJsonObject &answer, const Error *failure) {
             if (failure)
                 return done(*failure);
             if (status != 200 && status != 422)
                 return done(answerError(status, answer));
             PushAnswer pushed{answer.value(QLatin1String("results")).toArray(), status == 422};
             if (pushed.results.size() != count) {
                 return done(Error{QStringLiteral("server.bad_answer"),
                                   QCoreApplication::translate("ServerClient", "The server answered %1 results for %2 mutations.")
                                       .arg(pushed.results.size())
                                       .arg(count),
                                   QStringLiteral("/api/v1/mutations")});
             }
             done(pushed);
         });
}

void ServerClient::pullChanges(qint64 since, int limit, Callback<QJsonObject> done)
{
    const QString path = QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(since).arg(limit);
    send("GET", path, nullptr, [done](int status, const QJsonObject &answer, const Error *failure) {
        if (failure)
            return done(*failure);
        if (status != 200)
            return done(answerError(status, answer));
        done(answer);
    });
}

} // namespace redress
