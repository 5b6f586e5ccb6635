#include "servertestsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QWebSocket>

#include <memory>

namespace {

constexpr int kUnauthorized = 4401;

/// One client of GET /api/v1/stream that keeps every message it gets and how it was closed.
class StreamClient : public QObject
{
public:
    explicit StreamClient(const QString &baseUrl)
        : m_url(QString(baseUrl).replace(QLatin1String("http://"), QLatin1String("ws://"))
                + QStringLiteral("/api/v1/stream"))
    {
        m_socket.setProxy(QNetworkProxy::NoProxy);
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] {
            m_closed = true;
            m_closeCode = int(m_socket.closeCode());
            m_closedAfterMs = m_clock.elapsed();
        });
    }

    /// Opens the socket, with "Authorization: Bearer TOKEN" on the upgrade request when a token is given.
    bool open(const QString &token = {}, const QString &path = {})
    {
        QNetworkRequest request(QUrl(path.isEmpty() ? m_url : QString(m_url).replace(QLatin1String("/api/v1/stream"), path)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        m_clock.start();
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(request);
        while (connected.isEmpty() && !m_closed && m_clock.elapsed() < 5000)
            QTest::qWait(10);
        return !connected.isEmpty();
    }
    void send(const QJsonObject &message)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }

    /// The messages of this type received so far.
    QList<QJsonObject> messages(const QString &type) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &message : m_messages) {
            if (message.value(QStringLiteral("type")).toString() == type)
                found.append(message);
        }
        return found;
    }
    /// Waits for the n-th message of this type; an empty object when none came in time.
    QJsonObject waitFor(const QString &type, int n = 1, int timeoutMs = 2000)
    {
        QElapsedTimer timer;
        timer.start();
        while (messages(type).size() < n && !m_closed && timer.elapsed() < timeoutMs)
            QTest::qWait(10);
        return messages(type).size() >= n ? messages(type).at(n - 1) : QJsonObject();
    }
    bool waitClosed(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_closed && timer.elapsed() < timeoutMs)
            QTest::qWait(10);
        return m_closed;
    }

    bool isClosed() const { return m_closed; }
    int closeCode() const { return m_closeCode; }
    qint64 closedAfterMs() const { return m_closedAfterMs; }
    QString closeReason() const { return m_socket.closeReason(); }

private:
    QString m_url;
    QWebSocket m_socket;
    QElapsedTimer m_clock;
    QList<QJsonObject> m_messages;
    bool m_closed = false;
    int m_closeCode = 0;
    qint64 m_closedAfterMs = -1;
};

} // namespace

/// GET /api/v1/stream on the real redress-server: who is poked, who is not, and who is shut out.
class TestServerStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void teammatesNote_pokesWithinTwoSeconds_otherTeamHearsNothing();
    void burstOfWrites_isOnePoke();
    void writeThroughAnotherInstance_pokesHereToo();
    void authByFirstMessage_getsReadyAndPokes();
    void badTokenInHeader_isClosedWith4401();
    void firstMessageNotAuth_isClosedWith4401();
    void signOut_closesTheSocketInsteadOfPoking();
    void plainGetOnStreamPath_is400();
    void upgradeElsewhere_isRefused();
    void silentSocket_isClosedWith4401AfterTenSeconds();

private:
    /// Adds a note to `caseId` as agent (care-east) and checks it was applied.
    QJsonObject noteBatch(const QString &caseId, int count);
    void addNote(const QString &caseId, int count = 1);
    std::unique_ptr<StreamClient> signedInStream(const QString &username);

    QTemporaryDir m_dir;
    QString m_databaseUrl;
    ServerProcess m_server;
    QString m_agentToken;
    qint64 m_agentSeq = 0;
    std::unique_ptr<StreamClient> m_silent; ///< opened first, never signs in: the auth deadline runs during the rest
};

void TestServerStream::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_databaseUrl = testDatabaseUrl(m_dir);
    const QString problem = TestOrganisation::create(m_databaseUrl);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(m_server.start(m_databaseUrl), qPrintable(m_server.standardError()));
    m_silent = std::make_unique<StreamClient>(m_server.baseUrl());
    QVERIFY(m_silent->open());
    m_agentToken = m_server.signIn(QStringLiteral("agent"), QStringLiteral("d-agent"));
    QVERIFY(!m_agentToken.isEmpty());
}

