#include "keychaincredentialstore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "redress.credentials")

namespace redress {

namespace {

// QtKeychain reports a missing Secret Service (no session bus, nothing owning org.freedesktop.secrets, no
// X11 display to autolaunch a bus) only as OtherError with the D-Bus/GLib text, so the text is what tells
// "there is no keychain here" apart from "the keychain failed". A Secret Service without a usable keyring
// counts as none: over SSH or headless, GNOME Keyring starts on demand but cannot prompt to create or unlock
// its login collection, and every write fails with "Object does not exist at path .../collection/login".
bool looksLikeNoBackend(const QString &message)
{
    static const QLatin1String markers[] = {
        QLatin1String("dbus"),
        QLatin1String("d-bus"),
        QLatin1String("org.freedesktop.secrets"),
        QLatin1String("autolaunch"),
        QLatin1String("could not connect"),
        QLatin1String("serviceunknown"),
        QLatin1String("service files"),
        QLatin1String("no such secret collection"),
        QLatin1String("/org/freedesktop/secrets/collection"),
        QLatin1String("prompt"),
        QLatin1String("no backend"),
        QLatin1String("not available"),
    };
    for (const QLatin1String &marker : markers) {
        if (message.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

template<typename Job> Job *makeJob(const QString &service, const QString &key)
{
    // No parent: a job must outlive a store destroyed mid-call (the backend still holds it), and it deletes
    // itself once finished. The store's own lifetime only decides whether `done` runs, through the context
    // object of the connection.
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{
}

Error KeychainCredentialStore::mapError(int keychainError, const QString &keychainMessage, const QString &key)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::EntryNotFound:
        return notFoundError(key);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return unavailableError(keychainMessage);
    case QKeychain::OtherError:
        if (looksLikeNoBackend(keychainMessage))
            return unavailableError(keychainMessage);
        return otherError(key, keychainMessage);
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return otherError(key, keychainMessage);
}

void KeychainCredentialStore::read(const QString &key, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            qCDebug(lcCredentials) << "read" << key << "failed:" << finished->error()
                                   << finished->errorString();
            done(mapError(finished->error(), finished->errorString(), key));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, WriteDone done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            qCDebug(lcCredentials) << "write" << key << "failed:" << finished->error()
                                   << finished->errorString();
            done(mapError(finished->error(), finished->errorString(), key));
            return;
        }
        done(Result<void>());
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, WriteDone done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            qCDebug(lcCredentials) << "remove" << key << "failed:" << finished->error()
                                   << finished->errorString();
            done(mapError(finished->error(), finished->errorString(), key));
            return;
        }
        done(Result<void>());
    });
    job->start();
}

} // namespace redress
