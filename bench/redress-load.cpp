// redress-load: an HTTP/1.1 keep-alive load generator for redress-server, on raw QTcpSocket.
//
// QNetworkAccessManager opens at most 6 connections per host, so it cannot hold 200 connections open; wrk is not
// packaged everywhere we measure. This program keeps N connections busy for a fixed time, one request in flight
// per connection, records every request's latency and prints exact percentiles from the samples.
//
//   REDRESS_LOAD_PASSWORD='…' redress-load --url http://127.0.0.1:8080 --username agent --scenario case
//   redress-load --url http://127.0.0.1:8080 --token TOKEN --path '/api/v1/changes?since=0&limit=100'
//
// It survives a server that closes the connection (it reconnects), responses that arrive in pieces (it reads
// Content-Length or chunked bodies), and a server that stops answering (every request has a timeout).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// One parsed HTTP response, or how far the parser got.
struct ResponseParser
{
    enum class State { Incomplete, Complete, Malformed };

    int status = 0;
    bool closeAfter = false;
    QByteArray body;

    /// Consumes one complete response from the front of `buffer`, leaving what follows it.
    State parse(QByteArray &buffer)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return buffer.size() > 64 * 1024 ? State::Malformed : State::Incomplete;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine.at(0).startsWith("HTTP/1."))
            return State::Malformed;
        bool ok = false;
        status = statusLine.at(1).toInt(&ok);
        if (!ok)
            return State::Malformed;
        qint64 contentLength = -1;
        bool chunked = false;
        closeAfter = statusLine.at(0) == "HTTP/1.0";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length") {
                contentLength = value.toLongLong(&ok);
                if (!ok || contentLength < 0)
                    return State::Malformed;
            } else if (name == "transfer-encoding") {
                chunked = value.contains("chunked");
            } else if (name == "connection") {
                closeAfter = value.contains("close") ? true : (value.contains("keep-alive") ? false : closeAfter);
            }
        }
        const qsizetype bodyStart = headerEnd + 4;
        if (chunked) {
            QByteArray decoded;
            qsizetype at = bodyStart;
            for (;;) {
                const qsizetype lineEnd = buffer.indexOf("\r\n", at);
                if (lineEnd < 0)
                    return State::Incomplete;
                const qint64 size = buffer.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0)
                    return State::Malformed;
                at = lineEnd + 2;
                if (size == 0) {
                    // No trailers expected; the chunked body ends with an empty line.
                    if (buffer.size() < at + 2)
                        return State::Incomplete;
                    at += 2;
                    break;
                }
                if (buffer.size() < at + size + 2)
                    return State::Incomplete;
                decoded += buffer.mid(at, size);
                at += size + 2;
            }
            body = decoded;
            buffer.remove(0, at);
            return State::Complete;
        }
        if (contentLength < 0) {
            // Without a length the body runs to the close; a keep-alive benchmark treats that as an error.
            return State::Malformed;
        }
        if (buffer.size() - bodyStart < contentLength)
            return State::Incomplete;
        body = buffer.mid(bodyStart, contentLength);
        buffer.remove(0, bodyStart + contentLength);
        return State::Complete;
    }
};

struct Options
{
    QString host;
    quint16 port = 0;
    int connections = 200;
    double durationSeconds = 10;
    double timeoutSeconds = 10;
    QByteArray method = "GET";
    QByteArray path;
    QByteArray body;
    QByteArray token;
    QString username;
    QByteArray password;
    QString scenario;
    QString caseId = QStringLiteral("K-EAST-1");
};

/// Blocking request on a fresh socket, for setup only (sign-in), never during the measured run.
bool blockingRequest(const Options &options, const QByteArray &method, const QByteArray &path, const QByteArray &body,
                     const QByteArray &token, ResponseParser *reply)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(options.host, options.port);
    if (!socket.waitForConnected(int(options.timeoutSeconds * 1000)))
        return false;
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: " + options.host.toLatin1() + ':'
        + QByteArray::number(options.port) + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    request += "\r\n" + body;
    socket.write(request);
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < options.timeoutSeconds * 1000) {
        if (!socket.waitForReadyRead(100) && socket.state() != QAbstractSocket::ConnectedState)
            return false;
        buffer += socket.readAll();
        const ResponseParser::State state = reply->parse(buffer);
        if (state == ResponseParser::State::Complete)
            return true;
        if (state == ResponseParser::State::Malformed)
            return false;
    }
    return false;
}

