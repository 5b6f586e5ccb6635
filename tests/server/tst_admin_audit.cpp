// redress-admin audit verify, through the real binary: green on a log written by redress-admin itself, and exit 1
// naming the first bad entry and the reason after the database was tampered with by hand (SQL on the file).
#include "auditchain.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using redress::AuditChain;
using redress::AuditEntry;

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

Run admin(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(REDRESS_ADMIN_PATH), arguments);
    if (!process.waitForStarted(30000))
        qFatal("redress-admin did not start");
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("redress-admin did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

QString seed(const char *relative)
{
    return QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/") + QLatin1String(relative);
}

} // namespace

class TestAdminAudit : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    int m_connections = 0;
    /// Entries in the log that init() writes.
    static constexpr int kEntries = 6;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("redress.sqlite")); }
    QString dbUrl() const { return QLatin1String("sqlite:") + dbPath(); }

    Run verify(const QStringList &extra = {})
    {
        return admin(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), dbUrl()} + extra);
    }

    /// Runs SQL statements straight on the file, as someone with write access to the database could.
    void tamper(const QStringList &statements)
    {
        const QString name = QStringLiteral("tst_admin_audit_%1").arg(++m_connections);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath());
            if (!db.open())
                qFatal("cannot open the test database");
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement))
                    qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    QStringList auditState()
    {
        const QString name = QStringLiteral("tst_admin_audit_%1").arg(++m_connections);
        QStringList state;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath());
            if (!db.open())
                qFatal("cannot open the test database");
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT size, head_hash, frontier FROM audit_state WHERE id = 1")) || !query.next())
                qFatal("no audit_state");
            state = {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
        }
        QSqlDatabase::removeDatabase(name);
        return state;
    }

    /// Checks a failed verify: exit 1, JSON with valid false, and one stderr line "URL: sequence N: … (code)".
    void expectFailure(const Run &run, const QString &code, const QString &where)
    {
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(run.json.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(run.json.value(QStringLiteral("where")).toString(), where);
        QVERIFY2(!run.err.contains(u'\n'), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(dbUrl() + QLatin1String(": ") + where + QLatin1String(": ")), qPrintable(run.err));
        QVERIFY2(run.err.endsWith(QLatin1String(" (") + code + u')'), qPrintable(run.err));
    }

    /// Writes `count` entries straight into audit_log and audit_state, as the server would, without a process per entry.
    void writeLog(int count)
    {
        const QString name = QStringLiteral("tst_admin_audit_%1").arg(++m_connections);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath());
            QVERIFY(db.open());
            QVERIFY(db.transaction());
            QSqlQuery clear(db);
            QVERIFY(clear.exec(QStringLiteral("DELETE FROM audit_log")));
            QSqlQuery insert(db);
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, entry) VALUES (?, ?)")));
            AuditChain chain;
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(1714564800000, Qt::UTC);
            for (int i = 0; i < count; ++i) {
                AuditEntry entry;
                entry.setOccurredAt(at.addSecs(i));
                entry.setActor(QStringLiteral("agent.ana"));
                entry.setDeviceId(QStringLiteral("ws-07"));
                entry.setAction(QStringLiteral("note.add"));
                entry.setEntityType(QStringLiteral("case"));
                entry.setEntityId(QStringLiteral("C-%1").arg(i));
                entry.setAfter(QJsonObject{{QStringLiteral("text"), QStringLiteral("note %1").arg(i)}});
                redress::Result<AuditEntry> appended = chain.append(entry);
                QVERIFY(appended.ok());
                insert.addBindValue(appended->sequence());
                insert.addBindValue(QString::fromUtf8(QJsonDocument(appended->toJson()).toJson(QJsonDocument::Compact)));
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
            QStringList frontier;
            for (const QByteArray &hash : chain.tree().frontier())
                frontier.append(QString::fromLatin1(hash.toHex()));
            QSqlQuery state(db);
            QVERIFY(state.prepare(QStringLiteral("UPDATE audit_state SET size = ?, head_hash = ?, frontier = ? WHERE id = 1")));
            state.addBindValue(chain.size());
            state.addBindValue(QString::fromLatin1(chain.headHash().toHex()));
            state.addBindValue(frontier.join(u','));
            QVERIFY(state.exec());
            QVERIFY(db.commit());
        }
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    // A fresh database with a log written by redress-admin itself: two users added, a policy, tree and template
    // published, one user disabled.
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        QCOMPARE(admin({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), dbUrl()}).exitCode, 0);
        for (const char *username : {"alice", "bob"}) {
            const Run added = admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), dbUrl(),
                                     QStringLiteral("--username"), QLatin1String(username), QStringLiteral("--role"),
                                     QStringLiteral("agent"), QStringLiteral("--team"), QStringLiteral("parcel-ops")},
                                    "a-long-enough-password\n");
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
        for (const auto &[kind, file] : {std::pair{"policy", "policy.json"}, std::pair{"tree", "trees/late_delivery.json"},
                                         std::pair{"template", "templates/late_delivery_apology.json"}}) {
            const Run published = admin({QLatin1String(kind), QStringLiteral("publish"), seed(file), QStringLiteral("--db"), dbUrl()});
            QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        }
        const Run disabled = admin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"), dbUrl(),
                                    QStringLiteral("--username"), QStringLiteral("bob")});
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
    }

    void cleanup() { m_dir.reset(); }

    void verify_untouchedLog_isGreen()
    {
        const Run run = verify();
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(run.json.value(QStringLiteral("valid")).toBool());
        QCOMPARE(run.json.value(QStringLiteral("entries")).toInt(), kEntries);
        static const QRegularExpression treeHead(QStringLiteral("^6:[0-9a-f]{64}$"));
        QVERIFY2(treeHead.match(run.json.value(QStringLiteral("tree_head")).toString()).hasMatch(),
                 qPrintable(run.json.value(QStringLiteral("tree_head")).toString()));
        QCOMPARE(run.json.value(QStringLiteral("head_hash")).toString(), auditState().at(1));

        // The tree head it printed is accepted as a published one, now and after the log grew.
        const QString published = run.json.value(QStringLiteral("tree_head")).toString();
        QCOMPARE(verify({QStringLiteral("--tree-head"), published}).exitCode, 0);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"), dbUrl(),
                        QStringLiteral("--username"), QStringLiteral("alice")})
                     .exitCode,
                 0);
        const Run grown = verify({QStringLiteral("--tree-head"), published});
        QCOMPARE(grown.exitCode, 0);
        QCOMPARE(grown.json.value(QStringLiteral("entries")).toInt(), kEntries + 1);
        QVERIFY(grown.json.value(QStringLiteral("published_tree_head_checked")).toBool());
    }

    void verify_emptyLog_isGreen()
    {
        tamper({QStringLiteral("DELETE FROM audit_log"), QStringLiteral("UPDATE audit_state SET size = 0, head_hash = '', frontier = ''")});
        const Run run = verify();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(QStringLiteral("entries")).toInt(), 0);
        // RFC 6962: the empty tree's root is SHA-256 of nothing.
        QCOMPARE(run.json.value(QStringLiteral("tree_head")).toString(),
                 QStringLiteral("0:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void verify_tamperedLog_namesFirstBadEntry_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        // Entry 3 is the policy's publication, entry 6 bob's disabling.
        QTest::newRow("content of a middle entry edited")
            << QStringList{QStringLiteral("UPDATE audit_log SET entry = replace(entry, '\"action\":\"document.publish\"', "
                                          "'\"action\":\"document.unpublish\"') WHERE seq = 3")}
            << "audit.altered_content" << "sequence 3";
        QTest::newRow("actor of the first entry edited")
            << QStringList{QStringLiteral("UPDATE audit_log SET entry = replace(entry, 'redress-admin:', 'someone-else:') WHERE seq = 1")}
            << "audit.altered_content" << "sequence 1";
        QTest::newRow("content of the last entry edited")
            << QStringList{QStringLiteral("UPDATE audit_log SET entry = replace(entry, '\"disabled\":true', '\"disabled\":false') WHERE seq = 6")}
            << "audit.head_mismatch" << "sequence 6";
        QTest::newRow("last entry deleted") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 6")}
                                            << "audit.truncated" << "sequence 6";
        QTest::newRow("last two entries deleted") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq >= 5")}
                                                  << "audit.truncated" << "sequence 5";
        QTest::newRow("middle entry deleted") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 3")}
                                              << "audit.sequence_gap" << "sequence 4";
        QTest::newRow("first entry deleted") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = 1")}
                                             << "audit.sequence_gap" << "sequence 2";
        QTest::newRow("entry not JSON") << QStringList{QStringLiteral("UPDATE audit_log SET entry = 'gone' WHERE seq = 4")}
                                        << "audit.malformed" << "sequence 4";
        QTest::newRow("entry member removed")
            << QStringList{QStringLiteral("UPDATE audit_log SET entry = json_remove(entry, '$.actor') WHERE seq = 2")}
            << "json.missing" << "sequence 2: /actor";
        QTest::newRow("row renumbered") << QStringList{QStringLiteral("UPDATE audit_log SET seq = 60 WHERE seq = 6")}
                                        << "audit.seq_mismatch" << "sequence 60";
        QTest::newRow("two entries swapped")
            << QStringList{QStringLiteral("UPDATE audit_log SET seq = -2 WHERE seq = 2"), QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 3"),
                           QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = -2")}
            << "audit.seq_mismatch" << "sequence 2";
        QTest::newRow("entry appended outside Redress")
            << QStringList{QStringLiteral("INSERT INTO audit_log (seq, entry) SELECT 7, json_set(entry, '$.sequence', 7, '$.previousHash', "
                                          "(SELECT head_hash FROM audit_state)) FROM audit_log WHERE seq = 6")}
            << "audit.unrecorded" << "sequence 7";
        // A copy of the last entry, renumbered but still linked to the last entry's predecessor.
        QTest::newRow("entry copied to the end")
            << QStringList{QStringLiteral("INSERT INTO audit_log (seq, entry) SELECT 7, json_set(entry, '$.sequence', 7) FROM audit_log WHERE seq = 6")}
            << "audit.inserted" << "sequence 6";
        QTest::newRow("audit head moved back")
            << QStringList{QStringLiteral("UPDATE audit_state SET size = 5")} << "audit.unrecorded" << "sequence 6";
        QTest::newRow("frontier changed")
            << QStringList{QStringLiteral("UPDATE audit_state SET frontier = replace(frontier, substr(frontier, 1, 4), '0000')")}
            << "audit.frontier_mismatch" << "audit_state";
        QTest::newRow("audit head row deleted") << QStringList{QStringLiteral("DELETE FROM audit_state")} << "audit.state"
                                                << "audit_state";
    }

    void verify_tamperedLog_namesFirstBadEntry()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, code);
        QFETCH(QString, where);
        QCOMPARE(verify().exitCode, 0);
        tamper(statements);
        expectFailure(verify(), code, where);
    }

    // Without something kept outside the database, deleting the last entry and moving the audit head back with it
    // leaves a valid, shorter log; a tree head published earlier catches it.
    void verify_publishedTreeHead_catchesTruncationThatMovedTheHeadToo()
    {
        const QStringList before = auditState();
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"), dbUrl(),
                        QStringLiteral("--username"), QStringLiteral("alice")})
                     .exitCode,
                 0);
        const Run published = verify();
        QCOMPARE(published.exitCode, 0);
        const QString treeHead = published.json.value(QStringLiteral("tree_head")).toString();

        tamper({QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(kEntries + 1),
                QStringLiteral("UPDATE audit_state SET size = %1, head_hash = '%2', frontier = '%3'").arg(before.at(0), before.at(1), before.at(2))});
        const Run unaware = verify();
        QCOMPARE(unaware.exitCode, 0);
        QCOMPARE(unaware.json.value(QStringLiteral("entries")).toInt(), kEntries);
        expectFailure(verify({QStringLiteral("--tree-head"), treeHead}), QStringLiteral("audit.truncated"),
                      QStringLiteral("sequence %1").arg(kEntries + 1));
    }

    void verify_wrongPublishedRoot_exitsOne()
    {
        const QString wrong = QStringLiteral("3:") + QString(64, u'a');
        expectFailure(verify({QStringLiteral("--tree-head"), wrong}), QStringLiteral("audit.root_mismatch"), QStringLiteral("sequence 3"));
    }

    void verify_malformedTreeHead_exitsOne_data()
    {
        QTest::addColumn<QString>("treeHead");
        QTest::newRow("no size") << QString(64, u'a');
        QTest::newRow("short root") << QStringLiteral("3:abcd");
        QTest::newRow("negative size") << QStringLiteral("-3:") + QString(64, u'a');
        QTest::newRow("not hex") << QStringLiteral("3:") + QString(64, u'g');
    }

    void verify_malformedTreeHead_exitsOne()
    {
        QFETCH(QString, treeHead);
        const Run run = verify({QStringLiteral("--tree-head=") + treeHead});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(dbUrl() + QLatin1String(": --tree-head: Expected SIZE:ROOT")), qPrintable(run.err));
        QVERIFY2(run.err.endsWith(QLatin1String("(cli.invalid)")), qPrintable(run.err));
    }

    // The log is read in pages of 10,000 rows: a fault whose evidence is on the next page is still found.
    void verify_logLongerThanAPage_isReadWhole()
    {
        const int count = 10001;
        writeLog(count);
        const Run run = verify();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(QStringLiteral("entries")).toInt(), count);
        // Entry 9999's edit is proved by entry 10,001, the only row on the second page: entry 10,000 still links to
        // what 9999 was, and 10,001 confirms 10,000's link.
        tamper({QStringLiteral("UPDATE audit_log SET entry = replace(entry, 'note 9998', 'note 9997') WHERE seq = 9999")});
        expectFailure(verify(), QStringLiteral("audit.altered_content"), QStringLiteral("sequence 9999"));
        tamper({QStringLiteral("DELETE FROM audit_log WHERE seq = 10000")});
        expectFailure(verify(), QStringLiteral("audit.sequence_gap"), QStringLiteral("sequence 10001"));
    }

    void verify_missingDatabase_exitsOneAndCreatesNothing()
    {
        const QString path = m_dir->filePath(QStringLiteral("none.sqlite"));
        const Run run = admin({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), QStringLiteral("sqlite:") + path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.endsWith(QLatin1String("(db.missing)")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestAdminAudit)
#include "tst_admin_audit.moc"
