#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace redress {

class AuditChain;
class Database;

/// Published policies, decision trees and recovery templates, each version kept forever.
///
/// A document is published as its bytes after the core parser accepted them; its id and version come from the
/// document itself. Publishing the same bytes again is a no-op; different bytes under a published version, or a
/// version lower than the newest, are refused, so what a verdict or a walk was made under can always be read back.
class DocumentStore
{
public:
    enum class Kind { Policy, Tree, Template };
    struct Document
    {
        Kind kind = Kind::Policy;
        QString id;
        int version = 0;
        QByteArray body;
        QString sha256;
    };
    struct Published
    {
        Document document;
        bool created = false; ///< false when these exact bytes were already published
    };

    DocumentStore(Database &database, AuditChain &auditCache) : m_database(database), m_auditCache(auditCache) {}

    static QString kindId(Kind kind);
    static std::optional<Kind> kindFromId(QStringView id);

    Result<Published> publish(Kind kind, const QByteArray &bytes, const QString &actor);
    /// The newest version of every document of `kind`, by id.
    Result<QList<Document>> active(Kind kind);
    /// The policy in force: the newest version of the most recently published policy id; nullopt when none.
    /// With `withBody` false only the id, version and digest are read (to see whether a cached copy is current).
    Result<std::optional<Document>> activePolicy(bool withBody = true);
    /// The newest version of one document; nullopt when it was never published.
    Result<std::optional<Document>> newest(Kind kind, const QString &id, bool withBody = true);

private:
    Database &m_database;
    AuditChain &m_auditCache;
};

} // namespace redress
