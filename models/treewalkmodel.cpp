#include "treewalkmodel.h"

#include "cachenotifier.h"
#include "localdatabase.h"

#include <QJsonDocument>

namespace redress {

TreeWalkModel::TreeWalkModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
    if (notifier) {
        connect(notifier, &CacheNotifier::documentsChanged, this, &TreeWalkModel::onDocumentsChanged);
        connect(notifier, &CacheNotifier::reset, this, &TreeWalkModel::onDocumentsChanged);
    }
}

TreeWalkModel::~TreeWalkModel() = default;

Result<void> TreeWalkModel::loadTree(const QString &treeId)
{
    Result<QSqlQuery *> query =
        m_database.exec(QStringLiteral("SELECT body FROM documents WHERE kind = 'tree' AND id = ?"), {treeId});
    if (!query) {
        setLastError(query.error().message);
        return query.error();
    }
    const bool found = query.value()->next();
    const QByteArray body = found ? query.value()->value(0).toString().toUtf8() : QByteArray();
    query.value()->finish();
    if (!found) {
        Error error{QStringLiteral("tree.not_found"), tr("No decision tree %1 in the local cache.").arg(treeId), treeId};
        setLastError(error.message);
        return error;
    }
    Result<DecisionTree> tree = DecisionTree::parse(body);
    if (!tree) {
        setLastError(tree.error().message);
        return tree.error();
    }
    const bool sameTree = m_tree && m_tree->id() == tree->id();
    const QStringList kept = sameTree ? m_answers : QStringList();
    // The rows name nodes of the old tree: a new tree starts from an empty list.
    beginResetModel();
    m_tree = std::move(*tree);
    m_documentTreeId = treeId;
    m_answers.clear();
    m_walk = TreeWalk{};
    endResetModel();
    applyLongestValidPrefix(kept);
    return {};
}

void TreeWalkModel::setTree(const DecisionTree &tree)
{
    beginResetModel();
    m_tree = tree;
    m_documentTreeId.clear();
    m_answers.clear();
    m_walk = TreeWalk{};
    endResetModel();
    applyLongestValidPrefix({});
}

void TreeWalkModel::setFacts(const QJsonObject &facts)
{
    if (facts == m_facts)
        return;
    m_facts = facts;
    if (m_tree)
        applyLongestValidPrefix(m_answers);
}

Result<void> TreeWalkModel::loadCaseFacts(const QString &caseId)
{
    Result<QSqlQuery *> query = m_database.exec(
        QStringLiteral("SELECT json_extract(c.data, '$.facts'), coalesce(cu.tier, json_extract(c.data, '$.customer_tier'))"
                       " FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id WHERE c.id = ?"),
        {caseId});
    if (!query) {
        setLastError(query.error().message);
        return query.error();
    }
    const bool found = query.value()->next();
    QJsonObject facts = found ? QJsonDocument::fromJson(query.value()->value(0).toString().toUtf8()).object() : QJsonObject();
    const QString tier = found ? query.value()->value(1).toString() : QString();
    query.value()->finish();
    if (!found) {
        Error error{QStringLiteral("case.not_found"), tr("No case %1 in the local cache.").arg(caseId), caseId};
        setLastError(error.message);
        return error;
    }
    if (!tier.isEmpty())
        facts.insert(QStringLiteral("tier"), tier);
    setFacts(facts);
    return {};
}

Result<void> TreeWalkModel::setAnswers(const QStringList &answers)
{
    return apply(answers);
}

QList<TreeWalkModel::Choice> TreeWalkModel::availableChoices() const
{
    QList<Choice> choices;
    if (!m_tree || m_walk.complete)
        return choices;
    for (const TreeWalk::Choice &choice : m_walk.nextChoices)
        choices.append(Choice{choice.id, choice.label});
    return choices;
}

QStringList TreeWalkModel::choiceLabels() const
{
    QStringList labels;
    for (const Choice &choice : availableChoices())
        labels.append(choice.label);
    return labels;
}

Result<void> TreeWalkModel::choose(int choiceIndex)
{
    if (!m_tree || m_walk.complete || choiceIndex < 0 || choiceIndex >= m_walk.nextChoices.size()) {
        Error error{QStringLiteral("walk.invalid_answer"),
                    m_walk.complete ? tr("The walk is complete; go back to a step to change an answer.")
                                    : tr("There is no choice %1 for this question.").arg(choiceIndex + 1),
                    m_walk.nextNode};
        setLastError(error.message);
        return error;
    }
    return choose(m_walk.nextChoices.at(choiceIndex).id);
}

Result<void> TreeWalkModel::choose(const QString &choiceId)
{
    if (!m_tree) {
        Error error{QStringLiteral("walk.no_tree"), tr("No decision tree is loaded."), {}};
        setLastError(error.message);
        return error;
    }
    QStringList answers = m_answers;
    answers.append(choiceId);
    return apply(answers);
}

