#include "policyengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace redress;

namespace {

const QByteArray kPolicy = R"({
  "format": 1, "id": "engine-test", "version": 3, "currency": "USD",
  "categories": [{"id": "late_delivery", "label": "Late delivery"}, {"id": "billing_error", "label": "Billing error"},
                 {"id": "lost_parcel", "label": "Lost parcel"}],
  "regions": ["us-east", "pr"],
  "grant_roles": ["agent", "senior_agent", "lead", "manager", "ai_agent"],
  "approval_levels": [{"role": "lead", "up_to": "200.00"}, {"role": "manager", "up_to": "1000.00"}],
  "limits": {"hit_policy": "HIT", "rules": [
      {"id": "agent-base", "when": {"roles": ["agent"]}, "limit": "20.00", "priority": 0},
      {"id": "agent-gold", "when": {"roles": ["agent"], "tiers": ["gold", "platinum"]}, "limit": "50.00", "priority": 10},
      {"id": "agent-billing", "when": {"roles": ["agent"], "categories": ["billing_error"], "kinds": ["refund"]}, "limit": "150.00", "priority": 20},
      {"id": "agent-pr-bonus", "when": {"roles": ["agent"], "regions": ["pr"]}, "limit": "30.00", "priority": 10},
      {"id": "ai-no-refund", "when": {"roles": ["ai_agent"], "kinds": ["refund"]}, "deny": "AI agents do not refund.", "priority": 100},
      {"id": "ai-base", "when": {"roles": ["ai_agent"]}, "limit": "10.00", "priority": 0},
      {"id": "lead-base", "when": {"roles": ["lead"]}, "limit": "200.00"},
      {"id": "manager-base", "when": {"roles": ["manager"]}, "limit": "1000.00"}
  ]},
  "customer_cap": {"window_days": 90, "by_tier": {"gold": "300.00", "standard": "100.00"}, "approver": "manager"},
  "repeat_payouts": {"window_days": 60, "max_payouts": 2},
  "actor_daily_budget": {"by_role": {"agent": "100.00"}, "approver": "lead"},
  "team_budgets": {"period": "month", "default": "1000.00", "teams": {"east": "2000.00"}},
  "exclusions": [
      {"id": "force_majeure", "when": {"facts": {"force_majeure": true}, "kinds": ["refund", "voucher"]}, "reason": "force majeure."},
      {"id": "fraud", "when": {"facts": {"account_status": ["fraud_hold", "chargeback"]}}, "reason": "account on hold."}
  ]
})";

PolicyEngine engine(const char *hitPolicy = "priority")
{
    QByteArray text = kPolicy;
    text.replace("HIT", hitPolicy);
    Result<CompensationPolicy> policy = CompensationPolicy::parse(text);
    if (!policy)
        qFatal("test policy invalid: %s", qPrintable(policy.error().toString()));
    return PolicyEngine(std::move(policy).value());
}

Money usd(qint64 minor)
{
    return Money(minor, *Currency::fromCode(u"USD"));
}

CompensationRequest request(Role role, Tier tier, const char *category, CompensationKind kind, qint64 minor)
{
    CompensationRequest r;
    r.role = role;
    r.tier = tier;
    r.category = QLatin1String(category);
    r.kind = kind;
    r.amount = usd(minor);
    // The test policy reads every running total, so each is supplied, as the server and the CLI do.
    r.customerReceivedInWindow = usd(0);
    r.customerPayoutsInWindow = 0;
    r.actorGrantedToday = usd(0);
    r.teamSpentThisPeriod = usd(0);
    return r;
}

