// redress-admin tree check / walk, through the real binary: exit codes, stdout JSON and the one stderr line.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run admin(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(REDRESS_ADMIN_PATH), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
               QString::fromUtf8(process.readAllStandardError())};
}

QString seedDir()
{
    return QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/trees");
}

QStringList seedTrees()
{
    QStringList paths;
    const QDir dir(seedDir());
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(file));
    return paths;
}

QString seed(const char *name)
{
    return seedDir() + u'/' + QLatin1String(name) + QLatin1String(".json");
}

// The error contract: exit 1, nothing on stdout, exactly one line on stderr.
#define VERIFY_ONE_ERROR_LINE(run)                                                                          \
    do {                                                                                                    \
        QCOMPARE((run).exitCode, 1);                                                                        \
        QVERIFY2((run).out.isEmpty(), (run).out.constData());                                               \
        QCOMPARE((run).err.trimmed().count(u'\n'), 0);                                                      \
        QVERIFY2(!(run).err.trimmed().isEmpty(), "stderr must say what was wrong");                         \
    } while (false)

} // namespace

class TestAdminTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(REDRESS_ADMIN_PATH)), REDRESS_ADMIN_PATH);
        QVERIFY(m_dir.isValid());
        QVERIFY2(seedTrees().size() >= 4, "the demo organisation ships at least four trees");
    }

    void check_everySeedTree_data() { seedRows(); }
    void check_everySeedTree()
    {
        QFETCH(QString, path);
        const Run run = admin({QStringLiteral("tree"), QStringLiteral("check"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("valid")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("id")).toString() + QLatin1String(".json"), QFileInfo(path).fileName());
        QVERIFY(json.value(QLatin1String("version")).toInt() >= 1);
        QCOMPARE(json.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
        const QJsonObject nodes = json.value(QLatin1String("nodes")).toObject();
        QVERIFY(nodes.value(QLatin1String("total")).toInt() >= 15);
        QCOMPARE(nodes.value(QLatin1String("question")).toInt() + nodes.value(QLatin1String("info")).toInt()
                     + nodes.value(QLatin1String("outcome")).toInt(),
                 nodes.value(QLatin1String("total")).toInt());
        QCOMPARE(json.value(QLatin1String("outcomes")).toArray().size(), nodes.value(QLatin1String("outcome")).toInt());
    }

    void walk_everySeedTreeToAnOutcome_data() { seedRows(); }
    void walk_everySeedTreeToAnOutcome()
    {
        // Takes the last available choice at each question until an outcome: a different path from the first.
        QFETCH(QString, path);
        QStringList answers;
        for (int step = 0; step < 50; ++step) {
            const Run run = admin({QStringLiteral("tree"), QStringLiteral("walk"), path, QStringLiteral("--answers"),
                                   answers.join(u','), QStringLiteral("--facts"), QStringLiteral(R"j({"tier":"standard"})j")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QJsonObject json = run.json();
            QCOMPARE(json.value(QLatin1String("path")).toArray().isEmpty(), answers.isEmpty()
                                                                                && !json.value(QLatin1String("complete")).toBool());
            if (json.value(QLatin1String("complete")).toBool()) {
                const QJsonObject recovery = json[QLatin1String("outcome")][QLatin1String("recovery")].toObject();
                QVERIFY(!recovery.value(QLatin1String("kinds")).toArray().isEmpty());
                QVERIFY(!recovery.value(QLatin1String("template")).toString().isEmpty());
                QVERIFY(!recovery.value(QLatin1String("root_cause")).toString().isEmpty());
                return;
            }
            const QJsonArray choices = json[QLatin1String("next")][QLatin1String("choices")].toArray();
            QVERIFY(!choices.isEmpty());
            answers.append(choices.last()[QLatin1String("id")].toString());
        }
        QFAIL("no outcome after 50 answers");
    }

    void walk_guardFollowsFacts()
    {
        const QStringList base{QStringLiteral("tree"), QStringLiteral("walk"), seed("late_delivery"), QStringLiteral("--answers"),
                               QStringLiteral("delivered_late, depot_backlog")};
        const Run gold = admin(base + QStringList{QStringLiteral("--facts"), QStringLiteral(R"j({"tier":"gold"})j")});
        QCOMPARE(gold.exitCode, 0);
        QStringList ids;
        for (const QJsonValue &choice : gold.json()[QLatin1String("next")][QLatin1String("choices")].toArray())
            ids.append(choice[QLatin1String("id")].toString());
        QCOMPARE(ids, (QStringList{QStringLiteral("priority"), QStringLiteral("other")}));
        QCOMPARE(gold.json()[QLatin1String("path")].toArray().size(), 3); // two answers and the info node

        const Run standard = admin(base + QStringList{QStringLiteral("--facts"), QStringLiteral(R"j({"tier":"standard"})j")});
        QCOMPARE(standard.json()[QLatin1String("next")][QLatin1String("choices")].toArray().size(), 1);
    }

    void walk_invalidAnswer_namesNodeAndChoices()
    {
        const QString path = seed("late_delivery");
        const Run run = admin({QStringLiteral("tree"), QStringLiteral("walk"), path, QStringLiteral("--answers"),
                               QStringLiteral("delivered_late,depot_backlog,priority")});
        VERIFY_ONE_ERROR_LINE(run);
        QVERIFY2(run.err.startsWith(path + QLatin1String(": q_priority: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("\"other\"")), qPrintable(run.err));

        const Run unknown = admin({QStringLiteral("tree"), QStringLiteral("walk"), path, QStringLiteral("--answers"), QStringLiteral("lost")});
        VERIFY_ONE_ERROR_LINE(unknown);
        QVERIFY2(unknown.err.startsWith(path + QLatin1String(": q_tracking: ")), qPrintable(unknown.err));
        QVERIFY2(unknown.err.contains(QLatin1String("\"in_transit\", \"delivered_late\", \"no_scans\"")), qPrintable(unknown.err));
    }

    void walk_extraAnswers_areRefused()
    {
        const QString path = seed("late_delivery");
        const Run run = admin({QStringLiteral("tree"), QStringLiteral("walk"), path, QStringLiteral("--answers"),
                               QStringLiteral("no_scans,in_transit")});
        VERIFY_ONE_ERROR_LINE(run);
        QVERIFY2(run.err.startsWith(path + QLatin1String(": o_trace_opened: ")), qPrintable(run.err));
    }

    void walk_badFacts_areRefused_data()
    {
        QTest::addColumn<QString>("facts");
        QTest::newRow("malformed") << QStringLiteral("{tier:gold}");
        QTest::newRow("truncated") << QStringLiteral(R"j({"tier":"gold")j");
        QTest::newRow("not an object") << QStringLiteral(R"j(["gold"])j");
        QTest::newRow("nested value") << QStringLiteral(R"j({"tier":{"name":"gold"}})j");
    }

    void walk_badFacts_areRefused()
    {
        QFETCH(QString, facts);
        const QString path = seed("billing_error");
        const Run run = admin({QStringLiteral("tree"), QStringLiteral("walk"), path, QStringLiteral("--answers"), QString(),
                               QStringLiteral("--facts"), facts});
        VERIFY_ONE_ERROR_LINE(run);
        // Like every exit-1 line: the file first, then the place (here the option), then the reason.
        QVERIFY2(run.err.startsWith(path + QLatin1String(": --facts: ")), qPrintable(run.err));
    }

    void invalidFile_oneLineNamingFileAndPlace_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        const QByteArray head = R"j({"format":1,"id":"t","version":1,"title":"T","category":"late_delivery","currency":"USD","start":"q","nodes":[)j";
        const QByteArray outcome = R"j({"id":"o","type":"outcome","title":"O","recovery":{"kinds":["gesture"],"template":"goodwill_gesture_note","root_cause":"weather"}})j";
        QTest::newRow("dangling edge")
            << head + R"j({"id":"q","type":"question","text":"?","choices":[{"id":"a","label":"A","next":"gone"}]},)j" + outcome + "]}"
            << "q";
        QTest::newRow("cycle")
            << head + R"j({"id":"q","type":"question","text":"?","choices":[{"id":"a","label":"A","next":"o"},{"id":"b","label":"B","next":"i"}]},{"id":"i","type":"info","text":"x","next":"q"},)j" + outcome + "]}"
            << "i";
        QTest::newRow("unreachable")
            << head + R"j({"id":"q","type":"question","text":"?","choices":[{"id":"a","label":"A","next":"o"}]},{"id":"lonely","type":"info","text":"x","next":"o"},)j" + outcome + "]}"
            << "lonely";
        QTest::newRow("bad member type")
            << head + R"j({"id":"q","type":"question","text":"?","choices":[{"id":"a","label":"A","next":5}]},)j" + outcome + "]}"
            << "/nodes/0/choices/0/next";
        QTest::newRow("malformed json") << QByteArray("{\n\"format\": 1,\n\"id\": \n") << "line 4, column 1";
    }

    void invalidFile_oneLineNamingFileAndPlace()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + QLatin1String(".json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        for (const QStringList &command : {QStringList{QStringLiteral("check")},
                                           QStringList{QStringLiteral("walk"), QStringLiteral("--answers"), QString()}}) {
            const Run run = admin(QStringList{QStringLiteral("tree")} + command.mid(0, 1) + QStringList{path} + command.mid(1));
            VERIFY_ONE_ERROR_LINE(run);
            QVERIFY2(run.err.startsWith(path + QLatin1String(": ") + where + QLatin1String(": ")), qPrintable(run.err));
        }
    }

    void missingFile_isInvalidNotUsage()
    {
        const QString path = m_dir.filePath(QStringLiteral("does_not_exist.json"));
        const Run run = admin({QStringLiteral("tree"), QStringLiteral("check"), path});
        VERIFY_ONE_ERROR_LINE(run);
        QVERIFY2(run.err.startsWith(path + QLatin1String(": ")), qPrintable(run.err));
    }

    void usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString file = seed("late_delivery");
        QTest::newRow("no command") << QStringList{QStringLiteral("tree")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("tree"), QStringLiteral("draw"), file};
        QTest::newRow("check without file") << QStringList{QStringLiteral("tree"), QStringLiteral("check")};
        QTest::newRow("check two files") << QStringList{QStringLiteral("tree"), QStringLiteral("check"), file, file};
        QTest::newRow("walk without anything") << QStringList{QStringLiteral("tree"), QStringLiteral("walk")};
        QTest::newRow("walk without answers") << QStringList{QStringLiteral("tree"), QStringLiteral("walk"), file};
        QTest::newRow("walk without file") << QStringList{QStringLiteral("tree"), QStringLiteral("walk"), QStringLiteral("--answers"), QStringLiteral("a")};
        QTest::newRow("walk unknown option")
            << QStringList{QStringLiteral("tree"), QStringLiteral("walk"), file, QStringLiteral("--answers"), QStringLiteral("a"), QStringLiteral("--fast")};
        QTest::newRow("walk answers without value") << QStringList{QStringLiteral("tree"), QStringLiteral("walk"), file, QStringLiteral("--answers")};
        QTest::newRow("check unknown option") << QStringList{QStringLiteral("tree"), QStringLiteral("check"), file, QStringLiteral("--strict")};
        QTest::newRow("check file like an option") << QStringList{QStringLiteral("tree"), QStringLiteral("check"), QStringLiteral("-")};
        QTest::newRow("walk file like an option")
            << QStringList{QStringLiteral("tree"), QStringLiteral("walk"), QStringLiteral("--answers"), QString(), QStringLiteral("--"), QStringLiteral("--facts")};
    }

    void usageErrors_exitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = admin(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.trimmed().isEmpty());
        QVERIFY2(run.err.contains(QLatin1String("Usage: redress-admin tree check FILE")), qPrintable(run.err));
    }

private:
    void seedRows()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : seedTrees())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAdminTree)
#include "tst_admin_tree.moc"
