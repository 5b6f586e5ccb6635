#include "compensationpolicy.h"

#include "jsondocumentparser.h"
#include "jsonobjectreader.h"

#include <QCoreApplication>
#include <QSet>

namespace redress {
namespace {


// An approver named by a cap or budget rule must be one of the policy's approval levels.
Role readApprover(JsonObjectReader &reader, Role fallback, const QList<CompensationPolicy::ApprovalLevel> &levels)
{
    if (!reader.has(u"approver")) {
        // Without an explicit approver, the usual one if the policy has that level, else its highest level.
        const bool fallbackIsLevel = std::any_of(levels.cbegin(), levels.cend(), [&](const auto &l) { return l.role == fallback; });
        return fallbackIsLevel || levels.isEmpty() ? fallback : levels.constLast().role;
    }
    const QString id = reader.requiredString(u"approver");
    const std::optional<Role> role = roleFromId(id);
    const bool isLevel = role && std::any_of(levels.cbegin(), levels.cend(), [&](const auto &l) { return l.role == *role; });
    if (!isLevel && !reader.failed()) {
        reader.fail(u"approver", QStringLiteral("policy.unknown_approver"),
                    CompensationPolicy::tr("\"%1\" is not one of the approval levels in /approval_levels.").arg(id.left(64)));
    }
    return isLevel ? *role : fallback;
}

// An object keyed by enum ids ("gold", "agent") whose values are amounts; ids not listed have no entry.
template<typename Enum, std::size_t N>
std::array<std::optional<Money>, N> readAmountTable(JsonObjectReader &parent, QStringView key,
                                                    std::optional<Enum> (*fromId)(QStringView), Currency currency,
                                                    const char *what)
{
    std::array<std::optional<Money>, N> table;
    JsonObjectReader amounts = parent.object(key, true);
    for (auto it = amounts.json().constBegin(); it != amounts.json().constEnd() && !amounts.failed(); ++it) {
        const std::optional<Enum> value = fromId(it.key());
        if (!value) {
            amounts.fail(it.key(), QStringLiteral("policy.unknown_id"),
                         CompensationPolicy::tr("Unknown %1 \"%2\".")
                             .arg(QCoreApplication::translate("CompensationPolicy", what), it.key().left(64)));
            break;
        }
        table[std::size_t(*value)] = amounts.requiredAmount(it.key(), currency);
    }
    return table;
}

// Refuses an array longer than `maximum` before anything in it is read: per-rule data grows with the number of
// categories, and evaluation time with the number of rules, so a huge but well-formed document must not get far.
void requireAtMost(JsonObjectReader &reader, QStringView key, qsizetype size, qsizetype maximum)
{
    if (size > maximum) {
        reader.fail(key, QStringLiteral("policy.too_many"),
                    CompensationPolicy::tr("%1 entries; a policy may have at most %2.").arg(QString::number(size), QString::number(maximum)));
    }
}

} // namespace

std::optional<Money> CompensationPolicy::teamBudget(const QString &team) const
{
    if (!m_teamBudgets)
        return std::nullopt;
    const auto it = m_teamBudgets->byTeam.constFind(team);
    if (it != m_teamBudgets->byTeam.constEnd())
        return it.value();
    return m_teamBudgets->defaultBudget;
}

Result<CompensationPolicy> CompensationPolicy::parse(QByteArrayView json)
{
    Result<QJsonObject> object = JsonDocumentParser::parse(json);
    if (!object)
        return object.error();
    return fromJson(object.value());
}

Result<CompensationPolicy> CompensationPolicy::fromJson(const QJsonObject &json)
{
    CompensationPolicy policy;
    JsonObjectReader root(json);
    root.rejectUnknownMembers({QLatin1String("format"), QLatin1String("id"), QLatin1String("version"),
                                QLatin1String("title"), QLatin1String("description"), QLatin1String("effective_from"),
                                QLatin1String("currency"), QLatin1String("categories"), QLatin1String("regions"),
                                QLatin1String("grant_roles"), QLatin1String("approval_levels"), QLatin1String("limits"),
                                QLatin1String("customer_cap"), QLatin1String("repeat_payouts"),
                                QLatin1String("actor_daily_budget"), QLatin1String("team_budgets"),
                                QLatin1String("exclusions")});
    policy.m_id = root.requiredId(u"id");
    policy.m_version = int(root.requiredInteger(u"version", 1, 1'000'000));
    policy.m_title = root.optionalString(u"title", policy.m_id);
    const QString currencyCode = root.requiredString(u"currency");
    if (root.failed())
        return *root.error();
    const std::optional<Currency> currency = Currency::fromCode(currencyCode);
    if (!currency) {
        return Error{QStringLiteral("policy.unknown_currency"),
                     CompensationPolicy::tr("Unknown currency \"%1\"; expected an ISO 4217 code such as USD.").arg(currencyCode.left(16)),
                     QStringLiteral("/currency")};
    }
    policy.m_currency = *currency;

    // Categories come first: rules refer to them by id.
    const QJsonArray categories = root.requiredArray(u"categories");
    if (categories.isEmpty() && !root.failed())
        root.fail(u"categories", QStringLiteral("policy.no_categories"), CompensationPolicy::tr("Declare at least one failure category."));
    requireAtMost(root, u"categories", categories.size(), kMaxCategories);
    for (qsizetype i = 0; i < categories.size() && !root.failed(); ++i) {
        JsonObjectReader category = root.arrayObject(categories, u"categories", i);
        Category c{category.requiredId(u"id"), category.optionalString(u"label"), category.optionalString(u"line")};
        if (c.label.isEmpty())
            c.label = c.id;
        if (policy.m_categoryIndex.contains(c.id) && !root.failed()) {
            category.fail(u"id", QStringLiteral("policy.duplicate_id"), CompensationPolicy::tr("Category \"%1\" is declared twice.").arg(c.id));
        }
        policy.m_categoryIndex.insert(c.id, int(policy.m_categories.size()));
        policy.m_categories.append(c);
    }
    policy.m_regions = root.optionalStringList(u"regions");
    requireAtMost(root, u"regions", policy.m_regions.size(), kMaxRegions);
    const QSet<QString> regions(policy.m_regions.cbegin(), policy.m_regions.cend());

    const QStringList grantRoles = root.optionalStringList(u"grant_roles");
    if (!root.has(u"grant_roles") && !root.failed())
        root.fail(u"grant_roles", QStringLiteral("json.missing"), CompensationPolicy::tr("List the roles that may grant compensation."));
    for (qsizetype i = 0; i < grantRoles.size(); ++i) {
        const std::optional<Role> role = roleFromId(grantRoles.at(i));
        if (!role) {
            root.failAt(root.pointerTo(u"grant_roles") + QLatin1Char('/') + QString::number(i),
                        QStringLiteral("policy.unknown_id"), CompensationPolicy::tr("Unknown role \"%1\".").arg(grantRoles.at(i).left(64)));
            break;
        }
        policy.m_grantRoles |= 1u << quint32(*role);
    }

    // Approval levels: ascending in the hierarchy and in amount; only the last may be unbounded.
    const QJsonArray levels = root.requiredArray(u"approval_levels");
    if (levels.isEmpty() && !root.failed())
        root.fail(u"approval_levels", QStringLiteral("policy.no_levels"), CompensationPolicy::tr("Declare at least one approval level."));
    for (qsizetype i = 0; i < levels.size() && !root.failed(); ++i) {
        JsonObjectReader level = root.arrayObject(levels, u"approval_levels", i);
        const QString roleText = level.requiredString(u"role");
        const std::optional<Role> role = roleFromId(roleText);
        const std::optional<Money> upTo = level.optionalAmount(u"up_to", policy.m_currency);
        if (level.failed())
            break;
        if (!role || approvalRank(*role) < 1) {
            level.fail(u"role", QStringLiteral("policy.bad_approver"),
                       CompensationPolicy::tr("\"%1\" cannot approve; use senior_agent, lead, manager or director.").arg(roleText.left(64)));
            break;
        }
        if (!policy.m_approvalLevels.isEmpty()) {
            const ApprovalLevel &previous = policy.m_approvalLevels.constLast();
            if (approvalRank(*role) <= approvalRank(previous.role)) {
                level.fail(u"role", QStringLiteral("policy.level_order"),
                           CompensationPolicy::tr("Approval levels must go up the hierarchy: %1 does not rank above %2.")
                               .arg(roleId(*role), roleId(previous.role)));
                break;
            }
            if (!previous.upTo) {
                level.fail({}, QStringLiteral("policy.level_order"),
                           CompensationPolicy::tr("Only the last approval level may leave out \"up_to\"."));
                break;
            }
            if (upTo && *upTo <= *previous.upTo) {
                level.fail(u"up_to", QStringLiteral("policy.level_order"),
                           CompensationPolicy::tr("Each level's \"up_to\" must be higher than the level before (%1).")
                               .arg(previous.upTo->toString()));
                break;
            }
        }
        policy.m_approvalLevels.append(ApprovalLevel{*role, upTo});
    }

    // The limit matrix.
    JsonObjectReader limits = root.object(u"limits", true);
    const QString hitPolicy = limits.optionalString(u"hit_policy", QStringLiteral("first"));
    if (hitPolicy == QLatin1String("priority"))
        policy.m_hitPolicy = HitPolicy::Priority;
    else if (hitPolicy != QLatin1String("first") && !limits.failed())
        limits.fail(u"hit_policy", QStringLiteral("policy.hit_policy"),
                    CompensationPolicy::tr("Unknown hit policy \"%1\"; expected \"first\" or \"priority\".").arg(hitPolicy.left(32)));
    limits.rejectUnknownMembers({QLatin1String("hit_policy"), QLatin1String("rules")});
    const QJsonArray rules = limits.requiredArray(u"rules");
    requireAtMost(limits, u"rules", rules.size(), kMaxRules);
    QSet<QString> ruleIds;
    for (qsizetype i = 0; i < rules.size() && !root.failed(); ++i) {
        JsonObjectReader rule = limits.arrayObject(rules, u"rules", i);
        rule.rejectUnknownMembers({QLatin1String("id"), QLatin1String("when"), QLatin1String("priority"),
                                    QLatin1String("limit"), QLatin1String("deny"), QLatin1String("note")});
        LimitRule limitRule;
        limitRule.id = rule.requiredId(u"id");
        JsonObjectReader when = rule.object(u"when");
        limitRule.when = RuleCondition::read(when, policy.m_categoryIndex, regions);
        limitRule.priority = int(rule.optionalInteger(u"priority", -1'000'000, 1'000'000).value_or(0));
        limitRule.limit = rule.optionalAmount(u"limit", policy.m_currency);
        limitRule.denyReason = rule.optionalString(u"deny");
        if (rule.failed())
            break;
        if (limitRule.limit.has_value() == !limitRule.denyReason.isEmpty()) {
            rule.fail({}, QStringLiteral("policy.rule_output"),
                      CompensationPolicy::tr("A rule has either a \"limit\" or a \"deny\" reason, not both and not neither."));
            break;
        }
        if (ruleIds.contains(limitRule.id)) {
            rule.fail(u"id", QStringLiteral("policy.duplicate_id"), CompensationPolicy::tr("Rule \"%1\" is declared twice.").arg(limitRule.id));
            break;
        }
        ruleIds.insert(limitRule.id);
        policy.m_limitRules.append(std::move(limitRule));
    }

    const QJsonArray exclusions = root.optionalArray(u"exclusions");
    requireAtMost(root, u"exclusions", exclusions.size(), kMaxRules);
    for (qsizetype i = 0; i < exclusions.size() && !root.failed(); ++i) {
        JsonObjectReader exclusion = root.arrayObject(exclusions, u"exclusions", i);
        exclusion.rejectUnknownMembers({QLatin1String("id"), QLatin1String("when"), QLatin1String("reason")});
        Exclusion e;
        e.id = exclusion.requiredId(u"id");
        JsonObjectReader when = exclusion.object(u"when", true);
        e.when = RuleCondition::read(when, policy.m_categoryIndex, regions);
        e.reason = exclusion.requiredString(u"reason");
        // Judged on the compiled condition, not the JSON: {"roles": [every role]} tests nothing either.
        if (!exclusion.failed() && e.when.matchesEverything()) {
            exclusion.fail(u"when", QStringLiteral("policy.exclusion_matches_all"),
                           CompensationPolicy::tr("An exclusion that tests nothing (no conditions, or only lists naming every value) would deny every request."));
        }
        policy.m_exclusions.append(std::move(e));
    }

    if (root.has(u"customer_cap") && !root.failed()) {
        JsonObjectReader cap = root.object(u"customer_cap");
        cap.rejectUnknownMembers({QLatin1String("window_days"), QLatin1String("by_tier"), QLatin1String("approver")});
        CustomerCap customerCap;
        customerCap.windowDays = int(cap.requiredInteger(u"window_days", 1, 3660));
        customerCap.byTier = readAmountTable<Tier, kTierCount>(cap, u"by_tier", &tierFromId, policy.m_currency,
                                                               QT_TRANSLATE_NOOP("CompensationPolicy", "tier"));
        customerCap.approver = readApprover(cap, Role::Manager, policy.m_approvalLevels);
        policy.m_customerCap = customerCap;
    }

    if (root.has(u"repeat_payouts") && !root.failed()) {
        JsonObjectReader repeat = root.object(u"repeat_payouts");
        repeat.rejectUnknownMembers({QLatin1String("window_days"), QLatin1String("max_payouts"), QLatin1String("approver")});
        RepeatPayouts rule;
        rule.windowDays = int(repeat.requiredInteger(u"window_days", 1, 3660));
        rule.maxPayouts = int(repeat.requiredInteger(u"max_payouts", 1, 1000));
        rule.approver = readApprover(repeat, Role::Lead, policy.m_approvalLevels);
        policy.m_repeatPayouts = rule;
    }

    if (root.has(u"actor_daily_budget") && !root.failed()) {
        JsonObjectReader daily = root.object(u"actor_daily_budget");
        daily.rejectUnknownMembers({QLatin1String("by_role"), QLatin1String("approver")});
        DailyBudget budget;
        budget.byRole = readAmountTable<Role, kRoleCount>(daily, u"by_role", &roleFromId, policy.m_currency,
                                                          QT_TRANSLATE_NOOP("CompensationPolicy", "role"));
        budget.approver = readApprover(daily, Role::Lead, policy.m_approvalLevels);
        policy.m_dailyBudget = budget;
    }

    if (root.has(u"team_budgets") && !root.failed()) {
        JsonObjectReader teams = root.object(u"team_budgets");
        teams.rejectUnknownMembers({QLatin1String("period"), QLatin1String("default"), QLatin1String("teams"),
                                     QLatin1String("approver")});
        TeamBudgets budgets;
        budgets.period = teams.requiredString(u"period");
        if (!teams.failed() && budgets.period != QLatin1String("month") && budgets.period != QLatin1String("quarter")) {
            teams.fail(u"period", QStringLiteral("policy.period"),
                       CompensationPolicy::tr("Unknown period \"%1\"; expected \"month\" or \"quarter\".").arg(budgets.period.left(32)));
        }
        budgets.defaultBudget = teams.optionalAmount(u"default", policy.m_currency);
        JsonObjectReader byTeam = teams.object(u"teams");
        for (auto it = byTeam.json().constBegin(); it != byTeam.json().constEnd() && !root.failed(); ++it)
            budgets.byTeam.insert(it.key(), byTeam.requiredAmount(it.key(), policy.m_currency));
        budgets.approver = readApprover(teams, Role::Director, policy.m_approvalLevels);
        policy.m_teamBudgets = budgets;
    }

    if (root.failed())
        return *root.error();
    return policy;
}

} // namespace redress
