#include "decisiontree.h"

#include "jsondocumentparser.h"
#include "jsonobjectreader.h"

#include <limits>

namespace redress {
namespace {

QString quotedList(const QStringList &ids)
{
    QStringList quoted;
    quoted.reserve(ids.size());
    for (const QString &id : ids)
        quoted.append(u'"' + id + u'"');
    return quoted.join(QLatin1String(", "));
}

} // namespace

QString DecisionTree::nodeTypeId(NodeType type)
{
    switch (type) {
    case NodeType::Question:
        return QStringLiteral("question");
    case NodeType::Info:
        return QStringLiteral("info");
    case NodeType::Outcome:
        return QStringLiteral("outcome");
    }
    return {};
}

Result<DecisionTree> DecisionTree::parse(QByteArrayView bytes)
{
    Result<QJsonObject> json = JsonDocumentParser::parse(bytes);
    if (!json)
        return json.error();
    return fromJson(json.value());
}

Result<DecisionTree> DecisionTree::fromJson(const QJsonObject &object)
{
    JsonObjectReader root(object);
    DecisionTree tree;
    root.rejectUnknownMembers({QLatin1String("format"), QLatin1String("id"), QLatin1String("version"),
                                    QLatin1String("title"), QLatin1String("description"), QLatin1String("category"),
                                    QLatin1String("currency"), QLatin1String("start"), QLatin1String("nodes")});
    tree.m_id = root.requiredId(u"id");
    tree.m_version = int(root.requiredInteger(u"version", 1, std::numeric_limits<int>::max()));
    tree.m_title = root.requiredString(u"title");
    tree.m_description = root.optionalString(u"description");
    tree.m_category = root.requiredId(u"category");
    const QString currencyCode = root.requiredString(u"currency");
    if (!root.failed()) {
        const std::optional<Currency> currency = Currency::fromCode(currencyCode);
        if (currency)
            tree.m_currency = *currency;
        else
            root.fail(u"currency", QStringLiteral("json.currency"),
                      tr("\"%1\" is not an ISO 4217 currency code such as USD.").arg(currencyCode.left(16)));
    }
    tree.m_startId = root.requiredId(u"start");
    const QJsonArray nodes = root.requiredArray(u"nodes");
    if (root.failed())
        return *root.error();
    if (nodes.isEmpty())
        return Error{QStringLiteral("tree.no_nodes"), tr("The tree has no nodes."), QStringLiteral("/nodes")};

    tree.m_nodes.reserve(nodes.size());
    tree.m_index.reserve(nodes.size());
    QList<PendingEdge> edges;
    edges.reserve(nodes.size() * 2);
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        JsonObjectReader node = root.arrayObject(nodes, QStringLiteral("nodes"), i);
        if (!node.failed())
            tree.readNode(node, edges);
        if (root.failed())
            return *root.error();
    }
    if (Result<void> linked = tree.link(edges); !linked)
        return linked.error();
    if (Result<void> graph = tree.checkGraph(); !graph)
        return graph.error();
    return tree;
}

