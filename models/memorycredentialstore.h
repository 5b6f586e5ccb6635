#pragma once

#include "credentialstore.h"

#include <optional>
#include <QHash>

namespace redress {

/// Secrets kept in memory for this run only: the test fake, and the store of demo and sandbox profiles (their
/// tokens are throwaway, and a sandbox must never reach the keychain that holds a live token). Also the
/// stand-in for this run when no keychain exists.
///
/// It counts every read per key, so a test can prove that a key — a live credential — was never asked for.
/// Answers are queued, like a real keychain's, so callers cannot come to rely on a synchronous answer.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    bool persistent() const override { return false; }

    /// How many times read() was called for `key`, found or not.
    int readCount(const QString &key) const { return m_reads.value(key); }
    /// Every key read() was ever called with.
    QStringList keysRead() const { return m_reads.keys(); }
    bool contains(const QString &key) const { return m_secrets.contains(key); }

    /// Makes every later call fail with `error` (e.g. unavailableError()), to test how callers cope; reads
    /// are still counted. std::nullopt restores normal behaviour.
    void setFailure(std::optional<Error> error) { m_failure = std::move(error); }

private:
    QHash<QString, QString> m_secrets;
    QHash<QString, int> m_reads;
    std::optional<Error> m_failure;
};

} // namespace redress
