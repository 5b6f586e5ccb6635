#pragma once

#include "user.h"

#include <QString>
#include <QVariantList>

namespace redress {

/// Which records a user may see, as one SQL condition over a row's `team` and `vendor` columns.
///  - vendor staff (any role): their vendor's records only, never another vendor's customers;
///  - managers, directors and administrators in-house: everything;
///  - everyone else in-house: their own team's records.
/// Integration accounts see nothing through reads; they only post events.
class AccessScope
{
public:
    enum class Kind { Everything, Team, Vendor, Nothing };

    static AccessScope of(const User &user);
    /// For the server's own work on behalf of a system (inbound events): every record.
    static AccessScope everything();

    Kind kind() const { return m_kind; }
    /// A condition such as "team = ?" for a row whose columns are prefixed by `alias` (e.g. "c."), and its binds.
    QString condition(const QString &alias = {}) const;
    QVariantList binds() const;
    /// Whether a row with these scope columns is visible.
    bool allows(const QString &team, const QString &vendor) const;

private:
    Kind m_kind = Kind::Nothing;
    QString m_value;
};

} // namespace redress