Result<void> TreeWalkModel::backTo(int step)
{
    if (step < 0 || step >= m_walk.path.size()) {
        Error error{QStringLiteral("walk.bad_step"), tr("There is no step %1 in this walk.").arg(step + 1), {}};
        setLastError(error.message);
        return error;
    }
    qsizetype answered = 0;
    for (int i = 0; i < step; ++i)
        answered += m_walk.path.at(i).answer.isEmpty() ? 0 : 1;
    return apply(m_answers.mid(0, answered));
}

void TreeWalkModel::restart()
{
    if (m_tree)
        (void)apply({});
}

Result<void> TreeWalkModel::apply(const QStringList &answers)
{
    if (!m_tree) {
        Error error{QStringLiteral("walk.no_tree"), tr("No decision tree is loaded."), {}};
        setLastError(error.message);
        return error;
    }
    Result<TreeWalk> walked = m_tree->walk(answers, m_facts);
    if (!walked) {
        setLastError(walked.error().message);
        return walked.error();
    }
    setLastError(QString());
    const QList<TreeWalk::Step> &oldPath = m_walk.path;
    const QList<TreeWalk::Step> &newPath = walked->path;
    qsizetype shared = 0;
    while (shared < oldPath.size() && shared < newPath.size() && oldPath.at(shared).node == newPath.at(shared).node
           && oldPath.at(shared).answer == newPath.at(shared).answer) {
        ++shared;
    }
    if (shared < oldPath.size()) {
        beginRemoveRows({}, int(shared), int(oldPath.size() - 1));
        m_walk.path.resize(shared);
        endRemoveRows();
    }
    TreeWalk next = std::move(*walked);
    if (shared < next.path.size()) {
        beginInsertRows({}, int(shared), int(next.path.size() - 1));
        m_walk = std::move(next);
        m_answers = answers;
        endInsertRows();
    } else {
        m_walk = std::move(next);
        m_answers = answers;
    }
    Q_EMIT walkChanged();
    return {};
}

void TreeWalkModel::applyLongestValidPrefix(QStringList answers)
{
    while (true) {
        if (apply(answers) || answers.isEmpty())
            return;
        answers.removeLast();
    }
}

void TreeWalkModel::onDocumentsChanged()
{
    if (m_documentTreeId.isEmpty())
        return;
    Result<QSqlQuery *> query = m_database.exec(
        QStringLiteral("SELECT version FROM documents WHERE kind = 'tree' AND id = ?"), {m_documentTreeId});
    if (!query)
        return;
    const int version = query.value()->next() ? query.value()->value(0).toInt() : -1;
    query.value()->finish();
    // The walk in progress goes on with the tree it started with unless a new version was published.
    if (version >= 0 && m_tree && version != m_tree->version())
        (void)loadTree(m_documentTreeId);
}

void TreeWalkModel::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged(m_lastError);
}

QString TreeWalkModel::answerLabel(const TreeWalk::Step &step) const
{
    if (step.answer.isEmpty() || !m_tree)
        return {};
    const int node = m_tree->indexOf(step.node);
    if (node < 0)
        return step.answer;
    for (const DecisionTree::Choice &choice : m_tree->nodes().at(node).choices) {
        if (choice.id == step.answer)
            return choice.label;
    }
    return step.answer;
}

int TreeWalkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_walk.path.size());
}

QVariant TreeWalkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_tree)
        return {};
    const TreeWalk::Step &step = m_walk.path.at(index.row());
    const int nodeIndex = m_tree->indexOf(step.node);
    const DecisionTree::Node *node = nodeIndex >= 0 ? &m_tree->nodes().at(nodeIndex) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (!node)
            return step.node;
        if (node->type == DecisionTree::NodeType::Question)
            return tr("%1 → %2").arg(node->text, answerLabel(step));
        if (node->type == DecisionTree::NodeType::Outcome)
            return tr("Outcome: %1").arg(node->text);
        return node->text;
    case Qt::ToolTipRole:
    case TextRole:
        return node ? node->text : QString();
    case NodeIdRole:
        return step.node;
    case NodeTypeRole:
        return node ? DecisionTree::nodeTypeId(node->type) : QString();
    case AnswerIdRole:
        return step.answer;
    case AnswerLabelRole:
        return answerLabel(step);
    }
    return {};
}

QVariant TreeWalkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Step");
    return QAbstractListModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> TreeWalkModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NodeIdRole, "nodeId");
    names.insert(NodeTypeRole, "nodeType");
    names.insert(TextRole, "text");
    names.insert(AnswerIdRole, "answerId");
    names.insert(AnswerLabelRole, "answerLabel");
    return names;
}

} // namespace redress
