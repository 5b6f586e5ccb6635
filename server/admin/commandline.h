#pragma once

#include "commandoutput.h"

#include <QCommandLineParser>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace redress::admin {

/// The command line of one `redress-admin GROUP COMMAND`, parsed the same way for every command.
///
/// `-h`/`--help` prints the command's help on stdout and exits 0; `-v`/`--version` prints the version and exits 0.
/// Unknown options, options without their value, a missing or second FILE, a FILE that looks like an option, any
/// argument to a command that takes no FILE and a missing required option are usage errors: exit 2, the reason
/// and the group's usage on stderr.
class CommandLine
{
public:
    /// `command` is e.g. "policy evaluate"; `groupUsage` the group's usage lines, shown after a usage error.
    /// The command takes exactly one FILE, described by `fileDescription`.
    CommandLine(const QString &command, const QString &description, const QString &fileDescription,
                const QList<QCommandLineOption> &options, const QString &groupUsage);
    /// A command that takes no FILE (e.g. "db migrate"): any positional argument is a usage error.
    CommandLine(const QString &command, const QString &description, const QList<QCommandLineOption> &options,
                const QString &groupUsage);
    Q_DISABLE_COPY_MOVE(CommandLine)

    /// Options that must be given; checked after --help and --version, so those work without them.
    void setRequired(const QStringList &names) { m_required = names; }

    /// What to print and exit with when the command should not run (help, version, usage error); nullopt to run.
    std::optional<CommandOutput> parse(const QStringList &arguments);

    QString file() const { return m_parser.positionalArguments().value(0); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }

    /// "Usage: redress-admin policy check [options] FILE" (no FILE for a command without one) followed by the
    /// options, for --help.
    QString helpText() const;

    /// A usage error: the reason, then the group's usage lines; exit 2.
    static CommandOutput usageError(const QString &message, const QString &groupUsage);
    /// "redress-admin 0.1.0" and a newline on stdout; exit 0.
    static CommandOutput version();

    /// One subcommand of a group, e.g. {"check", &check}.
    struct Subcommand
    {
        const char *name;
        CommandOutput (*run)(const QStringList &arguments);
    };
    /// Runs `redress-admin GROUP …`: picks the subcommand named by the first argument, answers --help and
    /// --version for the group, or reports a missing or unknown subcommand as a usage error.
    static CommandOutput dispatch(const QString &group, const QStringList &arguments,
                                  std::initializer_list<Subcommand> subcommands, const QString &groupUsage);

private:
    std::optional<CommandOutput> checkRequired() const;

    QCommandLineParser m_parser;
    QString m_command;
    QString m_groupUsage;
    QStringList m_required;
    bool m_takesFile = true;
};

} // namespace redress::admin
