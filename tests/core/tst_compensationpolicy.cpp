#include "compensationpolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace redress;

namespace {

// A small valid policy; each validation case breaks one thing in it.
QJsonObject basePolicy()
{
    return QJsonDocument::fromJson(R"({
      "format": 1, "id": "test-policy", "version": 1, "currency": "USD",
      "categories": [{"id": "late_delivery", "label": "Late delivery"}, {"id": "billing_error"}],
      "grant_roles": ["agent", "lead", "manager"],
      "approval_levels": [{"role": "lead", "up_to": "200.00"}, {"role": "manager"}],
      "limits": {"hit_policy": "first", "rules": [
          {"id": "gold", "when": {"roles": ["agent"], "tiers": ["gold"]}, "limit": "50.00"},
          {"id": "base", "when": {"roles": ["agent"]}, "limit": "20.00"}]},
      "customer_cap": {"window_days": 90, "by_tier": {"gold": "300.00"}, "approver": "manager"},
      "repeat_payouts": {"window_days": 90, "max_payouts": 2},
      "actor_daily_budget": {"by_role": {"agent": "100.00"}},
      "team_budgets": {"period": "month", "default": "1000.00", "teams": {"east": "2000.00"}},
      "exclusions": [{"id": "force_majeure", "when": {"facts": {"force_majeure": true}}, "reason": "force majeure"}]
    })").object();
}

// Sets the value at a simple JSON pointer (objects and array indices), creating nothing but the last member.
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value, bool remove)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty() && remove)
            array.removeAt(index);
        else
            array[index] = setAt(array.at(index), path, value, remove);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && remove)
        object.remove(key);
    else
        object[key] = setAt(object.value(key), path, value, remove);
    return object;
}

QJsonObject with(const QString &pointer, const QJsonValue &value)
{
    return setAt(basePolicy(), pointer.mid(1).split(u'/'), value, false).toObject();
}

QJsonObject without(const QString &pointer)
{
    return setAt(basePolicy(), pointer.mid(1).split(u'/'), QJsonValue(), true).toObject();
}

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

} // namespace

class TestCompensationPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basePolicy_isValid()
    {
        const Result<CompensationPolicy> policy = CompensationPolicy::fromJson(basePolicy());
        QVERIFY2(policy.ok(), qPrintable(policy.ok() ? QString() : policy.error().toString()));
        QCOMPARE(policy->id(), QStringLiteral("test-policy"));
        QCOMPARE(policy->limitRules().size(), 2);
        QCOMPARE(policy->approvalLevels().size(), 2);
        QCOMPARE(policy->teamBudget(QStringLiteral("east"))->minor(), 200000);
        QCOMPARE(policy->teamBudget(QStringLiteral("west"))->minor(), 100000);
        QVERIFY(policy->canGrant(Role::Agent));
        QVERIFY(!policy->canGrant(Role::Trainer));
    }

    void demoPolicy_isValid()
    {
        QFile file(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/policy.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<CompensationPolicy> policy = CompensationPolicy::parse(file.readAll());
        QVERIFY2(policy.ok(), qPrintable(policy.ok() ? QString() : policy.error().toString()));
        QVERIFY(policy->categories().size() >= 8);
        QCOMPARE(policy->approvalLevels().size(), 3);
        QVERIFY(policy->exclusions().size() >= 2);
        QCOMPARE(policy->hitPolicy(), CompensationPolicy::HitPolicy::Priority);
    }

    void invalidPolicy_namesTheProblem_data()
    {
        QTest::addColumn<QJsonObject>("policy");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");

        QTest::newRow("missing id") << without(QStringLiteral("/id")) << "json.missing" << "/id";
        QTest::newRow("id with spaces") << with(QStringLiteral("/id"), QStringLiteral("my policy")) << "json.id" << "/id";
        QTest::newRow("version is text") << with(QStringLiteral("/version"), QStringLiteral("1")) << "json.type" << "/version";
        QTest::newRow("version zero") << with(QStringLiteral("/version"), 0) << "json.range" << "/version";
        QTest::newRow("unknown currency") << with(QStringLiteral("/currency"), QStringLiteral("XYZ")) << "policy.unknown_currency" << "/currency";
        QTest::newRow("unknown top-level member") << with(QStringLiteral("/limit"), 5) << "json.unknown_member" << "/limit";
        QTest::newRow("no categories") << with(QStringLiteral("/categories"), QJsonArray()) << "policy.no_categories" << "/categories";
        QTest::newRow("duplicate category") << with(QStringLiteral("/categories/1/id"), QStringLiteral("late_delivery"))
                                            << "policy.duplicate_id" << "/categories/1/id";
        QTest::newRow("category not an object") << with(QStringLiteral("/categories/0"), 5) << "json.type" << "/categories/0";
        QTest::newRow("unknown grant role") << with(QStringLiteral("/grant_roles/1"), QStringLiteral("boss"))
                                            << "policy.unknown_id" << "/grant_roles/1";
        QTest::newRow("grant roles missing") << without(QStringLiteral("/grant_roles")) << "json.missing" << "/grant_roles";
        QTest::newRow("agent cannot approve") << with(QStringLiteral("/approval_levels/0/role"), QStringLiteral("agent"))
                                              << "policy.bad_approver" << "/approval_levels/0/role";
        QTest::newRow("levels out of order") << with(QStringLiteral("/approval_levels"), json(R"([{"role":"manager","up_to":"100.00"},{"role":"lead"}])"))
                                             << "policy.level_order" << "/approval_levels/1/role";
        QTest::newRow("unbounded level not last") << with(QStringLiteral("/approval_levels"), json(R"([{"role":"lead"},{"role":"manager"}])"))
                                                  << "policy.level_order" << "/approval_levels/1";
        QTest::newRow("up_to not increasing") << with(QStringLiteral("/approval_levels"), json(R"([{"role":"lead","up_to":"200.00"},{"role":"manager","up_to":"100.00"}])"))
                                              << "policy.level_order" << "/approval_levels/1/up_to";
        QTest::newRow("amount as number") << with(QStringLiteral("/approval_levels/0/up_to"), 200) << "json.type" << "/approval_levels/0/up_to";
        QTest::newRow("negative amount") << with(QStringLiteral("/limits/rules/0/limit"), QStringLiteral("-5.00")) << "json.range" << "/limits/rules/0/limit";
        QTest::newRow("too many decimals") << with(QStringLiteral("/limits/rules/0/limit"), QStringLiteral("5.001")) << "money.invalid" << "/limits/rules/0/limit";
        QTest::newRow("enormous amount") << with(QStringLiteral("/limits/rules/0/limit"), QString(60, u'9')) << "money.overflow" << "/limits/rules/0/limit";
        QTest::newRow("unknown hit policy") << with(QStringLiteral("/limits/hit_policy"), QStringLiteral("collect")) << "policy.hit_policy" << "/limits/hit_policy";
        QTest::newRow("limits missing") << without(QStringLiteral("/limits")) << "json.missing" << "/limits";
        QTest::newRow("rule without output") << without(QStringLiteral("/limits/rules/0/limit")) << "policy.rule_output" << "/limits/rules/0";
        QTest::newRow("rule with limit and deny") << with(QStringLiteral("/limits/rules/0/deny"), QStringLiteral("no")) << "policy.rule_output" << "/limits/rules/0";
        QTest::newRow("duplicate rule id") << with(QStringLiteral("/limits/rules/1/id"), QStringLiteral("gold")) << "policy.duplicate_id" << "/limits/rules/1/id";
        QTest::newRow("unknown tier in rule") << with(QStringLiteral("/limits/rules/0/when/tiers/0"), QStringLiteral("diamond"))
                                              << "policy.unknown_id" << "/limits/rules/0/when/tiers/0";
        QTest::newRow("unknown kind in rule") << with(QStringLiteral("/limits/rules/0/when/kinds"), json(R"(["cash"])"))
                                              << "policy.unknown_id" << "/limits/rules/0/when/kinds/0";
        QTest::newRow("undeclared category in rule") << with(QStringLiteral("/limits/rules/0/when/categories"), json(R"(["lost_parcel"])"))
                                                     << "policy.unknown_category" << "/limits/rules/0/when/categories/0";
        QTest::newRow("empty list in rule") << with(QStringLiteral("/limits/rules/0/when/roles"), QJsonArray())
                                            << "policy.empty_list" << "/limits/rules/0/when/roles";
        QTest::newRow("unknown condition") << with(QStringLiteral("/limits/rules/0/when/channel"), json(R"(["sms"])"))
                                           << "json.unknown_member" << "/limits/rules/0/when/channel";
        QTest::newRow("fact matched against object") << with(QStringLiteral("/exclusions/0/when/facts/force_majeure"), QJsonObject())
                                                     << "policy.fact_type" << "/exclusions/0/when/facts/force_majeure";
        QTest::newRow("exclusion without reason") << without(QStringLiteral("/exclusions/0/reason")) << "json.missing" << "/exclusions/0/reason";
        QTest::newRow("exclusion matching everything") << with(QStringLiteral("/exclusions/0/when"), QJsonObject())
                                                       << "policy.exclusion_matches_all" << "/exclusions/0/when";
        QTest::newRow("cap with unknown tier") << with(QStringLiteral("/customer_cap/by_tier/diamond"), QStringLiteral("1.00"))
                                               << "policy.unknown_id" << "/customer_cap/by_tier/diamond";
        QTest::newRow("cap approver not a level") << with(QStringLiteral("/customer_cap/approver"), QStringLiteral("director"))
                                                  << "policy.unknown_approver" << "/customer_cap/approver";
        QTest::newRow("cap window zero") << with(QStringLiteral("/customer_cap/window_days"), 0) << "json.range" << "/customer_cap/window_days";
        QTest::newRow("repeat max fractional") << with(QStringLiteral("/repeat_payouts/max_payouts"), 2.5) << "json.type" << "/repeat_payouts/max_payouts";
        QTest::newRow("daily budget unknown role") << with(QStringLiteral("/actor_daily_budget/by_role/intern"), QStringLiteral("5.00"))
                                                   << "policy.unknown_id" << "/actor_daily_budget/by_role/intern";
        QTest::newRow("team period unknown") << with(QStringLiteral("/team_budgets/period"), QStringLiteral("week"))
                                             << "policy.period" << "/team_budgets/period";
        QTest::newRow("team budget wrong type") << with(QStringLiteral("/team_budgets/teams/east"), true)
                                                << "json.type" << "/team_budgets/teams/east";
    }

    void invalidPolicy_namesTheProblem()
    {
        QFETCH(QJsonObject, policy);
        QFETCH(QString, code);
        QFETCH(QString, where);
        const Result<CompensationPolicy> result = CompensationPolicy::fromJson(policy);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().where, where);
        QVERIFY(!result.error().message.isEmpty());
    }

    void badDocuments_getClearErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        const QByteArray valid = QJsonDocument(basePolicy()).toJson();
        QTest::newRow("empty") << QByteArray() << "json.empty";
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << "json.syntax";
        QTest::newRow("not json") << QByteArray("policy: yes") << "json.syntax";
        QTest::newRow("array") << QByteArray("[1,2]") << "json.not_object";
        QTest::newRow("no format") << QByteArray(R"({"id":"x"})") << "json.format_missing";
        QTest::newRow("future format") << QByteArray(R"({"format":2})") << "json.format_unsupported";
        QTest::newRow("format as text") << QByteArray(R"({"format":"1"})") << "json.format_unsupported";
        QTest::newRow("10000-deep nesting") << QByteArray(10000, '[') + QByteArray(10000, ']') << "json.syntax";
        QTest::newRow("deep object") << QByteArray(R"({"format":1,"id":)") + QByteArray(10000, '[') << "json.syntax";
        QTest::newRow("50 MB") << QByteArray(50 * 1024 * 1024, ' ') << "json.too_large";
    }

    void badDocuments_getClearErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const Result<CompensationPolicy> result = CompensationPolicy::parse(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
    }

    void syntaxError_namesLineAndColumn()
    {
        const Result<CompensationPolicy> result = CompensationPolicy::parse("{\n  \"format\": 1,\n  \"id\": oops\n}");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().where, QStringLiteral("line 3, column 9"));
    }
};

QTEST_GUILESS_MAIN(TestCompensationPolicy)
#include "tst_compensationpolicy.moc"