QByteArray signIn(const Options &options, const QString &deviceId)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), options.username},
                                                      {QStringLiteral("password"), QString::fromUtf8(options.password)},
                                                      {QStringLiteral("device_id"), deviceId}})
                                .toJson(QJsonDocument::Compact);
    ResponseParser reply;
    if (!blockingRequest(options, "POST", "/api/v1/sessions", body, {}, &reply) || reply.status != 201) {
        err() << "sign-in as " << options.username << " failed: HTTP " << reply.status << ' '
              << QString::fromUtf8(reply.body.left(300)) << Qt::endl;
        return {};
    }
    return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("token")).toString().toLatin1();
}

class LoadRun;

/// One keep-alive connection with at most one request in flight.
class Connection : public QObject
{
public:
    Connection(LoadRun &run, QByteArray token, QString deviceId);

    void open();
    void close() { m_socket.abort(); }
    bool inFlight() const { return m_inFlight; }
    /// Called by the run's watchdog: gives up on a request older than the timeout and reconnects.
    void checkTimeout(qint64 nowNs, qint64 timeoutNs);

private:
    void sendNext();
    void onReadyRead();
    void onDisconnected();
    void reconnect(const char *why);
    QByteArray nextRequest();

    LoadRun &m_run;
    QByteArray m_token;
    QString m_deviceId;
    qint64 m_seq = 0;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    qint64 m_sentAtNs = 0;
    bool m_inFlight = false;
    bool m_reconnecting = false;
};

class LoadRun : public QObject
{
public:
    explicit LoadRun(Options options) : m_options(std::move(options)) { m_latenciesNs.reserve(1 << 20); }

    bool prepare();
    void start();

    const Options &options() const { return m_options; }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    bool accepting() const { return !m_stopping; }

    void recordResponse(qint64 latencyNs, int status, const QByteArray &body)
    {
        m_latenciesNs.push_back(latencyNs);
        ++m_statuses[status];
        if (m_options.scenario == QLatin1String("mutations") && status / 100 == 2) {
            m_applied += body.count("\"status\":\"applied\"");
            m_notApplied += body.count("\"status\":\"rejected\"") + body.count("\"status\":\"pending_approval\"");
        }
        requestDone();
    }
    void recordTransportError(const char *why)
    {
        ++m_transportErrors[QByteArray(why)];
        requestDone();
    }

private:
    void requestDone()
    {
        if (m_stopping && --m_inFlightAtStop <= 0)
            finish();
    }
    void stop();
    void finish();

    Options m_options;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QElapsedTimer m_clock;
    QTimer m_watchdog;
    std::vector<qint64> m_latenciesNs;
    QMap<int, qint64> m_statuses;
    QMap<QByteArray, qint64> m_transportErrors;
    qint64 m_applied = 0;
    qint64 m_notApplied = 0;
    qint64 m_startNs = 0;
    qint64 m_stopNs = 0;
    int m_inFlightAtStop = 0;
    bool m_stopping = false;
    bool m_finished = false;
};

Connection::Connection(LoadRun &run, QByteArray token, QString deviceId)
    : m_run(run)
    , m_token(std::move(token))
    , m_deviceId(std::move(deviceId))
{
    m_socket.setProxy(QNetworkProxy::NoProxy);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_reconnecting = false;
        sendNext();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() follows and handles it
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            return;
        // Connect failures: count one error for the request we meant to send, then try again shortly, so a
        // server that is down is reported rather than spun on.
        if (!m_run.accepting() || m_reconnecting)
            return;
        m_reconnecting = true;
        const bool wasInFlight = m_inFlight;
        m_inFlight = false;
        if (wasInFlight)
            m_run.recordTransportError("connect");
        QTimer::singleShot(50, this, [this] {
            m_reconnecting = false;
            if (m_run.accepting())
                open();
        });
    });
}

void Connection::open()
{
    m_buffer.clear();
    m_socket.abort();
    m_socket.connectToHost(m_run.options().host, m_run.options().port);
    // Counted as in flight from now: a connect that never completes is a timed-out request.
    m_inFlight = true;
    m_sentAtNs = m_run.nowNs();
}

