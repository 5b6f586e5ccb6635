#include "channel.h"

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
};

/// Runs the real redress-admin binary: exit codes and the stdout/stderr split are part of its contract.
Run runAdmin(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(REDRESS_ADMIN_PATH), QStringList{QStringLiteral("template")} + arguments);
    if (!process.waitForFinished(30000))
        qFatal("redress-admin did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

QString seedDir()
{
    return QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/templates");
}

QString seedTemplate(const QString &id)
{
    return seedDir() + u'/' + id + QLatin1String(".json");
}

QString sampleContext()
{
    return seedDir() + QLatin1String("/sample-context.json");
}

QStringList seedTemplates()
{
    QStringList files = QDir(seedDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    files.removeOne(QStringLiteral("sample-context.json"));
    return files;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestAdminTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dir.isValid(), "temporary directory");
        QCOMPARE(seedTemplates().size(), 14);
    }

    void check_everySeedTemplate_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : seedTemplates())
            QTest::newRow(qPrintable(file)) << file;
    }

    void check_everySeedTemplate()
    {
        QFETCH(QString, file);
        const Run run = runAdmin({QStringLiteral("check"), seedDir() + u'/' + file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QLatin1String("id")).toString() + QLatin1String(".json"), file);
        // The version the file says (a template whose text changed carries a higher one).
        QFile source(seedDir() + u'/' + file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const int version = QJsonDocument::fromJson(source.readAll()).object().value(QLatin1String("version")).toInt();
        QVERIFY(version >= 1);
        QCOMPARE(summary.value(QLatin1String("version")).toInt(), version);
        const QJsonArray variants = summary.value(QLatin1String("variants")).toArray();
        QVERIFY(variants.size() >= 4);
        for (const QJsonValue &variant : variants) {
            QVERIFY(!variant[QLatin1String("channel")].toString().isEmpty());
            QVERIFY(!variant[QLatin1String("locale")].toString().isEmpty());
            QVERIFY(variant[QLatin1String("placeholders")].toArray().contains(QStringLiteral("customer.first_name")));
        }
    }

    void render_everySeedVariant_isSendable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("locale");
        for (const QString &file : seedTemplates()) {
            QFile input(seedDir() + u'/' + file);
            QVERIFY(input.open(QIODevice::ReadOnly));
            const QJsonArray variants = QJsonDocument::fromJson(input.readAll()).object().value(QLatin1String("variants")).toArray();
            for (const QJsonValue &variant : variants) {
                const QString channel = variant[QLatin1String("channel")].toString();
                const QString locale = variant[QLatin1String("locale")].toString();
                QTest::addRow("%s %s %s", qPrintable(file), qPrintable(channel), qPrintable(locale)) << file << channel << locale;
            }
        }
    }

    void render_everySeedVariant_isSendable()
    {
        QFETCH(QString, file);
        QFETCH(QString, channel);
        QFETCH(QString, locale);
        const Run run = runAdmin({QStringLiteral("render"), seedDir() + u'/' + file, QStringLiteral("--data"),
                                  u'@' + sampleContext(), QStringLiteral("--channel"), channel, QStringLiteral("--locale"),
                                  locale});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QLatin1String("channel")).toString(), channel);
        QCOMPARE(result.value(QLatin1String("locale")).toString(), locale);
        QCOMPARE(result.value(QLatin1String("unresolved")).toArray(), QJsonArray());
        QCOMPARE(result.value(QLatin1String("sendable")).toBool(), true);
        const QString text = result.value(QLatin1String("text")).toString();
        QVERIFY(text.contains(QStringLiteral("María")));
        QVERIFY(!text.contains(QLatin1String("[[")));
        QVERIFY(!text.contains(QLatin1String("{{")));
        QCOMPARE(result.value(QLatin1String("length")).toInt(), int(text.size())); // the seed texts have no astral characters
        QVERIFY(result.value(QLatin1String("length")).toInt() <= result.value(QLatin1String("limit")).toInt());
        QCOMPARE(result.contains(QLatin1String("subject")), channel == QLatin1String("email"));
    }

    void render_defaultsToFirstVariant_andInlineData()
    {
        const Run run = runAdmin({QStringLiteral("render"), seedTemplate(QStringLiteral("goodwill_gesture_note")), QStringLiteral("--data"),
                                  QStringLiteral("{\"customer\":{\"first_name\":\"ana\"},\"case\":{\"reference\":\"NW-1\"},"
                                                 "\"compensation\":{\"amount\":{\"minor\":2500,\"currency\":\"USD\"},"
                                                 "\"voucher_code\":\"thanks-25\"},\"brand\":{\"name\":\"Northwind Parcel\","
                                                 "\"signature\":\"Northwind Mobility\"}}")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QLatin1String("channel")).toString(), QStringLiteral("email"));
        QCOMPARE(result.value(QLatin1String("locale")).toString(), QStringLiteral("en"));
        QCOMPARE(result.value(QLatin1String("subject")).toString(), QStringLiteral("A small thank-you from Northwind Parcel"));
        QVERIFY(result.value(QLatin1String("text")).toString().startsWith(QLatin1String("Hi Ana,\n")));
        QVERIFY(result.value(QLatin1String("text")).toString().contains(QLatin1String("voucher for $25.00 as a small thank-you: THANKS-25")));
        QVERIFY(result.value(QLatin1String("text")).toString().endsWith(QLatin1String("The Northwind team\nNorthwind Mobility")));
    }

    void render_localeFallsBack()
    {
        const Run run = runAdmin({QStringLiteral("render"), seedTemplate(QStringLiteral("late_delivery_apology")), QStringLiteral("--data"),
                                  u'@' + sampleContext(), QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--locale"),
                                  QStringLiteral("es-MX")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QLatin1String("locale")).toString(), QStringLiteral("es"));
        QCOMPARE(result.value(QLatin1String("limit")).toInt(), int(redress::channelLengthLimit(redress::Channel::Sms)));
        QVERIFY(result.value(QLatin1String("text")).toString().contains(QStringLiteral("80,00 US$")));
    }

    void render_unresolved_printsJsonAndExitsOne()
    {
        const Run run = runAdmin({QStringLiteral("render"), seedTemplate(QStringLiteral("lost_parcel_refund")), QStringLiteral("--data"),
                                  QStringLiteral("{\"customer\":{\"first_name\":\"Ana\"},\"order\":{\"reference\":[1]}}"),
                                  QStringLiteral("--channel"), QStringLiteral("sms")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QLatin1String("sendable")).toBool(), false);
        QCOMPARE(result.value(QLatin1String("unresolved")).toArray(),
                 (QJsonArray{QStringLiteral("brand.name"), QStringLiteral("order.reference"), QStringLiteral("compensation.amount"),
                             QStringLiteral("brand.support_phone"), QStringLiteral("case.reference")}));
        QVERIFY(result.value(QLatin1String("text")).toString().startsWith(QLatin1String("[[brand.name]]: Ana, we're sorry")));
        QCOMPARE(run.err, seedTemplate(QStringLiteral("lost_parcel_refund"))
                              + QLatin1String(": unresolved placeholders: brand.name (has no value), order.reference (is a "
                                              "list; a message can show only text, numbers and amounts), compensation.amount "
                                              "(has no value), brand.support_phone (has no value), case.reference (has no "
                                              "value)."));
        QVERIFY(!run.err.contains(u'\n'));
    }

    void render_overTheSmsLimit_exitsOne()
    {
        const QString file = writeFile(m_dir, QStringLiteral("long_sms.json"),
                                       "{\"format\":1,\"id\":\"long_sms\",\"version\":1,\"title\":\"Long\",\"variants\":["
                                       "{\"channel\":\"sms\",\"locale\":\"en\",\"body\":\"Hi {{customer.first_name}}\"}]}");
        const QString data = QStringLiteral("{\"customer\":{\"first_name\":\"%1\"}}").arg(QString(500, u'x'));
        const Run run = runAdmin({QStringLiteral("render"), file, QStringLiteral("--data"), data});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QLatin1String("length")).toInt(), 503);
        // The SMS limit is core's to choose; this test is about how the CLI reports going over it.
        const int limit = int(redress::channelLengthLimit(redress::Channel::Sms));
        QVERIFY(limit < 503);
        QCOMPARE(result.value(QLatin1String("limit")).toInt(), limit);
        QCOMPARE(result.value(QLatin1String("unresolved")).toArray(), QJsonArray());
        QCOMPARE(run.err, file + QStringLiteral(": the text is 503 characters, over the SMS limit of %1.").arg(limit));
    }

    void render_manyUnresolved_stderrShowsTwentyThenCount()
    {
        // 25 placeholders the data cannot fill: the JSON lists all of them, the one stderr line the first 20
        // and how many more, so a template full of gaps still gives a line a person can read.
        QByteArray body;
        for (int i = 1; i <= 25; ++i)
            body += "{{k" + QByteArray::number(i) + "}}";
        const QString file = writeFile(m_dir, QStringLiteral("many_gaps.json"),
                                       "{\"format\":1,\"id\":\"many_gaps\",\"version\":1,\"title\":\"Gaps\",\"variants\":["
                                       "{\"channel\":\"chat\",\"locale\":\"en\",\"body\":\""
                                           + body + "\"}]}");
        const Run run = runAdmin({QStringLiteral("render"), file, QStringLiteral("--data"), QStringLiteral("{}")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("unresolved")).toArray().size(), 25);
        QVERIFY2(!run.err.contains(u'\n'), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(file + QLatin1String(": unresolved placeholders: k1 (has no value), ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("k20 (has no value)")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("k21")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("5 more")), qPrintable(run.err));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err"); // the first line of stderr, with FILE and DIR substituted

        const QString file = seedTemplate(QStringLiteral("counter_wait_apology"));
        const QString data = QStringLiteral("--data");
        QTest::newRow("no command") << QStringList{} << 2 << "Expected a template command: check, render or publish.";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("lint"), file} << 2
                                         << "Unknown template command \"lint\"; expected check, render or publish.";
        QTest::newRow("check without file") << QStringList{QStringLiteral("check")} << 2 << "template check needs exactly one FILE.";
        QTest::newRow("check with two files") << QStringList{QStringLiteral("check"), file, file} << 2
                                              << "template check needs exactly one FILE.";
        QTest::newRow("check with an option") << QStringList{QStringLiteral("check"), file, QStringLiteral("--strict")} << 2
                                              << "Unknown option 'strict'.";
        QTest::newRow("render without data") << QStringList{QStringLiteral("render"), file} << 2 << "template render needs --data.";
        QTest::newRow("render without file") << QStringList{QStringLiteral("render"), data, QStringLiteral("{}")} << 2
                                             << "template render needs exactly one FILE.";
        QTest::newRow("render with data missing its value") << QStringList{QStringLiteral("render"), file, data} << 2
                                                            << "Missing value after '--data'.";
        QTest::newRow("render unknown channel") << QStringList{QStringLiteral("render"), file, data, QStringLiteral("{}"),
                                                               QStringLiteral("--channel"), QStringLiteral("fax")}
                                                << 2 << "Unknown channel \"fax\"; expected email, chat or sms.";
        QTest::newRow("check missing file") << QStringList{QStringLiteral("check"), QStringLiteral("DIR/none.json")} << 1
                                            << "DIR/none.json: No such file.";
        QTest::newRow("check a directory") << QStringList{QStringLiteral("check"), QStringLiteral("DIR")} << 1
                                           << "DIR: Is a directory, not a file.";
        QTest::newRow("check unterminated placeholder") << QStringList{QStringLiteral("check"), QStringLiteral("DIR/broken.json")} << 1
                                                        << "DIR/broken.json: /variants/1/body: \"{{\" at line 1, column 4 is "
                                                           "never closed with \"}}\".";
        QTest::newRow("check unknown filter") << QStringList{QStringLiteral("check"), QStringLiteral("DIR/filter.json")} << 1
                                              << "DIR/filter.json: /variants/0/subject: Unknown filter \"shout\" at line 1, "
                                                 "column 21; known filters: upper, lower, capitalize, default, money, "
                                                 "truncate, date.";
        QTest::newRow("check truncated JSON") << QStringList{QStringLiteral("check"), QStringLiteral("DIR/truncated.json")} << 1
                                              << "DIR/truncated.json: line 1, column 26: Malformed JSON: unterminated object.";
        // Inline data is an option of the template's command: the template file first, then --data.
        QTest::newRow("render malformed data") << QStringList{QStringLiteral("render"), file, data, QStringLiteral("{\"a\":")} << 1
                                               << file + QLatin1String(": --data: line 1, column 6: Malformed JSON: unterminated object.");
        QTest::newRow("render data not an object") << QStringList{QStringLiteral("render"), file, data, QStringLiteral("[]")} << 1
                                                   << file + QLatin1String(": --data: /: The render data must be a JSON object.");
        QTest::newRow("render malformed data file") << QStringList{QStringLiteral("render"), file, data, QStringLiteral("@DIR/truncated.json")}
                                                    << 1 << "DIR/truncated.json: line 1, column 26: Malformed JSON: unterminated object.";
        QTest::newRow("check file like an option") << QStringList{QStringLiteral("check"), QStringLiteral("--"), QStringLiteral("--strict")} << 2
                                                   << "\"--strict\" looks like an option, not a FILE; write ./--strict for a file of that name.";
        QTest::newRow("render missing data file") << QStringList{QStringLiteral("render"), file, data, QStringLiteral("@DIR/none.json")}
                                                  << 1 << "DIR/none.json: No such file.";
        QTest::newRow("render invalid template") << QStringList{QStringLiteral("render"), QStringLiteral("DIR/broken.json"), data,
                                                                QStringLiteral("{}")}
                                                 << 1
                                                 << "DIR/broken.json: /variants/1/body: \"{{\" at line 1, column 4 is never "
                                                    "closed with \"}}\".";
        QTest::newRow("render channel the template lacks")
            << QStringList{QStringLiteral("render"), file, data, QStringLiteral("{}"), QStringLiteral("--channel"), QStringLiteral("chat")}
            << 1 << file + QLatin1String(": The template has no chat variant.");
        QTest::newRow("render locale without fallback")
            << QStringList{QStringLiteral("render"), QStringLiteral("DIR/spanish_only.json"), data, QStringLiteral("{}"),
                           QStringLiteral("--locale"), QStringLiteral("fr")}
            << 1 << "DIR/spanish_only.json: No sms variant for \"fr\" or its fallbacks (fr, en).";
        QTest::newRow("check ok") << QStringList{QStringLiteral("check"), file} << 0 << "";
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, err);
        writeFile(m_dir, QStringLiteral("broken.json"),
                  "{\"format\":1,\"id\":\"broken\",\"version\":1,\"title\":\"Broken\",\"variants\":["
                  "{\"channel\":\"sms\",\"locale\":\"en\",\"body\":\"Hi\"},"
                  "{\"channel\":\"sms\",\"locale\":\"es\",\"body\":\"Hi {{customer.first_name\"}]}");
        writeFile(m_dir, QStringLiteral("filter.json"),
                  "{\"format\":1,\"id\":\"filter\",\"version\":1,\"title\":\"Filter\",\"variants\":["
                  "{\"channel\":\"email\",\"locale\":\"en\",\"subject\":\"About {{ order.id | shout }}\",\"body\":\"Hi\"}]}");
        writeFile(m_dir, QStringLiteral("truncated.json"), "{\"format\":1,\"id\":\"trunc\",");
        writeFile(m_dir, QStringLiteral("spanish_only.json"),
                  "{\"format\":1,\"id\":\"spanish_only\",\"version\":1,\"title\":\"Solo\",\"variants\":["
                  "{\"channel\":\"sms\",\"locale\":\"es\",\"body\":\"Hola\"}]}");
        for (QString &argument : arguments)
            argument.replace(QLatin1String("DIR"), m_dir.path());
        err.replace(QLatin1String("DIR"), m_dir.path());

        const Run run = runAdmin(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.err.section(u'\n', 0, 0), err);
        if (exitCode == 2)
            QVERIFY2(run.err.contains(QLatin1String("Usage: redress-admin template check FILE")), qPrintable(run.err));
        if (exitCode != 0 && !arguments.contains(QLatin1String("render")))
            QVERIFY(run.out.isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAdminTemplate)
#include "tst_admin_template.moc"
