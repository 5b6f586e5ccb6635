#pragma once

#include <QCoreApplication>

#include "compensationkind.h"
#include "money.h"
#include "result.h"
#include "role.h"
#include "trainingscenario.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace redress {

class PolicyEngine;

/// What a trainee did in one run of a scenario. Back-steps are not modelled: `answers` is the path the trainee
/// ended with, as a walk records it (going back is walking again with fewer answers).
struct TraineeRun
{
    struct Proposal
    {
        CompensationKind kind = CompensationKind::Voucher;
        Money amount;
    };

    QStringList answers;
    std::optional<Proposal> compensation; ///< none: the trainee offered an apology alone
    bool approvalRequested = false;       ///< the compensation was sent for approval rather than granted
    QString templateId;
    QString rootCause;
    Role role = Role::Agent;
    int seconds = 0; ///< measured by the caller: the scorer has no clock
};

/// The scored run: points per criterion with feedback a trainee can act on.
struct ScenarioScore
{
    struct Criterion
    {
        QString id; ///< "path", "compensation", "template", "root_cause", "time"
        int points = 0;
        int maxPoints = 0;
        bool passed = false; ///< full points
        QStringList feedback;
    };

    struct StepResult
    {
        QString question;
        QString expected;
        QString answered; ///< empty when the run stopped before this question
        bool correct = false;
        QString feedback;
    };

    QString scenarioId;
    QList<Criterion> criteria;
    QList<StepResult> steps;
    int firstDivergence = -1; ///< index of the first wrong or missing answer, -1 when the path matched
    bool policyBreach = false; ///< a grant the policy would deny, or over the limit without an approval request
    int total = 0;
    int maxTotal = 0;
    bool passed = false;

    const Criterion *criterion(QStringView id) const;
    QJsonObject toJson() const;
};

/// Scores a trainee's run against a scenario's answer key and the compensation policy. Deterministic.
///
/// Weights (out of 100): path 40, compensation 30, template 15, root cause 5, time 10. A run passes with 75 points
/// and no policy breach: a grant the trainee was not allowed to make fails the run whatever else went right.
class ScenarioScorer
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioScorer)

public:
    static constexpr int kPathPoints = 40;
    static constexpr int kCompensationPoints = 30;
    /// Right kind and amount, but sent for approval when it was within the trainee's limit: slower for the
    /// customer and work for a lead, not a breach.
    static constexpr int kNeedlessApprovalPoints = 20;
    static constexpr int kTemplatePoints = 15;
    static constexpr int kRootCausePoints = 5;
    static constexpr int kTimePoints = 10;
    /// Over the target but within twice it.
    static constexpr int kSlowTimePoints = 5;
    static constexpr int kPassMark = 75;

    /// An Error only when the policy cannot judge the proposal at all (an unknown category, another currency).
    static Result<ScenarioScore> score(const TrainingScenario &scenario, const PolicyEngine &engine, const TraineeRun &run);

    /// The run the answer key describes, taking `seconds`: the steps' answers, the first acceptable kind at the
    /// model amount (sent for approval when the scenario says it needs it), the first template, the root cause.
    static TraineeRun modelRun(const TrainingScenario &scenario, int seconds);
};

} // namespace redress
