// redress-admin on the server database, through the real binary on a temporary SQLite file: db migrate, user add
// and disable (the password from standard input only, hashed with argon2id), and publishing policies, trees and
// templates as versions that never change.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
};

Run finish(QProcess &process)
{
    if (!process.waitForFinished(60000))
        qFatal("redress-admin did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray out = process.readAllStandardOutput();
    run.out = QString::fromUtf8(out);
    run.json = QJsonDocument::fromJson(out).object();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

/// Runs redress-admin with `input` on its standard input (then end of file) and USER set to `osUser`.
Run admin(const QStringList &arguments, const QByteArray &input = {}, const QString &osUser = QStringLiteral("ops.jane"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("USER"), osUser);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(REDRESS_ADMIN_PATH), arguments);
    if (!process.waitForStarted(30000))
        qFatal("redress-admin did not start");
    process.write(input);
    process.closeWriteChannel();
    return finish(process);
}

QString seed(const char *relative)
{
    return QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/") + QLatin1String(relative);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString kPassword = QStringLiteral("Tr0ub4dor&3-horse-staple");

} // namespace

class TestAdminDb : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    int m_connections = 0;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("redress.sqlite")); }
    QString dbUrl() const { return QLatin1String("sqlite:") + dbPath(); }

    bool migrate()
    {
        const Run run = admin({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), dbUrl()});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return run.exitCode == 0;
    }

    QStringList userAddArgs(const QString &username, const QString &role = QStringLiteral("agent")) const
    {
        return {QStringLiteral("user"),     QStringLiteral("add"),  QStringLiteral("--db"),   dbUrl(),
                QStringLiteral("--username"), username,             QStringLiteral("--role"), role,
                QStringLiteral("--team"),   QStringLiteral("parcel-ops")};
    }

    /// The first column of the first row of `sql`, read straight from the file (not through redress-admin).
    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        const QString name = QStringLiteral("tst_admin_db_%1").arg(++m_connections);
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath());
            if (!db.open())
                qFatal("cannot open the test database");
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant &bind : binds)
                query.addBindValue(bind);
            if (!query.exec())
                qFatal("%s", qPrintable(query.lastError().text()));
            if (query.next())
                value = query.value(0);
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    void execute(const QString &sql)
    {
        const QString name = QStringLiteral("tst_admin_db_%1").arg(++m_connections);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath());
            if (!db.open())
                qFatal("cannot open the test database");
            QSqlQuery query(db);
            if (!query.exec(sql))
                qFatal("%s", qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    // --- db migrate ---------------------------------------------------------------------------------------------

    void migrate_twice_isIdempotent()
    {
        const QStringList arguments{QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), dbUrl()};
        const Run first = admin(arguments);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.isEmpty(), qPrintable(first.err));
        const int version = first.json.value(QStringLiteral("schema_version")).toInt();
        QVERIFY(version >= 1);
        QCOMPARE(first.json.value(QStringLiteral("migrations_applied")).toInt(), version);
        QCOMPARE(scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt(), version);

        const Run second = admin(arguments);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json.value(QStringLiteral("schema_version")).toInt(), version);
        QCOMPARE(second.json.value(QStringLiteral("migrations_applied")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(), version);
        QCOMPARE(scalar(QStringLiteral("SELECT size FROM audit_state WHERE id = 1")).toInt(), 0);
    }

    void migrate_missingFolder_exitsOne()
    {
        const Run run = admin({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"),
                               QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("no/such/dir/x.sqlite"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.endsWith(QLatin1String("(db.open)")), qPrintable(run.err));
    }

    void migrate_badUrl_exitsOneWithoutEchoingIt()
    {
        const Run run = admin({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"),
                               QStringLiteral("postgresql://ops:hunter22@db.example:5432/redress")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("--db: ")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("hunter22")), qPrintable(run.err));
    }

    void otherCommands_refuseAMissingDatabase_andDoNotCreateIt()
    {
        const Run run = admin(userAddArgs(QStringLiteral("alice")), kPassword.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("db migrate")), qPrintable(run.err));
        QVERIFY2(run.err.endsWith(QLatin1String("(db.missing)")), qPrintable(run.err));
        QVERIFY(!QFile::exists(dbPath()));
    }

    void otherCommands_refuseAnUnmigratedDatabase()
    {
        execute(QStringLiteral("CREATE TABLE unrelated (x INTEGER)"));
        const Run run = admin({QStringLiteral("policy"), QStringLiteral("publish"), seed("policy.json"), QStringLiteral("--db"), dbUrl()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("schema version 0")), qPrintable(run.err));
        QVERIFY2(run.err.endsWith(QLatin1String("(db.schema)")), qPrintable(run.err));
    }

    // --- user add / disable -------------------------------------------------------------------------------------

    void userAdd_passwordFromStdin_storesOnlyAnArgon2idHash()
    {
        QVERIFY(migrate());
        const Run run = admin(userAddArgs(QStringLiteral("alice"), QStringLiteral("lead"))
                                  + QStringList{QStringLiteral("--vendor"), QStringLiteral("acme-bpo"),
                                                QStringLiteral("--display-name"), QStringLiteral("Alice Ng")},
                              kPassword.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("added"));
        QCOMPARE(run.json.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(run.json.value(QStringLiteral("role")).toString(), QStringLiteral("lead"));
        QCOMPARE(run.json.value(QStringLiteral("vendor")).toString(), QStringLiteral("acme-bpo"));
        QCOMPARE(run.json.value(QStringLiteral("display_name")).toString(), QStringLiteral("Alice Ng"));
        QVERIFY(!run.out.contains(kPassword));

        const QString hash = scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'alice'")).toString();
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
        // The audit entry names the OS user behind redress-admin.
        const QJsonObject entry = QJsonDocument::fromJson(
                                      scalar(QStringLiteral("SELECT entry FROM audit_log WHERE seq = 1")).toByteArray())
                                      .object();
        QCOMPARE(entry.value(QStringLiteral("actor")).toString(), QStringLiteral("redress-admin:ops.jane"));
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("user.add"));

        // Nowhere in the database's files, in any encoding SQLite might use: the file, its WAL and shared memory.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QByteArray bytes = fileBytes(dbPath() + suffix);
            QVERIFY2(!bytes.contains(kPassword.toUtf8()), qPrintable(suffix));
            const QByteArray utf16(reinterpret_cast<const char *>(kPassword.utf16()), kPassword.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(suffix));
        }
    }

    void userAdd_passwordOption_doesNotExist()
    {
        QVERIFY(migrate());
        for (const QStringList &extra : {QStringList{QStringLiteral("--password"), kPassword},
                                         QStringList{QStringLiteral("--password=") + kPassword}}) {
            const Run run = admin(userAddArgs(QStringLiteral("alice")) + extra, kPassword.toUtf8() + '\n');
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QLatin1String("standard input")), qPrintable(run.err));
            QVERIFY2(!run.err.contains(kPassword), qPrintable(run.err));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);
        // Nor is it taken as a stray argument.
        const Run stray = admin(userAddArgs(QStringLiteral("alice")) + QStringList{kPassword}, {});
        QCOMPARE(stray.exitCode, 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);
    }

    void userAdd_badPassword_exitsOne_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QByteArray() << "No password on standard input";
        QTest::newRow("empty line") << QByteArray("\n") << "No password on standard input";
        QTest::newRow("short") << QByteArray("short\n") << "8 to 1024 characters";
        QTest::newRow("too long") << QByteArray(5000, 'x') << "8 to 1024 characters";
        QTest::newRow("not UTF-8") << QByteArray("abc\xff\xfe" "defgh\n") << "not valid UTF-8";
    }

    void userAdd_badPassword_exitsOne()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        QVERIFY(migrate());
        const Run run = admin(userAddArgs(QStringLiteral("alice")), input);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.endsWith(QLatin1String("(user.password)")), qPrintable(run.err));
        QVERIFY(!run.err.contains(u'\n'));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
    }

    void userAdd_onlyTheFirstLineIsThePassword()
    {
        QVERIFY(migrate());
        // A CRLF line ending (a file written on Windows) is not part of the password.
        QCOMPARE(admin(userAddArgs(QStringLiteral("alice")), kPassword.toUtf8() + "\r\nignored\n").exitCode, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 1);
    }

    void userAdd_duplicate_exitsOne()
    {
        QVERIFY(migrate());
        QCOMPARE(admin(userAddArgs(QStringLiteral("alice")), kPassword.toUtf8() + '\n').exitCode, 0);
        const Run again = admin(userAddArgs(QStringLiteral("alice"), QStringLiteral("manager")), kPassword.toUtf8() + '\n');
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.err, QStringLiteral("%1: --username: A user named \"alice\" already exists. (user.exists)").arg(dbUrl()));
        QCOMPARE(scalar(QStringLiteral("SELECT role FROM users WHERE username = 'alice'")).toString(), QStringLiteral("agent"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 1);
    }

    void userAdd_badOptions_exitOne_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown role") << "alice" << "wizard"
                                      << "--role: Unknown role \"wizard\"; expected one of: agent, senior_agent, lead, "
                                         "manager, director, trainer, admin, ai_agent, integration. (user.role)";
        QTest::newRow("upper-case username") << "Alice" << "agent" << "--username: A username is 1 to 64 of";
        QTest::newRow("username with a space") << "al ice" << "agent" << "--username: A username is 1 to 64 of";
    }

    void userAdd_badOptions_exitOne()
    {
        QFETCH(QString, username);
        QFETCH(QString, role);
        QFETCH(QString, expected);
        QVERIFY(migrate());
        const Run run = admin(userAddArgs(username, role), kPassword.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(dbUrl() + QLatin1String(": ") + expected), qPrintable(run.err));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);
    }

    void userAdd_missingRequiredOption_isAUsageError()
    {
        QVERIFY(migrate());
        const Run run = admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), dbUrl(),
                               QStringLiteral("--username"), QStringLiteral("alice"), QStringLiteral("--role"),
                               QStringLiteral("agent")},
                              kPassword.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.section(u'\n', 0, 0), QStringLiteral("user add needs --team."));
    }

