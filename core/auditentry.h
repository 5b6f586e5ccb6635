#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace redress {

/// One record of the audit log: who did what to which entity, when (UTC) and from which device, with the entity's
/// state before and after, linked to the previous record by its chain hash. See docs/formats/audit.md.
///
/// The content (everything but previousHash) has one canonical byte form; the leaf hash covers it, and the chain
/// hash is nodeHash(previousHash, leafHash), so each record commits to all records before it.
class AuditEntry
{
public:
    /// Version of the canonical form, part of the hashed bytes so that a later format cannot collide with this one.
    static constexpr int FormatVersion = 1;
    /// The largest sequence number: above 2^53 JSON readers that use doubles would silently round it.
    static constexpr qint64 MaxSequence = qint64(1) << 53;

    AuditEntry() = default;

    /// 1-based position in the log, without gaps. Filled in by AuditChain::append().
    qint64 sequence() const { return m_sequence; }
    void setSequence(qint64 sequence) { m_sequence = sequence; }

    /// When it happened, in UTC with millisecond precision. Other time specs are converted to UTC.
    QDateTime occurredAt() const { return m_occurredAt; }
    void setOccurredAt(const QDateTime &occurredAt);

    /// The user's id or username.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    QString deviceId() const { return m_deviceId; }
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    /// What was done, e.g. "compensation.propose".
    QString action() const { return m_action; }
    void setAction(const QString &action) { m_action = action; }
    /// The kind and id of the entity changed, e.g. "case" and "C-1042"; both may be empty (e.g. for a sign-in).
    QString entityType() const { return m_entityType; }
    void setEntityType(const QString &entityType) { m_entityType = entityType; }
    QString entityId() const { return m_entityId; }
    void setEntityId(const QString &entityId) { m_entityId = entityId; }
    /// The entity's state before and after; empty for a creation or a deletion.
    QJsonObject before() const { return m_before; }
    void setBefore(const QJsonObject &before) { m_before = before; }
    QJsonObject after() const { return m_after; }
    void setAfter(const QJsonObject &after) { m_after = after; }

    /// The previous entry's chainHash(), or genesisHash() for the first entry. Filled in by AuditChain::append().
    QByteArray previousHash() const { return m_previousHash; }
    void setPreviousHash(const QByteArray &previousHash) { m_previousHash = previousHash; }

    /// 32 zero bytes: the previous hash of entry 1.
    static QByteArray genesisHash();

    /// Checks what append() needs: a valid time in years 1..9999, and a non-empty actor, device and action.
    Result<void> validate() const;

    /// The canonical bytes of the content (everything except previousHash); see docs/formats/audit.md.
    QByteArray canonicalBytes() const;
    /// The canonical JSON text of any object, by the same rules (sorted keys, no spaces, fixed number forms).
    static QByteArray canonicalBytesOf(const QJsonObject &object);
    /// MerkleHash::leafHash(canonicalBytes()).
    QByteArray leafHash() const;
    /// MerkleHash::nodeHash(previousHash(), leafHash()).
    QByteArray chainHash() const;

    /// The stored form: the content members plus "previousHash" in lower-case hex.
    QJsonObject toJson() const;
    /// Reads toJson()'s form, checking every member's type; an Error names the member by JSON pointer.
    static Result<AuditEntry> fromJson(const QJsonObject &object);

    friend bool operator==(const AuditEntry &a, const AuditEntry &b);

private:
    QJsonObject contentJson() const;

    qint64 m_sequence = 0;
    QDateTime m_occurredAt;
    QString m_actor;
    QString m_deviceId;
    QString m_action;
    QString m_entityType;
    QString m_entityId;
    QJsonObject m_before;
    QJsonObject m_after;
    QByteArray m_previousHash;
};

} // namespace redress
