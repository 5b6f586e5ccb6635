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

// The base policy with several members set, in order.
QJsonObject withAll(std::initializer_list<std::pair<const char *, QJsonValue>> changes)
{
    QJsonValue policy = basePolicy();
    for (const auto &[pointer, value] : changes)
        policy = setAt(policy, QString::fromLatin1(pointer).mid(1).split(u'/'), value, false);
    return policy.toObject();
}

// A generated policy of the given size, as text: `categories` categories, `rules` limit rules (each naming one
// category and, when there are regions, one region), `regions` regions and `exclusions` exclusions.
QByteArray generatedPolicy(int categories, int rules, int regions, int exclusions)
{
    QByteArray text = R"({"format": 1, "id": "generated", "version": 1, "currency": "USD", "grant_roles": ["agent"],
        "approval_levels": [{"role": "lead"}], "categories": [)";
    for (int i = 0; i < categories; ++i)
        text += (i ? ",{\"id\":\"c" : "{\"id\":\"c") + QByteArray::number(i) + "\"}";
    text += "]";
    if (regions > 0) {
        text += R"(, "regions": [)";
        for (int i = 0; i < regions; ++i)
            text += (i ? ",\"r" : "\"r") + QByteArray::number(i) + "\"";
        text += "]";
    }
    text += R"(, "limits": {"rules": [)";
    for (int i = 0; i < rules; ++i) {
        text += (i ? ",{\"id\":\"rule" : "{\"id\":\"rule") + QByteArray::number(i) + R"(","limit":"1.00","when":{"categories":["c)"
            + QByteArray::number(i % categories) + "\",\"c" + QByteArray::number((i * 7) % categories) + "\"]";
        if (regions > 0)
            text += R"(,"regions":["r)" + QByteArray::number(i % regions) + "\"]";
        text += "}}";
    }
    text += "]}";
    if (exclusions > 0) {
        text += R"(, "exclusions": [)";
        for (int i = 0; i < exclusions; ++i) {
            text += (i ? ",{\"id\":\"x" : "{\"id\":\"x") + QByteArray::number(i)
                + R"(","reason":"no","when":{"facts":{"f)" + QByteArray::number(i) + "\":true}}}";
        }
        text += "]";
    }
    return text + "}";
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
        QTest::newRow("cap amount as number") << with(QStringLiteral("/customer_cap/by_tier/gold"), 300)
                                              << "json.type" << "/customer_cap/by_tier/gold";
        QTest::newRow("cap without by_tier") << without(QStringLiteral("/customer_cap/by_tier"))
                                             << "json.missing" << "/customer_cap/by_tier";
        QTest::newRow("daily budget without by_role") << without(QStringLiteral("/actor_daily_budget/by_role"))
                                                      << "json.missing" << "/actor_daily_budget/by_role";
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

    // Every "when" member refuses an empty value: an empty list would match nothing, and an empty "facts" object
    // tests nothing (in an exclusion it would deny every request).
    void emptyWhenList_isRefused_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("where");
        for (const char *member : {"roles", "tiers", "kinds", "categories", "regions", "brands"})
            QTest::newRow(member) << QString::fromLatin1(member) << QJsonValue(QJsonArray()) << QString::fromLatin1(member);
        QTest::newRow("facts") << QStringLiteral("facts") << QJsonValue(QJsonObject()) << QStringLiteral("facts");
        QTest::newRow("fact value list") << QStringLiteral("facts") << json(R"({"account_status": []})")
                                         << QStringLiteral("facts/account_status");
    }

    void emptyWhenList_isRefused()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, where);
        for (const QString &rule : {QStringLiteral("/exclusions/0"), QStringLiteral("/limits/rules/0")}) {
            const Result<CompensationPolicy> result = CompensationPolicy::fromJson(with(rule + QStringLiteral("/when/") + member, value));
            QVERIFY2(!result.ok(), qPrintable(rule));
            QCOMPARE(result.error().code, QStringLiteral("policy.empty_list"));
            QCOMPARE(result.error().where, rule + QStringLiteral("/when/") + where);
        }
    }

    // The matches-all check looks at the compiled condition, so a list naming every value counts as no test.
    void exclusionMatchingEverything_isRefused_data()
    {
        QTest::addColumn<QJsonValue>("when");
        QTest::newRow("empty") << QJsonValue(QJsonObject());
        QTest::newRow("every role") << json(R"({"roles": ["agent", "senior_agent", "lead", "manager", "director", "trainer",
                                                          "admin", "ai_agent", "integration"]})");
        QTest::newRow("every tier") << json(R"({"tiers": ["standard", "silver", "gold", "platinum"]})");
        QTest::newRow("every kind") << json(R"({"kinds": ["gesture", "refund", "voucher", "points", "upgrade", "fee_waiver"]})");
        QTest::newRow("every category") << json(R"({"categories": ["billing_error", "late_delivery", "billing_error"]})");
    }

    void exclusionMatchingEverything_isRefused()
    {
        QFETCH(QJsonValue, when);
        const Result<CompensationPolicy> result = CompensationPolicy::fromJson(with(QStringLiteral("/exclusions/0/when"), when));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("policy.exclusion_matches_all"));
        QCOMPARE(result.error().where, QStringLiteral("/exclusions/0/when"));
    }

    void exclusionMatchingSomething_isAccepted()
    {
        const Result<CompensationPolicy> result = CompensationPolicy::fromJson(
            with(QStringLiteral("/exclusions/0/when"), json(R"({"roles": ["agent", "senior_agent", "lead", "manager", "director",
                                                                          "trainer", "admin", "ai_agent"]})")));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    }

    // Requests are checked against /regions, so a rule region outside it could never match.
    void ruleRegionTypo_isRefused_data()
    {
        QTest::addColumn<QJsonObject>("policy");
        QTest::addColumn<QString>("where");
        const QJsonValue regions = json(R"(["us-east", "pr"])");
        QTest::newRow("limit rule") << withAll({{"/regions", regions}, {"/limits/rules/0/when/regions", json(R"(["pr", "us-esat"])")}})
                                    << "/limits/rules/0/when/regions/1";
        QTest::newRow("exclusion") << withAll({{"/regions", regions}, {"/exclusions/0/when/regions", json(R"(["us_east"])")}})
                                   << "/exclusions/0/when/regions/0";
    }

    void ruleRegionTypo_isRefused()
    {
        QFETCH(QJsonObject, policy);
        QFETCH(QString, where);
        const Result<CompensationPolicy> result = CompensationPolicy::fromJson(policy);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("policy.unknown_region"));
        QCOMPARE(result.error().where, where);
    }

    void ruleRegions_areFreeWithoutDeclaredRegions()
    {
        QVERIFY(CompensationPolicy::fromJson(withAll({{"/regions", json(R"(["us-east", "pr"])")},
                                                      {"/limits/rules/0/when/regions", json(R"(["pr"])")}})).ok());
        QVERIFY(CompensationPolicy::fromJson(with(QStringLiteral("/limits/rules/0/when/regions"), json(R"(["anywhere"])"))).ok());
    }

    // A policy sized far beyond any real one is refused before its rules are read: per-rule category data and
    // evaluation time grow with these counts (200,000 categories × 40,000 rules once took 1.1 GB).
    void hugePolicy_isRefusedByCount_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        QTest::newRow("200,000 categories, 40,000 rules") << generatedPolicy(200'000, 40'000, 0, 0) << "/categories";
        QTest::newRow("1,001 categories") << generatedPolicy(1001, 1, 0, 0) << "/categories";
        QTest::newRow("10,001 rules") << generatedPolicy(10, 10'001, 0, 0) << "/limits/rules";
        QTest::newRow("1,001 regions") << generatedPolicy(10, 1, 1001, 0) << "/regions";
        QTest::newRow("10,001 exclusions") << generatedPolicy(10, 1, 0, 10'001) << "/exclusions";
    }

    void hugePolicy_isRefusedByCount()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        // Refused by count before any rule is built (the time it takes is a benchmark's business, not a test's:
        // a 3 s bound failed under ASan on a busy CI machine; the CTest timeout still catches a runaway parse).
        const Result<CompensationPolicy> result = CompensationPolicy::parse(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("policy.too_many"));
        QCOMPARE(result.error().where, where);
    }

    void policyAtTheLimits_isValid()
    {
        const QByteArray bytes = generatedPolicy(int(CompensationPolicy::kMaxCategories), int(CompensationPolicy::kMaxRules),
                                                 int(CompensationPolicy::kMaxRegions), int(CompensationPolicy::kMaxRules));
        const Result<CompensationPolicy> policy = CompensationPolicy::parse(bytes);
        QVERIFY2(policy.ok(), qPrintable(policy.ok() ? QString() : policy.error().toString()));
        QCOMPARE(policy->categories().size(), CompensationPolicy::kMaxCategories);
        QCOMPARE(policy->limitRules().size(), CompensationPolicy::kMaxRules);
        QCOMPARE(policy->exclusions().size(), CompensationPolicy::kMaxRules);
    }

    void amountTables_readByEnumId()
    {
        const Result<CompensationPolicy> policy = CompensationPolicy::fromJson(
            withAll({{"/customer_cap/by_tier", json(R"({"gold": "300.00", "platinum": "900.00"})")},
                     {"/actor_daily_budget/by_role", json(R"({"agent": "100.00", "ai_agent": "20.00"})")}}));
        QVERIFY2(policy.ok(), qPrintable(policy.ok() ? QString() : policy.error().toString()));
        const auto &byTier = policy->customerCap()->byTier;
        QCOMPARE(byTier[std::size_t(Tier::Platinum)]->minor(), 90000);
        QCOMPARE(byTier[std::size_t(Tier::Gold)]->minor(), 30000);
        QVERIFY(!byTier[std::size_t(Tier::Silver)]);
        const auto &byRole = policy->dailyBudget()->byRole;
        QCOMPARE(byRole[std::size_t(Role::AiAgent)]->minor(), 2000);
        QVERIFY(!byRole[std::size_t(Role::Lead)]);
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
