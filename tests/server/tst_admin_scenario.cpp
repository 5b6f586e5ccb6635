// redress-admin scenario check / score, through the real binary: exit codes, stdout JSON and the one stderr line.
#include <QDir>
#include <QFile>
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
    return QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed");
}

QStringList seedScenarios()
{
    QStringList paths;
    const QDir dir(seedDir() + QLatin1String("/scenarios"));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(file));
    return paths;
}

QString seed(const char *name)
{
    return seedDir() + QLatin1String("/scenarios/") + QLatin1String(name) + QLatin1String(".json");
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The `scenario score` arguments of the run the scenario's answer key describes.
QStringList modelRunArguments(const QString &path)
{
    const QJsonObject expected = readJson(path).value(QLatin1String("expected")).toObject();
    QStringList answers;
    for (const QJsonValue &step : expected.value(QLatin1String("steps")).toArray())
        answers.append(step[QLatin1String("answer")].toString());
    QStringList arguments{QStringLiteral("scenario"), QStringLiteral("score"), path,
                          QStringLiteral("--answers"), answers.join(u','),
                          QStringLiteral("--template"), expected[QLatin1String("templates")][0].toString(),
                          QStringLiteral("--root-cause"), expected[QLatin1String("root_cause")].toString(),
                          QStringLiteral("--seconds"), QString::number(expected[QLatin1String("target_seconds")].toInt())};
    const QJsonValue compensation = expected.value(QLatin1String("compensation"));
    if (compensation.isObject()) {
        arguments << QStringLiteral("--kind") << compensation[QLatin1String("kinds")][0].toString()
                  << QStringLiteral("--amount") << compensation[QLatin1String("model")].toString();
        if (compensation.toObject().contains(QLatin1String("approval")))
            arguments << QStringLiteral("--approval");
    }
    return arguments;
}

#define VERIFY_ONE_ERROR_LINE(run)                                                                          \
    do {                                                                                                    \
        QCOMPARE((run).exitCode, 1);                                                                        \
        QVERIFY2((run).out.isEmpty(), (run).out.constData());                                               \
        QCOMPARE((run).err.trimmed().count(u'\n'), 0);                                                      \
        QVERIFY2(!(run).err.trimmed().isEmpty(), "stderr must say what was wrong");                         \
    } while (false)

} // namespace

class TestAdminScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(REDRESS_ADMIN_PATH)), REDRESS_ADMIN_PATH);
        QVERIFY(m_dir.isValid());
        QVERIFY2(seedScenarios().size() >= 8, "the sandbox ships at least eight scenarios");
    }

    void check_everySeedScenarioAtOnce()
    {
        const QStringList files = seedScenarios();
        const Run run = admin(QStringList{QStringLiteral("scenario"), QStringLiteral("check")} + files);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("valid")).toBool(), true);
        const QJsonArray scenarios = json.value(QLatin1String("scenarios")).toArray();
        QCOMPARE(scenarios.size(), files.size());
        for (qsizetype i = 0; i < scenarios.size(); ++i) {
            const QJsonObject s = scenarios.at(i).toObject();
            QCOMPARE(s.value(QLatin1String("file")).toString(), files.at(i));
            QCOMPARE(s.value(QLatin1String("id")).toString() + QLatin1String(".json"), QFileInfo(files.at(i)).fileName());
            QVERIFY(s.value(QLatin1String("steps")).toInt() >= 1);
            QVERIFY(!s.value(QLatin1String("outcome")).toString().isEmpty());
        }
    }

    void check_explicitSeedDirectory()
    {
        const Run run = admin({QStringLiteral("scenario"), QStringLiteral("check"), seed("late_repeat_gold"),
                               QStringLiteral("--seed"), seedDir()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject s = run.json()[QLatin1String("scenarios")][0].toObject();
        QCOMPARE(s.value(QLatin1String("tree"))[QLatin1String("id")].toString(), QStringLiteral("late_delivery"));
        QCOMPARE(s.value(QLatin1String("compensation"))[QLatin1String("min")].toString(), QStringLiteral("30.00"));
    }

    void score_everySeedScenariosModelRun_isOneHundred_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : seedScenarios())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void score_everySeedScenariosModelRun_isOneHundred()
    {
        QFETCH(QString, path);
        const Run run = admin(modelRunArguments(path));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("total")).toInt(), 100);
        QCOMPARE(json.value(QLatin1String("passed")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("policy_breach")).toBool(), false);
    }

    void score_wrongAnswerAndOverLimitGrant()
    {
        const Run run = admin({QStringLiteral("scenario"), QStringLiteral("score"), seed("breakdown_overnight_gold"),
                               QStringLiteral("--answers"), QStringLiteral("safe, tire, road_hazard"),
                               QStringLiteral("--kind"), QStringLiteral("refund"), QStringLiteral("--amount"), QStringLiteral("200.00"),
                               QStringLiteral("--template"), QStringLiteral("vehicle_breakdown_recovery"),
                               QStringLiteral("--root-cause"), QStringLiteral("vehicle_maintenance"),
                               QStringLiteral("--seconds"), QStringLiteral("240"), QStringLiteral("--role"), QStringLiteral("agent")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("first_divergence")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("policy_breach")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("passed")).toBool(), false);
        QCOMPARE(json.value(QLatin1String("total")).toInt(), 13 + 0 + 15 + 5 + 10);
        const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.at(1)[QLatin1String("answered")].toString(), QStringLiteral("tire"));
        QCOMPARE(steps.at(1)[QLatin1String("correct")].toBool(), false);
    }

    void score_roleChangesTheLimit()
    {
        // USD 200 is over an agent's USD 150 Gold breakdown limit but within a senior agent's USD 200.
        const QStringList base{QStringLiteral("scenario"), QStringLiteral("score"), seed("breakdown_overnight_gold"),
                               QStringLiteral("--answers"), QStringLiteral("safe,mechanical,overnight"),
                               QStringLiteral("--kind"), QStringLiteral("refund"), QStringLiteral("--amount"), QStringLiteral("200"),
                               QStringLiteral("--template"), QStringLiteral("vehicle_breakdown_recovery"),
                               QStringLiteral("--root-cause"), QStringLiteral("vehicle_maintenance"), QStringLiteral("--seconds"), QStringLiteral("100")};
        const Run senior = admin(base + QStringList{QStringLiteral("--role"), QStringLiteral("senior_agent")});
        QVERIFY2(senior.exitCode == 0, qPrintable(senior.err));
        QCOMPARE(senior.json().value(QLatin1String("total")).toInt(), 100);
        const Run agent = admin(base);
        QCOMPARE(agent.json().value(QLatin1String("policy_breach")).toBool(), true);
    }

    void check_inconsistentScenario_oneLineWithPointer_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("unavailable answer") << QStringLiteral("/expected/steps/1/answer") << QByteArray(R"j("answer": "mechanical")j")
                                            << QByteArray(R"j("answer": "gremlins")j");
        QTest::newRow("unknown template") << QStringLiteral("/expected/templates/0") << QByteArray(R"j("vehicle_breakdown_recovery")j")
                                          << QByteArray(R"j("no_such_template")j");
        QTest::newRow("malformed member") << QStringLiteral("/expected/target_seconds") << QByteArray(R"j("target_seconds": 420)j")
                                          << QByteArray(R"j("target_seconds": "soon")j");
    }
    void check_inconsistentScenario_oneLineWithPointer()
    {
        QFETCH(QString, pointer);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFile source(seed("breakdown_overnight_gold"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray content = source.readAll();
        QVERIFY(content.contains(from));
        content.replace(from, to);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + QLatin1String(".json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        // The first good file is not printed when a later one fails: the check is all or nothing.
        const Run run = admin({QStringLiteral("scenario"), QStringLiteral("check"), seed("late_repeat_gold"), path,
                               QStringLiteral("--seed"), seedDir()});
        VERIFY_ONE_ERROR_LINE(run);
        QVERIFY2(run.err.startsWith(path + QLatin1String(": ") + pointer + QLatin1String(": ")), qPrintable(run.err));
    }

    void check_defaultSeedIsTheParentFolder()
    {
        // A scenario copied to a folder without a seed next to it finds no policy there.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("lonely/scenarios")));
        const QString path = m_dir.filePath(QStringLiteral("lonely/scenarios/late_repeat_gold.json"));
        QVERIFY(QFile::copy(seed("late_repeat_gold"), path));
        const Run run = admin({QStringLiteral("scenario"), QStringLiteral("check"), path});
        VERIFY_ONE_ERROR_LINE(run);
        QVERIFY2(run.err.startsWith(path + QLatin1String(": /: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("policy.json")), qPrintable(run.err));
    }

    void usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString file = seed("late_repeat_gold");
        const QStringList score{QStringLiteral("scenario"), QStringLiteral("score"), file};
        const QStringList rest{QStringLiteral("--answers"), QStringLiteral("a"), QStringLiteral("--template"), QStringLiteral("t"),
                               QStringLiteral("--root-cause"), QStringLiteral("r"), QStringLiteral("--seconds"), QStringLiteral("10")};
        QTest::newRow("no command") << QStringList{QStringLiteral("scenario")};
        QTest::newRow("check without file") << QStringList{QStringLiteral("scenario"), QStringLiteral("check")};
        QTest::newRow("check unknown option") << QStringList{QStringLiteral("scenario"), QStringLiteral("check"), file, QStringLiteral("--fast")};
        QTest::newRow("score without answers") << score + rest.mid(2);
        QTest::newRow("kind without amount") << score + rest + QStringList{QStringLiteral("--kind"), QStringLiteral("voucher")};
        QTest::newRow("approval without compensation") << score + rest + QStringList{QStringLiteral("--approval")};
        QTest::newRow("seconds not a number") << score + rest.mid(0, 6) + QStringList{QStringLiteral("--seconds"), QStringLiteral("soon")};
    }
    void usageErrors_exitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = admin(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QLatin1String("Usage: redress-admin scenario check")), qPrintable(run.err));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAdminScenario)
#include "tst_admin_scenario.moc"
