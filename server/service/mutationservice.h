#pragma once

#include "principal.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace redress {

class AuditChain;
class Database;
class DocumentCache;

/// Applies a device's pushed mutations, each exactly once and in order (Replicache-style).
///
/// Each mutation runs in its own audited transaction together with the device's last applied sequence and its
/// stored result. A mutation already applied for that device and sequence is answered with the stored result and
/// not applied again; the same sequence or id with different content is a conflict. A mutation the rules refuse
/// is recorded as rejected (its sequence is used up, the refusal audited) and the batch goes on: later mutations
/// may not depend on it, and the client shows the refusal on the item it concerns.
class MutationService
{
public:
    struct Settings
    {
        qint64 approvalSlaMs = 4 * 60 * 60 * 1000; ///< time a lead has before an approval escalates
        int maxBatch = 500;
    };
    struct Outcome
    {
        QJsonArray results;
        bool anyConflict = false; ///< some mutation reused an id or sequence with other content
    };

    MutationService(Database &database, AuditChain &auditCache, DocumentCache &documents, Settings settings)
        : m_database(database), m_auditCache(auditCache), m_documents(documents), m_settings(settings) {}

    /// `body` is {"device_id", "mutations": [...]}; an Error means the whole request was malformed (400) or the
    /// device belongs to someone else (403).
    Result<Outcome> apply(const Principal &caller, const QJsonObject &body);

    const Settings &settings() const { return m_settings; }

private:
    QJsonObject applyOne(const Principal &caller, const QString &deviceId, const QJsonObject &mutation, int index,
                         bool *conflicted);

    Database &m_database;
    AuditChain &m_auditCache;
    DocumentCache &m_documents;
    Settings m_settings;
};

} // namespace redress
