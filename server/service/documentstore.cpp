#include "documentstore.h"

#include "compensationpolicy.h"
#include "database.h"
#include "decisiontree.h"
#include "recoverytemplate.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>

namespace redress {
namespace {

struct Identity
{
    QString id;
    int version = 0;
};

Result<Identity> identify(DocumentStore::Kind kind, const QByteArray &bytes)
{
    switch (kind) {
    case DocumentStore::Kind::Policy: {
        Result<CompensationPolicy> policy = CompensationPolicy::parse(bytes);
        if (!policy)
            return policy.error();
        return Identity{policy->id(), policy->version()};
    }
    case DocumentStore::Kind::Tree: {
        Result<DecisionTree> tree = DecisionTree::parse(bytes);
        if (!tree)
            return tree.error();
        return Identity{tree->id(), tree->version()};
    }
    case DocumentStore::Kind::Template: {
        Result<RecoveryTemplate> recoveryTemplate = RecoveryTemplate::parse(bytes);
        if (!recoveryTemplate)
            return recoveryTemplate.error();
        return Identity{recoveryTemplate->id(), recoveryTemplate->version()};
    }
    }
    return Error{QStringLiteral("document.kind"), QStringLiteral("unknown kind"), {}};
}

DocumentStore::Document readDocument(DocumentStore::Kind kind, QSqlQuery &row)
{
    DocumentStore::Document document;
    document.kind = kind;
    document.id = row.value(0).toString();
    document.version = row.value(1).toInt();
    document.body = row.value(2).toString().toUtf8();
    document.sha256 = row.value(3).toString();
    return document;
}

} // namespace

QString DocumentStore::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Policy: return QStringLiteral("policy");
    case Kind::Tree: return QStringLiteral("tree");
    case Kind::Template: return QStringLiteral("template");
    }
    return {};
}

std::optional<DocumentStore::Kind> DocumentStore::kindFromId(QStringView id)
{
    for (Kind kind : {Kind::Policy, Kind::Tree, Kind::Template}) {
        if (kindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

Result<DocumentStore::Published> DocumentStore::publish(Kind kind, const QByteArray &bytes, const QString &actor)
{
    Result<Identity> identity = identify(kind, bytes);
    if (!identity)
        return identity.error();
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    Document document{kind, identity->id, identity->version, bytes, sha256};

    WriteTransaction transaction(m_database, m_auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    Result<QSqlQuery *> newest = m_database.exec(
        QStringLiteral("SELECT version, sha256 FROM documents WHERE kind = ? AND doc_id = ? ORDER BY version DESC"),
        {kindId(kind), document.id});
    if (!newest)
        return newest.error();
    QSqlQuery &rows = *newest.value();
    int highest = 0;
    std::optional<QString> sameVersionHash;
    while (rows.next()) {
        const int version = rows.value(0).toInt();
        highest = std::max(highest, version);
        if (version == document.version)
            sameVersionHash = rows.value(1).toString();
    }
    rows.finish();
    if (sameVersionHash) {
        if (*sameVersionHash == sha256)
            return Published{document, false};
        return Error{QStringLiteral("document.version_exists"),
                     QCoreApplication::translate("DocumentStore",
                                                 "Version %1 of %2 \"%3\" is already published with other content; "
                                                 "published versions never change: raise \"version\".")
                         .arg(document.version)
                         .arg(kindId(kind), document.id),
                     QStringLiteral("/version")};
    }
    if (document.version < highest) {
        return Error{QStringLiteral("document.stale_version"),
                     QCoreApplication::translate("DocumentStore", "%1 \"%2\" is already at version %3; publish a higher version.")
                         .arg(kindId(kind), document.id)
                         .arg(highest),
                     QStringLiteral("/version")};
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (Result<QSqlQuery *> inserted = m_database.exec(
            QStringLiteral("INSERT INTO documents (kind, doc_id, version, body, sha256, published_at, published_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {kindId(kind), document.id, document.version, QString::fromUtf8(bytes), sha256, now, actor});
        !inserted) {
        return inserted.error();
    }
    const QJsonObject summary{{QStringLiteral("kind"), kindId(kind)},
                              {QStringLiteral("id"), document.id},
                              {QStringLiteral("version"), document.version},
                              {QStringLiteral("sha256"), sha256}};
    if (Result<void> audited = transaction.audit(actor, QStringLiteral("server"), QStringLiteral("document.publish"),
                                                 kindId(kind), document.id, {}, summary);
        !audited) {
        return audited.error();
    }
    // Everyone's clients refresh their copy of the rules: an empty team and vendor means "visible to all".
    if (Result<qint64> changed = transaction.change(QStringLiteral("document"), kindId(kind) + QLatin1Char(':') + document.id,
                                                    QStringLiteral("upsert"), summary, {}, {});
        !changed) {
        return changed.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return Published{document, true};
}

Result<QList<DocumentStore::Document>> DocumentStore::active(Kind kind)
{
    Result<QSqlQuery *> query = m_database.exec(
        QStringLiteral("SELECT d.doc_id, d.version, d.body, d.sha256 FROM documents d WHERE d.kind = ? AND d.version = "
                       "(SELECT MAX(version) FROM documents n WHERE n.kind = d.kind AND n.doc_id = d.doc_id) "
                       "ORDER BY d.doc_id"),
        {kindId(kind)});
    if (!query)
        return query.error();
    QList<Document> documents;
    QSqlQuery &rows = *query.value();
    while (rows.next())
        documents.append(readDocument(kind, rows));
    rows.finish();
    return documents;
}

Result<std::optional<DocumentStore::Document>> DocumentStore::activePolicy(bool withBody)
{
    Result<QSqlQuery *> query = m_database.exec(
        withBody ? QStringLiteral("SELECT doc_id, version, body, sha256 FROM documents WHERE kind = 'policy' "
                                  "ORDER BY published_at DESC, version DESC LIMIT 1")
                 : QStringLiteral("SELECT doc_id, version, '', sha256 FROM documents WHERE kind = 'policy' "
                                  "ORDER BY published_at DESC, version DESC LIMIT 1"));
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    std::optional<Document> document;
    if (row.next())
        document = readDocument(Kind::Policy, row);
    row.finish();
    return document;
}

Result<std::optional<DocumentStore::Document>> DocumentStore::newest(Kind kind, const QString &id, bool withBody)
{
    Result<QSqlQuery *> query = m_database.exec(
        withBody ? QStringLiteral("SELECT doc_id, version, body, sha256 FROM documents WHERE kind = ? AND doc_id = ? "
                                  "ORDER BY version DESC LIMIT 1")
                 : QStringLiteral("SELECT doc_id, version, '', sha256 FROM documents WHERE kind = ? AND doc_id = ? "
                                  "ORDER BY version DESC LIMIT 1"),
        {kindId(kind), id});
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    std::optional<Document> document;
    if (row.next())
        document = readDocument(kind, row);
    row.finish();
    return document;
}

} // namespace redress
