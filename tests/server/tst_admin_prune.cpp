// redress-admin db prune-changes through the real binary on a temporary SQLite file: what goes, what stays, the
// horizon, and that a pull of what is left from the start rebuilds every record exactly as the whole feed did.
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
};

Run admin(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("USER"), QStringLiteral("ops.jane"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(REDRESS_ADMIN_PATH), arguments);
    if (!process.waitForStarted(30000) || !process.waitForFinished(60000))
        qFatal("redress-admin did not run");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray out = process.readAllStandardOutput();
    run.out = QString::fromUtf8(out);
    run.json = QJsonDocument::fromJson(out).object();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

/// What a client holds after applying a feed in order: each record's fields merged row by row (newer fields win,
/// as the client's cache does), keyed "entity id".
using Replayed = QMap<QString, QJsonObject>;

} // namespace

class TestAdminPrune : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    int m_connections = 0;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("redress.sqlite")); }
    QString dbUrl() const { return QLatin1String("sqlite:") + dbPath(); }

    QStringList pruneArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("db"), QStringLiteral("prune-changes"), QStringLiteral("--db"), dbUrl()} + extra;
    }

    /// Runs `sql` (with `binds`) on the file directly; returns the rows as lists of values.
    QList<QVariantList> query(const QString &sql, const QVariantList &binds = {})
    {
        const QString name = QStringLiteral("tst_admin_prune_%1").arg(++m_connections);
        QList<QVariantList> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath());
            if (!db.open())
                qFatal("cannot open the test database");
            QSqlQuery statement(db);
            statement.prepare(sql);
            for (const QVariant &bind : binds)
                statement.addBindValue(bind);
            if (!statement.exec())
                qFatal("%s: %s", qPrintable(sql), qPrintable(statement.lastError().text()));
            while (statement.next()) {
                QVariantList row;
                for (int i = 0; i < statement.record().count(); ++i)
                    row.append(statement.value(i));
                rows.append(row);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

    QVariant scalar(const QString &sql) { return query(sql).value(0).value(0); }

    void addChange(const QString &entity, const QString &id, const QJsonObject &data, qint64 at)
    {
        query(QStringLiteral("INSERT INTO changes (entity, entity_id, op, data, team, vendor, at) VALUES (?, ?, ?, ?, 'east', '', ?)"),
              {entity, id, entity == QLatin1String("case_event") ? QStringLiteral("insert") : QStringLiteral("upsert"),
               QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), at});
    }

    Replayed replay()
    {
        Replayed records;
        for (const QVariantList &row : query(QStringLiteral("SELECT entity, entity_id, data FROM changes ORDER BY seq"))) {
            QJsonObject &record = records[row.at(0).toString() + u' ' + row.at(1).toString()];
            const QJsonObject fields = QJsonDocument::fromJson(row.at(2).toString().toUtf8()).object();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                record.insert(it.key(), it.value());
        }
        return records;
    }

    QList<qint64> sequences()
    {
        QList<qint64> seqs;
        for (const QVariantList &row : query(QStringLiteral("SELECT seq FROM changes ORDER BY seq")))
            seqs.append(row.at(0).toLongLong());
        return seqs;
    }

    /// Fifteen rows: 1–10 committed ten days ago, 11–15 an hour ago. Records c1 (full snapshots), k1 and a1 (a full
    /// row, then rows carrying only what changed), two timeline events, one policy, two customers.
    void fillFeed()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 old = now - 10 * kDayMs;
        const qint64 recent = now - 3600 * 1000;
        auto caseRow = [](const char *status, const char *title) {
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")}, {QStringLiteral("status"), QLatin1String(status)},
                               {QStringLiteral("title"), QLatin1String(title)}, {QStringLiteral("customer_id"), QStringLiteral("u1")}};
        };
        addChange(QStringLiteral("case"), QStringLiteral("c1"), caseRow("open", "Parcel late"), old);             // 1
        addChange(QStringLiteral("case"), QStringLiteral("c1"), caseRow("in_progress", "Parcel late"), old);      // 2
        addChange(QStringLiteral("compensation"), QStringLiteral("k1"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("k1")}, {QStringLiteral("case_id"), QStringLiteral("c1")},
                              {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), 6000}, {QStringLiteral("currency"), QStringLiteral("USD")}}},
                              {QStringLiteral("state"), QStringLiteral("pending_approval")}},
                  old);                                                                                           // 3
        addChange(QStringLiteral("compensation"), QStringLiteral("k1"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("k1")}, {QStringLiteral("state"), QStringLiteral("applied")},
                              {QStringLiteral("decided_at"), old}},
                  old);                                                                                           // 4
        addChange(QStringLiteral("approval"), QStringLiteral("a1"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("a1")}, {QStringLiteral("case_id"), QStringLiteral("c1")},
                              {QStringLiteral("required_level"), QStringLiteral("lead")}, {QStringLiteral("state"), QStringLiteral("pending")},
                              {QStringLiteral("escalations"), 0}},
                  old);                                                                                           // 5
        addChange(QStringLiteral("approval"), QStringLiteral("a1"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("a1")}, {QStringLiteral("required_level"), QStringLiteral("manager")},
                              {QStringLiteral("escalations"), 1}},
                  old);                                                                                           // 6
        addChange(QStringLiteral("case_event"), QStringLiteral("1"),
                  QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("case_id"), QStringLiteral("c1")}, {QStringLiteral("type"), QStringLiteral("note")}},
                  old);                                                                                           // 7
        addChange(QStringLiteral("case_event"), QStringLiteral("2"),
                  QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("case_id"), QStringLiteral("c1")}, {QStringLiteral("type"), QStringLiteral("note")}},
                  old);                                                                                           // 8
        addChange(QStringLiteral("document"), QStringLiteral("policy:p"),
                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("policy")}, {QStringLiteral("version"), 7}}, old); // 9
        addChange(QStringLiteral("customer"), QStringLiteral("u1"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")}, {QStringLiteral("tier"), QStringLiteral("gold")}}, old); // 10
        addChange(QStringLiteral("case"), QStringLiteral("c1"), caseRow("resolved", "Parcel late, refunded"), recent); // 11
        addChange(QStringLiteral("approval"), QStringLiteral("a1"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("a1")}, {QStringLiteral("state"), QStringLiteral("approved")},
                              {QStringLiteral("decided_by"), QStringLiteral("m1")}},
                  recent);                                                                                        // 12
        addChange(QStringLiteral("document"), QStringLiteral("policy:p"),
                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("policy")}, {QStringLiteral("version"), 8}}, recent); // 13
        addChange(QStringLiteral("customer"), QStringLiteral("u2"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("u2")}, {QStringLiteral("tier"), QStringLiteral("silver")}}, recent); // 14
        addChange(QStringLiteral("customer"), QStringLiteral("u2"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("u2")}, {QStringLiteral("tier"), QStringLiteral("gold")}}, recent); // 15
    }

    bool migrate()
    {
        const Run run = admin({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), dbUrl()});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return run.exitCode == 0;
    }

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void prune_keepsEachRecordsLatestStateAndEveryEvent()
    {
        QVERIFY(migrate());
        fillFeed();
        QCOMPARE(sequences().size(), 15);
        const Replayed before = replay();

        const Run run = admin(pruneArgs({QStringLiteral("--keep-days"), QStringLiteral("3")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("pruned"));
        QCOMPARE(run.json.value(QStringLiteral("keep_days")).toInt(), 3);
        // Superseded and older than three days: c1's 1 and 2, k1's 3, a1's 5 and 6, the policy's 9. The newest row
        // of k1 (4) and of u1 (10) stay though old; so do both events (7, 8).
        QCOMPARE(run.json.value(QStringLiteral("deleted")).toInteger(), 6);
        QCOMPARE(run.json.value(QStringLiteral("horizon")).toInteger(), 9);
        QCOMPARE(run.json.value(QStringLiteral("remaining")).toInteger(), 9);
        // k1's row 4 and a1's row 12 carried only what changed; they now carry the whole record.
        QCOMPARE(run.json.value(QStringLiteral("rewritten")).toInteger(), 2);
        QCOMPARE(sequences(), (QList<qint64>{4, 7, 8, 10, 11, 12, 13, 14, 15}));
        QCOMPARE(scalar(QStringLiteral("SELECT seq FROM change_horizon WHERE id = 1")).toLongLong(), 9);

        // A client pulling what is left from the start ends with every record as the whole feed gave it.
        const Replayed after = replay();
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        const QJsonObject k1 = QJsonDocument::fromJson(
                                   scalar(QStringLiteral("SELECT data FROM changes WHERE seq = 4")).toString().toUtf8())
                                   .object();
        QCOMPARE(k1.value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
        QCOMPARE(k1.value(QStringLiteral("amount")).toObject().value(QStringLiteral("minor")).toInt(), 6000);

        // Audited once, naming the administrator.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 1);
        const QJsonObject entry = QJsonDocument::fromJson(scalar(QStringLiteral("SELECT entry FROM audit_log")).toByteArray()).object();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("changes.prune"));
        QCOMPARE(entry.value(QStringLiteral("actor")).toString(), QStringLiteral("redress-admin:ops.jane"));
        // The chain still verifies.
        const Run verified = admin({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), dbUrl()});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    }

    void prune_twice_secondChangesNothing()
    {
        QVERIFY(migrate());
        fillFeed();
        QCOMPARE(admin(pruneArgs({QStringLiteral("--keep-days"), QStringLiteral("3")})).exitCode, 0);
        const QList<qint64> kept = sequences();
        const Replayed state = replay();

        const Run again = admin(pruneArgs({QStringLiteral("--keep-days"), QStringLiteral("3")}));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json.value(QStringLiteral("deleted")).toInteger(), 0);
        QCOMPARE(again.json.value(QStringLiteral("rewritten")).toInteger(), 0);
        QCOMPARE(again.json.value(QStringLiteral("horizon")).toInteger(), 9);
        QCOMPARE(sequences(), kept);
        QVERIFY(replay() == state);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 1); // nothing done, nothing audited

        // A longer window prunes nothing and never moves the horizon back.
        const Run longer = admin(pruneArgs({QStringLiteral("--keep-days"), QStringLiteral("30")}));
        QCOMPARE(longer.exitCode, 0);
        QCOMPARE(longer.json.value(QStringLiteral("deleted")).toInteger(), 0);
        QCOMPARE(longer.json.value(QStringLiteral("horizon")).toInteger(), 9);
        QCOMPARE(scalar(QStringLiteral("SELECT seq FROM change_horizon WHERE id = 1")).toLongLong(), 9);
    }

    void prune_nothingOldEnough_deletesNothing()
    {
        QVERIFY(migrate());
        fillFeed();
        const Run run = admin(pruneArgs({QStringLiteral("--keep-days"), QStringLiteral("11")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(QStringLiteral("deleted")).toInteger(), 0);
        QCOMPARE(run.json.value(QStringLiteral("horizon")).toInteger(), 0);
        QCOMPARE(sequences().size(), 15);
    }

    void dryRun_reportsButChangesNothing()
    {
        QVERIFY(migrate());
        fillFeed();
        const Replayed before = replay();
        const Run run = admin(pruneArgs({QStringLiteral("--keep-days"), QStringLiteral("3"), QStringLiteral("--dry-run")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("dry run"));
        QCOMPARE(run.json.value(QStringLiteral("deleted")).toInteger(), 6);
        QCOMPARE(run.json.value(QStringLiteral("horizon")).toInteger(), 9);
        QCOMPARE(sequences().size(), 15);
        QVERIFY(replay() == before);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM changes WHERE seq = 12 AND data LIKE '%escalations%'")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT seq FROM change_horizon WHERE id = 1")).toLongLong(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
    }

    void badKeepDays_exitsOne_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("zero") << "0";
        QTest::newRow("negative") << "-3";
        QTest::newRow("fraction") << "1.5";
        QTest::newRow("word") << "week";
        QTest::newRow("empty") << "";
        QTest::newRow("too many") << "36501";
    }

    void badKeepDays_exitsOne()
    {
        QFETCH(QString, value);
        QVERIFY(migrate());
        fillFeed();
        const Run run = admin(pruneArgs({QStringLiteral("--keep-days"), value}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(dbUrl() + QLatin1String(": --keep-days: Expected a whole number of days from 1 to 36500")),
                 qPrintable(run.err));
        QVERIFY2(run.err.endsWith(QLatin1String("(cli.invalid)")), qPrintable(run.err));
        QCOMPARE(sequences().size(), 15);
    }

    void usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("no --keep-days") << QStringList{QStringLiteral("db"), QStringLiteral("prune-changes"), QStringLiteral("--db"), QStringLiteral("sqlite:x")}
                                        << "db prune-changes needs --keep-days.";
        QTest::newRow("no --db") << QStringList{QStringLiteral("db"), QStringLiteral("prune-changes"), QStringLiteral("--keep-days"), QStringLiteral("7")}
                                 << "db prune-changes needs --db.";
        QTest::newRow("stray word") << QStringList{QStringLiteral("db"), QStringLiteral("prune-changes"), QStringLiteral("7"), QStringLiteral("--db"), QStringLiteral("sqlite:x")}
                                    << "db prune-changes takes no FILE or other argument, got \"7\".";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("db"), QStringLiteral("prune-changes"), QStringLiteral("--keep"), QStringLiteral("7")}
                                        << "Unknown option 'keep'.";
    }

    void usageErrors_exitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, firstLine);
        const Run run = admin(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.section(u'\n', 0, 0), firstLine);
        QVERIFY2(run.err.contains(QLatin1String("redress-admin db prune-changes --db URL --keep-days N")), qPrintable(run.err));
    }

    void missingDatabase_isRefusedAndNotCreated()
    {
        const Run run = admin(pruneArgs({QStringLiteral("--keep-days"), QStringLiteral("7")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.endsWith(QLatin1String("(db.missing)")), qPrintable(run.err));
        QVERIFY(!QFile::exists(dbPath()));
    }

    void help_describesTheCommand()
    {
        const Run run = admin({QStringLiteral("db"), QStringLiteral("prune-changes"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("Usage: redress-admin db prune-changes [options]\n")), qPrintable(run.out));
        for (const char *option : {"--db <URL>", "--keep-days <N>", "--dry-run"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
        const Run program = admin({QStringLiteral("--help")});
        QVERIFY2(program.out.contains(QLatin1String("db prune-changes --db URL --keep-days N")), qPrintable(program.out));
    }
};

QTEST_GUILESS_MAIN(TestAdminPrune)
#include "tst_admin_prune.moc"
