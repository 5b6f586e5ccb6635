#include "sandboxmark.h"

#include "database.h"
#include "passwordhasher.h"
#include "writetransaction.h"

#include <QDateTime>

namespace redress {
namespace {

const QString kSandbox = QStringLiteral("sandbox");
const QString kDataEpoch = QStringLiteral("data_epoch");

} // namespace

Result<bool> SandboxMark::isSandbox()
{
    Result<QString> mark = value(kSandbox);
    if (!mark)
        return mark.error();
    return !mark->isEmpty();
}

Result<void> SandboxMark::markSandbox(WriteTransaction &transaction)
{
    return put(transaction.database(), kSandbox, QStringLiteral("1"));
}

Result<QString> SandboxMark::dataEpoch()
{
    return value(kDataEpoch);
}

Result<QString> SandboxMark::ensureEpoch()
{
    Result<QSqlQuery *> inserted = m_database.exec(
        QStringLiteral("INSERT INTO server_meta (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING"),
        {kDataEpoch, PasswordHasher::randomToken(), QDateTime::currentMSecsSinceEpoch()});
    if (!inserted)
        return inserted.error();
    inserted.value()->finish();
    return value(kDataEpoch);
}

Result<QString> SandboxMark::renewEpoch(WriteTransaction &transaction)
{
    const QString epoch = PasswordHasher::randomToken();
    if (Result<void> stored = put(transaction.database(), kDataEpoch, epoch); !stored)
        return stored.error();
    return epoch;
}

Result<QString> SandboxMark::value(const QString &key)
{
    Result<QSqlQuery *> query = m_database.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = ?"), {key});
    if (!query)
        return query.error();
    const QString found = query.value()->next() ? query.value()->value(0).toString() : QString();
    query.value()->finish();
    return found;
}

Result<void> SandboxMark::put(Database &database, const QString &key, const QString &value)
{
    Result<QSqlQuery *> stored = database.exec(
        QStringLiteral("INSERT INTO server_meta (key, value, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"),
        {key, value, QDateTime::currentMSecsSinceEpoch()});
    if (!stored)
        return stored.error();
    stored.value()->finish();
    return {};
}

} // namespace redress
