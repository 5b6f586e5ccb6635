#include "policycommands.h"

#include "commandline.h"
#include "compensationpolicy.h"
#include "documentfile.h"
#include "policyengine.h"
#include "publishcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace redress::admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PolicyCommands", text);
}

QString usageLines()
{
    return tr("Usage: redress-admin policy check FILE\n"
              "       redress-admin policy evaluate FILE --role R --tier T --category C --kind K --amount 80.00 --currency USD\n"
              "                                     [--region X] [--brand B] [--team T] [--fact NAME=VALUE]...\n"
              "                                     [--customer-received-90d A] [--customer-payouts-90d N]\n"
              "                                     [--actor-granted-today A] [--team-spent-period A]\n"
              "       redress-admin policy publish FILE --db URL\n"
              "Run \"redress-admin policy COMMAND --help\" for a command's options.\n");
}

// PolicyEngine names the request member it could not judge; the person typed an option. One table maps the two,
// so an error never names an option that does not exist. It holds the engine's older and current member names;
// a member missing from it is shown as the engine named it, without a "--".
struct OptionForMember
{
    const char *member;
    const char *option;
};
constexpr OptionForMember kOptionForMember[] = {
    {"role", "--role"},
    {"tier", "--tier"},
    {"category", "--category"},
    {"kind", "--kind"},
    {"amount", "--amount"},
    {"currency", "--currency"},
    {"region", "--region"},
    {"brand", "--brand"},
    {"team", "--team"},
    {"facts", "--fact"},
    {"customer_received_in_window", "--customer-received-90d"},
    {"customer_received", "--customer-received-90d"},
    {"customer_payouts_in_window", "--customer-payouts-90d"},
    {"customer_payouts", "--customer-payouts-90d"},
    {"actor_granted_today", "--actor-granted-today"},
    {"team_spent_this_period", "--team-spent-period"},
    {"team_spent", "--team-spent-period"},
};

QString optionForMember(const QString &member)
{
    for (const OptionForMember &entry : kOptionForMember) {
        if (member == QLatin1String(entry.member))
            return QLatin1String(entry.option);
    }
    return member;
}

CommandOutput check(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("policy check"), tr("Validates a compensation policy and prints its outline."),
                            tr("Policy file."), {}, usageLines());
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    const QString path = commandLine.file();
    Result<CompensationPolicy> policy = DocumentFile::load<CompensationPolicy>(path);
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

// A running total in the policy currency. Absent means zero, said explicitly: the engine refuses to guess a
// missing total for a policy with caps or budgets, and a person trying a policy out means "nothing so far".
Money totalOption(const CommandLine &commandLine, const QString &name, Currency currency, std::optional<Error> &error)
{
    if (!commandLine.isSet(name) || error)
        return Money(0, currency);
    Result<Money> money = Money::parse(commandLine.value(name), currency);
    if (!money) {
        error = Error{money.error().code, money.error().message, QLatin1String("--") + name};
        return Money(0, currency);
    }
    return money.value();
}

template<typename Enum>
std::optional<Enum> enumOption(const CommandLine &commandLine, const QString &name,
                               std::optional<Enum> (*fromId)(QStringView), const QString &expected,
                               std::optional<Error> &error)
{
    const std::optional<Enum> value = fromId(commandLine.value(name));
    if (!value && !error) {
        error = Error{QStringLiteral("cli.invalid"),
                      tr("Unknown value \"%1\"; expected %2.").arg(commandLine.value(name).left(64), expected),
                      QLatin1String("--") + name};
    }
    return value;
}

