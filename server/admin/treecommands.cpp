#include "treecommands.h"

#include "decisiontree.h"
#include "documentfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace redress::admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TreeCommands", text);
}

Result<DecisionTree> loadTree(const QString &path)
{
    Result<QByteArray> bytes = DocumentFile::readBytes(path);
    if (!bytes)
        return bytes.error();
    return DecisionTree::parse(bytes.value());
}

CommandOutput check(const QString &path)
{
    const Result<DecisionTree> tree = loadTree(path);
    if (!tree)
        return CommandOutput::invalid(path, tree.error());
    QJsonObject counts{{QLatin1String("total"), int(tree->nodes().size())}};
    for (int type = 0; type < DecisionTree::kNodeTypeCount; ++type) {
        const auto nodeType = static_cast<DecisionTree::NodeType>(type);
        counts.insert(DecisionTree::nodeTypeId(nodeType), tree->count(nodeType));
    }
    return CommandOutput::json({
        {QLatin1String("valid"), true},
        {QLatin1String("id"), tree->id()},
        {QLatin1String("version"), tree->version()},
        {QLatin1String("title"), tree->title()},
        {QLatin1String("category"), tree->category()},
        {QLatin1String("currency"), tree->currency().code()},
        {QLatin1String("start"), tree->nodes().at(tree->startIndex()).id},
        {QLatin1String("nodes"), counts},
        {QLatin1String("outcomes"), QJsonArray::fromStringList(tree->outcomeIds())},
    });
}

CommandOutput walk(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> options{
        {QStringLiteral("answers"), tr("Choice ids, comma-separated, one per question; empty for the first question."),
         QStringLiteral("a,b,c")},
        {QStringLiteral("facts"), tr("Case facts as a flat JSON object, e.g. {\"tier\":\"gold\"}."), QStringLiteral("JSON")},
    };
    parser.addOptions(options);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Tree file."));
    // parse(), not process(): a usage error is an exit code for the caller, not an exit() from here.
    if (!parser.parse(QStringList{QStringLiteral("walk")} + arguments))
        return CommandOutput::usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return CommandOutput::usage(tr("tree walk needs exactly one tree FILE."));
    if (!parser.isSet(QStringLiteral("answers")))
        return CommandOutput::usage(tr("tree walk needs --answers (use --answers \"\" to see the first question)."));

    QJsonObject facts;
    if (parser.isSet(QStringLiteral("facts"))) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(parser.value(QStringLiteral("facts")).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return CommandOutput::invalid({}, Error{QStringLiteral("cli.invalid"),
                                                    tr("Malformed JSON at character %1: %2.")
                                                        .arg(parseError.offset + 1)
                                                        .arg(parseError.errorString()),
                                                    QStringLiteral("--facts")});
        }
        if (!document.isObject()) {
            return CommandOutput::invalid({}, Error{QStringLiteral("cli.invalid"),
                                                    tr("Expected a JSON object such as {\"tier\":\"gold\",\"delay_hours\":30}."),
                                                    QStringLiteral("--facts")});
        }
        facts = document.object();
    }

    QStringList answers;
    const QString answerText = parser.value(QStringLiteral("answers"));
    if (!answerText.trimmed().isEmpty()) {
        answers = answerText.split(u',');
        for (QString &answer : answers)
            answer = answer.trimmed();
    }

    const QString path = parser.positionalArguments().constFirst();
    const Result<DecisionTree> tree = loadTree(path);
    if (!tree)
        return CommandOutput::invalid(path, tree.error());
    const Result<TreeWalk> result = tree->walk(answers, facts);
    if (!result) {
        if (result.error().code == QLatin1String("walk.bad_fact")) {
            Error error = result.error();
            error.where = QStringLiteral("--facts");
            return CommandOutput::invalid({}, error);
        }
        return CommandOutput::invalid(path, result.error());
    }
    return CommandOutput::json(result->toJson());
}

} // namespace

CommandOutput TreeCommands::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    if (command == QLatin1String("check")) {
        if (arguments.size() != 2)
            return CommandOutput::usage(tr("Usage: redress-admin tree check FILE"));
        return check(arguments.at(1));
    }
    if (command == QLatin1String("walk"))
        return walk(arguments.mid(1));
    if (command.isEmpty())
        return CommandOutput::usage(tr("Usage: redress-admin tree check FILE\n"
                                       "       redress-admin tree walk FILE --answers a,b,c [--facts JSON]"));
    return CommandOutput::usage(tr("Unknown tree command \"%1\"; expected check or walk.").arg(command));
}

} // namespace redress::admin
