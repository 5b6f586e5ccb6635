// redress-admin policy …, through the real binary: JSON on stdout, exit 0/1/2, one line on stderr naming the place.
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
    QJsonObject json;
    QString err;
};

Run admin(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(REDRESS_ADMIN_PATH), arguments);
    if (!process.waitForFinished(30000))
        qFatal("redress-admin did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

QString demoPolicy()
{
    return QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/policy.json");
}

QStringList evaluateArgs(const QString &amount)
{
    return {QStringLiteral("policy"), QStringLiteral("evaluate"), demoPolicy(), QStringLiteral("--role"), QStringLiteral("agent"),
            QStringLiteral("--tier"), QStringLiteral("gold"), QStringLiteral("--category"), QStringLiteral("late_delivery"),
            QStringLiteral("--kind"), QStringLiteral("voucher"), QStringLiteral("--amount"), amount,
            QStringLiteral("--currency"), QStringLiteral("USD")};
}

} // namespace

class TestAdminPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_demoPolicy_isValid()
    {
        const Run run = admin({QStringLiteral("policy"), QStringLiteral("check"), demoPolicy()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(QStringLiteral("id")).toString(), QStringLiteral("northwind-recovery"));
        QVERIFY(run.json.value(QStringLiteral("valid")).toBool());
    }

    void check_brokenPolicy_namesFileAndPointer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":1,"id":"x","version":1,"currency":"USD","categories":[{"id":"a"}],"grant_roles":["agent"],
                     "approval_levels":[{"role":"lead"}],"limits":{"rules":[{"id":"r","when":{"tiers":["diamond"]},"limit":"1.00"}]}})");
        file.close();
        const Run run = admin({QStringLiteral("policy"), QStringLiteral("check"), path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, path + QStringLiteral(": /limits/rules/0/when/tiers/0: Unknown tier \"diamond\"."));
        QVERIFY(!run.err.contains(u'\n'));
    }

    void check_missingFile_isInvalidInput()
    {
        const Run run = admin({QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("/nonexistent/policy.json")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QStringLiteral("/nonexistent/policy.json: No such file."));
    }

    void evaluate_overLimit_needsLeadApproval()
    {
        const Run run = admin(evaluateArgs(QStringLiteral("80.00")));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(QStringLiteral("decision")).toString(), QStringLiteral("approval"));
        QCOMPARE(run.json.value(QStringLiteral("approver")).toString(), QStringLiteral("lead"));
        QCOMPARE(run.json.value(QStringLiteral("limit")).toObject().value(QStringLiteral("minor")).toInt(), 5000);
        QCOMPARE(run.json.value(QStringLiteral("reasons")).toArray().at(0).toString(),
                 QStringLiteral("Gold · Late delivery: agent limit USD 50.00; requested USD 80.00 → needs lead approval"));
    }

    void evaluate_withinLimit_allows()
    {
        const Run run = admin(evaluateArgs(QStringLiteral("40.00")) + QStringList{QStringLiteral("--actor-granted-today"), QStringLiteral("100.00")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(QStringLiteral("decision")).toString(), QStringLiteral("allow"));
        QCOMPARE(run.json.value(QStringLiteral("daily_budget_left")).toObject().value(QStringLiteral("minor")).toInt(), 30000);
    }

    void evaluate_exclusion_deniesWithExitOne()
    {
        const Run run = admin(evaluateArgs(QStringLiteral("40.00")) + QStringList{QStringLiteral("--fact"), QStringLiteral("force_majeure=true")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(QStringLiteral("decision")).toString(), QStringLiteral("deny"));
        QCOMPARE(run.json.value(QStringLiteral("exclusion")).toString(), QStringLiteral("force_majeure"));
        QVERIFY2(run.err.startsWith(demoPolicy() + QStringLiteral(": deny: ")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("force majeure")));
        QVERIFY(!run.err.contains(u'\n'));
    }

    void evaluate_withoutRunningTotals_countsThemAsZero()
    {
        // The engine refuses a request without the totals a cap or budget needs; the CLI says "nothing so far"
        // explicitly, in the policy currency, as its usage text promises.
        const Run run = admin(evaluateArgs(QStringLiteral("40.00")) + QStringList{QStringLiteral("--team"), QStringLiteral("parcel-ops")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json.value(QStringLiteral("decision")).toString(), QStringLiteral("allow"));
        QCOMPARE(run.json.value(QStringLiteral("daily_budget_left")).toObject().value(QStringLiteral("minor")).toInt(), 40000);
    }

    void evaluate_negativeRunningTotal_namesTheRealOption_data()
    {
        QTest::addColumn<QString>("option");
        // Every option that carries a running total the engine checks; the error must name the option as typed.
        for (const char *option : {"--customer-received-90d", "--actor-granted-today", "--team-spent-period"})
            QTest::newRow(option) << QString::fromLatin1(option);
    }

    void evaluate_negativeRunningTotal_namesTheRealOption()
    {
        QFETCH(QString, option);
        const Run run = admin(evaluateArgs(QStringLiteral("40.00"))
                              + QStringList{QStringLiteral("--team"), QStringLiteral("parcel-ops"), option, QStringLiteral("-5.00")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(demoPolicy() + QStringLiteral(": ") + option + QStringLiteral(": ")), qPrintable(run.err));
        QVERIFY(!run.err.contains(u'\n'));
        QVERIFY(run.json.isEmpty());
    }

    void evaluate_badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrStart");
        const auto replace = [](QStringList args, const QString &option, const QString &value) {
            args[args.indexOf(option) + 1] = value;
            return args;
        };
        const QStringList good = evaluateArgs(QStringLiteral("40.00"));
        // Exit 1 names the policy file first, then the option: "FILE: --tier: …".
        const auto at = [](const char *rest) -> QString { return demoPolicy() + QStringLiteral(": ") + QLatin1String(rest); };
        QTest::newRow("unknown tier") << replace(good, QStringLiteral("--tier"), QStringLiteral("diamond")) << 1 << at("--tier: Unknown value \"diamond\"");
        QTest::newRow("unknown role") << replace(good, QStringLiteral("--role"), QStringLiteral("ceo")) << 1 << at("--role: Unknown value \"ceo\"");
        QTest::newRow("unknown kind") << replace(good, QStringLiteral("--kind"), QStringLiteral("cash")) << 1 << at("--kind: Unknown value \"cash\"");
        QTest::newRow("unknown currency") << replace(good, QStringLiteral("--currency"), QStringLiteral("XYZ")) << 1 << at("--currency: Unknown currency");
        QTest::newRow("other currency than the policy") << replace(good, QStringLiteral("--currency"), QStringLiteral("EUR")) << 1
                                                        << at("--currency: The policy is in USD; the request is in EUR.");
        // JPY has no minor unit, so "40.00" would also be a bad JPY amount: the currency is still what is wrong.
        QTest::newRow("currency without decimals") << replace(good, QStringLiteral("--currency"), QStringLiteral("JPY")) << 1
                                                   << at("--currency: The policy is in USD; the request is in JPY.");
        QTest::newRow("negative amount") << replace(good, QStringLiteral("--amount"), QStringLiteral("-5")) << 1 << at("--amount: The amount must be greater than zero");
        QTest::newRow("enormous amount") << replace(good, QStringLiteral("--amount"), QString(40, u'9')) << 1 << at("--amount: The amount is too large");
        QTest::newRow("not a number") << replace(good, QStringLiteral("--amount"), QStringLiteral("eighty")) << 1 << at("--amount: \"eighty\" is not a decimal amount");
        QTest::newRow("unknown category") << replace(good, QStringLiteral("--category"), QStringLiteral("alien")) << 1 << at("--category: Unknown failure category");
        QTest::newRow("unknown region") << good + QStringList{QStringLiteral("--region"), QStringLiteral("mars")} << 1 << at("--region: Unknown region");
        QTest::newRow("bad fact") << good + QStringList{QStringLiteral("--fact"), QStringLiteral("novalue")} << 1 << at("--fact: Expected NAME=VALUE");
        QTest::newRow("bad total") << good + QStringList{QStringLiteral("--customer-received-90d"), QStringLiteral("lots")} << 1 << at("--customer-received-90d:");
        QTest::newRow("negative payouts") << good + QStringList{QStringLiteral("--customer-payouts-90d"), QStringLiteral("-1")} << 1
                                          << at("--customer-payouts-90d: Expected a whole number");
        QTest::newRow("file like an option") << QStringList{QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("--"), QStringLiteral("-p.json")}
                                             << 2 << "\"-p.json\" looks like an option";
        QTest::newRow("check without file") << QStringList{QStringLiteral("policy"), QStringLiteral("check")} << 2 << "policy check needs exactly one FILE.";
        QTest::newRow("check two files") << QStringList{QStringLiteral("policy"), QStringLiteral("check"), demoPolicy(), demoPolicy()} << 2
                                         << "policy check needs exactly one FILE.";
        QTest::newRow("missing amount") << good.mid(0, good.indexOf(QStringLiteral("--amount"))) + QStringList{QStringLiteral("--currency"), QStringLiteral("USD")}
                                        << 2 << "policy evaluate needs --amount";
        QTest::newRow("unknown option") << good + QStringList{QStringLiteral("--colour")} << 2 << "Unknown option";
        QTest::newRow("no command") << QStringList{QStringLiteral("policy")} << 2 << "Expected a policy command: check, evaluate or publish.";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("policy"), QStringLiteral("lint")} << 2 << "Unknown policy command";
        QTest::newRow("no arguments") << QStringList{} << 2 << "Usage: redress-admin";
        QTest::newRow("unknown group") << QStringList{QStringLiteral("users")} << 2 << "Unknown command group";
    }

    void evaluate_badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrStart);
        const Run run = admin(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.startsWith(stderrStart), qPrintable(run.err));
        if (exitCode == 1)
            QVERIFY2(!run.err.contains(u'\n'), qPrintable(run.err));
        else
            QVERIFY2(run.err.contains(QStringLiteral("Usage: redress-admin")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAdminPolicy)
#include "tst_admin_policy.moc"
