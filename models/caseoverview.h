#pragma once

#include "money.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace redress {

/// What the case workspace's customer header shows: who the customer is, what they are worth, and what they have
/// already received — so an agent sees a repeat payout coming before offering one.
struct CustomerSummary
{
    QString id;
    QString name;
    QString email;
    QString phone;
    QString tier;   ///< "standard", "silver", "gold", "platinum"
    QString locale; ///< the customer's language, e.g. "es-MX"
    QString region;
    std::optional<Money> lifetimeValue; ///< absent when the server does not know it
    qint64 customerSince = 0;           ///< ms since the epoch, UTC; 0 when unknown
    int windowDays = 90;                ///< the policy's repeat-payout window
    Money receivedInWindow;             ///< compensation not rejected, in the policy's currency
    int payoutsInWindow = 0;
    int repeatThreshold = 0; ///< payouts at which the policy asks for review; 0 when it has no such rule
    bool repeatWarning() const { return repeatThreshold > 0 && payoutsInWindow >= repeatThreshold - 1; }
};

/// A case as the workspace shows it (the agent's view: server copy plus unsynced work).
struct CaseSummary
{
    QString id;
    QString customerId;
    QString title;
    QString status; ///< "open", "in_progress", "resolved"
    QString category;
    QString channel;
    QString brand;
    QString region;
    QString assigneeId;
    QString rootCause;
    QString treeId;           ///< the cached decision tree for the case's category; empty when none is cached
    QStringList treeAnswers;  ///< the answers of the last recorded tree path
    QJsonObject facts;
    qint64 openedAt = 0;
    qint64 updatedAt = 0;
    bool isResolved() const { return status == QLatin1String("resolved"); }
};

/// One compensation of a case, with the outcome the agent needs to see.
struct CompensationLine
{
    QString id;
    QString kind;
    Money amount;
    QString state;   ///< "applied", "pending_approval", "rejected"
    QString reason;  ///< the agent's reason for it
    QString comment; ///< the approver's comment, for a decided approval
    qint64 createdAt = 0;
    bool unsynced = false; ///< the server has not answered yet
};

} // namespace redress
