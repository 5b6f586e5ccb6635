#include "policycommands.h"

#include "compensationpolicy.h"
#include "documentfile.h"
#include "policyengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace redress::admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PolicyCommands", text);
}

Result<CompensationPolicy> loadPolicy(const QString &path)
{
    Result<QJsonObject> json = DocumentFile::readObject(path);
    if (!json)
        return json.error();
    return CompensationPolicy::fromJson(json.value());
}

CommandOutput check(const QString &path)
{
    Result<CompensationPolicy> policy = loadPolicy(path);
    if (!policy)
        return CommandOutput::invalid(path, policy.error());
    QJsonArray levels;
    for (const CompensationPolicy::ApprovalLevel &level : policy->approvalLevels()) {
        levels.append(QJsonObject{{QLatin1String("role"), roleId(level.role)},
                                  {QLatin1String("up_to"), level.upTo ? QJsonValue(level.upTo->toJson()) : QJsonValue()}});
    }
    QJsonArray categories;
    for (const CompensationPolicy::Category &category : policy->categories())
        categories.append(category.id);
    return CommandOutput::json({
        {QLatin1String("valid"), true},
        {QLatin1String("id"), policy->id()},
        {QLatin1String("version"), policy->version()},
        {QLatin1String("currency"), policy->currency().code()},
        {QLatin1String("hit_policy"),
         policy->hitPolicy() == CompensationPolicy::HitPolicy::First ? QStringLiteral("first") : QStringLiteral("priority")},
        {QLatin1String("categories"), categories},
        {QLatin1String("rules"), int(policy->limitRules().size())},
        {QLatin1String("exclusions"), int(policy->exclusions().size())},
        {QLatin1String("approval_levels"), levels},
    });
}

// Reads an optional amount option in the policy currency; `error` is set on bad input.
std::optional<Money> amountOption(const QCommandLineParser &parser, const QString &name, Currency currency,
                                  std::optional<Error> &error)
{
    if (!parser.isSet(name) || error)
        return std::nullopt;
    Result<Money> money = Money::parse(parser.value(name), currency);
    if (!money) {
        error = Error{money.error().code, money.error().message, QLatin1String("--") + name};
        return std::nullopt;
    }
    return money.value();
}

template<typename Enum>
std::optional<Enum> enumOption(const QCommandLineParser &parser, const QString &name,
                               std::optional<Enum> (*fromId)(QStringView), const QString &expected,
                               std::optional<Error> &error)
{
    const std::optional<Enum> value = fromId(parser.value(name));
    if (!value && !error) {
        error = Error{QStringLiteral("cli.invalid"),
                      tr("Unknown value \"%1\"; expected %2.").arg(parser.value(name).left(64), expected),
                      QLatin1String("--") + name};
    }
    return value;
}

