#include "servertestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

namespace {

enum class Scope { East, West, Vendor };

const QStringList kUsers{QStringLiteral("agent"),       QStringLiteral("senior"),       QStringLiteral("lead"),
                         QStringLiteral("manager"),     QStringLiteral("director"),     QStringLiteral("trainer"),
                         QStringLiteral("admin"),       QStringLiteral("ai-agent"),     QStringLiteral("integration"),
                         QStringLiteral("agent-west"),  QStringLiteral("lead-west"),    QStringLiteral("vendor-agent"),
                         QStringLiteral("vendor-lead")};

/// Who may see a record of a scope: the expected rule, written out independently of AccessScope.
bool maySee(const QString &user, Scope scope)
{
    if (user == QLatin1String("integration"))
        return false;
    if (user == QLatin1String("manager") || user == QLatin1String("director") || user == QLatin1String("admin"))
        return true;
    if (user.startsWith(QLatin1String("vendor-")))
        return scope == Scope::Vendor;
    if (user.endsWith(QLatin1String("-west")))
        return scope == Scope::West;
    return scope == Scope::East;
}

QString caseOf(Scope scope)
{
    return scope == Scope::East ? QStringLiteral("K-EAST-1") : scope == Scope::West ? QStringLiteral("K-WEST-1") : QStringLiteral("K-VEND-1");
}

QString customerOf(Scope scope)
{
    return QString(caseOf(scope)).replace(QLatin1String("K-"), QLatin1String("C-"));
}

QString scopeName(Scope scope)
{
    return scope == Scope::East ? QStringLiteral("east") : scope == Scope::West ? QStringLiteral("west") : QStringLiteral("vendor");
}

} // namespace

/// Every endpoint × every role × own / other team / vendor, against the real server: the status each must get.
class TestServerAuthz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void records_data();
    void records();
    void collections_data();
    void collections();
    void mutations_data();
    void mutations();
    void events_data();
    void events();

private:
    QString token(const QString &user);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QHash<QString, QString> m_tokens;
    QHash<QString, qint64> m_seq;
};

void TestServerAuthz::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString url = testDatabaseUrl(m_dir);
    const QString problem = TestOrganisation::create(url);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(m_server.start(url), qPrintable(m_server.standardError()));
    for (const QString &user : kUsers)
        QVERIFY2(!token(user).isEmpty(), qPrintable(user));
}

QString TestServerAuthz::token(const QString &user)
{
    if (!m_tokens.contains(user))
        m_tokens.insert(user, m_server.signIn(user, QLatin1String("d-") + user));
    return m_tokens.value(user);
}

void TestServerAuthz::records_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    for (const QString &user : kUsers) {
        for (Scope scope : {Scope::East, Scope::West, Scope::Vendor}) {
            const int status = user == QLatin1String("integration") ? 403 : maySee(user, scope) ? 200 : 404;
            QTest::addRow("%s case %s", qPrintable(user), qPrintable(scopeName(scope)))
                << user << QStringLiteral("/api/v1/cases/") + caseOf(scope) << status;
            QTest::addRow("%s customer %s", qPrintable(user), qPrintable(scopeName(scope)))
                << user << QStringLiteral("/api/v1/customers/") + customerOf(scope) << status;
        }
    }
}

void TestServerAuthz::records()
{
    QFETCH(QString, user);
    QFETCH(QString, path);
    QFETCH(int, status);
    const HttpReply reply = m_server.get(path, token(user));
    QCOMPARE(reply.status, status);
    if (status != 200) // a refusal carries no record data
        QVERIFY(!reply.json.contains(QStringLiteral("case")) && !reply.json.contains(QStringLiteral("customer")));
}

void TestServerAuthz::collections_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("path");
    for (const QString &user : kUsers) {
        for (const QString &path : {QStringLiteral("/api/v1/bootstrap"), QStringLiteral("/api/v1/customers?query="),
                                    QStringLiteral("/api/v1/cases"), QStringLiteral("/api/v1/approvals?state=pending"),
                                    QStringLiteral("/api/v1/changes?since=0")})
            QTest::addRow("%s %s", qPrintable(user), qPrintable(path)) << user << path;
    }
}

