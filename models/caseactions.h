#pragma once

#include "compensationkind.h"
#include "money.h"
#include "outboxentry.h"
#include "renderedmessage.h"
#include "result.h"
#include "treewalk.h"
#include "verdict.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace redress {

class CacheNotifier;
class LocalDatabase;
class LocalPolicy;

/// Everything an agent or a lead does, for the UI: each action checks what the client can check (the cached
/// policy, the tree, the template), then in one transaction changes the cache and queues the mutation, so the
/// agent sees the result at once, online or not. The server checks everything again; its answer arrives through
/// the sync engine.
class CaseActions : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    CaseActions(LocalDatabase &database, CacheNotifier *notifier, QObject *parent = nullptr);
    ~CaseActions() override;
    /// Tests set the time; the default is the system clock (UTC ms).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// Opens a case for a cached customer; returns its new id.
    Result<QString> openCase(const QString &customerId, const QString &category, const QString &title,
                             const QString &channel = QStringLiteral("phone"), const QJsonObject &facts = {});
    Result<void> updateCase(const QString &caseId, const QJsonObject &changes);
    Result<void> addNote(const QString &caseId, const QString &text);
    /// Walks `treeId` with the case's facts (and the customer's tier) and records the path. An answer the tree
    /// does not allow is refused here, as the server would.
    Result<TreeWalk> recordTreePath(const QString &caseId, const QString &treeId, const QStringList &answers);

    /// The verdict for a compensation the agent is typing, without recording anything.
    Result<Verdict> evaluateCompensation(const QString &caseId, CompensationKind kind, const Money &amount);
    struct Proposal
    {
        QString compensationId;
        Verdict verdict; ///< the local verdict: Allow (applied for now) or Approval (a request for now)
    };
    /// Records a compensation. A local "deny" is refused here with its reasons ("policy.denied"); otherwise it is
    /// queued and shown as applied or awaiting approval until the server's verdict replaces the local one.
    Result<Proposal> proposeCompensation(const QString &caseId, CompensationKind kind, const Money &amount,
                                         const QString &reason);

    /// Renders a template from the case, the customer, the agent and (optionally) a compensation.
    Result<RenderedMessage> renderMessage(const QString &caseId, const QString &templateId, const QString &channel,
                                          const QString &locale, const QString &compensationId = {});
    /// Records a message as sent. One with an unresolved placeholder or over the channel's limit is refused.
    Result<void> sendMessage(const QString &caseId, const QString &templateId, const RenderedMessage &message);

    Result<void> resolveCase(const QString &caseId, const QString &rootCause);
    /// Approves or rejects a pending approval; a rejection needs a comment, and nobody decides their own request.
    Result<void> decideApproval(const QString &approvalId, bool approve, const QString &comment);
    /// Whether the signed-in user may decide this approval now; the error says why not (their own request, a
    /// level above theirs, already decided) — for a button that explains itself.
    Result<void> canDecide(const QString &approvalId);
    /// Hands the signed-in lead's approvals to `toUsername` from `startsAt` to `endsAt` (ms, UTC; at most 90 days).
    Result<void> delegateApprovals(const QString &toUsername, qint64 startsAt, qint64 endsAt);

    /// Puts a rejected action back in the queue as a new mutation (after the agent fixed what was wrong).
    Result<void> retryRejected(qint64 seq);
    /// The agent has seen a rejection or changed outcome: it leaves the attention list (it stays in the outbox).
    Result<void> dismiss(qint64 seq);

Q_SIGNALS:
    /// A mutation was queued: the sync engine pushes soon.
    void queued();

private:
    Result<OutboxEntry> queue(const QString &type, const QJsonObject &args, const QString &caseId,
                              const QJsonObject &localOutcome = {});
    void notifyQueued(const QString &caseId, bool approvals);
    Result<QJsonObject> caseData(const QString &caseId);
    /// A cached document's JSON text; empty when it is not cached.
    Result<QByteArray> documentBody(const QString &kind, const QString &id);
    Result<QJsonObject> user();
    /// The cached approval when the signed-in user may decide it, else why not.
    Result<QJsonObject> decidableApproval(const QString &approvalId);
    qint64 now() const { return m_clock(); }

    LocalDatabase &m_database;
    CacheNotifier *m_notifier;
    std::unique_ptr<LocalPolicy> m_policy;
    Clock m_clock;
};

} // namespace redress
