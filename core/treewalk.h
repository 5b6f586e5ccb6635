#pragma once

#include "treerecovery.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace redress {

/// Where a walk through a decision tree got to with the answers given so far. The path is stored with the
/// case, so that trainers and analysts can compare the paths agents take with the outcomes they reach.
struct TreeWalk
{
    struct Step
    {
        QString node;
        QString answer; ///< the choice taken at a question; empty for info and outcome nodes
    };

    struct Choice
    {
        QString id;
        QString label;
    };

    QString treeId;
    int treeVersion = 0;
    /// Every node passed, in order: answered questions, info nodes and, when complete, the outcome.
    /// The question still waiting for an answer is not in it; it is `nextNode`.
    QList<Step> path;
    bool complete = false;

    // When complete:
    QString outcomeNode;
    QString outcomeTitle;
    TreeRecovery recovery;

    // When not complete: the question to ask next and the choices the facts allow.
    QString nextNode;
    QString nextText;
    QList<Choice> nextChoices;

    /// {"tree": {"id", "version"}, "path": [{"node", "answer"?}], "complete",
    ///  "outcome": {"node", "title", "recovery"} | "next": {"node", "text", "choices": [{"id", "label"}]}}
    QJsonObject toJson() const;
};

} // namespace redress