CommandOutput evaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> options{
        {QStringLiteral("role"), tr("Actor role."), QStringLiteral("R")},
        {QStringLiteral("tier"), tr("Customer tier."), QStringLiteral("T")},
        {QStringLiteral("category"), tr("Failure category id."), QStringLiteral("C")},
        {QStringLiteral("kind"), tr("Compensation kind."), QStringLiteral("K")},
        {QStringLiteral("amount"), tr("Amount, e.g. 80.00."), QStringLiteral("AMOUNT")},
        {QStringLiteral("currency"), tr("ISO 4217 currency."), QStringLiteral("CUR")},
        {QStringLiteral("region"), tr("Region id."), QStringLiteral("X")},
        {QStringLiteral("brand"), tr("Brand id."), QStringLiteral("B")},
        {QStringLiteral("team"), tr("The actor's team."), QStringLiteral("T")},
        {QStringLiteral("customer-received-90d"), tr("What the customer received in the cap window."), QStringLiteral("AMOUNT")},
        {QStringLiteral("customer-payouts-90d"), tr("Compensations the customer received in the repeat window."), QStringLiteral("N")},
        {QStringLiteral("actor-granted-today"), tr("What the actor granted today."), QStringLiteral("AMOUNT")},
        {QStringLiteral("team-spent-period"), tr("What the team spent this budget period."), QStringLiteral("AMOUNT")},
        {QStringLiteral("fact"), tr("A case fact NAME=VALUE (JSON value or text); repeatable."), QStringLiteral("NAME=VALUE")},
    };
    parser.addOptions(options);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Policy file."));
    if (!parser.parse(QStringList{QStringLiteral("evaluate")} + arguments))
        return CommandOutput::usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return CommandOutput::usage(tr("policy evaluate needs exactly one policy FILE."));
    for (const char *required : {"role", "tier", "category", "kind", "amount", "currency"}) {
        if (!parser.isSet(QLatin1String(required)))
            return CommandOutput::usage(tr("policy evaluate needs --%1.").arg(QLatin1String(required)));
    }
    const QString path = parser.positionalArguments().constFirst();
    Result<CompensationPolicy> policy = loadPolicy(path);
    if (!policy)
        return CommandOutput::invalid(path, policy.error());

    std::optional<Error> error;
    CompensationRequest request;
    const std::optional<Role> role = enumOption<Role>(parser, QStringLiteral("role"), &roleFromId,
                                                      tr("agent, senior_agent, lead, manager, director, trainer, admin, ai_agent or integration"), error);
    const std::optional<Tier> tier = enumOption<Tier>(parser, QStringLiteral("tier"), &tierFromId,
                                                      tr("standard, silver, gold or platinum"), error);
    const std::optional<CompensationKind> kind = enumOption<CompensationKind>(
        parser, QStringLiteral("kind"), &compensationKindFromId, tr("refund, voucher, points, upgrade, fee_waiver or gesture"), error);
    Result<Money> amount = Money::parse(parser.value(QStringLiteral("amount")), parser.value(QStringLiteral("currency")));
    if (!amount && !error)
        error = Error{amount.error().code, amount.error().message, QStringLiteral("--amount")};
    if (error)
        return CommandOutput::invalid({}, *error);

    request.role = *role;
    request.tier = *tier;
    request.kind = *kind;
    request.amount = amount.value();
    request.category = parser.value(QStringLiteral("category"));
    request.region = parser.value(QStringLiteral("region"));
    request.brand = parser.value(QStringLiteral("brand"));
    request.team = parser.value(QStringLiteral("team"));
    const Currency currency = request.amount.currency();
    request.customerReceivedInWindow = amountOption(parser, QStringLiteral("customer-received-90d"), currency, error);
    request.actorGrantedToday = amountOption(parser, QStringLiteral("actor-granted-today"), currency, error);
    request.teamSpentThisPeriod = amountOption(parser, QStringLiteral("team-spent-period"), currency, error);
    if (parser.isSet(QStringLiteral("customer-payouts-90d"))) {
        bool ok = false;
        request.customerPayoutsInWindow = parser.value(QStringLiteral("customer-payouts-90d")).toInt(&ok);
        if ((!ok || request.customerPayoutsInWindow < 0) && !error)
            error = Error{QStringLiteral("cli.invalid"), tr("Expected a whole number of zero or more."), QStringLiteral("--customer-payouts-90d")};
    }
    for (const QString &fact : parser.values(QStringLiteral("fact"))) {
        const qsizetype equals = fact.indexOf(u'=');
        if (equals <= 0) {
            if (!error)
                error = Error{QStringLiteral("cli.invalid"), tr("Expected NAME=VALUE, got \"%1\".").arg(fact.left(64)), QStringLiteral("--fact")};
            break;
        }
        const QString value = fact.mid(equals + 1);
        // true, 24 and "x" are JSON values; anything else is taken as text, so --fact cause=weather works.
        const QJsonDocument parsed = QJsonDocument::fromJson(QByteArray("[") + value.toUtf8() + QByteArray("]"));
        const QJsonValue json = parsed.isArray() && parsed.array().size() == 1 ? parsed.array().at(0) : QJsonValue(value);
        request.facts.insert(fact.left(equals), json);
    }
    if (error)
        return CommandOutput::invalid({}, *error);

    const PolicyEngine engine(std::move(policy).value());
    const Result<Verdict> verdict = engine.evaluate(request);
    if (!verdict) {
        Error e = verdict.error();
        e.where = QLatin1String("--") + e.where.replace(u'_', u'-');
        return CommandOutput::invalid({}, e);
    }
    QJsonObject json = verdict->toJson();
    json.insert(QLatin1String("policy"), QJsonObject{{QLatin1String("id"), engine.policy().id()},
                                                    {QLatin1String("version"), engine.policy().version()}});
    CommandOutput output = CommandOutput::json(json);
    if (verdict->decision == Verdict::Decision::Deny) {
        output.exitCode = CommandOutput::Invalid;
        output.err = verdict->reasons.value(0);
    }
    return output;
}

} // namespace

CommandOutput PolicyCommands::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    if (command == QLatin1String("check")) {
        if (arguments.size() != 2)
            return CommandOutput::usage(tr("Usage: redress-admin policy check FILE"));
        return check(arguments.at(1));
    }
    if (command == QLatin1String("evaluate"))
        return evaluate(arguments.mid(1));
    return CommandOutput::usage(tr("Unknown policy command \"%1\"; expected check or evaluate.").arg(command));
}

} // namespace redress::admin