#if defined(Q_OS_UNIX)
    // On a terminal: asked on stderr twice, with echo off, and the answers must match.
    void userAdd_terminal_asksTwiceWithoutEcho_data()
    {
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("same") << kPassword.toUtf8() << 0;
        QTest::newRow("different") << QByteArray("something-else-entirely") << 1;
    }

    void userAdd_terminal_asksTwiceWithoutEcho()
    {
        QFETCH(QByteArray, second);
        QFETCH(int, exitCode);
        QVERIFY(migrate());
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const QString slave = QString::fromLocal8Bit(::ptsname(master));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("USER"), QStringLiteral("ops.jane"));
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(slave);
        process.setReadChannel(QProcess::StandardError); // the prompts; waitForReadyRead() watches this channel
        process.start(QStringLiteral(REDRESS_ADMIN_PATH), userAddArgs(QStringLiteral("alice")));
        QVERIFY(process.waitForStarted(30000));
        // Answer each prompt only once it is shown: echo is turned off (flushing earlier input) just before it.
        QByteArray prompts;
        const auto waitFor = [&](const QByteArray &text) -> bool {
            while (!prompts.contains(text)) {
                if (!process.waitForReadyRead(30000))
                    return false;
                prompts += process.readAllStandardError();
            }
            return true;
        };
        QVERIFY2(waitFor("Password for alice: "), prompts.constData());
        QVERIFY(::write(master, kPassword.toUtf8().constData(), size_t(kPassword.size())) == kPassword.size());
        QVERIFY(::write(master, "\n", 1) == 1);
        QVERIFY2(waitFor("Repeat the password: "), prompts.constData());
        QVERIFY(::write(master, second.constData(), size_t(second.size())) == second.size());
        QVERIFY(::write(master, "\n", 1) == 1);
        const Run run = finish(process);
        QCOMPARE(run.exitCode, exitCode);
        // What the terminal showed: the newlines only, never the password.
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        QByteArray shown;
        char buffer[256];
        for (ssize_t got = 0; (got = ::read(master, buffer, sizeof buffer)) > 0;)
            shown.append(buffer, got);
        ::close(master);
        QVERIFY2(!shown.contains(kPassword.toUtf8()), shown.constData());
        QVERIFY2(!shown.contains(second), shown.constData());
        if (exitCode == 0) {
            QVERIFY(scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'alice'"))
                        .toString()
                        .startsWith(QLatin1String("$argon2id$")));
        } else {
            QVERIFY2(run.err.endsWith(QLatin1String("The two passwords differ; nothing was changed. (user.password_mismatch)")),
                     qPrintable(run.err));
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);
        }
    }
