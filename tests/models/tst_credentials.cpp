#include "keychaincredentialstore.h"
#include "memorycredentialstore.h"

#include <memory>
#include <optional>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <qt6keychain/keychain.h>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace redress;

namespace {

constexpr int KeychainTimeoutMs = 30000;
const QString TestService = QStringLiteral("Redress test");

// The callbacks write into shared state, so a late answer after a timed-out wait cannot touch a dead stack
// frame.
template<typename T> using Answer = std::shared_ptr<std::optional<Result<T>>>;

Answer<QString> startRead(CredentialStore &store, const QString &key)
{
    auto answer = std::make_shared<std::optional<Result<QString>>>();
    store.read(key, [answer](Result<QString> result) { answer->emplace(std::move(result)); });
    return answer;
}

template<typename Start> Answer<void> startWrite(Start start)
{
    auto answer = std::make_shared<std::optional<Result<void>>>();
    start([answer](Result<void> result) { answer->emplace(std::move(result)); });
    return answer;
}

template<typename T> const Result<T> &wait(const Answer<T> &answer)
{
    if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, KeychainTimeoutMs))
        qFatal("no answer from the credential store within %d ms", KeychainTimeoutMs);
    return **answer;
}

Result<QString> readNow(CredentialStore &store, const QString &key)
{
    return wait(startRead(store, key));
}

Result<void> writeNow(CredentialStore &store, const QString &key, const QString &secret)
{
    return wait(
        startWrite([&](CredentialStore::WriteDone done) { store.write(key, secret, std::move(done)); }));
}

Result<void> removeNow(CredentialStore &store, const QString &key)
{
    return wait(startWrite([&](CredentialStore::WriteDone done) { store.remove(key, std::move(done)); }));
}

QString codeOf(const Result<QString> &result)
{
    return result.ok() ? QStringLiteral("ok") : result.error().code;
}

QString codeOf(const Result<void> &result)
{
    return result.ok() ? QStringLiteral("ok") : result.error().code;
}

