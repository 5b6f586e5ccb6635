// The scripts around redress-admin: scripts/check-seed.sh (the seed check scripts/story.sh starts with) must stop
// loudly on a broken or incomplete organisation, and scripts/install-deps.sh must keep apt-get non-interactive
// through sudo. Both run for real, the second against fake sudo, id, dpkg-query and apt-get.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run bash(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("bash"), arguments);
    if (!process.waitForFinished(60000))
        qFatal("bash did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString script(const char *name)
{
    return QStringLiteral(REDRESS_SOURCE_DIR "/scripts/") + QLatin1String(name);
}

QString seedDir()
{
    return QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed");
}

bool copyDir(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    for (const QString &file : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(file), to + u'/' + file))
            return false;
    }
    return true;
}

// A copy of the demo organisation that a test may break.
bool copySeed(const QString &to)
{
    return QFile::copy(seedDir() + QLatin1String("/policy.json"), to + QLatin1String("/policy.json"))
           && copyDir(seedDir() + QLatin1String("/trees"), to + QLatin1String("/trees"))
           && copyDir(seedDir() + QLatin1String("/templates"), to + QLatin1String("/templates"));
}

bool writeExecutable(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

class TestAdminScripts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkSeed_demoOrganisation_isAllValid()
    {
        const Run run = bash({script("check-seed.sh"), QStringLiteral(REDRESS_ADMIN_PATH), seedDir()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(run.out.startsWith(QLatin1String("valid   policy   ")));
        QVERIFY(run.out.count(QLatin1String("valid   tree     ")) >= 4);
        QCOMPARE(run.out.count(QLatin1String("valid   template ")), 14);
    }

    void checkSeed_brokenDocument_stopsWithItsReason_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("kind");
        QTest::newRow("policy") << QStringLiteral("policy.json") << QStringLiteral("policy");
        QTest::newRow("tree") << QStringLiteral("trees/late_delivery.json") << QStringLiteral("tree");
        QTest::newRow("template") << QStringLiteral("templates/late_delivery_apology.json") << QStringLiteral("template");
    }

    void checkSeed_brokenDocument_stopsWithItsReason()
    {
        // Before: run.sh's `check … && echo valid` under set -e skipped a broken document without a word.
        QFETCH(QString, document);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copySeed(dir.path()));
        const QString path = dir.filePath(document);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"format\": 1,");
        file.close();

        const Run run = bash({script("check-seed.sh"), QStringLiteral(REDRESS_ADMIN_PATH), dir.path()});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).simplified(), QStringLiteral("INVALID %1 %2").arg(kind, path));
        QVERIFY2(lines.at(1).startsWith(path + QLatin1String(": line 1")), qPrintable(lines.at(1)));
        QVERIFY(!run.out.contains(path));
    }

    void checkSeed_missingDocuments_stop_data()
    {
        QTest::addColumn<QString>("removed");
        QTest::newRow("policy") << QStringLiteral("policy.json");
        QTest::newRow("trees") << QStringLiteral("trees");
        QTest::newRow("templates") << QStringLiteral("templates");
    }

    void checkSeed_missingDocuments_stop()
    {
        QFETCH(QString, removed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copySeed(dir.path()));
        const QString path = dir.filePath(removed);
        QVERIFY(QFileInfo(path).isDir() ? QDir(path).removeRecursively() : QFile::remove(path));
        const Run run = bash({script("check-seed.sh"), QStringLiteral(REDRESS_ADMIN_PATH), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("MISSING ") + path), qPrintable(run.err));
    }

    void checkSeed_withoutArguments_isUsage()
    {
        const Run run = bash({script("check-seed.sh")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("usage:")));
    }

    void installDeps_keepsAptNonInteractiveThroughSudo()
    {
        // A non-root developer with every package missing: sudo resets the environment, as the real one does.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString log = dir.filePath(QStringLiteral("apt.log"));
        QVERIFY(writeExecutable(dir.filePath(QStringLiteral("id")), "#!/bin/sh\necho 1000\n"));
        QVERIFY(writeExecutable(dir.filePath(QStringLiteral("dpkg-query")), "#!/bin/sh\nexit 1\n"));
        QVERIFY(writeExecutable(dir.filePath(QStringLiteral("sudo")), "#!/bin/sh\nexec /usr/bin/env -i PATH=\"$PATH\" \"$@\"\n"));
        QVERIFY(writeExecutable(dir.filePath(QStringLiteral("apt-get")),
                                "#!/bin/sh\necho \"frontend=${DEBIAN_FRONTEND:-unset} $1\" >> '" + log.toUtf8() + "'\n"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), dir.path() + QLatin1String(":/usr/bin:/bin"));
        environment.remove(QStringLiteral("DEBIAN_FRONTEND"));

        const Run run = bash({script("install-deps.sh")}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("frontend=noninteractive update\nfrontend=noninteractive install\n"));
    }
};

QTEST_GUILESS_MAIN(TestAdminScripts)
#include "tst_admin_scripts.moc"
