// redress-admin's command line as a whole, through the real binary: --help and --version for the program, every
// group and every command (stdout, exit 0), and the usage errors every command shares (stderr, exit 2).
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
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
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Every command the program has, as the words that name it; {} is the program itself.
QList<QStringList> commands()
{
    return {
        {},
        {QStringLiteral("policy")},
        {QStringLiteral("policy"), QStringLiteral("check")},
        {QStringLiteral("policy"), QStringLiteral("evaluate")},
        {QStringLiteral("tree")},
        {QStringLiteral("tree"), QStringLiteral("check")},
        {QStringLiteral("tree"), QStringLiteral("walk")},
        {QStringLiteral("template")},
        {QStringLiteral("template"), QStringLiteral("check")},
        {QStringLiteral("template"), QStringLiteral("render")},
        {QStringLiteral("policy"), QStringLiteral("publish")},
        {QStringLiteral("tree"), QStringLiteral("publish")},
        {QStringLiteral("template"), QStringLiteral("publish")},
        {QStringLiteral("db")},
        {QStringLiteral("db"), QStringLiteral("migrate")},
        {QStringLiteral("user")},
        {QStringLiteral("user"), QStringLiteral("add")},
        {QStringLiteral("user"), QStringLiteral("disable")},
        {QStringLiteral("audit")},
        {QStringLiteral("audit"), QStringLiteral("verify")},
    };
}

QString seedPolicy()
{
    return QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/policy.json");
}

} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help_printsUsageOnStdoutAndExitsZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usageStart");
        for (const QStringList &command : commands()) {
            for (const char *flag : {"--help", "-h"}) {
                const QString name = command.isEmpty() ? QStringLiteral("redress-admin") : command.join(u' ');
                // A command's usage names the command; a group's lists its commands, each after the program name.
                const QString usageStart = command.size() == 2 ? QStringLiteral("Usage: redress-admin ") + name
                                                               : QStringLiteral("Usage: redress-admin ");
                QTest::addRow("%s %s", qPrintable(name), flag) << command + QStringList{QString::fromLatin1(flag)} << usageStart;
            }
        }
    }

    void help_printsUsageOnStdoutAndExitsZero()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usageStart);
        const Run run = admin(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(usageStart), qPrintable(run.out));
    }

    void version_printsVersionOnStdoutAndExitsZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const QStringList &command : commands()) {
            for (const char *flag : {"--version", "-v"}) {
                const QString name = command.isEmpty() ? QStringLiteral("redress-admin") : command.join(u' ');
                QTest::addRow("%s %s", qPrintable(name), flag) << command + QStringList{QString::fromLatin1(flag)};
            }
        }
    }

    void version_printsVersionOnStdoutAndExitsZero()
    {
        QFETCH(QStringList, arguments);
        const Run run = admin(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        static const QRegularExpression version(QStringLiteral("^redress-admin \\d+\\.\\d+\\.\\d+\\n$"));
        QVERIFY2(version.match(run.out).hasMatch(), qPrintable(run.out));
    }

    void commandHelp_listsTheCommandsOptions()
    {
        const Run run = admin({QStringLiteral("policy"), QStringLiteral("evaluate"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--role", "--currency", "--customer-received-90d", "--customer-payouts-90d",
                                   "--actor-granted-today", "--team-spent-period", "--fact", "--help", "--version"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
        QVERIFY2(run.out.contains(QLatin1String("count as zero")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QLatin1String(REDRESS_ADMIN_PATH)), "the usage names the program, not its path");
    }

    void help_afterAFile_stillHelps()
    {
        // The review's case: "policy check --help" used to be read as a file named --help.
        for (const QStringList &arguments : {QStringList{QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("--help")},
                                             QStringList{QStringLiteral("policy"), QStringLiteral("check"), seedPolicy(), QStringLiteral("--help")},
                                             QStringList{QStringLiteral("tree"), QStringLiteral("check"), QStringLiteral("--help")}}) {
            const Run run = admin(arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(u' ') + u'\n' + run.err));
            QVERIFY(run.out.startsWith(QLatin1String("Usage: redress-admin ")));
        }
    }

    void usageErrors_exitTwoOnStderr_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("nothing") << QStringList{} << "Usage: redress-admin GROUP COMMAND [OPTIONS]";
        QTest::newRow("unknown group") << QStringList{QStringLiteral("users")} << "Unknown command group \"users\".";
        QTest::newRow("unknown top-level option") << QStringList{QStringLiteral("--colour")} << "Unknown command group \"--colour\".";
        for (const char *group : {"policy", "tree", "template"}) {
            QTest::addRow("%s without command", group) << QStringList{QString::fromLatin1(group)} << QString();
            QTest::addRow("%s unknown option", group)
                << QStringList{QString::fromLatin1(group), QStringLiteral("check"), seedPolicy(), QStringLiteral("--strict")}
                << "Unknown option 'strict'.";
            // "-" and anything after "--" reach FILE with a leading dash: a slip, not a file name.
            QTest::addRow("%s check -", group) << QStringList{QString::fromLatin1(group), QStringLiteral("check"), QStringLiteral("-")}
                                               << "\"-\" looks like an option, not a FILE; write ./- for a file of that name.";
            QTest::addRow("%s check -- --help", group)
                << QStringList{QString::fromLatin1(group), QStringLiteral("check"), QStringLiteral("--"), QStringLiteral("--help")}
                << "\"--help\" looks like an option, not a FILE; write ./--help for a file of that name.";
        }
    }

    void usageErrors_exitTwoOnStderr()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, firstLine);
        const Run run = admin(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        if (!firstLine.isEmpty())
            QCOMPARE(run.err.section(u'\n', 0, 0), firstLine);
        QVERIFY2(run.err.contains(QLatin1String("Usage: redress-admin")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admin_cli.moc"