void TestServerAuthz::collections()
{
    QFETCH(QString, user);
    QFETCH(QString, path);
    const HttpReply reply = m_server.get(path, token(user));
    QCOMPARE(reply.status, user == QLatin1String("integration") ? 403 : 200);
    QCOMPARE(m_server.get(path).status, 401);
    // Lists hold nothing outside the user's scope.
    const QByteArray body = reply.body;
    for (Scope scope : {Scope::East, Scope::West, Scope::Vendor}) {
        if (!maySee(user, scope))
            QVERIFY2(!body.contains(caseOf(scope).toLatin1()) && !body.contains(customerOf(scope).toLatin1()),
                     qPrintable(user + QLatin1String(" sees ") + scopeName(scope)));
    }
}

void TestServerAuthz::mutations_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("scope");
    for (const QString &user : kUsers) {
        for (Scope scope : {Scope::East, Scope::West, Scope::Vendor})
            QTest::addRow("%s note on %s", qPrintable(user), qPrintable(scopeName(scope))) << user << int(scope);
    }
}

void TestServerAuthz::mutations()
{
    QFETCH(QString, user);
    QFETCH(int, scope);
    const QString device = QLatin1String("d-") + user;
    const QJsonObject body{
        {QStringLiteral("device_id"), device},
        {QStringLiteral("mutations"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {QStringLiteral("seq"), ++m_seq[user]},
                                {QStringLiteral("type"), QStringLiteral("note.add")},
                                {QStringLiteral("args"), QJsonObject{{QStringLiteral("case_id"), caseOf(Scope(scope))},
                                                                     {QStringLiteral("text"), QStringLiteral("authz probe")}}}}}}};
    const HttpReply reply = m_server.post(QStringLiteral("/api/v1/mutations"), body, token(user));
    if (user == QLatin1String("integration")) {
        QCOMPARE(reply.status, 403);
        return;
    }
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.json.value(QStringLiteral("results")).toArray().first().toObject();
    if (maySee(user, Scope(scope))) {
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    } else {
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(result.value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toInt(), 404);
    }
}

void TestServerAuthz::events_data()
{
    QTest::addColumn<QString>("user");
    for (const QString &user : kUsers)
        QTest::addRow("%s", qPrintable(user)) << user;
}

void TestServerAuthz::events()
{
    QFETCH(QString, user);
    const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject event{{QStringLiteral("event_id"), eventId},
                            {QStringLiteral("type"), QStringLiteral("delivery_failure")},
                            {QStringLiteral("customer_id"), QStringLiteral("C-EAST-3")},
                            {QStringLiteral("category"), QStringLiteral("missed_delivery")},
                            {QStringLiteral("title"), QStringLiteral("Driver could not access building")},
                            {QStringLiteral("facts"), QJsonObject{{QStringLiteral("attempts"), 2}}}};
    const HttpReply reply = m_server.post(QStringLiteral("/api/v1/events"), event, token(user));
    if (user != QLatin1String("integration")) {
        QCOMPARE(reply.status, 403);
        return;
    }
    QVERIFY2(reply.status == 201 || reply.status == 200, reply.body.constData());
    const QString caseId = reply.json.value(QStringLiteral("case_id")).toString();
    QVERIFY(!caseId.isEmpty());
    // A retry is the same answer, nothing new.
    const HttpReply retry = m_server.post(QStringLiteral("/api/v1/events"), event, token(user));
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.json.value(QStringLiteral("case_id")).toString(), caseId);
    QVERIFY(retry.json.value(QStringLiteral("duplicate")).toBool());
    // The east agent sees the case the event opened; the west agent does not.
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/cases/") + caseId, token(QStringLiteral("agent"))).status, 200);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/cases/") + caseId, token(QStringLiteral("agent-west"))).status, 404);
    // Unknown customer, bad type.
    QJsonObject unknown = event;
    unknown.insert(QStringLiteral("event_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    unknown.insert(QStringLiteral("customer_id"), QStringLiteral("C-NOPE"));
    QCOMPARE(m_server.post(QStringLiteral("/api/v1/events"), unknown, token(user)).status, 404);
    unknown.insert(QStringLiteral("type"), QStringLiteral("alien_invasion"));
    QCOMPARE(m_server.post(QStringLiteral("/api/v1/events"), unknown, token(user)).status, 400);
}

QTEST_GUILESS_MAIN(TestServerAuthz)
#include "tst_server_authz.moc"
