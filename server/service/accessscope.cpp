#include "accessscope.h"

namespace redress {

AccessScope AccessScope::of(const User &user)
{
    AccessScope scope;
    if (user.role == Role::Integration || user.disabled) {
        scope.m_kind = Kind::Nothing;
    } else if (!user.vendor.isEmpty()) {
        scope.m_kind = Kind::Vendor;
        scope.m_value = user.vendor;
    } else if (user.role == Role::Manager || user.role == Role::Director || user.role == Role::Admin) {
        scope.m_kind = Kind::Everything;
    } else {
        scope.m_kind = Kind::Team;
        scope.m_value = user.team;
    }
    return scope;
}

AccessScope AccessScope::everything()
{
    AccessScope scope;
    scope.m_kind = Kind::Everything;
    return scope;
}

QString AccessScope::condition(const QString &alias) const
{
    switch (m_kind) {
    case Kind::Everything:
        return QStringLiteral("1 = 1");
    case Kind::Team:
        return QLatin1String("(") + alias + QLatin1String("team = ? AND ") + alias + QLatin1String("vendor = '')");
    case Kind::Vendor:
        return QLatin1String("(") + alias + QLatin1String("vendor = ?)");
    case Kind::Nothing:
        break;
    }
    return QStringLiteral("1 = 0");
}

QVariantList AccessScope::binds() const
{
    if (m_kind == Kind::Team || m_kind == Kind::Vendor)
        return {m_value};
    return {};
}

bool AccessScope::allows(const QString &team, const QString &vendor) const
{
    switch (m_kind) {
    case Kind::Everything:
        return true;
    case Kind::Team:
        return team == m_value && vendor.isEmpty();
    case Kind::Vendor:
        return vendor == m_value;
    case Kind::Nothing:
        break;
    }
    return false;
}

} // namespace redress
