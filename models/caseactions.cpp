#include "caseactions.h"

#include "cachenotifier.h"
#include "cachestore.h"
#include "channel.h"
#include "decisiontree.h"
#include "jsontext.h"
#include "localdatabase.h"
#include "localpolicy.h"
#include "outbox.h"
#include "pendingreplay.h"
#include "recoverytemplate.h"
#include "rendercontext.h"
#include "templaterenderer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace redress {
namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

Error refused(const QString &code, const QString &message, const QString &where = {})
{
    return Error{code, message, where};
}

bool isIdentifier(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"));
    return pattern.match(text).hasMatch();
}

/// "Northwind Parcel" for "northwind_parcel": the brand's name when its details are not cached (an older server
/// sends none).
QString brandName(const QString &brandId)
{
    QStringList words = brandId.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word.at(0).toUpper();
    return words.join(QLatin1Char(' '));
}

} // namespace

CaseActions::CaseActions(LocalDatabase &database, CacheNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_notifier(notifier)
    , m_policy(std::make_unique<LocalPolicy>(database))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

CaseActions::~CaseActions() = default;

Result<QJsonObject> CaseActions::user()
{
    Result<QString> stored = m_database.meta(QStringLiteral("user"));
    if (!stored)
        return stored.error();
    const QJsonObject me = storedJson(*stored);
    if (me.isEmpty())
        return refused(QStringLiteral("session.none"), tr("Sign in first: nobody is signed in on this cache."));
    return me;
}

Result<QJsonObject> CaseActions::caseData(const QString &caseId)
{
    Result<QSqlQuery *> row = m_database.exec(QStringLiteral("SELECT data FROM cases WHERE id = ?"), {caseId});
    if (!row)
        return row.error();
    const QJsonObject data = row.value()->next() ? storedJson(row.value()->value(0))
                                                 : QJsonObject();
    row.value()->finish();
    if (data.isEmpty())
        return refused(QStringLiteral("case.not_found"), tr("Case %1 is not in the local cache.").arg(caseId));
    return data;
}

Result<QByteArray> CaseActions::documentBody(const QString &kind, const QString &id)
{
    Result<QSqlQuery *> row = m_database.exec(QStringLiteral("SELECT body FROM documents WHERE kind = ? AND id = ?"), {kind, id});
    if (!row)
        return row.error();
    QByteArray body = row.value()->next() ? row.value()->value(0).toString().toUtf8() : QByteArray();
    row.value()->finish();
    return body;
}

Result<OutboxEntry> CaseActions::queue(const QString &type, const QJsonObject &args, const QString &caseId,
                                       const QJsonObject &localOutcome)
{
    Outbox outbox(m_database);
    PendingReplay replay(m_database);
    std::optional<OutboxEntry> appended;
    Result<void> written = m_database.write([&]() -> Result<void> {
        Result<OutboxEntry> entry = outbox.append(type, args, caseId, now(), localOutcome);
        if (!entry)
            return entry.error();
        appended = *entry;
        return replay.applyEffect(*entry);
    });
    if (!written)
        return written.error();
    notifyQueued(caseId, type == QLatin1String("approval.decide"));
    return *appended;
}

void CaseActions::notifyQueued(const QString &caseId, bool approvals)
{
    if (m_notifier) {
        Q_EMIT m_notifier->casesChanged({caseId});
        Q_EMIT m_notifier->outboxChanged();
        if (approvals)
            Q_EMIT m_notifier->approvalsChanged();
    }
    Q_EMIT queued();
}

Result<QString> CaseActions::openCase(const QString &customerId, const QString &category, const QString &title,
                                      const QString &channel, const QJsonObject &facts)
{
    if (title.trimmed().isEmpty() || title.size() > 200)
        return refused(QStringLiteral("case.title"), tr("A case title has 1 to 200 characters."), QStringLiteral("title"));
    if (!isIdentifier(category))
        return refused(QStringLiteral("case.category"), tr("Choose a category."), QStringLiteral("category"));
    Result<QSqlQuery *> customer = m_database.exec(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {customerId});
    if (!customer)
        return customer.error();
    const bool known = customer.value()->next();
    customer.value()->finish();
    if (!known)
        return refused(QStringLiteral("customer.not_found"), tr("Customer %1 is not in the local cache.").arg(customerId));
    const QString caseId = QLatin1String("case-") + newUuid();
    QJsonObject args{{QStringLiteral("case_id"), caseId},
                     {QStringLiteral("customer_id"), customerId},
                     {QStringLiteral("category"), category},
                     {QStringLiteral("title"), title.trimmed()},
                     {QStringLiteral("channel"), channel}};
    if (!facts.isEmpty())
        args.insert(QStringLiteral("facts"), facts);
    Result<OutboxEntry> queued = queue(QStringLiteral("case.open"), args, caseId);
    if (!queued)
        return queued.error();
    return caseId;
}

Result<void> CaseActions::updateCase(const QString &caseId, const QJsonObject &changes)
{
    Result<QJsonObject> current = caseData(caseId);
    if (!current)
        return current.error();
    if (str(*current, "status") == QLatin1String("resolved") && str(changes, "status") != QLatin1String("open"))
        return refused(QStringLiteral("case.resolved"), tr("Case %1 is resolved; reopen it first.").arg(caseId));
    QJsonObject args = changes;
    args.insert(QStringLiteral("case_id"), caseId);
    Result<OutboxEntry> queued = queue(QStringLiteral("case.update"), args, caseId);
    if (!queued)
        return queued.error();
    return {};
}

Result<void> CaseActions::addNote(const QString &caseId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return refused(QStringLiteral("note.empty"), tr("A note needs some text."), QStringLiteral("text"));
    if (text.size() > 10000)
        return refused(QStringLiteral("note.too_long"), tr("A note has at most 10,000 characters; this one has %1.").arg(text.size()),
                       QStringLiteral("text"));
    if (Result<QJsonObject> current = caseData(caseId); !current)
        return current.error();
    Result<OutboxEntry> queued = queue(QStringLiteral("note.add"),
                                       QJsonObject{{QStringLiteral("case_id"), caseId}, {QStringLiteral("text"), text}}, caseId);
    if (!queued)
        return queued.error();
    return {};
}

Result<TreeWalk> CaseActions::recordTreePath(const QString &caseId, const QString &treeId, const QStringList &answers)
{
    Result<QJsonObject> current = caseData(caseId);
    if (!current)
        return current.error();
    if (str(*current, "status") == QLatin1String("resolved"))
        return refused(QStringLiteral("case.resolved"), tr("Case %1 is resolved; reopen it first.").arg(caseId));
    Result<QByteArray> body = documentBody(QStringLiteral("tree"), treeId);
    if (!body)
        return body.error();
    if (body->isEmpty())
        return refused(QStringLiteral("tree.not_found"), tr("The decision tree %1 is not cached.").arg(treeId));
    Result<DecisionTree> tree = DecisionTree::parse(*body);
    if (!tree)
        return tree.error();
    // Guards see the case's facts and the customer's tier, as on the server.
    QJsonObject facts = current->value(QLatin1String("facts")).toObject();
    Result<QSqlQuery *> tier = m_database.exec(QStringLiteral("SELECT tier FROM customers WHERE id = ?"), {str(*current, "customer_id")});
    if (!tier)
        return tier.error();
    if (tier.value()->next())
        facts.insert(QStringLiteral("tier"), tier.value()->value(0).toString());
    tier.value()->finish();
    Result<TreeWalk> walk = tree->walk(answers, facts);
    if (!walk)
        return walk.error();
    Result<OutboxEntry> queued = queue(QStringLiteral("tree.record"),
                                       QJsonObject{{QStringLiteral("case_id"), caseId},
                                                   {QStringLiteral("tree_id"), treeId},
                                                   {QStringLiteral("answers"), QJsonArray::fromStringList(answers)}},
                                       caseId, QJsonObject{{QStringLiteral("walk"), walk->toJson()}});
    if (!queued)
        return queued.error();
    return *walk;
}

Result<Verdict> CaseActions::evaluateCompensation(const QString &caseId, CompensationKind kind, const Money &amount)
{
    return m_policy->evaluate(caseId, kind, amount, now());
}

Result<CaseActions::Proposal> CaseActions::proposeCompensation(const QString &caseId, CompensationKind kind,
                                                               const Money &amount, const QString &reason)
{
    if (reason.size() > 1000)
        return refused(QStringLiteral("compensation.reason"), tr("A reason has at most 1000 characters."), QStringLiteral("reason"));
    Result<QJsonObject> current = caseData(caseId);
    if (!current)
        return current.error();
    if (str(*current, "status") == QLatin1String("resolved"))
        return refused(QStringLiteral("case.resolved"), tr("Case %1 is resolved; reopen it first.").arg(caseId));
    Result<Verdict> verdict = evaluateCompensation(caseId, kind, amount);
    if (!verdict)
        return verdict.error();
    if (verdict->decision == Verdict::Decision::Deny)
        return refused(QStringLiteral("policy.denied"), verdict->reasons.join(QLatin1Char('\n')));
    Proposal proposal{newUuid(), *verdict};
    Result<OutboxEntry> queued = queue(QStringLiteral("compensation.propose"),
                                       QJsonObject{{QStringLiteral("compensation_id"), proposal.compensationId},
                                                   {QStringLiteral("case_id"), caseId},
                                                   {QStringLiteral("kind"), compensationKindId(kind)},
                                                   {QStringLiteral("amount"), amount.toJson()},
                                                   {QStringLiteral("reason"), reason}},
                                       caseId, QJsonObject{{QStringLiteral("verdict"), verdict->toJson()}});
    if (!queued)
        return queued.error();
    return proposal;
}

Result<RenderedMessage> CaseActions::renderMessage(const QString &caseId, const QString &templateId, const QString &channelText,
                                                   const QString &locale, const QString &compensationId)
{
    const std::optional<Channel> channel = channelFromId(channelText);
    if (!channel)
        return refused(QStringLiteral("message.channel"), tr("The channel is email, chat or sms."), QStringLiteral("channel"));
    Result<QJsonObject> current = caseData(caseId);
    if (!current)
        return current.error();
    Result<QByteArray> body = documentBody(QStringLiteral("template"), templateId);
    if (!body)
        return body.error();
    if (body->isEmpty())
        return refused(QStringLiteral("template.not_found"), tr("The template %1 is not cached.").arg(templateId));
    Result<RecoveryTemplate> recoveryTemplate = RecoveryTemplate::parse(*body);
    if (!recoveryTemplate)
        return recoveryTemplate.error();

    Result<QSqlQuery *> customerRow = m_database.exec(QStringLiteral("SELECT data FROM customers WHERE id = ?"), {str(*current, "customer_id")});
    if (!customerRow)
        return customerRow.error();
    const QJsonObject customer = customerRow.value()->next()
        ? storedJson(customerRow.value()->value(0))
        : QJsonObject();
    customerRow.value()->finish();
    Result<QJsonObject> me = user();
    if (!me)
        return me.error();

    // The render context (docs/formats/template.md): only what the cache knows; a missing value stays an
    // unresolved placeholder, never an empty string.
    const QString name = str(customer, "name");
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    QJsonObject customerContext{{QStringLiteral("first_name"), space > 0 ? name.left(space) : name},
                                {QStringLiteral("tier"), str(customer, "tier")},
                                {QStringLiteral("email"), str(customer, "email")},
                                {QStringLiteral("phone"), str(customer, "phone")},
                                {QStringLiteral("preferred_locale"), str(customer, "locale")}};
    if (space > 0)
        customerContext.insert(QStringLiteral("last_name"), name.mid(space + 1));
    const QJsonObject facts = current->value(QLatin1String("facts")).toObject();
    QJsonObject caseContext{{QStringLiteral("id"), caseId},
                            {QStringLiteral("category"), str(*current, "category")},
                            {QStringLiteral("opened_at"),
                             QDateTime::fromMSecsSinceEpoch(current->value(QLatin1String("opened_at")).toInteger(), Qt::UTC)
                                 .toString(Qt::ISODate)}};
    QJsonObject order, booking;
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        if (it.key().startsWith(QLatin1String("order_")))
            order.insert(it.key().mid(6), it.value());
        else if (it.key().startsWith(QLatin1String("booking_")))
            booking.insert(it.key().mid(8), it.value());
        else if (it.key() == QLatin1String("carrier"))
            order.insert(QStringLiteral("carrier"), it.value());
        // Rental facts recorded without the prefix (as the demo organisation's cases have them).
        else if (it.key() == QLatin1String("pickup_location") || it.key() == QLatin1String("vehicle"))
            booking.insert(it.key(), it.value());
    }
    const QString reference = order.contains(QLatin1String("reference")) ? str(order, "reference") : str(booking, "reference");
    if (!reference.isEmpty())
        caseContext.insert(QStringLiteral("reference"), reference);
    const QString brandId = str(*current, "brand");
    QJsonObject context{{QStringLiteral("customer"), customerContext},
                        {QStringLiteral("case"), caseContext},
                        {QStringLiteral("agent"), QJsonObject{{QStringLiteral("first_name"), str(*me, "display_name").section(QLatin1Char(' '), 0, 0)},
                                                              {QStringLiteral("team"), str(*me, "team")}}}};
    if (!brandId.isEmpty()) {
        Result<QJsonObject> cached = CacheStore(m_database).brand(brandId);
        if (!cached)
            return cached.error();
        // Only what the brand has: a blank signature stays an unresolved placeholder rather than signing nothing.
        QJsonObject brand;
        for (const char *key : {"name", "signature", "support_phone"}) {
            const QString value = str(*cached, key);
            if (!value.trimmed().isEmpty())
                brand.insert(QLatin1String(key), value);
        }
        if (!brand.contains(QLatin1String("name")))
            brand.insert(QStringLiteral("name"), brandName(brandId));
        booking.insert(QStringLiteral("brand"), brand.value(QLatin1String("name")));
        context.insert(QStringLiteral("brand"), brand);
    }
    if (!order.isEmpty())
        context.insert(QStringLiteral("order"), order);
    if (booking.size() > 1)
        context.insert(QStringLiteral("booking"), booking);
    if (!compensationId.isEmpty()) {
        Result<QSqlQuery *> compensation = m_database.exec(QStringLiteral("SELECT data FROM compensations WHERE id = ?"), {compensationId});
        if (!compensation)
            return compensation.error();
        if (compensation.value()->next()) {
            const QJsonObject c = storedJson(compensation.value()->value(0));
            context.insert(QStringLiteral("compensation"), QJsonObject{{QStringLiteral("kind"), c.value(QLatin1String("kind"))},
                                                                      {QStringLiteral("amount"), c.value(QLatin1String("amount"))}});
        }
        compensation.value()->finish();
    }
    const TemplateVariant *variant = recoveryTemplate->selectVariant(*channel, locale.isEmpty() ? str(customer, "locale") : locale);
    if (!variant)
        return refused(QStringLiteral("template.no_variant"),
                       tr("The template %1 has no %2 text for this customer's language.").arg(templateId, channelLabel(*channel)));
    return TemplateRenderer::render(*variant, RenderContext(context));
}

