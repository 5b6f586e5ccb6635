#pragma once

#include "role.h"

#include <QString>

namespace redress {

/// A person or system account that signs in to the server.
struct User
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Agent;
    QString team;
    QString vendor; ///< empty for in-house staff; a BPO vendor's id otherwise
    bool disabled = false;
};

} // namespace redress
