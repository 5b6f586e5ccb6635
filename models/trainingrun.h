#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace redress {

/// One trainee's run of a sandbox scenario as the sandbox server keeps it (docs/openapi.yaml, TrainingRun): the
/// case it made, when it started and finished, and — once finished — the score the server computed from what was
/// recorded on the case.
struct TrainingRun
{
    struct Criterion
    {
        QString id; ///< "path", "compensation", "template", "root_cause", "time"
        int points = 0;
        int maxPoints = 0;
        bool passed = false;
        QStringList feedback;
    };

    struct Step
    {
        QString question;
        QString expected;
        QString answered; ///< empty when the walk stopped before this question
        bool correct = false;
        QString feedback;
    };

    struct Score
    {
        int total = 0;
        int maxTotal = 0;
        int passMark = 0;
        bool passed = false;
        bool policyBreach = false;
        int firstDivergence = -1;
        QList<Criterion> criteria;
        QList<Step> steps;
        QString debrief;
    };

    QString id;
    QString scenarioId;
    QString scenarioTitle;
    QString traineeId;
    QString traineeUsername;
    QString traineeName;
    QString caseId;
    QString customerId;
    QDateTime startedAt;
    QDateTime finishedAt; ///< invalid while the run is open
    std::optional<int> seconds;
    std::optional<Score> score;

    bool isFinished() const { return finishedAt.isValid(); }

    /// Reads one Run object; a missing or mistyped member is an error naming its JSON pointer.
    static Result<TrainingRun> fromJson(const QJsonObject &json);
    /// Reads `{"runs": [...]}`.
    static Result<QList<TrainingRun>> listFromJson(const QJsonObject &json);
};

} // namespace redress

Q_DECLARE_METATYPE(redress::TrainingRun)
