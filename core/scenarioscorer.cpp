#include "scenarioscorer.h"

#include "compensationrequest.h"
#include "policyengine.h"

#include <QJsonArray>

#include <algorithm>

namespace redress {
namespace {

QString kindList(const QList<CompensationKind> &kinds)
{
    QStringList ids;
    for (CompensationKind kind : kinds)
        ids.append(compensationKindId(kind));
    return ids.join(QLatin1String(", "));
}

} // namespace

const ScenarioScore::Criterion *ScenarioScore::criterion(QStringView id) const
{
    for (const Criterion &c : criteria) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QJsonObject ScenarioScore::toJson() const
{
    QJsonArray criteriaJson;
    for (const Criterion &c : criteria) {
        criteriaJson.append(QJsonObject{{QLatin1String("id"), c.id},
                                        {QLatin1String("points"), c.points},
                                        {QLatin1String("max"), c.maxPoints},
                                        {QLatin1String("passed"), c.passed},
                                        {QLatin1String("feedback"), QJsonArray::fromStringList(c.feedback)}});
    }
    QJsonArray stepsJson;
    for (const StepResult &s : steps) {
        QJsonObject step{{QLatin1String("question"), s.question},
                         {QLatin1String("expected"), s.expected},
                         {QLatin1String("correct"), s.correct},
                         {QLatin1String("feedback"), s.feedback}};
        if (!s.answered.isEmpty())
            step.insert(QLatin1String("answered"), s.answered);
        stepsJson.append(step);
    }
    QJsonObject json{{QLatin1String("scenario"), scenarioId},
                     {QLatin1String("total"), total},
                     {QLatin1String("max"), maxTotal},
                     {QLatin1String("pass_mark"), ScenarioScorer::kPassMark},
                     {QLatin1String("passed"), passed},
                     {QLatin1String("policy_breach"), policyBreach},
                     {QLatin1String("criteria"), criteriaJson},
                     {QLatin1String("steps"), stepsJson}};
    if (firstDivergence >= 0)
        json.insert(QLatin1String("first_divergence"), firstDivergence);
    return json;
}

TraineeRun ScenarioScorer::modelRun(const TrainingScenario &scenario, int seconds)
{
    TraineeRun run;
    run.answers = scenario.expectedAnswers();
    if (const auto &c = scenario.compensation()) {
        run.compensation = TraineeRun::Proposal{c->kinds.constFirst(), c->model};
        run.approvalRequested = c->approval.has_value();
    }
    run.templateId = scenario.templates().constFirst();
    run.rootCause = scenario.rootCause();
    run.role = scenario.role();
    run.seconds = seconds;
    return run;
}

Result<ScenarioScore> ScenarioScorer::score(const TrainingScenario &scenario, const PolicyEngine &engine, const TraineeRun &run)
{
    ScenarioScore score;
    score.scenarioId = scenario.id();

    // Path: the leading answers that match earn their share; the first divergence gets the step's feedback.
    {
        ScenarioScore::Criterion path{QStringLiteral("path"), 0, kPathPoints, false, {}};
        const QList<TrainingScenario::Step> &steps = scenario.steps();
        qsizetype matched = 0;
        while (matched < steps.size() && matched < run.answers.size() && run.answers.at(matched) == steps.at(matched).answer)
            ++matched;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const TrainingScenario::Step &step = steps.at(i);
            ScenarioScore::StepResult result{step.question, step.answer, run.answers.value(i), i < matched, {}};
            if (i < matched)
                result.feedback = tr("Right: %1").arg(step.why);
            else if (i == matched && i < run.answers.size())
                result.feedback = tr("You answered \"%1\"; the right answer is \"%2\". %3 %4")
                                      .arg(run.answers.at(i), step.answer, step.why, step.ifWrong);
            else if (i == matched)
                result.feedback = tr("You stopped before this question. %1").arg(step.why);
            else
                result.feedback = tr("Not reached on the expected path after the step %1.").arg(matched + 1);
            score.steps.append(result);
        }
        const qsizetype length = std::max(steps.size(), run.answers.size());
        path.points = int(kPathPoints * matched / length);
        path.passed = matched == steps.size() && run.answers.size() == steps.size();
        if (path.passed) {
            path.feedback.append(tr("You followed the recommended path to \"%1\".").arg(scenario.outcome()));
        } else if (matched < steps.size()) {
            score.firstDivergence = int(matched);
            path.feedback.append(tr("Step %1 (%2): %3").arg(matched + 1).arg(steps.at(matched).question, score.steps.at(matched).feedback));
        } else {
            score.firstDivergence = int(matched);
            path.feedback.append(tr("%n answer(s) past the outcome \"%1\": the walk ends there.", nullptr,
                                    int(run.answers.size() - steps.size()))
                                     .arg(scenario.outcome()));
        }
        score.criteria.append(path);
    }

    // Compensation: the answer key's range and kinds, and the policy for the role the trainee acts as.
    {
        ScenarioScore::Criterion comp{QStringLiteral("compensation"), 0, kCompensationPoints, false, {}};
        const std::optional<TrainingScenario::Compensation> &expected = scenario.compensation();
        std::optional<Verdict> verdict;
        if (run.compensation) {
            const TrainingScenario::Totals &totals = scenario.totals();
            CompensationRequest request;
            request.role = run.role;
            request.tier = scenario.customer().tier;
            request.category = scenario.caseData().category;
            request.kind = run.compensation->kind;
            request.amount = run.compensation->amount;
            request.region = scenario.customer().region;
            request.brand = scenario.caseData().brand;
            request.team = totals.team;
            request.facts = scenario.caseData().facts;
            request.customerReceivedInWindow = totals.customerReceivedInWindow;
            request.customerPayoutsInWindow = totals.customerPayoutsInWindow;
            request.actorGrantedToday = totals.actorGrantedToday;
            request.teamSpentThisPeriod = totals.teamSpentThisPeriod;
            Result<Verdict> judged = engine.evaluate(request);
            if (!judged)
                return judged.error();
            verdict = judged.value();
        }

        if (!expected) {
            if (!run.compensation) {
                comp.points = kCompensationPoints;
                comp.feedback.append(tr("Right: this case calls for an apology without money."));
            } else {
                comp.feedback.append(tr("This case calls for an apology without money; you offered %1 %2.")
                                         .arg(compensationKindId(run.compensation->kind), run.compensation->amount.toString()));
            }
        } else if (!run.compensation) {
            comp.feedback.append(tr("The customer is owed compensation: %1 between %2 and %3.")
                                     .arg(kindList(expected->kinds), expected->minimum.toString(), expected->maximum.toString()));
        } else {
            const TraineeRun::Proposal &proposal = *run.compensation;
            const bool kindOk = expected->kinds.contains(proposal.kind);
            const bool inRange = !(proposal.amount < expected->minimum) && !(expected->maximum < proposal.amount);
            if (!kindOk)
                comp.feedback.append(tr("%1 does not fit this case; offer %2.").arg(compensationKindLabel(proposal.kind), kindList(expected->kinds)));
            if (!inRange) {
                comp.feedback.append(tr("%1 is outside the acceptable range %2–%3.")
                                         .arg(proposal.amount.toString(), expected->minimum.toString(), expected->maximum.toString()));
                if (expected->approval && proposal.amount < expected->minimum)
                    comp.feedback.append(tr("When the right amount is over your limit, request approval; do not cut the amount to stay under it."));
            }
            bool policyOk = true;
            bool needless = false;
            switch (verdict->decision) {
            case Verdict::Decision::Deny:
                policyOk = false;
                score.policyBreach = true;
                comp.feedback.append(tr("Policy breach: %1").arg(verdict->reasons.value(0)));
                break;
            case Verdict::Decision::Approval:
                if (run.approvalRequested) {
                    comp.feedback.append(tr("Right to request approval: %1").arg(verdict->reasons.value(0)));
                } else {
                    policyOk = false;
                    score.policyBreach = true;
                    comp.feedback.append(tr("Policy breach: you granted it, but it needed %1 approval (%2). Request approval instead.")
                                             .arg(roleLabel(verdict->approver.value_or(Role::Lead)), verdict->reasons.value(0)));
                }
                break;
            case Verdict::Decision::Allow:
                if (run.approvalRequested) {
                    needless = true;
                    comp.feedback.append(tr("No approval was needed: %1 is within your limit of %2; grant it yourself.")
                                             .arg(proposal.amount.toString(), verdict->limit.toString()));
                }
                break;
            }
            if (kindOk && inRange && policyOk) {
                comp.points = needless ? kNeedlessApprovalPoints : kCompensationPoints;
                if (!needless)
                    comp.feedback.prepend(tr("Right: %1 %2 is within the acceptable range and your limits.")
                                              .arg(compensationKindLabel(proposal.kind), proposal.amount.toString()));
            }
        }
        if (!expected && run.compensation && verdict && verdict->decision == Verdict::Decision::Deny) {
            score.policyBreach = true;
            comp.feedback.append(tr("Policy breach: %1").arg(verdict->reasons.value(0)));
        }
        comp.passed = comp.points == comp.maxPoints;
        score.criteria.append(comp);
    }

    // Template.
    {
        ScenarioScore::Criterion t{QStringLiteral("template"), 0, kTemplatePoints, false, {}};
        if (scenario.templates().contains(run.templateId)) {
            t.points = kTemplatePoints;
            t.feedback.append(tr("Right template: \"%1\".").arg(run.templateId));
        } else if (run.templateId.isEmpty()) {
            t.feedback.append(tr("No message was sent; the customer expected \"%1\".").arg(scenario.templates().constFirst()));
        } else {
            t.feedback.append(tr("\"%1\" is not the message for this case; send \"%2\".").arg(run.templateId, scenario.templates().constFirst()));
        }
        t.passed = t.points == t.maxPoints;
        score.criteria.append(t);
    }

    // Root cause.
    {
        ScenarioScore::Criterion r{QStringLiteral("root_cause"), 0, kRootCausePoints, false, {}};
        if (run.rootCause == scenario.rootCause()) {
            r.points = kRootCausePoints;
            r.feedback.append(tr("Right root cause: \"%1\".").arg(run.rootCause));
        } else if (run.rootCause.isEmpty()) {
            r.feedback.append(tr("No root cause was given; it is \"%1\": analysts count failures by it.")
                                  .arg(scenario.rootCause()));
        } else {
            r.feedback.append(tr("The root cause is \"%1\", not \"%2\": analysts count failures by it.")
                                  .arg(scenario.rootCause(), run.rootCause));
        }
        r.passed = r.points == r.maxPoints;
        score.criteria.append(r);
    }

    // Time.
    {
        ScenarioScore::Criterion t{QStringLiteral("time"), 0, kTimePoints, false, {}};
        const qint64 target = scenario.targetSeconds();
        const qint64 seconds = std::max(0, run.seconds);
        if (seconds <= target) {
            t.points = kTimePoints;
            t.feedback.append(tr("%1 s, within the target of %2 s.").arg(seconds).arg(target));
        } else if (seconds <= 2 * target) {
            t.points = kSlowTimePoints;
            t.feedback.append(tr("%1 s, over the target of %2 s.").arg(seconds).arg(target));
        } else {
            t.feedback.append(tr("%1 s, more than twice the target of %2 s.").arg(seconds).arg(target));
        }
        t.passed = t.points == t.maxPoints;
        score.criteria.append(t);
    }

    for (const ScenarioScore::Criterion &c : std::as_const(score.criteria)) {
        score.total += c.points;
        score.maxTotal += c.maxPoints;
    }
    score.passed = score.total >= kPassMark && !score.policyBreach;
    return score;
}

} // namespace redress
