#include "scenariocommands.h"

#include "commandline.h"
#include "compensationpolicy.h"
#include "decisiontree.h"
#include "documentfile.h"
#include "policyengine.h"
#include "recoverytemplate.h"
#include "scenarioscorer.h"
#include "trainingscenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace redress::admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScenarioCommands", text);
}

QString usageLines()
{
    return tr("Usage: redress-admin scenario check FILE... [--seed DIR]\n"
              "       redress-admin scenario score FILE --answers a,b,c [--kind K --amount 18.50 [--approval]]\n"
              "                                    --template ID --root-cause X --seconds N [--role R] [--seed DIR]\n"
              "The seed directory holds policy.json, trees/ and templates/; by default it is the parent of the\n"
              "scenario file's folder (resources/seed for resources/seed/scenarios/x.json).\n");
}

QString seedDirFor(const QString &scenarioPath, const QString &seedOption)
{
    if (!seedOption.isEmpty())
        return seedOption;
    return QFileInfo(scenarioPath).absoluteDir().absoluteFilePath(QStringLiteral(".."));
}

/// A seed document the scenario needs could not be read: reported at the scenario member that names it.
Error seedError(const QString &where, const QString &path, const Error &error)
{
    return Error{error.code, tr("%1: %2").arg(QDir::cleanPath(path), error.toString()), where};
}

/// Loads the scenario and the policy it is judged by. On failure, the output to return.
struct Loaded
{
    std::optional<TrainingScenario> scenario;
    std::optional<CompensationPolicy> policy;
    std::optional<CommandOutput> failure;
};

Loaded load(const QString &path, const QString &seed)
{
    Loaded loaded;
    Result<TrainingScenario> scenario = DocumentFile::load<TrainingScenario>(path);
    if (!scenario) {
        loaded.failure = CommandOutput::invalid(path, scenario.error());
        return loaded;
    }
    const QString policyPath = QDir(seed).filePath(QStringLiteral("policy.json"));
    Result<CompensationPolicy> policy = DocumentFile::load<CompensationPolicy>(policyPath);
    if (!policy) {
        loaded.failure = CommandOutput::invalid(path, seedError(QStringLiteral("/"), policyPath, policy.error()));
        return loaded;
    }
    loaded.scenario = std::move(scenario).value();
    loaded.policy = std::move(policy).value();
    return loaded;
}

CommandOutput check(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed directory with policy.json, trees/ and templates/."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help."));
    parser.addOption(seedOption);
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{QStringLiteral("scenario check")} + arguments))
        return CommandLine::usageError(parser.errorText(), usageLines());
    if (parser.isSet(helpOption))
        return CommandOutput{CommandOutput::Ok, usageLines().toUtf8(), {}};
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return CommandLine::usageError(tr("scenario check needs at least one FILE."), usageLines());
    for (const QString &file : files) {
        if (file.startsWith(u'-'))
            return CommandLine::usageError(tr("\"%1\" looks like an option, not a FILE; write ./%1 for a file of that name.").arg(file.left(64)),
                                           usageLines());
    }

    QJsonArray checked;
    for (const QString &path : files) {
        const QString seed = seedDirFor(path, parser.value(seedOption));
        Loaded loaded = load(path, seed);
        if (loaded.failure)
            return *loaded.failure;
        const TrainingScenario &scenario = *loaded.scenario;

        const QString treePath = QDir(seed).filePath(QStringLiteral("trees/%1.json").arg(scenario.treeId()));
        const Result<DecisionTree> tree = DocumentFile::load<DecisionTree>(treePath);
        if (!tree)
            return CommandOutput::invalid(path, seedError(QStringLiteral("/expected/tree"), treePath, tree.error()));

        // A template id counts as known when its seed file parses and names that id.
        QStringList templateIds;
        for (qsizetype i = 0; i < scenario.templates().size(); ++i) {
            const QString id = scenario.templates().at(i);
            const QString templatePath = QDir(seed).filePath(QStringLiteral("templates/%1.json").arg(id));
            if (!QFileInfo::exists(templatePath))
                continue; // checkAgainst() reports it as unknown, at its pointer
            const Result<RecoveryTemplate> parsed = DocumentFile::load<RecoveryTemplate>(templatePath);
            if (!parsed)
                return CommandOutput::invalid(path, seedError(QStringLiteral("/expected/templates/%1").arg(i), templatePath, parsed.error()));
            templateIds.append(parsed->id());
        }

        if (Result<void> ok = scenario.checkAgainst(*tree, *loaded.policy, templateIds); !ok)
            return CommandOutput::invalid(path, ok.error());

        QJsonObject summary{{QLatin1String("file"), path},
                            {QLatin1String("id"), scenario.id()},
                            {QLatin1String("version"), scenario.version()},
                            {QLatin1String("line"), scenario.line()},
                            {QLatin1String("tier"), tierId(scenario.customer().tier)},
                            {QLatin1String("category"), scenario.caseData().category},
                            {QLatin1String("tree"), QJsonObject{{QLatin1String("id"), tree->id()}, {QLatin1String("version"), tree->version()}}},
                            {QLatin1String("steps"), int(scenario.steps().size())},
                            {QLatin1String("outcome"), scenario.outcome()}};
        if (const auto &c = scenario.compensation()) {
            QJsonArray kinds;
            for (CompensationKind kind : c->kinds)
                kinds.append(compensationKindId(kind));
            QJsonObject compensation{{QLatin1String("kinds"), kinds},
                                     {QLatin1String("min"), c->minimum.toDecimalString()},
                                     {QLatin1String("max"), c->maximum.toDecimalString()}};
            if (c->approval)
                compensation.insert(QLatin1String("approval"), roleId(*c->approval));
            summary.insert(QLatin1String("compensation"), compensation);
        } else {
            summary.insert(QLatin1String("compensation"), QStringLiteral("none"));
        }
        checked.append(summary);
    }
    return CommandOutput::json({{QLatin1String("valid"), true}, {QLatin1String("scenarios"), checked}});
}