void TestServerStream::cleanupTestCase()
{
    m_silent.reset();
    m_server.stop();
}

QJsonObject TestServerStream::noteBatch(const QString &caseId, int count)
{
    QJsonArray mutations;
    for (int i = 0; i < count; ++i) {
        mutations.append(QJsonObject{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("seq"), ++m_agentSeq},
            {QStringLiteral("type"), QStringLiteral("note.add")},
            {QStringLiteral("args"),
             QJsonObject{{QStringLiteral("case_id"), caseId}, {QStringLiteral("text"), QStringLiteral("Courier called back.")}}}});
    }
    return QJsonObject{{QStringLiteral("device_id"), QStringLiteral("d-agent")}, {QStringLiteral("mutations"), mutations}};
}

void TestServerStream::addNote(const QString &caseId, int count)
{
    const HttpReply reply = m_server.post(QStringLiteral("/api/v1/mutations"), noteBatch(caseId, count), m_agentToken);
    QCOMPARE(reply.status, 200);
    for (const QJsonValue &result : reply.json.value(QStringLiteral("results")).toArray()) {
        QVERIFY2(result.toObject().value(QStringLiteral("status")).toString() == QLatin1String("applied"),
                 reply.body.constData());
    }
}

std::unique_ptr<StreamClient> TestServerStream::signedInStream(const QString &username)
{
    const QString token = m_server.signIn(username, QLatin1String("d-stream-") + username);
    if (token.isEmpty())
        return nullptr;
    auto stream = std::make_unique<StreamClient>(m_server.baseUrl());
    if (!stream->open(token) || stream->waitFor(QStringLiteral("ready")).isEmpty())
        return nullptr;
    return stream;
}

void TestServerStream::teammatesNote_pokesWithinTwoSeconds_otherTeamHearsNothing()
{
    std::unique_ptr<StreamClient> senior = signedInStream(QStringLiteral("senior"));
    std::unique_ptr<StreamClient> west = signedInStream(QStringLiteral("agent-west"));
    std::unique_ptr<StreamClient> vendor = signedInStream(QStringLiteral("vendor-agent"));
    std::unique_ptr<StreamClient> manager = signedInStream(QStringLiteral("manager"));
    QVERIFY(senior && west && vendor && manager);
    const qint64 ready = senior->messages(QStringLiteral("ready")).first().value(QStringLiteral("seq")).toInteger();

    addNote(QStringLiteral("K-EAST-1"));
    const QJsonObject poke = senior->waitFor(QStringLiteral("changes"), 1, 2000);
    QVERIFY2(!poke.isEmpty(), "no poke within 2 s");
    QVERIFY(poke.value(QStringLiteral("seq")).toInteger() > ready);
    QVERIFY(!manager->waitFor(QStringLiteral("changes")).isEmpty()); // managers see every team

    // The poke went out in one round for everyone; give the others as long again before calling it silence.
    QTest::qWait(500);
    QCOMPARE(west->messages(QStringLiteral("changes")).size(), 0);
    QCOMPARE(vendor->messages(QStringLiteral("changes")).size(), 0);
    QVERIFY(!west->isClosed() && !vendor->isClosed());

    // The poke says where to read: /changes from the ready point has the note.
    const HttpReply page = m_server.get(QStringLiteral("/api/v1/changes?since=%1").arg(ready),
                                        m_server.signIn(QStringLiteral("senior"), QStringLiteral("d-stream-senior")));
    QCOMPARE(page.status, 200);
    QVERIFY(!page.json.value(QStringLiteral("changes")).toArray().isEmpty());
}

void TestServerStream::burstOfWrites_isOnePoke()
{
    std::unique_ptr<StreamClient> senior = signedInStream(QStringLiteral("senior"));
    QVERIFY(senior);
    addNote(QStringLiteral("K-EAST-2"), 5);
    QVERIFY(!senior->waitFor(QStringLiteral("changes")).isEmpty());
    QTest::qWait(600); // three head polls and more: nothing left to announce
    QCOMPARE(senior->messages(QStringLiteral("changes")).size(), 1);

    addNote(QStringLiteral("K-EAST-2")); // and the next write is announced again
    QVERIFY(!senior->waitFor(QStringLiteral("changes"), 2).isEmpty());
    QVERIFY(senior->messages(QStringLiteral("changes")).at(1).value(QStringLiteral("seq")).toInteger()
            > senior->messages(QStringLiteral("changes")).at(0).value(QStringLiteral("seq")).toInteger());
}