Result<void> CaseActions::sendMessage(const QString &caseId, const QString &templateId, const RenderedMessage &message)
{
    if (!message.unresolved.isEmpty()) {
        return refused(QStringLiteral("message.unresolved"),
                       tr("Fill %1 before sending.").arg(message.unresolvedPaths().join(QLatin1String(", "))));
    }
    if (!message.withinLimit())
        return refused(QStringLiteral("message.too_long"),
                       tr("A %1 message has at most %2 characters; this one has %3.")
                           .arg(channelLabel(message.channel))
                           .arg(message.limit)
                           .arg(message.length));
    Result<QJsonObject> current = caseData(caseId);
    if (!current)
        return current.error();
    if (str(*current, "status") == QLatin1String("resolved"))
        return refused(QStringLiteral("case.resolved"), tr("Case %1 is resolved; reopen it first.").arg(caseId));
    QJsonObject args{{QStringLiteral("case_id"), caseId},
                     {QStringLiteral("template_id"), templateId},
                     {QStringLiteral("channel"), channelId(message.channel)},
                     {QStringLiteral("locale"), message.locale},
                     {QStringLiteral("text"), message.text}};
    if (message.hasSubject)
        args.insert(QStringLiteral("subject"), message.subject);
    Result<OutboxEntry> queued = queue(QStringLiteral("message.send"), args, caseId);
    if (!queued)
        return queued.error();
    return {};
}

