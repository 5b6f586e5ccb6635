#pragma once

#include "decisiontree.h"
#include "result.h"
#include "treewalk.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace redress {

class CacheNotifier;
class LocalDatabase;

/// A walk through a decision tree, one question at a time, for the tree guide. The rows are the steps taken so
/// far — answered questions with the chosen label, info nodes passed, and the outcome once reached — so a view can
/// show them as a breadcrumb and go back to any of them with backTo(). The question waiting for an answer is not a
/// row: it is questionText() with availableChoices(), filtered by the case facts through the choices' guards.
///
/// Every change re-walks the tree from the start through DecisionTree::walk(), so the model never holds a path
/// the tree or the facts would not give: when the facts change and an earlier answer is no longer allowed, the
/// walk goes back to that question.
class TreeWalkModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeWalkModel)
    Q_PROPERTY(QString questionText READ questionText NOTIFY walkChanged)
    Q_PROPERTY(QStringList choiceLabels READ choiceLabels NOTIFY walkChanged)
    Q_PROPERTY(bool complete READ isComplete NOTIFY walkChanged)
    Q_PROPERTY(QString outcomeTitle READ outcomeTitle NOTIFY walkChanged)

public:
    enum Role {
        NodeIdRole = Qt::UserRole + 1,
        NodeTypeRole,    ///< "question", "info" or "outcome"
        TextRole,        ///< the question or info text, or the outcome's title
        AnswerIdRole,    ///< the choice taken at a question; empty for info and outcome steps
        AnswerLabelRole, ///< its label
    };

    struct Choice
    {
        QString id;
        QString label;
    };

    TreeWalkModel(LocalDatabase &database, CacheNotifier *notifier, QObject *parent = nullptr);
    ~TreeWalkModel() override;

    /// Walks the published tree `treeId` from the local cache's documents (kind "tree"), from its start. When the
    /// documents change, the tree is read again and the answers given so far are kept as far as they still fit.
    Result<void> loadTree(const QString &treeId);
    /// Walks `tree` from its start (a tree that did not come from the cache: a draft, a training scenario).
    void setTree(const DecisionTree &tree);
    bool hasTree() const { return m_tree.has_value(); }
    const DecisionTree *tree() const { return m_tree ? &*m_tree : nullptr; }

    /// The facts the guards read (tier, delay_hours...). Answers no longer allowed are dropped from the first one.
    void setFacts(const QJsonObject &facts);
    const QJsonObject &facts() const { return m_facts; }
    /// The case's facts from the local cache plus its customer's tier as "tier", as the server gives them to guards.
    Result<void> loadCaseFacts(const QString &caseId);
    /// Replays recorded answers (a walk saved with the case); fails, changing nothing, when they do not fit.
    Result<void> setAnswers(const QStringList &answers);

    QString questionText() const { return m_walk.complete ? QString() : m_walk.nextText; }
    QString questionNodeId() const { return m_walk.complete ? QString() : m_walk.nextNode; }
    QList<Choice> availableChoices() const;
    QStringList choiceLabels() const;

    /// Answers the current question with its `choiceIndex`-th available choice.
    Result<void> choose(int choiceIndex);
    /// Answers the current question with the choice `choiceId`; fails when it is not available.
    Result<void> choose(const QString &choiceId);
    /// Goes back to the step in row `step`: the answers given before it stay, it and the rest are undone.
    Result<void> backTo(int step);
    /// Starts again from the tree's first question.
    void restart();

    bool isComplete() const { return m_walk.complete; }
    QString outcomeTitle() const { return m_walk.complete ? m_walk.outcomeTitle : QString(); }
    /// The recommended recovery once complete; empty before.
    TreeRecovery recovery() const { return m_walk.complete ? m_walk.recovery : TreeRecovery{}; }
    const QStringList &answers() const { return m_answers; }
    const TreeWalk &walk() const { return m_walk; }
    /// The walk as recorded with the case (TreeWalk::toJson); empty without a tree.
    QJsonObject walkJson() const { return m_tree ? m_walk.toJson() : QJsonObject(); }

    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// The path, the current question or its choices changed.
    void walkChanged();
    void lastErrorChanged(const QString &error);

private:
    /// Walks with `answers`; on success the rows follow the new path (rows removed and inserted after the part
    /// both paths share) and true is returned.
    Result<void> apply(const QStringList &answers);
    /// Walks with the longest prefix of `answers` that the tree and facts still allow.
    void applyLongestValidPrefix(QStringList answers);
    void setLastError(const QString &error);
    void onDocumentsChanged();
    QString answerLabel(const TreeWalk::Step &step) const;

    LocalDatabase &m_database;
    std::optional<DecisionTree> m_tree;
    QString m_documentTreeId; ///< set when the tree came from the documents table
    QJsonObject m_facts;
    QStringList m_answers;
    TreeWalk m_walk;
    QString m_lastError;
};

} // namespace redress