QString uniqueSecret()
{
    return QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Files under `root` that hold `secret` as plain text, in UTF-8 or UTF-16 (QSettings and friends use
/// either).
QStringList filesHoldingPlainText(const QString &root, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QStringList found;
    QDirIterator it(
        root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isFile() || it.fileInfo().isSymLink())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        if (content.contains(utf8) || content.contains(utf16))
            found << path;
    }
    return found;
}

/// The child side of noSecretService_isUnavailable(): tries the keychain where there is none, prints what
/// happened, one "name value" per line.
int probeWithoutSecretService(const QString &secret)
{
    KeychainCredentialStore store(TestService);
    const Result<void> written = writeNow(store, QStringLiteral("live:probe"), secret);
    const Result<QString> read = readNow(store, QStringLiteral("live:probe"));
    QTextStream out(stdout);
    out << "write " << codeOf(written) << '\n' << "read " << codeOf(read) << '\n';
    if (!written.ok())
        out << "message " << written.error().message << '\n';
    return 0;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void memory_writeReadRemove()
    {
        MemoryCredentialStore store;
        QVERIFY(!store.persistent());
        QVERIFY(writeNow(store, QStringLiteral("demo:a"), QStringLiteral("one")).ok());
        const Result<QString> read = readNow(store, QStringLiteral("demo:a"));
        QVERIFY(read.ok());
        QCOMPARE(*read, QStringLiteral("one"));

        QVERIFY(writeNow(store, QStringLiteral("demo:a"), QStringLiteral("two")).ok());
        QCOMPARE(*readNow(store, QStringLiteral("demo:a")), QStringLiteral("two"));

        QVERIFY(removeNow(store, QStringLiteral("demo:a")).ok());
        const Result<QString> gone = readNow(store, QStringLiteral("demo:a"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, CredentialStore::notFoundCode);
        // Removing what is not there leaves the wanted state: no error.
        QVERIFY(removeNow(store, QStringLiteral("demo:a")).ok());
    }

    void memory_countsReadsPerKey()
    {
        MemoryCredentialStore store;
        QVERIFY(writeNow(store, QStringLiteral("sandbox:x"), QStringLiteral("s")).ok());
        QCOMPARE(store.readCount(QStringLiteral("sandbox:x")), 0);
        (void)readNow(store, QStringLiteral("sandbox:x"));
        (void)readNow(store, QStringLiteral("sandbox:x"));
        (void)readNow(store, QStringLiteral("live:y")); // missing keys count too: asking is what matters
        QCOMPARE(store.readCount(QStringLiteral("sandbox:x")), 2);
        QCOMPARE(store.readCount(QStringLiteral("live:y")), 1);
        QCOMPARE(store.readCount(QStringLiteral("live:z")), 0);
        QStringList keys = store.keysRead();
        keys.sort();
        QCOMPARE(keys, (QStringList { QStringLiteral("live:y"), QStringLiteral("sandbox:x") }));
    }

    void memory_answersLater_notDuringTheCall()
    {
        MemoryCredentialStore store;
        const Answer<QString> answer = startRead(store, QStringLiteral("k"));
        QVERIFY(!answer->has_value());
        QTRY_VERIFY(answer->has_value());
    }

    void memory_failure_isReportedAsValue()
    {
        MemoryCredentialStore store;
        store.setFailure(CredentialStore::unavailableError());
        const Result<void> written = writeNow(store, QStringLiteral("k"), QStringLiteral("s"));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, CredentialStore::unavailableCode);
        QVERIFY(!store.contains(QStringLiteral("k")));
        const Result<QString> read = readNow(store, QStringLiteral("k"));
        QCOMPARE(read.error().code, CredentialStore::unavailableCode);
        QCOMPARE(store.readCount(QStringLiteral("k")), 1);

        store.setFailure(std::nullopt);
        QVERIFY(writeNow(store, QStringLiteral("k"), QStringLiteral("s")).ok());
    }

    void destroyedStore_neverCallsBack()
    {
        auto store = std::make_unique<MemoryCredentialStore>();
        bool called = false;
        store->read(QStringLiteral("k"), [&called](Result<QString>) { called = true; });
        store->write(QStringLiteral("k"), QStringLiteral("s"), [&called](Result<void>) { called = true; });
        store.reset();
        // Anything queued for the dead store would run here.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void unavailableMessage_tellsUserWhatHappensAndWhy()
    {
        const Error error = CredentialStore::unavailableError(QStringLiteral("Cannot autolaunch D-Bus"));
        QCOMPARE(error.code, CredentialStore::unavailableCode);
        QVERIFY(error.message.contains(QLatin1String("sign in each time")));
        QVERIFY(error.message.contains(QLatin1String("No system keychain")));
        QVERIFY(error.message.contains(QLatin1String("Cannot autolaunch D-Bus")));
    }

    void keychainErrors_map_data()
    {
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QString()
                                   << CredentialStore::notFoundCode;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString()
                                    << CredentialStore::unavailableCode;
        QTest::newRow("not implemented")
            << int(QKeychain::NotImplemented) << QString() << CredentialStore::unavailableCode;
        QTest::newRow("locked") << int(QKeychain::AccessDenied) << QString()
                                << CredentialStore::unavailableCode;
        QTest::newRow("user said no")
            << int(QKeychain::AccessDeniedByUser) << QString() << CredentialStore::unavailableCode;
        QTest::newRow("headless, no display")
            << int(QKeychain::OtherError) << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
            << CredentialStore::unavailableCode;
        QTest::newRow("no secret service on the bus")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << CredentialStore::unavailableCode;
        QTest::newRow("keyring without a login collection")
            << int(QKeychain::OtherError)
            << QStringLiteral(
                   "Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d")
            << CredentialStore::unavailableCode;
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Unknown error")
                               << CredentialStore::errorCode;
        QTest::newRow("could not delete")
            << int(QKeychain::CouldNotDeleteEntry) << QStringLiteral("busy") << CredentialStore::errorCode;
    }

    void keychainErrors_map()
    {
        QFETCH(int, keychainError);
        QFETCH(QString, text);
        QFETCH(QString, code);
        const Error error = KeychainCredentialStore::mapError(keychainError, text, QStringLiteral("live:k"));
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty());
    }

    void noSecretService_isUnavailable_data()
    {
        QTest::addColumn<QString>("busAddress"); // empty: no session bus at all
        QTest::addColumn<bool>("ownBus");
        QTest::newRow("no session bus, no display") << QString() << false;
        QTest::newRow("session bus address leads nowhere") << QStringLiteral("unix:path=%1/no-bus") << false;
        // GNOME Keyring is started on demand by the bus, but nobody can be prompted to create its login
        // keyring.
        QTest::newRow("secret service that cannot open a keyring") << QString() << true;
    }

    /// Where QtKeychain cannot use any keychain, the store must say "unavailable" (so the user is told they
    /// will sign in each time) and must not have put the secret in a file instead. Runs in a child process:
    /// the environment decides, and GLib keeps its first bus connection for the life of a process.
    void noSecretService_isUnavailable()
    {
        QFETCH(QString, busAddress);
        QFETCH(bool, ownBus);
        const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (ownBus
            && (dbusRunSession.isEmpty()
                || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()))
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed (scripts/install-deps.sh "
                  "--test).");

        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("run")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                 "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "XDG_CONFIG_HOME",
                 "XDG_DATA_HOME", "XDG_CACHE_HOME", "GNOME_KEYRING_CONTROL", "REDRESS_TEST_KEYCHAIN_HOME" })
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), home.path());
        // An empty runtime dir: GLib would otherwise find a user bus at $XDG_RUNTIME_DIR/bus.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path() + QStringLiteral("/run"));
        if (!busAddress.isEmpty())
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress.arg(home.path()));

        const QString secret = uniqueSecret();
        QStringList arguments { QCoreApplication::applicationFilePath(),
            QStringLiteral("--probe-without-secret-service"), secret };
        if (ownBus)
            arguments.prepend(QStringLiteral("--"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(ownBus ? dbusRunSession : arguments.takeFirst(), arguments);
        QVERIFY2(child.waitForFinished(3 * KeychainTimeoutMs), qPrintable(child.errorString()));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
            qPrintable(QString::fromUtf8(child.readAllStandardError())));
        QVERIFY2(out.contains(QLatin1String("write credentials.unavailable\n")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("sign in each time")), qPrintable(out));
        // With no keyring to look in, "not there" is also a truthful answer to a read.
        QVERIFY2(out.contains(QLatin1String("read credentials.unavailable\n"))
                || out.contains(QLatin1String("read credentials.not_found\n")),
            qPrintable(out));
        const QStringList leaks = filesHoldingPlainText(home.path(), secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String(", "))));
    }

    /// Against a real Secret Service: GNOME Keyring in a private D-Bus session with a throwaway HOME, set up
    /// by tests/models/with-keychain.sh (registered so by credentials.cmake).
    void keychain_roundTrip()
    {
        const QString home = qEnvironmentVariable("REDRESS_TEST_KEYCHAIN_HOME");
        if (home.isEmpty())
            QSKIP(
                "No throwaway Secret Service: run through tests/models/with-keychain.sh, which needs "
                "dbus-run-session and gnome-keyring-daemon (scripts/install-deps.sh --test installs them).");
        QCOMPARE(QDir::homePath(), home); // never the developer's own keyring

        const QString key = QStringLiteral("live:https://redress.test:443");
        const QString secret = uniqueSecret();
        {
            KeychainCredentialStore store(TestService);
            QVERIFY(store.persistent());
            const Result<QString> before = readNow(store, key);
            QVERIFY2(!before.ok(), "a fresh keyring already held the key");
            QCOMPARE(before.error().code, CredentialStore::notFoundCode);

            const Result<void> written = writeNow(store, key, secret);
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        }
        {
            // A new store (as on the next start) finds it: it lives in the keychain, not in the object.
            KeychainCredentialStore store(TestService);
            const Result<QString> read = readNow(store, key);
            QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
            QCOMPARE(*read, secret);

            // Another service name is another set of entries.
            KeychainCredentialStore other(QStringLiteral("Redress other"));
            QCOMPARE(readNow(other, key).error().code, CredentialStore::notFoundCode);
        }

        const QStringList leaks = filesHoldingPlainText(home, secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String(", "))));
        // The check above looked where the keyring keeps its data, so it could have caught a leak.
        QVERIFY(!QDir(home + QStringLiteral("/.local/share/keyrings")).entryList(QDir::Files).isEmpty());

        KeychainCredentialStore store(TestService);
        const QString replacement = uniqueSecret();
        QVERIFY(writeNow(store, key, replacement).ok());
        QCOMPARE(*readNow(store, key), replacement);

        QVERIFY(removeNow(store, key).ok());
        const Result<QString> gone = readNow(store, key);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, CredentialStore::notFoundCode);
        QVERIFY(removeNow(store, key).ok());
    }

    void keychain_destroyedStore_neverCallsBack()
    {
        if (qEnvironmentVariableIsEmpty("REDRESS_TEST_KEYCHAIN_HOME"))
            QSKIP("No throwaway Secret Service: run through tests/models/with-keychain.sh.");
        auto doomed = std::make_unique<KeychainCredentialStore>(TestService);
        KeychainCredentialStore survivor(TestService);
        bool called = false;
        doomed->read(QStringLiteral("live:doomed"), [&called](Result<QString>) { called = true; });
        // QtKeychain runs jobs one after another, so once the survivor's job has answered, the doomed one has
        // finished too — with nobody left to tell.
        const Answer<QString> answer = startRead(survivor, QStringLiteral("live:doomed"));
        doomed.reset();
        QTRY_VERIFY_WITH_TIMEOUT(answer->has_value(), KeychainTimeoutMs);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--probe-without-secret-service") == 0)
        return probeWithoutSecretService(QString::fromLocal8Bit(argv[2]));
    TestCredentials test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentials.moc"
