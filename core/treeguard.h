#pragma once

#include <QCoreApplication>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace redress {

class JsonObjectReader;

/// The condition that makes a decision-tree choice available, tested against the case facts.
/// Either a test of one fact ({"fact": "tier", "op": "in", "value": ["gold", "platinum"]}) or a combination
/// ({"all": [...]} / {"any": [...]}). A default-constructed guard is always true (an unguarded choice).
class TreeGuard
{
    Q_DECLARE_TR_FUNCTIONS(TreeGuard)

public:
    enum class Op : quint8 {
        Always,
        All,
        Any,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        In,
        NotIn,
        Exists,
    };

    /// Nesting of all/any beyond this is refused: real guards are two or three levels deep, and the bound keeps
    /// reading and evaluation free of unbounded recursion.
    static constexpr int kMaxDepth = 8;

    TreeGuard() = default;

    /// Reads a guard object. Member type errors go to `guard` under their JSON pointer; a guard that is well
    /// typed but meaningless (unknown operator, a value of the wrong kind for the operator, an empty "all")
    /// fails with code "tree.bad_guard" at `where`, which names the node that owns the choice.
    static TreeGuard read(JsonObjectReader &guard, const QString &where, int depth = 0);

    /// True when the facts satisfy the guard. A missing (or null) fact makes every test false except
    /// "exists" with value false; values of different JSON types are never equal and never ordered.
    bool evaluate(const QJsonObject &facts) const;

    Op op() const { return m_op; }
    bool isAlways() const { return m_op == Op::Always; }
    QString fact() const { return m_fact; }
    QJsonValue value() const { return m_value; }
    const QList<TreeGuard> &children() const { return m_children; }

    /// The guard as it would be written in a tree file.
    QJsonObject toJson() const;

    /// "==", "in", "exists" …; "all"/"any" for combinations and an empty string for Always.
    static QString opId(Op op);

private:
    bool compare(const QJsonValue &fact) const;

    Op m_op = Op::Always;
    QString m_fact;
    QJsonValue m_value;
    QList<TreeGuard> m_children;
};

} // namespace redress
