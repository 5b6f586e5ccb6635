#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace redress {

/// What a user may do. The order of the first five is the approval hierarchy.
enum class Role : quint8 { Agent, SeniorAgent, Lead, Manager, Director, Trainer, Admin, AiAgent, Integration };
inline constexpr int kRoleCount = 9;

std::optional<Role> roleFromId(QStringView id);
QString roleId(Role role);
/// "senior agent", for verdicts ("needs lead approval").
QString roleLabel(Role role);
/// Rank in the approval hierarchy: agent 0 … director 4; roles outside it (AI agents, trainers, admins,
/// integrations) rank below agents, so anything they propose above their limit goes to the first level.
int approvalRank(Role role);

} // namespace redress
