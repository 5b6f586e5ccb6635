#include "passwordhasher.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace redress {
namespace {

constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = size_t(19) * 1024 * 1024;

} // namespace

bool PasswordHasher::initialise()
{
    return sodium_init() >= 0;
}

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), kOpsLimit, kMemLimit) != 0)
        return {}; // out of memory: an empty hash never verifies
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void PasswordHasher::verifyDummy(const QString &password)
{
    static const QString dummy = hash(QStringLiteral("no such user"));
    (void)verify(dummy, password);
}

bool PasswordHasher::needsRehash(const QString &storedHash)
{
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimit) != 0;
}

QString PasswordHasher::randomToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString PasswordHasher::tokenDigest(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace redress
