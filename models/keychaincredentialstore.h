#pragma once

#include "credentialstore.h"

namespace redress {

/// Secrets in the operating system's keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet) on
/// Linux, Keychain on macOS, Credential Manager on Windows.
///
/// There is no plain-text fallback, not even an opt-in one (Nextcloud compiles it out, Mudlet switches it off
/// per job): a machine without a keychain gets `credentials.unavailable`, and the session keeps the token in
/// memory for this run and tells the user why they must sign in again next time.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    /// `service` names Redress's entries in the keychain (e.g. "Redress"); keys are stored under it.
    explicit KeychainCredentialStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    bool persistent() const override { return true; }

    const QString &service() const { return m_service; }

    /// Maps a QtKeychain error (its enum value and text) to Redress's codes. Public so that the mapping of
    /// headless failures — which QtKeychain reports only as OtherError with a D-Bus message — can be tested.
    static Error mapError(int keychainError, const QString &keychainMessage, const QString &key);

private:
    QString m_service;
};

} // namespace redress
