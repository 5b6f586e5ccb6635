#include "commandline.h"

#include <QCoreApplication>

namespace redress::admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
}

QCommandLineOption versionOption()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."));
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("-h") || argument == QLatin1String("--help");
}

bool isVersion(const QString &argument)
{
    return argument == QLatin1String("-v") || argument == QLatin1String("--version");
}

} // namespace

CommandLine::CommandLine(const QString &command, const QString &description, const QString &fileDescription,
                         const QList<QCommandLineOption> &options, const QString &groupUsage)
    : m_command(command)
    , m_groupUsage(groupUsage)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(helpOption());
    m_parser.addOption(versionOption());
    m_parser.addOptions(options);
    m_parser.addPositionalArgument(QStringLiteral("FILE"), fileDescription);
}

CommandLine::CommandLine(const QString &command, const QString &description, const QList<QCommandLineOption> &options,
                         const QString &groupUsage)
    : m_command(command)
    , m_groupUsage(groupUsage)
    , m_takesFile(false)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(helpOption());
    m_parser.addOption(versionOption());
    m_parser.addOptions(options);
}

std::optional<CommandOutput> CommandLine::parse(const QStringList &arguments)
{
    // parse(), not process(): a usage error is an exit code for the caller, not an exit() from inside the parser.
    // The first element stands for the program name, which QCommandLineParser skips.
    if (!m_parser.parse(QStringList{m_command} + arguments))
        return usageError(m_parser.errorText(), m_groupUsage);
    if (m_parser.isSet(QStringLiteral("help")))
        return CommandOutput{CommandOutput::Ok, helpText().toUtf8(), {}};
    if (m_parser.isSet(QStringLiteral("version")))
        return version();
    const QStringList files = m_parser.positionalArguments();
    if (!m_takesFile) {
        // A stray word is most likely a value whose option was forgotten (`user add alice`): say so, not ignore it.
        if (!files.isEmpty()) {
            return usageError(tr("%1 takes no FILE or other argument, got \"%2\".").arg(m_command, files.constFirst().left(64)),
                              m_groupUsage);
        }
        return checkRequired();
    }
    if (files.size() != 1)
        return usageError(tr("%1 needs exactly one FILE.").arg(m_command), m_groupUsage);
    // Only "-" or something after "--" gets here with a leading dash: almost always a slip, such as an option
    // meant for another command. A file whose name starts with a dash can still be named ./-file.
    if (files.constFirst().startsWith(u'-')) {
        return usageError(tr("\"%1\" looks like an option, not a FILE; write ./%1 for a file of that name.")
                              .arg(files.constFirst().left(64)),
                          m_groupUsage);
    }
    return checkRequired();
}

std::optional<CommandOutput> CommandLine::checkRequired() const
{
    for (const QString &name : std::as_const(m_required)) {
        if (!m_parser.isSet(name))
            return usageError(tr("%1 needs --%2.").arg(m_command, name), m_groupUsage);
    }
    return std::nullopt;
}

QString CommandLine::helpText() const
{
    // Qt's first line names the executable by its full path; the rest (description, options, arguments) is kept.
    const QString text = m_parser.helpText();
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QString usage = m_takesFile ? tr("Usage: redress-admin %1 [options] FILE").arg(m_command)
                                      : tr("Usage: redress-admin %1 [options]").arg(m_command);
    return usage + (firstBreak < 0 ? QString() : text.mid(firstBreak));
}

CommandOutput CommandLine::usageError(const QString &message, const QString &groupUsage)
{
    QString text = message;
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return CommandOutput::usage(text + groupUsage);
}

CommandOutput CommandLine::version()
{
    return CommandOutput{CommandOutput::Ok, QByteArrayLiteral("redress-admin " REDRESS_VERSION "\n"), {}};
}

CommandOutput CommandLine::dispatch(const QString &group, const QStringList &arguments,
                                    std::initializer_list<Subcommand> subcommands, const QString &groupUsage)
{
    QStringList names;
    for (const Subcommand &subcommand : subcommands)
        names.append(QLatin1String(subcommand.name));
    // "check, walk or publish"
    const QString last = names.takeLast();
    const QString expected = names.isEmpty() ? last : names.join(QLatin1String(", ")) + tr(" or ") + last;
    if (arguments.isEmpty())
        return usageError(tr("Expected a %1 command: %2.").arg(group, expected), groupUsage);
    const QString &command = arguments.constFirst();
    if (isHelp(command))
        return CommandOutput{CommandOutput::Ok, groupUsage.toUtf8(), {}};
    if (isVersion(command))
        return version();
    for (const Subcommand &subcommand : subcommands) {
        if (command == QLatin1String(subcommand.name))
            return subcommand.run(arguments.mid(1));
    }
    return usageError(tr("Unknown %1 command \"%2\"; expected %3.").arg(group, command.left(40), expected), groupUsage);
}

} // namespace redress::admin
