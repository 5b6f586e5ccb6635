#include "servertestsupport.h"

#include "auditchain.h"
#include "database.h"
#include "passwordhasher.h"
#include "userdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace redress;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject batch(const QString &device, qint64 seq, const QString &type, const QJsonObject &args)
{
    return QJsonObject{{QStringLiteral("device_id"), device},
                       {QStringLiteral("mutations"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), uuid()}, {QStringLiteral("seq"), seq},
                                               {QStringLiteral("type"), type}, {QStringLiteral("args"), args}}}}};
}

QJsonObject firstResult(const HttpReply &reply)
{
    return reply.json.value(QStringLiteral("results")).toArray().first().toObject();
}

QJsonObject findApproval(const HttpReply &queue, const QString &id)
{
    for (const QJsonValue &approval : queue.json.value(QStringLiteral("approvals")).toArray()) {
        if (approval.toObject().value(QStringLiteral("id")).toString() == id)
            return approval.toObject();
    }
    return {};
}

} // namespace

/// Approval escalation past the SLA, delegation between leads, disabled users, and HTTPS — on the real binary.
class TestServerApprovals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overdueApproval_escalatesToManager();
    void delegation_letsAnotherLeadDecide();
    void disablingUser_endsTheirSessions();
    void tls_servesHttps();

private:
    QString startOrganisation(QTemporaryDir &dir, ServerProcess &server, const QStringList &arguments = {});
    QString propose(ServerProcess &server, const QString &token, qint64 minor);
};

void TestServerApprovals::initTestCase()
{
    QVERIFY(PasswordHasher::initialise());
}

QString TestServerApprovals::startOrganisation(QTemporaryDir &dir, ServerProcess &server, const QStringList &arguments)
{
    const QString url = testDatabaseUrl(dir);
    const QString problem = TestOrganisation::create(url);
    if (!problem.isEmpty())
        return QLatin1String("!") + problem;
    if (!server.start(url, arguments))
        return QLatin1String("!") + server.standardError();
    return url;
}

QString TestServerApprovals::propose(ServerProcess &server, const QString &token, qint64 minor)
{
    const HttpReply reply = server.post(
        QStringLiteral("/api/v1/mutations"),
        batch(QStringLiteral("d-agent"), 1, QStringLiteral("compensation.propose"),
              QJsonObject{{QStringLiteral("compensation_id"), uuid()}, {QStringLiteral("case_id"), QStringLiteral("K-EAST-2")},
                          {QStringLiteral("kind"), QStringLiteral("voucher")},
                          {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), minor}, {QStringLiteral("currency"), QStringLiteral("USD")}}}}),
        token);
    return firstResult(reply).value(QStringLiteral("approval_id")).toString();
}

void TestServerApprovals::overdueApproval_escalatesToManager()
{
    QTemporaryDir dir;
    ServerProcess server;
    const QString url = startOrganisation(dir, server, {QStringLiteral("--approval-sla"), QStringLiteral("1")});
    QVERIFY2(!url.startsWith(QLatin1Char('!')), qPrintable(url));
    const QString agent = server.signIn(QStringLiteral("agent"), QStringLiteral("d-agent"));
    const QString approvalId = propose(server, agent, 6000);
    QVERIFY(!approvalId.isEmpty());
    const QString manager = server.signIn(QStringLiteral("manager"), QStringLiteral("d-manager"));
    QCOMPARE(findApproval(server.get(QStringLiteral("/api/v1/approvals"), manager), approvalId).value(QStringLiteral("required_level")).toString(),
             QStringLiteral("lead"));
    QTRY_COMPARE_WITH_TIMEOUT(findApproval(server.get(QStringLiteral("/api/v1/approvals"), manager), approvalId)
                                  .value(QStringLiteral("required_level")).toString(),
                              QStringLiteral("manager"), 10000);
    QVERIFY(findApproval(server.get(QStringLiteral("/api/v1/approvals"), manager), approvalId).value(QStringLiteral("escalations")).toInt() >= 1);
    // The lead it was waiting for can no longer decide it.
    const QString lead = server.signIn(QStringLiteral("lead"), QStringLiteral("d-lead"));
    const HttpReply byLead = server.post(QStringLiteral("/api/v1/mutations"),
                                         batch(QStringLiteral("d-lead"), 1, QStringLiteral("approval.decide"),
                                               QJsonObject{{QStringLiteral("approval_id"), approvalId},
                                                           {QStringLiteral("decision"), QStringLiteral("approve")}}),
                                         lead);
    QCOMPARE(firstResult(byLead).value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toInt(), 403);
}

