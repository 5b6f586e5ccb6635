#include "templatecommands.h"

#include "commandline.h"
#include "documentfile.h"
#include "publishcommand.h"
#include "recoverytemplate.h"
#include "templaterenderer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace redress::admin {
namespace {

QString usageLines()
{
    return QCoreApplication::translate("TemplateCommands",
                                       "Usage: redress-admin template check FILE\n"
                                       "       redress-admin template render FILE --data JSON|@PATH "
                                       "[--channel email|chat|sms] [--locale en]\n"
                                       "       redress-admin template publish FILE --db URL\n"
                                       "Run \"redress-admin template COMMAND --help\" for a command's options.\n");
}

CommandOutput usageError(const QString &message)
{
    return CommandLine::usageError(message, usageLines());
}

// The stderr line stays readable for a template full of placeholders; the JSON on stdout lists them all.
constexpr qsizetype kUnresolvedShown = 20;

QJsonObject summary(const RecoveryTemplate &recoveryTemplate)
{
    QJsonArray variants;
    for (const TemplateVariant &variant : recoveryTemplate.variants()) {
        QJsonObject item{{QLatin1String("channel"), channelId(variant.channel())},
                         {QLatin1String("locale"), variant.locale()},
                         {QLatin1String("limit"), double(variant.lengthLimit())},
                         {QLatin1String("placeholders"), QJsonArray::fromStringList(variant.placeholderPaths())}};
        variants.append(item);
    }
    return QJsonObject{{QLatin1String("id"), recoveryTemplate.id()},
                       {QLatin1String("version"), recoveryTemplate.version()},
                       {QLatin1String("title"), recoveryTemplate.title()},
                       {QLatin1String("categories"), QJsonArray::fromStringList(recoveryTemplate.categories())},
                       {QLatin1String("variants"), variants}};
}

CommandOutput check(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("template check"),
                            QCoreApplication::translate("TemplateCommands",
                                                        "Validates a recovery template and lists its variants and placeholders."),
                            QCoreApplication::translate("TemplateCommands", "Template file."), {}, usageLines());
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    const QString file = commandLine.file();
    const Result<RecoveryTemplate> loaded = DocumentFile::load<RecoveryTemplate>(file);
    if (!loaded)
        return CommandOutput::invalid(file, loaded.error());
    return CommandOutput::json(summary(loaded.value()));
}

