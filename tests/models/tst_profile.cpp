#include "profile.h"

#include <QTest>

using namespace redress;

Q_DECLARE_METATYPE(redress::Profile::Kind)

namespace {

const QUrl Live(QStringLiteral("https://redress.example.com"));
const QString DataDir = QStringLiteral("/data/redress");

Profile make(Profile::Kind kind, const QString &url, const QUrl &live = Live)
{
    Result<Profile> profile = Profile::create(kind, QUrl(url), DataDir, live);
    if (!profile)
        qFatal("unexpected refusal: %s", qPrintable(profile.error().toString()));
    return profile.value();
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachKind_hasItsOwnDatabaseFile()
    {
        const Profile live = make(Profile::Kind::Live, QStringLiteral("https://redress.example.com"));
        const Profile demo = make(Profile::Kind::Demo, QStringLiteral("http://127.0.0.1:8471"));
        const Profile sandbox = make(Profile::Kind::Sandbox, QStringLiteral("http://localhost:8472"));
        QCOMPARE(live.databasePath(), QStringLiteral("/data/redress/live.sqlite"));
        QCOMPARE(demo.databasePath(), QStringLiteral("/data/redress/demo.sqlite"));
        QCOMPARE(sandbox.databasePath(), QStringLiteral("/data/redress/sandbox.sqlite"));
        QCOMPARE(live.name(), QStringLiteral("live"));
        QCOMPARE(demo.name(), QStringLiteral("demo"));
        QCOMPARE(sandbox.name(), QStringLiteral("sandbox"));
        QCOMPARE(sandbox.serverUrl(), QUrl(QStringLiteral("http://localhost:8472")));
    }

    void credentialKey_namesKindAndServer()
    {
        const Profile live = make(Profile::Kind::Live, QStringLiteral("https://redress.example.com"));
        const Profile sandbox
            = make(Profile::Kind::Sandbox, QStringLiteral("https://training.example.com:8443"));
        QCOMPARE(live.credentialKey(), QStringLiteral("live:https://redress.example.com:443"));
        QCOMPARE(sandbox.credentialKey(), QStringLiteral("sandbox:https://training.example.com:8443"));
        // Same server under two kinds still gives two keys: a kind never reads another kind's token.
        const Profile demo = make(Profile::Kind::Demo, QStringLiteral("http://127.0.0.1:9000"));
        const Profile localSandbox = make(Profile::Kind::Sandbox, QStringLiteral("http://127.0.0.1:9000"));
        QVERIFY(demo.credentialKey() != localSandbox.credentialKey());
    }

    void sandboxCache_isOnePerTrainingServer()
    {
        // What was practised against one class's server (unsent steps included) never goes to another's.
        QCOMPARE(make(Profile::Kind::Sandbox, QStringLiteral("https://training.example.com:8443")).databasePath(),
                 QStringLiteral("/data/redress/sandbox-training.example.com-8443.sqlite"));
        QCOMPARE(make(Profile::Kind::Sandbox, QStringLiteral("https://Class2.Example.com")).databasePath(),
                 QStringLiteral("/data/redress/sandbox-class2.example.com-443.sqlite"));
        // The sandbox on this computer gets a new port each start and keeps its one cache.
        QCOMPARE(make(Profile::Kind::Sandbox, QStringLiteral("http://127.0.0.1:40123")).databasePath(),
                 QStringLiteral("/data/redress/sandbox.sqlite"));
    }

    void onlyLive_usesKeychain()
    {
        QVERIFY(make(Profile::Kind::Live, QStringLiteral("https://redress.example.com")).usesKeychain());
        QVERIFY(!make(Profile::Kind::Demo, QStringLiteral("http://[::1]:8471")).usesKeychain());
        QVERIFY(!make(Profile::Kind::Sandbox, QStringLiteral("http://127.0.0.1:8472")).usesKeychain());
    }

    void kindNames_roundTrip()
    {
        for (Profile::Kind kind : { Profile::Kind::Live, Profile::Kind::Demo, Profile::Kind::Sandbox }) {
            const Result<Profile::Kind> parsed = Profile::kindFromName(Profile::kindName(kind));
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, kind);
        }
        const Result<Profile::Kind> unknown = Profile::kindFromName(QStringLiteral("production"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("profile.kind"));
        QVERIFY(unknown.error().message.contains(QLatin1String("production")));
    }

    void create_refuses_data()
    {
        QTest::addColumn<Profile::Kind>("kind");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("dataDir");
        QTest::addColumn<QString>("live");
        QTest::addColumn<QString>("code");

        const QString live = Live.toString();
        QTest::newRow("ftp") << Profile::Kind::Live << QStringLiteral("ftp://redress.example.com") << DataDir
                             << live << QStringLiteral("profile.url");
        QTest::newRow("file") << Profile::Kind::Demo << QStringLiteral("file:///tmp/x") << DataDir << live
                              << QStringLiteral("profile.url");
        QTest::newRow("no host") << Profile::Kind::Live << QStringLiteral("https://") << DataDir << live
                                 << QStringLiteral("profile.url");
        QTest::newRow("empty") << Profile::Kind::Sandbox << QString() << DataDir << live
                               << QStringLiteral("profile.url");
        QTest::newRow("websocket") << Profile::Kind::Live << QStringLiteral("wss://redress.example.com")
                                   << DataDir << live << QStringLiteral("profile.url");
        QTest::newRow("no data dir") << Profile::Kind::Live << QStringLiteral("https://redress.example.com")
                                     << QString() << live << QStringLiteral("profile.data_dir");
        QTest::newRow("sandbox on live origin")
            << Profile::Kind::Sandbox << QStringLiteral("https://redress.example.com") << DataDir << live
            << QStringLiteral("profile.live_server");
        QTest::newRow("sandbox on live origin, explicit port")
            << Profile::Kind::Sandbox << QStringLiteral("https://REDRESS.example.com:443/api") << DataDir
            << live << QStringLiteral("profile.live_server");
        QTest::newRow("sandbox on live host, other port")
            << Profile::Kind::Sandbox << QStringLiteral("https://redress.example.com:8443") << DataDir << live
            << QStringLiteral("profile.live_server");
        QTest::newRow("sandbox on live host, https on another port")
            << Profile::Kind::Sandbox << QStringLiteral("https://redress.example.com:9443") << DataDir << live
            << QStringLiteral("profile.live_server");
        QTest::newRow("live over plain http elsewhere")
            << Profile::Kind::Live << QStringLiteral("http://redress.example.com") << DataDir << QString()
            << QStringLiteral("profile.insecure");
        QTest::newRow("sandbox over plain http elsewhere")
            << Profile::Kind::Sandbox << QStringLiteral("http://training.example.com") << DataDir << live
            << QStringLiteral("profile.insecure");
        QTest::newRow("remote sandbox, live unknown")
            << Profile::Kind::Sandbox << QStringLiteral("https://training.example.com") << DataDir
            << QString() << QStringLiteral("profile.live_unknown");
        QTest::newRow("sandbox on loopback live")
            << Profile::Kind::Sandbox << QStringLiteral("http://127.0.0.1:8470") << DataDir
            << QStringLiteral("http://127.0.0.1:8470") << QStringLiteral("profile.live_server");
        QTest::newRow("remote demo") << Profile::Kind::Demo << QStringLiteral("https://demo.example.com")
                                     << DataDir << live << QStringLiteral("profile.not_loopback");
        QTest::newRow("demo on live origin")
            << Profile::Kind::Demo << QStringLiteral("https://redress.example.com") << DataDir << live
            << QStringLiteral("profile.live_server");
        QTest::newRow("demo on loopback live")
            << Profile::Kind::Demo << QStringLiteral("http://localhost:8470") << DataDir
            << QStringLiteral("ws://localhost:8470") << QStringLiteral("profile.live_server");
        QTest::newRow("demo on lan address")
            << Profile::Kind::Demo << QStringLiteral("https://192.168.1.20:8471") << DataDir << live
            << QStringLiteral("profile.not_loopback");
    }

    void create_refuses()
    {
        QFETCH(Profile::Kind, kind);
        QFETCH(QString, server);
        QFETCH(QString, dataDir);
        QFETCH(QString, live);
        QFETCH(QString, code);

        const Result<Profile> profile = Profile::create(kind, QUrl(server), dataDir, QUrl(live));
        QVERIFY(!profile.ok());
        QCOMPARE(profile.error().code, code);
        QVERIFY(!profile.error().message.isEmpty());
        // The message names the kind or the address at fault, so the person can tell which setting is wrong.
        QVERIFY2(profile.error().message.contains(Profile::kindName(kind))
                || (!server.isEmpty() && profile.error().message.contains(QUrl(server).host())),
            qPrintable(profile.error().message));
    }

    void create_accepts_data()
    {
        QTest::addColumn<Profile::Kind>("kind");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("live");

        const QString live = Live.toString();
        QTest::newRow("live") << Profile::Kind::Live << live << live;
        QTest::newRow("live, live unknown")
            << Profile::Kind::Live << QStringLiteral("https://10.0.0.5:8443") << QString();
        QTest::newRow("live, plain http on this computer")
            << Profile::Kind::Live << QStringLiteral("http://127.0.0.1:8080") << QString();
        QTest::newRow("demo 127.0.0.1")
            << Profile::Kind::Demo << QStringLiteral("http://127.0.0.1:8471") << live;
        QTest::newRow("demo 127.1.2.3")
            << Profile::Kind::Demo << QStringLiteral("http://127.1.2.3:8471") << live;
        QTest::newRow("demo ::1") << Profile::Kind::Demo << QStringLiteral("http://[::1]:8471") << live;
        QTest::newRow("demo localhost, live unknown")
            << Profile::Kind::Demo << QStringLiteral("http://localhost:8471") << QString();
        QTest::newRow("sandbox loopback, live unknown")
            << Profile::Kind::Sandbox << QStringLiteral("http://127.0.0.1:8472") << QString();
        QTest::newRow("sandbox loopback, live loopback on another port")
            << Profile::Kind::Sandbox << QStringLiteral("http://127.0.0.1:8472")
            << QStringLiteral("http://127.0.0.1:8470");
        QTest::newRow("sandbox on a training server")
            << Profile::Kind::Sandbox << QStringLiteral("https://training.example.com") << live;
    }

    void create_accepts()
    {
        QFETCH(Profile::Kind, kind);
        QFETCH(QString, server);
        QFETCH(QString, live);
        const Result<Profile> profile = Profile::create(kind, QUrl(server), DataDir, QUrl(live));
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toString()));
        QCOMPARE(profile->kind(), kind);
        QCOMPARE(profile->serverUrl(), QUrl(server));
    }

    void allowsRequestTo_data()
    {
        QTest::addColumn<Profile::Kind>("kind");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("request");
        QTest::addColumn<bool>("allowed");

        const auto sandbox = Profile::Kind::Sandbox;
        const QString s = QStringLiteral("http://127.0.0.1:8472");
        QTest::newRow("own server, path")
            << sandbox << s << QStringLiteral("http://127.0.0.1:8472/api/v1/pull?after=3") << true;
        QTest::newRow("own server, websocket")
            << sandbox << s << QStringLiteral("ws://127.0.0.1:8472/api/v1/poke") << true;
        QTest::newRow("live server") << sandbox << s
                                     << QStringLiteral("https://redress.example.com/api/v1/push") << false;
        QTest::newRow("other port") << sandbox << s << QStringLiteral("http://127.0.0.1:8470/api/v1/pull")
                                    << false;
        QTest::newRow("other scheme")
            << sandbox << s << QStringLiteral("https://127.0.0.1:8472/api/v1/pull") << false;
        QTest::newRow("other loopback name")
            << sandbox << s << QStringLiteral("http://localhost:8472/") << false;
        QTest::newRow("secure websocket") << sandbox << s << QStringLiteral("wss://127.0.0.1:8472/") << false;
        QTest::newRow("relative") << sandbox << s << QStringLiteral("/api/v1/pull") << false;
        QTest::newRow("empty") << sandbox << s << QString() << false;
        QTest::newRow("file") << sandbox << s << QStringLiteral("file:///etc/passwd") << false;

        const auto live = Profile::Kind::Live;
        const QString l = QStringLiteral("https://redress.example.com");
        QTest::newRow("live, default port written")
            << live << l << QStringLiteral("https://redress.example.com:443/x") << true;
        QTest::newRow("live, wss") << live << l << QStringLiteral("wss://redress.example.com/poke") << true;
        QTest::newRow("live, upper-case host")
            << live << l << QStringLiteral("https://Redress.Example.COM/x") << true;
        QTest::newRow("live, plain http")
            << live << l << QStringLiteral("http://redress.example.com/x") << false;
        QTest::newRow("live, look-alike host")
            << live << l << QStringLiteral("https://redress.example.com.evil.test/") << false;
        QTest::newRow("live, sandbox server")
            << live << l << QStringLiteral("http://127.0.0.1:8472/") << false;
    }

    void allowsRequestTo()
    {
        QFETCH(Profile::Kind, kind);
        QFETCH(QString, server);
        QFETCH(QString, request);
        QFETCH(bool, allowed);

        const Profile profile = make(kind, server);
        const Result<void> verdict = profile.allowsRequestTo(QUrl(request));
        QCOMPARE(verdict.ok(), allowed);
        if (!allowed) {
            QCOMPARE(verdict.error().code, QStringLiteral("profile.request_refused"));
            // Names both ends: where this profile may go, and where the request wanted to go.
            QVERIFY2(verdict.error().message.contains(Profile::origin(profile.serverUrl())),
                qPrintable(verdict.error().message));
            QVERIFY2(verdict.error().message.contains(QUrl(request).toDisplayString()),
                qPrintable(verdict.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
