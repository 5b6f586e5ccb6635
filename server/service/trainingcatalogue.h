#pragma once

#include "result.h"
#include "trainingscenario.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace redress {

class DocumentCache;
class DocumentStore;

/// The training scenarios a sandbox server offers: every `*.json` of the scenario folder, parsed and checked
/// against the tree, policy and templates the database has in force (on a fresh sandbox, the seed's), so a
/// scenario can never teach a path the server would refuse or score a run against a policy that is not there.
/// Loaded once at start: the first invalid scenario stops the server, with the file and JSON pointer.
class TrainingCatalogue
{
public:
    static Result<TrainingCatalogue> load(const QString &directory, DocumentStore &documents, DocumentCache &cache);

    /// Sorted by title.
    const std::vector<TrainingScenario> &scenarios() const { return m_scenarios; }
    const TrainingScenario *find(const QString &id) const;

    /// What a trainee may see before the run: never the answer key (steps, outcome, compensation, templates,
    /// root cause, debrief).
    static QJsonObject summaryJson(const TrainingScenario &scenario);

private:
    TrainingCatalogue() = default;

    std::vector<TrainingScenario> m_scenarios;
};

} // namespace redress
