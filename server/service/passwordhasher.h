#pragma once

#include <QByteArray>
#include <QString>

namespace redress {

/// argon2id password hashes through libsodium, in its self-describing string form ($argon2id$v=19$m=…,t=…,p=1$…).
/// Cost: t = 2 passes over 19 MiB (OWASP's argon2id minimum): about 30 ms here, cheap for a login, ruinous for an
/// offline guesser. Stored hashes carry their own cost, so raising it later only needs needsRehash().
class PasswordHasher
{
public:
    /// Initialises libsodium; false if it cannot be (then nothing here is safe to use).
    static bool initialise();

    static QString hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
    /// Spends the same time as a real verify(); used for unknown usernames so timing does not tell which exist.
    static void verifyDummy(const QString &password);
    static bool needsRehash(const QString &storedHash);

    /// 256 random bits, base64url without padding (43 characters): a session token.
    static QString randomToken();
    /// The form a token is stored in: SHA-256, hex. A stolen sessions table grants no sessions.
    static QString tokenDigest(const QString &token);
};

} // namespace redress