CommandOutput evaluate(const QStringList &arguments)
{
    const QList<QCommandLineOption> options{
        {QStringLiteral("role"), tr("Actor role."), QStringLiteral("R")},
        {QStringLiteral("tier"), tr("Customer tier."), QStringLiteral("T")},
        {QStringLiteral("category"), tr("Failure category id."), QStringLiteral("C")},
        {QStringLiteral("kind"), tr("Compensation kind."), QStringLiteral("K")},
        {QStringLiteral("amount"), tr("Amount, e.g. 80.00."), QStringLiteral("AMOUNT")},
        {QStringLiteral("currency"), tr("ISO 4217 currency; must be the policy's."), QStringLiteral("CUR")},
        {QStringLiteral("region"), tr("Region id."), QStringLiteral("X")},
        {QStringLiteral("brand"), tr("Brand id."), QStringLiteral("B")},
        {QStringLiteral("team"), tr("The actor's team."), QStringLiteral("T")},
        {QStringLiteral("customer-received-90d"), tr("What the customer received in the cap window; 0 when absent."),
         QStringLiteral("AMOUNT")},
        {QStringLiteral("customer-payouts-90d"), tr("Compensations the customer received in the repeat window; 0 when absent."),
         QStringLiteral("N")},
        {QStringLiteral("actor-granted-today"), tr("What the actor granted today; 0 when absent."), QStringLiteral("AMOUNT")},
        {QStringLiteral("team-spent-period"), tr("What the team spent this budget period; 0 when absent."), QStringLiteral("AMOUNT")},
        {QStringLiteral("fact"), tr("A case fact NAME=VALUE (JSON value or text); repeatable."), QStringLiteral("NAME=VALUE")},
    };
    CommandLine commandLine(QStringLiteral("policy evaluate"),
                            tr("Judges one proposed compensation under a policy: allow, approval or deny.\n"
                               "Running totals that are not given count as zero."),
                            tr("Policy file."), options, usageLines());
    commandLine.setRequired({QStringLiteral("role"), QStringLiteral("tier"), QStringLiteral("category"), QStringLiteral("kind"),
                             QStringLiteral("amount"), QStringLiteral("currency")});
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    const QString path = commandLine.file();
    Result<CompensationPolicy> policy = DocumentFile::load<CompensationPolicy>(path);
    if (!policy)
        return CommandOutput::invalid(path, policy.error());
    const Currency currency = policy->currency();

    std::optional<Error> error;
    const std::optional<Role> role = enumOption<Role>(commandLine, QStringLiteral("role"), &roleFromId,
                                                      tr("agent, senior_agent, lead, manager, director, trainer, admin, ai_agent or integration"), error);
    const std::optional<Tier> tier = enumOption<Tier>(commandLine, QStringLiteral("tier"), &tierFromId,
                                                      tr("standard, silver, gold or platinum"), error);
    const std::optional<CompensationKind> kind = enumOption<CompensationKind>(
        commandLine, QStringLiteral("kind"), &compensationKindFromId, tr("refund, voucher, points, upgrade, fee_waiver or gesture"), error);
    // The currency is checked on its own, before the amount is read in it: "JPY" against a USD policy is a wrong
    // --currency, not a wrong --amount.
    const QString currencyCode = commandLine.value(QStringLiteral("currency"));
    if (!error) {
        const std::optional<Currency> requested = Currency::fromCode(currencyCode);
        if (!requested) {
            error = Error{QStringLiteral("money.unknown_currency"),
                          tr("Unknown currency \"%1\"; expected an ISO 4217 code such as USD.").arg(currencyCode.left(16)),
                          QStringLiteral("--currency")};
        } else if (!(*requested == currency)) {
            error = Error{QStringLiteral("policy.invalid_request"),
                          tr("The policy is in %1; the request is in %2.").arg(currency.code(), requested->code()),
                          QStringLiteral("--currency")};
        }
    }
    std::optional<Money> amount;
    if (!error) {
        Result<Money> parsed = Money::parse(commandLine.value(QStringLiteral("amount")), currency);
        if (parsed)
            amount = parsed.value();
        else
            error = Error{parsed.error().code, parsed.error().message, QStringLiteral("--amount")};
    }
    if (error)
        return CommandOutput::invalid(path, *error);

    CompensationRequest request;
    request.role = *role;
    request.tier = *tier;
    request.kind = *kind;
    request.amount = *amount;
    request.category = commandLine.value(QStringLiteral("category"));
    request.region = commandLine.value(QStringLiteral("region"));
    request.brand = commandLine.value(QStringLiteral("brand"));
    request.team = commandLine.value(QStringLiteral("team"));
    request.customerReceivedInWindow = totalOption(commandLine, QStringLiteral("customer-received-90d"), currency, error);
    request.actorGrantedToday = totalOption(commandLine, QStringLiteral("actor-granted-today"), currency, error);
    request.teamSpentThisPeriod = totalOption(commandLine, QStringLiteral("team-spent-period"), currency, error);
    int payouts = 0;
    if (commandLine.isSet(QStringLiteral("customer-payouts-90d"))) {
        bool ok = false;
        payouts = commandLine.value(QStringLiteral("customer-payouts-90d")).toInt(&ok);
        if ((!ok || payouts < 0) && !error)
            error = Error{QStringLiteral("cli.invalid"), tr("Expected a whole number of zero or more."), QStringLiteral("--customer-payouts-90d")};
    }
    request.customerPayoutsInWindow = payouts;
    for (const QString &fact : commandLine.values(QStringLiteral("fact"))) {
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
        return CommandOutput::invalid(path, *error);

    const PolicyEngine engine(std::move(policy).value());
    const Result<Verdict> verdict = engine.evaluate(request);
    if (!verdict) {
        Error e = verdict.error();
        e.where = optionForMember(e.where);
        return CommandOutput::invalid(path, e);
    }
    QJsonObject json = verdict->toJson();
    json.insert(QLatin1String("policy"), QJsonObject{{QLatin1String("id"), engine.policy().id()},
                                                    {QLatin1String("version"), engine.policy().version()}});
    CommandOutput output = CommandOutput::json(json);
    if (verdict->decision == Verdict::Decision::Deny) {
        // "FILE: deny: reason", like every other exit-1 line: a script running several policies can tell which.
        output.exitCode = CommandOutput::Invalid;
        output.err = CommandOutput::invalid(path, Error{QStringLiteral("policy.deny"), verdict->reasons.value(0), QStringLiteral("deny")}).err;
    }
    return output;
}

CommandOutput publish(const QStringList &arguments)
{
    return PublishCommand::run(DocumentStore::Kind::Policy, arguments, usageLines());
}

} // namespace

CommandOutput PolicyCommands::run(const QStringList &arguments)
{
    return CommandLine::dispatch(QStringLiteral("policy"), arguments,
                                 {{"check", &check}, {"evaluate", &evaluate}, {"publish", &publish}}, usageLines());
}

} // namespace redress::admin
