#include "memorycredentialstore.h"

#include <QMetaObject>

namespace redress {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

void MemoryCredentialStore::read(const QString &key, ReadDone done)
{
    ++m_reads[key];
    Result<QString> result = m_failure ? Result<QString>(*m_failure)
        : m_secrets.contains(key)      ? Result<QString>(m_secrets.value(key))
                                       : Result<QString>(notFoundError(key));
    // `this` as context: if the store goes away first, the queued call is dropped and `done` never runs.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
        Qt::QueuedConnection);
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, WriteDone done)
{
    Result<void> result;
    if (m_failure)
        result = *m_failure;
    else
        m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
        Qt::QueuedConnection);
}

void MemoryCredentialStore::remove(const QString &key, WriteDone done)
{
    Result<void> result;
    if (m_failure)
        result = *m_failure;
    else
        m_secrets.remove(key);
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
        Qt::QueuedConnection);
}

} // namespace redress