// A policy with one limit rule and none of the running-total checks.
PolicyEngine plainEngine(const char *extra = "")
{
    const QByteArray text = QByteArray(R"({
      "format": 1, "id": "plain", "version": 1, "currency": "USD",
      "categories": [{"id": "late_delivery", "label": "Late delivery"}],
      "grant_roles": ["agent", "ai_agent", "director"],
      "approval_levels": [{"role": "lead"}],
      "limits": {"rules": [{"id": "agent-voucher", "when": {"roles": ["agent"], "kinds": ["voucher"]}, "limit": "10.00"}]})")
        + extra + "}";
    Result<CompensationPolicy> policy = CompensationPolicy::parse(text);
    if (!policy)
        qFatal("plain policy invalid: %s", qPrintable(policy.error().toString()));
    return PolicyEngine(std::move(policy).value());
}

CompensationRequest bareRequest(Role role, CompensationKind kind, qint64 minor)
{
    CompensationRequest r;
    r.role = role;
    r.tier = Tier::Standard;
    r.category = QStringLiteral("late_delivery");
    r.kind = kind;
    r.amount = usd(minor);
    return r;
}

} // namespace

Q_DECLARE_METATYPE(CompensationRequest)

class TestPolicyEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<QString>("hitPolicy");
        QTest::addColumn<CompensationRequest>("req");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("approver");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("headline");

        const QString priority = QStringLiteral("priority");
        const QString first = QStringLiteral("first");
        using K = CompensationKind;

        QTest::newRow("within limit") << priority << request(Role::Agent, Tier::Gold, "late_delivery", K::Voucher, 4000)
            << "allow" << "" << "agent-gold" << "Gold · Late delivery: agent limit USD 50.00; requested USD 40.00 → within limit";
        QTest::newRow("exactly the limit") << priority << request(Role::Agent, Tier::Gold, "late_delivery", K::Voucher, 5000)
            << "allow" << "" << "agent-gold" << "Gold · Late delivery: agent limit USD 50.00; requested USD 50.00 → within limit";
        QTest::newRow("over limit needs lead") << priority << request(Role::Agent, Tier::Gold, "late_delivery", K::Voucher, 8000)
            << "approval" << "lead" << "agent-gold" << "Gold · Late delivery: agent limit USD 50.00; requested USD 80.00 → needs lead approval";
        QTest::newRow("above lead level needs manager") << priority << request(Role::Agent, Tier::Gold, "late_delivery", K::Voucher, 25000)
            << "approval" << "manager" << "agent-gold" << "Gold · Late delivery: agent limit USD 50.00; requested USD 250.00 → needs manager approval";
        QTest::newRow("above every level is denied") << priority << request(Role::Agent, Tier::Gold, "late_delivery", K::Voucher, 100001)
            << "deny" << "" << "agent-gold"
            << "Gold · Late delivery: agent limit USD 50.00; requested USD 1000.01 → denied: above what any approver may grant (manager up to USD 1000.00)";
        QTest::newRow("priority picks the most specific") << priority << request(Role::Agent, Tier::Standard, "billing_error", K::Refund, 9000)
            << "allow" << "" << "agent-billing" << "Standard · Billing error: agent limit USD 150.00; requested USD 90.00 → within limit";
        QTest::newRow("first picks the earliest") << first << request(Role::Agent, Tier::Standard, "billing_error", K::Refund, 9000)
            << "approval" << "lead" << "agent-base" << "Standard · Billing error: agent limit USD 20.00; requested USD 90.00 → needs lead approval";
        QTest::newRow("priority tie goes to the earlier rule") << priority
            << [] { auto r = request(Role::Agent, Tier::Gold, "late_delivery", K::Voucher, 4000); r.region = QStringLiteral("pr"); return r; }()
            << "allow" << "" << "agent-gold" << "Gold · Late delivery: agent limit USD 50.00; requested USD 40.00 → within limit";
        QTest::newRow("region-scoped rule") << priority
            << [] { auto r = request(Role::Agent, Tier::Standard, "late_delivery", K::Voucher, 2500); r.region = QStringLiteral("pr"); return r; }()
            << "allow" << "" << "agent-pr-bonus" << "Standard · Late delivery: agent limit USD 30.00; requested USD 25.00 → within limit";
        QTest::newRow("no matching rule means no limit") << priority << request(Role::SeniorAgent, Tier::Standard, "late_delivery", K::Voucher, 100)
            << "approval" << "lead" << ""
            << "Standard · Late delivery: no discretionary limit for role senior agent, kind voucher; requested USD 1.00 → needs lead approval";
        QTest::newRow("deny rule") << priority << request(Role::AiAgent, Tier::Gold, "late_delivery", K::Refund, 500)
            << "deny" << "" << "ai-no-refund" << "Gold · Late delivery: denied — AI agents do not refund.";
        QTest::newRow("ai agent voucher within limit") << priority << request(Role::AiAgent, Tier::Gold, "late_delivery", K::Voucher, 500)
            << "allow" << "" << "ai-base" << "Gold · Late delivery: AI agent limit USD 10.00; requested USD 5.00 → within limit";
        QTest::newRow("ai agent over limit goes to the first level") << priority << request(Role::AiAgent, Tier::Gold, "late_delivery", K::Voucher, 1500)
            << "approval" << "lead" << "ai-base" << "Gold · Late delivery: AI agent limit USD 10.00; requested USD 15.00 → needs lead approval";
        QTest::newRow("role that cannot grant") << priority << request(Role::Trainer, Tier::Gold, "late_delivery", K::Voucher, 100)
            << "deny" << "" << "" << "Role trainer cannot grant compensation under this policy.";
        QTest::newRow("lead over own limit goes above the lead") << priority << request(Role::Lead, Tier::Gold, "late_delivery", K::Voucher, 20001)
            << "approval" << "manager" << "lead-base" << "Gold · Late delivery: lead limit USD 200.00; requested USD 200.01 → needs manager approval";
        QTest::newRow("top approver over own limit") << priority << request(Role::Manager, Tier::Gold, "late_delivery", K::Voucher, 100001)
            << "deny" << "" << "manager-base"
            << "Gold · Late delivery: manager limit USD 1000.00; requested USD 1000.01 → denied: above what any approver may grant (manager up to USD 1000.00)";
    }

    void evaluate()
    {
        QFETCH(QString, hitPolicy);
        QFETCH(CompensationRequest, req);
        QFETCH(QString, decision);
        QFETCH(QString, approver);
        QFETCH(QString, rule);
        QFETCH(QString, headline);
        const PolicyEngine e = engine(qPrintable(hitPolicy));
        const Result<Verdict> verdict = e.evaluate(req);
        QVERIFY2(verdict.ok(), qPrintable(verdict.ok() ? QString() : verdict.error().toString()));
        QCOMPARE(Verdict::decisionId(verdict->decision), decision);
        QCOMPARE(verdict->approver ? roleId(*verdict->approver) : QString(), approver);
        QCOMPARE(verdict->ruleId, rule);
        QCOMPARE(verdict->reasons.value(0), headline);
    }

    void exclusions_data()
    {
        QTest::addColumn<QJsonObject>("facts");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("exclusion");
        QTest::newRow("force majeure denies vouchers") << QJsonObject{{QStringLiteral("force_majeure"), true}} << int(CompensationKind::Voucher) << "force_majeure";
        QTest::newRow("force majeure still allows a gesture") << QJsonObject{{QStringLiteral("force_majeure"), true}} << int(CompensationKind::Gesture) << "";
        QTest::newRow("fact false does not match") << QJsonObject{{QStringLiteral("force_majeure"), false}} << int(CompensationKind::Voucher) << "";
        QTest::newRow("fact as text does not match a boolean") << QJsonObject{{QStringLiteral("force_majeure"), QStringLiteral("true")}} << int(CompensationKind::Voucher) << "";
        QTest::newRow("one of a list") << QJsonObject{{QStringLiteral("account_status"), QStringLiteral("chargeback")}} << int(CompensationKind::Gesture) << "fraud";
        QTest::newRow("not in the list") << QJsonObject{{QStringLiteral("account_status"), QStringLiteral("active")}} << int(CompensationKind::Voucher) << "";
        QTest::newRow("no facts") << QJsonObject() << int(CompensationKind::Voucher) << "";
    }

    void exclusions()
    {
        QFETCH(QJsonObject, facts);
        QFETCH(int, kind);
        QFETCH(QString, exclusion);
        CompensationRequest r = request(Role::Agent, Tier::Gold, "late_delivery", CompensationKind(kind), 1000);
        r.facts = facts;
        const Result<Verdict> verdict = engine().evaluate(r);
        QVERIFY(verdict.ok());
        QCOMPARE(verdict->exclusionId, exclusion);
        QCOMPARE(verdict->decision == Verdict::Decision::Deny, !exclusion.isEmpty());
    }

    void runningTotals_escalate_data()
    {
        QTest::addColumn<CompensationRequest>("req");
        QTest::addColumn<QString>("approver");
        QTest::addColumn<QString>("reason");

        auto base = [] { return request(Role::Agent, Tier::Gold, "late_delivery", CompensationKind::Voucher, 4000); };
        CompensationRequest daily = base();
        daily.actorGrantedToday = usd(7000);
        QTest::newRow("daily budget") << daily << "lead"
            << "Daily budget: USD 70.00 of USD 100.00 already granted today; this would make USD 110.00 → needs lead approval.";
        CompensationRequest cap = base();
        cap.customerReceivedInWindow = usd(28000);
        QTest::newRow("customer cap") << cap << "manager"
            << "Customer cap: Gold customers may receive USD 300.00 in 90 days; received USD 280.00, this would make USD 320.00 → needs manager approval.";
        CompensationRequest repeat = base();
        repeat.customerPayoutsInWindow = 2;
        QTest::newRow("repeat payout") << repeat << "lead"
            << "Repeat payout: this would be compensation number 3 in 60 days; review starts at number 3 → needs lead approval.";
        CompensationRequest team = base();
        team.team = QStringLiteral("east");
        team.teamSpentThisPeriod = usd(199000);
        QTest::newRow("team budget defaults to the highest level") << team << "manager"
            << "Team budget: USD 1990.00 spent of USD 2000.00 this month; this would make USD 2030.00 → needs manager approval.";
        CompensationRequest otherTeam = base();
        otherTeam.team = QStringLiteral("west");
        otherTeam.teamSpentThisPeriod = usd(99000);
        QTest::newRow("default team budget") << otherTeam << "manager"
            << "Team budget: USD 990.00 spent of USD 1000.00 this month; this would make USD 1030.00 → needs manager approval.";
        CompensationRequest overflow = base();
        overflow.customerReceivedInWindow = usd(std::numeric_limits<qint64>::max());
        QTest::newRow("overflowing total escalates") << overflow << "manager"
            << "Customer cap: Gold customers may receive USD 300.00 in 90 days; received USD 92233720368547758.07, this would make USD 92233720368547758.07 → needs manager approval.";
    }

    void runningTotals_escalate()
    {
        QFETCH(CompensationRequest, req);
        QFETCH(QString, approver);
        QFETCH(QString, reason);
        const Result<Verdict> verdict = engine().evaluate(req);
        QVERIFY(verdict.ok());
        QCOMPARE(Verdict::decisionId(verdict->decision), QStringLiteral("approval"));
        QCOMPARE(roleId(*verdict->approver), approver);
        QVERIFY2(verdict->reasons.value(0).endsWith(QStringLiteral("needs %1 approval").arg(approver)), qPrintable(verdict->reasons.value(0)));
        QCOMPARE(verdict->reasons.value(1), reason);
    }

    void highestEscalationWins()
    {
        CompensationRequest r = request(Role::Agent, Tier::Gold, "late_delivery", CompensationKind::Voucher, 8000);
        r.customerReceivedInWindow = usd(25000); // cap → manager
        r.customerPayoutsInWindow = 5;          // repeat → lead
        const Result<Verdict> verdict = engine().evaluate(r);
        QCOMPARE(roleId(*verdict->approver), QStringLiteral("manager"));
        QCOMPARE(verdict->reasons.size(), 3);
    }

    void dailyBudgetLeft_isReported()
    {
        CompensationRequest r = request(Role::Agent, Tier::Gold, "late_delivery", CompensationKind::Voucher, 1000);
        r.actorGrantedToday = usd(6000);
        QCOMPARE(engine().evaluate(r)->dailyBudgetLeft, std::optional<Money>(usd(4000)));
        r.actorGrantedToday = usd(15000);
        QCOMPARE(engine().evaluate(r)->dailyBudgetLeft, std::optional<Money>(usd(0)));
        r.role = Role::Lead;
        QVERIFY(!engine().evaluate(r)->dailyBudgetLeft.has_value());
    }

    void invalidRequests_areErrors_data()
    {
        QTest::addColumn<CompensationRequest>("req");
        QTest::addColumn<QString>("where");
        auto base = [] { return request(Role::Agent, Tier::Gold, "late_delivery", CompensationKind::Voucher, 1000); };
        QTest::newRow("unknown category") << request(Role::Agent, Tier::Gold, "alien_abduction", CompensationKind::Voucher, 1000) << "category";
        CompensationRequest euro = base();
        euro.amount = Money(1000, *Currency::fromCode(u"EUR"));
        QTest::newRow("other currency") << euro << "amount";
        QTest::newRow("zero amount") << request(Role::Agent, Tier::Gold, "late_delivery", CompensationKind::Voucher, 0) << "amount";
        QTest::newRow("negative amount") << request(Role::Agent, Tier::Gold, "late_delivery", CompensationKind::Voucher, -5) << "amount";
        CompensationRequest region = base();
        region.region = QStringLiteral("mars");
        QTest::newRow("unknown region") << region << "region";
        CompensationRequest negativeTotal = base();
        negativeTotal.actorGrantedToday = usd(-1);
        QTest::newRow("negative total") << negativeTotal << "actor_granted_today";
        CompensationRequest negativeCustomerTotal = base();
        negativeCustomerTotal.customerReceivedInWindow = usd(-1);
        QTest::newRow("negative customer total") << negativeCustomerTotal << "customer_received_in_window";
        CompensationRequest teamTotalInEuro = base();
        teamTotalInEuro.teamSpentThisPeriod = Money(0, *Currency::fromCode(u"EUR"));
        QTest::newRow("team total in another currency") << teamTotalInEuro << "team_spent_this_period";
        CompensationRequest payouts = base();
        payouts.customerPayoutsInWindow = -1;
        QTest::newRow("negative payouts") << payouts << "customer_payouts_in_window";
        CompensationRequest noCurrency = base();
        noCurrency.amount = Money();
        QTest::newRow("amount without currency") << noCurrency << "amount";
    }

    void invalidRequests_areErrors()
    {
        QFETCH(CompensationRequest, req);
        QFETCH(QString, where);
        const Result<Verdict> verdict = engine().evaluate(req);
        QVERIFY(!verdict.ok());
        QCOMPARE(verdict.error().code, QStringLiteral("policy.invalid_request"));
        QCOMPARE(verdict.error().where, where);
    }

    // Counting a forgotten total as zero would let capped and budgeted requests through: fail closed instead.
    void missingTotal_isError_data()
    {
        QTest::addColumn<CompensationRequest>("req");
        QTest::addColumn<QString>("where");
        auto base = [] { return request(Role::Agent, Tier::Gold, "late_delivery", CompensationKind::Voucher, 1000); };
        CompensationRequest customer = base();
        customer.customerReceivedInWindow.reset();
        QTest::newRow("cap without customer total") << customer << "customer_received_in_window";
        CompensationRequest payouts = base();
        payouts.customerPayoutsInWindow.reset();
        QTest::newRow("repeat rule without payout count") << payouts << "customer_payouts_in_window";
        CompensationRequest actor = base();
        actor.actorGrantedToday.reset();
        QTest::newRow("daily budget without actor total") << actor << "actor_granted_today";
        CompensationRequest team = base();
        team.teamSpentThisPeriod.reset();
        QTest::newRow("team budget without team total") << team << "team_spent_this_period";
        CompensationRequest actorWithoutBudget = base();
        actorWithoutBudget.role = Role::Lead; // no daily budget for leads, but the policy has the rule: still needed
        actorWithoutBudget.actorGrantedToday.reset();
        QTest::newRow("daily budget rule, none for this role") << actorWithoutBudget << "actor_granted_today";
    }

    void missingTotal_isError()
    {
        QFETCH(CompensationRequest, req);
        QFETCH(QString, where);
        const Result<Verdict> verdict = engine().evaluate(req);
        QVERIFY(!verdict.ok());
        QCOMPARE(verdict.error().code, QStringLiteral("policy.missing_total"));
        QCOMPARE(verdict.error().where, where);
        QVERIFY(verdict.error().message.contains(QStringLiteral("zero if")));
    }

    void capWithoutCustomerTotal_isError()
    {
        // The case from the review: a caller that forgets the customer total must not get "allow".
        CompensationRequest r = request(Role::Agent, Tier::Gold, "late_delivery", CompensationKind::Voucher, 4000);
        r.customerReceivedInWindow.reset();
        QVERIFY(!engine().evaluate(r).ok());
        r.customerReceivedInWindow = usd(0);
        QCOMPARE(engine().evaluate(r)->decision, Verdict::Decision::Allow);
    }

    void totalsThePolicyDoesNotRead_mayBeLeftOut()
    {
        const Result<Verdict> verdict = plainEngine().evaluate(bareRequest(Role::Agent, CompensationKind::Voucher, 500));
        QVERIFY2(verdict.ok(), qPrintable(verdict.ok() ? QString() : verdict.error().toString()));
        QCOMPARE(verdict->decision, Verdict::Decision::Allow);

        // Each rule, alone, asks for its own total only.
        const Result<Verdict> capOnly = plainEngine(R"(, "customer_cap": {"window_days": 30, "by_tier": {"gold": "5.00"}})")
                                            .evaluate(bareRequest(Role::Agent, CompensationKind::Voucher, 500));
        QVERIFY(!capOnly.ok());
        QCOMPARE(capOnly.error().where, QStringLiteral("customer_received_in_window"));
        QVERIFY(capOnly.error().message.contains(QStringLiteral("30 days")));
    }

    // Labels are inserted without articles: "a AI agent" and "a upgrade" read badly.
    void reasons_readWithoutArticles_data()
    {
        QTest::addColumn<CompensationRequest>("req");
        QTest::addColumn<QString>("reason");
        QTest::newRow("AI agent, upgrade, no rule") << bareRequest(Role::AiAgent, CompensationKind::Upgrade, 500)
            << "Standard · Late delivery: no discretionary limit for role AI agent, kind upgrade; requested USD 5.00 → needs lead approval";
        QTest::newRow("nobody above a director") << bareRequest(Role::Director, CompensationKind::Upgrade, 500)
            << "Standard · Late delivery: no discretionary limit for role director, kind upgrade; requested USD 5.00 → denied: no approval level ranks above director";
        QTest::newRow("role that cannot grant") << bareRequest(Role::Integration, CompensationKind::Voucher, 500)
            << "Role integration cannot grant compensation under this policy.";
    }

    void reasons_readWithoutArticles()
    {
        QFETCH(CompensationRequest, req);
        QFETCH(QString, reason);
        const Result<Verdict> verdict = plainEngine().evaluate(req);
        QVERIFY(verdict.ok());
        QCOMPARE(verdict->reasons.value(0), reason);
    }

    // Policies with more than 64 categories keep a sorted index list per rule instead of a bit mask.
    void manyCategories_matchBySearch()
    {
        QJsonArray categories;
        for (int i = 0; i < 100; ++i)
            categories.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("c%1").arg(i)}});
        QJsonObject policy = QJsonDocument::fromJson(R"({
          "format": 1, "id": "wide", "version": 1, "currency": "USD",
          "grant_roles": ["agent"], "approval_levels": [{"role": "lead"}],
          "limits": {"rules": [{"id": "high", "when": {"categories": ["c99", "c70", "c3", "c70"]}, "limit": "50.00"},
                               {"id": "rest", "when": {}, "limit": "1.00"}]},
          "exclusions": [{"id": "c64-off", "when": {"categories": ["c64"]}, "reason": "not covered"}]
        })").object();
        policy.insert(QStringLiteral("categories"), categories);
        Result<CompensationPolicy> parsed = CompensationPolicy::fromJson(policy);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        const PolicyEngine wide(std::move(parsed).value());
        const auto ruleFor = [&](int category) -> QString {
            CompensationRequest r = bareRequest(Role::Agent, CompensationKind::Voucher, 100);
            r.category = QStringLiteral("c%1").arg(category);
            const Result<Verdict> verdict = wide.evaluate(r);
            return verdict.ok() ? verdict->ruleId + verdict->exclusionId : verdict.error().toString();
        };
        QCOMPARE(ruleFor(99), QStringLiteral("high"));
        QCOMPARE(ruleFor(70), QStringLiteral("high"));
        QCOMPARE(ruleFor(3), QStringLiteral("high"));
        QCOMPARE(ruleFor(0), QStringLiteral("rest"));
        QCOMPARE(ruleFor(71), QStringLiteral("rest"));
        QCOMPARE(ruleFor(64), QStringLiteral("c64-off"));
        QCOMPARE(ruleFor(63), QStringLiteral("rest"));
    }

    void demoPolicy_designExample()
    {
        QFile file(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/policy.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Result<CompensationPolicy> policy = CompensationPolicy::parse(file.readAll());
        QVERIFY(policy.ok());
        const PolicyEngine demo(std::move(policy).value());
        const Result<Verdict> verdict = demo.evaluate(request(Role::Agent, Tier::Gold, "late_delivery", CompensationKind::Voucher, 8000));
        QCOMPARE(verdict->reasons.value(0), QStringLiteral("Gold · Late delivery: agent limit USD 50.00; requested USD 80.00 → needs lead approval"));
        const Result<Verdict> upgrade = demo.evaluate(request(Role::Agent, Tier::Gold, "lost_parcel", CompensationKind::Upgrade, 1000));
        QCOMPARE(upgrade->decision, Verdict::Decision::Deny);
        QCOMPARE(upgrade->ruleId, QStringLiteral("no-upgrade-for-parcels"));
    }

    void verdict_toJson()
    {
        const Result<Verdict> verdict = engine().evaluate(request(Role::Agent, Tier::Gold, "late_delivery", CompensationKind::Voucher, 8000));
        const QJsonObject json = verdict->toJson();
        QCOMPARE(json.value(QStringLiteral("decision")).toString(), QStringLiteral("approval"));
        QCOMPARE(json.value(QStringLiteral("approver")).toString(), QStringLiteral("lead"));
        QCOMPARE(json.value(QStringLiteral("limit")).toObject().value(QStringLiteral("minor")).toInt(), 5000);
        QCOMPARE(json.value(QStringLiteral("rule")).toString(), QStringLiteral("agent-gold"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyEngine)
#include "tst_policyengine.moc"