#endif

    void userDisable_endsSessions()
    {
        QVERIFY(migrate());
        QCOMPARE(admin(userAddArgs(QStringLiteral("alice")), kPassword.toUtf8() + '\n').exitCode, 0);
        const QString id = scalar(QStringLiteral("SELECT id FROM users WHERE username = 'alice'")).toString();
        execute(QStringLiteral("INSERT INTO sessions (token_hash, user_id, device_id, created_at, last_seen_at, expires_at) "
                               "VALUES ('t1', '%1', 'ws-1', 1, 1, 9999999999999), ('t2', '%1', 'ws-2', 1, 1, 9999999999999)")
                    .arg(id));
        const Run run = admin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"), dbUrl(),
                               QStringLiteral("--username"), QStringLiteral("alice")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
        QCOMPARE(scalar(QStringLiteral("SELECT disabled FROM users WHERE id = ?"), {id}).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE ended_at IS NULL")).toInt(), 0);
        const QJsonObject entry = QJsonDocument::fromJson(
                                      scalar(QStringLiteral("SELECT entry FROM audit_log WHERE seq = 2")).toByteArray())
                                      .object();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("user.disable"));
        QCOMPARE(entry.value(QStringLiteral("actor")).toString(), QStringLiteral("redress-admin:ops.jane"));
    }

    void userDisable_unknownUser_exitsOne()
    {
        QVERIFY(migrate());
        const Run run = admin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"), dbUrl(),
                               QStringLiteral("--username"), QStringLiteral("nobody")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QStringLiteral("%1: --username: No user named \"nobody\". (user.unknown)").arg(dbUrl()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
    }

    // --- publish ------------------------------------------------------------------------------------------------

    void publish_seedDocumentTwice_secondIsAlreadyPublished_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::newRow("policy") << "policy" << seed("policy.json");
        QTest::newRow("tree") << "tree" << seed("trees/late_delivery.json");
        QTest::newRow("template") << "template" << seed("templates/late_delivery_apology.json");
    }

    void publish_seedDocumentTwice_secondIsAlreadyPublished()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QVERIFY(migrate());
        const QStringList arguments{kind, QStringLiteral("publish"), file, QStringLiteral("--db"), dbUrl()};
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(fileBytes(file), QCryptographicHash::Sha256).toHex());

        const Run first = admin(arguments);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.isEmpty(), qPrintable(first.err));
        QCOMPARE(first.json.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
        QCOMPARE(first.json.value(QStringLiteral("kind")).toString(), kind);
        QVERIFY(!first.json.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(first.json.value(QStringLiteral("version")).toInt() >= 1);
        QCOMPARE(first.json.value(QStringLiteral("sha256")).toString(), sha256);

        const Run second = admin(arguments);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json.value(QStringLiteral("status")).toString(), QStringLiteral("already published"));
        QCOMPARE(second.json.value(QStringLiteral("version")), first.json.value(QStringLiteral("version")));
        QCOMPARE(second.json.value(QStringLiteral("sha256")).toString(), sha256);

        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind = ?"), {kind}).toInt(), 1);
        // Publishing is audited once; the repeat changed nothing.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT published_by FROM documents")).toString(), QStringLiteral("redress-admin:ops.jane"));
    }

    void publish_changedContentUnderSameVersion_exitsOne()
    {
        QVERIFY(migrate());
        const QString original = seed("policy.json");
        QCOMPARE(admin({QStringLiteral("policy"), QStringLiteral("publish"), original, QStringLiteral("--db"), dbUrl()}).exitCode, 0);

        QByteArray changed = fileBytes(original);
        const qsizetype brace = changed.lastIndexOf('}');
        QVERIFY(brace > 0);
        changed.insert(brace, "\n");
        const QString path = m_dir->filePath(QStringLiteral("policy-edited.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(changed);
        file.close();

        const Run run = admin({QStringLiteral("policy"), QStringLiteral("publish"), path, QStringLiteral("--db"), dbUrl()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(path + QLatin1String(": /version: Version ")), qPrintable(run.err));
        QVERIFY2(run.err.endsWith(QLatin1String("(document.version_exists)")), qPrintable(run.err));
        QVERIFY(!run.err.contains(u'\n'));
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(fileBytes(original), QCryptographicHash::Sha256).toHex());
        QCOMPARE(scalar(QStringLiteral("SELECT sha256 FROM documents")).toString(), sha256);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM documents")).toInt(), 1);
    }

    void publish_versionBelowTheNewest_exitsOne()
    {
        QVERIFY(migrate());
        const QByteArray original = fileBytes(seed("policy.json"));
        QVERIFY(original.contains("\"version\": 7,"));
        QByteArray newer = original;
        newer.replace("\"version\": 7,", "\"version\": 8,");
        const QString newerPath = m_dir->filePath(QStringLiteral("policy-v8.json"));
        QFile file(newerPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(newer);
        file.close();
        const Run published = admin({QStringLiteral("policy"), QStringLiteral("publish"), newerPath, QStringLiteral("--db"), dbUrl()});
        QCOMPARE(published.exitCode, 0);
        QCOMPARE(published.json.value(QStringLiteral("version")).toInt(), 8);

        const Run older = admin({QStringLiteral("policy"), QStringLiteral("publish"), seed("policy.json"), QStringLiteral("--db"), dbUrl()});
        QCOMPARE(older.exitCode, 1);
        QVERIFY2(older.err.endsWith(QLatin1String("(document.stale_version)")), qPrintable(older.err));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM documents")).toInt(), 1);
    }

    void publish_invalidDocument_isReportedLikeCheck()
    {
        QVERIFY(migrate());
        const QString path = m_dir->filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":1,"id":"x","version":1})");
        file.close();
        const Run run = admin({QStringLiteral("tree"), QStringLiteral("publish"), path, QStringLiteral("--db"), dbUrl()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(path + QLatin1String(": ")), qPrintable(run.err));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM documents")).toInt(), 0);

        const Run missing = admin({QStringLiteral("template"), QStringLiteral("publish"), m_dir->filePath(QStringLiteral("none.json")),
                                   QStringLiteral("--db"), dbUrl()});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.endsWith(QLatin1String("No such file.")), qPrintable(missing.err));
    }

    // --- the command line ---------------------------------------------------------------------------------------

    void help_newCommands_printUsageOnStdout_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("start");
        QTest::newRow("db") << QStringList{QStringLiteral("db"), QStringLiteral("--help")} << "Usage: redress-admin db migrate --db URL";
        QTest::newRow("db migrate") << QStringList{QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("-h")}
                                    << "Usage: redress-admin db migrate [options]\n";
        QTest::newRow("user") << QStringList{QStringLiteral("user"), QStringLiteral("--help")} << "Usage: redress-admin user add --db URL";
        QTest::newRow("user add") << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help")}
                                  << "Usage: redress-admin user add [options]\n";
        QTest::newRow("user disable") << QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--help")}
                                      << "Usage: redress-admin user disable [options]\n";
        QTest::newRow("policy publish") << QStringList{QStringLiteral("policy"), QStringLiteral("publish"), QStringLiteral("--help")}
                                        << "Usage: redress-admin policy publish [options] FILE\n";
        QTest::newRow("tree publish") << QStringList{QStringLiteral("tree"), QStringLiteral("publish"), QStringLiteral("--help")}
                                      << "Usage: redress-admin tree publish [options] FILE\n";
        QTest::newRow("template publish") << QStringList{QStringLiteral("template"), QStringLiteral("publish"), QStringLiteral("--help")}
                                          << "Usage: redress-admin template publish [options] FILE\n";
        QTest::newRow("audit") << QStringList{QStringLiteral("audit"), QStringLiteral("--help")} << "Usage: redress-admin audit verify --db URL";
        QTest::newRow("audit verify") << QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--help")}
                                      << "Usage: redress-admin audit verify [options]\n";
        QTest::newRow("program") << QStringList{QStringLiteral("--help")} << "Usage: redress-admin GROUP COMMAND";
    }

    void help_newCommands_printUsageOnStdout()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, start);
        const Run run = admin(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(start), qPrintable(run.out));
        if (arguments.size() == 3)
            QVERIFY2(run.out.contains(QLatin1String("--db <URL>")), qPrintable(run.out));
        if (arguments.constFirst() == QLatin1String("--help")) {
            for (const char *command : {"db migrate", "user add", "user disable", "policy publish", "tree publish",
                                        "template publish", "audit verify"})
                QVERIFY2(run.out.contains(QLatin1String(command)), command);
        }
    }

    void usageErrors_newCommands_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("db without command") << QStringList{QStringLiteral("db")} << "Expected a db command: migrate or prune-changes.";
        QTest::newRow("user unknown command") << QStringList{QStringLiteral("user"), QStringLiteral("delete")}
                                              << "Unknown user command \"delete\"; expected add or disable.";
        QTest::newRow("policy unknown command") << QStringList{QStringLiteral("policy"), QStringLiteral("lint")}
                                                << "Unknown policy command \"lint\"; expected check, evaluate or publish.";
        QTest::newRow("migrate without --db") << QStringList{QStringLiteral("db"), QStringLiteral("migrate")} << "db migrate needs --db.";
        QTest::newRow("migrate with a stray word")
            << QStringList{QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("now"), QStringLiteral("--db"), QStringLiteral("sqlite:x")}
            << "db migrate takes no FILE or other argument, got \"now\".";
        QTest::newRow("publish without --db") << QStringList{QStringLiteral("tree"), QStringLiteral("publish"), seed("trees/late_delivery.json")}
                                              << "tree publish needs --db.";
        QTest::newRow("publish without FILE") << QStringList{QStringLiteral("template"), QStringLiteral("publish"), QStringLiteral("--db"), QStringLiteral("sqlite:x")}
                                              << "template publish needs exactly one FILE.";
        QTest::newRow("verify without --db") << QStringList{QStringLiteral("audit"), QStringLiteral("verify")} << "audit verify needs --db.";
    }

    void usageErrors_newCommands_exitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, firstLine);
        const Run run = admin(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QCOMPARE(run.err.section(u'\n', 0, 0), firstLine);
        QVERIFY2(run.err.contains(QLatin1String("Usage: redress-admin")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAdminDb)
#include "tst_admin_db.moc"
