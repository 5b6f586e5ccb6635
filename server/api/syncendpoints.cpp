#include "syncendpoints.h"

#include "casequeries.h"
#include "changefeed.h"
#include "compensationpolicy.h"
#include "documentstore.h"
#include "endpointsupport.h"
#include "metrics.h"
#include "mutationservice.h"
#include "router.h"
#include "sandboxmark.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace redress {
namespace {

QJsonObject documentJson(const DocumentStore::Document &document)
{
    return QJsonObject{{QStringLiteral("id"), document.id},
                       {QStringLiteral("version"), document.version},
                       {QStringLiteral("sha256"), document.sha256},
                       {QStringLiteral("document"), QJsonDocument::fromJson(document.body).object()}};
}

/// The caller's own numbers under the policy in force: what they may still grant today and up to what amount
/// they approve. Per-request limits depend on tier, category and region: the client evaluates the policy it
/// was given with the same core engine.
Result<QJsonObject> callerLimits(const User &user, const QByteArray &policyBody, CaseQueries &queries)
{
    Result<CompensationPolicy> policy = CompensationPolicy::parse(policyBody);
    if (!policy)
        return policy.error();
    const Currency currency = policy->currency();
    Result<qint64> granted = queries.grantedToday(user.id, currency.code());
    if (!granted)
        return granted.error();
    QJsonObject limits{{QStringLiteral("granted_today"), Money(*granted, currency).toJson()}};
    std::optional<Money> budget;
    if (policy->dailyBudget())
        budget = policy->dailyBudget()->byRole[size_t(user.role)];
    limits.insert(QStringLiteral("daily_budget"), budget ? QJsonValue(budget->toJson()) : QJsonValue());
    QJsonValue approvesUpTo;
    for (const CompensationPolicy::ApprovalLevel &level : policy->approvalLevels()) {
        if (level.role == user.role)
            approvesUpTo = level.upTo ? QJsonValue(level.upTo->toJson()) : QJsonValue(QStringLiteral("unlimited"));
    }
    limits.insert(QStringLiteral("approves_up_to"), approvesUpTo);
    limits.insert(QStringLiteral("can_grant"), policy->canGrant(user.role));
    return limits;
}

} // namespace

void SyncEndpoints::install(Router &router, DocumentStore &documents, MutationService &mutations, ChangeFeed &feed,
                            CaseQueries &queries, Metrics &metrics, SandboxMark &mark, bool sandbox)
{
    router.add("GET", QStringLiteral("/api/v1/bootstrap"), Router::Access::SignedIn, [&documents, &feed, &queries, &mark, sandbox](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuseIntegration(request))
            return *refused;
        QJsonObject body{{QStringLiteral("user"), userJson(request.caller().user)}};
        Result<std::optional<DocumentStore::Document>> policy = documents.activePolicy();
        if (!policy)
            return errorResponse(500, policy.error());
        body.insert(QStringLiteral("policy"), policy.value() ? QJsonValue(documentJson(*policy.value())) : QJsonValue());
        if (policy.value()) {
            Result<QJsonObject> limits = callerLimits(request.caller().user, policy.value()->body, queries);
            if (!limits)
                return errorResponse(500, limits.error());
            body.insert(QStringLiteral("limits"), limits.value());
        }
        for (auto [kind, key] : {std::pair{DocumentStore::Kind::Tree, QStringLiteral("trees")},
                                 std::pair{DocumentStore::Kind::Template, QStringLiteral("templates")}}) {
            Result<QList<DocumentStore::Document>> active = documents.active(kind);
            if (!active)
                return errorResponse(500, active.error());
            QJsonArray list;
            for (const DocumentStore::Document &document : active.value())
                list.append(documentJson(document));
            body.insert(key, list);
        }
        // Brand details sign messages (brand.signature, brand.support_phone in templates).
        Result<QJsonArray> brands = queries.brands();
        if (!brands)
            return errorResponse(500, brands.error());
        body.insert(QStringLiteral("brands"), brands.value());
        Result<qint64> head = feed.head();
        if (!head)
            return errorResponse(500, head.error());
        // Start pulling from here: everything before is in this answer or in the first full pull.
        body.insert(QStringLiteral("change_seq"), head.value());
        Result<QString> epoch = mark.dataEpoch();
        if (!epoch)
            return errorResponse(500, epoch.error());
        body.insert(QStringLiteral("sandbox"), sandbox);
        body.insert(QStringLiteral("data_epoch"), epoch.value());
        return ApiResponse::json(200, body);
    });
    router.add("POST", QStringLiteral("/api/v1/mutations"), Router::Access::SignedIn, [&mutations, &metrics](ApiRequest &request) {
        Result<QJsonObject> body = request.jsonBody();
        if (!body)
            return errorResponse(400, body.error());
        Result<MutationService::Outcome> outcome = mutations.apply(request.caller(), body.value());
        if (!outcome)
            return errorResponse(outcome.error().code == QLatin1String("forbidden") ? 403 : 400, outcome.error());
        const QJsonArray sent = body->value(QStringLiteral("mutations")).toArray();
        for (qsizetype i = 0; i < outcome->results.size(); ++i) {
            // Only known types become labels: a client could otherwise mint a time series per request.
            static const QStringList known{QStringLiteral("case.open"), QStringLiteral("case.update"), QStringLiteral("note.add"),
                                           QStringLiteral("tree.record"), QStringLiteral("message.send"), QStringLiteral("case.resolve"),
                                           QStringLiteral("compensation.propose"), QStringLiteral("approval.decide"),
                                           QStringLiteral("delegation.create")};
            const QString type = sent.at(i).toObject().value(QStringLiteral("type")).toString();
            metrics.recordMutation(known.contains(type) ? type : QStringLiteral("unknown"),
                                   outcome->results.at(i).toObject().value(QStringLiteral("status")).toString());
        }
        // 422 when a mutation reused an id or sequence with other content: a client bug to see at once. The body
        // still carries every result.
        return ApiResponse::json(outcome->anyConflict ? 422 : 200,
                                 QJsonObject{{QStringLiteral("results"), outcome->results}});
    });
    router.add("GET", QStringLiteral("/api/v1/changes"), Router::Access::SignedIn, [&feed, &mark](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuseIntegration(request))
            return *refused;
        qint64 since = 0;
        qint64 limit = 0;
        if (std::optional<ApiResponse> bad = readIntegerParameter(request, QStringLiteral("since"), 0, qint64(1) << 53, 0, &since))
            return *bad;
        if (std::optional<ApiResponse> bad = readIntegerParameter(request, QStringLiteral("limit"), 1, ChangeFeed::kMaxPage, 500, &limit))
            return *bad;
        Result<ChangeFeed::Page> page = feed.read(AccessScope::of(request.caller().user), since, int(limit));
        if (!page) {
            // 410 Gone: the rows after this cursor were pruned; the client starts again from since=0.
            return errorResponse(page.error().code == QLatin1String("changes.expired") ? 410 : 500, page.error());
        }
        // Read after the page: a reset that commits in between shows its new epoch now, never an old epoch with
        // a page that already lacks what the reset removed.
        Result<QString> epoch = mark.dataEpoch();
        if (!epoch)
            return errorResponse(500, epoch.error());
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("changes"), page->changes},
                                                  {QStringLiteral("next"), page->next},
                                                  {QStringLiteral("more"), page->more},
                                                  {QStringLiteral("data_epoch"), epoch.value()}});
    });
}

} // namespace redress
