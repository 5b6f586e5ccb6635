#include "trainingruns.h"

#include "caserecords.h"
#include "database.h"
#include "documentcache.h"
#include "policyengine.h"
#include "reportsummary.h"
#include "sandboxmark.h"
#include "scenarioscorer.h"
#include "spendtotals.h"
#include "tier.h"
#include "trainingcatalogue.h"
#include "trainingscenario.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace redress {
namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

/// Who wrote the rows a scenario sets up (the customer's history, the customer's notes): not the trainee.
const QString kSetUpActor = QStringLiteral("training");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue isoTime(const QVariant &ms)
{
    if (ms.isNull())
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}

/// "Angela Ruiz" → "angela.ruiz@example.com": a reserved domain, so a sandbox message can never reach a person.
QString trainingEmail(const QString &name)
{
    QString local;
    for (QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            local.append(c.toLower());
        else if (c.isSpace() && !local.endsWith(QLatin1Char('.')) && !local.isEmpty())
            local.append(QLatin1Char('.'));
    }
    if (local.isEmpty())
        local = QStringLiteral("customer");
    return local + QLatin1String("@example.com");
}

Principal setUpPrincipal(const Principal &caller)
{
    Principal principal;
    principal.user.id = kSetUpActor;
    principal.user.username = kSetUpActor;
    principal.user.displayName = QCoreApplication::translate("TrainingRuns", "Training scenario");
    principal.user.role = caller.user.role;
    principal.user.team = caller.user.team;
    principal.user.vendor = caller.user.vendor;
    principal.deviceId = QStringLiteral("server");
    return principal;
}

/// The answers of the walk a case records (CaseRecords' tree_walk), in order.
QStringList walkAnswers(const QString &treePath)
{
    QStringList answers;
    const QJsonArray path = QJsonDocument::fromJson(treePath.toUtf8()).object().value(QLatin1String("path")).toArray();
    for (const QJsonValue &step : path) {
        const QString answer = step.toObject().value(QLatin1String("answer")).toString();
        if (!answer.isEmpty())
            answers.append(answer);
    }
    return answers;
}

} // namespace

bool TrainingRuns::oversees(Role role)
{
    return role == Role::Trainer || role == Role::Admin;
}