Result<void> CaseActions::resolveCase(const QString &caseId, const QString &rootCause)
{
    if (!isIdentifier(rootCause) || rootCause.contains(QLatin1Char(':')))
        return refused(QStringLiteral("case.root_cause"), tr("Choose a root cause."), QStringLiteral("root_cause"));
    Result<QJsonObject> current = caseData(caseId);
    if (!current)
        return current.error();
    if (str(*current, "status") == QLatin1String("resolved"))
        return refused(QStringLiteral("case.resolved"), tr("Case %1 is already resolved.").arg(caseId));
    Result<OutboxEntry> queued = queue(QStringLiteral("case.resolve"),
                                       QJsonObject{{QStringLiteral("case_id"), caseId}, {QStringLiteral("root_cause"), rootCause}},
                                       caseId);
    if (!queued)
        return queued.error();
    return {};
}

Result<void> CaseActions::canDecide(const QString &approvalId)
{
    Result<QJsonObject> approval = decidableApproval(approvalId);
    if (!approval)
        return approval.error();
    return {};
}

Result<QJsonObject> CaseActions::decidableApproval(const QString &approvalId)
{
    Result<QSqlQuery *> row = m_database.exec(QStringLiteral("SELECT data FROM approvals WHERE id = ?"), {approvalId});
    if (!row)
        return row.error();
    const QJsonObject approval = row.value()->next() ? storedJson(row.value()->value(0))
                                                     : QJsonObject();
    row.value()->finish();
    if (approval.isEmpty())
        return refused(QStringLiteral("approval.not_found"), tr("This approval request is not in the local cache."));
    if (str(approval, "state") != QLatin1String("pending"))
        return refused(QStringLiteral("approval.decided"), tr("This request was already %1.").arg(str(approval, "state")));
    Result<QJsonObject> me = user();
    if (!me)
        return me.error();
    if (str(approval, "requester_id") == str(*me, "id"))
        return refused(QStringLiteral("approval.own_request"), tr("You cannot decide your own request; another lead must."));
    const std::optional<Role> required = roleFromId(str(approval, "required_level"));
    const std::optional<Role> mine = roleFromId(str(*me, "role"));
    if (required && mine && approvalRank(*mine) < approvalRank(*required))
        return refused(QStringLiteral("approval.level"),
                       tr("This request needs a %1 or above (it may have escalated).").arg(roleLabel(*required)));
    return approval;
}

