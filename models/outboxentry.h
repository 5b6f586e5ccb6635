#pragma once

#include <QJsonObject>
#include <QString>

namespace redress {

/// One local action waiting for, or answered by, the server.
struct OutboxEntry
{
    enum class State { Pending, Applied, PendingApproval, Rejected };

    qint64 seq = 0;           ///< the device's sequence number: the server applies in this order
    QString id;               ///< UUID: with (device, seq) makes a replay recognisable
    QString type;             ///< "note.add", "compensation.propose"...
    QJsonObject args;
    QString caseId;           ///< the case it changes (for an approval decision, the approval's case)
    qint64 createdAt = 0;     ///< UTC ms, when the agent acted
    State state = State::Pending;
    int attempts = 0;         ///< pushes tried without an answer
    QJsonObject localOutcome; ///< what the client decided offline: {"verdict": …} or {"walk": …}
    QJsonObject result;       ///< the server's answer, once there is one
    QString errorCode;        ///< a rejection's code, e.g. "policy.denied"
    QString errorMessage;     ///< and its reason, for the agent
    bool settled = false;
    bool dismissed = false;   ///< the agent has seen it (a rejection, a changed outcome) or sent it again

    /// A rejection, or a grant made offline that the server's policy sent for approval, not yet dismissed: the
    /// agent must see it.
    bool needsAttention() const;

    static QString stateId(State state);
    static State stateFromId(const QString &id);
};

} // namespace redress