CommandOutput score(const QStringList &arguments)
{
    const QList<QCommandLineOption> options{
        {QStringLiteral("answers"), tr("The trainee's answers, comma-separated, in order."), QStringLiteral("a,b,c")},
        {QStringLiteral("kind"), tr("Compensation kind offered; leave out for an apology alone."), QStringLiteral("KIND")},
        {QStringLiteral("amount"), tr("Compensation amount, e.g. 18.50."), QStringLiteral("AMOUNT")},
        {QStringLiteral("approval"), tr("The compensation was sent for approval rather than granted.")},
        {QStringLiteral("template"), tr("Template sent."), QStringLiteral("ID")},
        {QStringLiteral("root-cause"), tr("Root cause recorded."), QStringLiteral("ID")},
        {QStringLiteral("seconds"), tr("Seconds the run took."), QStringLiteral("N")},
        {QStringLiteral("role"), tr("Role the trainee acts as; default: the scenario's."), QStringLiteral("ROLE")},
        {QStringLiteral("seed"), tr("Seed directory with policy.json."), QStringLiteral("DIR")},
    };
    CommandLine commandLine(QStringLiteral("scenario score"), tr("Scores a trainee's run of a scenario, as JSON."),
                            tr("Scenario file."), options, usageLines());
    commandLine.setRequired({QStringLiteral("answers"), QStringLiteral("template"), QStringLiteral("root-cause"),
                             QStringLiteral("seconds")});
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    const QString path = commandLine.file();

    const bool hasKind = commandLine.isSet(QStringLiteral("kind"));
    if (hasKind != commandLine.isSet(QStringLiteral("amount")))
        return CommandLine::usageError(tr("--kind and --amount go together: both for a compensation, neither for an apology alone."),
                                       usageLines());
    if (commandLine.isSet(QStringLiteral("approval")) && !hasKind)
        return CommandLine::usageError(tr("--approval needs a compensation (--kind and --amount)."), usageLines());
    bool secondsOk = false;
    const int seconds = commandLine.value(QStringLiteral("seconds")).toInt(&secondsOk);
    if (!secondsOk || seconds < 0)
        return CommandLine::usageError(tr("--seconds must be a whole number of seconds, 0 or more."), usageLines());

    TraineeRun run;
    const QString answerText = commandLine.value(QStringLiteral("answers"));
    if (!answerText.trimmed().isEmpty()) {
        for (const QString &answer : answerText.split(u','))
            run.answers.append(answer.trimmed());
    }
    run.templateId = commandLine.value(QStringLiteral("template")).trimmed();
    run.rootCause = commandLine.value(QStringLiteral("root-cause")).trimmed();
    run.seconds = seconds;
    run.approvalRequested = commandLine.isSet(QStringLiteral("approval"));

    Loaded loaded = load(path, seedDirFor(path, commandLine.value(QStringLiteral("seed"))));
    if (loaded.failure)
        return *loaded.failure;
    const TrainingScenario &scenario = *loaded.scenario;

    run.role = scenario.role();
    if (commandLine.isSet(QStringLiteral("role"))) {
        const std::optional<Role> role = roleFromId(commandLine.value(QStringLiteral("role")));
        if (!role)
            return CommandOutput::invalid(path, Error{QStringLiteral("cli.invalid"), tr("Unknown role; expected e.g. agent, senior_agent, lead."),
                                                      QStringLiteral("--role")});
        run.role = *role;
    }
    if (hasKind) {
        const std::optional<CompensationKind> kind = compensationKindFromId(commandLine.value(QStringLiteral("kind")));
        if (!kind)
            return CommandOutput::invalid(path, Error{QStringLiteral("cli.invalid"),
                                                      tr("Unknown kind; expected refund, voucher, points, upgrade, fee_waiver or gesture."),
                                                      QStringLiteral("--kind")});
        const Result<Money> amount = Money::parse(commandLine.value(QStringLiteral("amount")), scenario.currency());
        if (!amount)
            return CommandOutput::invalid(path, Error{amount.error().code, amount.error().message, QStringLiteral("--amount")});
        if (amount->isNegative() || amount->isZero())
            return CommandOutput::invalid(path, Error{QStringLiteral("cli.invalid"), tr("The amount must be more than zero."),
                                                      QStringLiteral("--amount")});
        run.compensation = TraineeRun::Proposal{*kind, amount.value()};
    }

    const PolicyEngine engine(*loaded.policy);
    const Result<ScenarioScore> scored = ScenarioScorer::score(scenario, engine, run);
    if (!scored)
        return CommandOutput::invalid(path, scored.error());
    return CommandOutput::json(scored->toJson());
}

} // namespace

CommandOutput ScenarioCommands::run(const QStringList &arguments)
{
    return CommandLine::dispatch(QStringLiteral("scenario"), arguments, {{"check", &check}, {"score", &score}}, usageLines());
}

} // namespace redress::admin
