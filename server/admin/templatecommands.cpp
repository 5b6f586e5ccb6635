#include "templatecommands.h"

#include "documentfile.h"
#include "recoverytemplate.h"
#include "templaterenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace redress::admin {
namespace {

QString usageLines()
{
    return QCoreApplication::translate("TemplateCommands",
                                       "Usage: redress-admin template check FILE\n"
                                       "       redress-admin template render FILE --data JSON|@PATH "
                                       "[--channel email|chat|sms] [--locale en]\n");
}

CommandOutput usageError(const QString &message)
{
    return CommandOutput::usage(message + u'\n' + usageLines());
}

Result<RecoveryTemplate> loadTemplate(const QString &path)
{
    Result<QByteArray> bytes = DocumentFile::readBytes(path);
    if (!bytes)
        return bytes.error();
    return RecoveryTemplate::parse(bytes.value());
}

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
    QCommandLineParser parser;
    if (!parser.parse(QStringList{QStringLiteral("template-check")} + arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("TemplateCommands", "template check needs exactly one FILE."));
    const QString file = parser.positionalArguments().first();
    const Result<RecoveryTemplate> loaded = loadTemplate(file);
    if (!loaded)
        return CommandOutput::invalid(file, loaded.error());
    return CommandOutput::json(summary(loaded.value()));
}

CommandOutput render(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dataOption(QStringLiteral("data"), QString(), QStringLiteral("json"));
    const QCommandLineOption channelOption(QStringLiteral("channel"), QString(), QStringLiteral("channel"));
    const QCommandLineOption localeOption(QStringLiteral("locale"), QString(), QStringLiteral("locale"));
    parser.addOptions({dataOption, channelOption, localeOption});
    if (!parser.parse(QStringList{QStringLiteral("template-render")} + arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("TemplateCommands", "template render needs exactly one FILE."));
    if (!parser.isSet(dataOption))
        return usageError(QCoreApplication::translate("TemplateCommands", "template render needs --data."));
    std::optional<Channel> channel;
    if (parser.isSet(channelOption)) {
        channel = channelFromId(parser.value(channelOption));
        if (!channel) {
            return usageError(QCoreApplication::translate("TemplateCommands",
                                                          "Unknown channel \"%1\"; expected email, chat or sms.")
                                  .arg(parser.value(channelOption).left(40)));
        }
    }

    const QString file = parser.positionalArguments().first();
    const Result<RecoveryTemplate> loaded = loadTemplate(file);
    if (!loaded)
        return CommandOutput::invalid(file, loaded.error());

    // "@path" reads the data from a file, as curl does; anything else is the JSON itself.
    const QString data = parser.value(dataOption);
    QString dataSource = QStringLiteral("--data");
    QByteArray dataBytes;
    if (data.startsWith(u'@')) {
        dataSource = data.mid(1);
        Result<QByteArray> bytes = DocumentFile::readBytes(dataSource);
        if (!bytes)
            return CommandOutput::invalid(dataSource, bytes.error());
        dataBytes = std::move(bytes).value();
    } else {
        dataBytes = data.toUtf8();
    }
    const Result<RenderContext> context = RenderContext::parse(dataBytes);
    if (!context)
        return CommandOutput::invalid(dataSource, context.error());

    const RecoveryTemplate &recoveryTemplate = loaded.value();
    const TemplateVariant *variant = nullptr;
    const bool localeSet = parser.isSet(localeOption);
    if (!channel && !localeSet)
        variant = &recoveryTemplate.variants().first();
    else if (!localeSet)
        variant = recoveryTemplate.firstVariant(*channel);
    else
        variant = recoveryTemplate.selectVariant(channel.value_or(recoveryTemplate.variants().first().channel()),
                                                 parser.value(localeOption));
    if (!variant) {
        const Channel wanted = channel.value_or(recoveryTemplate.variants().first().channel());
        const QString message = localeSet
                                    ? QCoreApplication::translate("TemplateCommands",
                                                                  "No %1 variant for \"%2\" or its fallbacks (%3).")
                                          .arg(channelId(wanted), parser.value(localeOption).left(40),
                                               RecoveryTemplate::localeFallbacks(parser.value(localeOption))
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
        for (const RenderedMessage::Unresolved &item : message.unresolved)
            items.append(QCoreApplication::translate("TemplateCommands", "%1 (%2)").arg(item.path, item.reason));
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

} // namespace

CommandOutput TemplateCommands::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(QCoreApplication::translate("TemplateCommands", "Expected a template command: check or render."));
    const QString command = arguments.first();
    if (command == QLatin1String("check"))
        return check(arguments.mid(1));
    if (command == QLatin1String("render"))
        return render(arguments.mid(1));
    return usageError(QCoreApplication::translate("TemplateCommands", "Unknown template command \"%1\".").arg(command.left(40)));
}

} // namespace redress::admin
