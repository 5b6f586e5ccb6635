#pragma once

#include "result.h"
#include "user.h"

#include <optional>

namespace redress {

class AuditChain;
class Database;

/// The server's user accounts: adding, disabling and looking them up. Every change is audited.
class UserDirectory
{
public:
    UserDirectory(Database &database, AuditChain &auditCache) : m_database(database), m_auditCache(auditCache) {}

    /// Adds an account; the password is hashed here and never stored or logged in clear.
    /// `actor` is who did it (e.g. "redress-admin" or an admin's username).
    Result<User> add(const User &user, const QString &password, const QString &actor);
    /// Disables an account and ends all its sessions in the same transaction.
    Result<void> disable(const QString &username, const QString &actor);
    Result<std::optional<User>> findByUsername(const QString &username);
    Result<std::optional<User>> findById(const QString &id);

    /// Usernames: 1–64 of [a-z0-9._-], starting with a letter or digit.
    static bool isValidUsername(const QString &username);

private:
    Result<std::optional<User>> find(const QString &column, const QString &value);

    Database &m_database;
    AuditChain &m_auditCache;
};

} // namespace redress
