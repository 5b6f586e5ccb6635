#include "trainingrun.h"

#include "jsonobjectreader.h"

#include <QJsonArray>

namespace redress {
namespace {

/// ISO 8601 UTC, e.g. "2026-11-23T09:14:02Z"; an error at the member otherwise.
QDateTime readTime(JsonObjectReader &reader, QStringView key, bool required)
{
    const QString text = required ? reader.requiredString(key) : reader.optionalString(key);
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        reader.fail(key, QStringLiteral("json.type"),
                    QCoreApplication::translate("redress::TrainingRun", "A time such as 2026-11-23T09:14:02Z is expected."));
    }
    return time.toUTC();
}

TrainingRun::Score readScore(JsonObjectReader score)
{
    TrainingRun::Score result;
    result.total = int(score.requiredInteger(u"total", 0, 1000));
    result.maxTotal = int(score.requiredInteger(u"max", 1, 1000));
    result.passMark = int(score.optionalInteger(u"pass_mark", 0, 1000).value_or(0));
    result.passed = score.optionalBool(u"passed", false);
    result.policyBreach = score.optionalBool(u"policy_breach", false);
    result.firstDivergence = int(score.optionalInteger(u"first_divergence", 0, 1000).value_or(-1));
    result.debrief = score.optionalString(u"debrief");
    const QString criteriaKey = QStringLiteral("criteria");
    const QJsonArray criteria = score.requiredArray(criteriaKey);
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        JsonObjectReader item = score.arrayObject(criteria, criteriaKey, i);
        TrainingRun::Criterion criterion;
        criterion.id = item.requiredString(u"id");
        criterion.points = int(item.requiredInteger(u"points", 0, 1000));
        criterion.maxPoints = int(item.requiredInteger(u"max", 0, 1000));
        criterion.passed = item.optionalBool(u"passed", false);
        criterion.feedback = item.optionalStringList(u"feedback");
        result.criteria.append(criterion);
    }
    const QString stepsKey = QStringLiteral("steps");
    const QJsonArray steps = score.optionalArray(stepsKey);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        JsonObjectReader item = score.arrayObject(steps, stepsKey, i);
        TrainingRun::Step step;
        step.question = item.requiredString(u"question");
        step.expected = item.requiredString(u"expected");
        step.answered = item.optionalString(u"answered");
        step.correct = item.optionalBool(u"correct", false);
        step.feedback = item.optionalString(u"feedback");
        result.steps.append(step);
    }
    return result;
}

TrainingRun readRun(JsonObjectReader &run)
{
    TrainingRun result;
    result.id = run.requiredString(u"id");
    result.scenarioId = run.requiredString(u"scenario_id");
    result.scenarioTitle = run.optionalString(u"scenario_title", result.scenarioId);
    JsonObjectReader trainee = run.object(QStringLiteral("trainee"), true);
    result.traineeId = trainee.requiredString(u"user_id");
    result.traineeUsername = trainee.optionalString(u"username");
    result.traineeName = trainee.optionalString(u"display_name", result.traineeUsername);
    result.caseId = run.requiredString(u"case_id");
    result.customerId = run.optionalString(u"customer_id");
    result.startedAt = readTime(run, u"started_at", true);
    result.finishedAt = readTime(run, u"finished_at", false);
    if (std::optional<qint64> seconds = run.optionalInteger(u"seconds", 0, 366LL * 24 * 3600))
        result.seconds = int(*seconds);
    if (run.json().value(QLatin1String("score")).isObject())
        result.score = readScore(run.object(QStringLiteral("score"), true));
    return result;
}

} // namespace

Result<TrainingRun> TrainingRun::fromJson(const QJsonObject &json)
{
    JsonObjectReader reader(json);
    TrainingRun run = readRun(reader);
    if (reader.failed())
        return *reader.error();
    return run;
}

Result<QList<TrainingRun>> TrainingRun::listFromJson(const QJsonObject &json)
{
    JsonObjectReader reader(json);
    const QString key = QStringLiteral("runs");
    const QJsonArray runs = reader.requiredArray(key);
    QList<TrainingRun> result;
    result.reserve(runs.size());
    for (qsizetype i = 0; i < runs.size() && !reader.failed(); ++i) {
        JsonObjectReader item = reader.arrayObject(runs, key, i);
        result.append(readRun(item));
    }
    if (reader.failed())
        return *reader.error();
    return result;
}

} // namespace redress