void TestServerStream::writeThroughAnotherInstance_pokesHereToo()
{
    // Two instances on one database (a shared SQLite file, or PostgreSQL where LISTEN/NOTIFY carries the poke).
    ServerProcess other;
    QVERIFY2(other.start(m_databaseUrl), qPrintable(other.standardError()));
    std::unique_ptr<StreamClient> senior = signedInStream(QStringLiteral("senior"));
    QVERIFY(senior);
    const HttpReply reply = other.post(QStringLiteral("/api/v1/mutations"), noteBatch(QStringLiteral("K-EAST-3"), 1), m_agentToken);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.json.value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("status"))
                 == QLatin1String("applied"),
             reply.body.constData());
    QVERIFY2(!senior->waitFor(QStringLiteral("changes"), 1, 2000).isEmpty(), "no poke within 2 s");
    other.stop();
}

void TestServerStream::authByFirstMessage_getsReadyAndPokes()
{
    const QString token = m_server.signIn(QStringLiteral("lead"), QStringLiteral("d-stream-lead"));
    QVERIFY(!token.isEmpty());
    StreamClient browser(m_server.baseUrl());
    QVERIFY(browser.open());
    browser.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), token}});
    QVERIFY(!browser.waitFor(QStringLiteral("ready")).isEmpty());
    addNote(QStringLiteral("K-EAST-3"));
    QVERIFY(!browser.waitFor(QStringLiteral("changes")).isEmpty());
}

void TestServerStream::badTokenInHeader_isClosedWith4401()
{
    StreamClient stream(m_server.baseUrl());
    stream.open(QStringLiteral("not-a-token"));
    QVERIFY(stream.waitClosed(3000));
    QCOMPARE(stream.closeCode(), kUnauthorized);
    QVERIFY(stream.messages(QStringLiteral("ready")).isEmpty());
}

void TestServerStream::firstMessageNotAuth_isClosedWith4401()
{
    StreamClient stream(m_server.baseUrl());
    QVERIFY(stream.open());
    stream.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("subscribe")}});
    QVERIFY(stream.waitClosed(3000));
    QCOMPARE(stream.closeCode(), kUnauthorized);
}

void TestServerStream::signOut_closesTheSocketInsteadOfPoking()
{
    const QString token = m_server.signIn(QStringLiteral("senior"), QStringLiteral("d-stream-out"));
    StreamClient stream(m_server.baseUrl());
    QVERIFY(stream.open(token));
    QVERIFY(!stream.waitFor(QStringLiteral("ready")).isEmpty());
    QCOMPARE(m_server.request("DELETE", QStringLiteral("/api/v1/sessions/current"), {}, token).status, 200);

    addNote(QStringLiteral("K-EAST-1")); // something the senior could have seen
    QVERIFY(stream.waitClosed(2000));
    QCOMPARE(stream.closeCode(), kUnauthorized);
    QCOMPARE(stream.messages(QStringLiteral("changes")).size(), 0);
}

void TestServerStream::plainGetOnStreamPath_is400()
{
    const HttpReply reply = m_server.get(QStringLiteral("/api/v1/stream"), m_agentToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("request.upgrade"));
    QCOMPARE(m_server.get(QStringLiteral("/healthz")).status, 200);
}

void TestServerStream::upgradeElsewhere_isRefused()
{
    StreamClient stream(m_server.baseUrl());
    QVERIFY(!stream.open(m_agentToken, QStringLiteral("/api/v1/bootstrap")));
    QCOMPARE(m_server.get(QStringLiteral("/healthz")).status, 200);
}

void TestServerStream::silentSocket_isClosedWith4401AfterTenSeconds()
{
    QVERIFY(m_silent->waitClosed(20000));
    QCOMPARE(m_silent->closeCode(), kUnauthorized);
    QVERIFY2(m_silent->closedAfterMs() >= 9500, qPrintable(QString::number(m_silent->closedAfterMs())));
}

QTEST_GUILESS_MAIN(TestServerStream)
#include "tst_server_stream.moc"
