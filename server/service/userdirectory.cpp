#include "userdirectory.h"

#include "database.h"
#include "passwordhasher.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace redress {
namespace {

QJsonObject publicJson(const User &user)
{
    return QJsonObject{{QStringLiteral("id"), user.id},       {QStringLiteral("username"), user.username},
                       {QStringLiteral("role"), roleId(user.role)}, {QStringLiteral("team"), user.team},
                       {QStringLiteral("vendor"), user.vendor}, {QStringLiteral("disabled"), user.disabled}};
}

} // namespace

bool UserDirectory::isValidUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(username).hasMatch();
}

Result<User> UserDirectory::add(const User &candidate, const QString &password, const QString &actor)
{
    if (!isValidUsername(candidate.username)) {
        return Error{QStringLiteral("user.username"),
                     QCoreApplication::translate("UserDirectory",
                                                 "A username is 1 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit."),
                     QStringLiteral("--username")};
    }
    if (password.size() < 8 || password.size() > 1024) {
        return Error{QStringLiteral("user.password"),
                     QCoreApplication::translate("UserDirectory", "A password has 8 to 1024 characters."),
                     QStringLiteral("password")};
    }
    if (candidate.team.trimmed().isEmpty()) {
        return Error{QStringLiteral("user.team"), QCoreApplication::translate("UserDirectory", "Every user belongs to a team."),
                     QStringLiteral("--team")};
    }
    User user = candidate;
    if (user.id.isEmpty())
        user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (user.displayName.isEmpty())
        user.displayName = user.username;
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error{QStringLiteral("user.hash"), QCoreApplication::translate("UserDirectory", "Out of memory while hashing the password."), {}};

    WriteTransaction transaction(m_database, m_auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    Result<QSqlQuery *> inserted = m_database.exec(
        QStringLiteral("INSERT INTO users (id, username, display_name, role, team, vendor, password_hash, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {user.id, user.username, user.displayName, roleId(user.role), user.team, user.vendor, hash,
         QDateTime::currentMSecsSinceEpoch()});
    if (!inserted) {
        if (inserted.error().code == QLatin1String("db.unique")) {
            return Error{QStringLiteral("user.exists"),
                         QCoreApplication::translate("UserDirectory", "A user named \"%1\" already exists.").arg(user.username),
                         QStringLiteral("--username")};
        }
        return inserted.error();
    }
    if (Result<void> audited = transaction.audit(actor, QStringLiteral("server"), QStringLiteral("user.add"),
                                                 QStringLiteral("user"), user.id, {}, publicJson(user));
        !audited) {
        return audited.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return user;
}

Result<void> UserDirectory::disable(const QString &username, const QString &actor)
{
    WriteTransaction transaction(m_database, m_auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    Result<std::optional<User>> found = findByUsername(username);
    if (!found)
        return found.error();
    if (!found.value()) {
        return Error{QStringLiteral("user.unknown"),
                     QCoreApplication::translate("UserDirectory", "No user named \"%1\".").arg(username),
                     QStringLiteral("--username")};
    }
    User user = *found.value();
    const QJsonObject before = publicJson(user);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (Result<QSqlQuery *> done = m_database.exec(QStringLiteral("UPDATE users SET disabled = 1 WHERE id = ?"), {user.id}); !done)
        return done.error();
    if (Result<QSqlQuery *> ended = m_database.exec(
            QStringLiteral("UPDATE sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL"), {now, user.id});
        !ended) {
        return ended.error();
    }
    user.disabled = true;
    if (Result<void> audited = transaction.audit(actor, QStringLiteral("server"), QStringLiteral("user.disable"),
                                                 QStringLiteral("user"), user.id, before, publicJson(user));
        !audited) {
        return audited;
    }
    return transaction.commit();
}

Result<std::optional<User>> UserDirectory::findByUsername(const QString &username)
{
    return find(QStringLiteral("username"), username);
}

Result<std::optional<User>> UserDirectory::findById(const QString &id)
{
    return find(QStringLiteral("id"), id);
}

Result<std::optional<User>> UserDirectory::find(const QString &column, const QString &value)
{
    Result<QSqlQuery *> query = m_database.exec(
        QLatin1String("SELECT id, username, display_name, role, team, vendor, disabled FROM users WHERE ") + column
            + QLatin1String(" = ?"),
        {value});
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    if (!row.next())
        return std::optional<User>();
    User user;
    user.id = row.value(0).toString();
    user.username = row.value(1).toString();
    user.displayName = row.value(2).toString();
    const std::optional<Role> role = roleFromId(row.value(3).toString());
    user.role = role.value_or(Role::Integration);
    user.team = row.value(4).toString();
    user.vendor = row.value(5).toString();
    user.disabled = row.value(6).toInt() != 0 || !role; // a row edited to an unknown role grants nothing
    row.finish();
    return std::optional<User>(user);
}

} // namespace redress
