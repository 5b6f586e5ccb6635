#pragma once

#include <QCoreApplication>

#include "currency.h"
#include "result.h"
#include "treeguard.h"
#include "treerecovery.h"
#include "treewalk.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace redress {

class JsonObjectReader;

/// A validated, versioned decision tree: questions whose choices may be guarded by case facts, info nodes
/// that advance on their own, and outcomes that recommend a recovery. The format is docs/formats/tree.md.
///
/// A DecisionTree only exists once valid: no duplicate ids, no dangling edges, no cycles, no unreachable
/// nodes, every question has a choice without a guard and every outcome has a recovery. So a walk always
/// ends at an outcome and never loops. Nodes live in a vector and edges are indices, so a 10,000-node tree
/// validates in milliseconds and a walk does no string lookups except for answers and facts.
class DecisionTree
{
    Q_DECLARE_TR_FUNCTIONS(DecisionTree)

public:
    enum class NodeType : quint8 { Question, Info, Outcome };
    static constexpr int kNodeTypeCount = 3;

    struct Choice
    {
        QString id;
        QString label;
        int next = -1; ///< index into nodes()
        TreeGuard guard;
    };

    struct Node
    {
        QString id;
        NodeType type = NodeType::Question;
        QString text;            ///< question or info text; the title of an outcome
        QList<Choice> choices;   ///< questions only
        int next = -1;           ///< info only: index into nodes()
        TreeRecovery recovery;   ///< outcomes only
    };

    /// Parses bytes through JsonDocumentParser (size limit, syntax, "format": 1), then fromJson().
    static Result<DecisionTree> parse(QByteArrayView bytes);
    /// Reads and validates a tree. The first problem wins: member type errors carry the JSON pointer
    /// (/nodes/3/choices/0/next), structural errors (tree.*) the id of the node concerned.
    static Result<DecisionTree> fromJson(const QJsonObject &object);

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QString title() const { return m_title; }
    QString category() const { return m_category; }
    Currency currency() const { return m_currency; }
    QString description() const { return m_description; }

    int startIndex() const { return m_start; }
    const QList<Node> &nodes() const { return m_nodes; }
    /// The index of the node with this id, or -1.
    int indexOf(const QString &nodeId) const { return m_index.value(nodeId, -1); }
    int count(NodeType type) const { return m_counts[int(type)]; }
    /// Outcome ids in document order.
    QStringList outcomeIds() const;

    /// The choices of a question whose guards the facts satisfy, in document order; empty for an unknown
    /// node or one that is not a question.
    QList<Choice> availableChoices(const QString &nodeId, const QJsonObject &facts) const;

    /// Follows `answers` (choice ids, one per question; info nodes advance by themselves) from the start.
    /// Backtracking is a shorter answer list. Fails with "walk.invalid_answer" (where = the question) when
    /// an answer is not an available choice, "walk.extra_answers" (where = the outcome) when answers remain
    /// after an outcome, and "walk.bad_fact" (where = the fact name) when a fact is an array or object.
    Result<TreeWalk> walk(const QStringList &answers, const QJsonObject &facts) const;

    /// "question", "info", "outcome"
    static QString nodeTypeId(NodeType type);

private:
    /// An edge as written, by target id; resolved to an index once every node id is known.
    struct PendingEdge
    {
        int node;
        int choice; ///< -1 for an info node's "next"
        QString target;
    };

    DecisionTree() = default;
    void readNode(JsonObjectReader &node, QList<PendingEdge> &edges);
    Result<void> link(const QList<PendingEdge> &edges);
    Result<void> checkGraph() const;

    QString m_id;
    int m_version = 0;
    QString m_title;
    QString m_category;
    QString m_description;
    Currency m_currency;
    QString m_startId;
    int m_start = -1;
    QList<Node> m_nodes;
    QHash<QString, int> m_index;
    int m_counts[kNodeTypeCount] = {};
};

} // namespace redress
