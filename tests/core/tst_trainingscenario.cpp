#include "compensationpolicy.h"
#include "decisiontree.h"
#include "recoverytemplate.h"
#include "trainingscenario.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace redress;

namespace {

const QString kSeed = QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed");

/// QVERIFY2 evaluates its message even when the check passes: only read the error of a failed result.
template<typename T>
QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : (result.error().code + u' ' + result.error().toString()).toUtf8();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList scenarioFiles()
{
    const QDir dir(kSeed + QLatin1String("/scenarios"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QStringList seedTemplateIds()
{
    QStringList ids;
    const QDir dir(kSeed + QLatin1String("/templates"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const Result<RecoveryTemplate> parsed = RecoveryTemplate::parse(readFile(dir.filePath(name)));
        if (parsed)
            ids.append(parsed->id());
    }
    return ids;
}

/// Sets (or, with an undefined value, removes) the member at a JSON pointer such as /expected/steps/1/answer.
QJsonValue patched(const QJsonValue &root, QStringList tokens, const QJsonValue &value)
{
    if (tokens.isEmpty())
        return value;
    const QString token = tokens.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = token.toInt();
        if (tokens.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = patched(array.at(index), tokens, value);
        return array;
    }
    QJsonObject object = root.toObject();
    if (tokens.isEmpty() && value.isUndefined())
        object.remove(token);
    else
        object[token] = patched(object.value(token), tokens, value);
    return object;
}

QJsonObject baseScenario()
{
    return QJsonDocument::fromJson(readFile(kSeed + QLatin1String("/scenarios/breakdown_overnight_gold.json"))).object();
}

QByteArray withPatch(const QString &pointer, const QByteArray &valueJson)
{
    QJsonValue value = QJsonValue::Undefined;
    if (!valueJson.isNull())
        value = QJsonDocument::fromJson("[" + valueJson + "]").array().at(0);
    const QJsonValue result = patched(baseScenario(), pointer.mid(1).split(u'/'), value);
    return QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestTrainingScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(scenarioFiles().size() >= 8, "the sandbox ships at least eight scenarios");
        QVERIFY(!baseScenario().isEmpty());
    }

    void everySeedScenario_passesCheckAgainstItsTree_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : scenarioFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void everySeedScenario_passesCheckAgainstItsTree()
    {
        QFETCH(QString, path);
        const Result<TrainingScenario> scenario = TrainingScenario::parse(readFile(path));
        QVERIFY2(scenario.ok(), why(scenario).constData());
        QCOMPARE(scenario->id() + QLatin1String(".json"), QFileInfo(path).fileName());
        const Result<DecisionTree> tree = DecisionTree::parse(readFile(kSeed + QLatin1String("/trees/") + scenario->treeId() + QLatin1String(".json")));
        QVERIFY2(tree.ok(), why(tree).constData());
        const Result<CompensationPolicy> policy = CompensationPolicy::parse(readFile(kSeed + QLatin1String("/policy.json")));
        QVERIFY(policy.ok());
        const Result<void> checked = scenario->checkAgainst(tree.value(), policy.value(), seedTemplateIds());
        QVERIFY2(checked.ok(), why(checked).constData());
    }

    void seedScenarios_coverLinesTiersAndTheHardCases()
    {
        QSet<QString> lines, tiers;
        int noMoney = 0, approval = 0, repeat = 0;
        for (const QString &path : scenarioFiles()) {
            const Result<TrainingScenario> s = TrainingScenario::parse(readFile(path));
            QVERIFY(s.ok());
            lines.insert(s->line());
            tiers.insert(tierId(s->customer().tier));
            noMoney += s->compensation() ? 0 : 1;
            approval += s->compensation() && s->compensation()->approval ? 1 : 0;
            repeat += s->totals().customerPayoutsInWindow > 0 ? 1 : 0;
        }
        QCOMPARE(lines.size(), 2);
        QCOMPARE(tiers.size(), kTierCount);
        QVERIFY(noMoney >= 2);
        QVERIFY(approval >= 1);
        QVERIFY(repeat >= 1);
    }

    void parse_readsEveryMember()
    {
        const Result<TrainingScenario> s = TrainingScenario::parse(readFile(kSeed + QLatin1String("/scenarios/breakdown_overnight_gold.json")));
        QVERIFY2(s.ok(), why(s).constData());
        QCOMPARE(s->line(), QStringLiteral("car_rental"));
        QCOMPARE(s->role(), Role::Agent);
        QCOMPARE(s->customer().tier, Tier::Gold);
        QCOMPARE(s->caseData().facts.value(QLatin1String("delay_hours")).toInt(), 11);
        QCOMPARE(s->expectedAnswers(), (QStringList{QStringLiteral("safe"), QStringLiteral("mechanical"), QStringLiteral("overnight")}));
        QVERIFY(s->compensation().has_value());
        QCOMPARE(s->compensation()->minimum.toDecimalString(), QStringLiteral("180.00"));
        QCOMPARE(s->compensation()->approval, std::optional<Role>(Role::Lead));
        QCOMPARE(s->walkFacts().value(QLatin1String("tier")).toString(), QStringLiteral("gold"));
        QCOMPARE(s->walkFacts().value(QLatin1String("brand")).toString(), QStringLiteral("northwind_rent"));
        QCOMPARE(s->targetSeconds(), 420);
    }

    void parse_malformed_isRefusedAtItsPointer_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        const auto row = [](const char *name, const char *pointer, const QByteArray &value, const char *code, const char *where) {
            QTest::newRow(name) << withPatch(QLatin1String(pointer), value) << QString::fromLatin1(code) << QString::fromLatin1(where);
        };
        row("missing id", "/id", QByteArray(), "json.missing", "/id");
        row("format 2", "/format", "2", "json.format_unsupported", "/format");
        row("unknown line", "/line", R"j("bus")j", "json.range", "/line");
        row("unknown difficulty", "/difficulty", R"j("brutal")j", "json.range", "/difficulty");
        row("unknown role", "/role", R"j("intern")j", "json.range", "/role");
        row("unknown tier", "/customer/tier", R"j("diamond")j", "json.range", "/customer/tier");
        row("bad locale", "/customer/locale", R"j("english please")j", "json.range", "/customer/locale");
        row("misspelt member", "/customer/teir", R"j("gold")j", "json.unknown_member", "/customer/teir");
        row("bad channel", "/case/channel", R"j("fax")j", "json.range", "/case/channel");
        row("array fact", "/case/facts/delay_hours", "[11]", "json.type", "/case/facts/delay_hours");
        row("no steps", "/expected/steps", "[]", "json.empty", "/expected/steps");
        row("numeric answer", "/expected/steps/1/answer", "5", "json.type", "/expected/steps/1/answer");
        row("no feedback", "/expected/steps/2/if_wrong", QByteArray(), "json.missing", "/expected/steps/2/if_wrong");
        row("compensation word", "/expected/compensation", R"j("some")j", "json.range", "/expected/compensation");
        row("compensation number", "/expected/compensation", "200", "json.type", "/expected/compensation");
        row("unknown kind", "/expected/compensation/kinds/1", R"j("cash")j", "json.range", "/expected/compensation/kinds/1");
        row("repeated kind", "/expected/compensation/kinds/1", R"j("refund")j", "json.range", "/expected/compensation/kinds/1");
        row("three decimals", "/expected/compensation/min", R"j("180.001")j", "money.invalid", "/expected/compensation/min");
        row("min over max", "/expected/compensation/min", R"j("400.00")j", "json.range", "/expected/compensation/max");
        row("zero min", "/expected/compensation/min", R"j("0.00")j", "json.range", "/expected/compensation/min");
        row("model outside", "/expected/compensation/model", R"j("400.00")j", "json.range", "/expected/compensation/model");
        row("unknown approver", "/expected/compensation/approval", R"j("boss")j", "json.range", "/expected/compensation/approval");
        row("no templates", "/expected/templates", "[]", "json.empty", "/expected/templates");
        row("zero target", "/expected/target_seconds", "0", "json.range", "/expected/target_seconds");
        row("misspelt expected member", "/expected/gaurd", "1", "json.unknown_member", "/expected/gaurd");
        QTest::newRow("syntax") << QByteArray(R"j({"format":1,"id":)j") << QStringLiteral("json.syntax") << QString();
    }
    void parse_malformed_isRefusedAtItsPointer()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, where);
        const Result<TrainingScenario> s = TrainingScenario::parse(bytes);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        if (!where.isEmpty())
            QCOMPARE(s.error().where, where);
        QVERIFY(!s.error().message.isEmpty());
    }

    void check_inconsistentAnswerKey_isRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        const auto row = [](const char *name, const char *pointer, const QByteArray &value, const char *code, const char *where) {
            QTest::newRow(name) << withPatch(QLatin1String(pointer), value) << QString::fromLatin1(code) << QString::fromLatin1(where);
        };
        row("unavailable answer", "/expected/steps/1/answer", R"j("nonsense")j", "scenario.bad_path", "/expected/steps/1/answer");
        row("guard false for the facts", "/case/facts/delay_hours", "3", "scenario.bad_path", "/expected/steps/2/answer");
        row("question mislabelled", "/expected/steps/0/question", R"j("q_cause")j", "scenario.bad_path", "/expected/steps/0/question");
        row("incomplete walk", "/expected/steps/2", QByteArray(), "scenario.incomplete_path", "/expected/steps");
        row("other outcome", "/expected/steps/2/answer", R"j("under_2h")j", "scenario.wrong_outcome", "/expected/outcome");
        row("other tree", "/expected/tree", R"j("late_delivery")j", "scenario.wrong_tree", "/expected/tree");
        row("unknown template", "/expected/templates/0", R"j("nope")j", "scenario.unknown_template", "/expected/templates/0");
        row("outcome template missing", "/expected/templates/0", R"j("goodwill_gesture_note")j", "scenario.missing_template", "/expected/templates");
        row("wrong root cause", "/expected/root_cause", R"j("weather")j", "scenario.wrong_root_cause", "/expected/root_cause");
        row("range over outcome", "/expected/compensation/max", R"j("400.00")j", "scenario.compensation_range", "/expected/compensation");
        row("kind the outcome lacks", "/expected/compensation/kinds", R"j(["upgrade"])j", "scenario.compensation_kind", "/expected/compensation/kinds/0");
        row("none for a money outcome", "/expected/compensation", R"j("none")j", "scenario.compensation_range", "/expected/compensation");
        row("approval not declared", "/expected/compensation/approval", QByteArray(), "scenario.policy", "/expected/compensation/approval");
        row("approval by the wrong level", "/expected/compensation/approval", R"j("manager")j", "scenario.policy", "/expected/compensation/approval");
        row("category of the other line", "/case/category", R"j("late_delivery")j", "scenario.wrong_line", "/case/category");
        row("unknown category", "/case/category", R"j("flat_tire")j", "scenario.unknown_category", "/case/category");
        row("unknown region", "/customer/region", R"j("eu-west")j", "scenario.unknown_region", "/customer/region");
        row("other currency", "/currency", R"j("EUR")j", "scenario.currency", "/currency");
    }
    void check_inconsistentAnswerKey_isRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, where);
        const Result<TrainingScenario> s = TrainingScenario::parse(bytes);
        QVERIFY2(s.ok(), why(s).constData());
        const Result<DecisionTree> tree = DecisionTree::parse(readFile(kSeed + QLatin1String("/trees/vehicle_breakdown.json")));
        const Result<CompensationPolicy> policy = CompensationPolicy::parse(readFile(kSeed + QLatin1String("/policy.json")));
        QVERIFY(tree.ok() && policy.ok());
        const Result<void> checked = s->checkAgainst(tree.value(), policy.value(), seedTemplateIds());
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, code);
        QCOMPARE(checked.error().where, where);
    }
};

QTEST_GUILESS_MAIN(TestTrainingScenario)
#include "tst_trainingscenario.moc"