QByteArray Connection::nextRequest()
{
    const Options &options = m_run.options();
    QByteArray body = options.body;
    if (options.scenario == QLatin1String("mutations")) {
        const QJsonObject mutation{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("seq"), ++m_seq},
                                   {QStringLiteral("type"), QStringLiteral("note.add")},
                                   {QStringLiteral("args"), QJsonObject{{QStringLiteral("case_id"), options.caseId},
                                                                        {QStringLiteral("text"), QStringLiteral("Load test note")}}}};
        body = QJsonDocument(QJsonObject{{QStringLiteral("device_id"), m_deviceId},
                                         {QStringLiteral("mutations"), QJsonArray{mutation}}})
                   .toJson(QJsonDocument::Compact);
    }
    QByteArray request;
    request.reserve(256 + body.size());
    request += options.method + ' ' + options.path + " HTTP/1.1\r\nHost: " + options.host.toLatin1() + ':'
        + QByteArray::number(options.port) + "\r\n";
    if (!m_token.isEmpty())
        request += "Authorization: Bearer " + m_token + "\r\n";
    if (!body.isEmpty() || options.method != "GET")
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    return request;
}

void Connection::sendNext()
{
    if (!m_run.accepting()) {
        m_inFlight = false;
        return;
    }
    m_inFlight = true;
    m_sentAtNs = m_run.nowNs();
    m_socket.write(nextRequest());
}

void Connection::onReadyRead()
{
    m_buffer += m_socket.readAll();
    while (m_inFlight) {
        ResponseParser response;
        const ResponseParser::State state = response.parse(m_buffer);
        if (state == ResponseParser::State::Incomplete)
            return;
        if (state == ResponseParser::State::Malformed) {
            reconnect("malformed response");
            return;
        }
        m_inFlight = false;
        m_run.recordResponse(m_run.nowNs() - m_sentAtNs, response.status, response.body);
        if (response.closeAfter) {
            if (m_run.accepting())
                open();
            return;
        }
        sendNext();
    }
    if (!m_buffer.isEmpty() && !m_inFlight && m_run.accepting())
        reconnect("unrequested bytes");
}

void Connection::onDisconnected()
{
    if (m_reconnecting)
        return;
    if (m_inFlight) {
        m_inFlight = false;
        m_run.recordTransportError("closed by server");
    }
    if (m_run.accepting()) {
        // A server that hangs up between requests is allowed to (idle timeout); reconnect and go on.
        QTimer::singleShot(0, this, [this] {
            if (m_run.accepting() && m_socket.state() == QAbstractSocket::UnconnectedState)
                open();
        });
    }
}

void Connection::reconnect(const char *why)
{
    m_reconnecting = true;
    if (m_inFlight) {
        m_inFlight = false;
        m_run.recordTransportError(why);
    }
    m_socket.abort();
    m_reconnecting = false;
    if (m_run.accepting())
        open();
}

void Connection::checkTimeout(qint64 nowNs, qint64 timeoutNs)
{
    if (m_inFlight && nowNs - m_sentAtNs > timeoutNs)
        reconnect("timeout");
}

bool LoadRun::prepare()
{
    QByteArray sharedToken = m_options.token;
    const bool perConnectionSessions = m_options.scenario == QLatin1String("mutations");
    if (sharedToken.isEmpty() && !m_options.username.isEmpty() && !perConnectionSessions) {
        sharedToken = signIn(m_options, QStringLiteral("redress-load-%1").arg(QCoreApplication::applicationPid()));
        if (sharedToken.isEmpty())
            return false;
    }
    for (int i = 0; i < m_options.connections; ++i) {
        QByteArray token = sharedToken;
        // Mutations come from the device that signed in: each connection is its own device with its own session.
        const QString deviceId = QStringLiteral("load-%1-%2").arg(QCoreApplication::applicationPid()).arg(i);
        if (perConnectionSessions) {
            token = signIn(m_options, deviceId);
            if (token.isEmpty())
                return false;
        }
        m_connections.push_back(std::make_unique<Connection>(*this, token, deviceId));
    }
    return true;
}