void DecisionTree::readNode(JsonObjectReader &reader, QList<PendingEdge> &edges)
{
    const QString id = reader.requiredId(u"id");
    const QString typeText = reader.requiredString(u"type");
    if (reader.failed())
        return;
    const int index = int(m_nodes.size());
    if (const int first = m_index.value(id, -1); first >= 0) {
        reader.failAt(id, QStringLiteral("tree.duplicate_id"),
                      tr("The node id is used twice, at /nodes/%1 and /nodes/%2.").arg(first).arg(index));
        return;
    }

    Node node;
    node.id = id;
    if (typeText == QLatin1String("question")) {
        node.type = NodeType::Question;
        node.text = reader.requiredString(u"text");
        const QJsonValue choicesValue = reader.json().value(QLatin1String("choices"));
        if (reader.failed())
            return;
        if (choicesValue.isUndefined() || choicesValue.isNull() || (choicesValue.isArray() && choicesValue.toArray().isEmpty())) {
            reader.failAt(id, QStringLiteral("tree.no_choices"), tr("The question has no choices."));
            return;
        }
        const QJsonArray choices = reader.requiredArray(u"choices");
        bool hasFallback = false;
        node.choices.reserve(choices.size());
        for (qsizetype c = 0; c < choices.size() && !reader.failed(); ++c) {
            JsonObjectReader choiceReader = reader.arrayObject(choices, QStringLiteral("choices"), c);
            if (choiceReader.failed())
                return;
            Choice choice;
            choice.id = choiceReader.requiredId(u"id");
            choice.label = choiceReader.requiredString(u"label");
            const QString target = choiceReader.requiredId(u"next");
            const QJsonValue guardValue = choiceReader.json().value(QLatin1String("guard"));
            // id, label and next were found (or reading failed), and the guard if it is there.
            if (!choiceReader.rejectUnknownMembers({QLatin1String("id"), QLatin1String("label"), QLatin1String("next"),
                                                         QLatin1String("guard")},
                                          guardValue.isUndefined() ? 3 : 4))
                return;
            if (!guardValue.isUndefined() && !guardValue.isNull()) {
                JsonObjectReader guardReader = choiceReader.object(QStringLiteral("guard"));
                if (!guardReader.failed())
                    choice.guard = TreeGuard::read(guardReader, id);
            }
            if (reader.failed())
                return;
            for (const Choice &earlier : std::as_const(node.choices)) {
                if (earlier.id == choice.id) {
                    reader.failAt(id, QStringLiteral("tree.duplicate_choice"),
                                  tr("The choice id \"%1\" is used twice in this question.").arg(choice.id));
                    return;
                }
            }
            hasFallback = hasFallback || choice.guard.isAlways();
            edges.append(PendingEdge{index, int(node.choices.size()), target});
            node.choices.append(std::move(choice));
        }
        if (!reader.rejectUnknownMembers({QLatin1String("id"), QLatin1String("type"), QLatin1String("text"),
                                               QLatin1String("choices")},
                                      4))
            return;
        if (!hasFallback) {
            reader.failAt(id, QStringLiteral("tree.no_fallback"),
                          tr("Every choice of this question has a guard; add one without a guard, so that a walk "
                             "never stops with nothing to choose."));
            return;
        }
    } else if (typeText == QLatin1String("info")) {
        node.type = NodeType::Info;
        node.text = reader.requiredString(u"text");
        if (reader.failed())
            return;
        const QJsonValue next = reader.json().value(QLatin1String("next"));
        if (next.isUndefined() || next.isNull()) {
            reader.failAt(id, QStringLiteral("tree.no_next"), tr("The info node has no \"next\" node."));
            return;
        }
        edges.append(PendingEdge{index, -1, reader.requiredId(u"next")});
        if (!reader.rejectUnknownMembers({QLatin1String("id"), QLatin1String("type"), QLatin1String("text"),
                                               QLatin1String("next")},
                                      4))
            return;
    } else if (typeText == QLatin1String("outcome")) {
        node.type = NodeType::Outcome;
        node.text = reader.requiredString(u"title");
        if (reader.failed())
            return;
        const QJsonValue recoveryValue = reader.json().value(QLatin1String("recovery"));
        if (recoveryValue.isUndefined() || recoveryValue.isNull()) {
            reader.failAt(id, QStringLiteral("tree.no_recovery"), tr("The outcome has no recovery."));
            return;
        }
        if (!reader.rejectUnknownMembers({QLatin1String("id"), QLatin1String("type"), QLatin1String("title"),
                                               QLatin1String("recovery")},
                                      4))
            return;
        JsonObjectReader recovery = reader.object(QStringLiteral("recovery"));
        const QStringList kindIds = recovery.optionalStringList(u"kinds");
        if (recovery.failed())
            return;
        if (kindIds.isEmpty()) {
            reader.failAt(id, QStringLiteral("tree.no_kinds"),
                          tr("The recovery needs at least one kind: refund, voucher, points, upgrade, fee_waiver or gesture."));
            return;
        }
        bool needsAmount = false;
        for (const QString &kindId : kindIds) {
            const std::optional<CompensationKind> kind = compensationKindFromId(kindId);
            if (!kind) {
                reader.failAt(id, QStringLiteral("tree.unknown_kind"),
                              tr("Unknown recovery kind \"%1\"; expected refund, voucher, points, upgrade, fee_waiver or gesture.")
                                  .arg(kindId.left(32)));
                return;
            }
            if (node.recovery.kinds.contains(*kind)) {
                reader.failAt(id, QStringLiteral("tree.duplicate_kind"), tr("The recovery kind \"%1\" is listed twice.").arg(kindId));
                return;
            }
            node.recovery.kinds.append(*kind);
            needsAmount = needsAmount || *kind != CompensationKind::Gesture;
        }
        const QJsonValue amountValue = recovery.json().value(QLatin1String("amount"));
        if (!amountValue.isUndefined() && !amountValue.isNull()) {
            JsonObjectReader amount = recovery.object(QStringLiteral("amount"));
            if (!amount.rejectUnknownMembers({QLatin1String("suggested"), QLatin1String("min"), QLatin1String("max")}))
                return;
            const Money suggested = amount.requiredAmount(u"suggested", m_currency);
            const Money minimum = amount.optionalAmount(u"min", m_currency).value_or(suggested);
            const Money maximum = amount.optionalAmount(u"max", m_currency).value_or(suggested);
            if (amount.failed())
                return;
            if (!(minimum <= suggested && suggested <= maximum)) {
                reader.failAt(id, QStringLiteral("tree.amount_range"),
                              tr("The amount must satisfy min <= suggested <= max; got min %1, suggested %2, max %3.")
                                  .arg(minimum.toDecimalString(), suggested.toDecimalString(), maximum.toDecimalString()));
                return;
            }
            node.recovery.suggested = suggested;
            node.recovery.minimum = minimum;
            node.recovery.maximum = maximum;
        } else if (needsAmount) {
            reader.failAt(id, QStringLiteral("tree.amount_missing"),
                          tr("A recovery that gives more than a gesture needs an \"amount\"."));
            return;
        }
        node.recovery.templateId = recovery.requiredId(u"template");
        node.recovery.rootCause = recovery.requiredId(u"root_cause");
        node.recovery.note = recovery.optionalString(u"note");
        if (recovery.failed())
            return;
        if (!recovery.rejectUnknownMembers({QLatin1String("kinds"), QLatin1String("amount"), QLatin1String("template"),
                                                 QLatin1String("root_cause"), QLatin1String("note")},
                                      3 + (amountValue.isUndefined() ? 0 : 1) + (recovery.has(u"note") ? 1 : 0)))
            return;
    } else {
        reader.failAt(id, QStringLiteral("tree.node_type"),
                      tr("Unknown node type \"%1\"; expected question, info or outcome.").arg(typeText.left(32)));
        return;
    }

    ++m_counts[int(node.type)];
    m_index.insert(id, index);
    m_nodes.append(std::move(node));
}