Result<void> CaseActions::decideApproval(const QString &approvalId, bool approve, const QString &comment)
{
    if (!approve && comment.trimmed().isEmpty())
        return refused(QStringLiteral("approval.comment"), tr("Say why you reject this request: the agent sees your comment."),
                       QStringLiteral("comment"));
    Result<QJsonObject> approval = decidableApproval(approvalId);
    if (!approval)
        return approval.error();
    QJsonObject args{{QStringLiteral("approval_id"), approvalId},
                     {QStringLiteral("decision"), approve ? QStringLiteral("approve") : QStringLiteral("reject")}};
    if (!comment.trimmed().isEmpty())
        args.insert(QStringLiteral("comment"), comment.trimmed());
    Result<OutboxEntry> queued = queue(QStringLiteral("approval.decide"), args, str(*approval, "case_id"));
    if (!queued)
        return queued.error();
    return {};
}

Result<void> CaseActions::delegateApprovals(const QString &toUsername, qint64 startsAt, qint64 endsAt)
{
    Result<QJsonObject> me = user();
    if (!me)
        return me.error();
    const QString to = toUsername.trimmed();
    if (to.isEmpty())
        return refused(QStringLiteral("delegation.to"), tr("Name the lead who takes over your approvals."), QStringLiteral("to_username"));
    if (to == str(*me, "username"))
        return refused(QStringLiteral("delegation.self"), tr("Delegate to someone else: these are already your approvals."),
                       QStringLiteral("to_username"));
    constexpr qint64 kMaxDays = 90;
    if (endsAt <= startsAt)
        return refused(QStringLiteral("delegation.period"), tr("The delegation must end after it starts."), QStringLiteral("ends_at"));
    if (endsAt - startsAt > kMaxDays * 24 * 60 * 60 * 1000)
        return refused(QStringLiteral("delegation.period"), tr("A delegation lasts at most %1 days.").arg(kMaxDays),
                       QStringLiteral("ends_at"));
    const std::optional<Role> mine = roleFromId(str(*me, "role"));
    if (!mine || approvalRank(*mine) < approvalRank(Role::Lead))
        return refused(QStringLiteral("forbidden"), tr("Only leads and above have approvals to delegate."));
    Result<OutboxEntry> queued = queue(QStringLiteral("delegation.create"),
                                       QJsonObject{{QStringLiteral("delegation_id"), newUuid()},
                                                   {QStringLiteral("to_username"), to},
                                                   {QStringLiteral("starts_at"), startsAt},
                                                   {QStringLiteral("ends_at"), endsAt}},
                                       QString());
    if (!queued)
        return queued.error();
    return {};
}

