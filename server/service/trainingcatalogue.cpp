#include "trainingcatalogue.h"

#include "documentcache.h"
#include "documentstore.h"
#include "jsondocumentparser.h"
#include "tier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrainingCatalogue", text);
}

} // namespace

Result<TrainingCatalogue> TrainingCatalogue::load(const QString &directory, DocumentStore &documents, DocumentCache &cache)
{
    const QDir dir(directory);
    if (directory.isEmpty() || !dir.exists()) {
        return Error{QStringLiteral("training.no_scenarios"),
                     tr("The training scenario folder does not exist."), QDir::toNativeSeparators(directory)};
    }
    Result<std::shared_ptr<const PolicyEngine>> engine = cache.policyEngine();
    if (!engine)
        return engine.error();
    Result<QList<DocumentStore::Document>> templates = documents.active(DocumentStore::Kind::Template);
    if (!templates)
        return templates.error();
    QStringList templateIds;
    for (const DocumentStore::Document &document : templates.value())
        templateIds.append(document.id);

    TrainingCatalogue catalogue;
    QHash<QString, QString> files; // id → file, to name both of a duplicate
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{QStringLiteral("file.unreadable"), tr("Cannot read the scenario: %1.").arg(file.errorString()),
                         QDir::toNativeSeparators(path)};
        }
        // One byte past the limit, so the parser refuses an oversized file instead of reading a cut-off one.
        Result<TrainingScenario> scenario = TrainingScenario::parse(file.read(JsonDocumentParser::kMaxDocumentBytes + 1));
        if (!scenario)
            return scenario.error().inFile(path);
        if (files.contains(scenario->id())) {
            return Error{QStringLiteral("training.duplicate_id"),
                         tr("Scenario \"%1\" is also in %2.").arg(scenario->id(), files.value(scenario->id())),
                         QStringLiteral("/id")}
                .inFile(path);
        }
        Result<std::shared_ptr<const DecisionTree>> tree = cache.tree(scenario->treeId());
        if (!tree) {
            return Error{tree.error().code, tr("No tree \"%1\" is published on this server.").arg(scenario->treeId()),
                         QStringLiteral("/expected/tree")}
                .inFile(path);
        }
        if (Result<void> checked = scenario->checkAgainst(*tree.value(), engine.value()->policy(), templateIds); !checked)
            return checked.error().inFile(path);
        files.insert(scenario->id(), name);
        catalogue.m_scenarios.push_back(std::move(scenario).value());
    }
    std::stable_sort(catalogue.m_scenarios.begin(), catalogue.m_scenarios.end(),
                     [](const TrainingScenario &a, const TrainingScenario &b) {
                         return a.title().compare(b.title(), Qt::CaseInsensitive) < 0;
                     });
    return catalogue;
}

const TrainingScenario *TrainingCatalogue::find(const QString &id) const
{
    for (const TrainingScenario &scenario : m_scenarios) {
        if (scenario.id() == id)
            return &scenario;
    }
    return nullptr;
}

QJsonObject TrainingCatalogue::summaryJson(const TrainingScenario &scenario)
{
    const TrainingScenario::Case &data = scenario.caseData();
    return QJsonObject{{QStringLiteral("id"), scenario.id()},
                       {QStringLiteral("version"), scenario.version()},
                       {QStringLiteral("title"), scenario.title()},
                       {QStringLiteral("line"), scenario.line()},
                       {QStringLiteral("difficulty"), scenario.difficulty()},
                       {QStringLiteral("briefing"), scenario.briefing()},
                       {QStringLiteral("target_seconds"), scenario.targetSeconds()},
                       {QStringLiteral("category"), data.category},
                       {QStringLiteral("channel"), data.channel},
                       {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), scenario.customer().name},
                                                                {QStringLiteral("tier"), tierId(scenario.customer().tier)}}}};
}

} // namespace redress