Result<void> DecisionTree::link(const QList<PendingEdge> &edges)
{
    m_start = m_index.value(m_startId, -1);
    if (m_start < 0) {
        return Error{QStringLiteral("tree.unknown_start"),
                     tr("The start node \"%1\" is not in this tree.").arg(m_startId), QStringLiteral("/start")};
    }
    for (const PendingEdge &edge : edges) {
        const int target = m_index.value(edge.target, -1);
        Node &node = m_nodes[edge.node];
        if (target < 0) {
            const QString message = edge.choice < 0
                ? tr("\"next\" leads to \"%1\", which is not a node in this tree.").arg(edge.target)
                : tr("The choice \"%1\" leads to \"%2\", which is not a node in this tree.")
                      .arg(node.choices.at(edge.choice).id, edge.target);
            return Error{QStringLiteral("tree.dangling_edge"), message, node.id};
        }
        if (edge.choice < 0)
            node.next = target;
        else
            node.choices[edge.choice].next = target;
    }
    return {};
}

Result<void> DecisionTree::checkGraph() const
{
    // Iterative depth-first search: a 10,000-deep chain must not exhaust the call stack.
    enum : quint8 { Unseen, OnPath, Done };
    QList<quint8> state(m_nodes.size(), Unseen);
    struct Frame
    {
        int node;
        int edge;
    };
    QList<Frame> stack;
    stack.append(Frame{m_start, 0});
    state[m_start] = OnPath;
    while (!stack.isEmpty()) {
        const int current = stack.last().node;
        const int edge = stack.last().edge++;
        const Node &node = m_nodes.at(current);
        int target = -1;
        if (node.type == NodeType::Question && edge < node.choices.size())
            target = node.choices.at(edge).next;
        else if (node.type == NodeType::Info && edge == 0)
            target = node.next;
        if (target < 0) {
            state[current] = Done;
            stack.removeLast();
            continue;
        }
        if (state.at(target) == OnPath) {
            const QString via = node.type == NodeType::Question
                ? tr("The choice \"%1\" leads back to \"%2\"").arg(node.choices.at(edge).id, m_nodes.at(target).id)
                : tr("\"next\" leads back to \"%1\"").arg(m_nodes.at(target).id);
            return Error{QStringLiteral("tree.cycle"),
                         tr("%1, which closes a cycle; every path must end at an outcome.").arg(via), node.id};
        }
        if (state.at(target) == Unseen) {
            state[target] = OnPath;
            stack.append(Frame{target, 0});
        }
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (state.at(i) == Unseen) {
            return Error{QStringLiteral("tree.unreachable"),
                         tr("No path from the start node \"%1\" reaches this node.").arg(m_startId), m_nodes.at(i).id};
        }
    }
    return {};
}