void LoadRun::start()
{
    m_clock.start();
    m_startNs = m_clock.nsecsElapsed();
    const qint64 timeoutNs = qint64(m_options.timeoutSeconds * 1e9);
    m_watchdog.setInterval(50);
    connect(&m_watchdog, &QTimer::timeout, this, [this, timeoutNs] {
        const qint64 now = nowNs();
        for (const auto &connection : m_connections)
            connection->checkTimeout(now, timeoutNs);
        if (!m_stopping && now - m_startNs >= qint64(m_options.durationSeconds * 1e9))
            stop();
        else if (m_stopping && now - m_stopNs > timeoutNs + qint64(1e9))
            finish(); // belt and braces: never wait forever for the last answers
    });
    m_watchdog.start();
    for (const auto &connection : m_connections)
        connection->open();
}

void LoadRun::stop()
{
    m_stopping = true;
    m_stopNs = nowNs();
    // Requests already sent are waited for (up to the timeout): dropping them would hide the slowest ones.
    m_inFlightAtStop = int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                                         [](const std::unique_ptr<Connection> &connection) { return connection->inFlight(); }));
    if (m_inFlightAtStop == 0)
        finish();
}

void LoadRun::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    const qint64 endNs = nowNs();
    m_watchdog.stop();
    for (const auto &connection : m_connections)
        connection->close();

    std::sort(m_latenciesNs.begin(), m_latenciesNs.end());
    const auto percentile = [this](double p) -> double {
        if (m_latenciesNs.empty())
            return 0;
        // Nearest rank on the exact samples.
        const auto rank = std::size_t(std::max(1.0, std::ceil(p / 100.0 * double(m_latenciesNs.size()))));
        return double(m_latenciesNs[std::min(rank, m_latenciesNs.size()) - 1]) / 1e6;
    };
    qint64 nonSuccess = 0;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        if (it.key() / 100 != 2)
            nonSuccess += it.value();
    }
    qint64 transport = 0;
    for (const qint64 count : m_transportErrors)
        transport += count;
    const double seconds = double(endNs - m_startNs) / 1e9;
    const auto responses = qint64(m_latenciesNs.size());
    QTextStream out(stdout);
    out << "target      " << m_options.method << ' ' << m_options.host << ':' << m_options.port << m_options.path << '\n'
        << "connections " << m_options.connections << ", " << m_options.durationSeconds << " s requested, "
        << QString::number(seconds, 'f', 2) << " s measured\n"
        << "requests    " << responses << " answered, " << (nonSuccess + transport) << " errors (" << nonSuccess
        << " non-2xx, " << transport << " transport)\n"
        << "rate        " << QString::number(double(responses) / seconds, 'f', 0) << " requests/s\n"
        << "latency ms  p50 " << QString::number(percentile(50), 'f', 2) << "  p90 " << QString::number(percentile(90), 'f', 2)
        << "  p99 " << QString::number(percentile(99), 'f', 2) << "  max "
        << QString::number(m_latenciesNs.empty() ? 0.0 : double(m_latenciesNs.back()) / 1e6, 'f', 2) << '\n';
    out << "statuses   ";
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        out << ' ' << it.key() << ':' << it.value();
    out << '\n';
    for (auto it = m_transportErrors.cbegin(); it != m_transportErrors.cend(); ++it)
        out << "transport   " << it.key() << ": " << it.value() << '\n';
    if (m_options.scenario == QLatin1String("mutations"))
        out << "mutations   " << m_applied << " applied, " << m_notApplied << " not applied\n";
    out.flush();
    QCoreApplication::exit(responses > 0 && nonSuccess + transport == 0 ? 0 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("redress-load"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "redress-load",
        "HTTP/1.1 keep-alive load generator for redress-server. The password for --username is read from "
        "REDRESS_LOAD_PASSWORD, else from the first line of standard input; never from the command line."));
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), QCoreApplication::translate("redress-load", "Server base URL."),
                                 QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8080"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QCoreApplication::translate("redress-load", "Open connections (default 200)."),
                                         QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QCoreApplication::translate("redress-load", "Seconds to send requests (default 10)."),
                                      QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QCoreApplication::translate("redress-load", "Seconds before a request counts as failed (default 10)."),
                                     QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QCoreApplication::translate("redress-load",
                                                                  "case (GET /api/v1/cases/ID), changes (GET /api/v1/changes), "
                                                                  "mutations (POST note.add, one device and session per connection)."),
                                      QStringLiteral("name"));
    const QCommandLineOption caseId(QStringLiteral("case"), QCoreApplication::translate("redress-load", "Case for the case and mutations scenarios."),
                                    QStringLiteral("id"), QStringLiteral("K-EAST-1"));
    const QCommandLineOption since(QStringLiteral("since"), QCoreApplication::translate("redress-load", "Cursor for the changes scenario."),
                                   QStringLiteral("seq"), QStringLiteral("0"));
    const QCommandLineOption limit(QStringLiteral("limit"), QCoreApplication::translate("redress-load", "Page size for the changes scenario."),
                                   QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption path(QStringLiteral("path"), QCoreApplication::translate("redress-load", "Request path and query."),
                                  QStringLiteral("path"));
    const QCommandLineOption method(QStringLiteral("method"), QCoreApplication::translate("redress-load", "HTTP method (default GET)."),
                                    QStringLiteral("method"), QStringLiteral("GET"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), QCoreApplication::translate("redress-load", "Request body from this file."),
                                      QStringLiteral("file"));
    const QCommandLineOption token(QStringLiteral("token"), QCoreApplication::translate("redress-load", "Bearer token to send."),
                                   QStringLiteral("token"));
    const QCommandLineOption username(QStringLiteral("username"), QCoreApplication::translate("redress-load", "Sign in as this user."),
                                      QStringLiteral("name"));
    parser.addOptions({url, connections, duration, timeout, scenario, caseId, since, limit, path, method, bodyFile, token, username});
    parser.process(app);

    Options options;
    const QUrl base(parser.value(url));
    if (!base.isValid() || base.scheme() != QLatin1String("http") || base.host().isEmpty()) {
        err() << "--url: give http://HOST:PORT (TLS is not supported by this tool)" << Qt::endl;
        return 2;
    }
    options.host = base.host();
    options.port = quint16(base.port(80));
    bool ok = false;
    options.connections = parser.value(connections).toInt(&ok);
    if (!ok || options.connections < 1 || options.connections > 10000) {
        err() << "--connections: 1 to 10000" << Qt::endl;
        return 2;
    }
    options.durationSeconds = parser.value(duration).toDouble(&ok);
    if (!ok || options.durationSeconds <= 0) {
        err() << "--duration: seconds, more than zero" << Qt::endl;
        return 2;
    }
    options.timeoutSeconds = parser.value(timeout).toDouble(&ok);
    if (!ok || options.timeoutSeconds <= 0) {
        err() << "--timeout: seconds, more than zero" << Qt::endl;
        return 2;
    }
    options.method = parser.value(method).toUpper().toLatin1();
    options.scenario = parser.value(scenario);
    options.caseId = parser.value(caseId);
    if (options.scenario == QLatin1String("case")) {
        options.path = "/api/v1/cases/" + QUrl::toPercentEncoding(options.caseId);
    } else if (options.scenario == QLatin1String("changes")) {
        options.path = "/api/v1/changes?since=" + parser.value(since).toLatin1() + "&limit=" + parser.value(limit).toLatin1();
    } else if (options.scenario == QLatin1String("mutations")) {
        options.method = "POST";
        options.path = "/api/v1/mutations";
    } else if (!options.scenario.isEmpty()) {
        err() << "--scenario: case, changes or mutations" << Qt::endl;
        return 2;
    }
    if (parser.isSet(path))
        options.path = parser.value(path).toLatin1();
    if (options.path.isEmpty() || !options.path.startsWith('/')) {
        err() << "give --scenario or --path /…" << Qt::endl;
        return 2;
    }
    if (parser.isSet(bodyFile)) {
        QFile file(parser.value(bodyFile));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "--body-file: " << file.errorString() << Qt::endl;
            return 2;
        }
        options.body = file.readAll();
    }
    options.token = parser.value(token).toLatin1();
    options.username = parser.value(username);
    if (!options.username.isEmpty() && options.token.isEmpty()) {
        options.password = qgetenv("REDRESS_LOAD_PASSWORD");
        if (options.password.isEmpty()) {
            QTextStream in(stdin);
            options.password = in.readLine().toUtf8();
        }
        if (options.password.isEmpty()) {
            err() << "--username: set REDRESS_LOAD_PASSWORD or pipe the password on standard input" << Qt::endl;
            return 2;
        }
    }
    if (options.scenario == QLatin1String("mutations") && options.username.isEmpty()) {
        err() << "--scenario mutations signs every connection in: give --username" << Qt::endl;
        return 2;
    }

    LoadRun run(options);
    if (!run.prepare())
        return 1;
    run.start();
    return app.exec();
}