Result<void> CaseActions::retryRejected(qint64 seq)
{
    Outbox outbox(m_database);
    PendingReplay replay(m_database);
    QString caseId;
    Result<void> written = m_database.write([&]() -> Result<void> {
        // Checked and dismissed in the transaction that queues the new attempt: a double click queues one.
        Result<OutboxEntry> entry = outbox.entry(seq);
        if (!entry)
            return entry.error();
        if (entry->state != OutboxEntry::State::Rejected || entry->dismissed)
            return refused(QStringLiteral("outbox.not_rejected"), tr("Only a rejected action not yet sent again can be sent again."));
        caseId = entry->caseId;
        QJsonObject args = entry->args;
        QJsonObject localOutcome = entry->localOutcome;
        if (entry->type == QLatin1String("compensation.propose")) {
            // A new compensation is a new record (the rejected one keeps its id on the server), judged afresh.
            args.insert(QStringLiteral("compensation_id"), newUuid());
            Result<Money> amount = Money::fromJson(args.value(QLatin1String("amount")).toObject());
            const std::optional<CompensationKind> kind = compensationKindFromId(args.value(QLatin1String("kind")).toString());
            if (!amount || !kind)
                return refused(QStringLiteral("compensation.invalid"), tr("This compensation cannot be sent again as it was."));
            Result<Verdict> verdict = evaluateCompensation(caseId, *kind, *amount);
            if (!verdict)
                return verdict.error();
            if (verdict->decision == Verdict::Decision::Deny)
                return refused(QStringLiteral("policy.denied"), verdict->reasons.join(QLatin1Char('\n')));
            localOutcome = QJsonObject{{QStringLiteral("verdict"), verdict->toJson()}};
        }
        if (Result<void> dismissed = outbox.dismiss(seq); !dismissed)
            return dismissed;
        Result<OutboxEntry> again = outbox.append(entry->type, args, caseId, now(), localOutcome);
        if (!again)
            return again.error();
        return replay.applyEffect(*again);
    });
    if (!written)
        return written;
    notifyQueued(caseId, false);
    return {};
}

Result<void> CaseActions::dismiss(qint64 seq)
{
    Result<void> done = Outbox(m_database).dismiss(seq);
    if (done && m_notifier)
        Q_EMIT m_notifier->outboxChanged();
    return done;
}

} // namespace redress