QStringList DecisionTree::outcomeIds() const
{
    QStringList ids;
    ids.reserve(count(NodeType::Outcome));
    for (const Node &node : m_nodes) {
        if (node.type == NodeType::Outcome)
            ids.append(node.id);
    }
    return ids;
}

QList<DecisionTree::Choice> DecisionTree::availableChoices(const QString &nodeId, const QJsonObject &facts) const
{
    QList<Choice> available;
    const int index = indexOf(nodeId);
    if (index < 0)
        return available;
    for (const Choice &choice : m_nodes.at(index).choices) {
        if (choice.guard.evaluate(facts))
            available.append(choice);
    }
    return available;
}

Result<TreeWalk> DecisionTree::walk(const QStringList &answers, const QJsonObject &facts) const
{
    for (auto it = facts.constBegin(); it != facts.constEnd(); ++it) {
        if (it.value().isArray() || it.value().isObject()) {
            return Error{QStringLiteral("walk.bad_fact"),
                         tr("The fact \"%1\" is an array or object; a fact must be a string, number, boolean or null.")
                             .arg(it.key().left(64)),
                         it.key()};
        }
    }

    TreeWalk walk;
    walk.treeId = m_id;
    walk.treeVersion = m_version;
    walk.path.reserve(answers.size() + 4);
    qsizetype answered = 0;
    int current = m_start;
    // Ends: the tree is acyclic, so every step visits a new node and the loop runs at most nodes().size() times.
    while (true) {
        const Node &node = m_nodes.at(current);
        if (node.type == NodeType::Info) {
            walk.path.append(TreeWalk::Step{node.id, {}});
            current = node.next;
            continue;
        }
        if (node.type == NodeType::Outcome) {
            if (answered < answers.size()) {
                return Error{QStringLiteral("walk.extra_answers"),
                             tr("The walk reached this outcome; answer %1 (\"%2\") and any after it have no question to answer.")
                                 .arg(answered + 1)
                                 .arg(answers.at(answered).left(64)),
                             node.id};
            }
            walk.path.append(TreeWalk::Step{node.id, {}});
            walk.complete = true;
            walk.outcomeNode = node.id;
            walk.outcomeTitle = node.text;
            walk.recovery = node.recovery;
            return walk;
        }

        if (answered == answers.size()) {
            walk.nextNode = node.id;
            walk.nextText = node.text;
            for (const Choice &choice : node.choices) {
                if (choice.guard.evaluate(facts))
                    walk.nextChoices.append(TreeWalk::Choice{choice.id, choice.label});
            }
            return walk;
        }

        const QString &answer = answers.at(answered);
        const Choice *taken = nullptr;
        bool guarded = false;
        for (const Choice &choice : node.choices) {
            if (choice.id == answer) {
                if (choice.guard.evaluate(facts))
                    taken = &choice;
                else
                    guarded = true;
                break;
            }
        }
        if (!taken) {
            QStringList valid;
            for (const Choice &choice : node.choices) {
                if (choice.guard.evaluate(facts))
                    valid.append(choice.id);
            }
            const QString message = guarded
                ? tr("\"%1\" is not available for these case facts; choose one of: %2.")
                : tr("\"%1\" is not a choice of this question; choose one of: %2.");
            return Error{QStringLiteral("walk.invalid_answer"), message.arg(answer.left(64), quotedList(valid)), node.id};
        }
        walk.path.append(TreeWalk::Step{node.id, answer});
        ++answered;
        current = taken->next;
    }
}

} // namespace redress