void TestServerApprovals::delegation_letsAnotherLeadDecide()
{
    QTemporaryDir dir;
    ServerProcess server;
    const QString url = startOrganisation(dir, server);
    QVERIFY2(!url.startsWith(QLatin1Char('!')), qPrintable(url));
    const QString agent = server.signIn(QStringLiteral("agent"), QStringLiteral("d-agent"));
    const QString approvalId = propose(server, agent, 6000);
    QVERIFY(!approvalId.isEmpty());
    const QString west = server.signIn(QStringLiteral("lead-west"), QStringLiteral("d-lead-west"));
    QVERIFY(findApproval(server.get(QStringLiteral("/api/v1/approvals"), west), approvalId).isEmpty());

    const QString lead = server.signIn(QStringLiteral("lead"), QStringLiteral("d-lead"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const HttpReply delegated = server.post(
        QStringLiteral("/api/v1/mutations"),
        batch(QStringLiteral("d-lead"), 1, QStringLiteral("delegation.create"),
              QJsonObject{{QStringLiteral("delegation_id"), uuid()}, {QStringLiteral("to_username"), QStringLiteral("lead-west")},
                          {QStringLiteral("starts_at"), now - 1000}, {QStringLiteral("ends_at"), now + 3600 * 1000}}),
        lead);
    QCOMPARE(firstResult(delegated).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QVERIFY(!findApproval(server.get(QStringLiteral("/api/v1/approvals"), west), approvalId).isEmpty());
    const HttpReply decided = server.post(QStringLiteral("/api/v1/mutations"),
                                          batch(QStringLiteral("d-lead-west"), 1, QStringLiteral("approval.decide"),
                                                QJsonObject{{QStringLiteral("approval_id"), approvalId},
                                                            {QStringLiteral("decision"), QStringLiteral("approve")}}),
                                          west);
    QCOMPARE(firstResult(decided).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    // An agent cannot delegate approvals they do not hold.
    const HttpReply byAgent = server.post(
        QStringLiteral("/api/v1/mutations"),
        batch(QStringLiteral("d-agent"), 2, QStringLiteral("delegation.create"),
              QJsonObject{{QStringLiteral("delegation_id"), uuid()}, {QStringLiteral("to_username"), QStringLiteral("senior")},
                          {QStringLiteral("starts_at"), now}, {QStringLiteral("ends_at"), now + 1000}}),
        agent);
    QCOMPARE(firstResult(byAgent).value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toInt(), 403);
}

void TestServerApprovals::disablingUser_endsTheirSessions()
{
    QTemporaryDir dir;
    ServerProcess server;
    const QString url = startOrganisation(dir, server);
    QVERIFY2(!url.startsWith(QLatin1Char('!')), qPrintable(url));
    const QString token = server.signIn(QStringLiteral("senior"), QStringLiteral("d-senior"));
    QCOMPARE(server.get(QStringLiteral("/api/v1/bootstrap"), token).status, 200);
    {
        // What `redress-admin user disable` does, on the database the running server uses.
        Result<std::unique_ptr<Database>> database = Database::open(DatabaseUrl::parse(url).value(), QStringLiteral("disable"));
        QVERIFY(database);
        AuditChain audit;
        UserDirectory users(*database.value(), audit);
        QVERIFY(users.disable(QStringLiteral("senior"), QStringLiteral("test")));
    }
    // The server trusts a checked session for at most a second (SessionService::kRecheckMs).
    QTRY_COMPARE_WITH_TIMEOUT(server.get(QStringLiteral("/api/v1/bootstrap"), token).status, 401, 3000);
    QVERIFY(server.signIn(QStringLiteral("senior"), QStringLiteral("d-senior")).isEmpty());
}

void TestServerApprovals::tls_servesHttps()
{
    QTemporaryDir dir;
    const QString certificate = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());

    ServerProcess server;
    const QString url = startOrganisation(dir, server, {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key});
    QVERIFY2(!url.startsWith(QLatin1Char('!')), qPrintable(url));
    QVERIFY(server.baseUrl().startsWith(QLatin1String("https://")));
    QFile pem(certificate);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    server.trustCertificate(QSslCertificate(&pem, QSsl::Pem));
    QCOMPARE(server.get(QStringLiteral("/healthz")).status, 200);
    QVERIFY(!server.signIn(QStringLiteral("agent"), QStringLiteral("d-agent")).isEmpty());

    // A missing key file is a clear start-up error, not a crash.
    ServerProcess broken;
    QVERIFY(!broken.start(url, {QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("none.pem"))}));
    QVERIFY2(broken.standardError().contains(QLatin1String("--tls-key")), qPrintable(broken.standardError()));
}

QTEST_GUILESS_MAIN(TestServerApprovals)
#include "tst_server_approvals.moc"
