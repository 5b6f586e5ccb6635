#include "treecommands.h"

#include "commandline.h"
#include "decisiontree.h"
#include "documentfile.h"
#include "publishcommand.h"

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

QString usageLines()
{
    return tr("Usage: redress-admin tree check FILE\n"
              "       redress-admin tree walk FILE --answers a,b,c [--facts JSON]\n"
              "       redress-admin tree publish FILE --db URL\n"
              "Run \"redress-admin tree COMMAND --help\" for a command's options.\n");
}

CommandOutput check(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("tree check"), tr("Validates a decision tree and prints its outline."),
                            tr("Tree file."), {}, usageLines());
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    const QString path = commandLine.file();
    const Result<DecisionTree> tree = DocumentFile::load<DecisionTree>(path);
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
    const QList<QCommandLineOption> options{
        {QStringLiteral("answers"), tr("Choice ids, comma-separated, one per question; empty for the first question."),
         QStringLiteral("a,b,c")},
        {QStringLiteral("facts"), tr("Case facts as a flat JSON object, e.g. {\"tier\":\"gold\"}."), QStringLiteral("JSON")},
    };
    CommandLine commandLine(QStringLiteral("tree walk"),
                            tr("Walks a decision tree with the given answers: the path so far and the next question, "
                               "or the recommended recovery."),
                            tr("Tree file."), options, usageLines());
    commandLine.setRequired({QStringLiteral("answers")});
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    const QString path = commandLine.file();

    QJsonObject facts;
    if (commandLine.isSet(QStringLiteral("facts"))) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(commandLine.value(QStringLiteral("facts")).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return CommandOutput::invalid(path, Error{QStringLiteral("cli.invalid"),
                                                      tr("Malformed JSON at character %1: %2.")
                                                          .arg(parseError.offset + 1)
                                                          .arg(parseError.errorString()),
                                                      QStringLiteral("--facts")});
        }
        if (!document.isObject()) {
            return CommandOutput::invalid(path, Error{QStringLiteral("cli.invalid"),
                                                      tr("Expected a JSON object such as {\"tier\":\"gold\",\"delay_hours\":30}."),
                                                      QStringLiteral("--facts")});
        }
        facts = document.object();
    }

    QStringList answers;
    const QString answerText = commandLine.value(QStringLiteral("answers"));
    if (!answerText.trimmed().isEmpty()) {
        answers = answerText.split(u',');
        for (QString &answer : answers)
            answer = answer.trimmed();
    }

    const Result<DecisionTree> tree = DocumentFile::load<DecisionTree>(path);
    if (!tree)
        return CommandOutput::invalid(path, tree.error());
    const Result<TreeWalk> result = tree->walk(answers, facts);
    if (!result) {
        if (result.error().code == QLatin1String("walk.bad_fact")) {
            Error error = result.error();
            error.where = QStringLiteral("--facts");
            return CommandOutput::invalid(path, error);
        }
        return CommandOutput::invalid(path, result.error());
    }
    return CommandOutput::json(result->toJson());
}

CommandOutput publish(const QStringList &arguments)
{
    return PublishCommand::run(DocumentStore::Kind::Tree, arguments, usageLines());
}

} // namespace

CommandOutput TreeCommands::run(const QStringList &arguments)
{
    return CommandLine::dispatch(QStringLiteral("tree"), arguments,
                                 {{"check", &check}, {"walk", &walk}, {"publish", &publish}}, usageLines());
}

} // namespace redress::admin