CommandOutput render(const QStringList &arguments)
{
    const QString dataOption = QStringLiteral("data");
    const QString channelOption = QStringLiteral("channel");
    const QString localeOption = QStringLiteral("locale");
    const QList<QCommandLineOption> options{
        {dataOption, QCoreApplication::translate("TemplateCommands", "The case data: JSON, or @PATH to read it from a file."),
         QStringLiteral("JSON|@PATH")},
        {channelOption, QCoreApplication::translate("TemplateCommands", "email, chat or sms; the first variant's when absent."),
         QStringLiteral("CHANNEL")},
        {localeOption, QCoreApplication::translate("TemplateCommands", "Locale such as es-MX; falls back to es, then en."),
         QStringLiteral("LOCALE")},
    };
    CommandLine commandLine(QStringLiteral("template render"),
                            QCoreApplication::translate("TemplateCommands",
                                                        "Renders one variant of a recovery template from case data; exit 1 "
                                                        "when the message could not be sent as it is."),
                            QCoreApplication::translate("TemplateCommands", "Template file."), options, usageLines());
    commandLine.setRequired({dataOption});
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    std::optional<Channel> channel;
    if (commandLine.isSet(channelOption)) {
        channel = channelFromId(commandLine.value(channelOption));
        if (!channel) {
            return usageError(QCoreApplication::translate("TemplateCommands",
                                                          "Unknown channel \"%1\"; expected email, chat or sms.")
                                  .arg(commandLine.value(channelOption).left(40)));
        }
    }

    const QString file = commandLine.file();
    const Result<RecoveryTemplate> loaded = DocumentFile::load<RecoveryTemplate>(file);
    if (!loaded)
        return CommandOutput::invalid(file, loaded.error());

    // "@path" reads the data from a file, as curl does; anything else is the JSON itself.
    const QString data = commandLine.value(dataOption);
    QString dataFile;
    QByteArray dataBytes;
    if (data.startsWith(u'@')) {
        dataFile = data.mid(1);
        Result<QByteArray> bytes = DocumentFile::readBytes(dataFile);
        if (!bytes)
            return CommandOutput::invalid(dataFile, bytes.error());
        dataBytes = std::move(bytes).value();
    } else {
        dataBytes = data.toUtf8();
    }
    const Result<RenderContext> context = RenderContext::parse(dataBytes);
    if (!context) {
        // Inline data is an option of this template's command: "FILE: --data: …", like every option error.
        if (dataFile.isEmpty()) {
            Error error = context.error();
            error.where = error.where.isEmpty() ? QStringLiteral("--data") : QLatin1String("--data: ") + error.where;
            return CommandOutput::invalid(file, error);
        }
        return CommandOutput::invalid(dataFile, context.error());
    }

    const RecoveryTemplate &recoveryTemplate = loaded.value();
    const TemplateVariant *variant = nullptr;
    const bool localeSet = commandLine.isSet(localeOption);
    if (!channel && !localeSet)
        variant = &recoveryTemplate.variants().first();
    else if (!localeSet)
        variant = recoveryTemplate.firstVariant(*channel);
    else
        variant = recoveryTemplate.selectVariant(channel.value_or(recoveryTemplate.variants().first().channel()),
                                                 commandLine.value(localeOption));
    if (!variant) {
        const Channel wanted = channel.value_or(recoveryTemplate.variants().first().channel());
        const QString message = localeSet
                                    ? QCoreApplication::translate("TemplateCommands",
                                                                  "No %1 variant for \"%2\" or its fallbacks (%3).")
                                          .arg(channelId(wanted), commandLine.value(localeOption).left(40),
                                               RecoveryTemplate::localeFallbacks(commandLine.value(localeOption))
                                                   .join(QLatin1String(", ")))
                                    : QCoreApplication::translate("TemplateCommands", "The template has no %1 variant.")
                                          .arg(channelId(wanted));
        return CommandOutput::invalid(file, Error{QStringLiteral("template.no_variant"), message, {}});
    }

    const RenderedMessage message = TemplateRenderer::render(*variant, context.value());
    QJsonObject json{{QLatin1String("channel"), channelId(message.channel)},
                     {QLatin1String("locale"), message.locale},
                     {QLatin1String("text"), message.text},
                     {QLatin1String("length"), double(message.length)},
                     {QLatin1String("limit"), double(message.limit)},
                     {QLatin1String("unresolved"), QJsonArray::fromStringList(message.unresolvedPaths())},
                     {QLatin1String("sendable"), message.isSendable()}};
    if (message.hasSubject)
        json.insert(QLatin1String("subject"), message.subject);
    if (message.isSendable())
        return CommandOutput::json(json);

    QStringList problems;
    if (!message.unresolved.isEmpty()) {
        QStringList items;
        for (const RenderedMessage::Unresolved &item : message.unresolved) {
            if (items.size() == kUnresolvedShown)
                break;
            items.append(QCoreApplication::translate("TemplateCommands", "%1 (%2)").arg(item.path, item.reason));
        }
        if (message.unresolved.size() > kUnresolvedShown) {
            items.append(QCoreApplication::translate("TemplateCommands", "+%1 more")
                             .arg(message.unresolved.size() - kUnresolvedShown));
        }
        problems.append(QCoreApplication::translate("TemplateCommands", "unresolved placeholders: %1")
                            .arg(items.join(QLatin1String(", "))));
    }
    if (!message.withinLimit()) {
        problems.append(QCoreApplication::translate("TemplateCommands", "the text is %1 characters, over the %2 limit of %3")
                            .arg(message.length)
                            .arg(channelLabel(message.channel))
                            .arg(message.limit));
    }
    CommandOutput output = CommandOutput::json(json, CommandOutput::Invalid);
    output.err = file + QLatin1String(": ") + problems.join(QLatin1String("; ")) + u'.';
    output.err.replace(u'\n', u' ');
    return output;
}

CommandOutput publish(const QStringList &arguments)
{
    return PublishCommand::run(DocumentStore::Kind::Template, arguments, usageLines());
}

} // namespace

CommandOutput TemplateCommands::run(const QStringList &arguments)
{
    return CommandLine::dispatch(QStringLiteral("template"), arguments,
                                 {{"check", &check}, {"render", &render}, {"publish", &publish}}, usageLines());
}

} // namespace redress::admin
