#include "credentialstore.h"

#include <QCoreApplication>

namespace redress {

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

Error CredentialStore::unavailableError(const QString &reason)
{
    QString message = QCoreApplication::translate("CredentialStore",
        "No system keychain is available to keep your sign-in safely, so Redress will not store it: you will "
        "be "
        "asked to sign in each time you start Redress.");
    if (!reason.isEmpty())
        message += QLatin1Char(' ')
            + QCoreApplication::translate("CredentialStore", "(Keychain said: %1)").arg(reason);
    return Error { unavailableCode, message, {} };
}

Error CredentialStore::notFoundError(const QString &key)
{
    return Error { notFoundCode,
        QCoreApplication::translate("CredentialStore", "No saved sign-in for %1.").arg(key), key };
}

Error CredentialStore::otherError(const QString &key, const QString &reason)
{
    return Error { errorCode,
        QCoreApplication::translate("CredentialStore", "The keychain could not be used: %1").arg(reason),
        key };
}

} // namespace redress
