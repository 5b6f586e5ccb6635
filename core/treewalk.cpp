#include "treewalk.h"

#include <QJsonArray>

namespace redress {

QJsonObject TreeWalk::toJson() const
{
    QJsonArray steps;
    for (const Step &step : path) {
        QJsonObject json{{QLatin1String("node"), step.node}};
        if (!step.answer.isEmpty())
            json.insert(QLatin1String("answer"), step.answer);
        steps.append(json);
    }
    QJsonObject json{
        {QLatin1String("tree"), QJsonObject{{QLatin1String("id"), treeId}, {QLatin1String("version"), treeVersion}}},
        {QLatin1String("path"), steps},
        {QLatin1String("complete"), complete},
    };
    if (complete) {
        json.insert(QLatin1String("outcome"), QJsonObject{{QLatin1String("node"), outcomeNode},
                                                          {QLatin1String("title"), outcomeTitle},
                                                          {QLatin1String("recovery"), recovery.toJson()}});
    } else {
        QJsonArray choices;
        for (const Choice &choice : nextChoices)
            choices.append(QJsonObject{{QLatin1String("id"), choice.id}, {QLatin1String("label"), choice.label}});
        json.insert(QLatin1String("next"), QJsonObject{{QLatin1String("node"), nextNode},
                                                       {QLatin1String("text"), nextText},
                                                       {QLatin1String("choices"), choices}});
    }
    return json;
}

} // namespace redress
