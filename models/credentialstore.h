#pragma once

#include "result.h"

#include <functional>
#include <QObject>
#include <QString>

namespace redress {

/// Where the client keeps secrets (session tokens): the OS keychain in live use, memory for tests, demo and
/// sandbox. Asynchronous because the keychain is: a Secret Service or Windows Credential Manager may prompt
/// or take a D-Bus round trip.
///
/// Every call finishes exactly once, on the store's thread, through `done` — unless the store is destroyed
/// first, in which case `done` is never called (so a callback may safely capture the object owning the
/// store). Failures are values with one of these codes:
/// - `credentials.unavailable`: there is no keychain to use. The message tells the user they will be asked to
///   sign in each time and why; nothing is ever written to disk in its place.
/// - `credentials.not_found`: the keychain works but holds nothing under that key.
/// - `credentials.error`: anything else (the message carries the keychain's own text).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(Result<QString>)>;
    using WriteDone = std::function<void(Result<void>)>;

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;
    CredentialStore(const CredentialStore &) = delete;
    CredentialStore &operator=(const CredentialStore &) = delete;

    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done) = 0;
    /// Removing a key that is not there is not an error: the wanted end state holds.
    virtual void remove(const QString &key, WriteDone done) = 0;

    /// Whether secrets survive this run: false for memory stores, so the session can tell the user that they
    /// will sign in again next time.
    virtual bool persistent() const = 0;

    static inline const QString unavailableCode = QStringLiteral("credentials.unavailable");
    static inline const QString notFoundCode = QStringLiteral("credentials.not_found");
    static inline const QString errorCode = QStringLiteral("credentials.error");

    /// The user-facing error for "no keychain"; `reason` is the platform's own explanation, when it gave one.
    static Error unavailableError(const QString &reason = {});
    static Error notFoundError(const QString &key);
    static Error otherError(const QString &key, const QString &reason);
};

} // namespace redress