Result<QJsonObject> TrainingRuns::start(const Principal &caller, const QString &scenarioId)
{
    const TrainingScenario *scenario = m_catalogue.find(scenarioId);
    if (!scenario) {
        return Error{QStringLiteral("training.scenario_not_found"),
                     tr("No training scenario \"%1\".").arg(scenarioId.left(64)), {}};
    }
    if (caller.user.role != scenario->role() && !oversees(caller.user.role)) {
        return Error{QStringLiteral("forbidden"),
                     tr("This scenario is for the %1 role; you sign in as %2.")
                         .arg(roleLabel(scenario->role()), roleLabel(caller.user.role)),
                     {}};
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    WriteTransaction transaction(m_database, m_auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    // The run's rows are in the trainee's own scope: the normal change feed and reads bring them to the trainee.
    MutationContext context{transaction, m_database, caller, AccessScope::of(caller.user), now};

    const TrainingScenario::Customer &person = scenario->customer();
    const QString customerId = newId();
    const qint64 since = now - qint64(person.customerSinceDays.value_or(0)) * kDayMs;
    const Money lifetime = person.lifetimeValue.value_or(Money(0, scenario->currency()));
    const QString email = trainingEmail(person.name);
    const QString searchText = QStringList{person.name, email, customerId}.join(QLatin1Char(' ')).toLower();
    Result<QSqlQuery *> customer = m_database.exec(
        QStringLiteral("INSERT INTO customers (id, name, email, phone, tier, locale, region, team, vendor, search_text, "
                       "lifetime_value_minor, lifetime_value_currency, customer_since, created_at, updated_at) "
                       "VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QVariantList{customerId, person.name, email, tierId(person.tier), person.locale, person.region, caller.user.team,
                     caller.user.vendor, searchText, lifetime.minor(), lifetime.currency().code(), since, since, now});
    if (!customer)
        return customer.error();
    // The same shape as CaseQueries' and the demo's customers, so a client caches one form.
    const QJsonObject customerJson{{QStringLiteral("id"), customerId},
                                   {QStringLiteral("name"), person.name},
                                   {QStringLiteral("email"), email},
                                   {QStringLiteral("phone"), QString()},
                                   {QStringLiteral("tier"), tierId(person.tier)},
                                   {QStringLiteral("locale"), person.locale},
                                   {QStringLiteral("region"), person.region},
                                   {QStringLiteral("team"), caller.user.team},
                                   {QStringLiteral("vendor"), caller.user.vendor},
                                   {QStringLiteral("lifetime_value"), lifetime.toJson()},
                                   {QStringLiteral("customer_since"), since},
                                   {QStringLiteral("created_at"), since},
                                   {QStringLiteral("updated_at"), now}};
    if (Result<qint64> changed = transaction.change(QStringLiteral("customer"), customerId, QStringLiteral("upsert"),
                                                    customerJson, caller.user.team, caller.user.vendor);
        !changed) {
        return changed.error();
    }
    if (Result<void> history = addHistory(transaction, *scenario, caller, customerId, now); !history)
        return history.error();

    const TrainingScenario::Case &data = scenario->caseData();
    CaseRecord record;
    record.id = newId();
    record.customerId = customerId;
    record.team = caller.user.team;
    record.vendor = caller.user.vendor;
    record.category = data.category;
    record.brand = data.brand;
    record.region = person.region;
    record.channel = data.channel;
    record.title = data.title;
    record.status = QStringLiteral("open");
    // The facts the scenario's tree and the policy's exclusions read, as its answer key was checked with; the tier
    // is the customer's, which the tree walk adds itself.
    record.facts = scenario->walkFacts();
    record.facts.remove(QStringLiteral("tier"));
    record.assigneeId = caller.user.id;
    record.openedBy = caller.user.id;
    record.openedAt = now;
    record.updatedAt = now;
    if (Result<void> inserted = CaseRecords::insert(context, record); !inserted)
        return inserted.error();
    if (Result<void> event = CaseRecords::addEvent(context, record, QStringLiteral("case.opened"),
                                                   QJsonObject{{QStringLiteral("title"), record.title},
                                                               {QStringLiteral("category"), record.category}});
        !event) {
        return event.error();
    }
    if (!person.notes.isEmpty()) {
        const Principal setUp = setUpPrincipal(caller);
        MutationContext setUpContext{transaction, m_database, setUp, AccessScope::everything(), now};
        if (Result<void> note = CaseRecords::addEvent(setUpContext, record, QStringLiteral("note"),
                                                      QJsonObject{{QStringLiteral("text"), person.notes}});
            !note) {
            return note.error();
        }
    }
    if (Result<void> audited = transaction.audit(caller.user.username, caller.deviceId, QStringLiteral("case.open"),
                                                 QStringLiteral("case"), record.id, {}, record.toJson());
        !audited) {
        return audited.error();
    }

    const QString runId = newId();
    Result<QSqlQuery *> run = m_database.exec(
        QStringLiteral("INSERT INTO training_runs (id, scenario_id, scenario_version, scenario_title, trainee_id, case_id, "
                       "customer_id, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {runId, scenario->id(), scenario->version(), scenario->title(), caller.user.id, record.id, customerId, now});
    if (!run)
        return run.error();
    if (Result<void> audited = transaction.audit(
            caller.user.username, caller.deviceId, QStringLiteral("training.start"), QStringLiteral("training_run"), runId,
            {},
            QJsonObject{{QStringLiteral("scenario_id"), scenario->id()},
                        {QStringLiteral("scenario_version"), scenario->version()},
                        {QStringLiteral("case_id"), record.id},
                        {QStringLiteral("customer_id"), customerId}});
        !audited) {
        return audited.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return runJson(runId);
}

Result<void> TrainingRuns::addHistory(WriteTransaction &transaction, const TrainingScenario &scenario,
                                      const Principal &caller, const QString &customerId, qint64 now)
{
    // The policy reads what this customer received in its window from the compensations on record, so the earlier
    // payouts the scenario names are put on record: one earlier case per payout, each paid and resolved, inside
    // the window. Without payouts but with an amount, one payout carries it; an amount of zero needs no history.
    const TrainingScenario::Totals &totals = scenario.totals();
    const qint64 amount = totals.customerReceivedInWindow.minor();
    if (amount <= 0)
        return {};
    const int payouts = std::clamp(totals.customerPayoutsInWindow, 1, 20);
    const Principal setUp = setUpPrincipal(caller);
    const QJsonObject verdict{
        {QStringLiteral("decision"), QStringLiteral("allow")},
        {QStringLiteral("reasons"), QJsonArray{tr("Training scenario history: paid before the scenario starts.")}}};
    const TrainingScenario::Case &data = scenario.caseData();
    for (int i = 0; i < payouts; ++i) {
        // Spread over the last 80 days, oldest first, so "in the last 90 days" holds for any window of 90 days.
        const qint64 openedAt = now - qint64(payouts == 1 ? 30 : 80 - (70 * i) / (payouts - 1)) * kDayMs;
        const qint64 paidAt = openedAt + 30 * kMinuteMs;
        const qint64 resolvedAt = openedAt + 60 * kMinuteMs;
        const qint64 share = amount / payouts + (i == 0 ? amount % payouts : 0);
        MutationContext opened{transaction, m_database, setUp, AccessScope::everything(), openedAt};
        CaseRecord earlier;
        earlier.id = newId();
        earlier.customerId = customerId;
        earlier.team = caller.user.team;
        earlier.vendor = caller.user.vendor;
        earlier.category = data.category;
        earlier.brand = data.brand;
        earlier.region = scenario.customer().region;
        earlier.channel = data.channel;
        earlier.title = tr("Earlier contact: %1").arg(data.title);
        earlier.status = QStringLiteral("open");
        earlier.openedBy = kSetUpActor;
        earlier.openedAt = openedAt;
        earlier.updatedAt = openedAt;
        if (Result<void> inserted = CaseRecords::insert(opened, earlier); !inserted)
            return inserted.error();
        if (Result<void> event = CaseRecords::addEvent(opened, earlier, QStringLiteral("case.opened"),
                                                       QJsonObject{{QStringLiteral("title"), earlier.title},
                                                                   {QStringLiteral("category"), earlier.category}});
            !event) {
            return event.error();
        }

        const QString compensationId = newId();
        const QString kind = QStringLiteral("voucher");
        const QJsonObject compensation{{QStringLiteral("id"), compensationId},
                                       {QStringLiteral("case_id"), earlier.id},
                                       {QStringLiteral("customer_id"), customerId},
                                       {QStringLiteral("actor_id"), kSetUpActor},
                                       {QStringLiteral("kind"), kind},
                                       {QStringLiteral("amount"), Money(share, scenario.currency()).toJson()},
                                       {QStringLiteral("state"), QStringLiteral("applied")},
                                       {QStringLiteral("reason"), QString()},
                                       {QStringLiteral("verdict"), verdict},
                                       {QStringLiteral("approval_id"), QString()},
                                       {QStringLiteral("created_at"), paidAt}};
        Result<QSqlQuery *> added = m_database.exec(
            QStringLiteral("INSERT INTO compensations (id, case_id, customer_id, actor_id, team, vendor, kind, amount_minor, "
                           "currency, state, reason, verdict, approval_id, created_at, decided_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'applied', '', ?, '', ?, ?)"),
            QVariantList{compensationId, earlier.id, customerId, kSetUpActor, earlier.team, earlier.vendor, kind, share,
                         scenario.currency().code(), compact(verdict), paidAt, paidAt});
        if (!added)
            return added.error();
        // Counted for the customer only in effect: the set-up actor grants nothing else, and the team's budget is
        // counted by the same buckets the live policy reads.
        if (Result<void> counted = SpendTotals::add(m_database,
                                                    SpendTotals::Compensation{customerId, kSetUpActor, earlier.team,
                                                                              scenario.currency().code(), share, paidAt},
                                                    SpendTotals::State::Applied, +1);
            !counted) {
            return counted.error();
        }
        if (Result<qint64> changed = transaction.change(QStringLiteral("compensation"), compensationId,
                                                        QStringLiteral("upsert"), compensation, earlier.team, earlier.vendor);
            !changed) {
            return changed.error();
        }
        MutationContext paid{transaction, m_database, setUp, AccessScope::everything(), paidAt};
        if (Result<void> event = CaseRecords::addEvent(paid, earlier, QStringLiteral("compensation.applied"), compensation);
            !event) {
            return event.error();
        }
        // Resolved without a root cause: one would give away the answer the trainee is asked for.
        MutationContext resolved{transaction, m_database, setUp, AccessScope::everything(), resolvedAt};
        earlier.status = QStringLiteral("resolved");
        earlier.resolvedAt = resolvedAt;
        if (Result<void> saved = CaseRecords::save(resolved, earlier); !saved)
            return saved.error();
        if (Result<void> event = CaseRecords::addEvent(resolved, earlier, QStringLiteral("case.resolved"),
                                                       QJsonObject{{QStringLiteral("root_cause"), QString()}});
            !event) {
            return event.error();
        }
    }
    return {};
}

Result<QJsonObject> TrainingRuns::finish(const Principal &caller, const QString &runId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    WriteTransaction transaction(m_database, m_auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    Result<QSqlQuery *> found = m_database.exec(
        QStringLiteral("SELECT scenario_id, trainee_id, case_id, started_at, finished_at FROM training_runs WHERE id = ?")
            + m_database.forUpdate(),
        {runId});
    if (!found)
        return found.error();
    QSqlQuery &row = *found.value();
    if (!row.next()) {
        row.finish();
        return Error{QStringLiteral("training.run_not_found"), tr("No training run %1.").arg(runId.left(64)), {}};
    }
    const QString scenarioId = row.value(0).toString();
    const QString traineeId = row.value(1).toString();
    const QString caseId = row.value(2).toString();
    const qint64 startedAt = row.value(3).toLongLong();
    const bool finished = !row.value(4).isNull();
    row.finish();
    if (traineeId != caller.user.id)
        return Error{QStringLiteral("forbidden"), tr("Only the trainee who started a run may finish it."), {}};
    if (finished)
        return Error{QStringLiteral("training.finished"), tr("This run is already finished and scored."), {}};
    const TrainingScenario *scenario = m_catalogue.find(scenarioId);
    if (!scenario) {
        return Error{QStringLiteral("training.scenario_not_found"),
                     tr("Scenario \"%1\" is no longer offered by this server.").arg(scenarioId), {}};
    }

    // What the case records, not what the client says: the walk, the latest proposal, the latest message sent and
    // the resolution.
    TraineeRun run;
    run.role = caller.user.role;
    run.seconds = int(std::clamp<qint64>((now - startedAt) / 1000, 0, 365 * 24 * 3600));
    Result<QSqlQuery *> caseRow = m_database.exec(
        QStringLiteral("SELECT tree_path, status, root_cause FROM cases WHERE id = ?"), {caseId});
    if (!caseRow)
        return caseRow.error();
    if (caseRow.value()->next()) {
        run.answers = walkAnswers(caseRow.value()->value(0).toString());
        if (caseRow.value()->value(1).toString() == QLatin1String("resolved"))
            run.rootCause = caseRow.value()->value(2).toString();
    }
    caseRow.value()->finish();

    Result<QSqlQuery *> proposal = m_database.exec(
        QStringLiteral("SELECT kind, amount_minor, currency, approval_id FROM compensations "
                       "WHERE case_id = ? AND state <> 'withdrawn' ORDER BY created_at DESC, id DESC LIMIT 1"),
        {caseId});
    if (!proposal)
        return proposal.error();
    if (proposal.value()->next()) {
        QSqlQuery &p = *proposal.value();
        const std::optional<CompensationKind> kind = compensationKindFromId(p.value(0).toString());
        const std::optional<Currency> currency = Currency::fromCode(p.value(2).toString());
        if (kind && currency) {
            run.compensation = TraineeRun::Proposal{*kind, Money(p.value(1).toLongLong(), *currency)};
            run.approvalRequested = !p.value(3).toString().isEmpty();
        }
    }
    proposal.value()->finish();

    Result<QSqlQuery *> message = m_database.exec(
        QStringLiteral("SELECT data FROM case_events WHERE case_id = ? AND type = 'message.sent' ORDER BY id DESC LIMIT 1"),
        {caseId});
    if (!message)
        return message.error();
    if (message.value()->next()) {
        run.templateId = QJsonDocument::fromJson(message.value()->value(0).toString().toUtf8())
                             .object()
                             .value(QLatin1String("template_id"))
                             .toString();
    }
    message.value()->finish();

    Result<std::shared_ptr<const PolicyEngine>> engine = m_documents.policyEngine();
    if (!engine)
        return engine.error();
    Result<ScenarioScore> score = ScenarioScorer::score(*scenario, *engine.value(), run);
    if (!score)
        return Error{QStringLiteral("training.unscorable"), score.error().toString(), {}};
    QJsonObject scoreJson = score->toJson();
    scoreJson.insert(QStringLiteral("debrief"), scenario->debrief());

    Result<QSqlQuery *> stored = m_database.exec(
        QStringLiteral("UPDATE training_runs SET finished_at = ?, seconds = ?, score = ? WHERE id = ?"),
        {now, run.seconds, compact(scoreJson), runId});
    if (!stored)
        return stored.error();
    if (Result<void> audited = transaction.audit(
            caller.user.username, caller.deviceId, QStringLiteral("training.finish"), QStringLiteral("training_run"), runId,
            {},
            QJsonObject{{QStringLiteral("scenario_id"), scenarioId},
                        {QStringLiteral("seconds"), run.seconds},
                        {QStringLiteral("total"), score->total},
                        {QStringLiteral("passed"), score->passed},
                        {QStringLiteral("policy_breach"), score->policyBreach}});
        !audited) {
        return audited.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return runJson(runId);
}

Result<QJsonArray> TrainingRuns::list(const Principal &caller, int limit)
{
    const bool everyone = oversees(caller.user.role);
    QVariantList binds;
    if (!everyone)
        binds.append(caller.user.id);
    binds.append(std::clamp(limit, 1, kMaxListLimit));
    Result<QSqlQuery *> query = m_database.exec(
        QStringLiteral("SELECT id FROM training_runs ") + (everyone ? QString() : QStringLiteral("WHERE trainee_id = ? "))
            + QStringLiteral("ORDER BY started_at DESC, id DESC LIMIT ?"),
        binds);
    if (!query)
        return query.error();
    QStringList ids;
    while (query.value()->next())
        ids.append(query.value()->value(0).toString());
    query.value()->finish();
    QJsonArray runs;
    for (const QString &id : std::as_const(ids)) {
        Result<QJsonObject> run = runJson(id);
        if (!run)
            return run.error();
        runs.append(run.value());
    }
    return runs;
}

Result<TrainingRuns::ResetOutcome> TrainingRuns::reset(const Principal &caller)
{
    if (!oversees(caller.user.role))
        return Error{QStringLiteral("forbidden"), tr("Only trainers and administrators reset the training sandbox."), {}};
    WriteTransaction transaction(m_database, m_auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    const auto count = [this](const QString &sql) -> Result<qint64> {
        Result<QSqlQuery *> query = m_database.exec(sql);
        if (!query)
            return query.error();
        const qint64 n = query.value()->next() ? query.value()->value(0).toLongLong() : 0;
        query.value()->finish();
        return n;
    };
    // Everything hangs off the customers the runs made: the run's case, the earlier cases of its history, and any
    // case a trainee opened for that customer on the side.
    const QString customers = QStringLiteral("(SELECT customer_id FROM training_runs)");
    const QString cases = QStringLiteral("(SELECT id FROM cases WHERE customer_id IN ") + customers + QLatin1Char(')');
    Result<qint64> runs = count(QStringLiteral("SELECT COUNT(*) FROM training_runs"));
    if (!runs)
        return runs.error();
    Result<qint64> caseCount = count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE customer_id IN ") + customers);
    if (!caseCount)
        return caseCount.error();
    Result<qint64> customerCount = count(QStringLiteral("SELECT COUNT(DISTINCT customer_id) FROM training_runs"));
    if (!customerCount)
        return customerCount.error();

    // Change-feed rows first (they are found through the rows they describe): a client that resyncs from nothing
    // must not get the removed records back from the feed.
    const QStringList statements{
        QStringLiteral("DELETE FROM changes WHERE entity = 'approval' AND entity_id IN (SELECT id FROM approvals WHERE case_id IN ")
            + cases + QLatin1Char(')'),
        QStringLiteral("DELETE FROM changes WHERE entity = 'compensation' AND entity_id IN "
                       "(SELECT id FROM compensations WHERE customer_id IN ")
            + customers + QLatin1Char(')'),
        QStringLiteral("DELETE FROM changes WHERE entity = 'case_event' AND entity_id IN "
                       "(SELECT CAST(id AS TEXT) FROM case_events WHERE case_id IN ")
            + cases + QLatin1Char(')'),
        QStringLiteral("DELETE FROM changes WHERE entity = 'case' AND entity_id IN ") + cases,
        QStringLiteral("DELETE FROM changes WHERE entity = 'customer' AND entity_id IN ") + customers,
        QStringLiteral("DELETE FROM surveys WHERE customer_id IN ") + customers,
        QStringLiteral("DELETE FROM approvals WHERE case_id IN ") + cases,
        QStringLiteral("DELETE FROM compensations WHERE customer_id IN ") + customers,
        QStringLiteral("DELETE FROM case_events WHERE case_id IN ") + cases,
        QStringLiteral("DELETE FROM inbound_events WHERE case_id IN ") + cases,
        QStringLiteral("DELETE FROM cases WHERE customer_id IN ") + customers,
        QStringLiteral("DELETE FROM customers WHERE id IN ") + customers,
        QStringLiteral("DELETE FROM training_runs"),
    };
    for (const QString &statement : statements) {
        if (Result<void> done = m_database.execOnce(statement); !done)
            return done.error();
    }
    // The removed compensations leave the customer, actor and team totals the policy reads, and the removed cases
    // the dashboard's day totals. Both are rebuilt whole: a sandbox holds no generated history, so that is cheap.
    if (Result<void> totals = SpendTotals::rebuild(m_database); !totals)
        return totals.error();
    if (Result<void> reports = ReportSummary::rebuild(m_database); !reports)
        return reports.error();
    Result<QString> epoch = m_mark.renewEpoch(transaction);
    if (!epoch)
        return epoch.error();
    // A row everyone may read: its poke reaches every connected client, whose next page then carries the new epoch.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (Result<qint64> changed = transaction.change(QStringLiteral("sandbox"), QStringLiteral("data_epoch"),
                                                    QStringLiteral("upsert"),
                                                    QJsonObject{{QStringLiteral("data_epoch"), *epoch},
                                                                {QStringLiteral("reset_at"), now}},
                                                    QString(), QString());
        !changed) {
        return changed.error();
    }
    if (Result<void> audited = transaction.audit(caller.user.username, caller.deviceId, QStringLiteral("training.reset"),
                                                 QStringLiteral("sandbox"), QStringLiteral("training"), {},
                                                 QJsonObject{{QStringLiteral("removed_runs"), *runs},
                                                             {QStringLiteral("removed_customers"), *customerCount},
                                                             {QStringLiteral("removed_cases"), *caseCount},
                                                             {QStringLiteral("data_epoch"), *epoch}});
        !audited) {
        return audited.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return ResetOutcome{*runs, *epoch};
}

Result<QJsonObject> TrainingRuns::runJson(const QString &runId)
{
    Result<QSqlQuery *> query = m_database.exec(
        QStringLiteral("SELECT r.id, r.scenario_id, r.scenario_title, r.trainee_id, u.username, u.display_name, r.case_id, "
                       "r.customer_id, r.started_at, r.finished_at, r.seconds, r.score "
                       "FROM training_runs r JOIN users u ON u.id = r.trainee_id WHERE r.id = ?"),
        {runId});
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    if (!row.next()) {
        row.finish();
        return Error{QStringLiteral("training.run_not_found"), tr("No training run %1.").arg(runId.left(64)), {}};
    }
    const QVariant seconds = row.value(10);
    const QString score = row.value(11).toString();
    QJsonObject run{{QStringLiteral("id"), row.value(0).toString()},
                    {QStringLiteral("scenario_id"), row.value(1).toString()},
                    {QStringLiteral("scenario_title"), row.value(2).toString()},
                    {QStringLiteral("trainee"), QJsonObject{{QStringLiteral("user_id"), row.value(3).toString()},
                                                            {QStringLiteral("username"), row.value(4).toString()},
                                                            {QStringLiteral("display_name"), row.value(5).toString()}}},
                    {QStringLiteral("case_id"), row.value(6).toString()},
                    {QStringLiteral("customer_id"), row.value(7).toString()},
                    {QStringLiteral("started_at"), isoTime(row.value(8))},
                    {QStringLiteral("finished_at"), isoTime(row.value(9))},
                    {QStringLiteral("seconds"), seconds.isNull() ? QJsonValue() : QJsonValue(seconds.toLongLong())},
                    {QStringLiteral("score"), score.isEmpty() ? QJsonValue()
                                                              : QJsonValue(QJsonDocument::fromJson(score.toUtf8()).object())}};
    row.finish();
    return run;
}

} // namespace redress
