#include "treeguard.h"

#include "jsonobjectreader.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <optional>

namespace redress {
namespace {

struct OpName
{
    TreeGuard::Op op;
    const char *id;
};

constexpr std::array<OpName, 9> kFactOps{{
    {TreeGuard::Op::Equal, "=="},
    {TreeGuard::Op::NotEqual, "!="},
    {TreeGuard::Op::Less, "<"},
    {TreeGuard::Op::LessOrEqual, "<="},
    {TreeGuard::Op::Greater, ">"},
    {TreeGuard::Op::GreaterOrEqual, ">="},
    {TreeGuard::Op::In, "in"},
    {TreeGuard::Op::NotIn, "not_in"},
    {TreeGuard::Op::Exists, "exists"},
}};

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool();
}

// Equality within one JSON type; numbers compare as doubles, which is exact for the whole numbers facts carry.
bool sameScalar(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.isString())
        return a.toString() == b.toString();
    return a.toBool() == b.toBool();
}

// Negative, zero or positive; nullopt when the two cannot be ordered (different types, booleans).
std::optional<int> order(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.isString() && b.isString())
        return QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
    return std::nullopt;
}

} // namespace

QString TreeGuard::opId(Op op)
{
    switch (op) {
    case Op::Always:
        return {};
    case Op::All:
        return QStringLiteral("all");
    case Op::Any:
        return QStringLiteral("any");
    default:
        break;
    }
    for (const OpName &name : kFactOps) {
        if (name.op == op)
            return QLatin1String(name.id);
    }
    return {};
}

TreeGuard TreeGuard::read(JsonObjectReader &guard, const QString &where, int depth)
{
    TreeGuard result;
    const bool hasAll = guard.has(u"all");
    if (hasAll || guard.has(u"any")) {
        if (guard.json().size() != 1) {
            guard.failAt(where, QStringLiteral("tree.bad_guard"),
                         tr("The guard at %1 mixes \"all\" or \"any\" with other members; nest fact tests inside it.")
                             .arg(guard.pointer()));
            return result;
        }
        if (depth >= kMaxDepth) {
            guard.failAt(where, QStringLiteral("tree.bad_guard"),
                         tr("The guard at %1 nests \"all\"/\"any\" more than %2 levels deep.").arg(guard.pointer()).arg(kMaxDepth));
            return result;
        }
        const QString key = hasAll ? QStringLiteral("all") : QStringLiteral("any");
        const QJsonArray items = guard.requiredArray(key);
        if (guard.failed())
            return result;
        if (items.isEmpty()) {
            guard.failAt(where, QStringLiteral("tree.bad_guard"),
                         tr("\"%1\" at %2 is empty; it needs at least one guard.").arg(key, guard.pointer()));
            return result;
        }
        result.m_op = key == QLatin1String("all") ? Op::All : Op::Any;
        result.m_children.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && !guard.failed(); ++i) {
            JsonObjectReader child = guard.arrayObject(items, key, i);
            if (child.failed())
                break;
            result.m_children.append(read(child, where, depth + 1));
        }
        return result;
    }

    result.m_fact = guard.requiredString(u"fact");
    const QString opText = guard.requiredString(u"op");
    const QJsonValue value = guard.json().value(QLatin1String("value"));
    if (guard.failed()
        || !guard.rejectUnknownMembers({QLatin1String("fact"), QLatin1String("op"), QLatin1String("value")},
                                     value.isUndefined() ? 2 : 3))
        return result;
    const auto found = std::find_if(kFactOps.begin(), kFactOps.end(),
                                    [&](const OpName &name) { return opText == QLatin1String(name.id); });
    if (found == kFactOps.end()) {
        guard.failAt(where, QStringLiteral("tree.bad_guard"),
                     tr("Unknown operator \"%1\" at %2; expected ==, !=, <, <=, >, >=, in, not_in or exists.")
                         .arg(opText.left(32), guard.pointer()));
        return result;
    }
    result.m_op = found->op;
    const auto opName = [&found] { return QString(QLatin1String(found->id)); }; // for messages only

    switch (result.m_op) {
    case Op::Exists:
        if (!value.isUndefined() && !value.isBool()) {
            guard.failAt(where, QStringLiteral("tree.bad_guard"),
                         tr("\"exists\" at %1 takes no value, or true or false.").arg(guard.pointer()));
            return result;
        }
        result.m_value = value.isUndefined() ? QJsonValue(true) : value;
        return result;
    case Op::In:
    case Op::NotIn: {
        const QJsonArray list = value.toArray();
        bool ok = value.isArray() && !list.isEmpty();
        for (const QJsonValue &item : list)
            ok = ok && isScalar(item);
        if (!ok) {
            guard.failAt(where, QStringLiteral("tree.bad_guard"),
                         tr("\"%1\" at %2 needs a non-empty array of strings, numbers or booleans as its value.")
                             .arg(opName(), guard.pointer()));
            return result;
        }
        result.m_value = value;
        return result;
    }
    case Op::Equal:
    case Op::NotEqual:
        if (!isScalar(value)) {
            guard.failAt(where, QStringLiteral("tree.bad_guard"),
                         tr("\"%1\" at %2 needs a string, number or boolean as its value.").arg(opName(), guard.pointer()));
            return result;
        }
        result.m_value = value;
        return result;
    default:
        if (!value.isDouble() && !value.isString()) {
            guard.failAt(where, QStringLiteral("tree.bad_guard"),
                         tr("\"%1\" at %2 needs a number or a string as its value.").arg(opName(), guard.pointer()));
            return result;
        }
        result.m_value = value;
        return result;
    }
}

bool TreeGuard::evaluate(const QJsonObject &facts) const
{
    switch (m_op) {
    case Op::Always:
        return true;
    case Op::All:
        for (const TreeGuard &child : m_children) {
            if (!child.evaluate(facts))
                return false;
        }
        return true;
    case Op::Any:
        for (const TreeGuard &child : m_children) {
            if (child.evaluate(facts))
                return true;
        }
        return false;
    default:
        return compare(facts.value(m_fact));
    }
}

bool TreeGuard::compare(const QJsonValue &fact) const
{
    const bool present = !fact.isUndefined() && !fact.isNull();
    if (m_op == Op::Exists)
        return present == m_value.toBool();
    if (!present)
        return false;
    switch (m_op) {
    case Op::Equal:
        return sameScalar(fact, m_value);
    case Op::NotEqual:
        return !sameScalar(fact, m_value);
    case Op::In:
    case Op::NotIn: {
        bool found = false;
        for (const QJsonValue &item : m_value.toArray()) {
            if (sameScalar(fact, item)) {
                found = true;
                break;
            }
        }
        return found == (m_op == Op::In);
    }
    default:
        break;
    }
    const std::optional<int> sign = order(fact, m_value);
    if (!sign)
        return false;
    switch (m_op) {
    case Op::Less:
        return *sign < 0;
    case Op::LessOrEqual:
        return *sign <= 0;
    case Op::Greater:
        return *sign > 0;
    case Op::GreaterOrEqual:
        return *sign >= 0;
    default:
        return false;
    }
}

QJsonObject TreeGuard::toJson() const
{
    switch (m_op) {
    case Op::Always:
        return {};
    case Op::All:
    case Op::Any: {
        QJsonArray items;
        for (const TreeGuard &child : m_children)
            items.append(child.toJson());
        return QJsonObject{{opId(m_op), items}};
    }
    default:
        return QJsonObject{{QLatin1String("fact"), m_fact}, {QLatin1String("op"), opId(m_op)}, {QLatin1String("value"), m_value}};
    }
}

} // namespace redress
