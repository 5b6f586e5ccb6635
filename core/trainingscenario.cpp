#include "trainingscenario.h"

#include "compensationpolicy.h"
#include "compensationrequest.h"
#include "decisiontree.h"
#include "jsondocumentparser.h"
#include "jsonobjectreader.h"
#include "policyengine.h"
#include "recoverytemplate.h"

#include <limits>

namespace redress {
namespace {

/// One hour: a scenario that takes longer is not a training exercise but a shift.
constexpr qint64 kMaxTargetSeconds = 3600;

QString quoted(const QStringList &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (const QString &id : ids)
        out.append(u'"' + id + u'"');
    return out.join(QLatin1String(", "));
}

bool isOneOf(const QString &value, std::initializer_list<QLatin1String> allowed)
{
    return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

} // namespace

Result<TrainingScenario> TrainingScenario::parse(QByteArrayView bytes)
{
    Result<QJsonObject> json = JsonDocumentParser::parse(bytes);
    if (!json)
        return json.error();
    return fromJson(json.value());
}

Result<TrainingScenario> TrainingScenario::fromJson(const QJsonObject &object)
{
    JsonObjectReader root(object);
    TrainingScenario s;
    root.rejectUnknownMembers({QLatin1String("format"), QLatin1String("id"), QLatin1String("version"),
                               QLatin1String("title"), QLatin1String("line"), QLatin1String("difficulty"),
                               QLatin1String("role"), QLatin1String("currency"), QLatin1String("briefing"),
                               QLatin1String("customer"), QLatin1String("case"), QLatin1String("totals"),
                               QLatin1String("expected"), QLatin1String("debrief")});
    s.m_id = root.requiredId(u"id");
    s.m_version = int(root.requiredInteger(u"version", 1, std::numeric_limits<int>::max()));
    s.m_title = root.requiredString(u"title");
    s.m_line = root.requiredId(u"line");
    if (!root.failed() && !isOneOf(s.m_line, {QLatin1String("car_rental"), QLatin1String("parcel")}))
        root.fail(u"line", QStringLiteral("json.range"), tr("Expected \"car_rental\" or \"parcel\"."));
    s.m_difficulty = root.requiredId(u"difficulty");
    if (!root.failed() && !isOneOf(s.m_difficulty, {QLatin1String("easy"), QLatin1String("medium"), QLatin1String("hard")}))
        root.fail(u"difficulty", QStringLiteral("json.range"), tr("Expected \"easy\", \"medium\" or \"hard\"."));
    const QString roleText = root.requiredId(u"role");
    if (!root.failed()) {
        if (const std::optional<Role> role = roleFromId(roleText))
            s.m_role = *role;
        else
            root.fail(u"role", QStringLiteral("json.range"), tr("\"%1\" is not a role such as agent or senior_agent.").arg(roleText));
    }
    const QString currencyCode = root.requiredString(u"currency");
    if (!root.failed()) {
        if (const std::optional<Currency> currency = Currency::fromCode(currencyCode))
            s.m_currency = *currency;
        else
            root.fail(u"currency", QStringLiteral("json.currency"),
                      tr("\"%1\" is not an ISO 4217 currency code such as USD.").arg(currencyCode.left(16)));
    }
    s.m_briefing = root.requiredString(u"briefing");
    if (root.failed())
        return *root.error();

    // Customer
    {
        JsonObjectReader customer = root.object(u"customer", true);
        customer.rejectUnknownMembers({QLatin1String("name"), QLatin1String("tier"), QLatin1String("locale"),
                                       QLatin1String("region"), QLatin1String("lifetime_value"),
                                       QLatin1String("customer_since_days"), QLatin1String("notes")});
        s.m_customer.name = customer.requiredString(u"name");
        const QString tierText = customer.requiredId(u"tier");
        if (!customer.failed()) {
            if (const std::optional<Tier> tier = tierFromId(tierText))
                s.m_customer.tier = *tier;
            else
                customer.fail(u"tier", QStringLiteral("json.range"),
                              tr("\"%1\" is not a tier: standard, silver, gold or platinum.").arg(tierText));
        }
        s.m_customer.locale = customer.requiredString(u"locale");
        if (!customer.failed() && !RecoveryTemplate::isLocaleTag(s.m_customer.locale))
            customer.fail(u"locale", QStringLiteral("json.range"), tr("Expected a locale tag such as \"en\" or \"es-MX\"."));
        s.m_customer.region = customer.requiredId(u"region");
        s.m_customer.lifetimeValue = customer.optionalAmount(u"lifetime_value", s.m_currency);
        if (const std::optional<qint64> days = customer.optionalInteger(u"customer_since_days", 0, 100 * 366))
            s.m_customer.customerSinceDays = int(*days);
        s.m_customer.notes = customer.optionalString(u"notes");
        if (root.failed())
            return *root.error();
    }

    // Case
    {
        JsonObjectReader caseReader = root.object(u"case", true);
        caseReader.rejectUnknownMembers({QLatin1String("category"), QLatin1String("channel"), QLatin1String("brand"),
                                         QLatin1String("title"), QLatin1String("facts")});
        s.m_case.category = caseReader.requiredId(u"category");
        s.m_case.channel = caseReader.requiredId(u"channel");
        if (!caseReader.failed()
            && !isOneOf(s.m_case.channel, {QLatin1String("phone"), QLatin1String("chat"), QLatin1String("email"), QLatin1String("counter")}))
            caseReader.fail(u"channel", QStringLiteral("json.range"), tr("Expected \"phone\", \"chat\", \"email\" or \"counter\"."));
        s.m_case.brand = caseReader.requiredId(u"brand");
        s.m_case.title = caseReader.requiredString(u"title");
        JsonObjectReader facts = caseReader.object(u"facts");
        if (!caseReader.failed()) {
            if (facts.json().size() > kMaxFacts) {
                caseReader.fail(u"facts", QStringLiteral("json.range"), tr("At most %1 facts.").arg(kMaxFacts));
            } else {
                // The same rule as a walk's facts (walk.bad_fact), caught here with the pointer to the fact.
                for (auto it = facts.json().constBegin(); it != facts.json().constEnd(); ++it) {
                    if (it->isArray() || it->isObject()) {
                        facts.fail(it.key(), QStringLiteral("json.type"),
                                   tr("A fact is a string, number, boolean or null, not an array or object."));
                        break;
                    }
                }
            }
            s.m_case.facts = facts.json();
        }
        if (root.failed())
            return *root.error();
    }

    // Totals
    {
        JsonObjectReader totals = root.object(u"totals");
        totals.rejectUnknownMembers({QLatin1String("customer_received_90d"), QLatin1String("customer_payouts_90d"),
                                     QLatin1String("actor_granted_today"), QLatin1String("team"),
                                     QLatin1String("team_spent_period")});
        s.m_totals.customerReceivedInWindow = totals.optionalAmount(u"customer_received_90d", s.m_currency).value_or(Money(0, s.m_currency));
        s.m_totals.customerPayoutsInWindow = int(totals.optionalInteger(u"customer_payouts_90d", 0, 10'000).value_or(0));
        s.m_totals.actorGrantedToday = totals.optionalAmount(u"actor_granted_today", s.m_currency).value_or(Money(0, s.m_currency));
        s.m_totals.team = totals.has(u"team") ? totals.requiredId(u"team") : QString();
        s.m_totals.teamSpentThisPeriod = totals.optionalAmount(u"team_spent_period", s.m_currency).value_or(Money(0, s.m_currency));
        if (root.failed())
            return *root.error();
    }

    // Expected
    JsonObjectReader expected = root.object(u"expected", true);
    expected.rejectUnknownMembers({QLatin1String("tree"), QLatin1String("steps"), QLatin1String("outcome"),
                                   QLatin1String("compensation"), QLatin1String("templates"), QLatin1String("root_cause"),
                                   QLatin1String("target_seconds")});
    s.m_treeId = expected.requiredId(u"tree");
    const QJsonArray steps = expected.requiredArray(u"steps");
    if (root.failed())
        return *root.error();
    if (steps.isEmpty()) {
        expected.fail(u"steps", QStringLiteral("json.empty"), tr("A scenario needs at least one question to answer."));
        return *root.error();
    }
    if (steps.size() > kMaxSteps) {
        expected.fail(u"steps", QStringLiteral("json.range"), tr("At most %1 steps.").arg(kMaxSteps));
        return *root.error();
    }
    for (qsizetype i = 0; i < steps.size() && !root.failed(); ++i) {
        JsonObjectReader step = expected.arrayObject(steps, QStringLiteral("steps"), i);
        step.rejectUnknownMembers({QLatin1String("question"), QLatin1String("answer"), QLatin1String("why"),
                                   QLatin1String("if_wrong")});
        Step parsed;
        parsed.question = step.requiredId(u"question");
        parsed.answer = step.requiredId(u"answer");
        parsed.why = step.requiredString(u"why");
        parsed.ifWrong = step.requiredString(u"if_wrong");
        s.m_steps.append(parsed);
    }
    s.m_outcome = expected.requiredId(u"outcome");
    if (root.failed())
        return *root.error();

    const QJsonValue compensation = expected.json().value(QLatin1String("compensation"));
    if (compensation.isUndefined()) {
        expected.fail(u"compensation", QStringLiteral("json.missing"),
                      tr("Required member is missing; expected \"none\" or an object with kinds, min and max."));
    } else if (compensation.isString()) {
        if (compensation.toString() != QLatin1String("none"))
            expected.fail(u"compensation", QStringLiteral("json.range"),
                          tr("Expected \"none\" or an object with kinds, min and max."));
    } else if (!compensation.isObject()) {
        expected.fail(u"compensation", QStringLiteral("json.type"), tr("Expected \"none\" or an object with kinds, min and max."));
    } else {
        JsonObjectReader reader = expected.object(u"compensation", true);
        reader.rejectUnknownMembers({QLatin1String("kinds"), QLatin1String("min"), QLatin1String("max"),
                                     QLatin1String("model"), QLatin1String("approval")});
        Compensation c;
        const QJsonArray kinds = reader.requiredArray(u"kinds");
        if (!reader.failed() && kinds.isEmpty())
            reader.fail(u"kinds", QStringLiteral("json.empty"), tr("List at least one kind, or write \"compensation\": \"none\"."));
        for (qsizetype i = 0; i < kinds.size() && !reader.failed(); ++i) {
            const QString where = reader.pointerTo(u"kinds") + u'/' + QString::number(i);
            const std::optional<CompensationKind> kind = kinds.at(i).isString()
                                                             ? compensationKindFromId(kinds.at(i).toString())
                                                             : std::nullopt;
            if (!kind)
                reader.failAt(where, QStringLiteral("json.range"),
                              tr("Expected a kind: refund, voucher, points, upgrade, fee_waiver or gesture."));
            else if (c.kinds.contains(*kind))
                reader.failAt(where, QStringLiteral("json.range"), tr("The kind is listed twice."));
            else
                c.kinds.append(*kind);
        }
        c.minimum = reader.requiredAmount(u"min", s.m_currency);
        c.maximum = reader.requiredAmount(u"max", s.m_currency);
        c.model = reader.requiredAmount(u"model", s.m_currency);
        if (!reader.failed() && c.minimum.isZero())
            reader.fail(u"min", QStringLiteral("json.range"), tr("Must be more than zero; write \"compensation\": \"none\" for no money."));
        if (!reader.failed() && c.maximum < c.minimum)
            reader.fail(u"max", QStringLiteral("json.range"), tr("Must not be less than min."));
        if (!reader.failed() && (c.model < c.minimum || c.maximum < c.model))
            reader.fail(u"model", QStringLiteral("json.range"), tr("The model amount must lie between min and max."));
        if (reader.has(u"approval")) {
            const QString approver = reader.requiredId(u"approval");
            if (!reader.failed()) {
                if (const std::optional<Role> role = roleFromId(approver))
                    c.approval = *role;
                else
                    reader.fail(u"approval", QStringLiteral("json.range"), tr("\"%1\" is not a role such as lead.").arg(approver));
            }
        }
        s.m_compensation = c;
    }
    if (root.failed())
        return *root.error();

    const QJsonArray templates = expected.requiredArray(u"templates");
    if (!root.failed() && templates.isEmpty())
        expected.fail(u"templates", QStringLiteral("json.empty"), tr("List at least one acceptable template."));
    if (!root.failed() && templates.size() > kMaxTemplates)
        expected.fail(u"templates", QStringLiteral("json.range"), tr("At most %1 templates.").arg(kMaxTemplates));
    for (qsizetype i = 0; i < templates.size() && !root.failed(); ++i) {
        const QString where = expected.pointerTo(u"templates") + u'/' + QString::number(i);
        const QString id = templates.at(i).toString();
        if (!templates.at(i).isString())
            expected.failAt(where, QStringLiteral("json.type"), tr("Expected a template id."));
        else if (s.m_templates.contains(id))
            expected.failAt(where, QStringLiteral("json.range"), tr("The template is listed twice."));
        else
            s.m_templates.append(id);
    }
    s.m_rootCause = expected.requiredId(u"root_cause");
    s.m_targetSeconds = int(expected.requiredInteger(u"target_seconds", 1, kMaxTargetSeconds));
    s.m_debrief = root.optionalString(u"debrief");
    if (root.failed())
        return *root.error();
    return s;
}

QJsonObject TrainingScenario::walkFacts() const
{
    QJsonObject facts = m_case.facts;
    const auto fill = [&facts](const QString &key, const QString &value) {
        if (!facts.contains(key) && !value.isEmpty())
            facts.insert(key, value);
    };
    fill(QStringLiteral("tier"), tierId(m_customer.tier));
    fill(QStringLiteral("brand"), m_case.brand);
    fill(QStringLiteral("channel"), m_case.channel);
    fill(QStringLiteral("line"), m_line);
    fill(QStringLiteral("region"), m_customer.region);
    return facts;
}

QStringList TrainingScenario::expectedAnswers() const
{
    QStringList answers;
    answers.reserve(m_steps.size());
    for (const Step &step : m_steps)
        answers.append(step.answer);
    return answers;
}

Result<void> TrainingScenario::checkAgainst(const DecisionTree &tree, const CompensationPolicy &policy,
                                            const QStringList &templateIds) const
{
    const auto fail = [](const QString &where, const QString &code, const QString &message) -> Result<void> {
        return Error{code, message, where};
    };

    // The policy: category, line, region, currency.
    const int category = policy.categoryIndex(m_case.category);
    if (category < 0)
        return fail(QStringLiteral("/case/category"), QStringLiteral("scenario.unknown_category"),
                    tr("The policy \"%1\" has no category \"%2\".").arg(policy.id(), m_case.category));
    const QString categoryLine = policy.categories().at(category).line;
    if (categoryLine != m_line && categoryLine != QLatin1String("shared"))
        return fail(QStringLiteral("/case/category"), QStringLiteral("scenario.wrong_line"),
                    tr("The category \"%1\" belongs to the line \"%2\", not \"%3\".").arg(m_case.category, categoryLine, m_line));
    if (!policy.regions().isEmpty() && !policy.regions().contains(m_customer.region))
        return fail(QStringLiteral("/customer/region"), QStringLiteral("scenario.unknown_region"),
                    tr("The policy has no region \"%1\"; it has %2.").arg(m_customer.region, quoted(policy.regions())));
    if (!(m_currency == policy.currency()))
        return fail(QStringLiteral("/currency"), QStringLiteral("scenario.currency"),
                    tr("The scenario is in %1 but the policy in %2.").arg(m_currency.code(), policy.currency().code()));

    // The tree: the walk the steps describe.
    if (tree.id() != m_treeId)
        return fail(QStringLiteral("/expected/tree"), QStringLiteral("scenario.wrong_tree"),
                    tr("The scenario names the tree \"%1\" but was checked against \"%2\".").arg(m_treeId, tree.id()));
    if (!(tree.currency() == m_currency))
        return fail(QStringLiteral("/currency"), QStringLiteral("scenario.currency"),
                    tr("The scenario is in %1 but the tree in %2.").arg(m_currency.code(), tree.currency().code()));
    const Result<TreeWalk> walk = tree.walk(expectedAnswers(), walkFacts());
    if (!walk) {
        // Name the step whose answer the tree refused.
        const QString node = walk.error().where;
        for (qsizetype i = 0; i < m_steps.size(); ++i) {
            if (m_steps.at(i).question == node)
                return fail(QStringLiteral("/expected/steps/%1/answer").arg(i), QStringLiteral("scenario.bad_path"),
                            tr("The tree refuses this walk: %1").arg(walk.error().toString()));
        }
        return fail(QStringLiteral("/expected/steps"), QStringLiteral("scenario.bad_path"),
                    tr("The tree refuses this walk: %1").arg(walk.error().toString()));
    }
    if (!walk->complete)
        return fail(QStringLiteral("/expected/steps"), QStringLiteral("scenario.incomplete_path"),
                    tr("The walk stops at the question \"%1\"; the steps must reach an outcome.").arg(walk->nextNode));
    qsizetype step = 0;
    for (const TreeWalk::Step &passed : walk->path) {
        if (passed.answer.isEmpty())
            continue;
        if (passed.node != m_steps.at(step).question)
            return fail(QStringLiteral("/expected/steps/%1/question").arg(step), QStringLiteral("scenario.bad_path"),
                        tr("This answer is given at the question \"%1\", not \"%2\".").arg(passed.node, m_steps.at(step).question));
        ++step;
    }
    if (walk->outcomeNode != m_outcome)
        return fail(QStringLiteral("/expected/outcome"), QStringLiteral("scenario.wrong_outcome"),
                    tr("The steps lead to the outcome \"%1\", not \"%2\".").arg(walk->outcomeNode, m_outcome));
    const TreeRecovery &recovery = walk->recovery;
    if (recovery.rootCause != m_rootCause)
        return fail(QStringLiteral("/expected/root_cause"), QStringLiteral("scenario.wrong_root_cause"),
                    tr("The outcome records the root cause \"%1\", not \"%2\".").arg(recovery.rootCause, m_rootCause));

    // Templates.
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (!templateIds.contains(m_templates.at(i)))
            return fail(QStringLiteral("/expected/templates/%1").arg(i), QStringLiteral("scenario.unknown_template"),
                        tr("There is no template \"%1\".").arg(m_templates.at(i)));
    }
    if (!m_templates.contains(recovery.templateId))
        return fail(QStringLiteral("/expected/templates"), QStringLiteral("scenario.missing_template"),
                    tr("The outcome's template \"%1\" must be one of the acceptable templates.").arg(recovery.templateId));

    // Compensation against the outcome, then against the policy.
    if (!m_compensation) {
        if (recovery.suggested)
            return fail(QStringLiteral("/expected/compensation"), QStringLiteral("scenario.compensation_range"),
                        tr("The outcome \"%1\" offers money; \"none\" is for outcomes that offer an apology alone.").arg(m_outcome));
        return {};
    }
    const Compensation &c = *m_compensation;
    for (qsizetype i = 0; i < c.kinds.size(); ++i) {
        if (!recovery.kinds.contains(c.kinds.at(i)))
            return fail(QStringLiteral("/expected/compensation/kinds/%1").arg(i), QStringLiteral("scenario.compensation_kind"),
                        tr("The outcome \"%1\" does not offer %2.").arg(m_outcome, compensationKindId(c.kinds.at(i))));
    }
    if (!recovery.minimum || !recovery.maximum)
        return fail(QStringLiteral("/expected/compensation"), QStringLiteral("scenario.compensation_range"),
                    tr("The outcome \"%1\" offers no amount; write \"compensation\": \"none\".").arg(m_outcome));
    if (c.minimum < *recovery.minimum || *recovery.maximum < c.maximum)
        return fail(QStringLiteral("/expected/compensation"), QStringLiteral("scenario.compensation_range"),
                    tr("The range %1–%2 must lie within the outcome's %3–%4.")
                        .arg(c.minimum.toString(), c.maximum.toString(), recovery.minimum->toString(), recovery.maximum->toString()));

    const PolicyEngine engine(policy);
    CompensationRequest request;
    request.role = m_role;
    request.tier = m_customer.tier;
    request.category = m_case.category;
    request.kind = c.kinds.constFirst();
    request.amount = c.model;
    request.region = m_customer.region;
    request.brand = m_case.brand;
    request.team = m_totals.team;
    request.facts = m_case.facts;
    request.customerReceivedInWindow = m_totals.customerReceivedInWindow;
    request.customerPayoutsInWindow = m_totals.customerPayoutsInWindow;
    request.actorGrantedToday = m_totals.actorGrantedToday;
    request.teamSpentThisPeriod = m_totals.teamSpentThisPeriod;
    const Result<Verdict> verdict = engine.evaluate(request);
    if (!verdict)
        return fail(QStringLiteral("/expected/compensation/model"), QStringLiteral("scenario.policy"), verdict.error().toString());
    const QString headline = verdict->reasons.value(0);
    switch (verdict->decision) {
    case Verdict::Decision::Deny:
        return fail(QStringLiteral("/expected/compensation/model"), QStringLiteral("scenario.policy"),
                    tr("The policy denies the model answer: %1").arg(headline));
    case Verdict::Decision::Approval:
        if (!c.approval || verdict->approver != c.approval)
            return fail(QStringLiteral("/expected/compensation/approval"), QStringLiteral("scenario.policy"),
                        tr("The model answer needs %1 approval under the policy (%2); say so with \"approval\": \"%3\".")
                            .arg(roleLabel(*verdict->approver), headline, roleId(*verdict->approver)));
        break;
    case Verdict::Decision::Allow:
        if (c.approval)
            return fail(QStringLiteral("/expected/compensation/approval"), QStringLiteral("scenario.policy"),
                        tr("The policy allows the model answer without approval (%1).").arg(headline));
        break;
    }
    return {};
}

} // namespace redress
